// The spreadsheet authoring path: a pack's questions exported to CSV and imported back unchanged, a
// Shift_JIS sheet typed the way people type in Excel, and every kind of mistake reported at its
// file:line:column-name (or at the base's line and JSON path) with nothing returned.
#include "core/json.h"
#include "core/packcsv.h"
#include "core/packloader.h"
#include "tests/tempfiles.h"

#include <QFile>
#include <QStringEncoder>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

// A new pack's base: everything but the questions.
const QByteArray Base = R"({
  "format": 1,
  "id": "shop-basics",
  "version": "1.0.0",
  "title": {"ja": "店舗の基本対策", "en": "Shop basics"},
  "guideline": {"id": "ipa-5", "title": {"ja": "情報セキュリティ5か条", "en": "Five security principles"}},
  "scale": [
    {"id": "yes", "points": 2, "label": {"ja": "はい", "en": "Yes"}},
    {"id": "partial", "points": 1, "label": {"ja": "一部", "en": "Partly"}},
    {"id": "no", "points": 0, "label": {"ja": "いいえ", "en": "No"}},
    {"id": "na", "not_applicable": true, "label": {"ja": "該当なし", "en": "Not applicable"}}
  ],
  "categories": [
    {"id": "devices", "title": {"ja": "機器", "en": "Devices"}, "target": {"default": 70}},
    {"id": "people", "title": {"ja": "人", "en": "People"}, "target": {"default": 60}}
  ],
  "references": [
    {"id": "five-1", "title": {"ja": "5か条 その1", "en": "Principle 1"}},
    {"id": "five-2", "title": {"ja": "5か条 その2", "en": "Principle 2"}}
  ]
}
)";

const QByteArray Header = "id,category,weight,text_ja,text_en,help_ja,help_en,applies_if,depends_on,"
                          "depends_answers,depends_otherwise,refs,replaces,recommendation_ja,recommendation_en,"
                          "cost,effort,capabilities";

// Two valid questions; the error cases below spoil one cell at a time.
const QByteArray Row1 = "q1,devices,2,OSを更新していますか？,Do you update the OS?,,,,,,,five-1,,自動更新を有効にする,"
                        "Turn on automatic updates,low,low,patching";
const QByteArray Row2 = "q2,people,,パスワードを使い回していませんか？,Are passwords unique?,,,,,,,five-2,,"
                        "パスワード管理ソフトを使う,Use a password manager,low,medium,";

QStringList located(const Diagnostics& ds)
{
    QStringList out;
    for (const Diagnostic& d : ds) {
        if (d.severity == Severity::Error) {
            out.append(u"%1:%2:%3"_s.arg(d.line).arg(d.columnName.isEmpty() ? d.path : d.columnName,
                                                     QString::number(int(d.code))));
        }
    }
    return out;
}

} // namespace

class TestPackCsv : public QObject
{
    Q_OBJECT

private:
    TempFiles m_files;

    QString write(const QByteArray& bytes, const QString& suffix = u"csv"_s) { return m_files.write(bytes, suffix); }

private slots:
    void roundTripsBundledPacks_data();
    void roundTripsBundledPacks();
    void newPackFromShiftJisSheet();
    void followUpsAndReplacements();
    void setVersion();
    void errors_data();
    void errors();
    void baseErrorsStopTheQuestions();
    void unreadableInputs_data();
    void unreadableInputs();
};

void TestPackCsv::roundTripsBundledPacks_data()
{
    QTest::addColumn<QString>("id");
    for (const char* id : {"ipa-self-check", "sme-guideline", "meti-management-10", "scs-star3-readiness"}) {
        QTest::newRow(id) << QString::fromLatin1(id);
    }
}

