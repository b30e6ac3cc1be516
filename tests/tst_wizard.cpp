// The assessment wizard driven through its real widgets (offscreen): a new firm from the company
// page to the last question, the same score as mamori-cli, answers saved at once, resuming after the
// window is closed, and the pages in both languages.

#include "cli/app.h"
#include "core/answers.h"
#include "core/packrepository.h"
#include "gui/assetspage.h"
#include "gui/changelogdialog.h"
#include "gui/companypage.h"
#include "gui/mainwindow.h"
#include "gui/planpage.h"
#include "gui/questionpage.h"
#include "gui/resultspage.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace mamori;
using namespace mamori::gui;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

AppSettings settingsFor(const QString& database, Language language)
{
    AppSettings a;
    a.language = language;
    a.databasePath = database;
    return a;
}

// Presses the key of `choice` (1 for the pack's first choice, …) and Enter, as a user would.
void answerByKeys(QuestionPage* page, const Pack& pack, const QString& choice)
{
    const int key = pack.choiceIndex(choice) + 1;
    QTest::keyClick(page, Qt::Key(Qt::Key_0 + key));
    QTest::keyClick(page, Qt::Key_Return);
}

// A new firm set up with `profile` in the pages, and its assessment with `pack` started, as the
// company and IT-assets pages would do it.
bool startNewAssessment(MainWindow& window, const Profile& profile, const QString& pack)
{
    window.newAssessment(0);
    window.companyPage()->setProfile(profile);
    window.assetsPage()->setProfile(profile);
    return window.assetsPage()->choosePack(pack) && window.startAssessment();
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { QSettings().clear(); }
    void newFirmToLastQuestionMatchesTheCli();
    void everyAnswerAndNoteIsSavedAtOnceAndResumes();
    void companyPageWantsAName();
    void pagesFollowTheLanguage();
    void resultsAndPlanShowTheCoreNumbers();
    void aWholeAreaPerPage();
    void switchingDatabaseMidQuestionKeepsTheNoteAndLetsGo();
    void noFirmWithoutAName();
    void aColleaguesChangeIsShownNotOverwritten();
    void everyControlHasAnAccessibleName_data();
    void everyControlHasAnAccessibleName();

private:
    QTemporaryDir m_dir;
    PackRepository m_packs;
};

