#include "core/store.h"
#include "core/storesql.h"
#include "tests/testprofile.h"
#include "tests/teststores.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLockFile>
#include <QScopeGuard>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>
#include <thread>
#include <unistd.h>

using namespace mamori;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mamori::ErrorCode)

namespace {

QFileDevice::Permissions othersBits()
{
    return QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther |
           QFileDevice::WriteOther | QFileDevice::ExeOther;
}

// Makes a file the way a test needs it, then lets `edit` damage or alter it with plain SQLite.
void rawSql(const QString& path, const QStringList& statements)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString& s : statements) {
            QVERIFY2(q.exec(s), qPrintable(s));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private slots:
    void firmsAndProfileVersions();
    void answersAreSavedAndReadBack();
    void notesBeforeAnswersAreKept();
    void finishedAssessmentsRefuseAnswers();
    void staleWritesAreConflicts_data();
    void staleWritesAreConflicts();
    void unchangedWritesLeaveNoTrace();
    void changeLogRecordsWhoAndWhat();
    void firmsComeInPagesAndBySearch();
    void unknownIdsAreClearErrors();
    void fileStoreIsOwnerOnlyAndPersists();
    void tightensWiderPermissions();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void secondWriterIsRefusedReaderIsNot();
    void oneWriterPerFileHoweverItIsNamed_data();
    void oneWriterPerFileHoweverItIsNamed();
    void aWriterWaitsItsTurn();
    void databaseErrorsAreExplained_data();
    void databaseErrorsAreExplained();
    void aBusyFileIsSaidSo();
    void upgradesEveryEarlierSchema_data();
    void upgradesEveryEarlierSchema();
    void failedUpgradeChangesNothing();
    void resultsCacheFollowsTheAnswers();
    void serverRefusesAnotherProgramsDatabase();
    void serverSharesOneDatabaseBetweenWriters();
    void forEachAssessmentReadsEverything();
    void restoresABackupAndKeepsTheDamagedFile();
    void desktopAndCommandLineShareTheDefaultDatabase();
};

void TestStore::firmsAndProfileVersions()
{
    auto store = Store::open(test::testStoreLocation());
    QVERIFY(store);
    Store& s = **store;
    QCOMPARE(s.schemaVersion(), Store::SchemaVersion);
    const auto a = s.addFirm(firmProfile(u"あおば精機"_s, 35));
    const auto b = s.addFirm(firmProfile(u"Alpha Trading"_s, 4));
    QVERIFY(a && b);
    const auto list = s.firms();
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->at(0).name, u"Alpha Trading"_s); // by name
    QCOMPARE(list->at(1).id, *a);

    const auto first = s.firm(*a);
    QVERIFY(first);
    QCOMPARE(first->profile.employees, 35);
    QCOMPARE(first->profileVersions, 1);
    const auto started = s.startAssessment(*a, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(started);

    // A new profile version: the firm shows it, the earlier assessment keeps the one it began with.
    Profile grown = firmProfile(u"あおば精機"_s, 60);
    QVERIFY(s.updateProfile(*a, grown));
    const auto second = s.firm(*a);
    QVERIFY(second);
    QCOMPARE(second->profile.employees, 60);
    QCOMPARE(second->profileVersions, 2);
    const auto old = s.assessment(*started);
    QVERIFY(old);
    QCOMPARE(old->profile.employees, 35);
    QCOMPARE(s.firms()->at(1).assessments, 1);
}

void TestStore::answersAreSavedAndReadBack()
{
    auto store = Store::open(test::testStoreLocation());
    QVERIFY(store);
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"テスト"_s, 10));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    const auto saved = s.saveAnswer(id, u"q01"_s, u"yes"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().first().toString()));
    QVERIFY(s.saveAnswer(id, u"q02"_s, u"partial"_s, u"半分のPCのみ"_s));
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"no"_s)); // answering again replaces
    QVERIFY(s.saveAnswer(id, u"q03"_s, u"unknown"_s));
    QVERIFY(s.removeAnswer(id, u"q03"_s));
    const auto record = s.assessment(id);
    QVERIFY(record);
    QCOMPARE(record->packId, u"ipa-self-check"_s);
    QCOMPARE(record->packVersion, u"3.1.0"_s);
    QCOMPARE(record->status, AssessmentStatus::InProgress);
    QCOMPARE(record->answers.choices.size(), 2);
    QCOMPARE(record->answers.choices.value(u"q01"_s), u"no"_s);
    QCOMPARE(record->answers.notes.value(u"q02"_s), u"半分のPCのみ"_s);
    QCOMPARE(record->answerCount, 2);
    QVERIFY(record->updatedAt >= record->startedAt);
    const auto list = s.assessments(firm);
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(1));
    QCOMPARE(list->front().answerCount, 2);
}

