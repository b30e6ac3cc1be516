#include "cli/app.h"
#include "tests/clirun.h"
#include "tests/teststores.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");
const QString Packs = QStringLiteral(MAMORI_SOURCE_DIR "/questionnaires/");

using Run = test::CliRun;

Run runInProcess(const QStringList& args)
{
    return test::runCliInProcess(args);
}

QStringList assessArgs(const QString& firm, const QString& pack, const QString& format)
{
    return {u"assess"_s,
            u"--pack"_s,
            pack,
            u"--profile"_s,
            Samples + firm + u".profile.json"_s,
            u"--answers"_s,
            Samples + firm + u'.' + pack + u".answers.json"_s,
            u"--format"_s,
            format};
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void commands_data();
    void commands();
    void usageErrorsInTheUsersLanguage_data();
    void usageErrorsInTheUsersLanguage();
    void assessJsonHasTheContractKeys();
    void assessIsByteIdentical();
    void japaneseOutput();
    void storedAssessmentFlow();
    void teamDatabase();
    void changeLog();
    void historyCompareExportImport();
    void importConflicts_data();
    void importConflicts();
    void matchAndCatalog();
    void packSigningLifecycle();
    void packSpreadsheet();
    void readOnlyFolder_data();
    void readOnlyFolder();
    void realBinary_data();
    void realBinary();

private:
    QTemporaryDir m_dir;
    QString m_badPack;
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_badPack = m_dir.filePath(u"bad.json"_s);
    QFile file(m_badPack);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"format\": 1,\n  \"id\": \"bad\",\n  \"version\": \"x\"\n}\n");
}

void TestCli::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::addColumn<QString>("err");
    const QString micro = Samples + u"micro-retail.profile.json"_s;

    QTest::newRow("no arguments") << QStringList{} << 2 << QString() << u"Commands:"_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"pack validate"_s << QString();
    QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"mamori-cli 0."_s << QString();
    QTest::newRow("version after command")
        << QStringList{u"assess"_s, u"--version"_s} << 0 << u"mamori-cli 0."_s << QString();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << 2 << QString()
                                     << u"unknown command \"frobnicate\""_s;
    QTest::newRow("pack without verb")
        << QStringList{u"pack"_s} << 2 << QString()
        << u"expected one of: list, show, validate, install, remove, diff, import-csv, export-csv, keygen, sign, "
           u"verify"_s;
    QTest::newRow("bad language") << QStringList{u"--lang"_s, u"fr"_s, u"pack"_s, u"list"_s} << 2 << QString()
                                  << u"unknown language \"fr\""_s;
    QTest::newRow("pack list") << QStringList{u"pack"_s, u"list"_s} << 0 << u"sme-guideline"_s << QString();
    QTest::newRow("pack list json") << QStringList{u"pack"_s, u"list"_s, u"--format"_s, u"json"_s} << 0
                                    << u"\"id\": \"ipa-self-check\""_s << QString();
    QTest::newRow("pack list bad format")
        << QStringList{u"pack"_s, u"list"_s, u"--format"_s, u"xml"_s} << 2 << QString() << u"unknown format \"xml\""_s;
    QTest::newRow("pack list help") << QStringList{u"pack"_s, u"list"_s, u"--help"_s} << 0
                                    << u"Usage: mamori-cli pack list"_s << QString();
    // Boost wraps help by bytes, which cut Japanese characters in half; the help is wrapped by columns.
    QTest::newRow("Japanese help wraps whole characters")
        << QStringList{u"--lang"_s, u"ja"_s, u"pack"_s, u"import-csv"_s, u"--help"_s} << 0
        << u"--base arg         設問以外のすべてを与える質問票のIDまたはファイル\n"_s << QString();
    QTest::newRow("long help lines wrap under their column")
        << QStringList{u"--lang"_s, u"ja"_s, u"report"_s, u"--help"_s} << 0
        << u"（省略時はすべて）：\n                            summary, areas,"_s << QString();
    QTest::newRow("validate good") << QStringList{u"pack"_s, u"validate"_s, Packs + u"ipa-self-check.json"_s,
                                                  Packs + u"sme-guideline.json"_s}
                                   << 0 << u"sme-guideline.json: valid"_s << QString();
    QTest::newRow("validate bad") << QStringList{u"pack"_s, u"validate"_s, m_badPack} << 1 << QString()
                                  << m_badPack + u":4:14: $.version: the version \"x\" is not MAJOR.MINOR.PATCH"_s;
    QTest::newRow("validate missing file") << QStringList{u"pack"_s, u"validate"_s, u"/no/such.json"_s} << 1
                                           << QString() << u"/no/such.json: cannot open the file"_s;
    QTest::newRow("validate no file") << QStringList{u"pack"_s, u"validate"_s} << 2 << QString()
                                      << u"an argument is missing\nUsage: mamori-cli pack validate"_s;
    QTest::newRow("validate unknown option") << QStringList{u"pack"_s, u"validate"_s, u"--strict"_s, u"x.json"_s} << 2
                                             << QString() << u"unknown option --strict"_s;
    QTest::newRow("pack show") << QStringList{u"pack"_s, u"show"_s, u"ipa-self-check"_s} << 0 << u"Questions: 25"_s
                               << QString();
    QTest::newRow("pack show json") << QStringList{u"pack"_s, u"show"_s, u"sme-guideline"_s, u"--format"_s, u"json"_s}
                                    << 0 << u"\"id\": \"telework\""_s << QString();
    QTest::newRow("pack show unknown") << QStringList{u"pack"_s, u"show"_s, u"nist"_s} << 1 << QString()
                                       << u"no pack with the id \"nist\""_s;
    QTest::newRow("questions") << QStringList{u"questions"_s, u"--pack"_s, u"sme-guideline"_s, u"--profile"_s, micro}
                               << 0 << u"questions apply to this firm"_s << QString();
    QTest::newRow("questions json") << QStringList{u"questions"_s, u"--pack"_s, u"ipa-self-check"_s,
                                                   u"--profile"_s, micro,       u"--format"_s,
                                                   u"json"_s}
                                    << 0 << u"\"applicable\": 25"_s << QString();
    QTest::newRow("questions missing profile") << QStringList{u"questions"_s, u"--pack"_s, u"ipa-self-check"_s} << 2
                                               << QString() << u"the option --profile is required"_s;
    QTest::newRow("assess text") << assessArgs(u"small-manufacturer"_s, u"ipa-self-check"_s, u"text"_s) << 0
                                 << u"Overall score: 66.0 / 100"_s << QString();
    QTest::newRow("assess json") << assessArgs(u"micro-retail"_s, u"sme-guideline"_s, u"json"_s) << 0
                                 << u"\"tier\": \"micro\""_s << QString();
    QTest::newRow("assess pack by file") << QStringList{u"assess"_s,
                                                        u"--pack"_s,
                                                        Packs + u"ipa-self-check.json"_s,
                                                        u"--profile"_s,
                                                        micro,
                                                        u"--answers"_s,
                                                        Samples + u"micro-retail.ipa-self-check.answers.json"_s}
                                         << 0 << u"Overall score: 25.0 / 100"_s << QString();
    QTest::newRow("assess wrong answers") << QStringList{u"assess"_s,
                                                         u"--pack"_s,
                                                         u"sme-guideline"_s,
                                                         u"--profile"_s,
                                                         micro,
                                                         u"--answers"_s,
                                                         Samples + u"micro-retail.ipa-self-check.answers.json"_s}
                                          << 1 << QString() << u"not \"sme-guideline\""_s;
    QTest::newRow("assess bad profile") << QStringList{u"assess"_s, u"--pack"_s,    u"ipa-self-check"_s, u"--profile"_s,
                                                       m_badPack,   u"--answers"_s, u"x.json"_s}
                                        << 1 << QString()
                                        << m_badPack + u":1:1: $: the required key \"name\" is missing"_s;
}