void TestPackCsv::roundTripsBundledPacks()
{
    QFETCH(QString, id);
    const QString source = u":/mamori/questionnaires/%1.json"_s.arg(id);
    auto original = PackLoader().loadFile(source);
    QVERIFY(original);
    const QByteArray csv = exportPackCsv(*original);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF")); // Excel opens it as UTF-8
    QVERIFY(csv.contains("\r\n"));

    auto imported = importPackCsv(write(csv), source);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().first().toString()));
    QCOMPARE(imported->encoding, TextEncoding::Utf8WithBom);
    QCOMPARE(imported->questions, int(original->questions.size()));
    QVERIFY(imported->warnings.isEmpty());
    const Pack& pack = imported->pack;
    QCOMPARE(pack.id, original->id);
    QCOMPARE(pack.version, original->version);
    QCOMPARE(pack.questions.size(), original->questions.size());
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const Question& a = pack.questions[i];
        const Question& b = original->questions[i];
        QCOMPARE(a.id, b.id);
        QCOMPARE(a.category, b.category);
        QCOMPARE(a.weight, b.weight);
        QCOMPARE(a.text, b.text);
        QCOMPARE(a.help, b.help);
        QCOMPARE(a.appliesIf.has_value(), b.appliesIf.has_value());
        if (a.appliesIf) {
            QCOMPARE(a.appliesIf->source(), b.appliesIf->source());
        }
        QCOMPARE(a.dependsOn.has_value(), b.dependsOn.has_value());
        if (a.dependsOn) {
            QCOMPARE(a.dependsOn->question, b.dependsOn->question);
            QCOMPARE(a.dependsOn->answers, b.dependsOn->answers);
            QCOMPARE(a.dependsOn->otherwise, b.dependsOn->otherwise);
        }
        QCOMPARE(a.refs, b.refs);
        QCOMPARE(a.replaces, b.replaces);
        QCOMPARE(a.recommendation.text, b.recommendation.text);
        QCOMPARE(a.recommendation.cost, b.recommendation.cost);
        QCOMPARE(a.recommendation.effort, b.recommendation.effort);
        QCOMPARE(a.recommendation.capabilities, b.recommendation.capabilities);
    }
    // Everything but the questions comes from the base unchanged.
    QCOMPARE(pack.title, original->title);
    QCOMPARE(pack.scale.size(), original->scale.size());
    QCOMPARE(pack.categories.size(), original->categories.size());
    QCOMPARE(pack.references.size(), original->references.size());
    QCOMPARE(pack.maxPoints(), original->maxPoints());
    // The written pack is itself a valid file, and importing again writes the same bytes.
    QVERIFY(PackLoader().loadData(imported->json, u"out.json"_s));
    auto again = importPackCsv(write(exportPackCsv(pack)), write(imported->json, u"json"_s));
    QVERIFY(again);
    QCOMPARE(again->json, imported->json);
}

void TestPackCsv::newPackFromShiftJisSheet()
{
    // What a Japanese administrator's Excel saves: Shift_JIS, CRLF, full-width digits and letters in
    // ids and weights, grades typed as 低/中/高, a line break inside a cell, curly quotes in an
    // expression, a notes column, and empty rows below the data.
    const QString sheet =
        u"id,category,weight,text_ja,text_en,applies_if,refs,recommendation_ja,"
        u"recommendation_en,cost,effort,capabilities,#メモ\r\n"
        u"ｑ１,devices,１.５,\"OSを\r\n更新していますか？\",Do you update the OS?,"
        u"assets.pcs > 0 && tier != “micro”,five-1、five-2,自動更新,Auto-update,低,中,patching,確認済み\r\n"
        u"q2,people,,教育をしていますか？,Do you train staff?,,five-2,研修,Train,高,high,training;governance,\r\n"
        u",,,,,,,,,,,,\r\n"
        u",,,,,,,,,,,,\r\n"_s;
    QStringEncoder sjis("windows-31j");
    const QByteArray bytes = sjis(sheet);
    QVERIFY(!sjis.hasError());
    auto imported = importPackCsv(write(bytes), write(Base, u"json"_s));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().first().toString()));
    QCOMPARE(imported->encoding, TextEncoding::ShiftJis);
    QCOMPARE(imported->questions, 2);
    const Pack& p = imported->pack;
    QCOMPARE(p.id, u"shop-basics"_s);
    QCOMPARE(p.questions.size(), std::size_t(2));
    const Question& q1 = p.questions[0];
    QCOMPARE(q1.id, u"q1"_s);
    QCOMPARE(q1.weight, 1.5);
    QCOMPARE(q1.text.ja, u"OSを\n更新していますか？"_s);
    QVERIFY(q1.appliesIf);
    QCOMPARE(q1.appliesIf->source(), u"assets.pcs > 0 && tier != \"micro\""_s);
    QCOMPARE(q1.refs, (QStringList{u"five-1"_s, u"five-2"_s}));
    QCOMPARE(q1.recommendation.cost, Grade::Low);
    QCOMPARE(q1.recommendation.effort, Grade::Medium);
    const Question& q2 = p.questions[1];
    QCOMPARE(q2.weight, 1.0);
    QCOMPARE(p.categories[std::size_t(q2.category)].id, u"people"_s);
    QCOMPARE(q2.recommendation.cost, Grade::High);
    QCOMPARE(q2.recommendation.capabilities, (QStringList{u"training"_s, u"governance"_s}));
    // The written file keeps the base's key order and reads like a hand-written pack.
    QVERIFY(imported->json.startsWith("{\n  \"format\": 1,\n  \"id\": \"shop-basics\",\n"));
    QVERIFY(imported->json.contains("\"refs\": [\"five-1\", \"five-2\"]"));
    QVERIFY(imported->json.contains("OSを\\n更新していますか？"));
}

