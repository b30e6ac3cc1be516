#include "gui/mainwindow.h"

#include "core/format.h"
#include "core/matching.h"
#include "gui/assetspage.h"
#include "gui/catalogdialog.h"
#include "gui/changelogdialog.h"
#include "gui/companypage.h"
#include "gui/helpwindow.h"
#include "gui/matchespage.h"
#include "gui/packmanagerdialog.h"
#include "gui/planpage.h"
#include "gui/questionpage.h"
#include "gui/reportpage.h"
#include "gui/resultspage.h"
#include "gui/settingsdialog.h"
#include "gui/welcomepage.h"

#include <mamori/version.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTime>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

void applyUiFont()
{
    // Listing the font families would load the whole font database (a third of the start-up time);
    // a family that is missing simply falls back to the system's.
    const QString japanese = u"BIZ UDPGothic"_s;
    if (QApplication::font().family() != japanese) {
        QFont font = QApplication::font();
        font.setFamilies({japanese, font.family()});
        QApplication::setFont(font);
    }
}

namespace {} // namespace

MainWindow::MainWindow(AppSettings settings, QWidget* parent)
    : QMainWindow(parent), m_settings(std::move(settings)),
      m_translations(std::make_unique<Translations>(m_settings.effectiveLanguage())), m_opener(this),
      m_welcome(new WelcomePage(m_packs, this)), m_company(nullptr), m_assets(nullptr), m_questions(nullptr),
      m_results(nullptr), m_plan(nullptr), m_matches(nullptr), m_report(nullptr), m_steps(new QListWidget(this)),
      m_pages(new QStackedWidget(this)), m_back(new QPushButton(this)), m_next(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_saved(new QLabel(this)), m_fileMenu(menuBar()->addMenu(QString())),
      m_helpMenu(menuBar()->addMenu(QString())), m_openAction(m_fileMenu->addAction(QString())),
      m_settingsAction(m_fileMenu->addAction(QString())), m_catalogAction(m_fileMenu->addAction(QString())),
      m_packsAction(m_fileMenu->addAction(QString())), m_logAction(m_fileMenu->addAction(QString())),
      m_quitAction(nullptr), m_guideAction(m_helpMenu->addAction(QString())),
      m_aboutAction(m_helpMenu->addAction(QString())), m_databaseStatus(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    // The window took the locale before m_translations made the language's the default.
    setLocale(localeFor(m_settings.effectiveLanguage()));
    applyUiFont();
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_openAction->setObjectName(u"actionOpenDatabase"_s);
    m_settingsAction->setObjectName(u"actionSettings"_s);
    m_catalogAction->setObjectName(u"actionCatalog"_s);
    m_packsAction->setObjectName(u"actionPacks"_s);
    m_logAction->setObjectName(u"actionChangeLog"_s);
    m_logAction->setEnabled(false);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_guideAction->setObjectName(u"actionUserGuide"_s);
    m_guideAction->setShortcut(QKeySequence::HelpContents);
    m_guideAction->setShortcutContext(Qt::ApplicationShortcut);
    m_openAction->setShortcut(QKeySequence::Open);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_catalogAction, &QAction::triggered, this, &MainWindow::manageCatalog);
    connect(m_packsAction, &QAction::triggered, this, &MainWindow::managePacks);
    connect(m_logAction, &QAction::triggered, this, &MainWindow::showChangeLog);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);

    m_databaseStatus->setObjectName(u"databaseStatus"_s);
    statusBar()->addPermanentWidget(m_databaseStatus);

    // The step list on the left, the page on the right, Back/Next and progress below.
    m_steps->setObjectName(u"steps"_s);
    m_pages->setObjectName(u"pages"_s);
    m_back->setObjectName(u"back"_s);
    m_next->setObjectName(u"next"_s);
    m_progress->setObjectName(u"progress"_s);
    m_saved->setObjectName(u"savedStatus"_s);
    m_steps->setFixedWidth(190);
    m_steps->setSpacing(2);
    for (int i = 0; i <= Report; ++i) {
        new QListWidgetItem(m_steps);
    }
    // The wizard's pages are made when first needed (ensurePages): the welcome page alone is on
    // screen at start, and making the others would cost a third of the start-up.
    m_pages->addWidget(m_welcome);
    for (int i = Company; i <= Report; ++i) {
        m_pages->addWidget(new QWidget(m_pages));
    }
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(320);
    auto* bottom = new QHBoxLayout;
    bottom->setContentsMargins(24, 6, 24, 10);
    bottom->addWidget(m_back);
    bottom->addSpacing(12);
    bottom->addWidget(m_progress);
    bottom->addWidget(m_saved);
    bottom->addStretch();
    bottom->addWidget(m_next);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_pages, 1);
    right->addLayout(bottom);
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_steps);
    layout->addLayout(right, 1);
    setCentralWidget(central);

    connect(m_steps, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_pages->currentIndex()) {
            goTo(Step(row));
        }
    });
    connect(m_back, &QPushButton::clicked, this, &MainWindow::back);
    connect(m_next, &QPushButton::clicked, this, &MainWindow::next);
    connect(m_welcome, &WelcomePage::newAssessmentRequested, this, &MainWindow::newAssessment);
    connect(m_welcome, &WelcomePage::openAssessmentRequested, this, &MainWindow::openAssessment);
    m_welcome->setLanguage(m_settings.effectiveLanguage());
    m_welcome->setIntroVisible(!m_settings.introSeen);
    connect(m_welcome, &WelcomePage::introDismissed, this, [this] {
        m_settings.introSeen = true;
        m_settings.save();
    });
    connect(m_welcome, &WelcomePage::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    retranslate();
    resize(1100, 720);
}