void TestCli::commands()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const Run r = runInProcess(QStringList{u"--lang"_s, u"en"_s} + args);
    QVERIFY2(r.code == code, qPrintable(u"exit %1\nstdout:\n%2\nstderr:\n%3"_s.arg(r.code).arg(r.out, r.err)));
    QVERIFY2(r.out.contains(out), qPrintable(r.out));
    QVERIFY2(r.err.contains(err), qPrintable(r.err));
    if (code == 0) {
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }
}

void TestCli::usageErrorsInTheUsersLanguage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("japanese");
    QTest::addColumn<QString>("english");
    const QStringList start{u"assessment"_s, u"start"_s};
    QTest::newRow("required option missing")
        << start + QStringList{u"--pack"_s, u"ipa-self-check"_s} << u"オプション --firm が必要です"_s
        << u"the option --firm is required but missing"_s;
    QTest::newRow("unknown option") << start + QStringList{u"--frim"_s, u"1"_s} << u"不明なオプション --frim"_s
                                    << u"unknown option --frim"_s;
    QTest::newRow("not a number") << QStringList{u"firm"_s, u"list"_s, u"--limit"_s, u"ten"_s}
                                  << u"「ten」は --limit の値として正しくありません"_s
                                  << u"\"ten\" is not a valid value for --limit"_s;
    QTest::newRow("value missing") << QStringList{u"firm"_s, u"list"_s, u"--limit"_s}
                                   << u"オプション --limit に値が必要です"_s << u"the option --limit needs a value"_s;
    QTest::newRow("given twice") << QStringList{u"firm"_s, u"list"_s, u"--limit"_s, u"1"_s, u"--limit"_s, u"2"_s}
                                 << u"オプション --limit は1回だけ指定できます"_s
                                 << u"the option --limit may be given only once"_s;
    QTest::newRow("too many arguments") << QStringList{u"firm"_s, u"show"_s, u"1"_s, u"2"_s} << u"引数が多すぎます"_s
                                        << u"too many arguments"_s;
}

// Boost's own messages are English: every kind of command-line mistake is said in the user's
// language, and nothing of Boost's English is left in the Japanese.
void TestCli::usageErrorsInTheUsersLanguage()
{
    QFETCH(QStringList, args);
    QFETCH(QString, japanese);
    QFETCH(QString, english);
    const QString db = m_dir.filePath(u"usage.sqlite"_s);
    const Run ja = runInProcess(QStringList{u"--lang"_s, u"ja"_s, u"--db"_s, db} + args);
    QCOMPARE(ja.code, 2);
    QVERIFY2(ja.err.contains(japanese), qPrintable(ja.err));
    for (const QString& boost :
         {u"required but missing"_s, u"unrecognised"_s, u"is invalid"_s, u"cannot be specified more"_s,
          u"too many positional"_s, u"requires an argument"_s, u"Usage:"_s}) {
        QVERIFY2(!ja.err.contains(boost), qPrintable(ja.err));
    }
    const Run en = runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + args);
    QCOMPARE(en.code, 2);
    QVERIFY2(en.err.contains(english), qPrintable(en.err));
}

void TestCli::assessJsonHasTheContractKeys()
{
    const Run r = runInProcess(assessArgs(u"small-manufacturer"_s, u"sme-guideline"_s, u"json"_s));
    QCOMPARE(r.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(o[u"pack"_s][u"id"_s].toString(), u"sme-guideline"_s);
    QCOMPARE(o[u"pack"_s][u"version"_s].toString(), u"1.0.0"_s);
    QCOMPARE(o[u"tier"_s].toString(), u"small"_s);
    const QJsonObject overall = o[u"overall"_s].toObject();
    for (const char* key : {"score", "points", "max_points", "level", "answered", "applicable", "unknown"}) {
        QVERIFY2(overall.contains(QString::fromLatin1(key)), key);
    }
    QVERIFY(overall[u"score"_s].isDouble());
    QVERIFY(overall[u"score"_s].toDouble() >= 0 && overall[u"score"_s].toDouble() <= 100);
    const QJsonArray categories = o[u"categories"_s].toArray();
    QCOMPARE(categories.size(), 10);
    for (const QJsonValue& c : categories) {
        for (const char* key : {"id", "score", "target", "gap"}) {
            QVERIFY2(c.toObject().contains(QString::fromLatin1(key)), key);
        }
    }
    const QJsonArray plan = o[u"plan"_s].toArray();
    QVERIFY(!plan.isEmpty());
    QCOMPARE(plan.first()[u"priority"_s].toInt(), 1);
    for (const QJsonValue& s : plan) {
        for (const char* key : {"question", "priority", "horizon", "refs", "capabilities"}) {
            QVERIFY2(s.toObject().contains(QString::fromLatin1(key)), key);
        }
        QVERIFY(QStringList({u"week"_s, u"quarter"_s, u"year"_s}).contains(s[u"horizon"_s].toString()));
    }
}

void TestCli::assessIsByteIdentical()
{
    const Run a = runInProcess(assessArgs(u"medium-it-services"_s, u"sme-guideline"_s, u"json"_s));
    const Run b = runInProcess(assessArgs(u"medium-it-services"_s, u"sme-guideline"_s, u"json"_s));
    QCOMPARE(a.code, 0);
    QCOMPARE(a.out, b.out);
}

void TestCli::japaneseOutput()
{
    const Run r =
        runInProcess(QStringList{u"--lang"_s, u"ja"_s} + assessArgs(u"micro-retail"_s, u"ipa-self-check"_s, u"text"_s));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"基本的対策"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"今週"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"Overall score"_s), qPrintable(r.out));
    const Run list = runInProcess({u"--lang=ja"_s, u"pack"_s, u"list"_s});
    QVERIFY2(list.out.contains(u"同梱"_s), qPrintable(list.out));
}

