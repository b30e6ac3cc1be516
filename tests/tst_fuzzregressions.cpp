// The inputs the fuzz targets (tests/fuzz/) found problems with, and hand-made hostile inputs, fed to
// the same entry points as the targets in every build. Each must give a value or fail with errors of
// which at least one names the file — never crash, hang or fail without saying where.
//
// tests/data/fuzz-regressions/<target>/<name> holds the exact bytes given to the fuzz target of that
// name (tests/fuzz/fuzz_<target>.cpp), selector byte included for "catalog" and "signing".

#include "core/answers.h"
#include "core/catalogformat.h"
#include "core/csv.h"
#include "core/expression.h"
#include "core/pack.h"
#include "core/packcsv.h"
#include "core/packloader.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "core/signing.h"
#include "core/transfer.h"
#include "core/vocabulary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

// What a reader made of one input.
struct Outcome
{
    bool ok = false;
    QString fileName; // the name the reader was given
    Diagnostics diagnostics;
};

template <typename T>
Outcome outcomeOf(const Result<T>& result, const QString& fileName)
{
    return Outcome{result.has_value(), fileName, result ? Diagnostics() : result.error()};
}

QString describe(const Outcome& o)
{
    QStringList lines;
    for (const Diagnostic& d : o.diagnostics) {
        lines.append(d.toString());
    }
    return (o.ok ? u"ok"_s : u"failed"_s) + u": "_s + lines.join(u" | "_s);
}

// The expected outcome of a hand-made input.
enum class Expect
{
    Either,
    Value,
    Failure
};

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void regressions_data();
    void regressions();
    void hostile_data();
    void hostile();

private:
    // Feeds `bytes` to the entry point of the fuzz target `target`, as the target does.
    Outcome feed(const QString& target, const QByteArray& bytes);
    void checkOutcome(const QString& target, const QByteArray& bytes, Expect expect,
                      std::optional<ErrorCode> code = std::nullopt);

    QTemporaryDir m_dir;
    std::unique_ptr<PackRepository> m_packs;
    std::optional<Pack> m_pack;
};

void TestFuzzRegressions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_packs = std::make_unique<PackRepository>(QStringList{PackRepository::bundledFolder()});
    auto pack = m_packs->find(u"ipa-self-check"_s);
    QVERIFY2(pack.has_value(), "the bundled pack ipa-self-check loads");
    m_pack = std::move(*pack);
}

