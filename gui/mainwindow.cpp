#include "gui/mainwindow.h"

#include "gui/settingsdialog.h"
#include "gui/welcomepage.h"

#include <mamori/version.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

// Japanese reads best in a font made for it: BIZ UDPGothic (Debian's fonts-morisawa-bizud-gothic),
// designed for legibility; its Latin letters are good too, so one font serves both languages and a
// Japanese firm name in an English table matches its neighbours.
void applyUiFont()
{
    const QString japanese = u"BIZ UDPGothic"_s;
    if (QFontDatabase::families().contains(japanese) && QApplication::font().family() != japanese) {
        QFont font = QApplication::font();
        font.setFamilies({japanese});
        QApplication::setFont(font);
    }
}

} // namespace

MainWindow::MainWindow(AppSettings settings, QWidget* parent)
    : QMainWindow(parent), m_settings(std::move(settings)),
      m_translations(std::make_unique<Translations>(m_settings.effectiveLanguage())), m_opener(this),
      m_welcome(new WelcomePage(m_packs, this)), m_fileMenu(menuBar()->addMenu(QString())),
      m_helpMenu(menuBar()->addMenu(QString())), m_openAction(m_fileMenu->addAction(QString())),
      m_settingsAction(m_fileMenu->addAction(QString())), m_quitAction(nullptr),
      m_aboutAction(m_helpMenu->addAction(QString())), m_databaseStatus(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    applyUiFont();
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_openAction->setObjectName(u"actionOpenDatabase"_s);
    m_settingsAction->setObjectName(u"actionSettings"_s);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_openAction->setShortcut(QKeySequence::Open);
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_databaseStatus->setObjectName(u"databaseStatus"_s);
    statusBar()->addPermanentWidget(m_databaseStatus);
    setCentralWidget(m_welcome);
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
    // The page holds a pointer to the store; detach it before the store goes.
    m_welcome->setStore(nullptr);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto opened = m_opener.open(path);
    if (!opened) {
        return false;
    }
    m_welcome->setStore(nullptr);
    m_store = std::move(opened->store);
    if (QFileInfo(opened->path).absoluteFilePath() !=
        QFileInfo(m_settings.effectiveDatabasePath()).absoluteFilePath()) {
        // The user chose another file on the way: remember it, as if chosen in the settings.
        m_settings.databasePath = opened->path == Store::defaultPath() ? QString() : opened->path;
        m_settings.save();
    }
    m_welcome->setStore(m_store.get());
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
    if (settings.effectiveDatabasePath() != database) {
        const AppSettings previous = m_settings;
        m_settings.databasePath = settings.databasePath;
        if (!openDatabase(m_settings.effectiveDatabasePath())) {
            m_settings.databasePath = previous.databasePath; // still on the database that was open
        }
    }
    m_settings.save();
    if (m_settings.effectiveLanguage() != before) {
        m_welcome->setLanguage(m_settings.effectiveLanguage());
        applyUiFont();
        // Translators out, translators in: every widget gets a LanguageChange and retranslates.
        m_translations.reset();
        m_translations = std::make_unique<Translations>(m_settings.effectiveLanguage());
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
    setWindowTitle(tr("Mamori — information security for small businesses"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_openAction->setText(tr("&Open database…"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Mamori"));
    updateStatus();
}

} // namespace mamori::gui