MainWindow::~MainWindow()
{
    // A note typed in the last moment is saved before the store goes (children outlive members).
    if (m_questions) {
        m_questions->flush();
        // Qt hides the children after the members are gone: the page must not reach the store then.
        m_questions->disconnect(this);
        m_questions->clear();
    }
    // The page holds a pointer to the store; detach it before the store goes.
    m_welcome->setStore(nullptr);
}

void MainWindow::placeOnScreen()
{
    const AppSettings::Window saved = AppSettings::window();
    if (!saved.geometry.isEmpty() && restoreGeometry(saved.geometry)) {
        restoreState(saved.state);
        return;
    }
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    // The pages are laid out for 1366×768 at the least; below a full-HD screen every pixel counts.
    if (available.width() < 1600 || available.height() < 950) {
        setWindowState(windowState() | Qt::WindowMaximized);
        return;
    }
    const QSize size(std::min(available.width() * 85 / 100, 1600), std::min(available.height() * 85 / 100, 1000));
    setGeometry(QRect(available.center() - QPoint(size.width() / 2, size.height() / 2), size));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_questions) {
        m_questions->flush(); // a note typed less than a moment ago
    }
    AppSettings::saveWindow({saveGeometry(), saveState()});
    QMainWindow::closeEvent(event);
}

bool MainWindow::openDatabase(const QString& path, bool remember)
{
    auto opened = m_opener.open(path);
    if (!opened) {
        return false;
    }
    // Nothing may keep pointing at the database about to close: a pending note is saved into it,
    // then the questions page lets go of its assessment.
    if (m_questions) {
        m_questions->flush();
        m_questions->clear();
    }
    m_welcome->setStore(nullptr);
    m_store = std::move(opened->store);
    m_store->setActor(m_settings.consultantName); // who the change log names for this window's changes
    if (remember && QFileInfo(opened->path).absoluteFilePath() !=
                        QFileInfo(m_settings.effectiveDatabasePath()).absoluteFilePath()) {
        // The user chose another file on the way: remember it, as if chosen in the settings.
        m_settings.databasePath = opened->path == Store::defaultPath() ? QString() : opened->path;
        m_settings.save();
    }
    m_welcome->setStore(m_store.get());
    m_firmId = 0;
    m_settingUp = false;
    goTo(Welcome);
    updateStatus();
    if (!opened->notice.isEmpty()) {
        QMessageBox box(QMessageBox::Information, tr("Mamori"), opened->notice, QMessageBox::Ok, this);
        box.setObjectName(u"openNotice"_s);
        box.exec();
    }
    return true;
}