Outcome TestFuzzRegressions::feed(const QString& target, const QByteArray& bytes)
{
    if (target == u"packloader"_s) {
        return outcomeOf(PackLoader().loadData(bytes, u"fuzz.json"_s), u"fuzz.json"_s);
    }
    if (target == u"expression"_s) {
        // An expression error is a column inside the expression; made a diagnostic so it is checked
        // like the others, and its column range checked here.
        const QString source = QString::fromUtf8(bytes);
        const auto parsed = Expression::parse(source);
        if (parsed) {
            (void)parsed->evaluate(Profile());
            return Outcome{true, u"expression"_s, {}};
        }
        const ExpressionError& e = parsed.error();
        if (e.column < 1 || e.column > source.size() + 1 || e.message.isEmpty()) {
            return Outcome{false, u"expression"_s, {}}; // fails the "names the file" check below
        }
        return Outcome{
            false,
            u"expression"_s,
            {Diagnostic{ErrorCode::Expression, Severity::Error, u"expression"_s, 1, e.column, {}, e.message}}};
    }
    if (target == u"profile"_s) {
        return outcomeOf(parseProfile(bytes, u"fuzz.profile.json"_s), u"fuzz.profile.json"_s);
    }
    if (target == u"answers"_s) {
        const Outcome withPack =
            outcomeOf(parseAnswers(bytes, u"fuzz.answers.json"_s, &*m_pack), u"fuzz.answers.json"_s);
        const Outcome without = outcomeOf(parseAnswers(bytes, u"fuzz.answers.json"_s), u"fuzz.answers.json"_s);
        // What the pack accepts, the pack-less reading accepts too.
        if (withPack.ok && !without.ok) {
            return without;
        }
        return withPack;
    }
    if (target == u"catalog"_s) {
        if (bytes.isEmpty()) {
            return Outcome{true, {}, {}};
        }
        const bool json = (bytes[0] & 1) != 0;
        const QByteArray file = bytes.mid(1);
        const QString path = m_dir.filePath(json ? u"fuzz.json"_s : u"fuzz.csv"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(file) != file.size()) {
            return Outcome{false, path, {}};
        }
        out.close();
        if (auto reader = CsvReader::fromBytes(file, u"memory.csv"_s)) {
            for (;;) {
                auto row = (*reader)->next();
                if (!row || !*row) {
                    break;
                }
            }
        }
        CatalogFileVisitor visitor;
        visitor.service = [](const ServiceEntry&) {
            return true;
        };
        visitor.talent = [](const TalentEntry&) {
            return true;
        };
        const Diagnostics d = readCatalogFile(path, visitor, Vocabulary::capabilities());
        return Outcome{!hasErrors(d), path, d};
    }
    if (target == u"transfer"_s) {
        return outcomeOf(parseTransfer(bytes, u"fuzz.mamori-export.json"_s, *m_packs), u"fuzz.mamori-export.json"_s);
    }
    if (target == u"signing"_s) {
        if (bytes.isEmpty()) {
            return Outcome{true, {}, {}};
        }
        const QByteArray file = bytes.mid(1);
        switch (quint8(bytes[0]) % 3) {
        case 0:
            return outcomeOf(signing::parseSignature(file, u"fuzz.json.sig"_s), u"fuzz.json.sig"_s);
        case 1:
            return outcomeOf(signing::parsePublicKey(file, u"fuzz.pub.json"_s), u"fuzz.pub.json"_s);
        default:
            return outcomeOf(signing::parseSecretKey(file, u"fuzz.secret.json"_s), u"fuzz.secret.json"_s);
        }
    }
    if (target == u"packcsv"_s) {
        const QString path = m_dir.filePath(u"fuzz.csv"_s);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(bytes) != bytes.size()) {
            return Outcome{false, path, {}};
        }
        out.close();
        return outcomeOf(importPackCsv(path, u":/mamori/questionnaires/sme-guideline.json"_s), path);
    }
    qFatal("unknown fuzz target %s", qUtf8Printable(target));
    return Outcome{};
}

void TestFuzzRegressions::checkOutcome(const QString& target, const QByteArray& bytes, Expect expect,
                                       std::optional<ErrorCode> code)
{
    const Outcome o = feed(target, bytes);
    const QByteArray said = describe(o).toUtf8();
    if (!o.ok) {
        QVERIFY2(hasErrors(o.diagnostics), said.constData());
        const bool named = std::any_of(o.diagnostics.cbegin(), o.diagnostics.cend(),
                                       [&](const Diagnostic& d) { return d.file == o.fileName; });
        QVERIFY2(named, said.constData());
    }
    if (expect == Expect::Value) {
        QVERIFY2(o.ok, said.constData());
    } else if (expect == Expect::Failure) {
        QVERIFY2(!o.ok, said.constData());
        if (code) {
            const bool found = std::any_of(o.diagnostics.cbegin(), o.diagnostics.cend(),
                                           [&](const Diagnostic& d) { return d.code == *code; });
            QVERIFY2(found, said.constData());
        }
    }
}

void TestFuzzRegressions::regressions_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    const QDir root(QStringLiteral(MAMORI_TEST_DATA_DIR) + u"/fuzz-regressions"_s);
    int count = 0;
    for (const QString& target : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(root.filePath(target));
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QTest::newRow(qUtf8Printable(target + u'/' + name)) << target << dir.filePath(name);
            ++count;
        }
    }
    if (count == 0) {
        QSKIP("no fuzz regressions committed");
    }
}

void TestFuzzRegressions::regressions()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    checkOutcome(target, file.readAll(), Expect::Either);
}

