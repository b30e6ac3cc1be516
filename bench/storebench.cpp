// Measures the storage goals of issue 3 (bench/README.md) on a database of 10,000 firms × 10
// assessments × 85 answers:
//  1. the history of one firm (ResultService::history) in at most 5 ms;
//  2. re-scoring all 100,000 assessments in at most 1 s of CPU, plus the time to read the rows.
// Usage: mamori-store-bench [--firms N] [--db FILE]   (an existing FILE from an earlier run is reused)

#include "bench/benchpack.h"
#include "core/history.h"
#include "core/packloader.h"
#include "core/packrepository.h"
#include "core/scorer.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <algorithm>
#include <ctime>
#include <random>
#include <sys/resource.h>
#include <unordered_map>
#include <vector>

using namespace mamori;
using namespace Qt::StringLiterals;

namespace {

constexpr int AssessmentsPerFirm = 10;
constexpr int Questions = 85;

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + u" ms"_s;
}

// One firm with a profile drawn at random and ten assessments a month apart, each answering all 85
// questions; the last one still in progress. Written through the import path, one transaction a firm.
TransferDocument makeFirm(int index, const Pack& pack, std::mt19937& random)
{
    std::uniform_int_distribution<int> employees(1, 300);
    std::uniform_int_distribution<int> coin(0, 1);
    std::discrete_distribution<std::size_t> choice({40, 25, 20, 10, 5}); // yes, partial, no, unknown, na
    TransferDocument d;
    d.firmUid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QDateTime start = QDateTime(QDate(2024, 1, 1), QTime(9, 0), Qt::UTC).addSecs(index * 60);
    d.firmCreatedAt = start;
    Profile p;
    p.name = u"ベンチ商事 %1"_s.arg(index);
    p.industry = u'E';
    p.prefecture = 1 + index % 47;
    p.employees = employees(random);
    p.capitalManYen = 1000 + index % 50000;
    p.assets.pcs = p.employees;
    p.assets.servers = coin(random);
    p.assets.website = coin(random) == 1;
    p.assets.remoteWork = coin(random) == 1;
    p.assets.cloud = coin(random) ? QStringList{u"mail"_s} : QStringList{};
    d.profiles.push_back({start, p});
    for (int a = 0; a < AssessmentsPerFirm; ++a) {
        TransferDocument::Assessment as;
        as.uid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        as.packId = pack.id;
        as.packVersion = pack.version;
        as.startedAt = start.addDays(30 * a);
        as.updatedAt = as.startedAt.addSecs(3600);
        as.finished = a + 1 < AssessmentsPerFirm;
        if (as.finished) {
            as.finishedAt = as.updatedAt;
        }
        for (const Question& q : pack.questions) {
            as.answers.push_back({q.id, pack.scale[choice(random)].id, QString(), as.startedAt.addSecs(30), {}, 0});
        }
        std::sort(as.answers.begin(), as.answers.end(),
                  [](const auto& x, const auto& y) { return x.question < y.question; });
        d.assessments.push_back(std::move(as));
    }
    return d;
}

struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[std::min(v.size() - 1, v.size() * 95 / 100)], v.back()};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    int firms = 10000;
    if (const qsizetype i = args.indexOf(u"--firms"_s); i > 0 && i + 1 < args.size()) {
        firms = std::max(10, args[i + 1].toInt());
    }
    QTemporaryDir temp;
    QString dbPath = temp.filePath(u"bench.sqlite"_s);
    if (const qsizetype i = args.indexOf(u"--db"_s); i > 0 && i + 1 < args.size()) {
        dbPath = args[i + 1];
    }
    // The pack lives in a folder of its own, found through a PackRepository like any installed pack.
    const QString packDir = temp.filePath(u"packs"_s);
    QDir().mkpath(packDir);
    const QByteArray packBytes = bench::generatePack(Questions, u"bench-85"_s);
    {
        QFile file(packDir + u"/bench-85.json"_s);
        if (!file.open(QIODevice::WriteOnly) || file.write(packBytes) != packBytes.size()) {
            err << "cannot write the pack" << Qt::endl;
            return 1;
        }
    }
    const PackRepository packs({packDir});
    const auto pack = packs.find(u"bench-85"_s);
    if (!pack) {
        err << "generated pack is invalid: " << pack.error().first().toString() << Qt::endl;
        return 1;
    }

    const bool reuse = QFileInfo::exists(dbPath);
    auto opened = Store::open(dbPath);
    if (!opened) {
        err << opened.error().first().toString() << Qt::endl;
        return 1;
    }
    Store& store = **opened;
    if (!reuse) {
        std::mt19937 random{20261124};
        QElapsedTimer timer;
        timer.start();
        for (int f = 0; f < firms; ++f) {
            const auto imported = store.importDocument(makeFirm(f, *pack, random));
            if (!imported) {
                err << imported.error().first().toString() << Qt::endl;
                return 1;
            }
            if ((f + 1) % 500 == 0) {
                err << "\rwriting firms: " << f + 1 << " / " << firms << Qt::flush;
            }
        }
        err << Qt::endl;
        out << "database: " << firms << " firms x " << AssessmentsPerFirm << " assessments x " << Questions
            << " answers written in " << QString::number(double(timer.elapsed()) / 1000, 'f', 1)
            << " s (one import transaction a firm)" << Qt::endl;
    }
    const auto firmList = store.firms();
    if (!firmList || firmList->empty()) {
        err << "no firms in " << dbPath << Qt::endl;
        return 1;
    }
    firms = int(firmList->size());
    out << "database file: " << QFileInfo(dbPath).size() / (1024 * 1024) << " MiB, " << firms << " firms" << Qt::endl;

    // 1. History of one firm. Cold: nothing cached yet, so ten assessments are scored and their
    // results written (one transaction, on disk before it returns). Warm: served from the cache.
    std::mt19937 random{7};
    std::vector<qint64> sample;
    std::uniform_int_distribution<std::size_t> pick(0, firmList->size() - 1);
    for (int i = 0; i < 300; ++i) {
        sample.push_back(firmList->at(pick(random)).id);
    }
    std::sort(sample.begin(), sample.end());
    sample.erase(std::unique(sample.begin(), sample.end()), sample.end());
    ResultService service(store, packs);
    if (!service.pack(pack->id, pack->version)) { // load the pack outside the timings
        return 1;
    }
    for (const char* phase : {"cold cache", "warm cache"}) {
        std::vector<double> times;
        for (const qint64 id : sample) {
            QElapsedTimer timer;
            timer.start();
            const auto history = service.history(id);
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!history || history->size() != AssessmentsPerFirm || !history->front().result) {
                err << "history of firm " << id << " is wrong" << Qt::endl;
                return 1;
            }
        }
        const Stats s = stats(times);
        out << "history of one firm (" << phase << ", " << sample.size() << " firms): median " << ms(s.median)
            << ", p95 " << ms(s.p95) << ", max " << ms(s.max) << (phase[0] == 'w' ? "  (goal <= 5 ms)" : "")
            << Qt::endl;
    }

    // 2. Re-scoring everything: first the rows alone, then the rows and the scoring.
    qint64 rows = 0;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    qint64 assessments = 0;
    auto read = store.forEachAssessment([&](const AssessmentRecord& r) {
        ++assessments;
        rows += r.answers.choices.size();
        return true;
    });
    const double readWall = double(timer.nsecsElapsed()) / 1e9;
    const double readCpu = cpuSeconds() - cpu;
    if (!read) {
        err << read.error().first().toString() << Qt::endl;
        return 1;
    }
    out << "reading all " << assessments << " assessments (" << rows
        << " answers): " << QString::number(readWall, 'f', 2) << " s wall, " << QString::number(readCpu, 'f', 2)
        << " s CPU" << Qt::endl;

    std::unordered_map<qint64, Scorer> scorers; // one per profile version: applicability is computed once per firm
    std::vector<Store::ResultUpdate> updates;
    updates.reserve(std::size_t(assessments));
    double scoringSeconds = 0;
    double checksum = 0;
    timer.restart();
    cpu = cpuSeconds();
    read = store.forEachAssessment([&](const AssessmentRecord& r) {
        QElapsedTimer scoring;
        scoring.start();
        auto it = scorers.find(r.profileId);
        if (it == scorers.end()) {
            it = scorers.try_emplace(r.profileId, *pack, r.profile).first;
        }
        const ScoreResult result = it->second.score(r.answers, Scorer::Plan::Skip);
        StoredResult summary = summarise(*pack, result);
        scoringSeconds += double(scoring.nsecsElapsed()) / 1e9;
        checksum += result.score;
        updates.push_back({r.id, r.updatedAt, std::move(summary)});
        return true;
    });
    const double allWall = double(timer.nsecsElapsed()) / 1e9;
    const double allCpu = cpuSeconds() - cpu;
    if (!read) {
        return 1;
    }
    out << "re-scoring all " << assessments << " assessments: " << QString::number(allWall, 'f', 2) << " s wall, "
        << QString::number(allCpu, 'f', 2) << " s CPU, of which scoring " << QString::number(scoringSeconds, 'f', 2)
        << " s  (goal: scoring <= 1 s beyond reading the rows)  [checksum " << QString::number(checksum, 'f', 0) << "]"
        << Qt::endl;

    timer.restart();
    int saved = 0;
    for (std::size_t from = 0; from < updates.size(); from += 5000) {
        const auto batch = store.saveResults(std::span<const Store::ResultUpdate>(updates).subspan(
            from, std::min<std::size_t>(5000, updates.size() - from)));
        if (!batch) {
            err << batch.error().first().toString() << Qt::endl;
            return 1;
        }
        saved += *batch;
    }
    out << "storing " << saved << " results in the cache: " << QString::number(double(timer.elapsed()) / 1000, 'f', 2)
        << " s" << Qt::endl;
    out << "peak memory: " << peakRssMiB() << " MiB" << Qt::endl;
    return 0;
}