void MainWindow::applySettings(const AppSettings& settings)
{
    const Language before = m_settings.effectiveLanguage();
    const QString database = m_settings.effectiveDatabasePath();
    m_settings.language = settings.language;
    m_settings.consultantName = settings.consultantName;
    m_settings.staleMonths = settings.staleMonths;
    if (m_matches) {
        m_matches->setStaleMonths(m_settings.staleMonths);
    }
    if (m_store) {
        m_store->setActor(m_settings.consultantName);
    }
    if (m_report) {
        m_report->setConsultant(m_settings.consultantName);
        m_report->setStaleMonths(m_settings.staleMonths);
    }
    if (settings.effectiveDatabasePath() != database) {
        const AppSettings previous = m_settings;
        m_settings.databasePath = settings.databasePath;
        if (!openDatabase(m_settings.effectiveDatabasePath())) {
            m_settings.databasePath = previous.databasePath; // still on the database that was open
        }
    }
    m_settings.save();
    if (m_settings.effectiveLanguage() != before) {
        const Language language = m_settings.effectiveLanguage();
        m_welcome->setLanguage(language);
        if (m_help && m_help->isVisible()) {
            m_help->showSection(language, guideSection(step()));
        }
        if (m_company) {
            m_company->setLanguage(language);
            m_assets->setLanguage(language);
            m_questions->setLanguage(language);
            m_results->setLanguage(language);
            m_plan->setLanguage(language);
            m_matches->setLanguage(language);
            m_report->setLanguage(language);
        }
        // Translators out, translators in: every widget gets a LanguageChange and retranslates. The
        // default locale changed with them; widgets built earlier (spin boxes) learn it from setLocale.
        m_translations.reset();
        m_translations = std::make_unique<Translations>(m_settings.effectiveLanguage());
        setLocale(localeFor(language));
    }
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() == QDialog::Accepted) {
        applySettings(dialog.settings());
    }
}

void MainWindow::chooseDatabase()
{
    AppSettings edited = m_settings;
    SettingsDialog dialog(m_settings, this);
    dialog.setWindowTitle(tr("Open database"));
    if (dialog.exec() == QDialog::Accepted) {
        edited = dialog.settings();
        applySettings(edited);
    }
}

int MainWindow::guideSection(Step step)
{
    // The numbered sections of docs/user-guide.*.md (tst_help checks each is there, in both).
    switch (step) {
    case Welcome:
        return 3;
    case Company:
        return 4;
    case Assets:
        return 5;
    case Questions:
        return 6;
    case Results:
        return 7;
    case Plan:
        return 8;
    case Matches:
        return 9;
    case Report:
        return 10;
    }
    return 1;
}

HelpWindow* MainWindow::showUserGuide()
{
    if (!m_help) {
        m_help = new HelpWindow(this);
    }
    m_help->show(); // first: the section is found in the layout for the window's width
    m_help->showSection(m_settings.effectiveLanguage(), guideSection(step()));
    m_help->raise();
    m_help->activateWindow();
    return m_help;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Mamori"),
                       tr("<p><b>Mamori %1</b></p><p>Security self-assessment, action plans and service matching "
                          "for small and medium enterprises in Japan. Your data stays on this PC.</p>")
                           .arg(QStringLiteral(MAMORI_VERSION)));
}

