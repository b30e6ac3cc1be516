// The desktop application's main window, welcome page and settings, driven through the real widgets
// (offscreen).

#include "core/history.h"
#include "core/packrepository.h"
#include "core/transfer.h"
#include "gui/mainwindow.h"
#include "gui/settingsdialog.h"
#include "gui/welcomepage.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

Profile firmProfile(const QString& name, int employees)
{
    Profile p;
    p.name = name;
    p.industry = u'E';
    p.prefecture = 13;
    p.employees = employees;
    p.capitalManYen = 1000;
    p.assets.pcs = employees;
    p.assets.website = true;
    return p;
}

// A database with two firms; the first has two ipa-self-check assessments (all "partial", then all
// "yes" but one), the second none.
void makeDatabase(const QString& path)
{
    auto store = Store::open(path);
    QVERIFY(store);
    Store& s = **store;
    const auto pack = PackRepository().find(u"ipa-self-check"_s);
    QVERIFY(pack);
    const qint64 firm = *s.addFirm(firmProfile(u"あおば精機"_s, 30));
    QVERIFY(s.addFirm(firmProfile(u"みどり商店"_s, 3)));
    for (const QString& choice : {u"partial"_s, u"yes"_s}) {
        const qint64 id = *s.startAssessment(firm, pack->id, pack->version);
        for (const Question& q : pack->questions) {
            QVERIFY(s.saveAnswer(id, q.id, q.id == u"q05"_s ? u"no"_s : choice));
        }
        QVERIFY(s.finishAssessment(id));
    }
}

