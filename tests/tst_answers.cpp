#include "core/answers.h"
#include "core/packrepository.h"

#include <QJsonDocument>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

class TestAnswers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsAnswersAndNotes();
    void rejects_data();
    void rejects();
    void warnsOnOtherVersion();
    void roundTripsThroughJson();

private:
    Pack m_pack;
};

void TestAnswers::initTestCase()
{
    auto pack = PackRepository({PackRepository::bundledFolder()}).find(u"ipa-self-check"_s);
    QVERIFY(pack);
    m_pack = *pack;
}

void TestAnswers::readsAnswersAndNotes()
{
    const auto set = parseAnswers(R"({"pack": "ipa-self-check", "pack_version": "3.1.0",
        "answers": {"q01": "yes", "q02": "unknown"}, "notes": {"q02": "担当者に確認中"}})",
                                  u"a.json"_s, &m_pack);
    QVERIFY(set);
    QCOMPARE(set->packId, u"ipa-self-check"_s);
    QCOMPARE(set->choices.value(u"q01"_s), u"yes"_s);
    QCOMPARE(set->choices.value(u"q02"_s), u"unknown"_s);
    QCOMPARE(set->notes.value(u"q02"_s), u"担当者に確認中"_s);
}

void TestAnswers::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("other pack")
        << QByteArray("{\"pack\": \"sme-guideline\",\n \"answers\": {\"g01\": \"yes\", \"g02\": \"no\"}}") << 1
        << u"$.pack"_s << u"not \"ipa-self-check\""_s;
    QTest::newRow("unknown question") << QByteArray("{\"pack\": \"ipa-self-check\",\n \"answers\": {\"q99\": \"yes\"}}")
                                      << 2 << u"$.answers.q99"_s << u"has no question \"q99\""_s;
    QTest::newRow("unknown choice") << QByteArray("{\"pack\": \"ipa-self-check\",\n \"answers\": {\"q01\": \"maybe\"}}")
                                    << 2 << u"$.answers.q01"_s
                                    << u"the pack's choices are: yes, partial, no, unknown"_s;
    QTest::newRow("duplicate answer")
        << QByteArray("{\"pack\": \"ipa-self-check\",\n \"answers\": {\"q01\": \"yes\",\n \"q01\": \"no\"}}") << 3
        << u"$.answers.q01"_s << u"more than once"_s;
    QTest::newRow("not a string") << QByteArray("{\"pack\": \"ipa-self-check\",\n \"answers\": {\"q01\": 4}}") << 2
                                  << u"$.answers.q01"_s << u"expected string, found number"_s;
    QTest::newRow("missing answers") << QByteArray("{\"pack\": \"ipa-self-check\"}") << 1 << u"$"_s
                                     << u"\"answers\" is missing"_s;
    QTest::newRow("note for unknown question")
        << QByteArray("{\"pack\": \"ipa-self-check\", \"answers\": {},\n \"notes\": {\"x1\": \"メモ\"}}") << 2
        << u"$.notes.x1"_s << u"has no question \"x1\""_s;
}

void TestAnswers::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, line);
    QFETCH(QString, path);
    QFETCH(QString, message);
    const auto set = parseAnswers(json, u"answers.json"_s, &m_pack);
    QVERIFY(!set);
    const Diagnostic& d = set.error().first();
    QCOMPARE(set.error().size(), 1);
    QCOMPARE(d.file, u"answers.json"_s);
    QCOMPARE(d.line, line);
    QCOMPARE(d.path, path);
    QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
}

void TestAnswers::warnsOnOtherVersion()
{
    Diagnostics warnings;
    const auto set = parseAnswers(R"({"pack": "ipa-self-check", "pack_version": "3.0.0", "answers": {"q01": "no"}})",
                                  u"old.json"_s, &m_pack, &warnings);
    QVERIFY(set);
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first().severity, Severity::Warning);
    QCOMPARE(warnings.first().code, ErrorCode::Mismatch);
    QVERIFY(warnings.first().message.contains(u"version 3.0.0"_s));
}

void TestAnswers::roundTripsThroughJson()
{
    AnswerSet set;
    set.packId = u"ipa-self-check"_s;
    set.packVersion = u"3.1.0"_s;
    set.choices.insert(u"q05"_s, u"partial"_s);
    set.notes.insert(u"q05"_s, u"月1回共有"_s);
    const QByteArray json = QJsonDocument(answersToJson(set)).toJson();
    const auto again = parseAnswers(json, u"mem.json"_s, &m_pack);
    QVERIFY(again);
    QCOMPARE(again->choices, set.choices);
    QCOMPARE(again->notes, set.notes);
    QCOMPARE(again->packVersion, set.packVersion);
}

QTEST_GUILESS_MAIN(TestAnswers)
#include "tst_answers.moc"
