#pragma once

#include "core/localizedtext.h"
#include "core/packsuggestion.h"
#include "core/profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QSpinBox;

namespace mamori::gui {

// Step "IT assets": what the firm uses, which decides the questions; then the questionnaire to answer,
// with the one recommended for this profile preselected and the reason for each.
class AssetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit AssetsPage(const PackRepository& packs, QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    void apply(Profile& profile) const;
    // Recomputes the pack suggestions for `profile` (company page included).
    void suggestFor(const Profile& profile);
    QString chosenPack() const;
    // Selects a questionnaire as if the user had clicked it; false when it is not offered.
    bool choosePack(const QString& id);
    void setLanguage(Language language);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void fillLists();
    void refreshSuggestions();

    const PackRepository& m_packs;
    Language m_language = Language::Japanese;
    QLabel* m_title;
    QLabel* m_intro;
    QSpinBox* m_pcs;
    QSpinBox* m_mobiles;
    QSpinBox* m_servers;
    QCheckBox* m_website;
    QCheckBox* m_ecommerce;
    QCheckBox* m_remote;
    QCheckBox* m_wifi;
    QCheckBox* m_cardData;
    QCheckBox* m_ot;
    QDoubleSpinBox* m_records;
    QComboBox* m_staff;
    QListWidget* m_cloud;
    QListWidget* m_protections;
    QListWidget* m_pack;
    QLabel* m_pcsLabel;
    QLabel* m_mobilesLabel;
    QLabel* m_serversLabel;
    QLabel* m_serversHelp;
    QLabel* m_pcsHelp;
    QLabel* m_mobilesHelp;
    QLabel* m_recordsHelp;
    QLabel* m_staffHelp;
    QLabel* m_recordsLabel;
    QLabel* m_staffLabel;
    QLabel* m_cloudLabel;
    QLabel* m_protectionsLabel;
    QLabel* m_packLabel;
    QLabel* m_packReason; // why the chosen questionnaire fits, from its suggestion
    std::vector<PackSuggestion> m_suggestions;
    Profile m_base;
    bool m_userChosePack = false;
    bool m_suggestionsStale = true;
};

} // namespace mamori::gui