AppSettings settingsFor(const QString& database, Language language)
{
    AppSettings a;
    a.language = language;
    a.databasePath = database;
    return a;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void welcomeShowsFirmsAndHistory();
    void thousandsOfFirmsComeInPagesAndBySearch();
    void settingsDialogEditsEveryField();
    void switchingDatabaseShowsTheOtherOne();
    void languageSwitchesWhileRunning();
    void importAndExportMoveAFirm();
    void importConflictsAreAsked_data();
    void importConflictsAreAsked();
    void introIsShownUntilDismissed();

private:
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::welcomeShowsFirmsAndHistory()
{
    const QString db = m_dir.filePath(u"welcome.sqlite"_s);
    makeDatabase(db);
    MainWindow window(settingsFor(db, Language::English));
    QVERIFY(window.openDatabase(db));
    window.show();
    auto* firms = window.findChild<QTreeWidget*>(u"firmList"_s);
    auto* history = window.findChild<QTreeWidget*>(u"historyList"_s);
    QVERIFY(firms && history);
    QCOMPARE(firms->topLevelItemCount(), 2);
    QCOMPARE(firms->topLevelItem(0)->text(0), u"あおば精機"_s);
    QCOMPARE(firms->topLevelItem(0)->text(2), u"2"_s);
    QCOMPARE(firms->topLevelItem(1)->text(2), u"0"_s);

    // The numbers are the core's: the same history the CLI prints.
    const PackRepository packs;
    ResultService service(*window.store(), packs);
    const auto expected = service.history(1);
    QVERIFY(expected);
    QCOMPARE(history->topLevelItemCount(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(history->topLevelItem(i)->text(4),
                 QLocale().toString(expected->at(std::size_t(i)).result->score, 'f', 1));
        QCOMPARE(history->topLevelItem(i)->text(3), u"25 of 25"_s);
    }
    QCOMPARE(history->topLevelItem(0)->text(4), u"48.0"_s); // 24 × "partial" (2 of 4) and q05 "no"
    QCOMPARE(firms->topLevelItem(0)->text(3), history->topLevelItem(1)->text(4));
    QVERIFY(history->topLevelItem(1)->text(5).startsWith(u'+'));
    QVERIFY(history->topLevelItem(0)->text(1).contains(u"3.1.0"_s));

    firms->setCurrentItem(firms->topLevelItem(1));
    QCOMPARE(history->topLevelItemCount(), 0);
    QVERIFY(window.findChild<QPushButton*>(u"exportButton"_s)->isEnabled());
    // Every control has an accessible name.
    for (QWidget* w : {static_cast<QWidget*>(firms), static_cast<QWidget*>(history),
                       static_cast<QWidget*>(window.findChild<QPushButton*>(u"importButton"_s))}) {
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    }
}

void TestMainWindow::thousandsOfFirmsComeInPagesAndBySearch()
{
    // A consultancy's database: the list shows a page at a time, finds a firm by part of its name,
    // and a firm chosen elsewhere is shown even when it is not on the page.
    const QString db = m_dir.filePath(u"many.sqlite"_s);
    qint64 last = 0;
    {
        auto store = Store::open(db);
        QVERIFY(store);
        for (int i = 1; i <= 450; ++i) {
            Profile p;
            p.name = u"Client %1"_s.arg(i, 3, 10, QChar(u'0'));
            p.employees = 10;
            last = *(*store)->addFirm(p);
        }
    }
    MainWindow window(settingsFor(db, Language::English));
    QVERIFY(window.openDatabase(db));
    window.show();
    auto* firms = window.findChild<QTreeWidget*>(u"firmList"_s);
    auto* shown = window.findChild<QLabel*>(u"firmsShown"_s);
    auto* more = window.findChild<QPushButton*>(u"moreFirms"_s);
    auto* search = window.findChild<QLineEdit*>(u"firmSearch"_s);
    QVERIFY(firms && shown && more && search);
    QCOMPARE(firms->topLevelItemCount(), 200);
    QCOMPARE(shown->text(), u"Showing 200 of 450 firms; type part of a name to find one."_s);
    QVERIFY(more->isVisible());
    QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(firms->topLevelItemCount(), 400);
    QTest::mouseClick(more, Qt::LeftButton);
    QCOMPARE(firms->topLevelItemCount(), 450);
    QVERIFY(!more->isVisible());

    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keySequence(&window, QKeySequence::Find); // Ctrl+F
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"CLIENT 04"_s);
    QTRY_COMPARE(firms->topLevelItemCount(), 10); // 040–049, whatever the case typed
    QCOMPARE(firms->topLevelItem(0)->text(0), u"Client 040"_s);
    QCOMPARE(firms->topLevelItem(9)->text(0), u"Client 049"_s);
    QVERIFY(!more->isVisible());
    search->setText(u"nobody"_s);
    QTRY_COMPARE(firms->topLevelItemCount(), 0);
    QCOMPARE(shown->text(), u"No firm's name contains \"nobody\"."_s);
    search->clear();
    QTRY_COMPARE(firms->topLevelItemCount(), 200);
    window.welcomePage()->selectFirm(last); // Client 450, beyond the page
    QCOMPARE(firms->currentItem()->text(0), u"Client 450"_s);
    window.welcomePage()->refresh(); // coming back to the page keeps it selected
    QCOMPARE(firms->currentItem()->text(0), u"Client 450"_s);
    QVERIFY(!search->accessibleName().isEmpty() && !more->accessibleName().isEmpty());
}

void TestMainWindow::settingsDialogEditsEveryField()
{
    const QString db = m_dir.filePath(u"dialog.sqlite"_s);
    SettingsDialog dialog(settingsFor(db, Language::Japanese));
    auto* language = dialog.findChild<QComboBox*>(u"settingsLanguage"_s);
    auto* database = dialog.findChild<QLineEdit*>(u"settingsDatabase"_s);
    auto* consultant = dialog.findChild<QLineEdit*>(u"settingsConsultant"_s);
    QVERIFY(language && database && consultant);
    QCOMPARE(language->currentData().toString(), u"ja"_s);
    QCOMPARE(database->text(), db);
    language->setCurrentIndex(language->findData(u"en"_s));
    database->clear();
    QTest::keyClicks(consultant, u"Yamada "_s); // QTest types Latin-1 only; the rest as an input method would
    consultant->insert(u"花子"_s);
    const AppSettings edited = dialog.settings();
    QCOMPARE(edited.language, std::optional(Language::English));
    QVERIFY(edited.databasePath.isEmpty()); // empty: the default database
    QCOMPARE(edited.consultantName, u"Yamada 花子"_s);
    dialog.findChild<QPushButton*>(u"settingsDefaultDatabase"_s)->click();
    QCOMPARE(database->text(), Store::defaultPath());
    QVERIFY(dialog.settings().databasePath.isEmpty());

    // A team's server is kept as typed; one with a password is refused, saying where it belongs,
    // and the dialog stays open.
    const QString team = u"postgresql://yamada@db.example.jp/team?sslmode=verify-full"_s;
    database->setText(team);
    QCOMPARE(dialog.settings().databasePath, team);
    dialog.show();
    database->setText(u"postgresql://yamada:secret@db.example.jp/team"_s);
    QString said;
    QTimer::singleShot(0, [&said] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            said = box->text();
            box->accept();
        }
    });
    dialog.accept();
    QVERIFY2(said.contains(u"~/.pgpass"_s) && !said.contains(u"secret"_s), qPrintable(said));
    QVERIFY(dialog.isVisible());
    database->setText(team);
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestMainWindow::switchingDatabaseShowsTheOtherOne()
{
    const QString first = m_dir.filePath(u"first.sqlite"_s);
    const QString second = m_dir.filePath(u"second.sqlite"_s);
    makeDatabase(first);
    MainWindow window(settingsFor(first, Language::English));
    QVERIFY(window.openDatabase(first));
    auto* firms = window.findChild<QTreeWidget*>(u"firmList"_s);
    QCOMPARE(firms->topLevelItemCount(), 2);
    window.applySettings(settingsFor(second, Language::English));
    QCOMPARE(window.store()->path(), second);
    QCOMPARE(firms->topLevelItemCount(), 0); // a new, empty database
    QVERIFY(window.findChild<QLabel*>(u"noFirms"_s)->isVisibleTo(&window));
    QCOMPARE(AppSettings::load().databasePath, second); // remembered
    QVERIFY(window.findChild<QLabel*>(u"databaseStatus"_s)->text().contains(u"second.sqlite"_s));

    // A location that cannot be opened, and the user gives up: still on the second database.
    const QString bad = m_dir.filePath(u"bad.sqlite"_s);
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database");
    }
    window.opener().setAsk([](const Diagnostic&, const QList<Recovery>&) { return std::optional(Recovery::Quit); });
    window.applySettings(settingsFor(bad, Language::English));
    QCOMPARE(window.store()->path(), second);
    QCOMPARE(AppSettings::load().databasePath, second);
}

