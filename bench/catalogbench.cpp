// Measures the catalog goals of issue 5 (bench/README.md):
//  1. importing a 1,000,000-row talent CSV (rows per second, all-or-nothing in one transaction);
//  2. the top-20 talent match for a firm, median of repeated runs (goal ≤ 50 ms), against a single
//     indexed SQLite query over the same table that applies the same hard filters and orders by the
//     same weighted coverage (the floor; goal ≤ 3× the floor);
//  3. 10,000 services: import and a services match.
// Usage: mamori-catalog-bench [--talent N] [--services N] [--keep DIR]

#include "bench/benchstats.h"
#include "core/catalogstore.h"
#include "core/matching.h"
#include "core/packrepository.h"
#include "core/profile.h"
#include "core/scorer.h"
#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <sys/resource.h>
#include <vector>

using namespace mamori;
using namespace Qt::StringLiterals;
using mamori::bench::median;

namespace {

long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

// Talent rows like scripts/generate-sample-catalog.py makes, drawn by a seeded generator: 3–8 skills,
// a home prefecture weighted towards the big cities plus up to three more, 80 % on site, 60 % remote.
void writeTalent(const QString& path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    std::mt19937_64 random(20261124);
    const QStringList caps = Vocabulary::capabilities().ids();
    const QStringList areas{u"sme-guideline:start"_s,  u"sme-guideline:organized"_s, u"sme-guideline:incident"_s,
                            u"sme-guideline:cloud"_s,  u"sme-guideline:website"_s,   u"sme-guideline:supply_chain"_s,
                            u"ipa-self-check:basic"_s, u"ipa-self-check:staff"_s,    u"ipa-self-check:organization"_s};
    const std::vector<int> cities{13, 13, 13, 14, 27, 27, 23, 40, 1, 11, 12, 28, 22, 26, 34, 4};
    QByteArray out = "id,display_name,qualifications,riss_number,riss_training,skills,categories,industries,"
                     "prefectures,onsite,remote,engagements,fee_day_min,fee_day_max,availability,languages,source,"
                     "as_of,sample\n";
    const auto pick = [&](int n) {
        return int(random() % std::uint64_t(n));
    };
    for (int i = 0; i < count; ++i) {
        QStringList skills;
        const int k = 3 + pick(6);
        while (skills.size() < k) {
            const QString& c = caps[pick(int(caps.size()))];
            if (!skills.contains(c)) {
                skills.append(c);
            }
        }
        const int home = pick(3) == 0 ? 1 + pick(47) : cities[std::size_t(pick(int(cities.size())))];
        QStringList prefs{QString::number(home)};
        for (int extra = pick(4); extra > 0; --extra) {
            const int p = std::clamp(home + pick(5) - 2, 1, 47);
            if (!prefs.contains(QString::number(p))) {
                prefs.append(QString::number(p));
            }
        }
        const bool onsite = pick(10) < 8;
        const bool remote = pick(10) < 6 || !onsite;
        const bool riss = pick(100) < 45;
        const int fee = 30000 + 5000 * pick(25);
        static const char* const availability[] = {"available", "available", "available", "limited", "unavailable"};
        out += "bench-" + QByteArray::number(i) + ",Bench " + QByteArray::number(i) + "," +
               (riss ? QByteArray("riss,9") + QByteArray::number(10000 + pick(89999)) + QByteArray(",current,")
                     : QByteArray(",,,")) +
               skills.join(u';').toUtf8() + "," + areas[pick(int(areas.size()))].toUtf8() + "," +
               QByteArray(1, char('D' + pick(12))) + "," + (onsite ? prefs.join(u';').toUtf8() : QByteArray()) + "," +
               (onsite ? "true" : "false") + "," + (remote ? "true" : "false") + ",advice," + QByteArray::number(fee) +
               "," + QByteArray::number(fee + 20000) + "," + availability[pick(5)] + ",ja,bench,2025-04-01,true\n";
        if (out.size() > (1 << 22)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

void writeServices(const QString& path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    std::mt19937_64 random(7);
    const QStringList caps = Vocabulary::capabilities().ids();
    const auto pick = [&](int n) {
        return int(random() % std::uint64_t(n));
    };
    QByteArray out = "id,name,provider,scheme,type,regions,dispatch,price_monthly,price_unit,capabilities,subsidy,"
                     "as_of,sample\n";
    for (int i = 0; i < count; ++i) {
        QStringList skills;
        while (skills.size() < 4 + pick(6)) {
            const QString& c = caps[pick(int(caps.size()))];
            if (!skills.contains(c)) {
                skills.append(c);
            }
        }
        const int home = 1 + pick(47);
        const QByteArray regions = pick(4) == 0 ? QByteArray("all") : QByteArray::number(home);
        const bool device = pick(2) == 0;
        out += "svc-" + QByteArray::number(i) + ",Service " + QByteArray::number(i) + ",Provider " +
               QByteArray::number(i % 500) + ",other,other," + regions + "," + QByteArray::number(home) + "," +
               QByteArray::number(device ? 500 + pick(2000) : 3000 + pick(20000)) + "," + (device ? "device" : "site") +
               "," + skills.join(u';').toUtf8() + ",false,2025-04-01,true\n";
    }
    f.write(out);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    int talentCount = 1'000'000;
    int serviceCount = 10'000;
    QString keep;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--talent"_s) {
            talentCount = args[++i].toInt();
        } else if (args[i] == u"--services"_s) {
            serviceCount = args[++i].toInt();
        } else if (args[i] == u"--keep"_s) {
            keep = args[++i];
        }
    }
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QDir().mkpath(dir);
    const QString talentCsv = dir + u"/talent.csv"_s;
    const QString servicesCsv = dir + u"/services.csv"_s;
    const QString db = dir + u"/catalog.sqlite"_s;

    QElapsedTimer timer;
    if (!QFile::exists(db)) {
        timer.start();
        writeTalent(talentCsv, talentCount);
        writeServices(servicesCsv, serviceCount);
        out << "generated " << talentCount << " talent rows (" << QFile(talentCsv).size() / (1 << 20) << " MiB) and "
            << serviceCount << " services in " << timer.elapsed() << " ms\n";
        out.flush();
        auto catalog = CatalogStore::open(db, CatalogStore::Mode::ReadWrite, false);
        if (!catalog) {
            qFatal("%s", qPrintable(catalog.error().first().toString()));
        }
        timer.restart();
        auto services = (*catalog)->importFile(servicesCsv);
        if (!services) {
            qFatal("%s", qPrintable(services.error().first().toString()));
        }
        out << "import " << serviceCount << " services: " << timer.elapsed() << " ms\n";
        timer.restart();
        auto talent = (*catalog)->importFile(talentCsv);
        if (!talent) {
            qFatal("%s", qPrintable(talent.error().first().toString()));
        }
        const double seconds = double(timer.elapsed()) / 1000.0;
        out << "import " << talentCount << " talent rows: " << QString::number(seconds, 'f', 1) << " s ("
            << int(talentCount / seconds) << " rows/s), peak RSS " << peakRssMiB() << " MiB\n";
        out.flush();
    }

    // The firm: the small manufacturer of the samples (Osaka, 31 devices) with its answers.
    const PackRepository packs;
    auto pack = packs.find(u"sme-guideline"_s);
    auto profile =
        loadProfile(QStringLiteral(MAMORI_SOURCE_DIR) + u"/resources/samples/small-manufacturer.profile.json"_s);
    auto answers = loadAnswers(QStringLiteral(MAMORI_SOURCE_DIR) +
                                   u"/resources/samples/small-manufacturer.sme-guideline.answers.json"_s,
                               &*pack);
    if (!pack || !profile || !answers) {
        qFatal("cannot load the sample firm");
    }
    const FirmNeeds firm = firmNeeds(*pack, *profile, Scorer(*pack, *profile).score(*answers));
    MatchOptions options;
    options.top = 20;

    // Cold: a fresh process-like start — open the catalog, load the index blob, match.
    std::vector<double> cold;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        auto catalog = CatalogStore::open(db);
        auto m = matchTalent(**catalog, firm, options);
        cold.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!m || m->matches.size() != 20) {
            qFatal("match failed");
        }
    }
    auto catalog = std::move(*CatalogStore::open(db));
    std::vector<double> warm;
    TalentMatches last;
    for (int run = 0; run < 21; ++run) {
        timer.restart();
        auto m = matchTalent(*catalog, firm, options);
        warm.push_back(double(timer.nsecsElapsed()) / 1e6);
        last = std::move(*m);
    }