void TestWizard::initTestCase()
{
    QCoreApplication::setOrganizationName(u"MamoriTest"_s);
    QCoreApplication::setApplicationName(u"tst_wizard"_s);
    qputenv("MAMORI_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toLocal8Bit()); // never the user's
}

void TestWizard::newFirmToLastQuestionMatchesTheCli()
{
    const QString db = m_dir.filePath(u"wizard.sqlite"_s);
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    const auto pack = m_packs.find(u"ipa-self-check"_s);
    const auto answers = loadAnswers(Samples + u"small-manufacturer.ipa-self-check.answers.json"_s, &*pack);
    QVERIFY(profile && pack && answers);

    MainWindow window(settingsFor(db, Language::Japanese));
    QVERIFY(window.openDatabase(db));
    window.show();
    QTest::mouseClick(window.findChild<QPushButton*>(u"newFirm"_s), Qt::LeftButton);
    QCOMPARE(window.step(), MainWindow::Company);
    auto* next = window.findChild<QPushButton*>(u"next"_s);
    QVERIFY(!next->isEnabled()); // no name yet
    window.companyPage()->setProfile(*profile);
    window.assetsPage()->setProfile(*profile);
    auto* name = window.findChild<QLineEdit*>(u"companyName"_s);
    name->clear();
    QTest::keyClicks(name, u"Sample Seimitsu"_s);
    QVERIFY(next->isEnabled());
    QVERIFY(window.findChild<QLabel*>(u"companyTier"_s)->text().contains(u"中小企業"_s));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(window.step(), MainWindow::Assets);
    QVERIFY(window.assetsPage()->choosePack(u"ipa-self-check"_s));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(window.step(), MainWindow::Questions);

    QuestionPage* page = window.questionPage();
    QCOMPARE(page->applicable(), 25);
    int asked = 0;
    while (!page->showingSummary()) {
        const QString question = page->currentQuestion();
        QVERIFY2(answers->choices.contains(question), qPrintable(question));
        answerByKeys(page, *pack, answers->choices.value(question));
        ++asked;
        QVERIFY(asked <= 25);
    }
    QCOMPARE(asked, 25);
    QCOMPARE(page->answered(), 25);

    // The same firm and answers through mamori-cli give the same score.
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const int code = mamori::cli::runCli(
        {u"assess"_s, u"--pack"_s, u"ipa-self-check"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s,
         u"--answers"_s, Samples + u"small-manufacturer.ipa-self-check.answers.json"_s, u"--format"_s, u"json"_s},
        outStream, errStream);
    QCOMPARE(code, 0);
    const double cliScore = QJsonDocument::fromJson(out.toUtf8()).object()[u"overall"_s][u"score"_s].toDouble();
    const QString summary = window.findChild<QLabel*>(u"questionSummary"_s)->text();
    QVERIFY2(summary.contains(QLocale().toString(cliScore, 'f', 1)), qPrintable(summary));

    QTest::mouseClick(window.findChild<QPushButton*>(u"finishAssessment"_s), Qt::LeftButton);
    QCOMPARE(window.store()->assessment(page->assessmentId())->status, AssessmentStatus::Finished);
    // Finished: the answers can be looked through, not changed.
    QTest::mouseClick(window.findChild<QPushButton*>(u"reviewAnswers"_s), Qt::LeftButton);
    QVERIFY(!page->showingSummary());
    QVERIFY(!window.findChild<QAbstractButton*>(u"answer_yes"_s)->isEnabled());
    QVERIFY(!page->answer(u"no"_s));
    const auto firm = window.store()->firm(window.store()->assessment(page->assessmentId())->firmId);
    QCOMPARE(firm->profile.name, u"Sample Seimitsu"_s);
    QCOMPARE(firm->profile.employees, profile->employees);
}

void TestWizard::everyAnswerAndNoteIsSavedAtOnceAndResumes()
{
    const QString db = m_dir.filePath(u"resume.sqlite"_s);
    const auto profile = loadProfile(Samples + u"micro-retail.profile.json"_s);
    QVERIFY(profile);
    qint64 id = 0;
    QString sixth;
    QString lastNoted;
    {
        MainWindow window(settingsFor(db, Language::English));
        QVERIFY(window.openDatabase(db));
        window.show();
        QVERIFY(startNewAssessment(window, *profile, u"sme-guideline"_s));
        QuestionPage* page = window.questionPage();
        id = page->assessmentId();
        const auto pack = m_packs.find(u"sme-guideline"_s);
        for (int i = 0; i < 5; ++i) {
            const QString question = page->currentQuestion();
            answerByKeys(page, *pack, i % 2 ? u"partial"_s : u"yes"_s);
            // Saved the moment it was given: another connection sees it at once.
            auto reader = Store::open(db, Store::Mode::ReadOnly);
            QVERIFY(reader);
            QCOMPARE((*reader)->assessment(id)->answers.choices.value(question), i % 2 ? u"partial"_s : u"yes"_s);
        }
        // A note on the answered fifth question is saved a moment after typing stops.
        page->previous();
        const QString fifth = page->currentQuestion();
        auto* note = window.findChild<QPlainTextEdit*>(u"questionNote"_s);
        note->setFocus();
        QTest::keyClicks(note, u"checked 2026-11"_s);
        QTRY_COMPARE_WITH_TIMEOUT(window.store()->assessment(id)->answers.notes.value(fifth), u"checked 2026-11"_s,
                                  3000);
        page->next();
        sixth = page->currentQuestion();
        // The sixth is answered, then a note typed on it right before the window closes: the close
        // saves it rather than losing it with the pause the note was waiting for.
        answerByKeys(page, *m_packs.find(u"sme-guideline"_s), u"no"_s);
        page->previous();
        note->setFocus();
        QTest::keyClicks(note, u"last words"_s);
        lastNoted = page->currentQuestion();
        QVERIFY(window.findChild<QLabel*>(u"savedStatus"_s)->text().startsWith(u"Saved"_s));
    } // the window closes, as when the laptop is shut

    MainWindow again(settingsFor(db, Language::English));
    QVERIFY(again.openDatabase(db));
    again.show();
    auto* open = again.findChild<QPushButton*>(u"openAssessment"_s);
    QVERIFY(open->isEnabled()); // the unfinished assessment is selected, ready to continue
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(again.step(), MainWindow::Questions);
    QCOMPARE(again.questionPage()->answered(), 6);
    QVERIFY(again.questionPage()->currentQuestion() != sixth); // the sixth is answered now
    QCOMPARE(again.store()->assessment(id)->answers.notes.value(lastNoted), u"last words"_s);

    // A note on a question not answered yet is saved at once too, and is no answer.
    QuestionPage* page = again.questionPage();
    const QString unanswered = page->currentQuestion();
    QVERIFY(!again.store()->assessment(id)->answers.choices.contains(unanswered));
    auto* note = again.findChild<QPlainTextEdit*>(u"questionNote"_s);
    note->setFocus();
    QTest::keyClicks(note, u"ask the accountant"_s);
    QTRY_COMPARE_WITH_TIMEOUT(again.store()->assessment(id)->answers.notes.value(unanswered), u"ask the accountant"_s,
                              3000);
    QCOMPARE(again.store()->assessment(id)->answerCount, 6);
    QVERIFY(!again.store()->assessment(id)->answers.choices.contains(unanswered));
    // Back on the question, the note is there; answering keeps it.
    page->previous();
    page->next();
    QCOMPARE(note->toPlainText(), u"ask the accountant"_s);
    answerByKeys(page, *m_packs.find(u"sme-guideline"_s), u"yes"_s);
    QCOMPARE(again.store()->assessment(id)->answers.notes.value(unanswered), u"ask the accountant"_s);
    QCOMPARE(again.store()->assessment(id)->answerCount, 7);
}

void TestWizard::companyPageWantsAName()
{
    CompanyPage page;
    page.setProfile(Profile{});
    QVERIFY(!page.problem().isEmpty());
    auto* name = page.findChild<QLineEdit*>(u"companyName"_s);
    QTest::keyClicks(name, u"   "_s);
    QVERIFY(!page.problem().isEmpty()); // blanks are no name
    QTest::keyClicks(name, u"Aoba"_s);
    QVERIFY(page.problem().isEmpty());
    // Pasted with a character that reverses the text after it, or an escape sequence: said at once.
    for (const QString& bad : {u"Ao\u202eba"_s, u"Ao\x1b[2Jba"_s}) {
        name->setText(bad);
        QVERIFY2(page.problem().contains(u"remove it"_s), qPrintable(page.problem()));
    }
    name->setText(u"Aoba"_s);
    QVERIFY(page.problem().isEmpty());
    // A name already on this PC is not wrong, but worth a word (a second firm would split the history).
    page.setOtherFirms({u"aoba"_s});
    QVERIFY2(page.caution().contains(u"already on this PC"_s), qPrintable(page.caution()));
    page.setOtherFirms({});
    QVERIFY(page.caution().isEmpty());
    Profile p;
    page.apply(p);
    QCOMPARE(p.name, u"Aoba"_s);
    // Wholesale and retail need the one or the other; the choice appears only for industry I.
    auto* sector = page.findChild<QWidget*>(u"companySector"_s);
    page.show();
    QVERIFY(!sector->isVisible());
    Profile retail = p;
    retail.industry = u'I';
    retail.sectorClassOverride = SectorClass::Retail;
    page.setProfile(retail);
    QVERIFY(sector->isVisible());
    Profile back;
    page.apply(back);
    QCOMPARE(back.sectorClassOverride, std::optional(SectorClass::Retail));
}

void TestWizard::pagesFollowTheLanguage()
{
    const QString db = m_dir.filePath(u"language.sqlite"_s);
    MainWindow window(settingsFor(db, Language::Japanese));
    QVERIFY(window.openDatabase(db));
    window.show();
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    QVERIFY(startNewAssessment(window, *profile, u"ipa-self-check"_s));
    auto* yes = window.findChild<QAbstractButton*>(u"answer_yes"_s);
    QVERIFY(yes);
    QVERIFY2(yes->text().contains(u"実施している"_s), qPrintable(yes->text()));
    window.applySettings(settingsFor(db, Language::English));
    yes = window.findChild<QAbstractButton*>(u"answer_yes"_s);
    QTRY_VERIFY2(yes->text().contains(u"Done"_s), qPrintable(yes->text()));
    QTRY_COMPARE(window.findChild<QPushButton*>(u"next"_s)->text(), u"&Next ▶"_s);
}

void TestWizard::resultsAndPlanShowTheCoreNumbers()
{
    const QString db = m_dir.filePath(u"results.sqlite"_s);
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    const auto pack = m_packs.find(u"ipa-self-check"_s);
    const auto answers = loadAnswers(Samples + u"small-manufacturer.ipa-self-check.answers.json"_s, &*pack);
    qint64 first = 0;
    qint64 second = 0;
    {
        auto store = Store::open(db);
        const qint64 firm = *(*store)->addFirm(*profile);
        first = *(*store)->startAssessment(firm, pack->id, pack->version);
        for (const Question& q : pack->questions) {
            QVERIFY((*store)->saveAnswer(first, q.id, u"partial"_s));
        }
        QVERIFY((*store)->finishAssessment(first));
        second = *(*store)->startAssessment(firm, pack->id, pack->version);
        for (auto it = answers->choices.cbegin(); it != answers->choices.cend(); ++it) {
            QVERIFY((*store)->saveAnswer(second, it.key(), it.value()));
        }
    }
    MainWindow window(settingsFor(db, Language::English));
    QVERIFY(window.openDatabase(db));
    window.show();
    QVERIFY(window.openAssessment(second));
    QVERIFY(window.questionPage()->showingSummary()); // every question answered
    QTest::mouseClick(window.findChild<QPushButton*>(u"seeResults"_s), Qt::LeftButton);
    QCOMPARE(window.step(), MainWindow::Results);

    const ScoreResult expected = Scorer(*pack, *profile).score(*answers);
    QCOMPARE(window.findChild<QLabel*>(u"resultScore"_s)->text(), QLocale().toString(expected.score, 'f', 1));
    const ResultsPage* results = window.resultsPage();
    QCOMPARE(results->chartCategories().size(), qsizetype(pack->categories.size()));
    for (std::size_t i = 0; i < pack->categories.size(); ++i) {
        QCOMPARE(results->chartCategories()[qsizetype(i)], pack->categories[i].title.en);
        QCOMPARE(results->chartScores()[i], expected.categories[i].score);
        QCOMPARE(results->chartGaps()[i], expected.categories[i].gap);
    }
    QVERIFY(window.findChild<QLabel*>(u"resultWeakest"_s)->text().contains(u"Where to start"_s));
    // Against the earlier assessment (all "partial", 50 in every area).
    auto* changes = window.findChild<QTreeWidget*>(u"resultChanges"_s);
    QCOMPARE(changes->topLevelItemCount(), 1 + int(pack->categories.size())); // the overall score first
    QCOMPARE(changes->topLevelItem(0)->text(0), u"Overall"_s);
    QCOMPARE(changes->topLevelItem(0)->text(1), u"50.0"_s);
    QCOMPARE(changes->topLevelItem(0)->text(2), QLocale().toString(expected.score, 'f', 1));
    QCOMPARE(changes->topLevelItem(1)->text(1), u"50.0"_s);
    QCOMPARE(changes->topLevelItem(1)->text(2), QLocale().toString(expected.categories[0].score, 'f', 1));

    QTest::mouseClick(window.findChild<QPushButton*>(u"next"_s), Qt::LeftButton);
    QCOMPARE(window.step(), MainWindow::Plan);
    // Every step shown whole, numbered 1, 2, 3 … in the order of the groups.
    const auto shown = window.planPage()->shownSteps();
    QCOMPARE(shown.size(), expected.plan.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QCOMPARE(shown[i].number, QString::number(i + 1));
        const Question& q = pack->questions[std::size_t(expected.plan[i].question)];
        QCOMPARE(shown[i].text, q.recommendation.text.en);
    }
    QVERIFY(window.planPage()->groupHeadings().front().startsWith(u"This week"_s));
}

void TestWizard::aWholeAreaPerPage()
{
    const QString db = m_dir.filePath(u"area.sqlite"_s);
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    const auto pack = m_packs.find(u"ipa-self-check"_s);
    MainWindow window(settingsFor(db, Language::English));
    QVERIFY(window.openDatabase(db));
    window.show();
    QVERIFY(startNewAssessment(window, *profile, u"ipa-self-check"_s));
    QuestionPage* page = window.questionPage();
    auto* layout = window.findChild<QComboBox*>(u"questionLayout"_s);
    QVERIFY(layout);
    layout->setCurrentIndex(1);
    emit layout->activated(1);
    QCOMPARE(page->layoutMode(), QuestionPage::Layout::WholeArea);
    QCOMPARE(page->currentArea(), pack->categories[0].id);
    // Every question of the area is on the page; clicking answers it at once.
    auto* button = window.findChild<QPushButton*>(u"area_q02_partial"_s);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(window.store()->assessment(page->assessmentId())->answers.choices.value(u"q02"_s), u"partial"_s);
    QCOMPARE(page->answered(), 1);
    QTRY_VERIFY(window.findChild<QPushButton*>(u"area_q02_partial"_s)->isChecked());
    // Next goes area by area, then to the summary.
    for (std::size_t i = 1; i < pack->categories.size(); ++i) {
        QTest::mouseClick(window.findChild<QPushButton*>(u"next"_s), Qt::LeftButton);
        QCOMPARE(page->currentArea(), pack->categories[i].id);
    }
    QTest::mouseClick(window.findChild<QPushButton*>(u"back"_s), Qt::LeftButton); // back goes one area back
    QCOMPARE(window.step(), MainWindow::Questions);
    QCOMPARE(page->currentArea(), pack->categories[pack->categories.size() - 2].id);
    QTest::mouseClick(window.findChild<QPushButton*>(u"next"_s), Qt::LeftButton);
    QTest::mouseClick(window.findChild<QPushButton*>(u"next"_s), Qt::LeftButton);
    QVERIFY(page->showingSummary());
    // And back to one question at a time, on the first open one.
    QTest::mouseClick(window.findChild<QPushButton*>(u"reviewAnswers"_s), Qt::LeftButton);
    QCOMPARE(page->currentArea(), pack->categories[0].id);
    layout->setCurrentIndex(0);
    emit layout->activated(0);
    QVERIFY(!page->currentQuestion().isEmpty());
}

void TestWizard::switchingDatabaseMidQuestionKeepsTheNoteAndLetsGo()
{
    const QString first = m_dir.filePath(u"switch-a.sqlite"_s);
    const QString second = m_dir.filePath(u"switch-b.sqlite"_s);
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    MainWindow window(settingsFor(first, Language::English));
    QVERIFY(window.openDatabase(first));
    window.show();
    QVERIFY(startNewAssessment(window, *profile, u"ipa-self-check"_s));
    QuestionPage* page = window.questionPage();
    const qint64 id = page->assessmentId();
    QVERIFY(page->answer(u"yes"_s));
    const QString question = page->currentQuestion();
    auto* note = window.findChild<QPlainTextEdit*>(u"questionNote"_s);
    note->setFocus();
    QTest::keyClicks(note, u"typed, then another database"_s);
    window.applySettings(settingsFor(second, Language::English)); // at once, inside the typing pause
    QCOMPARE(window.store()->path(), second);
    QCOMPARE(page->assessmentId(), 0); // let go of the first database's assessment
    QCOMPARE(window.step(), MainWindow::Welcome);
    QVERIFY(!(window.findChild<QListWidget*>(u"steps"_s)->item(MainWindow::Questions)->flags() & Qt::ItemIsEnabled));
    auto reader = Store::open(first, Store::Mode::ReadOnly);
    QCOMPARE((*reader)->assessment(id)->answers.notes.value(question), u"typed, then another database"_s);
}

void TestWizard::noFirmWithoutAName()
{
    const QString db = m_dir.filePath(u"noname.sqlite"_s);
    MainWindow window(settingsFor(db, Language::English));
    QVERIFY(window.openDatabase(db));
    window.show();
    window.opener().setAsk([](const Diagnostic&, const QList<Recovery>&) { return std::optional(Recovery::Quit); });
    window.newAssessment(0); // the name is empty
    auto* steps = window.findChild<QListWidget*>(u"steps"_s);
    QVERIFY(!(steps->item(MainWindow::Assets)->flags() & Qt::ItemIsEnabled)); // not around Next either
    QTimer::singleShot(0, [] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            box->accept();
        }
    });
    QVERIFY(!window.startAssessment());
    QCOMPARE(window.step(), MainWindow::Company);
    QCOMPARE(window.store()->firms()->size(), std::size_t(0));
}

