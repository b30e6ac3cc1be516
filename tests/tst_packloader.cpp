#include "core/jsonchecker.h"
#include "core/packloader.h"
#include "core/vocabulary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(mamori::ErrorCode)

namespace {

// A valid pack, one construct per line, so every row below can name the line its error is on.
const QByteArray BasePack = [] {
    QFile file(QStringLiteral(MAMORI_TEST_DATA_DIR "/packs/base.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}();
// The 1-based line and character column where `anchor` (+ shift characters) first stands in `text`.
std::pair<int, int> position(const QByteArray& text, const QByteArray& anchor, int shift)
{
    const qsizetype at = text.indexOf(anchor);
    if (at < 0) {
        return {-1, -1};
    }
    const QString before = QString::fromUtf8(text.left(at));
    const int line = int(before.count(u'\n')) + 1;
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {line, int(before.size() - lineStart) + 1 + shift};
}

} // namespace

class TestPackLoader : public QObject
{
    Q_OBJECT

private slots:
    void loadsValidPack();
    void reportsBadPack_data();
    void reportsBadPack();
    void collectsEveryProblem();
    void refusesOversizedFile();
    void refusesDeepNesting();
    void refusesNonUtf8();
    void warnsAboutEmptyCategory();
    void reportsMissingFile();
    void limitsFollowUpDepth();
    void capsTheNumberOfProblems();
};

void TestPackLoader::loadsValidPack()
{
    QVERIFY(!BasePack.isEmpty());
    PackLoader loader;
    const auto pack = loader.loadData(BasePack, u"base.json"_s);
    QVERIFY2(pack, qPrintable(pack ? QString() : pack.error().first().toString()));
    QCOMPARE(pack->id, u"test-pack"_s);
    QCOMPARE(pack->version, u"1.0.0"_s);
    QCOMPARE(pack->title.ja, u"テスト"_s);
    QCOMPARE(pack->scale.size(), std::size_t(4));
    QCOMPARE(pack->maxPoints(), 4.0);
    QVERIFY(pack->scale[2].flag);
    QVERIFY(pack->scale[3].notApplicable);
    QCOMPARE(pack->categories[0].target.forTier(Tier::Micro), 60.0);
    QCOMPARE(pack->categories[0].target.forTier(Tier::Medium), 80.0);
    QCOMPARE(pack->questions.size(), std::size_t(3));
    QCOMPARE(pack->questions[1].category, 1);
    QVERIFY(pack->questions[1].appliesIf.has_value());
    QCOMPARE(pack->questions[2].dependsOn->question, 0);
    QCOMPARE(pack->questions[2].dependsOn->answers, QStringList{u"yes"_s});
    QCOMPARE(pack->questions[0].recommendation.capabilities, QStringList{u"patching"_s});
    QCOMPARE(pack->questions[1].recommendation.effort, Grade::High);
    QCOMPARE(pack->questionIndex(u"q3"), 2);
    QCOMPARE(pack->levelFor(79.9)->id, u"low"_s);
    QCOMPARE(pack->levelFor(80)->id, u"high"_s);
    QVERIFY(loader.warnings().isEmpty());
}

void TestPackLoader::reportsBadPack_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QByteArray>("anchor");
    QTest::addColumn<int>("shift");

    const auto row = [](const char* name, const char* from, const char* to, ErrorCode code, const QString& path,
                        const QString& message, const char* anchor, int shift = 0) {
        QTest::newRow(name) << QByteArray(from) << QByteArray(to) << code << path << message << QByteArray(anchor)
                            << shift;
    };
    row("syntax error", R"("version": "1.0.0",)", R"("version": "1.0.0")", ErrorCode::Syntax, QString(),
        u"expected ',' or '}'"_s, R"("title")");
    row("wrong type", R"("format": 1,)", R"("format": "1",)", ErrorCode::Type, u"$.format"_s,
        u"expected number, found string"_s, R"("1")");
    row("unknown key", R"("version": "1.0.0",)", R"("version": "1.0.0", "verison": "2",)", ErrorCode::UnknownKey,
        u"$.verison"_s, u"unknown key \"verison\" (did you mean \"version\"?)"_s, R"("verison")");
    row("unknown question key", R"("weight": 1,)", R"("weigth": 1,)", ErrorCode::UnknownKey, u"$.questions[0].weigth"_s,
        u"did you mean \"weight\""_s, R"("weigth")");
    row("duplicate json key", R"("version": "1.0.0",)", R"("version": "1.0.0", "version": "1.0.1",)",
        ErrorCode::Duplicate, u"$.version"_s, u"given more than once"_s, R"("version": "1.0.1")");
    row("missing ja", R"("title": {"ja": "テスト", "en": "Test"},)", R"("title": {"en": "Test"},)", ErrorCode::Missing,
        u"$.title"_s, u"\"ja\" is missing"_s, R"({"en": "Test"})");
    row("empty en", R"("en": "Question 2")", R"("en": "")", ErrorCode::Missing, u"$.questions[1].text.en"_s,
        u"English text is empty"_s, R"("")");
    row("missing question text", R"("text": {"ja": "質問3", "en": "Question 3"}, )", "", ErrorCode::Missing,
        u"$.questions[2]"_s, u"\"text\" is missing"_s, R"({"id": "q3")");
    row("duplicate question id", R"({"id": "q2")", R"({"id": "q1")", ErrorCode::Duplicate, u"$.questions[1].id"_s,
        u"already used by question 1"_s, R"("q1", "category": "web")");
    row("unknown category", R"("category": "web", )", R"("category": "webb", )", ErrorCode::Reference,
        u"$.questions[1].category"_s, u"unknown category \"webb\"; the pack defines: basic, web"_s, R"("webb")");
    row("unknown scale choice", R"("answers": ["yes"])", R"("answers": ["maybe"])", ErrorCode::Reference,
        u"$.questions[2].depends_on.answers[0]"_s, u"unknown scale choice \"maybe\""_s, R"("maybe")");
    row("empty scale", R"("scale": [
    {"id": "yes", "points": 4, "label": {"ja": "はい", "en": "Yes"}},
    {"id": "no", "points": 0, "label": {"ja": "いいえ", "en": "No"}},
    {"id": "unknown", "points": -1, "flag": true, "label": {"ja": "わからない", "en": "Don't know"}},
    {"id": "na", "not_applicable": true, "label": {"ja": "該当しない", "en": "N/A"}}
  ],)",
        "\"scale\": [\n\n\n\n\n  ],", ErrorCode::Value, u"$.scale"_s, u"the scale is empty"_s, "[\n\n");
    row("duplicate choice", R"({"id": "no", "points": 0)", R"({"id": "yes", "points": 0)", ErrorCode::Duplicate,
        u"$.scale[1].id"_s, u"\"yes\" is used more than once"_s, R"("yes", "points": 0)");
    row("choice without points", R"({"id": "no", "points": 0, )", R"({"id": "no", )", ErrorCode::Missing,
        u"$.scale[1]"_s, u"needs \"points\""_s, R"({"id": "no")");
    row("points on not applicable", R"({"id": "na", "not_applicable": true,)",
        R"({"id": "na", "points": 0, "not_applicable": true,)", ErrorCode::Value, u"$.scale[3].points"_s,
        u"has no points"_s, R"(0, "not_applicable")");
    row("no positive maximum", R"("points": 4)", R"("points": 0)", ErrorCode::Value, u"$.scale"_s,
        u"more than 0 points"_s, "[\n    {\"id\": \"yes\"");
    row("zero weight", R"("weight": 1,)", R"("weight": 0,)", ErrorCode::Value, u"$.questions[0].weight"_s,
        u"greater than 0"_s, R"(0, "text")");
    row("negative weight", R"("weight": 1,)", R"("weight": -2,)", ErrorCode::Value, u"$.questions[0].weight"_s,
        u"greater than 0, found -2"_s, R"(-2)");
    row("expression syntax", R"("applies_if": "assets.website")", R"("applies_if": "assets.website &&")",
        ErrorCode::Expression, u"$.questions[1].applies_if"_s, u"column 18 of the expression: the expression ends"_s,
        R"(&&")", 2);
    row("expression unknown field", R"("applies_if": "assets.website")", R"("applies_if": "assets.websight")",
        ErrorCode::Expression, u"$.questions[1].applies_if"_s,
        u"column 1 of the expression: unknown profile field \"assets.websight\" (did you mean \"assets.website\"?)"_s,
        "assets.websight");
    row("expression unknown value after escapes", R"("applies_if": "assets.website")",
        R"("applies_if": "tier == \"tiny\"")", ErrorCode::Expression, u"$.questions[1].applies_if"_s,
        u"column 9 of the expression: \"tiny\" is not a value of tier"_s, R"(\"tiny)");
    row("expression type", R"("applies_if": "assets.website")", R"("applies_if": "employees == \"many\"")",
        ErrorCode::Expression, u"$.questions[1].applies_if"_s, u"cannot compare a number with a string"_s, R"(== \")");
    row("dangling reference", R"("refs": ["ref-1"])", R"("refs": ["ref-2"])", ErrorCode::Reference,
        u"$.questions[0].refs[0]"_s, u"unknown reference \"ref-2\""_s, R"("ref-2")");
    row("unknown capability", R"(["patching"])", R"(["patchin"])", ErrorCode::Reference,
        u"$.questions[0].recommendation.capabilities[0]"_s, u"did you mean \"patching\""_s, R"("patchin")");
    row("bad cost", R"("cost": "medium")", R"("cost": "cheap")", ErrorCode::Value,
        u"$.questions[1].recommendation.cost"_s, u"\"cheap\" is not one of low, medium, high"_s, R"("cheap")");
    row("circular follow-ups", R"("weight": 1, "text")",
        R"("weight": 1, "depends_on": {"question": "q3", "answers": ["yes"]}, "text")", ErrorCode::Cycle,
        u"$.questions[0].depends_on.question"_s, u"loop: q1 → q3 → q1"_s, R"("q3", "answers")");
    row("self dependency", R"({"question": "q1", "answers": ["yes"]})", R"({"question": "q3", "answers": ["yes"]})",
        ErrorCode::Cycle, u"$.questions[2].depends_on.question"_s, u"cannot depend on itself"_s, R"("q3", "answers")");
    row("dangling dependency", R"("question": "q1")", R"("question": "q9")", ErrorCode::Reference,
        u"$.questions[2].depends_on.question"_s, u"unknown question \"q9\""_s, R"("q9")");
    row("otherwise unknown choice", R"("answers": ["yes"]})", R"("answers": ["yes"], "otherwise": "nope"})",
        ErrorCode::Reference, u"$.questions[2].depends_on.otherwise"_s, u"unknown scale choice \"nope\""_s,
        R"("nope")");
    row("otherwise opens", R"("answers": ["yes"]})", R"("answers": ["yes"], "otherwise": "yes"})", ErrorCode::Value,
        u"$.questions[2].depends_on.otherwise"_s, u"\"yes\" opens the question"_s, R"("yes"})");
    row("bad id", R"("id": "test-pack")", R"("id": "Test Pack")", ErrorCode::Value, u"$.id"_s,
        u"\"Test Pack\" is not a valid id"_s, R"("Test Pack")");
    row("bad version", R"("version": "1.0.0")", R"("version": "1.0")", ErrorCode::Value, u"$.version"_s,
        u"MAJOR.MINOR.PATCH"_s, R"("1.0")");
    row("version part of 2^64", R"("version": "1.0.0")", R"("version": "18446744073709551616.0.0")", ErrorCode::Value,
        u"$.version"_s, u"must be at most 999999999"_s, R"("18446744073709551616.0.0")");
    row("version part of 2^64 - 1", R"("version": "1.0.0")", R"("version": "3.18446744073709551615.0")",
        ErrorCode::Value, u"$.version"_s, u"must be at most 999999999"_s, R"("3.18446744073709551615.0")");
    row("version part just too large", R"("version": "1.0.0")", R"("version": "1.0.1000000000")", ErrorCode::Value,
        u"$.version"_s, u"must be at most 999999999"_s, R"("1.0.1000000000")");
    row("unsupported format", R"("format": 1)", R"("format": 2)", ErrorCode::Value, u"$.format"_s,
        u"unsupported pack format 2"_s, "2,");
    row("target out of range", R"("default": 70)", R"("default": 170)", ErrorCode::Value,
        u"$.categories[1].target.default"_s, u"between 0 and 100, found 170"_s, "170");
    row("duplicate category", R"({"id": "web", "title")", R"({"id": "basic", "title")", ErrorCode::Duplicate,
        u"$.categories[1].id"_s, u"\"basic\" is used more than once"_s, R"("basic", "title": {"ja": "Web")");
    row("no level at zero", R"("min": 0)", R"("min": 10)", ErrorCode::Value, u"$.levels"_s, u"no level starts at 0"_s,
        "[\n    {\"id\": \"low\"");
    row("bad url", R"("url": "https://example.org/g")", R"("url": "example.org/g")", ErrorCode::Value,
        u"$.guideline.url"_s, u"not an http(s) address"_s, R"("example.org/g")");
    row("questions not a list", R"("questions": [)", R"("questions": {"x": 1}, "questions_old": [)", ErrorCode::Type,
        u"$.questions"_s, u"expected array, found object"_s, R"({"x": 1})");
}