void MainWindow::updateStatus()
{
    if (!m_store) {
        m_databaseStatus->setText(tr("No database open"));
        return;
    }
    const QString path = QDir::toNativeSeparators(m_store->path());
    m_databaseStatus->setText(m_store->mode() == Store::Mode::ReadOnly ? tr("Database: %1 (read-only)").arg(path)
                                                                       : tr("Database: %1").arg(path));
    m_databaseStatus->setAccessibleName(m_databaseStatus->text());
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    // Qt adds the application's display name ("— Mamori") to every window's title itself.
    setWindowTitle(tr("Information security for small businesses"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open database…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_catalogAction->setText(tr("&Catalog of services and experts…"));
    m_packsAction->setText(tr("Questionnaire &packs…"));
    m_logAction->setText(tr("Change &log of this firm…"));
    m_quitAction->setText(tr("&Quit"));
    m_guideAction->setText(tr("&User guide"));
    m_aboutAction->setText(tr("&About Mamori"));
    const QStringList steps{tr("Welcome"), tr("Company"),     tr("IT assets"), tr("Questions"),
                            tr("Results"), tr("Action plan"), tr("Matches"),   tr("Report")};
    for (int i = 0; i < steps.size(); ++i) {
        m_steps->item(i)->setText(u"%1. %2"_s.arg(i + 1).arg(steps[i]));
    }
    m_steps->setAccessibleName(tr("Steps"));
    m_back->setText(tr("◀ &Back"));
    m_back->setAccessibleName(tr("Back"));
    m_progress->setAccessibleName(tr("Questions answered"));
    updateStatus();
    updateNavigation();
}

void MainWindow::ensurePages()
{
    if (m_company) {
        return;
    }
    m_company = new CompanyPage(this);
    m_assets = new AssetsPage(m_packs, this);
    m_questions = new QuestionPage(this);
    m_results = new ResultsPage(this);
    m_plan = new PlanPage(this);
    m_matches = new MatchesPage(this);
    m_report = new ReportPage(this);
    const QSignalBlocker blocker(m_pages);
    int index = Company;
    for (QWidget* page :
         {static_cast<QWidget*>(m_company), static_cast<QWidget*>(m_assets), static_cast<QWidget*>(m_questions),
          static_cast<QWidget*>(m_results), static_cast<QWidget*>(m_plan), static_cast<QWidget*>(m_matches),
          static_cast<QWidget*>(m_report)}) {
        QWidget* placeholder = m_pages->widget(index);
        m_pages->removeWidget(placeholder);
        delete placeholder;
        m_pages->insertWidget(index++, page);
    }
    const Language language = m_settings.effectiveLanguage();
    m_company->setLanguage(language);
    m_assets->setLanguage(language);
    m_questions->setLanguage(language);
    m_results->setLanguage(language);
    m_plan->setLanguage(language);
    m_matches->setLanguage(language);
    m_report->setLanguage(language);
    m_report->setConsultant(m_settings.consultantName);
    m_report->setStaleMonths(m_settings.staleMonths);
    m_matches->setStaleMonths(m_settings.staleMonths);
    connect(m_matches, &MatchesPage::manageCatalog, this, &MainWindow::manageCatalog);
    connect(m_assets, &AssetsPage::changed, this, &MainWindow::updateNavigation);
    connect(m_company, &CompanyPage::changed, this, [this] {
        Profile p = m_storedProfile;
        m_company->apply(p);
        m_assets->apply(p);
        m_assets->suggestFor(p);
        updateNavigation();
    });
    connect(m_questions, &QuestionPage::progress, this, [this](int answered, int applicable) {
        m_progress->setRange(0, std::max(1, applicable));
        m_progress->setValue(answered);
        m_progress->setFormat(tr("%1 of %2 answered").arg(answered).arg(applicable));
        updateNavigation();
    });
    connect(m_questions, &QuestionPage::saved, this,
            [this] { m_saved->setText(tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), u"HH:mm:ss"_s))); });
    connect(m_questions, &QuestionPage::saveFailed, this, &MainWindow::showProblem);
    connect(m_questions, &QuestionPage::viewChanged, this, &MainWindow::updateNavigation);
    connect(m_questions, &QuestionPage::resultsRequested, this, [this] { goTo(Results); });
    connect(m_questions, &QuestionPage::finished, this, [this] {
        m_welcome->refresh();
        updateNavigation();
    });
}