    // The floor: one indexed query with the same hard filters (on site in the firm's prefecture or
    // remote, not unavailable) ordered by the same weighted coverage, through Qt SQL as Mamori reads.
    QString coverage = u"0"_s;
    const QStringList ids = Vocabulary::capabilities().ids();
    for (const Need& n : firm.needs) {
        const qsizetype bit = ids.indexOf(n.capability);
        coverage += u" + ((t.skill_mask >> %1) & 1) * %2"_s.arg(bit).arg(n.weight, 0, 'f', 3);
    }
    const QString floorSql = u"SELECT t.id FROM talent_area a JOIN talent t ON t.rowid = a.talent"
                             " WHERE a.prefecture IN (%1, 0) AND t.availability < 2"
                             " GROUP BY t.rowid ORDER BY %2 DESC LIMIT 20"_s.arg(firm.prefecture)
                                 .arg(coverage);
    std::vector<double> floor;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"floor"_s);
        sql.setDatabaseName(db);
        sql.open();
        QSqlQuery q(sql);
        q.setForwardOnly(true);
        for (int run = 0; run < 11; ++run) {
            timer.restart();
            if (!q.exec(floorSql)) {
                qFatal("floor query failed");
            }
            int rows = 0;
            while (q.next()) {
                ++rows;
            }
            floor.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (rows != 20) {
                qFatal("floor query returned %d rows", rows);
            }
        }
        q.exec(u"EXPLAIN QUERY PLAN "_s + floorSql);
        out << "floor query plan:";
        while (q.next()) {
            out << " | " << q.value(3).toString();
        }
        out << "\n";
    }
    QSqlDatabase::removeDatabase(u"floor"_s);

    const double warmMedian = median(warm);
    const double floorMedian = median(floor);
    out << "talent: " << last.considered << " in the catalog, " << last.passed << " pass the filters\n";
    out << "top-20 talent match, warm (index in memory), median of 21: " << QString::number(warmMedian, 'f', 1)
        << " ms\n";
    out << "top-20 talent match, cold (open + load index + match), median of 5: "
        << QString::number(median(cold), 'f', 1) << " ms\n";
    out << "floor (one indexed SQLite query, same filters and coverage order), median of 11: "
        << QString::number(floorMedian, 'f', 1) << " ms\n";
    out << "ratio warm/floor: " << QString::number(warmMedian / floorMedian, 'f', 2)
        << "x, cold/floor: " << QString::number(median(cold) / floorMedian, 'f', 2) << "x\n";

    auto services = catalog->services();
    std::vector<double> serviceRuns;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        auto list = catalog->services();
        const ServiceMatches m = matchServices(*list, firm, options);
        serviceRuns.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (m.matches.empty()) {
            qFatal("no services matched");
        }
    }
    out << "services: " << services->size()
        << " read and matched (top 20), median of 5: " << QString::number(median(serviceRuns), 'f', 1) << " ms\n";
    out << "peak RSS " << peakRssMiB() << " MiB\n";
    return 0;
}