void TestPackLoader::reportsBadPack()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(ErrorCode, code);
    QFETCH(QString, path);
    QFETCH(QString, message);
    QFETCH(QByteArray, anchor);
    QFETCH(int, shift);

    QVERIFY2(BasePack.contains(from), "the row's text to replace is not in the base pack");
    QByteArray bad = BasePack;
    bad.replace(bad.indexOf(from), from.size(), to);
    const auto [line, column] = position(bad, anchor, shift);
    QVERIFY2(line > 0, "the row's anchor is not in the mutated pack");

    PackLoader loader;
    const auto pack = loader.loadData(bad, u"bad-pack.json"_s);
    QVERIFY2(!pack, "the bad pack was accepted");
    QString all;
    bool found = false;
    for (const Diagnostic& d : pack.error()) {
        all += d.toString() + u'\n';
        if (d.code == code && d.path == path && d.message.contains(message)) {
            found = true;
            QCOMPARE(d.file, u"bad-pack.json"_s);
            QCOMPARE(d.line, line);
            QCOMPARE(d.column, column);
            QCOMPARE(d.severity, Severity::Error);
            QVERIFY(d.toString().startsWith(u"bad-pack.json:%1:%2: "_s.arg(line).arg(column)));
        }
    }
    QVERIFY2(found, qPrintable(u"expected \"%1\" at %2, got:\n%3"_s.arg(message, path, all)));
}

