// Every page and dialog of the desktop application, in both languages: no two controls on screen at
// once share a mnemonic (the underlined letter Alt presses), and no two entries of one menu do. On the
// last question page 回答を見直す(R), 結果を見る(R) and 結果(R) once stood side by side. The walk also
// checks that the last page's heading tells whether questions are still open.

#include "core/catalogstore.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "gui/appsettings.h"
#include "gui/assetspage.h"
#include "gui/catalogdialog.h"
#include "gui/changelogdialog.h"
#include "gui/companypage.h"
#include "gui/mainwindow.h"
#include "gui/matchespage.h"
#include "gui/packmanagerdialog.h"
#include "gui/questionpage.h"
#include "gui/settingsdialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

// The letter after a single '&' ("&&" is a literal ampersand), upper-cased; null when none.
QChar mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == u'&') {
            if (text[i + 1] == u'&') {
                ++i;
                continue;
            }
            return text[i + 1].toUpper();
        }
    }
    return {};
}

// Mnemonic → the texts that carry it, among the controls of `window` on screen now.
QMap<QChar, QStringList> onScreen(const QWidget* window)
{
    QMap<QChar, QStringList> seen;
    const auto note = [&seen](const QString& text) {
        if (const QChar m = mnemonic(text); !m.isNull()) {
            seen[m].append(text);
        }
    };
    for (const QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window) || w->window() != window) {
            continue;
        }
        if (const auto* button = qobject_cast<const QAbstractButton*>(w)) {
            note(button->text());
        } else if (const auto* label = qobject_cast<const QLabel*>(w); label && label->buddy()) {
            note(label->text());
        } else if (const auto* group = qobject_cast<const QGroupBox*>(w)) {
            note(group->title());
        } else if (const auto* tabs = qobject_cast<const QTabBar*>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                note(tabs->tabText(i));
            }
        } else if (const auto* bar = qobject_cast<const QMenuBar*>(w)) {
            for (const QAction* a : bar->actions()) {
                note(a->text());
            }
        }
    }
    return seen;
}

QStringList clashes(const QMap<QChar, QStringList>& seen, const QString& where)
{
    QStringList out;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        if (it.value().size() > 1) {
            out.append(u"%1: %2 on %3"_s.arg(where, QString(it.key()), it.value().join(u" / "_s)));
        }
    }
    return out;
}

QStringList checkWindow(const QWidget* window, const QString& where)
{
    if (qEnvironmentVariableIsSet("MAMORI_LIST_MNEMONICS")) { // for choosing a free letter
        QStringList all;
        const auto seen = onScreen(window);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            all.append(QString(it.key()) + u'=' + it.value().join(u'|'));
        }
        qInfo().noquote() << where << ":" << all.join(u"  "_s);
    }
    QStringList out = clashes(onScreen(window), where);
    for (const QMenu* menu : window->findChildren<QMenu*>()) {
        QMap<QChar, QStringList> seen;
        for (const QAction* a : menu->actions()) {
            if (const QChar m = mnemonic(a->text()); !m.isNull() && a->isVisible()) {
                seen[m].append(a->text());
            }
        }
        out += clashes(seen, where + u" menu "_s + menu->title());
    }
    return out;
}

AppSettings settingsFor(const QString& database, Language language)
{
    AppSettings a;
    a.language = language;
    a.databasePath = database;
    return a;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void mnemonicsAreFound();
    void noClashOnAnyPageOrDialog_data();
    void noClashOnAnyPageOrDialog();

private:
    QTemporaryDir m_dir;
};

void TestMnemonics::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_mnemonics"_s);
    QVERIFY(m_dir.isValid());
    qputenv("MAMORI_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toLocal8Bit());
}

// The walker would pass on anything if it found no mnemonics at all.
void TestMnemonics::mnemonicsAreFound()
{
    QCOMPARE(mnemonic(u"回答を見直す(&R)"_s), QChar(u'R'));
    QCOMPARE(mnemonic(u"Save && &quit"_s), QChar(u'Q'));
    QVERIFY(mnemonic(u"R&&D"_s).isNull());
    QWidget w;
    auto* a = new QPushButton(u"&Back"_s, &w);
    auto* b = new QCheckBox(u"&Bold"_s, &w);
    (void)a;
    (void)b;
    w.show();
    QCOMPARE(checkWindow(&w, u"test"_s).size(), 1);
}