void TestStore::notesBeforeAnswersAreKept()
{
    // A note typed before the choice is saved at once, is no answer anywhere, and stays with the
    // question through answering, taking the answer back and a migration.
    QTemporaryDir dir;
    const QString path = test::onServer() ? test::testStoreLocation() : dir.filePath(u"notes.sqlite"_s);
    qint64 firm = 0;
    qint64 id = 0;
    {
        auto store = Store::open(path);
        QVERIFY(store);
        firm = *(*store)->addFirm(firmProfile(u"メモ"_s, 10));
        id = *(*store)->startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
        QVERIFY((*store)->saveNote(id, u"q05"_s, u"社長に確認する"_s));
    } // Mamori closes before the question is answered
    auto store = Store::open(path);
    QVERIFY(store);
    Store& s = **store;
    auto record = s.assessment(id);
    QVERIFY(record);
    QCOMPARE(record->answers.notes.value(u"q05"_s), u"社長に確認する"_s);
    QVERIFY(!record->answers.choices.contains(u"q05"_s));
    QCOMPARE(record->answerCount, 0);
    QCOMPARE(s.assessments(firm)->front().answerCount, 0);
    QCOMPARE(s.firms()->front().assessments, 1);

    // Answered later: the choice joins the note (the GUI passes the note on screen).
    QVERIFY(s.saveAnswer(id, u"q05"_s, u"yes"_s, u"社長に確認する"_s));
    record = s.assessment(id);
    QCOMPARE(record->answers.choices.value(u"q05"_s), u"yes"_s);
    QCOMPARE(record->answerCount, 1);
    // Changing only the note leaves the choice.
    QVERIFY(s.saveNote(id, u"q05"_s, u"確認済み"_s));
    record = s.assessment(id);
    QCOMPARE(record->answers.choices.value(u"q05"_s), u"yes"_s);
    QCOMPARE(record->answers.notes.value(u"q05"_s), u"確認済み"_s);
    // Taking the answer back keeps the note; clearing the note then leaves nothing.
    QVERIFY(s.removeAnswer(id, u"q05"_s));
    record = s.assessment(id);
    QVERIFY(!record->answers.choices.contains(u"q05"_s));
    QCOMPARE(record->answers.notes.value(u"q05"_s), u"確認済み"_s);
    QCOMPARE(record->answerCount, 0);
    QVERIFY(s.saveNote(id, u"q05"_s, QString()));
    record = s.assessment(id);
    QVERIFY(!record->answers.notes.contains(u"q05"_s));

    // A migration carries a note of an unanswered question as well.
    QVERIFY(s.saveNote(id, u"q06"_s, u"見積もり待ち"_s));
    QVERIFY(s.saveAnswer(id, u"q07"_s, u"no"_s));
    record = s.assessment(id);
    const auto migrated = s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s, record->answers);
    QVERIFY(migrated);
    const auto copy = s.assessment(*migrated);
    QCOMPARE(copy->answers.notes.value(u"q06"_s), u"見積もり待ち"_s);
    QCOMPARE(copy->answers.choices.size(), 1);
    QCOMPARE(copy->answerCount, 1);
    // Reading everything at once (the batch re-scoring path) agrees.
    std::optional<AnswerSet> read;
    QVERIFY(s.forEachAssessment([&](const AssessmentRecord& r) {
        if (r.id == *migrated) {
            read = r.answers;
        }
        return true;
    }));
    QVERIFY(read);
    QCOMPARE(read->choices.size(), 1);
    QCOMPARE(read->notes.value(u"q06"_s), u"見積もり待ち"_s);
}

void TestStore::finishedAssessmentsRefuseAnswers()
{
    auto store = Store::open(test::testStoreLocation());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"x"_s, 3));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"yes"_s));
    QVERIFY(s.finishAssessment(id));
    const auto record = s.assessment(id);
    QCOMPARE(record->status, AssessmentStatus::Finished);
    QVERIFY(record->finishedAt.isValid());
    const auto late = s.saveAnswer(id, u"q02"_s, u"yes"_s);
    QVERIFY(!late);
    QCOMPARE(late.error().first().code, ErrorCode::Value);
    QVERIFY(late.error().first().message.contains(u"finished"_s));
    QCOMPARE(s.assessment(id)->answers.choices.size(), 1);
}

void TestStore::staleWritesAreConflicts_data()
{
    QTest::addColumn<QString>("write"); // what the second consultant does with what they read
    QTest::newRow("answer") << u"answer"_s;
    QTest::newRow("note") << u"note"_s;
    QTest::newRow("take back") << u"remove"_s;
}

void TestStore::staleWritesAreConflicts()
{
    // Two consultants read the same assessment; 佐藤 answers q01, then 鈴木, still looking at what they
    // read before, changes q01 too. 鈴木's write is refused and says who changed it; nothing of
    // 佐藤's is overwritten. Answers to other questions are no conflict. (On a server the two are
    // separate connections; tst_teamwork_pg does it with two processes.)
    QFETCH(QString, write);
    auto store = test::openTestStore();
    QVERIFY(store);
    Store& s = *store;
    const qint64 firm = *s.addFirm(firmProfile(u"テスト"_s, 10));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"no"_s, u"最初のメモ"_s));
    const AssessmentRecord read = *s.assessment(id);
    const qint64 seen = read.answers.revisions.value(u"q01"_s);
    QVERIFY(seen > 0);
    QCOMPARE(read.answers.revisions.value(u"q02"_s, 0), 0);

    s.setActor(u"佐藤"_s);
    const auto theirs = s.saveAnswer(id, u"q01"_s, u"yes"_s, u"最初のメモ"_s, seen);
    QVERIFY2(theirs, qPrintable(theirs ? QString() : theirs.error().first().toString()));
    QVERIFY(*theirs > seen);

    s.setActor(u"鈴木"_s);
    const auto mine = write == u"answer"_s ? s.saveAnswer(id, u"q01"_s, u"partial"_s, {}, seen)
                      : write == u"note"_s ? s.saveNote(id, u"q01"_s, u"上書きしたいメモ"_s, seen)
                                           : s.removeAnswer(id, u"q01"_s, seen);
    QVERIFY(!mine);
    QCOMPARE(mine.error().first().code, ErrorCode::Conflict);
    const QString message = mine.error().first().message;
    QVERIFY2(message.contains(u"佐藤"_s) && message.contains(u"q01"_s) && message.contains(u"\"yes\""_s),
             qPrintable(message));
    const auto now = s.assessment(id);
    QCOMPARE(now->answers.choices.value(u"q01"_s), u"yes"_s);
    QCOMPARE(now->answers.notes.value(u"q01"_s), u"最初のメモ"_s);
    QCOMPARE(now->revision, *theirs); // the refused write took no revision

    // What a screen shows to settle it: the stored answer, who and when.
    const auto stored = s.storedAnswer(id, u"q01"_s);
    QVERIFY(stored);
    QCOMPARE(stored->choice, u"yes"_s);
    QCOMPARE(stored->revision, *theirs);
    QCOMPARE(stored->changedBy, u"佐藤"_s);
    QVERIFY(stored->changedAt.isValid());
    // Having seen it, 鈴木 may still replace it, naming the revision now read.
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"partial"_s, {}, stored->revision));
    QCOMPARE(s.assessment(id)->answers.choices.value(u"q01"_s), u"partial"_s);

    // A question nobody had answered is revision 0; someone answering it first makes 0 stale.
    QVERIFY(s.saveAnswer(id, u"q02"_s, u"yes"_s, {}, 0));
    const auto late = s.saveAnswer(id, u"q02"_s, u"no"_s, {}, 0);
    QVERIFY(!late);
    QCOMPARE(late.error().first().code, ErrorCode::Conflict);
    // Answers to different questions from the same stale read are both kept.
    QVERIFY(s.saveAnswer(id, u"q03"_s, u"yes"_s, {}, read.answers.revisions.value(u"q03"_s, 0)));
    QVERIFY(s.saveAnswer(id, u"q04"_s, u"no"_s, {}, read.answers.revisions.value(u"q04"_s, 0)));
    QCOMPARE(s.assessment(id)->answerCount, 4);
}

