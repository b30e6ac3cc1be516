#include "core/json.h"

#include <QLocale>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

class TestJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesValues();
    void keepsPositionsAndDuplicateKeys();
    void decodesEscapes_data();
    void decodesEscapes();
    void rejects_data();
    void rejects();
    void refusesDeepNesting();
    void refusesOversizedInput();
    void columnsCountCharactersNotBytes();
    void refusesTooManyValues();
    void readsFilesAndReportsMissingOnes();
};

void TestJson::parsesValues()
{
    const auto doc = parseJson(R"({"a": [1, -2.5e2, true, false, null], "b": {"c": "日本"}})", u"t.json"_s);
    QVERIFY(doc);
    const JsonNode& root = doc->root;
    QVERIFY(root.isObject());
    const JsonNode* a = root.member(u"a");
    QVERIFY(a && a->isArray());
    QCOMPARE(a->items().size(), std::size_t(5));
    QCOMPARE(a->items()[0].toNumber(), 1.0);
    QCOMPARE(a->items()[1].toNumber(), -250.0);
    QVERIFY(a->items()[2].toBool());
    QVERIFY(!a->items()[3].toBool());
    QVERIFY(a->items()[4].isNull());
    QCOMPARE(root.member(u"b")->member(u"c")->toString(), u"日本"_s);
}

void TestJson::keepsPositionsAndDuplicateKeys()
{
    const QByteArray text = "{\n  \"x\": 1,\n  \"x\": 2\n}";
    const auto doc = parseJson(text, u"t.json"_s);
    QVERIFY(doc);
    QCOMPARE(doc->root.keys().size(), std::size_t(2));
    QCOMPARE(doc->root.member(u"x")->toNumber(), 1.0);
    const qsizetype second = doc->map.keyOffset(doc->root.items()[1].offset());
    QCOMPARE(doc->map.line(second), 3);
    QCOMPARE(doc->map.column(second), 3);
    QCOMPARE(doc->map.line(doc->root.items()[1].offset()), 3);
    QCOMPARE(doc->map.column(doc->root.items()[1].offset()), 8);
    // A key with escaped quotes and backslashes is still found from its value.
    const auto escaped = parseJson(R"({"a": 1, "k\\\"ey\\": 2})", u"t.json"_s);
    QVERIFY(escaped);
    QCOMPARE(escaped->root.keys()[1], u"k\\\"ey\\"_s);
    QCOMPARE(escaped->map.keyOffset(escaped->root.items()[1].offset()), 9); // the quote after "{\"a\": 1, "
}

void TestJson::decodesEscapes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("simple") << QByteArray(R"("a\"b\\c\/d")") << u"a\"b\\c/d"_s;
    QTest::newRow("control") << QByteArray(R"("\b\f\n\r\t")") << u"\b\f\n\r\t"_s;
    QTest::newRow("bmp") << QByteArray(R"("\u65e5\u672C")") << u"日本"_s;
    QTest::newRow("surrogate pair") << QByteArray(R"("\ud83d\ude00")") << QString::fromUtf8("😀");
    QTest::newRow("mixed") << QByteArray(R"("守り\nMamori")") << u"守り\nMamori"_s;
}

void TestJson::decodesEscapes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto doc = parseJson(json, u"t.json"_s);
    QVERIFY2(doc, qPrintable(doc ? QString() : doc.error().first().toString()));
    QCOMPARE(doc->root.toString(), expected);
}

void TestJson::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    const int syntax = int(ErrorCode::Syntax);
    QTest::newRow("empty") << QByteArray("") << syntax << 1 << 1 << u"unexpected end of input"_s;
    QTest::newRow("trailing comma") << QByteArray("{\"a\": 1,\n}") << syntax << 2 << 1 << u"expected a quoted key"_s;
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << syntax << 1 << 6 << u"expected ':'"_s;
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << syntax << 1 << 2 << u"expected a quoted key"_s;
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << syntax << 1 << 2 << u"not terminated"_s;
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << syntax << 1 << 4 << u"control character"_s;
    QTest::newRow("bad escape") << QByteArray(R"(["\x"])") << syntax << 1 << 4 << u"invalid escape"_s;
    QTest::newRow("lone surrogate") << QByteArray(R"(["\udc00"])") << syntax << 1 << 9 << u"unpaired surrogate"_s;
    QTest::newRow("leading zero") << QByteArray("[01]") << syntax << 1 << 2 << u"leading zeros"_s;
    QTest::newRow("bare word") << QByteArray("[yes]") << syntax << 1 << 2 << u"expected a JSON value"_s;
    QTest::newRow("two values") << QByteArray("{} {}") << syntax << 1 << 4 << u"after the end"_s;
    QTest::newRow("huge number") << QByteArray("[1e999]") << syntax << 1 << 2 << u"out of range"_s;
    QTest::newRow("comment") << QByteArray("{ // note\n}") << syntax << 1 << 3 << u"expected a quoted key"_s;
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"\xff\"}") << int(ErrorCode::Encoding) << 1 << 8
                                   << u"not valid UTF-8"_s;
    QTest::newRow("shift_jis") << QByteArray("[\"\x93\xfa\x96\x7b\"]") << int(ErrorCode::Encoding) << 1 << 3
                               << u"not valid UTF-8"_s;
    QTest::newRow("overlong utf-8") << QByteArray("[\"\xc0\xaf\"]") << int(ErrorCode::Encoding) << 1 << 3
                                    << u"not valid UTF-8"_s;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF{}") << int(ErrorCode::Encoding) << 1 << 1 << u"byte order mark"_s;
}