void TestPackLoader::collectsEveryProblem()
{
    QByteArray bad = BasePack;
    bad.replace(R"("format": 1)", R"("format": "one")");
    bad.replace(R"("weight": 1,)", R"("weight": 0,)");
    bad.replace(R"("category": "web", )", R"("category": "nope", )");
    bad.replace(R"(["patching"])", R"(["teleport"])");
    const auto pack = PackLoader().loadData(bad, u"bad.json"_s);
    QVERIFY(!pack);
    QStringList paths;
    for (const Diagnostic& d : pack.error()) {
        paths.append(d.path);
    }
    // Errors come in document order; the warning (category "web" lost its only question) comes last.
    QCOMPARE(paths,
             (QStringList{u"$.format"_s, u"$.questions[0].weight"_s, u"$.questions[0].recommendation.capabilities[0]"_s,
                          u"$.questions[1].category"_s, u"$.categories[1]"_s}));
    QCOMPARE(pack.error().last().severity, Severity::Warning);
}

void TestPackLoader::refusesOversizedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(PackLoader::MaxBytes + 10));
    file.close();
    const auto pack = PackLoader().loadFile(path);
    QVERIFY(!pack);
    QCOMPARE(pack.error().size(), 1);
    QCOMPARE(pack.error().first().code, ErrorCode::Limit);
    QCOMPARE(pack.error().first().file, path);
}