void TestCli::storedAssessmentFlow()
{
    const QString db = m_dir.filePath(u"flow.sqlite"_s);
    const auto run = [&](QStringList args) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + args);
    };
    Run r = run({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Added firm 1"_s), qPrintable(r.out));
    r = run({u"firm"_s, u"add"_s, u"--profile"_s, m_badPack});
    QCOMPARE(r.code, 1);
    r = run({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"sme-guideline"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Started assessment 1"_s), qPrintable(r.out));
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"g01"_s, u"--choice"_s, u"yes"_s, u"--note"_s,
             u"自動更新を確認済み"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Saved g01"_s), qPrintable(r.out));
    // Questions the firm's profile leaves out, unknown questions and choices are refused.
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"g43"_s, u"--choice"_s, u"yes"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"not asked of this firm"_s), qPrintable(r.err));
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"g01"_s, u"--choice"_s, u"maybe"_s});
    QCOMPARE(r.code, 1);
    r = run({u"assessment"_s, u"answer"_s, u"x"_s, u"--question"_s, u"g01"_s, u"--choice"_s, u"yes"_s});
    QCOMPARE(r.code, 2);
    r = run({u"assessment"_s, u"show"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject shown = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(shown[u"answers"_s][u"g01"_s].toString(), u"yes"_s);
    QCOMPARE(shown[u"notes"_s][u"g01"_s].toString(), u"自動更新を確認済み"_s);
    r = run({u"assess"_s, u"--assessment"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject scored = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(scored[u"overall"_s][u"answered"_s].toInt(), 1);
    QCOMPARE(scored[u"tier"_s].toString(), u"small"_s);
    r = run({u"assess"_s, u"--assessment"_s, u"1"_s, u"--pack"_s, u"sme-guideline"_s});
    QCOMPARE(r.code, 2);
    r = run({u"assessment"_s, u"list"_s, u"--firm"_s, u"1"_s});
    QVERIFY2(r.out.contains(u"sme-guideline 1.0.0"_s), qPrintable(r.out));
    // Dates as each language writes them: 2026/11/24 14:05 and 24 Nov 2026 14:05.
    r = runInProcess({u"--db"_s, db, u"--lang"_s, u"ja"_s, u"assessment"_s, u"list"_s, u"--firm"_s, u"1"_s});
    QVERIFY2(r.out.contains(QRegularExpression(u"\\d{4}/\\d{2}/\\d{2} \\d{2}:\\d{2}"_s)), qPrintable(r.out));
    r = runInProcess({u"--db"_s, db, u"--lang"_s, u"en"_s, u"assessment"_s, u"list"_s, u"--firm"_s, u"1"_s});
    QVERIFY2(r.out.contains(QRegularExpression(u"\\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}"_s)), qPrintable(r.out));
    QVERIFY(!r.out.contains(QRegularExpression(u"\\d{4}-\\d{2}-\\d{2}"_s)));
    r = run({u"assessment"_s, u"finish"_s, u"1"_s});
    QCOMPARE(r.code, 0);
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"g02"_s, u"--choice"_s, u"yes"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"finished"_s), qPrintable(r.err));
    r = run({u"firm"_s, u"show"_s, u"1"_s});
    QVERIFY2(r.out.contains(u"finished"_s), qPrintable(r.out));
    r = run({u"firm"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    r = run({u"firm"_s, u"show"_s, u"9"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no firm 9"_s), qPrintable(r.err));
    // A file that is not a database is refused, named, and left alone.
    r = runInProcess({u"--db"_s, m_badPack, u"firm"_s, u"list"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(m_badPack + u": is not a database"_s), qPrintable(r.err));
    // The whole database copied to a new file, read back and compared; a second copy onto it is refused.
    const QString copy = m_dir.filePath(u"flow-copy.sqlite"_s);
    const QStringList dbCopy{u"--lang"_s, u"en"_s, u"db"_s, u"copy"_s, u"--from"_s, db, u"--to"_s, copy};
    r = runInProcess(dbCopy);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Copied "_s + db) && r.out.contains(u"firms"_s), qPrintable(r.out));
    r = runInProcess({u"--db"_s, copy, u"firm"_s, u"show"_s, u"1"_s});
    QVERIFY2(r.out.contains(u"finished"_s), qPrintable(r.out));
    r = runInProcess(dbCopy);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"already holds firms"_s), qPrintable(r.err));
    QCOMPARE(runInProcess({u"db"_s, u"copy"_s, u"--from"_s, db, u"--to"_s, db}).code, 2);
    // However the same file is spelled: a/../, a link.
    const QString dotdot = QFileInfo(db).absolutePath() + u"/sub/../"_s + QFileInfo(db).fileName();
    QVERIFY(QDir().mkpath(QFileInfo(db).absolutePath() + u"/sub"_s));
    const QString link = m_dir.filePath(u"flow-link.sqlite"_s);
    QVERIFY(QFile::link(db, link));
    for (const QString& to : {dotdot, link}) {
        const Run same = runInProcess({u"--lang"_s, u"en"_s, u"db"_s, u"copy"_s, u"--from"_s, db, u"--to"_s, to});
        QCOMPARE(same.code, 2);
        QVERIFY2(same.err.contains(u"name the same database"_s), qPrintable(same.err));
    }
}

void TestCli::teamDatabase()
{
    // Two consultants' mamori-cli on one PostgreSQL database (tst_cli_pg runs this against the test
    // cluster): what one records, the other sees and scores; a URL with a password is refused.
    if (!mamori::test::onServer()) {
        QSKIP("needs the test cluster (tst_cli_pg)");
    }
    const QString url = mamori::test::newPgDatabase();
    QVERIFY(!url.isEmpty());
    const auto run = [&](QStringList args) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, url} + args);
    };
    // The administrator makes the tables in the empty database; a reader then finds them.
    Run r = run({u"db"_s, u"init"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"is ready: schema 4, 0 firms."_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"password"_s), qPrintable(r.out));
    r = run({u"firm"_s, u"list"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"Added firm 1"_s), qPrintable(r.out));
    r = run({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s, u"--note"_s,
             u"更新は自動"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q02"_s, u"--choice"_s, u"no"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"assess"_s, u"--assessment"_s, u"1"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"overall"_s][u"answered"_s].toInt(), 2);
    r = run({u"firm"_s, u"list"_s});
    QVERIFY2(r.out.contains(u"サンプル精密部品"_s), qPrintable(r.out));
    // A second consultant (another process, the same database) sees the same firm and answers.
    r = run({u"assessment"_s, u"show"_s, u"1"_s, u"--format"_s, u"json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"notes"_s][u"q01"_s].toString(), u"更新は自動"_s);
    // The team's database moves to a file and into another server database, verified table by table;
    // a destination that already holds firms is refused.
    const QString file = m_dir.filePath(u"team-copy.sqlite"_s);
    r = runInProcess({u"--lang"_s, u"en"_s, u"db"_s, u"copy"_s, u"--from"_s, url, u"--to"_s, file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"answers"_s) && r.out.contains(u"as in the original"_s), qPrintable(r.out));
    const QString other = mamori::test::newPgDatabase();
    r = runInProcess({u"--lang"_s, u"en"_s, u"db"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, other});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = runInProcess({u"--db"_s, other, u"assessment"_s, u"show"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"notes"_s][u"q01"_s].toString(), u"更新は自動"_s);
    r = runInProcess({u"--lang"_s, u"en"_s, u"db"_s, u"copy"_s, u"--from"_s, file, u"--to"_s, url});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"already holds firms"_s), qPrintable(r.err));

    // Passwords belong in ~/.pgpass, never in a URL.
    r = runInProcess({u"--db"_s, u"postgresql://tanaka:secret@db.example.jp/mamori"_s, u"firm"_s, u"list"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"~/.pgpass"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"secret"_s));
}

void TestCli::changeLog()
{
    // Who changed what: `--as` names the consultant, the login stands beside it; the command line
    // keeps a note it is not given; both languages read the log; JSON keeps ids.
    const QString db = m_dir.filePath(u"changelog.sqlite"_s);
    const auto run = [&](QStringList args) {
        return runInProcess(QStringList{u"--db"_s, db} + args);
    };
    QCOMPARE(run({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s}).code, 0);
    QCOMPARE(
        run({u"--as"_s, u"佐藤"_s, u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s})
            .code,
        0);
    Run r = run({u"--as=佐藤"_s, u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s,
                 u"yes"_s, u"--note"_s, u"更新は自動"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = run({u"--as"_s, u"Suzuki"_s, u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s,
             u"no"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    r = run({u"--lang"_s, u"en"_s, u"assessment"_s, u"log"_s, u"1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[0].contains(u"佐藤 ("_s) && lines[0].endsWith(u"Assessment started with ipa-self-check 3.1.0"_s),
             qPrintable(lines[0]));
    QVERIFY2(lines[1].endsWith(u"q01: answered \"Done\"; note: 更新は自動"_s), qPrintable(lines[1]));
    QVERIFY2(lines[2].contains(u"Suzuki ("_s) && lines[2].endsWith(u"q01: \"Done\" changed to \"Not done\""_s),
             qPrintable(lines[2]));
    r = run({u"--lang"_s, u"ja"_s, u"assessment"_s, u"log"_s, u"1"_s});
    QVERIFY2(r.out.contains(u"q01: 「実施している」→「実施していない」に変更"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"ipa-self-check 3.1.0 で診断を開始"_s), qPrintable(r.out));

    // The firm's log adds the firm's own entries and marks each assessment's.
    r = run({u"--lang"_s, u"en"_s, u"firm"_s, u"log"_s, u"1"_s});
    lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY2(lines[0].contains(u"Firm added: サンプル精密部品"_s), qPrintable(lines[0]));
    QVERIFY2(lines[3].contains(u"#1 q01"_s), qPrintable(lines[3]));
    r = run({u"firm"_s, u"log"_s, u"1"_s, u"--format"_s, u"json"_s});
    const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QStringList kinds;
    for (const QJsonValue e : entries) {
        kinds.append(e[u"kind"_s].toString());
    }
    QCOMPARE(kinds, (QStringList{u"firm"_s, u"start"_s, u"answer"_s, u"answer"_s}));
    QCOMPARE(entries[3][u"actor"_s].toString(), u"Suzuki"_s);
    QCOMPARE(entries[3][u"previous_choice"_s].toString(), u"yes"_s);
    QCOMPARE(entries[3][u"note"_s].toString(), u"更新は自動"_s); // kept without --note
    QVERIFY(!entries[3][u"login"_s].toString().isEmpty());

    r = run({u"--lang"_s, u"en"_s, u"assessment"_s, u"log"_s, u"9"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"there is no assessment 9"_s), qPrintable(r.err));
    r = runInProcess({u"--lang"_s, u"en"_s, u"assessment"_s, u"log"_s, u"1"_s, u"--as"_s});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"--as needs a name"_s), qPrintable(r.err));
}

void TestCli::historyCompareExportImport()
{
    const QString db = m_dir.filePath(u"history.sqlite"_s);
    const QString other = m_dir.filePath(u"other-pc.sqlite"_s);
    const auto run = [&](const QString& database, QStringList args) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, database} + args);
    };
    QCOMPARE(run(db, {u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s}).code, 0);
    for (const QString& id : {u"1"_s, u"2"_s}) {
        QCOMPARE(run(db, {u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s}).code, 0);
        QCOMPARE(run(db, {u"assessment"_s, u"answer"_s, id, u"--question"_s, u"q01"_s, u"--choice"_s,
                          id == u"1"_s ? u"no"_s : u"yes"_s})
                     .code,
                 0);
    }
    QCOMPARE(run(db, {u"assessment"_s, u"finish"_s, u"1"_s}).code, 0);
    Run r = run(db, {u"history"_s, u"--firm"_s, u"1"_s, u"--format"_s, u"json"_s});
    QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"assessments"_s].toArray()[1][u"change"_s].isNull());
    QCOMPARE(run(db, {u"assessment"_s, u"finish"_s, u"2"_s}).code, 0); // changes are between finished ones

    r = run(db, {u"history"_s, u"--firm"_s, u"1"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"2 assessments"_s) && r.out.contains(u"1/25"_s) && r.out.contains(u"+4.0"_s),
             qPrintable(r.out));
    r = run(db, {u"history"_s, u"--firm"_s, u"1"_s, u"--format"_s, u"json"_s});
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).object()[u"assessments"_s].toArray();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0][u"score"_s].toDouble(), 0.0);
    QCOMPARE(list[1][u"score"_s].toDouble(), 4.0); // q01 "yes" alone: 4 of 100 points
    QCOMPARE(list[1][u"change"_s].toDouble(), 4.0);
    QCOMPARE(list[1][u"categories"_s].toArray().size(), 3);

    r = run(db, {u"history"_s, u"--firm"_s, u"1"_s, u"--compare"_s, u"1"_s, u"2"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Overall score: 0.0 → 4.0 (+4.0)"_s) && r.out.contains(u"1 answer changed"_s) &&
                 r.out.contains(u"Not done → Done"_s),
             qPrintable(r.out));
    r = run(db, {u"history"_s, u"--compare"_s, u"1"_s, u"2"_s, u"--format"_s, u"json"_s});
    const QJsonObject compared = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(compared[u"change"_s].toDouble(), 4.0);
    QCOMPARE(compared[u"changed_answers"_s].toArray().first()[u"before"_s].toString(), u"no"_s);
    QCOMPARE(run(db, {u"history"_s, u"--compare"_s, u"1"_s}).code, 2);
    QCOMPARE(run(db, {u"history"_s}).code, 2);
    r = run(db, {u"history"_s, u"--firm"_s, u"7"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no firm 7"_s), qPrintable(r.err));

    // Moving the firm to another PC: once, then again without duplicates.
    const QString file = m_dir.filePath(u"firm-1.json"_s);
    r = run(db, {u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, file});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(file));
    r = run(other, {u"assessment"_s, u"import"_s, file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Added firm 1"_s) && r.out.contains(u"2 assessments added"_s), qPrintable(r.out));
    r = run(other, {u"assessment"_s, u"import"_s, file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"already here"_s) && r.out.contains(u"2 assessments already here, unchanged"_s),
             qPrintable(r.out));
    r = run(other, {u"history"_s, u"--firm"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"assessments"_s].toArray().size(), 2);
    // One assessment to standard output.
    r = run(db, {u"assessment"_s, u"export"_s, u"2"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"scope"_s].toString(), u"assessment"_s);
    // A damaged document is refused with its place, and the database is left as it was.
    QFile damaged(m_dir.filePath(u"damaged.json"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write(r.out.toUtf8().replace("\"choice\": \"yes\"", "\"choice\": \"maybe\""));
    damaged.close();
    r = run(other, {u"assessment"_s, u"import"_s, damaged.fileName()});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"damaged.json:"_s) && r.err.contains(u".choice: unknown answer \"maybe\""_s),
             qPrintable(r.err));
}

void TestCli::importConflicts_data()
{
    QTest::addColumn<bool>("theirs");
    QTest::addColumn<QString>("expected"); // q01 at the consultant's after the import
    QTest::newRow("kept here by default") << false << u"no"_s;
    QTest::newRow("--theirs") << true << u"partial"_s;
}

void TestCli::importConflicts()
{
    // The consultant sends a firm to the client; both then change q01. Importing the client's file lists
    // the conflict with both values, keeps the consultant's answer unless --theirs, and logs both.
    QFETCH(bool, theirs);
    QFETCH(QString, expected);
    const QString tag = theirs ? u"theirs"_s : u"keep"_s;
    const QString consultant = m_dir.filePath(u"conflict-consultant-%1.sqlite"_s.arg(tag));
    const QString client = m_dir.filePath(u"conflict-client-%1.sqlite"_s.arg(tag));
    const QString sent = m_dir.filePath(u"conflict-sent-%1.json"_s.arg(tag));
    const QString back = m_dir.filePath(u"conflict-back-%1.json"_s.arg(tag));
    const auto on = [](const QString& db, QStringList args) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + args);
    };
    Run r = on(consultant, {u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(on(consultant, {u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s}).code,
             0);
    QCOMPARE(
        on(consultant, {u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s}).code,
        0);
    QCOMPARE(on(consultant, {u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, sent}).code, 0);
    r = on(client, {u"assessment"_s, u"import"_s, sent});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(on(client, {u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"partial"_s,
                         u"--note"_s, u"客先で確認"_s})
                 .code,
             0);
    QCOMPARE(
        on(consultant, {u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"no"_s}).code,
        0);
    QCOMPARE(on(client, {u"firm"_s, u"export"_s, u"1"_s, u"--output"_s, back}).code, 0);
    QStringList import{u"assessment"_s, u"import"_s, back};
    if (theirs) {
        import.append(u"--theirs"_s);
    }
    r = on(consultant, import);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"1 answer changed both here and in the document"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"assessment 1, q01: here no ("_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"document partial, note: 客先で確認 ("_s), qPrintable(r.out));
    r = on(consultant, {u"assessment"_s, u"show"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"answers"_s][u"q01"_s].toString(), expected);
    r = on(consultant, {u"assessment"_s, u"log"_s, u"1"_s});
    QVERIFY2(r.out.contains(u"changed on both PCs"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"客先で確認"_s), qPrintable(r.out));
    // Once decided, the same file asks nothing again.
    r = on(consultant, import);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(!r.out.contains(u"changed both here"_s), qPrintable(r.out));
}

void TestCli::matchAndCatalog()
{
    const QString catalog = m_dir.filePath(u"catalog.sqlite"_s);
    const auto run = [&](QStringList args) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--catalog"_s, catalog} + args);
    };
    QStringList match{u"match"_s,
                      u"--pack"_s,
                      u"sme-guideline"_s,
                      u"--profile"_s,
                      Samples + u"small-manufacturer.profile.json"_s,
                      u"--answers"_s,
                      Samples + u"small-manufacturer.sme-guideline.answers.json"_s};
    // The first use makes the catalog from the bundled one: real services, each with its sources and
    // the age of its facts; no expert, and where to find one.
    Run r = run(match + QStringList{u"--format"_s, u"json"_s, u"--top"_s, u"3"_s});
    QCOMPARE(r.code, 0);
    QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QJsonArray services = o[u"services"_s][u"matches"_s].toArray();
    QVERIFY(!services.isEmpty());
    for (const QJsonValue& v : services) {
        QVERIFY(!v[u"sample"_s].toBool());
        QVERIFY(!v[u"sources"_s].toArray().isEmpty());
        for (const QJsonValue& source : v[u"sources"_s].toArray()) {
            QVERIFY(source[u"url"_s].toString().startsWith(u"https://"_s));
            QVERIFY(QDate::fromString(source[u"date"_s].toString(), Qt::ISODate).isValid());
        }
        QVERIFY(v[u"stale"_s].isBool());
        QVERIFY(v[u"price_published"_s].isBool());
    }
    QVERIFY(o[u"talent"_s][u"matches"_s].toArray().isEmpty());
    QVERIFY(!o[u"talent"_s][u"relax"_s].toArray().isEmpty());
    r = run(match + QStringList{u"--kind"_s, u"services"_s});
    QVERIFY2(r.out.contains(u"[facts from 2021-04-15: check the current terms]"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"Source: https://"_s), qPrintable(r.out));
    // A longer limit leaves the mark off; a limit that is no number is a usage error.
    r = run(match + QStringList{u"--kind"_s, u"services"_s, u"--stale-months"_s, u"120"_s});
    QVERIFY2(!r.out.contains(u"check the current terms]"_s), qPrintable(r.out));
    QCOMPARE(run(match + QStringList{u"--stale-months"_s, u"0"_s}).code, 2);

    // The demo's fictional entries, loaded on purpose.
    r = run({u"catalog"_s, u"import"_s, QStringLiteral(MAMORI_SOURCE_DIR "/resources/catalog/demo/services.json"),
             QStringLiteral(MAMORI_SOURCE_DIR "/resources/catalog/demo/talent.csv")});
    QCOMPARE(r.code, 0);
    r = run(match + QStringList{u"--format"_s, u"json"_s, u"--top"_s, u"3"_s});
    QCOMPARE(r.code, 0);
    o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o[u"pack"_s][u"id"_s].toString(), u"sme-guideline"_s);
    QVERIFY(o[u"firm"_s][u"needs"_s].toArray().size() > 5);
    services = o[u"services"_s][u"matches"_s].toArray();
    QCOMPARE(services.size(), 3);
    for (const QJsonValue& v : services) {
        QVERIFY(v[u"score"_s].toDouble() > 0);
        QVERIFY(!v[u"reasons"_s].toArray().isEmpty());
        QVERIFY(v[u"covered"_s].isArray() && v[u"missing"_s].isArray());
    }
    QVERIFY(!o[u"services"_s][u"rejected"_s].toArray().isEmpty()); // Kanto-only services, for a firm in Osaka
    QCOMPARE(o[u"talent"_s][u"matches"_s].toArray().size(), 3);
    QCOMPARE(o[u"talent"_s][u"considered"_s].toInt(), 240);
    // Text: samples are marked; a budget nobody meets says what to relax.
    r = run(match + QStringList{u"--kind"_s, u"services"_s, u"--budget"_s, u"100"_s, u"--scheme"_s, u"otasuke-1"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"No service matches."_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Raise the budget to ¥"_s));
    r = run(match + QStringList{u"--kind"_s, u"talent"_s});
    QVERIFY(r.out.contains(u"[sample]"_s));
    QCOMPARE(run(match + QStringList{u"--kind"_s, u"people"_s}).code, 2);
    QCOMPARE(run(match + QStringList{u"--scheme"_s, u"otasuke-9"_s}).code, 2);
    QCOMPARE(run({u"match"_s, u"--pack"_s, u"sme-guideline"_s}).code, 2);

    // Import: a row error names file, line and column, and nothing is kept.
    const QString bad = m_dir.filePath(u"bad-talent.csv"_s);
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,display_name,skills,prefectures,as_of,source\nx1,A,backup,13,2025-01-01,s\n"
                "x2,B,backupp,13,2025-01-01,s\n");
    }
    r = run({u"catalog"_s, u"import"_s, bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(bad + u":3:skills: unknown value \"backupp\" (did you mean \"backup\"?)"_s),
             qPrintable(r.err));
    r = run({u"catalog"_s, u"validate"_s, bad});
    QCOMPARE(r.code, 1);
    r = run({u"catalog"_s, u"stats"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8())[u"talent"_s][u"total"_s].toInt(), 240);

    // A good file, then export and stats.
    const QString good = m_dir.filePath(u"good-talent.csv"_s);
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("id,display_name,skills,prefectures,as_of,source\nx1,A,backup,13,2025-01-01,s\n");
    }
    r = run({u"catalog"_s, u"import"_s, good});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"experts 1 added, 0 updated"_s));
    const QString exported = m_dir.filePath(u"talent-export.csv"_s);
    r = run({u"catalog"_s, u"export"_s, u"--kind"_s, u"talent"_s, u"--output"_s, exported});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"241 entries written"_s));
    QCOMPARE(run({u"catalog"_s, u"export"_s, u"--kind"_s, u"talent"_s, u"--output"_s, u"x.txt"_s}).code, 2);
    r = run({u"catalog"_s, u"remove-samples"_s});
    QCOMPARE(r.code, 0);
    r = run({u"catalog"_s, u"stats"_s});
    QVERIFY2(r.out.contains(u"Experts: 1 (0 samples)"_s), qPrintable(r.out));
    // Japanese output.
    r = runInProcess(QStringList{u"--lang"_s, u"ja"_s, u"--catalog"_s, catalog} + match);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"サービス（カタログに"_s));
    QVERIFY(r.out.contains(u"必要な対策"_s));
    // Yen as Japanese price lists write it (30,000円), in English as ¥30,000.
    const QStringList broke{u"--kind"_s, u"services"_s, u"--budget"_s, u"100"_s, u"--scheme"_s, u"otasuke-1"_s};
    r = runInProcess(QStringList{u"--lang"_s, u"ja"_s, u"--catalog"_s, catalog} + match + broke);
    QVERIFY2(r.out.contains(QRegularExpression(u"\\d{1,3}(,\\d{3})*円"_s)), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u'¥'), qPrintable(r.out));
    r = runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--catalog"_s, catalog} + match + broke);
    QVERIFY2(r.out.contains(QRegularExpression(u"¥\\d{1,3}(,\\d{3})*"_s)), qPrintable(r.out));
}