void TestPackCsv::followUpsAndReplacements()
{
    const QByteArray csv =
        Header + '\n' + Row1 + '\n' +
        "q3,devices,,バックアップを確かめていますか？,Do you test backups?,,,,q1,\"yes, partial\",no,"
        "five-1,\"old4 old5\",復元を試す,Test a restore,low,medium,backup\n";
    auto imported = importPackCsv(write(csv), write(Base, u"json"_s));
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().first().toString()));
    const Question& q3 = imported->pack.questions[1];
    QVERIFY(q3.dependsOn);
    QCOMPARE(q3.dependsOn->question, 0);
    QCOMPARE(q3.dependsOn->answers, (QStringList{u"yes"_s, u"partial"_s}));
    QCOMPARE(imported->pack.scale[std::size_t(q3.dependsOn->otherwise)].id, u"no"_s);
    QCOMPARE(q3.replaces, (QStringList{u"old4"_s, u"old5"_s}));
    // A category left without questions is a warning, located in the base, and the pack still loads.
    QCOMPARE(imported->warnings.size(), 1);
    QCOMPARE(imported->warnings.first().severity, Severity::Warning);
    QCOMPARE(imported->warnings.first().path, u"$.categories[1]"_s);
    QVERIFY(imported->warnings.first().line > 1);
}

void TestPackCsv::setVersion()
{
    const QString csv = write(Header + '\n' + Row1 + '\n' + Row2 + '\n');
    const QString base = write(Base, u"json"_s);
    auto imported = importPackCsv(csv, base, PackCsvOptions{u"1.1.0"_s});
    QVERIFY(imported);
    QCOMPARE(imported->pack.version, u"1.1.0"_s);
    QVERIFY(imported->json.contains("\"version\": \"1.1.0\""));
    auto bad = importPackCsv(csv, base, PackCsvOptions{u"1.1"_s});
    QVERIFY(!bad);
    QCOMPARE(bad.error().size(), 1);
    QCOMPARE(bad.error().first().code, ErrorCode::Value);
    QVERIFY(bad.error().first().message.contains(u"1.1"_s));
}

