// Report exports: the CSV for Excel (BOM, one row per item, formula injection neutralised, both
// languages) and the versioned JSON (every answer and note, validated against the published schema by
// an independent validator), and the CLI command that writes them.
#include "cli/app.h"
#include "core/answers.h"
#include "core/catalogformat.h"
#include "core/csv.h"
#include "core/packrepository.h"
#include "core/reportexport.h"
#include "core/scorer.h"
#include "core/translations.h"
#include "tests/jsonschemacheck.h"
#include "tests/samplefirm.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void csvRows_data();
    void csvRows();
    void formulaInjection_data();
    void formulaInjection();
    void jsonHasEveryAnswerAndNote();
    void jsonMatchesTheSchema();
    void cliWritesAtomicallyOwnerOnly();

private:
    ReportInput input() const { return {*m_pack, *m_profile, *m_answers, m_result, m_when, u"山田コンサル"_s}; }
    QList<QStringList> csvTable(const QByteArray& bytes) const;

    std::optional<Pack> m_pack;
    std::optional<Profile> m_profile;
    std::optional<AnswerSet> m_answers;
    ScoreResult m_result;
    QDateTime m_when = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    QTemporaryDir m_dir;
};

void TestReportExport::initTestCase()
{
    auto sample = loadSampleManufacturer();
    QVERIFY(sample);
    m_pack = std::move(sample->pack);
    m_profile = sample->profile;
    m_answers = sample->answers;
    m_answers->notes.insert(u"g01"_s, u"自動更新は総務の田中さんが毎月確認,\n\"二行目\""_s);
    m_result = Scorer(*m_pack, *m_profile).score(*m_answers);
}

QList<QStringList> TestReportExport::csvTable(const QByteArray& bytes) const
{
    QList<QStringList> rows;
    auto reader = CsvReader::fromBytes(bytes, u"report.csv"_s);
    if (!reader) {
        return rows;
    }
    rows.append((*reader)->header());
    while (auto row = (*reader)->next()) {
        if (!*row) {
            break;
        }
        rows.append((*row)->cells);
    }
    return rows;
}

void TestReportExport::csvRows_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QString>("sectionHeader");
    QTest::addColumn<QString>("areaTitle");
    QTest::newRow("ja") << int(Language::Japanese) << u"区分"_s << m_pack->categories[0].title.ja;
    QTest::newRow("en") << int(Language::English) << u"Section"_s << m_pack->categories[0].title.en;
}

