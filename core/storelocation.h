#pragma once

#include "core/diagnostic.h"

#include <QString>

namespace mamori {

// Where a Store lives: an SQLite file (the default, one PC), ":memory:" (tests), or a PostgreSQL
// database shared by a team, named by a URL:
//
//   postgresql://[user@][host][:port]/dbname[?key=value&…]
//
// Keys: host (also a Unix socket folder), port, user, sslmode, sslrootcert, sslcert, sslkey, service,
// connect_timeout, application_name. A password is refused: it belongs in ~/.pgpass, PGPASSFILE or
// a pg_service.conf service, where libpq finds it — never in Mamori's settings, its history or a
// process list.
struct StoreLocation
{
    enum class Kind
    {
        File,
        Memory,
        Postgres
    };
    Kind kind = Kind::File;
    QString path; // File: the file; Memory: ":memory:"
    // Postgres:
    QString host;
    int port = 0; // 0: libpq's default
    QString database;
    QString user;
    QString options; // libpq keywords Qt's setters do not cover, "key=value;…" (QSqlDatabase::setConnectOptions)

    // The text to show and to name in messages: the path, or the URL without anything secret.
    QString display() const;
    bool isPostgres() const { return kind == Kind::Postgres; }

    // A path, ":memory:", or a postgresql:// (or postgres://) URL. The error names the text and the part
    // that is wrong.
    static Result<StoreLocation> parse(const QString& text);
    // True when the text is meant as a server URL (it may still fail to parse).
    static bool looksLikeUrl(const QString& text);
};

} // namespace mamori
