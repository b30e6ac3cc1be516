// Issue 9's team figure (bench/README.md): W writers × N answers each, every answer its own committed
// transaction through Store::saveAnswer naming the revision it read (as the GUI and mamori-cli do),
// all at once against one database. Reports answers per second and the commit latency percentiles.
//   mamori-team-bench --db postgresql://mamori@127.0.0.1:54329/postgres?sslmode=disable
//                     [--writers 10] [--answers 1000] [--same-assessment]
//   mamori-team-bench --db FILE.sqlite --writers 1 --answers 10000   (SQLite has one writer per file)
//   mamori-team-bench --db URL|FILE --listing 5000   the listing figures instead: N firms with an
//                     assessment of 25 answers each, then the welcome page's reads, timed
// Each run makes a new database on the server (a new file for SQLite) and leaves it there.

#include "bench/benchstats.h"
#include "core/history.h"
#include "core/packrepository.h"
#include "core/store.h"
#include "core/storelocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <vector>

using namespace mamori;
using namespace Qt::StringLiterals;
using mamori::bench::median;

namespace {

struct Options
{
    QString db;
    int writers = 10;
    int answers = 1000;
    bool sameAssessment = false;
    int listing = 0;
};

// A new database beside the one named: on a server a fresh CREATE DATABASE, for SQLite a new file.
QString freshDatabase(const QString& base)
{
    const QString name = u"mamori_bench_%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    if (!StoreLocation::looksLikeUrl(base)) {
        QFile::remove(base);
        return base;
    }
    const auto location = StoreLocation::parse(base);
    if (!location) {
        std::fprintf(stderr, "%s\n", qPrintable(location.error().first().toString()));
        return {};
    }
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
        admin.setHostName(location->host);
        if (location->port > 0) {
            admin.setPort(location->port);
        }
        admin.setUserName(location->user);
        admin.setDatabaseName(location->database);
        if (!admin.open()) {
            std::fprintf(stderr, "cannot connect: %s\n", qPrintable(admin.lastError().text()));
            return {};
        }
        QSqlQuery q(admin);
        if (!q.exec(u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'"_s.arg(name))) {
            std::fprintf(stderr, "cannot create the database: %s\n", qPrintable(q.lastError().text()));
            return {};
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(u"bench-admin"_s);
    QString url = base;
    const qsizetype query = url.indexOf(u'?');
    const qsizetype slash = url.lastIndexOf(u'/', query < 0 ? -1 : query);
    return url.left(slash + 1) + name + (query < 0 ? QString() : url.mid(query));
}

double percentile(std::vector<double>& sorted, double p)
{
    const auto index = std::size_t(p * double(sorted.size() - 1) + 0.5);
    return sorted[std::min(index, sorted.size() - 1)];
}

// What the welcome page reads, with N firms in the database: the list of firms, and for a selected
// firm its history (assessments with scores, through the results cache) and its change log.
int listing(const QString& db, int firms, QTextStream& out)
{
    auto opened = Store::open(db);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().first().toString()));
        return 1;
    }
    Store& store = **opened;
    const PackRepository packs;
    const auto pack = packs.findVersion(u"ipa-self-check"_s, u"3.1.0"_s);
    if (!pack) {
        std::fprintf(stderr, "the bundled ipa-self-check 3.1.0 is not found\n");
        return 1;
    }
    QElapsedTimer fill;
    fill.start();
    std::vector<qint64> ids;
    for (int f = 0; f < firms; ++f) {
        Profile p;
        p.name = u"ベンチ株式会社 %1"_s.arg(f, 5, 10, QChar(u'0'));
        p.employees = 5 + f % 200;
        const qint64 firm = *store.addFirm(p);
        const qint64 assessment = *store.startAssessment(firm, pack->id, pack->version);
        for (const Question& q : pack->questions) {
            store.saveAnswer(assessment, q.id, (f + int(q.id.size())) % 3 == 0 ? u"no"_s : u"yes"_s);
        }
        ids.push_back(firm);
    }
    const double fillSeconds = double(fill.nsecsElapsed()) / 1e9;
    QElapsedTimer t;
    std::vector<double> list;
    std::vector<double> coldHistory;
    std::vector<double> warmHistory;
    std::vector<double> log;
    std::size_t listed = 0;
    for (int round = 0; round < 21; ++round) {
        t.start();
        listed = store.firms()->size();
        list.push_back(double(t.nsecsElapsed()) / 1e6);
        const qint64 firm = ids[std::size_t(round * 7919) % ids.size()];
        ResultService results(store, packs);
        t.start();
        results.history(firm);
        coldHistory.push_back(double(t.nsecsElapsed()) / 1e6); // scores it and fills the cache
        t.start();
        results.history(firm);
        warmHistory.push_back(double(t.nsecsElapsed()) / 1e6);
        t.start();
        store.firmChanges(firm);
        log.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    out << (StoreLocation::looksLikeUrl(db) ? u"PostgreSQL"_s : u"SQLite"_s) << u": "_s << firms
        << u" firms, each with an assessment of "_s << pack->questions.size() << u" answers (made in "_s
        << QString::number(fillSeconds, 'f', 1) << u" s)\n"_s << u"  list of firms ("_s << listed << u"): median "_s
        << QString::number(median(list), 'f', 2) << u" ms\n"_s
        << u"  a firm's history, first time (scored, cached): median "_s << QString::number(median(coldHistory), 'f', 2)
        << u" ms\n"_s << u"  a firm's history, cached: median "_s << QString::number(median(warmHistory), 'f', 2)
        << u" ms\n"_s << u"  a firm's change log: median "_s << QString::number(median(log), 'f', 2) << u" ms\n"_s;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--db"_s && i + 1 < args.size()) {
            o.db = args[++i];
        } else if (args[i] == u"--writers"_s && i + 1 < args.size()) {
            o.writers = args[++i].toInt();
        } else if (args[i] == u"--answers"_s && i + 1 < args.size()) {
            o.answers = args[++i].toInt();
        } else if (args[i] == u"--listing"_s && i + 1 < args.size()) {
            o.listing = args[++i].toInt();
        } else if (args[i] == u"--same-assessment"_s) {
            o.sameAssessment = true;
        } else {
            std::fprintf(stderr, "usage: mamori-team-bench --db FILE|URL [--writers N] [--answers N] "
                                 "[--same-assessment]\n");
            return 2;
        }
    }
    if (o.db.isEmpty() || o.writers < 1 || o.answers < 1) {
        std::fprintf(stderr, "usage: mamori-team-bench --db FILE|URL [--writers N] [--answers N]\n");
        return 2;
    }
    const QString db = freshDatabase(o.db);
    if (db.isEmpty()) {
        return 1;
    }
    if (o.listing > 0) {
        return listing(db, o.listing, out);
    }
    // The firms and assessments, made before the clock starts.
    std::vector<qint64> assessments;
    {
        auto store = Store::open(db);
        if (!store) {
            std::fprintf(stderr, "%s\n", qPrintable(store.error().first().toString()));
            return 1;
        }
        for (int w = 0; w < (o.sameAssessment ? 1 : o.writers); ++w) {
            Profile p;
            p.name = u"ベンチ株式会社 %1"_s.arg(w);
            p.employees = 20;
            const qint64 firm = *(*store)->addFirm(p);
            assessments.push_back(*(*store)->startAssessment(firm, u"ipa-self-check"_s, u"3.1.0"_s));
        }
    }

    std::vector<std::vector<double>> latencies(std::size_t(o.writers));
    std::atomic<int> failures{0};
    std::atomic<int> ready{0};
    std::atomic<bool> go{false};
    std::vector<QThread*> threads;
    for (int w = 0; w < o.writers; ++w) {
        threads.push_back(QThread::create([&, w] {
            auto store = Store::open(db);
            if (!store) {
                std::fprintf(stderr, "%s\n", qPrintable(store.error().first().toString()));
                ++failures;
                ++ready;
                return;
            }
            (*store)->setActor(u"writer %1"_s.arg(w));
            const qint64 assessment = assessments[o.sameAssessment ? 0 : std::size_t(w)];
            std::vector<double>& mine = latencies[std::size_t(w)];
            mine.reserve(std::size_t(o.answers));
            ++ready;
            while (!go) {
                QThread::yieldCurrentThread();
            }
            QElapsedTimer t;
            for (int i = 0; i < o.answers; ++i) {
                // Each writer its own questions; each names revision 0, as a screen that read them
                // unanswered does, so the conflict check runs on every write.
                const QString question = u"w%1q%2"_s.arg(w).arg(i);
                t.start();
                const auto saved = (*store)->saveAnswer(assessment, question, i % 3 == 0 ? u"yes"_s : u"no"_s, {}, 0);
                mine.push_back(double(t.nsecsElapsed()) / 1e6);
                if (!saved) {
                    std::fprintf(stderr, "%s\n", qPrintable(saved.error().first().toString()));
                    ++failures;
                    return;
                }
            }
        }));
        threads.back()->start();
    }
    while (ready < o.writers) {
        QThread::msleep(1);
    }
    QElapsedTimer wall;
    wall.start();
    go = true;
    for (QThread* t : threads) {
        t->wait();
        delete t;
    }
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    if (failures > 0) {
        std::fprintf(stderr, "%d writer(s) failed\n", failures.load());
        return 1;
    }
    std::vector<double> all;
    for (const auto& l : latencies) {
        all.insert(all.end(), l.begin(), l.end());
    }
    std::sort(all.begin(), all.end());
    // Nothing lost: every answer is there, each with its own revision.
    auto check = Store::open(db);
    qint64 stored = 0;
    for (const qint64 a : assessments) {
        stored += (*check)->assessment(a)->answerCount;
    }
    out << (StoreLocation::looksLikeUrl(o.db) ? u"PostgreSQL"_s : u"SQLite"_s) << u": "_s << o.writers
        << u" writer(s) × "_s << o.answers << u" answers"_s
        << (o.sameAssessment ? u", all on one assessment"_s : u", one assessment each"_s) << u'\n' << u"  stored: "_s
        << stored << u" of "_s << qint64(o.writers) * o.answers << u'\n' << u"  wall: "_s
        << QString::number(seconds, 'f', 2) << u" s, "_s << QString::number(double(all.size()) / seconds, 'f', 0)
        << u" answers/s\n"_s << u"  commit latency (ms): p50 "_s << QString::number(percentile(all, 0.50), 'f', 2)
        << u", p95 "_s << QString::number(percentile(all, 0.95), 'f', 2) << u", p99 "_s
        << QString::number(percentile(all, 0.99), 'f', 2) << u", max "_s << QString::number(all.back(), 'f', 2)
        << u'\n';
    return stored == qint64(o.writers) * o.answers ? 0 : 1;
}
