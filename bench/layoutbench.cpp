// Laying out long text without a break opportunity (issue 19): a note of 200 KB and 1 MB that is one
// "word" (no spaces: a pasted hash, base64, a URL), and the same size of Japanese and of English prose,
// laid out for the report's note column. Goal: 1 MB in at most 1 s. Also the whole PDF report with a
// 1 MB note, from layout to bytes. Medians of repeated runs; the figures go in bench/README.md.
//
//   build/release/bin/mamori-layout-bench [runs]
#include "bench/benchstats.h"
#include "core/answers.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "core/scorer.h"
#include "report/pagelayout.h"
#include "report/pdfreport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace mamori;
using namespace Qt::StringLiterals;
using mamori::bench::median;

namespace {

QString repeatTo(const QString& unit, qsizetype bytes)
{
    QString out;
    while (out.toUtf8().size() < bytes) {
        out += unit.repeated(1024);
    }
    while (out.toUtf8().size() > bytes) {
        out.chop(std::max<qsizetype>(1, (out.toUtf8().size() - bytes) / 3));
    }
    return out;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 5;
    QTextStream out(stdout);
    const QFont font = report::reportFont(9);
    const double width = 4500; // about the note column of an A4 page, in decipoints
    const std::pair<const char*, QString> kinds[] = {
        {"one word (no spaces)", u"0123456789abcdef"_s},
        {"Japanese prose", u"バックアップは毎週金曜日に外付けディスクへ取っています。"_s},
        {"English prose", u"Backups are taken every Friday to an external disk. "_s},
    };
    for (const qsizetype size : {qsizetype(200 * 1024), qsizetype(1024 * 1024)}) {
        for (const auto& [name, unit] : kinds) {
            const QString text = repeatTo(unit, size);
            std::vector<double> times;
            int lines = 0;
            for (int i = 0; i < runs; ++i) {
                QElapsedTimer t;
                t.start();
                const report::TextBlock block(text, font, width);
                times.push_back(double(t.nsecsElapsed()) / 1e6);
                lines = block.lineCount();
            }
            out << QString::asprintf("layout %-22s %5lld KB: %8.1f ms median of %d (%d lines)\n", name,
                                     qlonglong(size / 1024), median(times), runs, lines);
            out.flush();
        }
    }
    // The whole report with a 1 MB note of one word on the first question.
    const PackRepository packs;
    const auto pack = packs.find(u"ipa-self-check"_s);
    const auto profile =
        loadProfile(QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/small-manufacturer.profile.json"));
    auto answers = loadAnswers(
        QStringLiteral(MAMORI_SOURCE_DIR "/resources/samples/small-manufacturer.ipa-self-check.answers.json"), &*pack);
    if (!pack || !profile || !answers) {
        out << "cannot load the samples\n";
        return 1;
    }
    answers->notes.insert(pack->questions.front().id, repeatTo(u"0123456789abcdef"_s, 1024 * 1024));
    const ScoreResult result = Scorer(*pack, *profile).score(*answers);
    std::vector<double> build;
    std::vector<double> write;
    int pages = 0;
    for (int i = 0; i < std::min(runs, 3); ++i) {
        QElapsedTimer t;
        t.start();
        const PdfReport report(ReportInput{*pack, *profile, *answers, result, QDateTime::currentDateTimeUtc(), {}},
                               PdfReportOptions{});
        build.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const QByteArray bytes = report.toPdf();
        write.push_back(double(t.nsecsElapsed()) / 1e6);
        pages = report.pageCount();
    }
    out << QString::asprintf("report with a 1 MB one-word note: layout %.0f ms, PDF %.0f ms, %d pages\n", median(build),
                             median(write), pages);
    return 0;
}
