// The consultant's PDF: read back with poppler-utils as a user's PDF reader would. The text must be
// searchable and exact (Japanese and digits), the fonts embedded, user text must neither inject markup
// nor break the layout, 200 questions must still make a correct report, in both languages.
#include "cli/app.h"
#include "core/answers.h"
#include "core/catalogstore.h"
#include "core/packrepository.h"
#include "core/scorer.h"
#include "core/translations.h"
#include "report/pdfreport.h"
#include "tests/democatalog.h"
#include "tests/samplefirm.h"

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

const QString Samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");

// The PDF's text as pdftotext extracts it (what search and copy give a reader).
QString pdfText(const QString& file)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, file, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext wraps where the layout wrapped; joining the lines lets a test look for whole sentences.
QString joined(const QString& text)
{
    QString out = text;
    out.remove(u'\n');
    out.remove(u'\f');
    return out;
}

QString oneDecimal(double value, Language language)
{
    const QLocale locale = language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
    return locale.toString(value, 'f', 1);
}

} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void textIsExactAndFontsEmbedded_data();
    void textIsExactAndFontsEmbedded();
    void userTextCannotInjectOrBreakLayout();
    void twoHundredQuestions();
    void reportLanguageIndependentOfTheWindow();
    void sectionsCanBeLeftOut();
    void matchesAndTrend();
    void cancelledExportLeavesTheOldFile();
    void previewPaintsThePage();
    void cliWritesPdf();

private:
    ReportInput input(const AnswerSet& answers, const ScoreResult& result, const Profile& profile) const
    {
        return {*m_pack, profile, answers, result, m_when, u"山田 太郎"_s};
    }
    QString write(const PdfReport& report, const QString& name)
    {
        const QString path = m_dir.filePath(name);
        auto written = report.write(path);
        return written ? path : QString();
    }

    std::optional<Pack> m_pack;
    std::optional<Profile> m_profile;
    std::optional<AnswerSet> m_answers;
    ScoreResult m_result;
    QDateTime m_when = QDateTime(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    QTemporaryDir m_dir;
    std::unique_ptr<Translations> m_translations;
};

void TestReportPdf::initTestCase()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() &&
                 !QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty(),
             "pdftotext and pdffonts are needed: install poppler-utils (scripts/setup-debian.sh does)");
    QVERIFY(m_dir.isValid());
    qputenv("MAMORI_CATALOG", m_dir.filePath(u"catalog.sqlite"_s).toUtf8());
    m_translations = std::make_unique<Translations>(Language::Japanese);
    auto sample = loadSampleManufacturer();
    QVERIFY(sample);
    m_pack = std::move(sample->pack);
    m_profile = sample->profile;
    m_answers = sample->answers;
    m_result = sample->result;
}

void TestReportPdf::textIsExactAndFontsEmbedded_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("headings");
    QTest::newRow("ja") << Language::Japanese
                        << QStringList{u"情報セキュリティ診断報告書"_s,
                                       u"目次"_s,
                                       u"概要"_s,
                                       u"分野別の結果"_s,
                                       u"分野別の回答"_s,
                                       u"対策計画"_s,
                                       u"付録：この報告書の作り方"_s,
                                       u"特に差が大きい 3 つの分野"_s,
                                       u"最初に取り組む 3 つの対策"_s,
                                       u"総合点"_s,
                                       u"2026年11月24日"_s};
    QTest::newRow("en") << Language::English
                        << QStringList{u"Security assessment report"_s,
                                       u"Contents"_s,
                                       u"Summary"_s,
                                       u"Scores by area"_s,
                                       u"Answers by area"_s,
                                       u"Action plan"_s,
                                       u"Appendix: how this report was made"_s,
                                       u"The three biggest risks"_s,
                                       u"The first three steps"_s,
                                       u"Overall score"_s,
                                       u"24 November 2026"_s};
}

