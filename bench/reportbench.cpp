// The PDF report against Qt's own floor (issue 6): a 10-page report with three charts — radar, gap
// and trend — laid out and written to PDF bytes, against a blank 10-page QPdfWriter document written
// the same way, in the same run. Goal: the report in at most 1 s. Medians of repeated runs; the
// figures go in bench/README.md.
//
//   build/release/bin/mamori-report-bench [runs] [FILE.pdf to keep the report, to look at]
#include "bench/benchstats.h"
#include "core/answers.h"
#include "core/packrepository.h"
#include "core/scorer.h"
#include "core/translations.h"
#include "report/pdfreport.h"

#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mamori;
using namespace Qt::StringLiterals;
using mamori::bench::median;

namespace {

QByteArray blankDocument(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(720);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    for (int i = 1; i < pages; ++i) {
        writer.newPage();
    }
    painter.end();
    return bytes;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 21;
    QTextStream out(stdout);
    const Translations translations(Language::Japanese);
    const QString samples = QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/");
    auto pack = PackRepository().find(u"sme-guideline"_s);
    auto profile = loadProfile(samples + u"small-manufacturer.profile.json"_s);
    auto answers = loadAnswers(samples + u"small-manufacturer.sme-guideline.answers.json"_s, &*pack);
    if (!pack || !profile || !answers) {
        out << "cannot load the sample firm\n";
        return 1;
    }
    const ScoreResult result = Scorer(*pack, *profile).score(*answers);
    const ReportInput input{*pack, *profile, *answers, result, QDateTime::currentDateTimeUtc(), u"山田 太郎"_s};

    // Cover, contents, summary, two pages of scores (radar and gap charts), the trend (third chart) with
    // the change by area, and the appendix on method: ten pages.
    PdfReportOptions options;
    options.sections.questions = false;
    options.sections.matches = false;
    options.sections.plan = false;
    std::vector<std::pair<QString, double>> earlier;
    for (const CategoryScore& c : result.categories) {
        earlier.emplace_back(pack->categories[std::size_t(c.category)].id, std::max(0.0, c.score - 12));
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    options.trend = {report::TrendPoint{now.addMonths(-12), result.score - 20, earlier},
                     report::TrendPoint{now.addMonths(-6), result.score - 9, earlier},
                     report::TrendPoint{now, result.score, {}}};

    // And the change by area since the previous assessment, under the trend chart.
    Comparison since;
    since.scoreBefore = result.score - 9;
    since.scoreAfter = result.score;
    for (const CategoryScore& c : result.categories) {
        const Category& category = pack->categories[std::size_t(c.category)];
        since.categories.push_back(
            Comparison::Category{category.id, category.title, std::max(0.0, c.score - 12), c.score, c.target});
    }
    options.sincePrevious = since;

    std::vector<double> reportMs, layoutMs, blankMs;
    int pages = 0;
    qsizetype size = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const PdfReport report(input, options);
        layoutMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        const QByteArray pdf = report.toPdf();
        reportMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        pages = report.pageCount();
        size = pdf.size();
        if (i == 0 && argc > 2) {
            QFile file(QString::fromLocal8Bit(argv[2]));
            if (file.open(QIODevice::WriteOnly)) {
                file.write(pdf);
            }
        }

        timer.restart();
        const QByteArray blank = blankDocument(pages);
        blankMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    out << "report: " << pages << " pages, 3 charts, " << size / 1024 << " KiB\n";
    out << "  laid out + written to PDF, median of " << runs << ": " << median(reportMs) << " ms (goal <= 1000 ms)\n";
    out << "  of which layout (and charts built): " << median(layoutMs) << " ms\n";
    out << "blank " << pages << "-page QPdfWriter document, median: " << median(blankMs) << " ms\n";
    out << "ratio: " << median(reportMs) / median(blankMs) << "x\n";
    return 0;
}