void TestFuzzRegressions::hostile_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Expect>("expect");
    QTest::addColumn<int>("code"); // an ErrorCode a failure must contain, or -1

    const auto nested = [](int depth, const QByteArray& open, const QByteArray& close,
                           const QByteArray& middle) -> QByteArray {
        return open.repeated(depth) + middle + close.repeated(depth);
    };
    const QByteArray deepArrays = nested(100000, "[", "]", "1");
    const QByteArray deepObjects = nested(20000, "{\"a\":", "}", "1");
    const QByteArray profileOk = R"({"name": "x", "industry": "E", "prefecture": 13, "employees": 5,
        "capital_man_yen": 1000, "supplies_large_firms": false,
        "assets": {"pcs": 1, "mobiles": 0, "servers": 0, "website": false, "ecommerce": false, "cloud": [],
                   "remote_work": false, "wifi": false, "personal_info_records": 0, "card_data": false,
                   "ot_devices": false, "it_staff": "none"},
        "protections": []})";
    const int limit = int(ErrorCode::Limit);
    const int encoding = int(ErrorCode::Encoding);
    const int syntax = int(ErrorCode::Syntax);
    const int type = int(ErrorCode::Type);
    const int any = -1;

    const auto row = [](const QString& target, const char* name) -> QTestData& {
        return QTest::newRow(qUtf8Printable(target + u'/' + QString::fromUtf8(name)));
    };
    for (const QString& target : {u"packloader"_s, u"profile"_s, u"answers"_s, u"transfer"_s}) {
        row(target, "empty") << target << QByteArray() << Expect::Failure << syntax;
        row(target, "deep arrays") << target << deepArrays << Expect::Failure << limit;
        row(target, "deep objects") << target << deepObjects << Expect::Failure << limit;
        row(target, "invalid UTF-8") << target << QByteArray("{\"name\": \"\xC3\x28\"}") << Expect::Failure << encoding;
        row(target, "NUL bytes") << target << QByteArray("{\"a\"\0: 1}", 9) << Expect::Failure << any;
        row(target, "byte order mark") << target << QByteArray("\xEF\xBB\xBF{}") << Expect::Failure << any;
        row(target, "huge number") << target << QByteArray("{\"version\": 1e999999}") << Expect::Failure << any;
        row(target, "lone surrogate") << target << QByteArray("{\"\\ud800\": 1}") << Expect::Failure << any;
        row(target, "unterminated") << target << QByteArray("{\"a\": \"b") << Expect::Failure << syntax;
        row(target, "a million values") << target << "[" + QByteArray("0,").repeated(1100000) + "0]" << Expect::Failure
                                        << limit;
    }
    QTest::newRow("profile/valid") << u"profile"_s << profileOk << Expect::Value << any;
    QTest::newRow("profile/huge employees")
        << u"profile"_s << QByteArray(profileOk).replace("\"employees\": 5", "\"employees\": 1e308") << Expect::Failure
        << type;
    QTest::newRow("profile/negative capital")
        << u"profile"_s << QByteArray(profileOk).replace("\"capital_man_yen\": 1000", "\"capital_man_yen\": -1e300")
        << Expect::Failure << type;
    QTest::newRow("profile/huge records")
        << u"profile"_s
        << QByteArray(profileOk).replace("\"personal_info_records\": 0", "\"personal_info_records\": 9.3e18")
        << Expect::Failure << type;

    QTest::newRow("expression/10k characters")
        << u"expression"_s << "employees > 1" + QByteArray(" && employees > 1").repeated(600) << Expect::Failure << any;
    QTest::newRow("expression/10k parentheses")
        << u"expression"_s << nested(5000, "(", ")", "employees > 1") << Expect::Failure << any;
    QTest::newRow("expression/deep not") << u"expression"_s << "!" + QByteArray("!").repeated(900) + "assets.wifi"
                                         << Expect::Failure << any;
    QTest::newRow("expression/huge number")
        << u"expression"_s << QByteArray("employees < 1e999999") << Expect::Either << any;
    QTest::newRow("expression/unterminated string")
        << u"expression"_s << QByteArray("tier == \"micro") << Expect::Failure << any;
    QTest::newRow("expression/NUL") << u"expression"_s << QByteArray("assets.wifi\0|| true", 20) << Expect::Failure
                                    << any;
    QTest::newRow("expression/invalid UTF-8")
        << u"expression"_s << QByteArray("tier == \"\xFF\xFE\"") << Expect::Failure << any;
    QTest::newRow("expression/surrogate pair")
        << u"expression"_s << QByteArray("tier == \"\xF0\x9F\x98\x80\"") << Expect::Failure << any;
    QTest::newRow("expression/valid") << u"expression"_s << QByteArray("industry in [\"E\", \"I\"] && !assets.wifi")
                                      << Expect::Value << any;

    // A talent row as the bundled sample has it, and hostile variants of it.
    const QByteArray csv("\x00", 1);
    const QByteArray json("\x01", 1);
    const QByteArray header = csvHeader(CatalogKind::Talent).toUtf8() + "\n";
    const QByteArray good = "t-1,Y. O.,riss;it_coordinator,998991,current,governance;edr,sme-guideline:management,E;K,"
                            "24,true,false,advice;audit,30000,50000,limited,ja,,,somewhere,2025-04-01,true\n";
    QTest::newRow("catalog/valid row") << u"catalog"_s << csv + header + good << Expect::Value << any;
    QTest::newRow("catalog/mismatched quote")
        << u"catalog"_s << csv + header + QByteArray(good).replace("Y. O.", "\"Y. O.") << Expect::Failure << syntax;
    QTest::newRow("catalog/stray quote") << u"catalog"_s << csv + header + QByteArray(good).replace("Y. O.", "Y. \"O.")
                                         << Expect::Failure << syntax;
    QTest::newRow("catalog/text after quote")
        << u"catalog"_s << csv + header + QByteArray(good).replace("Y. O.", "\"Y.\" O.") << Expect::Failure << syntax;
    QTest::newRow("catalog/quoted line break")
        << u"catalog"_s << csv + header + QByteArray(good).replace("Y. O.", "\"Y.\r\n\"\"O.\"\"\"") << Expect::Either
        << any;
    QTest::newRow("catalog/too many cells")
        << u"catalog"_s << csv + header + QByteArray(good).replace("\n", ",x,y\n") << Expect::Failure << syntax;
    QTest::newRow("catalog/duplicate id")
        << u"catalog"_s << csv + header + good + good << Expect::Failure << int(ErrorCode::Duplicate);
    QTest::newRow("catalog/no id column") << u"catalog"_s << csv + "display_name,skills\nx,edr\n"
                                          << Expect::Failure << any;
    QTest::newRow("catalog/NUL bytes") << u"catalog"_s
                                       << csv + header + QByteArray(good).replace("Y. O.", QByteArray("Y\0O", 3))
                                       << Expect::Either << any;
    QTest::newRow("catalog/huge fee") << u"catalog"_s << csv + header + QByteArray(good).replace("30000", "1e300")
                                      << Expect::Failure << any;
    QTest::newRow("catalog/neither UTF-8 nor Shift_JIS") << u"catalog"_s << csv + header + "\xFF\xFF,\x80\n"
                                                         << Expect::Failure << encoding;
    QTest::newRow("catalog/BOM then invalid") << u"catalog"_s << csv + "\xEF\xBB\xBF" + header + "\xC3\x28\n"
                                              << Expect::Failure << encoding;
    QTest::newRow("catalog/BOM and valid")
        << u"catalog"_s << csv + "\xEF\xBB\xBF" + header + good << Expect::Value << any;
    QTest::newRow("catalog/only a header") << u"catalog"_s << csv + header << Expect::Value << any;
    QTest::newRow("catalog/empty csv") << u"catalog"_s << csv << Expect::Failure << syntax;
    QTest::newRow("catalog/huge numbers json")
        << u"catalog"_s << json + R"({"format": 1, "services": [{"id": "a", "regions": [1e300, -1e300]}]})"
        << Expect::Failure << any;
    QTest::newRow("catalog/huge price json")
        << u"catalog"_s << json + R"({"format": 1, "services": [{"id": "a", "price_monthly": 1e300}]})"
        << Expect::Failure << any;
    QTest::newRow("catalog/deep json") << u"catalog"_s << json + deepArrays << Expect::Failure << limit;

    const QByteArray sigFile = R"({"format": "mamori-signature/1", "algorithm": "ed25519", "key_id": "0000000000000000",
        "signer": "x", "signed_at": "2026-11-24T21:00:24Z", "pack": {"id": "p", "version": "1.0.0"},
        "digest": "00", "signature": "!!!not base64!!!"})";
    const QByteArray sheet = "id,category,text_ja,text_en,recommendation_ja,recommendation_en,cost,effort,weight\n";
    const QByteArray question = "g01,start,質問,Question,推奨,Advice,low,low,1\n";
    QTest::newRow("packcsv/valid row") << u"packcsv"_s << sheet + question << Expect::Value << any;
    QTest::newRow("packcsv/only a header") << u"packcsv"_s << sheet << Expect::Failure << int(ErrorCode::Missing);
    QTest::newRow("packcsv/empty file") << u"packcsv"_s << QByteArray() << Expect::Failure << any;
    QTest::newRow("packcsv/huge weight") << u"packcsv"_s << sheet + QByteArray(question).replace(",1\n", ",1e999\n")
                                         << Expect::Failure << any;
    QTest::newRow("packcsv/NaN weight") << u"packcsv"_s << sheet + QByteArray(question).replace(",1\n", ",nan\n")
                                        << Expect::Failure << any;
    QTest::newRow("packcsv/NUL in a cell")
        << u"packcsv"_s << sheet + QByteArray(question).replace("Question", QByteArray("Q\0n", 3)) << Expect::Either
        << any;
    QTest::newRow("packcsv/control characters")
        << u"packcsv"_s << sheet + QByteArray(question).replace("Question", "Q\x01\x1f\x7f") << Expect::Value << any;
    QTest::newRow("packcsv/quote left open")
        << u"packcsv"_s << sheet + QByteArray(question).replace("g01,", "\"g01,") << Expect::Failure << syntax;
    QTest::newRow("packcsv/a follow-up of itself")
        << u"packcsv"_s
        << QByteArray("id,category,text_ja,text_en,recommendation_ja,recommendation_en,cost,effort,depends_on,"
                      "depends_answers\ng01,start,質問,Q,推奨,A,low,low,g01,yes\n")
        << Expect::Failure << int(ErrorCode::Cycle);
    QTest::newRow("packcsv/every column a list separator")
        << u"packcsv"_s << sheet + QByteArray(question).replace("g01,", "、;|,") << Expect::Failure << any;

    QTest::newRow("signing/bad base64") << u"signing"_s << QByteArray(1, '\0') + sigFile << Expect::Failure << any;
    QTest::newRow("signing/huge time") << u"signing"_s
                                       << QByteArray(1, '\0') + QByteArray(sigFile).replace("2026-11-24T21:00:24Z",
                                                                                            "99999999-11-24T21:00:24Z")
                                       << Expect::Failure << any;
    QTest::newRow("signing/deep public key")
        << u"signing"_s << QByteArray(1, '\1') + deepObjects << Expect::Failure << limit;
    QTest::newRow("signing/secret key NUL")
        << u"signing"_s << QByteArray("\x02{\"format\"\0}", 13) << Expect::Failure << any;
}

void TestFuzzRegressions::hostile()
{
    QFETCH(QString, target);
    QFETCH(QByteArray, input);
    QFETCH(Expect, expect);
    QFETCH(int, code);
    checkOutcome(target, input, expect, code < 0 ? std::nullopt : std::optional<ErrorCode>(ErrorCode(code)));
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