void TestReportPdf::textIsExactAndFontsEmbedded()
{
    QFETCH(Language, language);
    QFETCH(QStringList, headings);
    PdfReportOptions options;
    options.language = language;
    const PdfReport report(input(*m_answers, m_result, *m_profile), options);
    const QString path = write(report, u"report-%1.pdf"_s.arg(languageCode(language)));
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
    for (const QString& heading : headings) {
        QVERIFY2(text.contains(heading), qPrintable(u"missing heading: "_s + heading));
    }
    QVERIFY(text.contains(m_profile->name));
    QVERIFY(text.contains(u"山田 太郎"_s));
    // Every area's title and score, digits and all (Qt's writer drops digit runs with some fonts).
    for (const CategoryScore& c : m_result.categories) {
        const QString title = m_pack->categories[std::size_t(c.category)].title.text(language);
        QVERIFY2(text.contains(title), qPrintable(title));
        if (c.maxPoints > 0) {
            QVERIFY2(text.contains(oneDecimal(c.score, language)), qPrintable(title));
        }
    }
    QVERIFY(text.contains(oneDecimal(m_result.score, language)));
    // Every question that applies is there, with its id.
    for (std::size_t i = 0; i < m_pack->questions.size(); ++i) {
        if (m_result.questions[i].state != QuestionState::OutOfScope) {
            QVERIFY2(text.contains(m_pack->questions[i].id), qPrintable(m_pack->questions[i].id));
        }
    }
    // Page numbers in the footer: "n / total" on the last page.
    QVERIFY(text.contains(u"%1 / %1"_s.arg(report.pageCount())));

    QProcess fonts;
    fonts.start(u"pdffonts"_s, {path});
    QVERIFY(fonts.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 3); // header, rule, at least one font
    for (const QString& line : lines.mid(2)) {
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        QVERIFY2(cols.first().contains(u"BIZUDPGothic"_s), qPrintable(line));
        QCOMPARE(cols.at(cols.size() - 5), u"yes"_s); // emb
    }
}

void TestReportPdf::userTextCannotInjectOrBreakLayout()
{
    Profile profile = *m_profile;
    profile.name = u"<b>株式会社</b> &amp; =HYPERLINK(\"x\")\n二行目\t%1 %n"_s;
    AnswerSet answers = *m_answers;
    // A note many pages long, with markup-looking text and line breaks: it continues across pages.
    QString note = u"<script>alert(1)</script> <i>斜体ではない</i>\n"_s;
    for (int i = 0; i < 400; ++i) {
        note += u"第%1行：バックアップは毎週金曜日に外付けディスクへ取り、月に一度は復元を試しています。\n"_s.arg(i);
    }
    note += u"END-OF-NOTE-7F3"_s;
    const QString firstQuestion = m_pack->questions.front().id;
    answers.notes.insert(firstQuestion, note);
    const ScoreResult result = Scorer(*m_pack, profile).score(answers);

    PdfReportOptions options;
    const PdfReport plain(input(*m_answers, m_result, *m_profile), options);
    const PdfReport report(input(answers, result, profile), options);
    QVERIFY(report.pageCount() > plain.pageCount() + 5);
    const QString path = write(report, u"inject.pdf"_s);
    QVERIFY(!path.isEmpty());
    const QString text = pdfText(path);
    QVERIFY(text.contains(u"<b>株式会社</b> &amp; =HYPERLINK(\"x\")"_s));
    QVERIFY(text.contains(u"<script>alert(1)</script> <i>斜体ではない</i>"_s));
    QVERIFY(text.contains(u"第0行"_s));
    QVERIFY(text.contains(u"第399行"_s));
    QVERIFY(text.contains(u"END-OF-NOTE-7F3"_s));
    // The note's lines stay in order however many pages they take.
    QVERIFY(text.indexOf(u"第10行"_s) < text.indexOf(u"第390行"_s));

    // A name far too long for the cover is cut with an ellipsis rather than pushing the cover onto two pages.
    profile.name = QString(600, u'長');
    const PdfReport longName(input(*m_answers, m_result, profile), options);
    QCOMPARE(longName.pageCount(), plain.pageCount());
    const QString longPath = write(longName, u"long-name.pdf"_s);
    QVERIFY(pdfText(longPath).contains(u"…"_s));

    // A note that is one long word (a pasted hash or base64, 100 KB) breaks anywhere, across pages, and
    // every character of it is there, in order.
    AnswerSet hashed = *m_answers;
    QString word;
    for (int i = 0; word.size() < 100'000; ++i) {
        word += u"%1"_s.arg(i, 8, 16, QLatin1Char('0'));
    }
    hashed.notes.insert(firstQuestion, u"HASHSTART:"_s + word + u":HASHEND"_s);
    const PdfReport longWord(input(hashed, m_result, *m_profile), options);
    QVERIFY(longWord.pageCount() > plain.pageCount() + 5);
    QString extracted = pdfText(write(longWord, u"long-word.pdf"_s));
    extracted.remove(u'\n');
    QVERIFY(extracted.contains(u"HASHSTART:"_s + word.left(24)));
    QVERIFY2(extracted.contains(word.right(24) + u":HASHEND"_s),
             qPrintable(extracted.mid(extracted.indexOf(word.right(8)) - 100, 160)));

    // A name an earlier Mamori stored with a right-to-left override and an escape sequence is drawn as
    // it reads, not backwards, and without the control characters.
    profile.name = u"ABC\u202eCorp\x1b[2J"_s;
    const PdfReport bidi(input(*m_answers, m_result, profile), options);
    const QString bidiText = pdfText(write(bidi, u"bidi.pdf"_s));
    QVERIFY2(bidiText.contains(u"ABCCorp[2J"_s), qPrintable(bidiText.left(400)));
}