void TestMainWindow::languageSwitchesWhileRunning()
{
    const QString db = m_dir.filePath(u"language.sqlite"_s);
    makeDatabase(db);
    MainWindow window(settingsFor(db, Language::English));
    QVERIFY(window.openDatabase(db));
    window.show();
    QCOMPARE(window.windowTitle(), u"Information security for small businesses"_s); // Qt adds "— Mamori"
    auto* importButton = window.findChild<QPushButton*>(u"importButton"_s);
    auto* history = window.findChild<QTreeWidget*>(u"historyList"_s);
    QCOMPARE(importButton->text(), u"&Import…"_s);
    QVERIFY(history->topLevelItem(0)->text(1).startsWith(u"IPA"_s)); // the pack's English title

    window.applySettings(settingsFor(db, Language::Japanese));
    // Qt posts LanguageChange to each window, so it arrives with the next events.
    QTRY_COMPARE(window.windowTitle(), u"中小企業の情報セキュリティ"_s);
    QCOMPARE(importButton->text(), u"取り込み(&I)…"_s);
    QVERIFY2(history->topLevelItem(0)->text(1).startsWith(u"5分でできる"_s),
             qPrintable(history->topLevelItem(0)->text(1)));
    QCOMPARE(history->headerItem()->text(4), u"点数"_s);
    QCOMPARE(AppSettings::load().language, std::optional(Language::Japanese));

    window.applySettings(settingsFor(db, Language::English));
    QTRY_COMPARE(importButton->text(), u"&Import…"_s);
}

void TestMainWindow::importAndExportMoveAFirm()
{
    const QString from = m_dir.filePath(u"from.sqlite"_s);
    const QString to = m_dir.filePath(u"to.sqlite"_s);
    const QString file = m_dir.filePath(u"aoba.json"_s);
    makeDatabase(from);
    {
        MainWindow source(settingsFor(from, Language::English));
        QVERIFY(source.openDatabase(from));
        const auto exported = source.welcomePage()->exportFirm(1, file);
        QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().first().toString()));
    }
    MainWindow target(settingsFor(to, Language::English));
    QVERIFY(target.openDatabase(to));
    auto* firms = target.findChild<QTreeWidget*>(u"firmList"_s);
    QCOMPARE(firms->topLevelItemCount(), 0);
    for (int round = 0; round < 2; ++round) {
        const auto report = target.welcomePage()->importFile(file);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().first().toString()));
        QCOMPARE(report->firmAdded, round == 0);
        QCOMPARE(firms->topLevelItemCount(), 1); // never twice
    }
    QCOMPARE(firms->currentItem()->text(0), u"あおば精機"_s);
    QCOMPARE(target.findChild<QTreeWidget*>(u"historyList"_s)->topLevelItemCount(), 2);
    const auto bad = target.welcomePage()->importFile(m_dir.filePath(u"missing.json"_s));
    QVERIFY(!bad);
    QCOMPARE(firms->topLevelItemCount(), 1);
}

