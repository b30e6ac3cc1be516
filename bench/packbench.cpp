// Measures the two speed goals of the core (bench/README.md):
//  1. loading + validating a 5,000-question pack takes at most twice a bare QJsonDocument::fromJson
//     of the same bytes;
//  2. scoring 100,000 answer sets takes at most one second.
// Usage: mamori-bench [--write-pack FILE] [--rounds N]

#include "bench/benchpack.h"
#include "core/answers.h"
#include "core/packloader.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "core/scorer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

using namespace mamori;
using mamori::bench::generatePack;
using namespace Qt::StringLiterals;

namespace {

template <typename F>
double medianMs(int rounds, F&& f)
{
    std::vector<double> times;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

std::vector<AnswerSet> randomAnswerSets(const Pack& pack, int count)
{
    std::mt19937 random(20261124);
    std::uniform_int_distribution<std::size_t> pick(0, pack.scale.size() - 1);
    std::uniform_int_distribution<int> skip(0, 9);
    std::vector<AnswerSet> sets(static_cast<std::size_t>(count));
    for (AnswerSet& set : sets) {
        set.packId = pack.id;
        set.choices.reserve(qsizetype(pack.questions.size()));
        for (const Question& q : pack.questions) {
            if (skip(random) != 0) { // one answer in ten left open
                set.choices.insert(q.id, pack.scale[pick(random)].id);
            }
        }
    }
    return sets;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    int rounds = 15;
    if (const qsizetype i = args.indexOf(u"--rounds"_s); i > 0 && i + 1 < args.size()) {
        rounds = std::max(1, args[i + 1].toInt());
    }

    const QByteArray bytes = generatePack(5000, u"bench-5000"_s);
    if (const qsizetype i = args.indexOf(u"--write-pack"_s); i > 0 && i + 1 < args.size()) {
        QFile file(args[i + 1]);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            out << "cannot write " << args[i + 1] << Qt::endl;
            return 1;
        }
    }
    PackLoader loader;
    const auto check = loader.loadData(bytes, u"bench-5000.json"_s);
    if (!check) {
        out << "generated pack is invalid: " << check.error().first().toString() << Qt::endl;
        return 1;
    }
    // Alternate the two, round by round, so that load from elsewhere on the machine hits both alike.
    std::vector<double> bareTimes;
    std::vector<double> fullTimes;
    for (int round = 0; round < rounds; ++round) {
        bareTimes.push_back(medianMs(1, [&] {
            const QJsonDocument doc = QJsonDocument::fromJson(bytes);
            if (doc.isNull()) {
                qFatal("QJsonDocument rejected the pack");
            }
        }));
        fullTimes.push_back(medianMs(1, [&] {
            const auto pack = loader.loadData(bytes, u"bench-5000.json"_s);
            if (!pack || pack->questions.size() != 5000) {
                qFatal("PackLoader rejected the pack");
            }
        }));
    }
    std::sort(bareTimes.begin(), bareTimes.end());
    std::sort(fullTimes.begin(), fullTimes.end());
    const double bare = bareTimes[bareTimes.size() / 2];
    const double full = fullTimes[fullTimes.size() / 2];
    out << "pack: 5,000 questions, " << bytes.size() / 1024 << " KiB, median of " << rounds << " rounds" << Qt::endl;
    out << "  QJsonDocument::fromJson        " << QString::number(bare, 'f', 1) << " ms" << Qt::endl;
    out << "  PackLoader::loadData (validate) " << QString::number(full, 'f', 1) << " ms" << Qt::endl;
    out << "  ratio                          " << QString::number(full / bare, 'f', 2) << " (goal <= 2.00)" << Qt::endl;

    const auto sme = PackRepository({PackRepository::bundledFolder()}).find(u"sme-guideline"_s);
    if (!sme) {
        out << "bundled pack missing" << Qt::endl;
        return 1;
    }
    Profile firm;
    firm.name = u"bench"_s;
    firm.employees = 40;
    firm.assets.pcs = 30;
    firm.assets.website = true;
    firm.assets.remoteWork = true;
    firm.assets.cloud = {u"mail"_s, u"file_sharing"_s};
    firm.assets.personalInfoRecords = 10000;
    firm.suppliesLargeFirms = true;
    const int sets = 100000;
    for (const Pack* pack : {&*sme, &*check}) {
        const int count = pack == &*sme ? sets : 1000;
        const std::vector<AnswerSet> answers = randomAnswerSets(*pack, count);
        const Scorer scorer(*pack, firm);
        double checksum = 0;
        const double ms = medianMs(std::max(1, rounds / 5), [&] {
            for (const AnswerSet& a : answers) {
                checksum += scorer.score(a).score;
            }
        });
        out << "scoring " << count << " answer sets of " << pack->id << " (" << pack->questions.size()
            << " questions, plan included): " << QString::number(ms, 'f', 0) << " ms";
        if (pack == &*sme) {
            out << " (goal <= 1000 ms)";
        }
        out << "  [checksum " << QString::number(checksum, 'f', 0) << "]" << Qt::endl;
    }
    return 0;
}
