#include "core/storelocation.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::StoreLocation)
};

// libpq keywords passed through as connect options; the rest of a URL maps onto Qt's own setters.
const QStringList PassedThrough{u"sslmode"_s, u"sslrootcert"_s,     u"sslcert"_s,         u"sslkey"_s,
                                u"service"_s, u"connect_timeout"_s, u"application_name"_s};
const QStringList SslModes{u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

// The URL as it may be shown: without a password, wherever it was written.
QString redacted(const QString& text)
{
    QUrl url(text);
    if (!url.isValid()) {
        return text.contains(u'@') ? text.section(u"://"_s, 0, 0) + u"://…"_s : text;
    }
    url.setPassword(QString());
    QUrlQuery query(url);
    if (query.hasQueryItem(u"password"_s)) {
        query.removeAllQueryItems(u"password"_s);
        url.setQuery(query);
    }
    return url.toString();
}

} // namespace

bool StoreLocation::looksLikeUrl(const QString& text)
{
    return text.startsWith(u"postgresql://"_s, Qt::CaseInsensitive) ||
           text.startsWith(u"postgres://"_s, Qt::CaseInsensitive);
}

QString StoreLocation::display() const
{
    if (kind != Kind::Postgres) {
        return path;
    }
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (host.startsWith(u'/')) {
        query.addQueryItem(u"host"_s, host); // a socket folder is no URL host
    } else {
        url.setHost(host);
    }
    if (port > 0) {
        url.setPort(port);
    }
    for (const QString& option : options.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        query.addQueryItem(option.left(equals), option.mid(equals + 1));
    }
    url.setQuery(query);
    return url.toString();
}

Result<StoreLocation> StoreLocation::parse(const QString& text)
{
    const auto fail = [&](const QString& message) {
        const QString shown = looksLikeUrl(text) ? redacted(text) : text;
        return failure(fileError(ErrorCode::Value, shown, message));
    };
    StoreLocation out;
    if (text == u":memory:"_s) {
        out.kind = Kind::Memory;
        out.path = text;
        return out;
    }
    if (!looksLikeUrl(text)) {
        if (text.trimmed().isEmpty()) {
            return fail(Tr::tr("no database given"));
        }
        out.path = text;
        return out;
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()) {
        return fail(Tr::tr("is not a valid URL: %1").arg(url.errorString()));
    }
    if (!url.password().isEmpty()) {
        return fail(Tr::tr("holds a password; Mamori never keeps one: put it in ~/.pgpass (or the file PGPASSFILE "
                           "names), or use a service from pg_service.conf with ?service=NAME"));
    }
    out.kind = Kind::Postgres;
    out.user = url.userName();
    out.host = url.host();
    out.port = url.port(0);
    out.database = url.path().mid(1);
    if (out.database.contains(u'/')) {
        return fail(Tr::tr("names the database \"%1\"; a database name has no \"/\"").arg(out.database));
    }
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == u"password"_s) {
            return fail(Tr::tr("holds a password; Mamori never keeps one: put it in ~/.pgpass (or the file "
                               "PGPASSFILE names), or use a service from pg_service.conf with ?service=NAME"));
        }
        if (key == u"host"_s) {
            out.host = value;
        } else if (key == u"port"_s) {
            bool ok = false;
            out.port = value.toInt(&ok);
            if (!ok || out.port <= 0 || out.port > 65535) {
                return fail(Tr::tr("has the port \"%1\"; a port is a number from 1 to 65535").arg(value));
            }
        } else if (key == u"user"_s) {
            out.user = value;
        } else if (key == u"dbname"_s) {
            out.database = value;
        } else if (PassedThrough.contains(key)) {
            if (key == u"sslmode"_s && !SslModes.contains(value)) {
                return fail(Tr::tr("has sslmode=%1; it is one of %2").arg(value, SslModes.join(u", "_s)));
            }
            if (value.contains(u';') || value.contains(u'\'') || value.contains(u' ')) {
                return fail(Tr::tr("has a value for %1 with a space, quote or semicolon").arg(key));
            }
            options.append(key + u'=' + value);
        } else {
            return fail(Tr::tr("has the unknown setting \"%1\"; known are: host, port, user, dbname, %2")
                            .arg(key, PassedThrough.join(u", "_s)));
        }
    }
    if (out.database.isEmpty() && !options.join(u';').contains(u"service="_s)) {
        return fail(Tr::tr("names no database; write postgresql://HOST/DATABASE"));
    }
    out.options = options.join(u';');
    return out;
}

} // namespace mamori