void TestJson::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const auto doc = parseJson(json, u"bad.json"_s);
    QVERIFY(!doc);
    QCOMPARE(doc.error().size(), 1);
    const Diagnostic& d = doc.error().first();
    QCOMPARE(int(d.code), code);
    QCOMPARE(d.file, u"bad.json"_s);
    QCOMPARE(d.line, line);
    QCOMPARE(d.column, column);
    QVERIFY2(d.message.contains(message), qPrintable(d.message));
}

void TestJson::refusesDeepNesting()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto doc = parseJson(deep, u"deep.json"_s, JsonLimits{1 << 20, 64});
    QVERIFY(!doc);
    QCOMPARE(doc.error().first().code, ErrorCode::Limit);
    QCOMPARE(doc.error().first().column, 65);
    QVERIFY(doc.error().first().message.contains(u"64"_s));
    QVERIFY(parseJson(QByteArray(64, '[') + QByteArray(64, ']'), u"ok.json"_s, JsonLimits{1 << 20, 64}));
}

void TestJson::refusesOversizedInput()
{
    const QByteArray big = "[\"" + QByteArray(2000, 'a') + "\"]";
    const auto doc = parseJson(big, u"big.json"_s, JsonLimits{1000, 64});
    QVERIFY(!doc);
    QCOMPARE(doc.error().first().code, ErrorCode::Limit);
    // Written the way the language in use groups digits ("1,000").
    QVERIFY(doc.error().first().message.contains(QLocale().toString(1000)));
}

void TestJson::columnsCountCharactersNotBytes()
{
    const auto doc = parseJson("{\"名前\": \"守り\", \"x\": tru}", u"t.json"_s);
    QVERIFY(!doc);
    // {"名前": "守り", "x": tru} — the bad literal starts at character 19.
    QCOMPARE(doc.error().first().column, 19);
    // Outside the BMP a character is two UTF-16 units, as in every Qt string and editor column.
    const auto emoji = parseJson("[\"😀\", tru]", u"t.json"_s);
    QVERIFY(!emoji);
    QCOMPARE(emoji.error().first().column, 8);
}

void TestJson::refusesTooManyValues()
{
    QByteArray many = "[0";
    for (int i = 0; i < 1000; ++i) {
        many += ",0";
    }
    many += "]";
    const auto doc = parseJson(many, u"many.json"_s, JsonLimits{1 << 20, 64, 500});
    QVERIFY(!doc);
    QCOMPARE(doc.error().first().code, ErrorCode::Limit);
    QVERIFY(doc.error().first().message.contains(u"more than 500 values"_s));
    QVERIFY(parseJson(many, u"many.json"_s, JsonLimits{1 << 20, 64, 2000}));
}

void TestJson::readsFilesAndReportsMissingOnes()
{
    const auto missing = readJsonFile(u"/nonexistent/pack.json"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().first().code, ErrorCode::Io);
    QCOMPARE(missing.error().first().file, u"/nonexistent/pack.json"_s);
    const auto dir = readJsonFile(QStringLiteral(MAMORI_TEST_DATA_DIR));
    QVERIFY(!dir);
    QVERIFY(dir.error().first().message.contains(u"directory"_s));
    const auto endless = readFileBytes(u"/dev/zero"_s, 4096);
    QVERIFY(!endless);
    QCOMPARE(endless.error().first().code, ErrorCode::Limit);
}

QTEST_APPLESS_MAIN(TestJson)
#include "tst_json.moc"