void TestPackCsv::errors_data()
{
    QTest::addColumn<QByteArray>("csv");
    // Each problem as line:column-name:ErrorCode.
    QTest::addColumn<QStringList>("expected");
    const auto code = [](ErrorCode c) {
        return QString::number(int(c));
    };
    const auto at = [&](int line, const char* column, ErrorCode c) {
        return u"%1:%2:%3"_s.arg(line).arg(QString::fromLatin1(column), code(c));
    };
    // QByteArray, not a QStringBuilder: test data must have the column's exact type.
    const auto rows = [&](const QByteArray& row2) -> QByteArray {
        return Header + '\n' + Row1 + '\n' + row2 + '\n';
    };

    QTest::newRow("misspelt column") << QByteArray(QByteArray(Header).replace("recommendation_ja", "recomendation_ja") +
                                                   '\n' + Row1)
                                     << QStringList{at(1, "recomendation_ja", ErrorCode::UnknownKey),
                                                    at(1, "recommendation_ja", ErrorCode::Missing)};
    QTest::newRow("column named twice") << QByteArray(Header + ",refs\n" + Row1 + ",x\n")
                                        << QStringList{at(1, "refs", ErrorCode::Duplicate)};
    QTest::newRow("value under an unnamed column")
        << QByteArray(Header + ",\n" + Row1 + ",stray\n") << QStringList{at(2, "?", ErrorCode::UnknownKey)};
    QTest::newRow("weight not a number") << rows(QByteArray(Row2).replace("people,,", "people,heavy,"))
                                         << QStringList{at(3, "weight", ErrorCode::Type)};
    QTest::newRow("weight zero") << rows(QByteArray(Row2).replace("people,,", "people,0,"))
                                 << QStringList{at(3, "weight", ErrorCode::Value)};
    QTest::newRow("unknown grade") << rows(QByteArray(Row2).replace("low,medium,", "low,huge,"))
                                   << QStringList{at(3, "effort", ErrorCode::Value)};
    QTest::newRow("English text missing") << rows(QByteArray(Row2).replace("Are passwords unique?", ""))
                                          << QStringList{at(3, "text_en", ErrorCode::Missing)};
    QTest::newRow("no text at all") << rows(QByteArray(Row2).replace(
                                           "パスワードを使い回していませんか？,Are passwords unique?", ","))
                                    << QStringList{at(3, "text_ja", ErrorCode::Missing)};
    QTest::newRow("empty id") << rows(QByteArray(Row2).replace("q2,", ","))
                              << QStringList{at(3, "id", ErrorCode::Missing)};
    QTest::newRow("bad id") << rows(QByteArray(Row2).replace("q2,", "Q 2,"))
                            << QStringList{at(3, "id", ErrorCode::Value)};
    QTest::newRow("duplicate id") << rows(QByteArray(Row2).replace("q2,", "q1,"))
                                  << QStringList{at(3, "id", ErrorCode::Duplicate)};
    QTest::newRow("unknown category") << rows(QByteArray(Row2).replace("people", "persons"))
                                      << QStringList{at(3, "category", ErrorCode::Reference)};
    QTest::newRow("expression with a typo")
        << rows(QByteArray(Row2).replace(",,,,,,,five-2", ",,,employes > 5,,,,five-2"))
        << QStringList{at(3, "applies_if", ErrorCode::Expression)};
    QTest::newRow("answers without a parent") << rows(QByteArray(Row2).replace(",,,,,,,five-2", ",,,,,yes,,five-2"))
                                              << QStringList{at(3, "depends_answers", ErrorCode::Missing)};
    QTest::newRow("parent without answers") << rows(QByteArray(Row2).replace(",,,,,,,five-2", ",,,,q1,,,five-2"))
                                            << QStringList{at(3, "depends_answers", ErrorCode::Missing)};
    QTest::newRow("unknown parent") << rows(QByteArray(Row2).replace(",,,,,,,five-2", ",,,,q9,yes,,five-2"))
                                    << QStringList{at(3, "depends_on", ErrorCode::Reference)};
    QTest::newRow("unknown choice") << rows(QByteArray(Row2).replace(",,,,,,,five-2", ",,,,q1,maybe,,five-2"))
                                    << QStringList{at(3, "depends_answers", ErrorCode::Reference)};
    QTest::newRow("unknown reference") << rows(QByteArray(Row2).replace("five-2", "five-9"))
                                       << QStringList{at(3, "refs", ErrorCode::Reference)};
    QTest::newRow("unknown capability") << rows(QByteArray(Row2).replace("medium,", "medium,hacking"))
                                        << QStringList{at(3, "capabilities", ErrorCode::Reference)};
    QTest::newRow("replaces a current question")
        << rows(QByteArray(Row2).replace("five-2,,", "five-2,q1,")) << QStringList{at(3, "replaces", ErrorCode::Value)};
    QTest::newRow("no questions") << QByteArray(Header + "\n,,,,,,,,,,,,,,,,,\n")
                                  << QStringList{at(0, "", ErrorCode::Missing)};
    QTest::newRow("several problems, in reading order")
        << rows(QByteArray(Row2).replace("people,,", "persons,x,").replace("low,medium,", "lo,medium,"))
        << QStringList{at(3, "category", ErrorCode::Reference), at(3, "weight", ErrorCode::Type),
                       at(3, "cost", ErrorCode::Value)};
    QTest::newRow("quote left open") << QByteArray(Header + '\n' + Row1 + "\nq2,\"people\n")
                                     << QStringList{at(3, "", ErrorCode::Syntax)};
}

