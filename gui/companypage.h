#pragma once

#include "core/localizedtext.h"
#include "core/profile.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace mamori::gui {

// Step "Company": name, industry, region and size, with the size tier worked out as the user types.
class CompanyPage : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyPage(QWidget* parent = nullptr);

    void setProfile(const Profile& profile);
    // Writes this page's fields into `profile` (the assets page writes the rest).
    void apply(Profile& profile) const;
    // Empty when the page is complete; else what is missing, in words.
    QString problem() const;
    // Worth a second look but not wrong (a name already on this PC, no employees and no capital).
    QString caution() const;
    // The names of the firms already on this PC, other than the one being edited.
    void setOtherFirms(const QStringList& names)
    {
        m_otherFirms = names;
        update();
    }
    void setLanguage(Language language);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fillChoices();
    void update();

    Language m_language = Language::Japanese;
    QStringList m_otherFirms;
    QLabel* m_caution = nullptr;
    QLabel* m_title;
    QLabel* m_intro;
    QLineEdit* m_name;
    QComboBox* m_industry;
    QComboBox* m_sector;
    QComboBox* m_prefecture;
    QSpinBox* m_employees;
    QDoubleSpinBox* m_capital;
    QCheckBox* m_supplier;
    QLabel* m_tier;
    QLabel* m_problem;
    QFormLayout* m_form;
    QLabel* m_nameLabel;
    QLabel* m_industryLabel;
    QLabel* m_sectorLabel;
    QLabel* m_prefectureLabel;
    QLabel* m_employeesLabel;
    QLabel* m_capitalLabel;
    QLabel* m_employeesHelp;
    QLabel* m_capitalHelp;
    QLabel* m_supplierHelp;
};

} // namespace mamori::gui