void TestReportPdf::twoHundredQuestions()
{
    // 200 questions: the bundled pack's, repeated under new ids.
    Pack pack = *m_pack;
    const std::vector<Question> base = pack.questions;
    pack.questions.clear();
    for (int i = 0; pack.questions.size() < 200; ++i) {
        Question q = base[std::size_t(i) % base.size()];
        q.id = u"q%1"_s.arg(i + 1, 3, 10, QChar(u'0'));
        q.dependsOn.reset();
        pack.questions.push_back(q);
    }
    pack.index();
    AnswerSet answers;
    answers.packId = pack.id;
    answers.packVersion = pack.version;
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        answers.choices.insert(pack.questions[i].id, pack.scale[i % pack.scale.size()].id);
    }
    const ScoreResult result = Scorer(pack, *m_profile).score(answers);
    const ReportInput in{pack, *m_profile, answers, result, m_when, QString()};
    const PdfReport report(in, PdfReportOptions{});
    QVERIFY(report.pageCount() > 30);
    const QString path = write(report, u"200.pdf"_s);
    const QString text = pdfText(path);
    int applicable = 0;
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        if (result.questions[i].state != QuestionState::OutOfScope) {
            ++applicable;
            QVERIFY2(text.contains(pack.questions[i].id), qPrintable(pack.questions[i].id));
        }
    }
    QVERIFY(applicable > 100);
    // Every step of the plan is there, numbered.
    QVERIFY(!result.plan.empty());
    QVERIFY(joined(text).contains(
        pack.questions[std::size_t(result.plan.back().question)].recommendation.text.ja.left(12)));
    // The table of contents points at pages that exist, in order.
    int last = 0;
    for (const auto& [title, page] : report.contents()) {
        QVERIFY2(page >= last && page <= report.pageCount(), qPrintable(title));
        last = page;
    }
}

void TestReportPdf::reportLanguageIndependentOfTheWindow()
{
    // The application speaks Japanese (initTestCase); an English report is English throughout, and the
    // application is still Japanese afterwards.
    const QString before = QCoreApplication::translate("mamori::PdfReport", "Summary");
    QCOMPARE(before, u"概要"_s);
    PdfReportOptions options;
    options.language = Language::English;
    const PdfReport report(input(*m_answers, m_result, *m_profile), options);
    const QString text = pdfText(write(report, u"english.pdf"_s));
    QVERIFY(text.contains(u"Summary"_s));
    QVERIFY(text.contains(u"this week"_s)); // from core's shared labels
    QVERIFY(!text.contains(u"概要"_s));
    QVERIFY(!text.contains(u"今週"_s));
    QCOMPARE(QCoreApplication::translate("mamori::PdfReport", "Summary"), u"概要"_s);
}

void TestReportPdf::sectionsCanBeLeftOut()
{
    PdfReportOptions options;
    options.sections.questions = false;
    options.sections.method = false;
    const PdfReport report(input(*m_answers, m_result, *m_profile), options);
    const PdfReport full(input(*m_answers, m_result, *m_profile), PdfReportOptions{});
    QVERIFY(report.pageCount() < full.pageCount());
    const QString text = pdfText(write(report, u"sections.pdf"_s));
    QVERIFY(text.contains(u"概要"_s));
    QVERIFY(!text.contains(u"分野別の回答"_s));
    QVERIFY(!text.contains(u"点数の計算方法"_s));
    QCOMPARE(int(report.contents().size()), 3); // summary, areas, plan
}