void TestPackCsv::errors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QStringList, expected);
    const QString csvPath = write(csv);
    auto imported = importPackCsv(csvPath, write(Base, u"json"_s));
    QVERIFY(!imported);
    const QStringList found = located(imported.error());
    QCOMPARE(found, expected);
    for (const Diagnostic& d : imported.error()) {
        QCOMPARE(d.file, csvPath);
        QVERIFY2(!d.message.isEmpty(), qPrintable(d.toString()));
    }
}

void TestPackCsv::baseErrorsStopTheQuestions()
{
    // A base without categories would make every row's category "unknown"; only the base is reported,
    // at its own line and JSON path, with one line saying the questions were not checked.
    QByteArray base = Base;
    const qsizetype from = base.indexOf("  \"categories\"");
    const qsizetype to = base.indexOf("  \"references\"");
    base.remove(from, to - from);
    base.replace("\"version\": \"1.0.0\"", "\"version\": \"1.0\"");
    const QString basePath = write(base, u"json"_s);
    const QString csvPath = write(Header + '\n' + Row1 + '\n' + Row2 + '\n');
    auto imported = importPackCsv(csvPath, basePath);
    QVERIFY(!imported);
    const Diagnostics& ds = imported.error();
    QCOMPARE(ds.size(), 3);
    // In the base's reading order: the missing key is reported at the object (line 1), the version
    // at its own line.
    QCOMPARE(ds[0].file, basePath);
    QCOMPARE(ds[0].code, ErrorCode::Missing);
    QCOMPARE(ds[0].path, u"$"_s);
    QVERIFY(ds[0].message.contains(u"categories"_s));
    QCOMPARE(ds[1].file, basePath);
    QCOMPARE(ds[1].path, u"$.version"_s);
    QCOMPARE(ds[1].line, 4);
    QCOMPARE(ds[1].column, 14);
    QCOMPARE(ds[1].code, ErrorCode::Value);
    QCOMPARE(ds[2].file, csvPath);
    QCOMPARE(ds[2].line, 0);
}

void TestPackCsv::unreadableInputs_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArray>("base");
    QTest::addColumn<int>("code");
    QTest::addColumn<bool>("inBase");
    QTest::newRow("base is not JSON") << QByteArray(Header + '\n' + Row1) << QByteArray("{\"format\": 1,")
                                      << int(ErrorCode::Syntax) << true;
    QTest::newRow("base is not an object")
        << QByteArray(Header + '\n' + Row1) << QByteArray("[1, 2]") << int(ErrorCode::Type) << true;
    QTest::newRow("neither UTF-8 nor Shift_JIS")
        << QByteArray(Header + "\nq1,\xff\xfe\xfd") << Base << int(ErrorCode::Encoding) << false;
}

void TestPackCsv::unreadableInputs()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArray, base);
    QFETCH(int, code);
    QFETCH(bool, inBase);
    const QString csvPath = write(csv);
    const QString basePath = write(base, u"json"_s);
    auto imported = importPackCsv(csvPath, basePath);
    QVERIFY(!imported);
    QCOMPARE(int(imported.error().first().code), code);
    QCOMPARE(imported.error().first().file, inBase ? basePath : csvPath);
    QVERIFY(imported.error().first().line > 0);
    // A file that is missing is named, not guessed at.
    auto missing = importPackCsv(m_files.filePath(u"nothing.csv"_s), basePath);
    QVERIFY(!missing);
    QCOMPARE(missing.error().last().code, ErrorCode::Io);
}

QTEST_GUILESS_MAIN(TestPackCsv)
#include "tst_packcsv.moc"
