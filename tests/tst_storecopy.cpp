// Store::copyInto and tableChecks: every row from one database into another, ids kept, verified by
// counts and checksums; SQLite to SQLite here, and through PostgreSQL in tst_storecopy_pg.
#include "core/store.h"
#include "tests/testprofile.h"
#include "tests/teststores.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

class TestStoreCopy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copiesEverythingBothWays();
    void refusesADatabaseWithFirms();
    void refusesAReadOnlyTarget();

private:
    std::unique_ptr<Store> m_source;
    qint64 m_open = 0;
};

void TestStoreCopy::initTestCase()
{
    auto store = Store::open(u":memory:"_s);
    QVERIFY(store);
    m_source = std::move(*store);
    Store& s = *m_source;
    // Two firms, one with two profile versions; a finished assessment with a cached result whose
    // score has no short decimal form; an open one with a note on an unanswered question; text with
    // tabs, line breaks and backslashes, which the checksums must keep apart.
    const qint64 a = *s.addFirm(firmProfile(u"あおば精機"_s, 35));
    const qint64 b = *s.addFirm(firmProfile(u"Alpha Trading\\Co"_s, 4));
    QVERIFY(s.updateProfile(a, firmProfile(u"あおば精機株式会社"_s, 48)));
    const qint64 finished = *s.startAssessment(a, u"ipa-self-check"_s, u"3.1.0"_s);
    QVERIFY(s.saveAnswer(finished, u"q01"_s, u"yes"_s, u"一行目\n\t二行目"_s));
    QVERIFY(s.saveAnswer(finished, u"q02"_s, u"partial"_s));
    StoredResult r;
    r.packDigest = u"d1"_s;
    r.score = 100.0 / 3.0;
    r.level = u"insufficient"_s;
    r.answered = 2;
    r.applicable = 25;
    r.categories = {{u"basic"_s, 200.0 / 3.0}};
    QVERIFY(*s.saveResult(finished, s.assessment(finished)->updatedAt, r));
    QVERIFY(s.finishAssessment(finished));
    m_open = *s.startAssessment(b, u"sme-guideline"_s, u"1.0.0"_s);
    const auto saved = s.saveAnswer(m_open, u"g01"_s, u"no"_s);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().first().toString()));
    QVERIFY(s.saveNote(m_open, u"g02"_s, u"社長に確認"_s));
}

void TestStoreCopy::copiesEverythingBothWays()
{
    const auto original = m_source->tableChecks();
    QVERIFY(original);
    QCOMPARE(original->size(), std::size_t(7));
    QCOMPARE(original->at(0).table, u"firms"_s);
    QCOMPARE(original->at(0).rows, 2);
    QCOMPARE(original->at(1).rows, 3); // profiles
    QCOMPARE(original->at(3).rows, 4); // answers, the note-only row included
    QCOMPARE(original->at(4).table, u"assessment_seen"_s);
    QCOMPARE(original->at(6).table, u"changes"_s);
    QCOMPARE(original->at(6).rows, 10); // 2 firms, 1 profile, 2 starts, 3 answers, 1 note, 1 finish

    // Out (to SQLite in memory, or to PostgreSQL) and back into a new file.
    auto middle = test::openTestStore();
    QVERIFY(middle);
    const auto there = m_source->copyInto(*middle);
    QVERIFY2(there, qPrintable(there ? QString() : there.error().first().toString()));
    QTemporaryDir dir;
    auto back = Store::open(dir.filePath(u"back.sqlite"_s));
    QVERIFY(back);
    const auto home = middle->copyInto(**back);
    QVERIFY2(home, qPrintable(home ? QString() : home.error().first().toString()));
    for (std::size_t i = 0; i < original->size(); ++i) {
        QCOMPARE(there->at(i).rows, original->at(i).rows);
        QCOMPARE(there->at(i).checksum, original->at(i).checksum);
        QCOMPARE(home->at(i).checksum, original->at(i).checksum);
    }
    // What users see is the same: the notes, the note without an answer, the cached score to the bit.
    const auto open = (*back)->assessment(m_open);
    QVERIFY(open);
    QCOMPARE(open->answers.choices.value(u"g01"_s), u"no"_s);
    QCOMPARE(open->answers.notes.value(u"g02"_s), u"社長に確認"_s);
    QCOMPARE(open->answerCount, 1);
    // The change log and the revisions come along: who answered stays known, and a screen that read
    // an answer before the copy still has a revision the copy recognises.
    QCOMPARE(open->revision, m_source->assessment(m_open)->revision);
    QCOMPARE(open->answers.revisions, m_source->assessment(m_open)->answers.revisions);
    const auto log = (*back)->assessmentChanges(m_open);
    QVERIFY(log);
    QCOMPARE(log->size(), std::size_t(3));
    QCOMPARE(log->at(2).kind, ChangeKind::NoteChanged);
    QCOMPARE(log->at(2).note, u"社長に確認"_s);
    QCOMPARE(log->at(2).actor, m_source->actor());
    const auto firms = middle->firms();
    QCOMPARE(firms->size(), std::size_t(2));
    const auto finished = middle->assessments(1); // the first firm's, with its cached result
    QVERIFY(finished && !finished->empty() && finished->front().result);
    QCOMPARE(finished->front().result->score, 100.0 / 3.0);
    // New rows continue after the copied ids instead of colliding with them.
    const auto next = middle->addFirm(firmProfile(u"新しい会社"_s, 3));
    QVERIFY2(next, qPrintable(next ? QString() : next.error().first().toString()));
    QCOMPARE(*next, 3);
    QVERIFY(middle->startAssessment(*next, u"ipa-self-check"_s, u"3.1.0"_s));
}

void TestStoreCopy::refusesADatabaseWithFirms()
{
    auto target = test::openTestStore();
    QVERIFY(target);
    QVERIFY(target->addFirm(firmProfile(u"先にいた会社"_s, 3)));
    const auto before = target->tableChecks();
    const auto copied = m_source->copyInto(*target);
    QVERIFY(!copied);
    QVERIFY2(copied.error().first().message.contains(u"already holds firms"_s),
             qPrintable(copied.error().first().message));
    // Nothing was written.
    const auto after = target->tableChecks();
    QCOMPARE(after->at(0).checksum, before->at(0).checksum);
    QCOMPARE(after->at(0).rows, 1);
}

void TestStoreCopy::refusesAReadOnlyTarget()
{
    QTemporaryDir dir;
    const QString path = test::onServer() ? test::newPgDatabase() : dir.filePath(u"empty.sqlite"_s);
    QVERIFY(Store::open(path)); // made, with its tables
    auto reader = Store::open(path, Store::Mode::ReadOnly);
    QVERIFY(reader);
    const auto copied = m_source->copyInto(**reader);
    QVERIFY(!copied);
    QVERIFY((*reader)->firms()->empty());
}

QTEST_GUILESS_MAIN(TestStoreCopy)
#include "tst_storecopy.moc"