void TestWizard::aColleaguesChangeIsShownNotOverwritten()
{
    // 佐藤 has a question on screen when 鈴木 (a colleague on the same database; here the same
    // connection under another name) answers it. 佐藤's answer is then not written over 鈴木's:
    // the window says who changed it, and 佐藤 keeps theirs or replaces it. The change log shows both.
    const QString db = m_dir.filePath(u"conflict.sqlite"_s);
    const auto profile = loadProfile(Samples + u"micro-retail.profile.json"_s);
    QVERIFY(profile);
    AppSettings settings = settingsFor(db, Language::English);
    settings.consultantName = u"佐藤"_s;
    MainWindow window(settings);
    QVERIFY(window.openDatabase(db));
    window.show();
    QVERIFY(startNewAssessment(window, *profile, u"sme-guideline"_s));
    QuestionPage* page = window.questionPage();
    const qint64 id = page->assessmentId();
    const QString question = page->currentQuestion();
    Store& store = *window.store();
    QCOMPARE(store.actor(), u"佐藤"_s); // the settings' name
    const auto colleague = [&](const QString& choice) {
        store.setActor(u"鈴木"_s);
        const auto saved = store.saveAnswer(id, question, choice, u"鈴木のメモ"_s);
        store.setActor(u"佐藤"_s);
        return bool(saved);
    };
    // Answers a dialog the moment it opens, remembering what it said.
    QString said;
    const auto answerDialog = [&](const char* button) {
        QTimer::singleShot(0, [&said, button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box == nullptr || box->objectName() != u"answerConflict"_s) {
                return;
            }
            said = box->text() + u'\n' + box->informativeText();
            box->findChild<QPushButton*>(QString::fromLatin1(button))->click();
        });
    };

    QVERIFY(colleague(u"no"_s));
    answerDialog("keepTheirs");
    QVERIFY(!page->answer(u"yes"_s)); // the digit key's action; nothing written
    QVERIFY2(said.contains(u"鈴木 changed the answer to %1"_s.arg(question)), qPrintable(said));
    QVERIFY2(said.contains(u"Theirs: No — note: 鈴木のメモ"_s) && said.contains(u"Yours: Yes, we do this"_s),
             qPrintable(said));
    QCOMPARE(store.assessment(id)->answers.choices.value(question), u"no"_s);
    QCOMPARE(page->currentQuestion(), question); // still on it, showing theirs
    QCOMPARE(window.findChild<QPlainTextEdit*>(u"questionNote"_s)->toPlainText(), u"鈴木のメモ"_s);
    QCOMPARE(page->answered(), 1);

    // Having seen theirs, 佐藤's next answer is no conflict.
    said.clear();
    QVERIFY(page->answer(u"partial"_s));
    QVERIFY(said.isEmpty());
    QCOMPARE(store.assessment(id)->answers.choices.value(question), u"partial"_s);

    // 鈴木 changes it again; this time 佐藤 replaces it, knowingly.
    QVERIFY(colleague(u"yes"_s));
    answerDialog("replaceWithMine");
    QVERIFY(page->answer(u"no"_s));
    QVERIFY2(said.contains(u"Theirs: Yes, we do this"_s), qPrintable(said));
    QCOMPARE(store.assessment(id)->answers.choices.value(question), u"no"_s);

    // The firm's change log: who did what, in order.
    ChangeLogDialog log(store, m_packs, store.firms()->front().id, Language::English);
    QCOMPARE(log.rowCount(), 6); // added, started, 鈴木, 佐藤, 鈴木, 佐藤
    QCOMPARE(log.cellText(0, 3), u"Firm added: %1"_s.arg(profile->name));
    QCOMPARE(log.cellText(2, 1), u"鈴木 (%1)"_s.arg(store.login()));
    QCOMPARE(log.cellText(2, 3), u"%1: answered \"No\"; note: 鈴木のメモ"_s.arg(question));
    QCOMPARE(log.cellText(3, 1), u"佐藤 (%1)"_s.arg(store.login()));
    QCOMPARE(log.cellText(3, 3), u"%1: \"No\" changed to \"Partly\""_s.arg(question));
    QCOMPARE(log.cellText(5, 3), u"%1: \"Yes, we do this\" changed to \"No\""_s.arg(question));
    QVERIFY(log.cellText(5, 2).startsWith(u"#%1 "_s.arg(id)));
    auto* action = window.findChild<QAction*>(u"actionChangeLog"_s);
    QVERIFY(action->isEnabled());
}