void TestMnemonics::noClashOnAnyPageOrDialog_data()
{
    QTest::addColumn<int>("language");
    QTest::newRow("ja") << int(Language::Japanese);
    QTest::newRow("en") << int(Language::English);
}

void TestMnemonics::noClashOnAnyPageOrDialog()
{
    QFETCH(int, language);
    const Language lang = Language(language);
    const QString db = m_dir.filePath(u"m%1.sqlite"_s.arg(language));
    MainWindow window(settingsFor(db, lang));
    QVERIFY(window.openDatabase(db));
    window.resize(1366, 700);
    window.show();
    QStringList problems = checkWindow(&window, u"welcome"_s);

    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    QVERIFY(profile);
    window.newAssessment(0);
    window.companyPage()->setProfile(*profile);
    window.assetsPage()->setProfile(*profile);
    problems += checkWindow(&window, u"company"_s);
    window.goTo(MainWindow::Assets);
    problems += checkWindow(&window, u"IT assets"_s);
    QVERIFY(window.assetsPage()->choosePack(u"ipa-self-check"_s));
    QVERIFY(window.startAssessment());
    QuestionPage* questions = window.questionPage();
    problems += checkWindow(&window, u"first question"_s);
    questions->setLayout(QuestionPage::Layout::WholeArea);
    problems += checkWindow(&window, u"a whole area"_s);
    questions->setLayout(QuestionPage::Layout::OneQuestion);
    // The last page with questions still open, then with all answered.
    while (!questions->showingSummary()) {
        questions->next();
    }
    problems += checkWindow(&window, u"last page, questions open"_s);
    // …whose heading does not claim that all are answered.
    QCOMPARE(window.findChild<QLabel*>(u"summaryTitle"_s)->text(),
             lang == Language::Japanese ? u"質問はここまでです"_s : u"End of the questions"_s);
    questions->clear();
    QVERIFY(window.openAssessment(window.store()->assessments(window.store()->firms()->front().id)->front().id));
    while (!questions->showingSummary()) {
        questions->answer(u"yes"_s);
        questions->next();
    }
    problems += checkWindow(&window, u"last page, all answered"_s);
    QCOMPARE(window.findChild<QLabel*>(u"summaryTitle"_s)->text(),
             lang == Language::Japanese ? u"すべての質問に回答しました"_s : u"All questions answered"_s);
    questions->finish();
    for (const auto& [step, name] :
         {std::pair{MainWindow::Results, u"results"_s}, std::pair{MainWindow::Plan, u"action plan"_s},
          std::pair{MainWindow::Matches, u"matches"_s}, std::pair{MainWindow::Report, u"report"_s}}) {
        window.goTo(step);
        problems += checkWindow(&window, name);
    }
    if (auto* tabs = window.findChild<QTabWidget*>(u"matchTabs"_s)) {
        window.goTo(MainWindow::Matches);
        tabs->setCurrentIndex(1);
        problems += checkWindow(&window, u"matches, experts"_s);
    }

    // The dialogs, each shown as the window shows it.
    {
        SettingsDialog dialog(window.settings(), &window);
        dialog.show();
        problems += checkWindow(&dialog, u"settings"_s);
    }
    {
        CatalogStore* catalog = window.catalog();
        QVERIFY(catalog);
        CatalogDialog dialog(*catalog, {}, &window);
        dialog.show();
        problems += checkWindow(&dialog, u"catalog"_s);
    }
    {
        PackManagerDialog dialog(window.store(), 0, lang, &window);
        dialog.show();
        problems += checkWindow(&dialog, u"packs"_s);
    }
    {
        PackRepository packs;
        ChangeLogDialog dialog(*window.store(), packs, window.store()->firms()->front().id, lang, &window);
        dialog.show();
        problems += checkWindow(&dialog, u"change log"_s);
    }
    // The comparison of two services, a modal dialog of the matches page.
    window.goTo(MainWindow::Matches);
    auto* matches = window.matchesPage();
    if (matches->services() && matches->services()->matches.size() >= 2) {
        for (int i = 0; i < 2; ++i) {
            const QString id = matches->services()->matches[std::size_t(i)].service.id;
            window.findChild<QCheckBox*>(u"compare:"_s + id)->setChecked(true);
        }
        QTimer::singleShot(0, &window, [&problems] {
            if (QWidget* dialog = QApplication::activeModalWidget()) {
                problems += checkWindow(dialog, u"compare services"_s);
                dialog->close();
            }
        });
        QMetaObject::invokeMethod(window.findChild<QPushButton*>(u"compareServices"_s), "click");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
