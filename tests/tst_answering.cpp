// Answering one question (core/answering.h), as the window and `mamori-cli assessment answer` both do:
// what is refused and why, and a colleague's answer returned instead of overwritten.

#include "core/answering.h"
#include "core/packrepository.h"

#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

class TestAnswering : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refused_data();
    void refused();
    void writesAndReportsAConflict();

private:
    PackRepository m_packs;
    Pack m_pack;
};

void TestAnswering::initTestCase()
{
    auto pack = m_packs.find(u"sme-guideline"_s);
    QVERIFY(pack);
    m_pack = std::move(*pack);
}

void TestAnswering::refused_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("choice");
    QTest::addColumn<QString>("message"); // empty: accepted
    QTest::newRow("asked, valid") << u"g01"_s << u"yes"_s << QString();
    QTest::newRow("note alone") << u"g01"_s << QString() << QString();
    QTest::newRow("no such question") << u"g999"_s << u"yes"_s << u"has no question \"g999\""_s;
    QTest::newRow("no such choice") << u"g01"_s << u"maybe"_s << u"unknown answer \"maybe\""_s;
    // The firm has no smartphones: g07 (phone lock) is not asked of it.
    QTest::newRow("not asked of this firm") << u"g07"_s << u"yes"_s << u"question g07 is not asked of this firm"_s;
}

void TestAnswering::refused()
{
    QFETCH(QString, question);
    QFETCH(QString, choice);
    QFETCH(QString, message);
    AssessmentRecord record;
    record.profile.employees = 5;
    record.profile.assets.mobiles = 0;
    const auto checked = checkAnswer(m_pack, record, question, choice);
    if (message.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().first().message));
        return;
    }
    QVERIFY(!checked);
    QVERIFY2(checked.error().first().message.contains(message), qPrintable(checked.error().first().message));
    // writeAnswer refuses the same, before touching the store.
    auto store = Store::open(u":memory:"_s);
    QVERIFY(store);
    QVERIFY(!writeAnswer(**store, m_pack, record, question, choice, {}, Store::AnyRevision));
}

void TestAnswering::writesAndReportsAConflict()
{
    auto store = Store::open(u":memory:"_s);
    QVERIFY(store);
    Profile p;
    p.name = u"回答"_s;
    p.employees = 5;
    const qint64 firm = *(*store)->addFirm(p);
    const qint64 id = *(*store)->startAssessment(firm, m_pack.id, m_pack.version);
    const AssessmentRecord read = *(*store)->assessment(id);
    // A colleague answers after this screen read the assessment.
    const auto colleague = writeAnswer(**store, m_pack, read, u"g01"_s, u"no"_s, u"theirs"_s, 0);
    QVERIFY(colleague && !colleague->theirs && colleague->revision > 0);
    // The screen's answer names the revision it read (none): nothing is written, theirs comes back.
    const auto mine = writeAnswer(**store, m_pack, read, u"g01"_s, u"yes"_s, u"mine"_s, 0);
    QVERIFY(mine);
    QVERIFY(mine->theirs);
    QCOMPARE(mine->theirs->choice, u"no"_s);
    QCOMPARE(mine->theirs->note, u"theirs"_s);
    QVERIFY(!mine->conflict.isEmpty());
    QCOMPARE(mine->conflict.first().code, ErrorCode::Conflict);
    QCOMPARE((*store)->storedAnswer(id, u"g01"_s)->choice, u"no"_s);
    // Written over on purpose, with their revision.
    const auto over = writeAnswer(**store, m_pack, read, u"g01"_s, u"yes"_s, u"mine"_s, mine->theirs->revision);
    QVERIFY(over && !over->theirs);
    QCOMPARE((*store)->storedAnswer(id, u"g01"_s)->choice, u"yes"_s);
}

QTEST_GUILESS_MAIN(TestAnswering)
#include "tst_answering.moc"