void TestPackLoader::refusesDeepNesting()
{
    QByteArray bad = BasePack;
    const QByteArray nested = "\"version\": \"1.0.0\", \"x\": " + QByteArray(5000, '[') + QByteArray(5000, ']') + ",";
    bad.replace(R"("version": "1.0.0",)", nested);
    const auto pack = PackLoader().loadData(bad, u"deep.json"_s);
    QVERIFY(!pack);
    QCOMPARE(pack.error().first().code, ErrorCode::Limit);
    QCOMPARE(pack.error().first().line, 4);
}

void TestPackLoader::refusesNonUtf8()
{
    QByteArray bad = BasePack;
    bad.replace("テスト", "\x83\x65\x83\x58\x83\x67"); // テスト in Shift_JIS
    const auto pack = PackLoader().loadData(bad, u"sjis.json"_s);
    QVERIFY(!pack);
    const Diagnostic& d = pack.error().first();
    QCOMPARE(d.code, ErrorCode::Encoding);
    QCOMPARE(d.line, 5);
    QCOMPARE(d.column, 20);
    QVERIFY(d.message.contains(u"UTF-8"_s));
}

void TestPackLoader::warnsAboutEmptyCategory()
{
    QByteArray pack = BasePack;
    pack.replace(R"("category": "web", )", R"("category": "basic", )");
    PackLoader loader;
    const auto loaded = loader.loadData(pack, u"p.json"_s);
    QVERIFY(loaded);
    QCOMPARE(loader.warnings().size(), 1);
    const Diagnostic& w = loader.warnings().first();
    QCOMPARE(w.severity, Severity::Warning);
    QCOMPARE(w.path, u"$.categories[1]"_s);
    QCOMPARE(w.line, 19);
    QVERIFY(w.toString().contains(u"warning: "_s));
}