void TestReportExport::csvRows()
{
    QFETCH(int, language);
    QFETCH(QString, sectionHeader);
    QFETCH(QString, areaTitle);
    const Translations translations{Language(language)};
    const QByteArray csv = reportToCsv(input(), Language(language));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const QList<QStringList> rows = csvTable(csv);
    QVERIFY(!rows.isEmpty());
    QCOMPARE(rows[0][0].toLower(), sectionHeader.toLower()); // the reader lower-cases headers
    int overall = 0;
    int areas = 0;
    int questions = 0;
    int plan = 0;
    int applicable = 0;
    for (const QuestionOutcome& o : m_result.questions) {
        applicable += o.state == QuestionState::OutOfScope ? 0 : 1;
    }
    for (qsizetype r = 1; r < rows.size(); ++r) {
        QCOMPARE(rows[r].size(), rows[0].size());
        const QString& id = rows[r][1];
        if (r == 1) {
            ++overall;
            QCOMPARE(rows[r][3], m_profile->name);
            QCOMPARE(rows[r][5], QString::number(m_result.score, 'f', 1));
        } else if (r <= 1 + qsizetype(m_pack->categories.size())) {
            ++areas;
            const CategoryScore& c = m_result.categories[std::size_t(r - 2)];
            QCOMPARE(id, m_pack->categories[std::size_t(c.category)].id);
            if (c.applicable > 0) {
                QCOMPARE(rows[r][5], QString::number(c.score, 'f', 1)); // every area's score
                QCOMPARE(rows[r][7], QString::number(c.gap, 'f', 1));
            }
        } else if (r <= 1 + qsizetype(m_pack->categories.size()) + applicable) {
            ++questions;
        } else {
            ++plan;
            QCOMPARE(id, QString::number(plan)); // ranks in order
        }
    }
    QCOMPARE(overall, 1);
    QCOMPARE(areas, int(m_pack->categories.size()));
    QCOMPARE(questions, applicable);
    QCOMPARE(plan, int(m_result.plan.size()));
    QCOMPARE(rows[2][2], areaTitle);
    // The note with a comma, a line break and quotes comes back whole.
    bool found = false;
    for (const QStringList& row : rows) {
        if (row[1] == u"g01"_s) {
            QCOMPARE(row[8], m_answers->notes.value(u"g01"_s));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestReportExport::formulaInjection_data()
{
    QTest::addColumn<QString>("note");
    for (const QString& note : {u"=HYPERLINK(\"http://x\")"_s, u"+1+1"_s, u"-2+3"_s, u"@SUM(A1)"_s, u"\tTAB"_s}) {
        QTest::newRow(qPrintable(note.left(3))) << note;
    }
}

void TestReportExport::formulaInjection()
{
    QFETCH(QString, note);
    AnswerSet answers = *m_answers;
    answers.notes.insert(u"g01"_s, note);
    ReportInput in{*m_pack, *m_profile, answers, m_result, m_when, QString()};
    const QList<QStringList> rows = csvTable(reportToCsv(in, Language::Japanese));
    for (const QStringList& row : rows) {
        if (row[1] == u"g01"_s) {
            QCOMPARE(row[8], u"'"_s + note); // text to a spreadsheet, never a formula
            return;
        }
    }
    QFAIL("no row for g01");
}

void TestReportExport::jsonHasEveryAnswerAndNote()
{
    const QJsonObject o = reportToJson(input());
    QCOMPARE(o[u"format"_s].toString(), u"mamori-report"_s);
    QCOMPARE(o[u"version"_s].toInt(), ReportFormatVersion);
    QCOMPARE(o[u"generated_at"_s].toString(), u"2026-11-24T10:00:00Z"_s);
    QCOMPARE(o[u"consultant"_s].toString(), u"山田コンサル"_s);
    QCOMPARE(o[u"firm"_s][u"name"_s].toString(), m_profile->name);
    QCOMPARE(o[u"result"_s][u"overall"_s][u"score"_s].toDouble(), m_result.score);
    const QJsonArray questions = o[u"questions"_s].toArray();
    QCOMPARE(questions.size(), qsizetype(m_pack->questions.size()));
    int answered = 0;
    for (const QJsonValue& q : questions) {
        const QString id = q[u"id"_s].toString();
        if (m_answers->choices.contains(id) && q[u"state"_s].toString() == u"answered"_s) {
            QCOMPARE(q[u"answer"_s].toString(), m_answers->choices.value(id));
            ++answered;
        }
        QCOMPARE(q[u"note"_s].toString(), m_answers->notes.value(id));
    }
    QCOMPARE(answered, m_result.answered);
    QCOMPARE(o[u"plan"_s].toArray().size(), qsizetype(m_result.plan.size()));
    QVERIFY(!o[u"plan"_s][0][u"what_to_do"_s][u"ja"_s].toString().isEmpty());
}

void TestReportExport::jsonMatchesTheSchema()
{
    QStringList files;
    for (const QString& packId : {u"sme-guideline"_s, u"ipa-self-check"_s}) {
        const auto pack = PackRepository().find(packId);
        QVERIFY(pack);
        const auto answers = loadAnswers(Samples + u"micro-retail."_s + packId + u".answers.json"_s, &*pack);
        const auto profile = loadProfile(Samples + u"micro-retail.profile.json"_s);
        QVERIFY(answers && profile);
        const ScoreResult r = Scorer(*pack, *profile).score(*answers);
        const QString path = m_dir.filePath(packId + u".json"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(reportToJsonBytes({*pack, *profile, *answers, r, m_when, QString()}));
        files.append(path);
    }
    const QString problems =
        jsonSchemaProblems(QStringLiteral(MAMORI_SOURCE_DIR "/docs/schema/report.schema.json"), files);
    QVERIFY2(problems.isEmpty(), qPrintable(problems));
}

void TestReportExport::cliWritesAtomicallyOwnerOnly()
{
    const QString out = m_dir.filePath(u"cli.csv"_s);
    QString stdoutText;
    QString stderrText;
    QTextStream o(&stdoutText);
    QTextStream e(&stderrText);
    const QStringList inputs{u"--pack"_s,    u"ipa-self-check"_s,
                             u"--profile"_s, Samples + u"small-manufacturer.profile.json"_s,
                             u"--answers"_s, Samples + u"small-manufacturer.ipa-self-check.answers.json"_s};
    QCOMPARE(cli::runCli(QStringList{u"--lang"_s, u"ja"_s, u"report"_s} + inputs + QStringList{u"--out"_s, out}, o, e),
             0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(QString::fromUtf8(bytes).contains(u"総合"_s));
    QCOMPARE(QFile::permissions(out) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    // A format nobody asked for is a usage error, and nothing is written.
    const QString xlsx = m_dir.filePath(u"x.xlsx"_s);
    QCOMPARE(cli::runCli(QStringList{u"report"_s} + inputs + QStringList{u"--out"_s, xlsx}, o, e), 2);
    QVERIFY(!QFile::exists(xlsx));
    // A folder that does not exist: invalid input, named.
    QCOMPARE(
        cli::runCli(QStringList{u"report"_s} + inputs + QStringList{u"--out"_s, u"/nonexistent/dir/r.json"_s}, o, e),
        1);
}

QTEST_GUILESS_MAIN(TestReportExport)
#include "tst_reportexport.moc"