void TestStore::unchangedWritesLeaveNoTrace()
{
    // Saving what is already stored (the GUI saves the note on every page change) is not a change: no
    // new revision, no log entry, the cached result stays.
    auto store = test::openTestStore();
    QVERIFY(store);
    Store& s = *store;
    const qint64 firm = *s.addFirm(firmProfile(u"テスト"_s, 10));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    const qint64 revision = *s.saveAnswer(id, u"q01"_s, u"yes"_s, u"メモ"_s);
    const auto before = s.assessment(id);
    QVERIFY(*s.saveResult(id, before->updatedAt, StoredResult{u"d"_s, 50, {}, 1, 25, {}, {}}));
    const std::size_t entries = s.assessmentChanges(id)->size();
    QCOMPARE(*s.saveAnswer(id, u"q01"_s, u"yes"_s, u"メモ"_s, revision), revision);
    QCOMPARE(*s.saveNote(id, u"q01"_s, u"メモ"_s), revision);
    QCOMPARE(*s.removeAnswer(id, u"q02"_s), 0); // nothing there to take back
    const auto after = s.assessment(id);
    QCOMPARE(after->revision, before->revision);
    QCOMPARE(after->updatedAt, before->updatedAt);
    QVERIFY(after->result);
    QCOMPARE(s.assessmentChanges(id)->size(), entries);
}

void TestStore::changeLogRecordsWhoAndWhat()
{
    auto store = test::openTestStore();
    QVERIFY(store);
    Store& s = *store;
    // The login is what the database knows: the server's role, or this PC's user.
    QVERIFY(!s.login().isEmpty());
    if (test::onServer()) {
        QCOMPARE(s.login(), u"mamori"_s);
    }
    QCOMPARE(s.actor(), s.login()); // no name given yet
    const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
    const qint64 firm = *s.addFirm(firmProfile(u"あおば精機"_s, 35));
    s.setActor(u"  佐藤 花子 "_s);
    QCOMPARE(s.actor(), u"佐藤 花子"_s);
    QVERIFY(s.updateProfile(firm, firmProfile(u"あおば精機"_s, 48)));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveNote(id, u"q01"_s, u"社長に確認"_s));
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"partial"_s, u"社長に確認"_s));
    s.setActor(u"Suzuki"_s);
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"yes"_s, u"確認済み"_s));
    QVERIFY(s.removeAnswer(id, u"q01"_s));
    QVERIFY(s.saveNote(id, u"q01"_s, {}));
    QVERIFY(s.finishAssessment(id));

    const auto log = s.assessmentChanges(id);
    QVERIFY(log);
    struct Expected
    {
        ChangeKind kind;
        QString actor;
        QString choice;
        QString previousChoice;
        QString note;
        QString previousNote;
    };
    const std::vector<Expected> expected{
        {ChangeKind::Started, u"佐藤 花子"_s, {}, {}, {}, {}},
        {ChangeKind::NoteChanged, u"佐藤 花子"_s, {}, {}, u"社長に確認"_s, {}},
        {ChangeKind::Answered, u"佐藤 花子"_s, u"partial"_s, {}, u"社長に確認"_s, u"社長に確認"_s},
        {ChangeKind::Answered, u"Suzuki"_s, u"yes"_s, u"partial"_s, u"確認済み"_s, u"社長に確認"_s},
        {ChangeKind::AnswerRemoved, u"Suzuki"_s, {}, u"yes"_s, u"確認済み"_s, u"確認済み"_s},
        {ChangeKind::NoteChanged, u"Suzuki"_s, {}, {}, {}, u"確認済み"_s},
        {ChangeKind::Finished, u"Suzuki"_s, {}, {}, {}, {}},
    };
    QCOMPARE(log->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const ChangeRecord& c = log->at(i);
        const Expected& e = expected[i];
        QCOMPARE(changeKindId(c.kind), changeKindId(e.kind));
        QCOMPARE(c.actor, e.actor);
        QCOMPARE(c.login, s.login());
        QCOMPARE(c.firmId, firm);
        QCOMPARE(c.assessmentId, id);
        QCOMPARE(c.choice, e.choice);
        QCOMPARE(c.previousChoice, e.previousChoice);
        QCOMPARE(c.note, e.note);
        QCOMPARE(c.previousNote, e.previousNote);
        QCOMPARE(c.questionId, i == 0 || i == 6 ? QString() : u"q01"_s);
        QVERIFY(c.at >= start && c.at <= QDateTime::currentDateTimeUtc());
        QVERIFY(i == 0 || c.at >= log->at(i - 1).at);
    }
    QCOMPARE(log->front().detail, u"ipa-self-check 3.1.0"_s);
    // The firm's log adds its own entries (added, profile saved) to its assessments'.
    const auto firmLog = s.firmChanges(firm);
    QVERIFY(firmLog);
    QCOMPARE(firmLog->size(), expected.size() + 2);
    QCOMPARE(firmLog->at(0).kind, ChangeKind::FirmAdded);
    QCOMPARE(firmLog->at(0).actor, s.login());
    QCOMPARE(firmLog->at(0).detail, u"あおば精機"_s);
    QCOMPARE(firmLog->at(1).kind, ChangeKind::ProfileSaved);
    QCOMPARE(firmLog->at(1).actor, u"佐藤 花子"_s);
    QCOMPARE(firmLog->at(1).detail, QString::number(s.firm(firm)->profileId));
    // Ids of kinds are what the database and JSON keep; each reads back.
    for (const ChangeRecord& c : *firmLog) {
        QCOMPARE(changeKindFromId(changeKindId(c.kind)), std::optional<ChangeKind>(c.kind));
    }
    QVERIFY(!changeKindFromId(u"bogus"_s));
}