void TestPackLoader::reportsMissingFile()
{
    const auto pack = PackLoader().loadFile(u"/no/such/pack.json"_s);
    QVERIFY(!pack);
    QCOMPARE(pack.error().first().code, ErrorCode::Io);
    QVERIFY(pack.error().first().toString().startsWith(u"/no/such/pack.json: cannot open"_s));
}

void TestPackLoader::limitsFollowUpDepth()
{
    // q3 → q1 already; add a chain of 17 more follow-ups below q3 (q4 → q3, q5 → q4, …).
    const auto chain = [](int length) {
        QByteArray extra;
        for (int i = 0; i < length; ++i) {
            extra += QStringLiteral(R"(,
    {"id": "f%1", "category": "basic", "text": {"ja": "追", "en": "F"}, "depends_on": {"question": "%2", "answers": ["yes"]},
     "recommendation": {"text": {"ja": "策", "en": "Do"}, "cost": "low", "effort": "low"}})")
                         .arg(i)
                         .arg(i == 0 ? u"q3"_s : u"f%1"_s.arg(i - 1))
                         .toUtf8();
        }
        QByteArray pack = BasePack;
        const qsizetype end = pack.lastIndexOf("\n  ]");
        pack.insert(end, extra);
        return pack;
    };
    QVERIFY(PackLoader().loadData(chain(14), u"ok.json"_s)); // q3 is depth 1: 15 levels in all
    const auto deep = PackLoader().loadData(chain(20), u"deep.json"_s);
    QVERIFY(!deep);
    QCOMPARE(deep.error().size(), 1);
    QCOMPARE(deep.error().first().code, ErrorCode::Limit);
    QCOMPARE(deep.error().first().path, u"$.questions[18].depends_on.question"_s);
    QVERIFY(deep.error().first().message.contains(u"deeper than 16"_s));
}

void TestPackLoader::capsTheNumberOfProblems()
{
    QByteArray bad = BasePack;
    QByteArray junk;
    for (int i = 0; i < 3000; ++i) {
        junk += "\"junk" + QByteArray::number(i) + "\": 1, ";
    }
    const QByteArray withJunk = QByteArray("\"format\": 1, ") + junk;
    bad.replace(R"("format": 1,)", withJunk);
    const auto pack = PackLoader().loadData(bad, u"junk.json"_s);
    QVERIFY(!pack);
    QCOMPARE(pack.error().size(), JsonChecker::MaxProblems + 1);
    QVERIFY(pack.error().last().message.contains(u"more than 1000 problems"_s));
}

QTEST_GUILESS_MAIN(TestPackLoader)
#include "tst_packloader.moc"