CompanyPage* MainWindow::companyPage()
{
    ensurePages();
    return m_company;
}

AssetsPage* MainWindow::assetsPage()
{
    ensurePages();
    return m_assets;
}

QuestionPage* MainWindow::questionPage()
{
    ensurePages();
    return m_questions;
}

ResultsPage* MainWindow::resultsPage()
{
    ensurePages();
    return m_results;
}

MatchesPage* MainWindow::matchesPage()
{
    ensurePages();
    return m_matches;
}

CatalogStore* MainWindow::catalog()
{
    if (!m_catalog && !m_catalogTried) {
        m_catalogTried = true;
        auto opened = CatalogStore::open(CatalogStore::defaultPath());
        if (opened) {
            m_catalog = std::move(*opened);
            m_catalog->setKnownAreas(installedAreas(m_packs));
        } else {
            m_catalogProblem = opened.error().first().toString();
        }
    }
    return m_catalog.get();
}

void MainWindow::manageCatalog()
{
    CatalogStore* store = catalog();
    if (!store) {
        showProblem(m_catalogProblem);
        return;
    }
    CatalogDialog dialog(*store, installedAreas(m_packs), this);
    connect(&dialog, &CatalogDialog::catalogChanged, this, [this] {
        if (m_matches && step() == Matches) {
            m_matches->refresh();
        }
    });
    dialog.exec();
}

void MainWindow::managePacks()
{
    PackManagerDialog dialog(m_store.get(), m_firmId, m_settings.effectiveLanguage(), this);
    qint64 migrated = 0;
    // The window's repository is a snapshot of the trusted keys and installed files: renew it.
    connect(&dialog, &PackManagerDialog::packsChanged, this, [this] { m_packs = PackRepository(); });
    connect(&dialog, &PackManagerDialog::assessmentMigrated, this, [&migrated](qint64 id) { migrated = id; });
    dialog.exec();
    if (migrated > 0) {
        openAssessment(migrated);
    }
}

ReportPage* MainWindow::reportPage()
{
    ensurePages();
    return m_report;
}

PlanPage* MainWindow::planPage()
{
    ensurePages();
    return m_plan;
}

qint64 MainWindow::openAssessmentId() const
{
    return m_questions ? m_questions->assessmentId() : 0;
}

MainWindow::Step MainWindow::step() const
{
    return Step(m_pages->currentIndex());
}

void MainWindow::goTo(Step target)
{
    if (target >= Questions && openAssessmentId() == 0) {
        target = Welcome;
    }
    if (target != Welcome) {
        ensurePages();
    }
    if ((target == Results || target == Plan || target == Matches || target == Report) && !refreshResults()) {
        target = Questions;
    }
    if (target == Matches && m_scored) {
        // Matching reads the catalog, which is opened only now: most sessions never need it.
        m_matches->setCatalog(catalog(), m_catalogProblem);
        m_matches->showFor(*m_scored);
    }
    if (target == Report && m_scored) {
        // The trend and the change since last time, from the firm's history.
        PdfReportOptions history;
        ResultService service(*m_store, m_packs);
        addReportHistory(service, *m_scored, history);
        m_report->showFor(*m_scored, catalog(), std::move(history));
    }
    if (target == Welcome && step() != Welcome) {
        m_welcome->refresh(); // coming back: scores may have changed (opening a database refreshes too)
    }
    m_pages->setCurrentIndex(target);
    {
        const QSignalBlocker blocker(m_steps);
        m_steps->setCurrentRow(target);
    }
    updateNavigation();
}

void MainWindow::showChangeLog()
{
    if (!m_store || m_firmId <= 0) {
        return;
    }
    ChangeLogDialog dialog(*m_store, m_packs, m_firmId, m_settings.effectiveLanguage(), this);
    dialog.exec();
}