void TestStore::firmsComeInPagesAndBySearch()
{
    auto store = test::openTestStore();
    QVERIFY(store);
    Store& s = *store;
    for (int i = 1; i <= 25; ++i) {
        QVERIFY(s.addFirm(firmProfile(u"会社 %1"_s.arg(i, 2, 10, QChar(u'0')), i)));
    }
    QVERIFY(s.addFirm(firmProfile(u"Alpha Trading"_s, 3)));
    QVERIFY(s.addFirm(firmProfile(u"alpha_beta 100%"_s, 3)));
    QCOMPARE(*s.firmCount(), 27);
    QCOMPARE(*s.firmCount(u"会社"_s), 25);

    // Pages in name order, none twice, none left out.
    QStringList seen;
    for (int offset = 0; offset < 30; offset += 10) {
        const auto page = s.firms(FirmQuery{{}, offset, 10});
        QVERIFY(page);
        QCOMPARE(page->size(), std::size_t(offset < 20 ? 10 : 7));
        for (const FirmSummary& f : *page) {
            seen.append(f.name);
        }
    }
    QCOMPARE(seen.size(), 27);
    QStringList sorted = seen;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(seen, sorted); // code-point order on both databases
    QCOMPARE(seen.first(), u"Alpha Trading"_s);

    // Search: any case (ASCII), anywhere in the name, and % and _ are what they say.
    const auto names = [&](const QString& search) {
        QStringList out;
        const auto found = s.firms(FirmQuery{search, 0, 0}); // kept: the loop must not outlive it
        for (const FirmSummary& f : *found) {
            out.append(f.name);
        }
        return out;
    };
    QCOMPARE(names(u"ALPHA"_s), (QStringList{u"Alpha Trading"_s, u"alpha_beta 100%"_s}));
    QCOMPARE(names(u"100%"_s), QStringList{u"alpha_beta 100%"_s});
    QCOMPARE(names(u"a_b"_s), QStringList{u"alpha_beta 100%"_s});
    QCOMPARE(names(u"%"_s), QStringList{u"alpha_beta 100%"_s});
    QCOMPARE(names(u"社 0"_s).size(), 9);
    QVERIFY(names(u"存在しない"_s).isEmpty());
    QCOMPARE(s.firms(FirmQuery{u"会社"_s, 20, 10})->size(), std::size_t(5));
}

void TestStore::unknownIdsAreClearErrors()
{
    auto store = Store::open(test::testStoreLocation());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
    Store& s = **store;
    const auto noFirm = s.firm(42);
    QVERIFY(!noFirm);
    QCOMPARE(noFirm.error().first().code, ErrorCode::Reference);
    QVERIFY(noFirm.error().first().message.contains(u"no firm 42"_s));
    QVERIFY(!s.startAssessment(42, u"ipa-self-check"_s, u"3.1.0"_s));
    const auto noAssessment = s.saveAnswer(7, u"q01"_s, u"yes"_s);
    QVERIFY(!noAssessment);
    QVERIFY(noAssessment.error().first().message.contains(u"no assessment 7"_s));
    QVERIFY(!s.updateProfile(9, firmProfile(u"x"_s, 1)));
}

void TestStore::fileStoreIsOwnerOnlyAndPersists()
{
    MAMORI_SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"new/data"_s);
    const QString path = folder + u"/mamori.sqlite"_s;
    qint64 firm = 0;
    {
        auto store = Store::open(path);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
        firm = *(*store)->addFirm(firmProfile(u"永続テスト"_s, 8));
        QVERIFY(QFile::exists(path + u"-wal"_s)); // WAL journal
        QCOMPARE(QFile::permissions(path) & othersBits(), QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(folder) & othersBits(), QFileDevice::Permissions());
    }
    auto again = Store::open(path);
    QVERIFY(again);
    QCOMPARE((*again)->firm(firm)->profile.name, u"永続テスト"_s);
    QCOMPARE(*(*again)->integrityCheck(), u"ok"_s);
}

void TestStore::tightensWiderPermissions()
{
    MAMORI_SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"open.sqlite"_s);
    QVERIFY(Store::open(path));
    QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther | QFileDevice::ReadGroup));
    QVERIFY(Store::open(path));
    QCOMPARE(QFile::permissions(path) & othersBits(), QFileDevice::Permissions());
    // The folder the user chose is theirs: its permissions stay as they were.
    const QFileDevice::Permissions shared = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                            QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(dir.path(), shared));
    QVERIFY(Store::open(path));
    QCOMPARE(QFile::permissions(dir.path()) & othersBits(), shared & othersBits());
}

void TestStore::refusesBadFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << u"text"_s << ErrorCode::Corrupt << u"is not a database"_s;
    QTest::newRow("another program's database") << u"foreign"_s << ErrorCode::Foreign << u"another program"_s;
    QTest::newRow("newer Mamori") << u"newer"_s << ErrorCode::Newer << u"newer Mamori (schema 99"_s;
    QTest::newRow("damaged") << u"damaged"_s << ErrorCode::Corrupt << u"damaged"_s;
    QTest::newRow("folder") << u"folder"_s << ErrorCode::Io << u"folder"_s;
    QTest::newRow("table dropped") << u"dropped"_s << ErrorCode::Corrupt << u"lost its table \"answers\""_s;
    QTest::newRow("locked by another program")
        << u"sqlite-lock"_s << ErrorCode::Locked << u"locked by another program"_s;
}

