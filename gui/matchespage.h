#pragma once

#include "core/history.h"
#include "core/localizedtext.h"
#include "core/matching.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QVBoxLayout;

namespace mamori {
class CatalogStore;
}

namespace mamori::gui {

// Step "Matches": the firm's gaps turned into a shortlist of service packages (お助け隊 and others)
// and of security experts from the local catalog, each as a card with its score, the price for this
// firm and the reasons. Filters: budget a month (services) and a day (experts), on site only, scheme.
// Two services can be compared side by side, and the shortlist exported as CSV.
class MatchesPage : public QWidget
{
    Q_OBJECT

public:
    explicit MatchesPage(QWidget* parent = nullptr);

    // The catalog to match against (not owned; null: none could be opened).
    void setCatalog(CatalogStore* catalog, const QString& problem = {});
    void showFor(const ScoredAssessment& current);
    void setLanguage(Language language);
    // Services whose facts are older than this are marked "check the current terms" (Settings).
    void setStaleMonths(int months);
    // Runs the matching again with the current filters.
    void refresh();

    const std::optional<ServiceMatches>& services() const { return m_services; }
    const std::optional<TalentMatches>& talent() const { return m_talent; }
    // The services whose "compare" box is ticked, in list order.
    QStringList comparedServices() const;
    // Writes the shortlist (both kinds) as CSV, UTF-8 with a byte order mark, atomically.
    bool exportShortlist(const QString& path, QString* error) const;
    // The comparison table of two services shown in the dialog, as rows of [label, first, second].
    QList<QStringList> comparison(const QString& firstId, const QString& secondId) const;

signals:
    void manageCatalog();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void showComparison();
    void exportClicked();
    QWidget* serviceCard(const ServiceMatch& m);
    QWidget* talentCard(const TalentMatch& m);
    void updateButtons();

    Language m_language = Language::Japanese;
    int m_staleMonths = DefaultStaleMonths;
    CatalogStore* m_catalog = nullptr;
    QString m_catalogProblem;
    std::optional<ScoredAssessment> m_current;
    std::optional<FirmNeeds> m_firm;
    std::optional<ServiceMatches> m_services;
    std::optional<TalentMatches> m_talent;
    QString m_talentProblem;
    // Matching against the open catalog (it reads the services once per catalog revision).
    std::unique_ptr<MatchService> m_matcher;

    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_monthlyLabel;
    QSpinBox* m_monthly;
    QLabel* m_dailyLabel;
    QSpinBox* m_daily;
    QCheckBox* m_onsite;
    QLabel* m_schemeLabel;
    QComboBox* m_scheme;
    QTabWidget* m_tabs;
    QWidget* m_serviceList;
    QVBoxLayout* m_serviceLayout;
    QWidget* m_talentList;
    QVBoxLayout* m_talentLayout;
    QPushButton* m_compare;
    QPushButton* m_export;
    QPushButton* m_catalogButton;
    QList<QCheckBox*> m_compareBoxes;
};

} // namespace mamori::gui