void MainWindow::updateNavigation()
{
    const Step current = step();
    m_logAction->setEnabled(m_store != nullptr && m_firmId > 0);
    // Company and IT assets are for setting up a new assessment; once it runs, it keeps the profile
    // it started with, so they are closed until the next one.
    const auto enable = [this](Step s, bool on) {
        QListWidgetItem* item = m_steps->item(s);
        item->setFlags(on ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable) : Qt::NoItemFlags);
    };
    enable(Company, m_settingUp);
    enable(Assets, m_settingUp && m_company && m_company->problem().isEmpty());
    // While a new one is set up, the assessment opened before is out of reach.
    enable(Questions, !m_settingUp && openAssessmentId() != 0);
    enable(Results, !m_settingUp && openAssessmentId() != 0);
    enable(Plan, !m_settingUp && openAssessmentId() != 0);
    enable(Matches, !m_settingUp && openAssessmentId() != 0);
    enable(Report, !m_settingUp && openAssessmentId() != 0);
    m_back->setEnabled(current != Welcome);
    m_progress->setVisible(current == Questions);
    m_saved->setVisible(current == Questions);
    switch (current) {
    case Welcome:
        m_next->setVisible(false);
        break;
    case Company:
        m_next->setVisible(true);
        m_next->setText(tr("&Next ▶"));
        m_next->setEnabled(m_company->problem().isEmpty());
        m_next->setToolTip(m_company->problem());
        break;
    case Assets:
        m_next->setVisible(true);
        m_next->setText(tr("&Start the questions ▶"));
        m_next->setEnabled(!m_assets->chosenPack().isEmpty() && m_store && m_store->mode() == Store::Mode::ReadWrite);
        m_next->setToolTip(QString());
        break;
    case Questions:
        m_next->setVisible(true);
        m_next->setText(m_questions->showingSummary() ? tr("&Results ▶") : tr("&Next ▶"));
        m_next->setEnabled(true);
        m_next->setToolTip(QString());
        break;
    case Results:
        m_next->setVisible(true);
        m_next->setText(tr("&Action plan ▶"));
        m_next->setEnabled(true);
        break;
    case Plan:
        m_next->setVisible(true);
        m_next->setText(tr("&Matches ▶"));
        m_next->setEnabled(true);
        break;
    case Matches:
        m_next->setVisible(true);
        m_next->setText(tr("&Report ▶"));
        m_next->setEnabled(true);
        break;
    case Report:
        m_next->setVisible(false);
        break;
    }
    m_next->setAccessibleName(m_next->text().remove(u'&').remove(u" ▶"_s));
}

void MainWindow::back()
{
    switch (step()) {
    case Welcome:
        break;
    case Company:
        goTo(Welcome);
        break;
    case Assets:
        goTo(Company);
        break;
    case Results:
        goTo(Questions);
        break;
    case Plan:
        goTo(Results);
        break;
    case Matches:
        goTo(Plan);
        break;
    case Report:
        goTo(Matches);
        break;
    case Questions: {
        if (m_questions->showingSummary()) {
            m_questions->previous(); // the last question, or the last area
            updateNavigation();
            break;
        }
        // One question or one area back; from the first, back to the start.
        const QString before = m_questions->currentQuestion() + u'|' + m_questions->currentArea();
        m_questions->previous();
        if (m_questions->currentQuestion() + u'|' + m_questions->currentArea() == before) {
            goTo(Welcome);
        }
        updateNavigation();
        break;
    }
    }
}

void MainWindow::next()
{
    switch (step()) {
    case Welcome:
        break;
    case Company:
        if (m_company->problem().isEmpty()) {
            goTo(Assets);
        }
        break;
    case Assets:
        startAssessment();
        break;
    case Questions:
        if (m_questions->showingSummary()) {
            goTo(Results);
        } else {
            m_questions->next();
        }
        updateNavigation();
        break;
    case Results:
        goTo(Plan);
        break;
    case Plan:
        goTo(Matches);
        break;
    case Matches:
        goTo(Report);
        break;
    case Report:
        break;
    }
}

