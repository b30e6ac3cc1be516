#pragma once

// The Store a data test runs against: SQLite in memory, or — when MAMORI_TEST_PG names the socket
// folder of the throwaway cluster (tests/pgcluster.sh; CTest's tst_*_pg) — a new, empty PostgreSQL
// database for every call, so tests stay as independent as with ":memory:". The cluster is thrown
// away after the run, so the databases are never dropped one by one.

#include "core/store.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace mamori::test {

inline QString pgSocket()
{
    return qEnvironmentVariable("MAMORI_TEST_PG");
}

inline bool onServer()
{
    return !pgSocket().isEmpty();
}

inline QString pgUrl(const QString& database)
{
    return QStringLiteral("postgresql:///%1?host=%2&port=54329&user=mamori").arg(database, pgSocket());
}

// A connection (added once under `connection`) to `database` on the test cluster, not yet opened.
inline QSqlDatabase pgConnection(const QString& connection, const QString& database)
{
    QSqlDatabase db = QSqlDatabase::contains(connection)
                          ? QSqlDatabase::database(connection, false)
                          : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(pgSocket());
    db.setPort(54329);
    db.setUserName(QStringLiteral("mamori"));
    db.setDatabaseName(database);
    return db;
}

// A new empty database on the test cluster; its URL, or empty (with a warning) when it cannot be made.
inline QString newPgDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("mamori_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    const QString connection = QStringLiteral("mamori-test-admin");
    bool made = false;
    {
        QSqlDatabase admin = pgConnection(connection, QStringLiteral("postgres"));
        if (admin.isOpen() || admin.open()) {
            const QString create = QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name);
            QSqlQuery q(admin);
            made = q.exec(create);
            if (!made) {
                // The kept connection may have been dropped (tst_teamwork_pg restarts the server).
                q = QSqlQuery();
                admin.close();
                made = admin.open() && QSqlQuery(admin).exec(create);
            }
            if (!made) {
                qWarning("cannot create the test database: %s", qPrintable(q.lastError().text()));
            }
        } else {
            qWarning("cannot reach the test cluster at %s: %s", qPrintable(pgSocket()),
                     qPrintable(admin.lastError().text()));
        }
    }
    return made ? pgUrl(name) : QString();
}

// Where a data test's store lives: ":memory:", or a new database on the test cluster.
inline QString testStoreLocation()
{
    return onServer() ? newPgDatabase() : QStringLiteral(":memory:");
}

inline std::unique_ptr<Store> openTestStore()
{
    const QString where = testStoreLocation();
    if (where.isEmpty()) {
        return nullptr;
    }
    auto store = Store::open(where);
    if (!store) {
        qWarning("%s", qPrintable(store.error().first().toString()));
        return nullptr;
    }
    return std::move(*store);
}

} // namespace mamori::test

// In a test that needs a file (permissions, backups, the lock file): skipped on the server.
#define MAMORI_SKIP_ON_SERVER()                                                                                        \
    do {                                                                                                               \
        if (mamori::test::onServer()) {                                                                                \
            QSKIP("an SQLite file's behaviour; the PostgreSQL run covers the data");                                   \
        }                                                                                                              \
    } while (false)