void TestStore::refusesBadFiles()
{
    MAMORI_SKIP_ON_SERVER();
    QFETCH(QString, kind);
    QFETCH(ErrorCode, code);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bad.sqlite"_s);
    if (kind == u"text"_s) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,name\n1,not a database\n");
    } else if (kind == u"foreign"_s) {
        rawSql(path, {u"CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"_s});
    } else if (kind == u"newer"_s) {
        QVERIFY(Store::open(path));
        rawSql(path, {u"UPDATE schema_version SET version = 99"_s});
    } else if (kind == u"damaged"_s) {
        {
            auto store = Store::open(path);
            QVERIFY(store);
            QVERIFY((*store)->addFirm(firmProfile(u"x"_s, 3)));
        }
        rawSql(path, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // keep the 100-byte header, ruin the schema page behind it
        f.write(QByteArray(3000, '\x5a'));
    } else if (kind == u"dropped"_s) {
        QVERIFY(Store::open(path));
        rawSql(path, {u"DROP TABLE answers"_s});
    } else if (kind == u"sqlite-lock"_s) {
        QVERIFY(Store::open(path));
    } else {
        QVERIFY(QDir().mkpath(path));
    }
    // Another program (not a Mamori, so no lock file) in the middle of a write transaction.
    QSqlDatabase holder;
    if (kind == u"sqlite-lock"_s) {
        holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery q(holder);
        QVERIFY(q.exec(u"PRAGMA journal_mode=DELETE"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
    }
    const auto release = qScopeGuard([&] {
        if (holder.isOpen()) {
            holder.rollback();
            holder.close();
        }
        holder = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"holder"_s);
    });
    const QByteArray before = QFileInfo(path).isFile() ? [&] {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }() : QByteArray();
    const auto store = Store::open(path);
    QVERIFY(!store);
    const Diagnostic& d = store.error().first();
    QCOMPARE(d.code, code);
    QCOMPARE(d.file, path);
    QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
    // Refusing a file never changes it.
    if (!before.isEmpty()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
}

void TestStore::secondWriterIsRefusedReaderIsNot()
{
    MAMORI_SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"shared.sqlite"_s);
    auto first = Store::open(path);
    QVERIFY(first);
    QVERIFY((*first)->addFirm(firmProfile(u"共有"_s, 5)));
    const auto second = Store::open(path);
    QVERIFY(!second);
    QCOMPARE(second.error().first().code, ErrorCode::Locked);
    QVERIFY(second.error().first().message.contains(u"open the database read-only"_s));
    auto reader = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().first().toString()));
    QCOMPARE((*reader)->firms()->size(), std::size_t(1));
    QVERIFY(!(*reader)->addFirm(firmProfile(u"書けない"_s, 1)));
    first->reset();
    QVERIFY(Store::open(path)); // the lock went with the first writer
}

void TestStore::oneWriterPerFileHoweverItIsNamed_data()
{
    QTest::addColumn<QString>("spelling");
    QTest::newRow("the same path") << u"same"_s;
    QTest::newRow("relative, with ./") << u"dot"_s;
    QTest::newRow("a/../") << u"dotdot"_s;
    QTest::newRow("a symbolic link") << u"symlink"_s;
    QTest::newRow("a link to the folder") << u"folderlink"_s;
    QTest::newRow("a hard link") << u"hardlink"_s;
}

void TestStore::oneWriterPerFileHoweverItIsNamed()
{
    MAMORI_SKIP_ON_SERVER();
    QFETCH(QString, spelling);
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"sub"_s)));
    const QString path = dir.filePath(u"shared.sqlite"_s);
    auto first = Store::open(path);
    QVERIFY(first);
    QString other = path;
    if (spelling == u"dot"_s) {
        const QString cwd = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        other = u"./shared.sqlite"_s;
        const auto back = qScopeGuard([cwd] { QDir::setCurrent(cwd); });
        const auto second = Store::open(other);
        QVERIFY(!second);
        QCOMPARE(second.error().first().code, ErrorCode::Locked);
        return;
    }
    if (spelling == u"dotdot"_s) {
        other = dir.filePath(u"sub/../shared.sqlite"_s);
    } else if (spelling == u"symlink"_s) {
        other = dir.filePath(u"sub/link.sqlite"_s);
        QVERIFY(QFile::link(path, other));
    } else if (spelling == u"folderlink"_s) {
        QVERIFY(QFile::link(dir.path(), dir.filePath(u"alias"_s)));
        other = dir.filePath(u"alias/shared.sqlite"_s);
    } else if (spelling == u"hardlink"_s) {
        other = dir.filePath(u"sub/hard.sqlite"_s);
        QVERIFY(QFile::link(path, other) && QFile::remove(other)); // (a name that is free)
        QCOMPARE(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()), 0);
    }
    QCOMPARE(Store::lockFileFor(other), Store::lockFileFor(path));
    if (spelling == u"hardlink"_s) {
        // SQLite would keep a journal under each name: a second name is refused outright, either way.
        for (const auto mode : {Store::Mode::ReadWrite, Store::Mode::ReadOnly}) {
            const auto refused = Store::open(other, mode);
            QVERIFY(!refused);
            QVERIFY2(refused.error().first().message.contains(u"2 names (hard links)"_s),
                     qPrintable(refused.error().first().toString()));
        }
        return;
    }
    const auto second = Store::open(other);
    QVERIFY(!second);
    QCOMPARE(second.error().first().code, ErrorCode::Locked);
    const auto reader = Store::open(other, Store::Mode::ReadOnly); // reading is always possible
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error().first().toString()));
}

void TestStore::aWriterWaitsItsTurn()
{
    MAMORI_SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"turns.sqlite"_s);
    auto first = Store::open(path);
    QVERIFY(first);
    // A writer that waits less than the first one keeps the file is refused, and says how long it waited.
    const auto impatient = Store::open(path, Store::Mode::ReadWrite, 300);
    QVERIFY(!impatient);
    QCOMPARE(impatient.error().first().code, ErrorCode::Locked);
    QVERIFY2(impatient.error().first().message.contains(u"did not finish within 0.3 seconds"_s),
             qPrintable(impatient.error().first().message));
    // One that waits long enough gets its turn when the first closes the file.
    bool opened = false;
    qint64 waited = 0;
    std::thread second([&] {
        QElapsedTimer clock;
        clock.start();
        auto store = Store::open(path, Store::Mode::ReadWrite, Store::WriterWaitMs);
        waited = clock.elapsed();
        opened = store && (*store)->addFirm(firmProfile(u"二番目"_s, 2));
    });
    QThread::msleep(600);
    QVERIFY((*first)->addFirm(firmProfile(u"一番目"_s, 1)));
    first->reset();
    second.join();
    QVERIFY(opened);
    QVERIFY2(waited >= 500, qPrintable(QString::number(waited)));
    QCOMPARE((*Store::open(path, Store::Mode::ReadOnly))->firms()->size(), std::size_t(2));
}

