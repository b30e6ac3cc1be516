#pragma once

#include "core/catalogstore.h"
#include "core/history.h"
#include "core/packrepository.h"
#include "core/store.h"
#include "core/translations.h"
#include "gui/appsettings.h"
#include "gui/storeopener.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace mamori::gui {

class AssetsPage;
class HelpWindow;
class CompanyPage;
class MatchesPage;
class PlanPage;
class ResultsPage;
class QuestionPage;
class ReportPage;
class WelcomePage;

// Japanese reads best in a font made for it: BIZ UDPGothic (Debian's fonts-morisawa-bizud-gothic),
// designed for legibility; its Latin letters are good too, so one font serves both languages and a
// Japanese firm name in an English table matches its neighbours. Set before the first widget is made:
// changing the application font afterwards makes every widget polish and lay out again.
void applyUiFont();

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppSettings settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens the database at `path` through the recovery dialogs; false when the user gave up (the
    // database open before, if any, stays open).
    // `remember`: a file chosen on the way (recovery) becomes the database of the settings; not for
    // `mamori --db FILE`, which is for one run.
    bool openDatabase(const QString& path, bool remember = true);
    // Before the first show: where the window was when last closed, or else a size for this screen
    // (maximised on a laptop-sized screen; most of a larger one, centred). The window's place is
    // saved when it closes.
    void placeOnScreen();
    // Applies edited settings: the language at once, a new database location by opening it.
    void applySettings(const AppSettings& settings);

    StoreOpener& opener() { return m_opener; }
    Store* store() const { return m_store.get(); }
    const AppSettings& settings() const { return m_settings; }
    WelcomePage* welcomePage() const { return m_welcome; }
    // The wizard's pages, made on first use.
    CompanyPage* companyPage();
    AssetsPage* assetsPage();
    QuestionPage* questionPage();
    ResultsPage* resultsPage();
    PlanPage* planPage();
    MatchesPage* matchesPage();
    ReportPage* reportPage();
    // The catalog of services and experts, opened on first use (null when it cannot be opened).
    CatalogStore* catalog();
    // The catalog manager for administrators.
    void manageCatalog();
    void managePacks();
    // The change log of the firm being worked on (File ▸ Change log).
    void showChangeLog();

    enum Step
    {
        Welcome,
        Company,
        Assets,
        Questions,
        Results,
        Plan,
        Matches,
        Report,
    };
    Step step() const;
    // Help ▸ User guide (F1): the guide at the section for the current step, in the window's language.
    HelpWindow* showUserGuide();
    // The guide's section (its number) for each step.
    static int guideSection(Step step);
    void goTo(Step step);

    // A new assessment: of a new firm (0), or of a stored one with its current profile.
    void newAssessment(qint64 firmId);
    // Creates the firm (or saves its changed profile) and starts the assessment chosen on the assets
    // page; false with a message when it cannot.
    bool startAssessment();
    // Opens a stored assessment at its first open question (or its summary when finished).
    bool openAssessment(qint64 assessmentId);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslate();
    void showSettings();
    void chooseDatabase();
    void showAbout();
    void updateStatus();
    void updateNavigation();
    void ensurePages();
    qint64 openAssessmentId() const;
    void back();
    void next();
    void showProblem(const QString& message);
    // Scores the open assessment now and fills the results and plan pages.
    bool refreshResults();

    AppSettings m_settings;
    std::unique_ptr<Translations> m_translations;
    PackRepository m_packs;
    StoreOpener m_opener;
    std::unique_ptr<Store> m_store;
    WelcomePage* m_welcome;
    CompanyPage* m_company;
    AssetsPage* m_assets;
    QuestionPage* m_questions;
    ResultsPage* m_results;
    PlanPage* m_plan;
    MatchesPage* m_matches;
    ReportPage* m_report;
    HelpWindow* m_help = nullptr; // made when first asked for
    std::unique_ptr<CatalogStore> m_catalog;
    QString m_catalogProblem;
    bool m_catalogTried = false;
    // The catalog is opened when first needed; no save dialog may write over it before or after.
    files::InUse m_catalogFile{CatalogStore::defaultPath(), files::InUse::Role::Catalog};
    std::optional<ScoredAssessment> m_scored; // the open assessment as last scored
    QListWidget* m_steps;
    QStackedWidget* m_pages;
    QPushButton* m_back;
    QPushButton* m_next;
    QProgressBar* m_progress;
    QLabel* m_saved;
    qint64 m_firmId = 0;      // the firm being set up or assessed; 0 for a new one
    Profile m_storedProfile;  // its profile as stored, to tell whether the pages changed it
    bool m_settingUp = false; // between "new assessment" and its start
    QMenu* m_fileMenu;
    QMenu* m_helpMenu;
    QAction* m_openAction;
    QAction* m_settingsAction;
    QAction* m_catalogAction;
    QAction* m_packsAction;
    QAction* m_logAction;
    QAction* m_quitAction;
    QAction* m_guideAction;
    QAction* m_aboutAction;
    QLabel* m_databaseStatus;
};

} // namespace mamori::gui