void TestCli::packSpreadsheet()
{
    // An administrator's round: export a pack's questions, edit one in the spreadsheet, import it as a
    // new version, sign and install it; a broken sheet writes nothing and keeps the earlier file.
    QTemporaryDir data;
    const QByteArray savedData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", savedData); });
    const auto run = [&](QStringList args) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s} + args);
    };
    const QString csv = m_dir.filePath(u"ipa-questions.csv"_s);
    Run r = run({u"pack"_s, u"export-csv"_s, u"ipa-self-check"_s, u"--out"_s, csv});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"25 questions of ipa-self-check 3.1.0"_s), qPrintable(r.out));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray sheet = file.readAll();
    file.close();
    QVERIFY(sheet.startsWith("\xEF\xBB\xBFid,category,weight,text_ja,text_en"));
    QVERIFY(sheet.contains("\r\nq01,"));
    const QByteArray edited = QByteArray(sheet).replace(",low,low,", ",低,low,");
    QVERIFY(edited != sheet);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(edited);
    file.close();

    const QString pack = m_dir.filePath(u"ipa-3.2.0.json"_s);
    r = run({u"pack"_s, u"import-csv"_s, csv, u"--base"_s, u"ipa-self-check"_s, u"--set-version"_s, u"3.2.0"_s,
             u"--out"_s, pack});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"pack ipa-self-check 3.2.0, 25 questions, read as UTF-8 (BOM)"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"not signed yet"_s));
    r = run({u"pack"_s, u"validate"_s, pack});
    QCOMPARE(r.code, 0);
    const QString key = m_dir.filePath(u"sheet-key"_s);
    QCOMPARE(run({u"pack"_s, u"keygen"_s, u"--name"_s, u"Sheet author"_s, u"--out"_s, key}).code, 0);
    QCOMPARE(run({u"trust"_s, u"add"_s, key + u".pub.json"_s}).code, 0);
    QCOMPARE(run({u"pack"_s, u"sign"_s, u"--key"_s, key + u".secret.json"_s, pack}).code, 0);
    r = run({u"pack"_s, u"install"_s, pack});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    // A misspelt category: located in the sheet, nothing written, the earlier pack file unchanged.
    QFile written(pack);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray before = written.readAll();
    written.close();
    QByteArray broken = edited;
    const qsizetype row = broken.indexOf("\r\nq02,") + 2;
    const qsizetype category = broken.indexOf(',', row) + 1;
    broken.insert(category, "x");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(broken);
    file.close();
    r = run({u"pack"_s, u"import-csv"_s, csv, u"--base"_s, pack, u"--out"_s, pack});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(csv + u":3:category: unknown category"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(pack + u": nothing written"_s));
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), before);
    written.close();

    r = run({u"pack"_s, u"import-csv"_s, csv, u"--base"_s, u"no-such-pack"_s, u"--out"_s, pack});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"no pack with the id \"no-such-pack\""_s), qPrintable(r.err));
    r = run({u"pack"_s, u"import-csv"_s, csv, u"--base"_s, pack, u"--out"_s, csv});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(csv + u": nothing written"_s), qPrintable(r.err)); // the sheet is kept
    r = run({u"pack"_s, u"import-csv"_s, csv, u"--out"_s, pack});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(u"Usage: mamori-cli pack import-csv"_s), qPrintable(r.err));
}