void TestReportPdf::matchesAndTrend()
{
    auto catalog = CatalogStore::open(m_dir.filePath(u"catalog.sqlite"_s));
    QVERIFY(catalog);
    QVERIFY(importDemoCatalog(**catalog)); // the demo's fictional entries, on purpose
    auto matched = reportMatches(**catalog, *m_pack, *m_profile, m_result, Language::Japanese);
    QVERIFY(matched);
    QVERIFY(!matched->first.matches.empty());
    QVERIFY(!matched->second.matches.empty());
    PdfReportOptions options;
    options.services = matched->first;
    options.talent = matched->second;
    const QDateTime earlier = m_when.addMonths(-6);
    std::vector<std::pair<QString, double>> before;
    for (const CategoryScore& c : m_result.categories) {
        before.emplace_back(m_pack->categories[std::size_t(c.category)].id, std::max(0.0, c.score - 10));
    }
    options.trend = {report::TrendPoint{earlier, m_result.score - 8.5, before},
                     report::TrendPoint{m_when, m_result.score, {}}};
    const PdfReport report(input(*m_answers, m_result, *m_profile), options);
    const QString text = pdfText(write(report, u"matches.pdf"_s));
    QVERIFY(text.contains(u"合うサービスと専門家"_s));
    QVERIFY(text.contains(u"これまでの推移"_s));
    QVERIFY(text.contains(u"+8.5"_s));
    // Each match is there with its first reason.
    const ServiceMatch& top = matched->first.matches.front();
    QVERIFY(joined(text).contains(top.service.displayName(Language::Japanese).left(10)));
    QVERIFY(joined(text).contains(top.reasons.front().left(10)));
    QVERIFY(joined(text).contains(matched->second.matches.front().talent.displayName));
}

void TestReportPdf::cancelledExportLeavesTheOldFile()
{
    const QString path = m_dir.filePath(u"keep.pdf"_s);
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("the previous report");
    old.close();
    const PdfReport report(input(*m_answers, m_result, *m_profile), PdfReportOptions{});
    int calls = 0;
    auto written = report.write(path, [&calls](int page, int pages) {
        ++calls;
        Q_UNUSED(pages);
        return page < 3;
    });
    QVERIFY(!written);
    QCOMPARE(calls, 3);
    QVERIFY(written.error().front().message.contains(u"中止"_s));
    QFile check(path);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), QByteArray("the previous report"));
    // A complete export replaces it, readable by the owner only.
    int pagesSeen = 0;
    QVERIFY(report.write(path, [&pagesSeen](int page, int) { return (pagesSeen = page) > 0; }));
    QCOMPARE(pagesSeen, report.pageCount());
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QFile done(path);
    QVERIFY(done.open(QIODevice::ReadOnly));
    QVERIFY(done.read(5) == "%PDF-");
}

void TestReportPdf::previewPaintsThePage()
{
    const PdfReport report(input(*m_answers, m_result, *m_profile), PdfReportOptions{});
    for (const int page : {0, 2, report.pageCount() - 1}) {
        const QImage image = report.preview(page, 400);
        QCOMPARE(image.width(), 400);
        QCOMPARE(image.height(), 566);
        int inked = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                inked += image.pixel(x, y) != qRgb(255, 255, 255) ? 1 : 0;
            }
        }
        QVERIFY2(inked > 500, qPrintable(u"page %1 looks blank"_s.arg(page)));
    }
    QVERIFY(report.preview(report.pageCount(), 100).pixel(50, 50) == qRgb(255, 255, 255));
}

void TestReportPdf::cliWritesPdf()
{
    const QString out = m_dir.filePath(u"cli.pdf"_s);
    QString stdOut;
    QString stdErr;
    QTextStream o(&stdOut);
    QTextStream e(&stdErr);
    const int code = cli::runCli({u"--lang"_s, u"en"_s, u"report"_s, u"--pack"_s, u"sme-guideline"_s, u"--profile"_s,
                                  Samples + u"small-manufacturer.profile.json"_s, u"--answers"_s,
                                  Samples + u"small-manufacturer.sme-guideline.answers.json"_s, u"--out"_s, out,
                                  u"--consultant"_s, u"Taro Yamada"_s, u"--sections"_s, u"summary,plan,matches"_s},
                                 o, e);
    QVERIFY2(code == 0, qPrintable(stdErr));
    QVERIFY(stdOut.contains(u"cli.pdf"_s));
    const QString text = pdfText(out);
    QVERIFY(text.contains(u"Taro Yamada"_s));
    QVERIFY(text.contains(u"Services and experts that fit"_s));
    QVERIFY(!text.contains(u"Answers by area"_s));
    QCOMPARE(QFile::permissions(out) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

    // An unknown section is a usage error, and nothing is written.
    const QString bad = m_dir.filePath(u"bad.pdf"_s);
    stdErr.clear();
    QCOMPARE(cli::runCli({u"report"_s, u"--pack"_s, u"sme-guideline"_s, u"--profile"_s,
                          Samples + u"small-manufacturer.profile.json"_s, u"--answers"_s,
                          Samples + u"small-manufacturer.sme-guideline.answers.json"_s, u"--out"_s, bad,
                          u"--sections"_s, u"summary,chapter9"_s},
                         o, e),
             2);
    QVERIFY(stdErr.contains(u"chapter9"_s));
    QVERIFY(!QFile::exists(bad));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
