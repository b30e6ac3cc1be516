// Reading CSV within bounded memory (issue 19): files of 100 MB — nothing but commas, Excel's blank
// rows (",,,,"), and ordinary rows of text — read through CsvReader, each in its own process so its peak
// resident memory is its own. Goal: peak memory at most 3× the file's size. The figures go in
// bench/README.md.
//
//   build/release/bin/mamori-csv-bench [MB]        (default 100)
#include "core/csv.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

// Reads the file to the end (or to its first error) and prints: rows, outcome, ms, peak KB.
int readOne(const QString& path)
{
    QElapsedTimer t;
    t.start();
    qint64 rows = 0;
    QString outcome = u"read to the end"_s;
    auto reader = CsvReader::open(path);
    if (!reader) {
        outcome = reader.error().first().message;
    } else {
        for (;;) {
            auto row = (*reader)->next();
            if (!row) {
                outcome = row.error().first().message;
                break;
            }
            if (!*row) {
                break;
            }
            ++rows;
        }
    }
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    QTextStream(stdout) << rows << '\t' << outcome << '\t' << t.elapsed() << '\t' << usage.ru_maxrss << '\n';
    return 0;
}

void writeFile(const QString& path, const QByteArray& header, const QByteArray& unit, qint64 bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    f.write(header);
    QByteArray block;
    while (block.size() < 1024 * 1024) {
        block += unit;
    }
    for (qint64 written = 0; written < bytes; written += block.size()) {
        f.write(block);
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args[1] == u"--read"_s) {
        return readOne(args[2]);
    }
    const qint64 megabytes = args.size() > 1 ? std::max(1, args[1].toInt()) : 100;
    QTemporaryDir dir;
    const QByteArray header =
        "id,display_name,skills,prefectures,as_of,source,qualifications,remote,onsite,fee_day_min,fee_day_max\n";
    struct Case
    {
        const char* name;
        QByteArray header;
        QByteArray row;
    };
    const Case cases[] = {
        {"nothing but commas", {}, QByteArray(",")},
        {"blank rows (,,,,)", header, QByteArray(",,,,,,,,,,\n")},
        {"ordinary rows", header,
         QByteArray("t1,山田 太郎,backup;training;incident_response,13;14,2026-04-01,https://example.org/experts/1,"
                    "情報処理安全確保支援士,true,true,30000,80000\n")},
    };
    QTextStream out(stdout);
    for (const auto& [name, head, row] : cases) {
        const QString path = dir.filePath(u"bench.csv"_s);
        writeFile(path, head, row, megabytes * 1024 * 1024);
        const qint64 size = QFile(path).size();
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {u"--read"_s, path});
        child.waitForFinished(-1);
        const QStringList fields = QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(u'\t');
        if (fields.size() != 4) {
            out << name << ": the reader failed\n";
            continue;
        }
        const double peakMb = fields[3].toDouble() / 1024.0;
        out << QString::asprintf("%-20s %6.1f MB: %s after %s rows, %s ms, peak %.1f MB (%.2f× the file)\n", name,
                                 double(size) / 1048576.0, qPrintable(fields[1]), qPrintable(fields[0]),
                                 qPrintable(fields[2]), peakMb, peakMb * 1048576.0 / double(size));
        out.flush();
        QFile::remove(path);
    }
    return 0;
}