bool MainWindow::refreshResults()
{
    if (!m_store || openAssessmentId() == 0) {
        return false;
    }
    ResultService service(*m_store, m_packs);
    const auto current = service.score(m_questions->assessmentId());
    if (!current) {
        showProblem(current.error().first().message);
        return false;
    }
    const auto history = service.history(current->record.firmId);
    const std::optional<Comparison> previous = history ? service.sincePrevious(*current, *history) : std::nullopt;
    m_results->showResult(*current, history ? *history : std::vector<HistoryEntry>{}, previous);
    m_plan->showPlan(*current);
    m_scored = *current;
    return true;
}

void MainWindow::newAssessment(qint64 firmId)
{
    if (!m_store) {
        return;
    }
    m_firmId = firmId;
    m_storedProfile = Profile{};
    if (firmId != 0) {
        const auto firm = m_store->firm(firmId);
        if (!firm) {
            showProblem(firm.error().first().message);
            return;
        }
        m_storedProfile = firm->profile;
    } else {
        m_storedProfile.name.clear();
        m_storedProfile.employees = 5;
        m_storedProfile.assets.pcs = 5;
        m_storedProfile.assets.cloud = {u"mail"_s};
        m_storedProfile.protections = {u"antivirus"_s};
    }
    ensurePages();
    QStringList others;
    if (const auto firms = m_store->firms()) {
        for (const FirmSummary& f : *firms) {
            if (f.id != firmId) {
                others.append(f.name);
            }
        }
    }
    m_company->setOtherFirms(others);
    m_company->setProfile(m_storedProfile);
    m_assets->setProfile(m_storedProfile);
    m_settingUp = true;
    goTo(Company);
}

bool MainWindow::startAssessment()
{
    ensurePages();
    if (const QString problem = m_company->problem(); !problem.isEmpty()) {
        goTo(Company);
        showProblem(problem);
        return false;
    }
    Profile profile = m_storedProfile;
    m_company->apply(profile);
    m_assets->apply(profile);
    const auto pack = m_packs.find(m_assets->chosenPack());
    if (!pack) {
        showProblem(pack.error().first().toString());
        return false;
    }
    if (m_firmId == 0) {
        const auto added = m_store->addFirm(profile);
        if (!added) {
            showProblem(added.error().first().message);
            return false;
        }
        m_firmId = *added;
    } else if (profileToJson(profile) != profileToJson(m_storedProfile)) {
        // A changed profile is a new version; earlier assessments keep the one they were made with.
        const auto updated = m_store->updateProfile(m_firmId, profile);
        if (!updated) {
            showProblem(updated.error().first().message);
            return false;
        }
    }
    m_storedProfile = profile;
    const auto id = m_store->startAssessment(m_firmId, pack->id, pack->version);
    if (!id) {
        showProblem(id.error().first().message);
        return false;
    }
    return openAssessment(*id);
}

bool MainWindow::openAssessment(qint64 assessmentId)
{
    const auto record = m_store->assessment(assessmentId);
    if (!record) {
        showProblem(record.error().first().message);
        return false;
    }
    auto pack = m_packs.findVersion(record->packId, record->packVersion);
    if (!pack) {
        showProblem(tr("Assessment %1 was made with %2 %3, which cannot be loaded: %4")
                        .arg(assessmentId)
                        .arg(record->packId, record->packVersion, pack.error().first().message));
        return false;
    }
    ensurePages();
    m_firmId = record->firmId;
    m_settingUp = false;
    const auto started =
        m_questions->start(m_store.get(), assessmentId, std::make_shared<const Pack>(std::move(*pack)));
    if (!started) {
        showProblem(started.error().first().message);
        return false;
    }
    m_saved->clear();
    goTo(Questions);
    m_questions->setFocus();
    return true;
}

void MainWindow::showProblem(const QString& message)
{
    QMessageBox box(QMessageBox::Warning, tr("Mamori"), message, QMessageBox::Ok, this);
    box.setObjectName(u"problem"_s);
    box.exec();
}

} // namespace mamori::gui