void TestCli::packSigningLifecycle()
{
    // Installed packs and trusted keys live in the data folder: give this test its own.
    QTemporaryDir data;
    const QByteArray savedData = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", data.path().toUtf8());
    const auto restore = qScopeGuard([&] { qputenv("XDG_DATA_HOME", savedData); });
    const QString db = m_dir.filePath(u"signing.sqlite"_s);
    const auto run = [&](QStringList args) {
        return runInProcess(QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + args);
    };
    const QString base = m_dir.filePath(u"chamber"_s);
    Run r = run({u"pack"_s, u"keygen"_s, u"--name"_s, u"Chamber of Commerce"_s, u"--out"_s, base});
    QCOMPARE(r.code, 0);
    QVERIFY(QFile::exists(base + u".secret.json"_s));
    QCOMPARE(QFile::permissions(base + u".secret.json"_s) & (QFile::ReadGroup | QFile::ReadOther),
             QFile::Permissions());
    r = run({u"pack"_s, u"keygen"_s, u"--name"_s, u"Again"_s, u"--out"_s, base});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"never overwritten"_s), qPrintable(r.err));

    QFile source(Packs + u"ipa-self-check.json"_s);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray bytes = source.readAll();
    bytes.replace(R"("version": "3.1.0")", R"("version": "3.2.0")");
    const QString pack = m_dir.filePath(u"ipa-3.2.0.json"_s);
    QFile out(pack);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    // An assessment made before the update, to migrate afterwards.
    r = run({u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s});
    QCOMPARE(r.code, 0);
    r = run({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s});
    QCOMPARE(r.code, 0);
    r = run({u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s, u"--choice"_s, u"yes"_s});
    QCOMPARE(r.code, 0);

    r = run({u"pack"_s, u"install"_s, pack});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"not signed"_s) && r.err.contains(u"--allow-unsigned"_s), qPrintable(r.err));
    r = run({u"pack"_s, u"sign"_s, u"--key"_s, base + u".pub.json"_s, pack});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"signing needs the secret key"_s), qPrintable(r.err));
    r = run({u"pack"_s, u"sign"_s, u"--key"_s, base + u".secret.json"_s, pack});
    QCOMPARE(r.code, 0);
    r = run({u"pack"_s, u"verify"_s, pack, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 1);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"state"_s].toString(), u"unknown-signer"_s);
    r = run({u"trust"_s, u"add"_s, base + u".secret.json"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"this is a secret key"_s), qPrintable(r.err));
    r = run({u"trust"_s, u"add"_s, base + u".pub.json"_s});
    QCOMPARE(r.code, 0);
    r = run({u"pack"_s, u"verify"_s, pack});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"signed by \"Chamber of Commerce\""_s), qPrintable(r.out));
    r = run({u"pack"_s, u"install"_s, pack});
    QCOMPARE(r.code, 0);
    r = run({u"pack"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
    const auto installed = std::find_if(list.begin(), list.end(),
                                        [](const QJsonValue& v) { return v[u"version"_s].toString() == u"3.2.0"_s; });
    QVERIFY(installed != list.end());
    QCOMPARE((*installed)[u"source"_s].toString(), u"installed"_s);
    QCOMPARE((*installed)[u"trust"_s].toString(), u"verified"_s);
    QCOMPARE((*installed)[u"signer"_s].toString(), u"Chamber of Commerce"_s);

    // The earlier assessment keeps its version; a new one uses the newest.
    r = run({u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s});
    QCOMPARE(r.code, 0);
    r = run({u"assessment"_s, u"list"_s, u"--firm"_s, u"1"_s});
    QVERIFY2(r.out.contains(u"ipa-self-check 3.1.0"_s) && r.out.contains(u"ipa-self-check 3.2.0"_s), qPrintable(r.out));
    r = run({u"assess"_s, u"--assessment"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object()[u"pack"_s][u"version"_s].toString(), u"3.1.0"_s);
    r = run({u"pack"_s, u"diff"_s, u"ipa-self-check@3.1.0"_s, u"ipa-self-check"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"No differences"_s), qPrintable(r.out));
    r = run({u"assessment"_s, u"migrate"_s, u"1"_s, u"--dry-run"_s});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"Dry run"_s) && r.out.contains(u"Carried over: 1 answers"_s), qPrintable(r.out));
    r = run({u"assessment"_s, u"migrate"_s, u"1"_s, u"--format"_s, u"json"_s});
    QCOMPARE(r.code, 0);
    const QJsonObject migrated = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(migrated[u"to"_s][u"assessment"_s].toInt(), 3);
    QCOMPARE(migrated[u"carried"_s].toArray().size(), 1);
    QCOMPARE(migrated[u"needs_answer"_s].toArray().size(), 24);
    QCOMPARE(migrated[u"not_carried"_s].toArray().size(), 0);
    r = run({u"pack"_s, u"remove"_s, u"ipa-self-check"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"2 stored assessments use ipa-self-check 3.2.0 (2, 3)"_s), qPrintable(r.err));
    r = run({u"trust"_s, u"list"_s, u"--format"_s, u"json"_s});
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 2);
    const QString keyId = QJsonDocument::fromJson(r.out.toUtf8()).array()[1][u"key_id"_s].toString();
    r = run({u"trust"_s, u"remove"_s, keyId});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(u"ipa-self-check 3.2.0 is refused from now on"_s), qPrintable(r.out));
    r = run({u"assess"_s, u"--assessment"_s, u"3"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"unknown signer"_s), qPrintable(r.err));
    r = run({u"pack"_s, u"remove"_s, u"ipa-self-check@3.2.0"_s, u"--force"_s});
    QCOMPARE(r.code, 0);
    r = run({u"pack"_s, u"remove"_s, u"sme-guideline"_s});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(u"comes with Mamori"_s), qPrintable(r.err));
}