void TestStore::databaseErrorsAreExplained_data()
{
    QTest::addColumn<QString>("native"); // SQLite's result code, or a server's SQLSTATE
    QTest::addColumn<QString>("said");
    QTest::newRow("busy") << u"5"_s << u"another program kept the file busy"_s;
    QTest::newRow("locked") << u"6"_s << u"another program kept the file busy"_s;
    QTest::newRow("busy, extended code") << u"517"_s << u"another program kept the file busy"_s;
    QTest::newRow("read-only") << u"8"_s << u"cannot be written"_s;
    QTest::newRow("read-only, extended code") << u"1032"_s << u"cannot be written"_s;
    QTest::newRow("disk full") << u"13"_s << u"the disk is full"_s;
    QTest::newRow("I/O error") << u"10"_s << u"the disk reported an error"_s;
    QTest::newRow("damaged") << u"11"_s << u"the file is damaged"_s;
    QTest::newRow("not a database") << u"26"_s << u"the file is damaged"_s;
    QTest::newRow("cannot open") << u"14"_s << u"cannot be opened"_s;
    QTest::newRow("anything else, as it came") << u"1"_s << u"raw message"_s;
    QTest::newRow("a server's SQLSTATE, as it came") << u"23505"_s << u"raw message"_s;
}

void TestStore::databaseErrorsAreExplained()
{
    QFETCH(QString, native);
    QFETCH(QString, said);
    const QSqlError error(u"Unable to fetch row"_s, u"raw message"_s, QSqlError::StatementError, native);
    const QString text = storesql::explain(error);
    QVERIFY2(text.contains(said), qPrintable(text));
    if (said != u"raw message"_s) {
        QVERIFY2(!text.contains(u"Unable to fetch row"_s), qPrintable(text));
    }
}

void TestStore::aBusyFileIsSaidSo()
{
    MAMORI_SKIP_ON_SERVER();
    // Another program holds a write transaction on the file (the lock keeps out other Mamoris, not
    // every program): the write waits, then says what happened and names the file.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"busy.sqlite"_s);
    auto store = Store::open(path);
    QVERIFY(store);
    const qint64 firm = *(*store)->addFirm(firmProfile(u"忙しい会社"_s, 3));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        const auto refused = (*store)->updateProfile(firm, firmProfile(u"忙しい会社2"_s, 3));
        QVERIFY(!refused);
        const QString said = refused.error().first().toString();
        QVERIFY2(said.startsWith(path + u": "_s) && said.contains(u"another program kept the file busy"_s),
                 qPrintable(said));
        QVERIFY2(!said.contains(u"database is locked"_s), qPrintable(said));
        QVERIFY(q.exec(u"ROLLBACK"_s));
        q.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-program"_s);
    QVERIFY((*store)->updateProfile(firm, firmProfile(u"忙しい会社2"_s, 3)));
}

void TestStore::upgradesEveryEarlierSchema_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<int>("version");
    // One fixture per schema version ever released (tests/data/store/make-fixture.py), all with the same
    // content; each must open in this Mamori with nothing lost.
    const QDir dir(QStringLiteral(MAMORI_TEST_DATA_DIR "/store"));
    const QStringList files = dir.entryList({u"v*.sqlite"_s}, QDir::Files, QDir::Name);
    QCOMPARE(files.size(), Store::SchemaVersion); // a new schema version comes with its fixture
    for (const QString& file : files) {
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << file.mid(1, file.indexOf(u'.') - 1).toInt();
    }
}

void TestStore::upgradesEveryEarlierSchema()
{
    MAMORI_SKIP_ON_SERVER();
    QFETCH(QString, fixture);
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mamori.sqlite"_s);
    QVERIFY(QFile::copy(fixture, path));
    {
        // Read-only cannot upgrade, and says so.
        const auto readOnly = Store::open(path, Store::Mode::ReadOnly);
        if (version < Store::SchemaVersion) {
            QVERIFY(!readOnly);
            QVERIFY2(readOnly.error().first().message.contains(u"older schema"_s),
                     qPrintable(readOnly.error().first().toString()));
        } else {
            QVERIFY(readOnly);
        }
    }
    auto store = Store::open(path);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
    Store& s = **store;
    QCOMPARE(s.schemaVersion(), Store::SchemaVersion);
    QCOMPARE(*s.integrityCheck(), u"ok"_s);
    const QStringList backups = QDir(dir.path()).entryList({u"mamori.sqlite.bak-v*"_s}, QDir::Files);
    if (version < Store::SchemaVersion) {
        QCOMPARE(backups.size(), 1);
        QVERIFY(backups.first().startsWith(u"mamori.sqlite.bak-v%1-"_s.arg(version)));
        // The copy is the database as it was: the old schema, every answer.
        const QString copy = dir.filePath(backups.first());
        QCOMPARE(QFile::permissions(copy) & othersBits(), QFileDevice::Permissions());
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT (SELECT version FROM schema_version), (SELECT count(*) FROM answers), "
                           "(SELECT count(*) FROM profiles)"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), version);
            QCOMPARE(q.value(1).toInt(), 55);
            QCOMPARE(q.value(2).toInt(), 3);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"backup"_s);
    } else {
        QVERIFY(backups.isEmpty());
    }

    // The fixture's content, all of it (make-fixture.py).
    const auto firms = s.firms();
    QVERIFY(firms);
    QCOMPARE(firms->size(), std::size_t(2));
    QSet<QString> uids;
    for (const FirmSummary& f : *firms) {
        QCOMPARE(f.uid.size(), 36);
        uids.insert(f.uid);
    }
    const auto manufacturer = s.firm(1);
    QVERIFY(manufacturer);
    QCOMPARE(manufacturer->profileVersions, 2);
    QCOMPARE(manufacturer->profile.employees, 48);
    const auto list = s.assessments(1);
    QVERIFY(list);
    QCOMPARE(list->size(), std::size_t(2));
    QCOMPARE(list->at(0).status, AssessmentStatus::Finished);
    QCOMPARE(list->at(0).answerCount, 25);
    QCOMPARE(list->at(1).answerCount, 10);
    int answers = 0;
    int notes = 0;
    QVERIFY(s.forEachAssessment([&](const AssessmentRecord& r) {
        uids.insert(r.uid);
        answers += int(r.answers.choices.size());
        notes += int(r.answers.notes.size());
        return true;
    }));
    QCOMPARE(answers, 55);
    QCOMPARE(notes, 7);
    QCOMPARE(uids.size(), 5); // 2 firms + 3 assessments, all distinct
    const auto first = s.assessment(1);
    QVERIFY(first);
    QCOMPARE(first->profile.employees, 35); // the profile version it was made with
    QVERIFY(first->answers.notes.value(u"q01"_s).contains(u"制御用パソコン"_s));
    // Every answer has a revision no later than its assessment's; the change log begins with schema 3.
    QCOMPARE(first->answers.revisions.size(), 25);
    for (const qint64 revision : first->answers.revisions) {
        QVERIFY(revision >= 1 && revision <= first->revision);
    }
    const auto log = s.assessmentChanges(1);
    QVERIFY(log);
    QCOMPARE(log->size(), std::size_t(version >= 3 ? 27 : 0)); // started, 25 answers, finished

    // And it works as a database of this version: a write names the revision it read.
    const auto open = s.assessment(2);
    const auto answered = s.saveAnswer(2, u"q11"_s, u"yes"_s, {}, open->answers.revisions.value(u"q11"_s, 0));
    QVERIFY2(answered, qPrintable(answered ? QString() : answered.error().first().toString()));
    QCOMPARE(*answered, open->revision + 1);
    QCOMPARE(s.assessmentChanges(2)->back().kind, ChangeKind::Answered);
    QVERIFY(s.addFirm(firmProfile(u"新しい会社"_s, 5)));
}