void TestMainWindow::importConflictsAreAsked_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<QString>("expected"); // q01 here after the answer to the dialog
    QTest::newRow("keep mine") << u"keepMine"_s << u"no"_s;
    QTest::newRow("take theirs") << u"takeTheirs"_s << u"partial"_s;
}

void TestMainWindow::importConflictsAreAsked()
{
    // The consultant's firm went to the client; both changed q01. Importing the client's file asks, with
    // both answers side by side, and does what the user chose; a stray Enter keeps what is here.
    QFETCH(QString, button);
    QFETCH(QString, expected);
    const QString here = m_dir.filePath(u"conflict-here-%1.sqlite"_s.arg(button));
    const QString sent = m_dir.filePath(u"conflict-sent-%1.json"_s.arg(button));
    const QString back = m_dir.filePath(u"conflict-back-%1.json"_s.arg(button));
    qint64 assessment = 0;
    {
        auto consultant = Store::open(here);
        auto client = Store::open(m_dir.filePath(u"conflict-there-%1.sqlite"_s.arg(button)));
        QVERIFY(consultant && client);
        const qint64 firm = *(*consultant)->addFirm(firmProfile(u"あおば精機"_s, 30));
        assessment = *(*consultant)->startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
        QVERIFY((*consultant)->saveAnswer(assessment, u"q01"_s, u"yes"_s));
        QVERIFY(saveTransfer(*(*consultant)->exportFirm(firm), sent));
        const auto atClient = (*client)->importDocument(*loadTransfer(sent, PackRepository()));
        QVERIFY(atClient);
        QVERIFY((*client)->saveAnswer(atClient->assessmentIds[0], u"q01"_s, u"partial"_s, u"客先で確認"_s));
        QVERIFY((*consultant)->saveAnswer(assessment, u"q01"_s, u"no"_s));
        QVERIFY(saveTransfer(*(*client)->exportFirm(atClient->firmId), back));
    }
    MainWindow window(settingsFor(here, Language::English));
    QVERIFY(window.openDatabase(here));
    const auto report = window.welcomePage()->importFile(back);
    QVERIFY2(report, qPrintable(report ? QString() : report.error().first().toString()));
    QCOMPARE(report->conflicts.size(), std::size_t(1));
    QCOMPARE(window.store()->assessment(assessment)->answers.choices.value(u"q01"_s), u"no"_s); // kept so far
    QString said;
    QTimer::singleShot(0, [&said, button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (box == nullptr || box->objectName() != u"importConflict"_s) {
            return;
        }
        said = box->text() + u'\n' + box->informativeText();
        QCOMPARE(box->defaultButton()->objectName(), u"keepMine"_s);
        box->findChild<QPushButton*>(button)->click();
    });
    const int taken = window.welcomePage()->resolveImportConflicts(*report);
    QCOMPARE(taken, button == u"takeTheirs"_s ? 1 : 0);
    QVERIFY2(said.contains(u"The answer to q01 was changed here and in the imported file"_s), qPrintable(said));
    QVERIFY2(said.contains(u"Here: Not done ("_s) && said.contains(u"In the file: Partly done — note: 客先で確認 ("_s),
             qPrintable(said));
    const auto now = window.store()->assessment(assessment);
    QCOMPARE(now->answers.choices.value(u"q01"_s), expected);
    QCOMPARE(now->answers.notes.value(u"q01"_s), button == u"takeTheirs"_s ? u"客先で確認"_s : QString());
}

void TestMainWindow::introIsShownUntilDismissed()
{
    const QString db = m_dir.filePath(u"intro.sqlite"_s);
    {
        MainWindow window(settingsFor(db, Language::English));
        QVERIFY(window.openDatabase(db));
        window.show();
        auto* intro = window.findChild<QWidget*>(u"intro"_s);
        QVERIFY(intro->isVisible());
        QTest::mouseClick(window.findChild<QPushButton*>(u"introDismiss"_s), Qt::LeftButton);
        QVERIFY(!intro->isVisible());
    }
    QVERIFY(AppSettings::load().introSeen);
    MainWindow again(AppSettings::load());
    QVERIFY(again.openDatabase(db));
    again.show();
    QVERIFY(!again.findChild<QWidget*>(u"intro"_s)->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