void TestCli::readOnlyFolder_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out"); // on stdout
    QTest::addColumn<QString>("err"); // on stderr; empty: nothing at all
    const QString why = u"cannot be written to, and the database keeps its journal beside it"_s;
    QTest::newRow("firm list reads") << QStringList{u"firm"_s, u"list"_s} << 0 << u"サンプル精密部品株式会社"_s
                                     << QString();
    QTest::newRow("assessment show reads")
        << QStringList{u"assessment"_s, u"show"_s, u"1"_s} << 0 << u"q01"_s << QString();
    QTest::newRow("firm export reads, and says why it writes nothing")
        << QStringList{u"firm"_s, u"export"_s, u"1"_s} << 0 << u"mamori-export"_s << why;
    QTest::newRow("firm add is refused") << QStringList{u"firm"_s, u"add"_s, u"--profile"_s, u"{profile}"_s} << 1
                                         << QString() << why;
    QTest::newRow("assessment answer is refused")
        << QStringList{u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q02"_s, u"--choice"_s, u"yes"_s} << 1
        << QString() << why;
}

void TestCli::readOnlyFolder()
{
    // A healthy database in a folder its user cannot write (a read-only share, a colleague's folder) is
    // read as it is, and writing is refused with the reason: never "damaged", never "in use by process 0".
    // Root may write anywhere, so as root the commands run as the user nobody, who owns the file.
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    QFETCH(QString, err);
    const bool root = ::geteuid() == 0;
    QTemporaryDir base(QDir::tempPath() + u"/mamori-ro-XXXXXX"_s);
    QVERIFY(base.isValid());
    QVERIFY(QFile::setPermissions(base.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                   QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup |
                                                   QFile::ExeGroup));
    const QString folder = base.filePath(u"shared"_s);
    const QString home = base.filePath(u"home"_s);
    QVERIFY(QDir().mkpath(folder) && QDir().mkpath(home));
    const QString db = folder + u"/firms.sqlite"_s;
    QCOMPARE(runInProcess(
                 {u"--db"_s, db, u"firm"_s, u"add"_s, u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s})
                 .code,
             0);
    QCOMPARE(runInProcess(
                 {u"--db"_s, db, u"assessment"_s, u"start"_s, u"--firm"_s, u"1"_s, u"--pack"_s, u"ipa-self-check"_s})
                 .code,
             0);
    QCOMPARE(runInProcess({u"--db"_s, db, u"assessment"_s, u"answer"_s, u"1"_s, u"--question"_s, u"q01"_s,
                           u"--choice"_s, u"yes"_s})
                 .code,
             0);
    if (root) {
        for (const QString& path : {folder, db, home}) {
            QCOMPARE(::chown(QFile::encodeName(path).constData(), 65534, 65534), 0);
        }
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore =
        qScopeGuard([&] { QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    const auto fingerprint = [&] {
        QFile f(db);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray before = fingerprint();
    QVERIFY(!before.isEmpty());

    // The program and the profile are copied beside the database: the user nobody may not be able to
    // reach the build folder (CI clones into folders closed to others).
    const QString program = base.filePath(u"mamori-cli"_s);
    QVERIFY(QFile::copy(QStringLiteral(MAMORI_CLI_BINARY), program));
    const QString profile = base.filePath(u"micro-retail.profile.json"_s);
    QVERIFY(QFile::copy(Samples + u"micro-retail.profile.json"_s, profile));
    for (const QString& path : {program, profile}) {
        QVERIFY(QFile::setPermissions(path, QFile::permissions(path) | QFile::ReadOther | QFile::ExeOther));
    }
    QStringList cli = QStringList{u"--lang"_s, u"en"_s, u"--db"_s, db} + args;
    cli.replaceInStrings(u"{profile}"_s, profile);
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home);
    env.remove(u"XDG_RUNTIME_DIR"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    if (root) {
        p.start(u"setpriv"_s,
                QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s, u"--"_s, program} + cli);
    } else {
        p.start(program, cli);
    }
    QVERIFY(p.waitForFinished(60000));
    const QString stdOut = QString::fromUtf8(p.readAllStandardOutput());
    const QString stdErr = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), code);
    QVERIFY2(stdOut.contains(out), qPrintable(stdOut));
    if (err.isEmpty()) {
        QVERIFY2(stdErr.isEmpty(), qPrintable(stdErr));
    } else {
        QVERIFY2(stdErr.contains(err) && stdErr.contains(folder), qPrintable(stdErr));
        QVERIFY2(code != 0 || stdErr.startsWith(u"note: "_s), qPrintable(stdErr)); // reading goes on
    }
    QVERIFY2(!stdErr.contains(u"damaged"_s) && !stdErr.contains(u"process 0"_s), qPrintable(stdErr));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"firms.sqlite"_s});
}

void TestCli::realBinary_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("out");
    QTest::newRow("version") << QStringList{u"--version"_s} << 0 << u"mamori-cli"_s;
    QTest::newRow("assess") << assessArgs(u"micro-retail"_s, u"ipa-self-check"_s, u"json"_s) << 0
                            << u"\"points\": 25"_s;
    QTest::newRow("invalid") << QStringList{u"pack"_s, u"validate"_s, m_badPack} << 1 << QString();
    QTest::newRow("usage") << QStringList{u"assess"_s, u"--bogus"_s} << 2 << QString();
}

void TestCli::realBinary()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, out);
    QProcess process;
    process.start(QStringLiteral(MAMORI_CLI_BINARY), args);
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), code);
    QVERIFY(QString::fromUtf8(process.readAllStandardOutput()).contains(out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