void TestWizard::everyControlHasAnAccessibleName_data()
{
    QTest::addColumn<int>("step");
    QTest::newRow("welcome") << int(MainWindow::Welcome);
    QTest::newRow("company") << int(MainWindow::Company);
    QTest::newRow("it assets") << int(MainWindow::Assets);
    QTest::newRow("questions") << int(MainWindow::Questions);
    QTest::newRow("results") << int(MainWindow::Results);
    QTest::newRow("action plan") << int(MainWindow::Plan);
    QTest::newRow("matches") << int(MainWindow::Matches);
    QTest::newRow("report") << int(MainWindow::Report);
}

void TestWizard::everyControlHasAnAccessibleName()
{
    QFETCH(int, step);
    const QString db = m_dir.filePath(u"a11y.sqlite"_s);
    MainWindow window(settingsFor(db, Language::Japanese));
    QVERIFY(window.openDatabase(db));
    window.show();
    const auto profile = loadProfile(Samples + u"small-manufacturer.profile.json"_s);
    window.newAssessment(0);
    window.companyPage()->setProfile(*profile);
    window.assetsPage()->setProfile(*profile);
    if (step >= MainWindow::Questions) {
        QVERIFY(window.assetsPage()->choosePack(u"ipa-self-check"_s));
        QVERIFY(window.startAssessment());
        window.questionPage()->answer(u"yes"_s);
    }
    window.goTo(MainWindow::Step(step));
    QCOMPARE(int(window.step()), step);
    // Every control a keyboard can reach says what it is, to a screen reader: its own accessible
    // name, its text (buttons, check boxes), or the label that is its buddy.
    QSet<const QWidget*> labelled;
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->buddy()) {
            labelled.insert(label->buddy());
        }
    }
    QStringList unnamed;
    for (const QWidget* w : window.findChildren<QWidget*>()) {
        if (!w->isVisibleTo(&window) || w->focusPolicy() == Qt::NoFocus || !w->isEnabled()) {
            continue;
        }
        const bool scrollFrame = w->inherits("QAbstractScrollArea") && !w->inherits("QAbstractItemView") &&
                                 !w->inherits("QPlainTextEdit") && !w->inherits("QTextEdit");
        const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parent());
        const bool viewport = area && area->viewport() == w; // the area carries the name
        if (qobject_cast<const QScrollBar*>(w) || scrollFrame || viewport) {
            continue; // scrolling frames, not controls
        }
        if (w->inherits("QLineEdit") && w->parentWidget() &&
            (w->parentWidget()->inherits("QAbstractSpinBox") || w->parentWidget()->inherits("QComboBox"))) {
            continue; // the editor inside a spin box or combo box; the box carries the name
        }
        const auto* button = qobject_cast<const QAbstractButton*>(w);
        if (!w->accessibleName().isEmpty() || (button && !button->text().isEmpty()) || labelled.contains(w)) {
            continue;
        }
        unnamed.append(u"%1 (%2 in %3 %4)"_s.arg(w->objectName(), QString::fromLatin1(w->metaObject()->className()),
                                                 QString::fromLatin1(w->parent()->metaObject()->className()),
                                                 w->parent()->objectName()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