void TestStore::failedUpgradeChangesNothing()
{
    MAMORI_SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mamori.sqlite"_s);
    QVERIFY(QFile::copy(QStringLiteral(MAMORI_TEST_DATA_DIR "/store/v1.sqlite"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // A v1 database that already has the column the upgrade adds: the step fails half-way.
    rawSql(path, {u"ALTER TABLE assessments ADD COLUMN uid TEXT"_s});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const auto store = Store::open(path);
    QVERIFY(!store);
    const QString message = store.error().first().message;
    QVERIFY2(message.contains(u"nothing was changed"_s) && message.contains(u".bak-v1-"_s), qPrintable(message));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    file.close();
    // The step that ran before the failing one (firms.uid) was rolled back with it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"SELECT uid FROM firms"_s));
        QVERIFY(q.exec(u"SELECT version FROM schema_version"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
}

void TestStore::serverRefusesAnotherProgramsDatabase()
{
    if (!test::onServer()) {
        QSKIP("PostgreSQL only; refusesBadFiles covers SQLite");
    }
    const QString url = test::newPgDatabase();
    {
        QSqlDatabase other = test::pgConnection(u"other-program"_s, url.section(u'/', 3).section(u'?', 0, 0));
        QVERIFY(other.open());
        QSqlQuery q(other);
        QVERIFY(q.exec(u"CREATE TABLE invoices (id integer PRIMARY KEY)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-program"_s);
    const auto opened = Store::open(url);
    QVERIFY(!opened);
    QCOMPARE(opened.error().first().code, ErrorCode::Foreign);
    // Nothing of Mamori's was written into it.
    QVERIFY(!Store::open(url));
}

void TestStore::serverSharesOneDatabaseBetweenWriters()
{
    if (!test::onServer()) {
        QSKIP("PostgreSQL only; secondWriterIsRefusedReaderIsNot covers SQLite's single writer");
    }
    // Two consultants' Mamori on one database: both write, each sees the other's work at once; a
    // read-only session is refused writes by the server. The password is never part of the URL.
    const QString url = test::newPgDatabase();
    auto first = Store::open(url);
    QVERIFY2(first, qPrintable(first ? QString() : first.error().first().toString()));
    auto second = Store::open(url);
    QVERIFY(second);
    // Named in messages by its URL, socket folder and all.
    QVERIFY2((*second)->path().startsWith(u"postgresql://mamori@:54329/mamori_t"_s), qPrintable((*second)->path()));
    QVERIFY((*second)->path().contains(u"host="_s + test::pgSocket()));
    const qint64 a = *(*first)->addFirm(firmProfile(u"Alpha Trading"_s, 12));
    const qint64 b = *(*second)->addFirm(firmProfile(u"あおば精機"_s, 35));
    QVERIFY(a != b);
    QCOMPARE((*first)->firms()->size(), std::size_t(2));
    QCOMPARE((*first)->firms()->front().name, u"Alpha Trading"_s); // code-point order, as SQLite sorts
    const qint64 id = *(*first)->startAssessment(b, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY((*second)->saveAnswer(id, u"q01"_s, u"yes"_s));
    QCOMPARE((*first)->assessment(id)->answers.choices.value(u"q01"_s), u"yes"_s);
    auto reader = Store::open(url, Store::Mode::ReadOnly);
    QVERIFY(reader);
    QCOMPARE((*reader)->firms()->size(), std::size_t(2));
    QVERIFY(!(*reader)->addFirm(firmProfile(u"x"_s, 1)));
    QVERIFY(!(*reader)->saveAnswer(id, u"q02"_s, u"no"_s));
    QCOMPARE((*first)->assessment(id)->answerCount, 1);
}

void TestStore::resultsCacheFollowsTheAnswers()
{
    auto store = Store::open(test::testStoreLocation());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
    Store& s = **store;
    const qint64 firm = *s.addFirm(firmProfile(u"x"_s, 3));
    const qint64 id = *s.startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(id, u"q01"_s, u"yes"_s));
    const QDateTime read = s.assessment(id)->updatedAt;
    StoredResult r;
    r.packDigest = u"abc"_s;
    r.score = 42.5;
    r.level = u"insufficient"_s;
    r.answered = 1;
    r.applicable = 25;
    r.categories = {{u"basic"_s, 50.0}, {u"staff"_s, 40.0}};
    QCOMPARE(*s.saveResult(id, read, r), true);
    auto cached = s.assessments(firm)->front().result;
    QVERIFY(cached);
    QCOMPARE(cached->packDigest, u"abc"_s);
    QCOMPARE(cached->score, 42.5);
    // A score keeps every bit of its double (PostgreSQL's real would keep only six digits).
    r.score = 100.0 / 3.0;
    QTest::qWait(2);
    QVERIFY(s.saveAnswer(id, u"q03"_s, u"yes"_s));
    QVERIFY(*s.saveResult(id, s.assessment(id)->updatedAt, r));
    QCOMPARE(s.assessment(id)->result->score, 100.0 / 3.0);
    r.score = 42.5;
    QCOMPARE(cached->level, u"insufficient"_s);
    QCOMPARE(cached->applicable, 25);
    QCOMPARE(cached->categories.size(), std::size_t(2));
    QCOMPARE(cached->categories[1].first, u"staff"_s);
    QCOMPARE(cached->categories[1].second, 40.0);
    QVERIFY(s.assessment(id)->result);

    // An answer drops the result; one computed before that answer is not stored.
    QTest::qWait(2);
    QVERIFY(s.saveAnswer(id, u"q02"_s, u"no"_s));
    QVERIFY(!s.assessment(id)->result);
    QCOMPARE(*s.saveResult(id, read, r), false);
    QVERIFY(!s.assessment(id)->result);
    QVERIFY(*s.saveResult(id, s.assessment(id)->updatedAt, r));
    QTest::qWait(2);
    QVERIFY(s.removeAnswer(id, u"q02"_s));
    QVERIFY(!s.assessment(id)->result);

    // A pack without levels gives no level: still a result to keep.
    StoredResult plain;
    plain.packDigest = u"def"_s;
    const auto saved = s.saveResult(id, s.assessment(id)->updatedAt, plain);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().first().toString()));
    QVERIFY(*saved);
    QCOMPARE(s.assessment(id)->result->level, QString());
}

void TestStore::forEachAssessmentReadsEverything()
{
    auto store = Store::open(test::testStoreLocation());
    QVERIFY2(store, qPrintable(store ? QString() : store.error().first().toString()));
    Store& s = **store;
    const qint64 a = *s.addFirm(firmProfile(u"a"_s, 3));
    const qint64 b = *s.addFirm(firmProfile(u"b"_s, 30));
    std::vector<qint64> ids;
    for (int i = 0; i < 4; ++i) {
        ids.push_back(*s.startAssessment(i % 2 ? b : a, u"ipa-self-check"_s, u"3.1.0"_s));
    }
    // Assessment 2 (index 1) has no answers: the merge must not shift the others' answers onto it.
    QVERIFY(s.saveAnswer(ids[0], u"q01"_s, u"yes"_s));
    QVERIFY(s.saveAnswer(ids[2], u"q01"_s, u"no"_s, u"メモ"_s));
    QVERIFY(s.saveAnswer(ids[2], u"q02"_s, u"partial"_s));
    QVERIFY(s.saveAnswer(ids[3], u"q05"_s, u"unknown"_s));
    std::vector<std::pair<qint64, int>> seen;
    std::map<qint64, AssessmentRecord> records;
    QVERIFY(s.forEachAssessment([&](const AssessmentRecord& r) {
        seen.emplace_back(r.id, int(r.answers.choices.size()));
        records.emplace(r.id, r);
        return true;
    }));
    QCOMPARE(records.at(ids[2]).answers.choices.value(u"q01"_s), u"no"_s);
    QCOMPARE(records.at(ids[2]).answers.notes.value(u"q01"_s), u"メモ"_s);
    QCOMPARE(records.at(ids[2]).profile.name, u"a"_s);
    QCOMPARE(records.at(ids[3]).profile.employees, 30);
    const std::vector<std::pair<qint64, int>> expected{{ids[0], 1}, {ids[1], 0}, {ids[2], 2}, {ids[3], 1}};
    QCOMPARE(seen, expected);
    int visited = 0;
    QVERIFY(s.forEachAssessment([&](const AssessmentRecord&) { return ++visited < 2; }));
    QCOMPARE(visited, 2);
}

void TestStore::restoresABackupAndKeepsTheDamagedFile()
{
    MAMORI_SKIP_ON_SERVER();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mamori.sqlite"_s);
    {
        auto store = Store::open(path);
        QVERIFY((*store)->addFirm(firmProfile(u"残す会社"_s, 3)));
    }
    rawSql(path, {u"PRAGMA wal_checkpoint(TRUNCATE)"_s});
    QVERIFY(Store::backupsOf(path).isEmpty());
    const QString backup = path + u".bak-v1-20260101000000"_s;
    QVERIFY(QFile::copy(path, backup));
    QCOMPARE(Store::backupsOf(path), QStringList{backup});
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("garbage, not a database");
    }
    const auto refused = Store::open(path);
    QVERIFY(!refused);
    QVERIFY2(refused.error().first().message.contains(backup), qPrintable(refused.error().first().toString()));

    {
        // Not while another Mamori holds the file.
        QLockFile holder(Store::lockFileFor(path));
        QVERIFY(holder.tryLock(0));
        const auto locked = Store::restoreBackup(path, backup);
        QVERIFY(!locked);
        QCOMPARE(locked.error().first().code, ErrorCode::Locked);
    }
    const auto restored = Store::restoreBackup(path, backup);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().first().toString()));
    QVERIFY(restored->contains(u".damaged-"_s));
    QFile aside(*restored);
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), QByteArray("garbage, not a database")); // kept, not deleted
    auto store = Store::open(path);
    QVERIFY(store);
    QCOMPARE((*store)->firms()->front().name, u"残す会社"_s);
    QVERIFY(QFile::exists(backup));
    QVERIFY(!Store::restoreBackup(path, dir.filePath(u"none"_s)));
}

void TestStore::desktopAndCommandLineShareTheDefaultDatabase()
{
    MAMORI_SKIP_ON_SERVER();
    qunsetenv("MAMORI_DB");
    QCoreApplication::setApplicationName(u"mamori-cli"_s);
    const QString cli = Store::defaultPath();
    QCoreApplication::setApplicationName(u"Mamori"_s);
    QCOMPARE(Store::defaultPath(), cli);
    QVERIFY2(cli.endsWith(u"/Mamori/mamori.sqlite"_s), qPrintable(cli));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
