#include "core/store.h"

#include "core/paths.h"
#include "core/storesql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <span>

namespace mamori {

using namespace Qt::StringLiterals;
using storesql::fromText;
using storesql::now;
using storesql::Transaction;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Store)
};

const QString Memory = u":memory:"_s;

// Schema version 1. Later versions append a step to Migrations; nothing here is ever edited.
const char* const SchemaV1[] = {
    "CREATE TABLE schema_version (version INTEGER NOT NULL)",
    "CREATE TABLE firms (id INTEGER PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL)",
    "CREATE TABLE profiles (id INTEGER PRIMARY KEY, firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,"
    " profile_json TEXT NOT NULL, saved_at TEXT NOT NULL)",
    "CREATE INDEX profiles_firm ON profiles(firm_id, id)",
    "CREATE TABLE assessments (id INTEGER PRIMARY KEY,"
    " firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,"
    " profile_id INTEGER NOT NULL REFERENCES profiles(id),"
    " pack_id TEXT NOT NULL, pack_version TEXT NOT NULL,"
    " started_at TEXT NOT NULL, updated_at TEXT NOT NULL, finished_at TEXT,"
    " status TEXT NOT NULL CHECK (status IN ('in_progress', 'finished')))",
    "CREATE INDEX assessments_firm ON assessments(firm_id, started_at)",
    "CREATE TABLE answers (assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
    " question_id TEXT NOT NULL, choice TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', answered_at TEXT NOT NULL,"
    " PRIMARY KEY (assessment_id, question_id)) WITHOUT ROWID",
    "CREATE TABLE results (assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,"
    " pack_version TEXT NOT NULL, result_json TEXT NOT NULL, computed_at TEXT NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (1)",
};

// A random version 4 UUID in SQL, for rows that predate uids.
#define MAMORI_SQL_UUID                                                                                                \
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || "        \
    "substr('89ab', 1 + abs(random()) % 4, 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"

// Version 2: uids that stay the same across PCs (export and import), and a results cache keyed by the
// digest of the pack that computed it. Version 1 never wrote to `results`, so it is replaced.
const char* const ToV2[] = {
    "ALTER TABLE firms ADD COLUMN uid TEXT",
    "UPDATE firms SET uid = " MAMORI_SQL_UUID,
    "CREATE UNIQUE INDEX firms_uid ON firms(uid)",
    "ALTER TABLE assessments ADD COLUMN uid TEXT",
    "UPDATE assessments SET uid = " MAMORI_SQL_UUID,
    "CREATE UNIQUE INDEX assessments_uid ON assessments(uid)",
    "DROP TABLE results",
    "CREATE TABLE results (assessment_id INTEGER PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,"
    " pack_digest TEXT NOT NULL, score REAL NOT NULL, level TEXT NOT NULL, answered INTEGER NOT NULL,"
    " applicable INTEGER NOT NULL, categories_json TEXT NOT NULL, computed_at TEXT NOT NULL)",
    "UPDATE schema_version SET version = 2",
};

#undef MAMORI_SQL_UUID

// Every upgrade step, in order: steps[i] takes the schema from version i + 1 to i + 2. A new database
// is made at version 1 and taken through every step, so each step runs on every fresh install and
// in every test, not only on old files. Released steps are never edited; a new version appends one.
const std::span<const char* const> Migrations[] = {ToV2};
static_assert(std::size(Migrations) + 1 == Store::SchemaVersion);

bool runMigrations(QSqlQuery& q, int from)
{
    for (int version = from; version < Store::SchemaVersion; ++version) {
        for (const char* statement : Migrations[version - 1]) {
            if (!q.exec(QString::fromLatin1(statement))) {
                return false;
            }
        }
    }
    return true;
}

// Owner-only access: the database holds a firm's weaknesses.
bool restrictToOwner(const QString& path, bool directory)
{
    const QFileDevice::Permissions wanted =
        directory ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
                  : (QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions current = QFile::permissions(path);
    if ((current & others) == 0) {
        return true;
    }
    return QFile::setPermissions(path, wanted);
}

std::atomic<int> connectionCounter{0};

// The way out of a damaged database, naming the newest backup copy when there is one.
QString wayOut(const QString& path)
{
    const QStringList backups = Store::backupsOf(path);
    if (backups.isEmpty()) {
        return Tr::tr("choose another file (there is no backup copy of this one)");
    }
    return Tr::tr("restore the backup copy %1, or choose another file").arg(backups.first());
}

} // namespace

QString storesql::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString assessmentStatusId(AssessmentStatus status)
{
    return status == AssessmentStatus::Finished ? u"finished"_s : u"in_progress"_s;
}

QString Store::defaultPath()
{
    QString env = qEnvironmentVariable("MAMORI_DB");
    if (!env.isEmpty()) {
        return env;
    }
    return dataFolder() + u"/mamori.sqlite"_s;
}

QStringList Store::backupsOf(const QString& path)
{
    const QFileInfo info(path);
    QStringList out;
    const QFileInfoList found =
        info.dir().entryInfoList({info.fileName() + u".bak-v*"_s}, QDir::Files, QDir::Time); // newest first
    for (const QFileInfo& f : found) {
        out.append(f.absoluteFilePath());
    }
    return out;
}

Result<QString> Store::restoreBackup(const QString& path, const QString& backup)
{
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(Diagnostic{code, Severity::Error, path, 0, 0, {}, message});
    };
    if (!QFileInfo(backup).isFile()) {
        return fail(ErrorCode::Io, Tr::tr("there is no backup copy %1").arg(backup));
    }
    QLockFile lock(path + u".lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return fail(ErrorCode::Locked, Tr::tr("the database is in use by another Mamori; close it first"));
    }
    QString aside;
    if (QFileInfo::exists(path)) {
        aside = path + u".damaged-%1"_s.arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s));
        if (!QFile::rename(path, aside)) {
            return fail(ErrorCode::Io, Tr::tr("cannot move the database aside to %1; nothing was changed").arg(aside));
        }
        // The journal belongs to the file moved aside; left here it would be replayed into the copy.
        for (const QString& suffix : {u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(path + suffix)) {
                QFile::rename(path + suffix, aside + suffix);
            }
        }
    }
    const QString temporary = path + u".restoring"_s;
    QFile::remove(temporary);
    if (!QFile::copy(backup, temporary) || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        if (!aside.isEmpty()) {
            QFile::rename(aside, path);
        }
        return fail(ErrorCode::Io, Tr::tr("cannot copy %1 into place; the database was left as it was").arg(backup));
    }
    restrictToOwner(path, false);
    return aside;
}

Store::Store(QString path, QString connection, Mode mode)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_mode(mode)
{}

Store::~Store()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Diagnostic Store::error(const QString& message) const
{
    return Diagnostic{ErrorCode::Database, Severity::Error, m_path, 0, 0, {}, message};
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, Mode mode)
{
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(Diagnostic{code, Severity::Error, path, 0, 0, {}, message});
    };
    std::unique_ptr<QLockFile> lock;
    if (path != Memory) {
        const QFileInfo info(path);
        const QString folder = info.absolutePath();
        if (mode == Mode::ReadWrite && !QDir(folder).exists()) {
            if (!QDir().mkpath(folder)) {
                return fail(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(folder));
            }
            restrictToOwner(folder, true);
        }
        if (info.exists()) {
            if (info.isDir()) {
                return fail(ErrorCode::Io, Tr::tr("is a folder, not a database file"));
            }
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                return fail(ErrorCode::Io, Tr::tr("cannot open the database: %1").arg(file.errorString()));
            }
            const QByteArray header = file.read(16);
            if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16)) {
                return fail(ErrorCode::Corrupt,
                            Tr::tr("is not a database (or is damaged beyond repair); %1").arg(wayOut(path)));
            }
        } else if (mode == Mode::ReadOnly) {
            return fail(ErrorCode::Io, Tr::tr("there is no database here"));
        } else {
            // Create it empty and owner-only before SQLite does, so it is never readable by others.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                return fail(ErrorCode::Io, Tr::tr("cannot create the database: %1").arg(file.errorString()));
            }
            file.close();
        }
        if (mode == Mode::ReadWrite) {
            if (!restrictToOwner(path, false) || !restrictToOwner(folder, true)) {
                return fail(ErrorCode::Io,
                            Tr::tr("the database or its folder can be read by other users, and Mamori cannot "
                                   "change that; make them readable by their owner only"));
            }
            lock = std::make_unique<QLockFile>(path + u".lock"_s);
            lock->setStaleLockTime(0); // a lock left by a crashed Mamori is stale once its process is gone
            bool locked = lock->tryLock(0);
            if (!locked && lock->error() == QLockFile::LockFailedError) {
                // A Mamori killed between creating the lock file and writing its process id into it
                // leaves a lock nobody owns. A live one writes the id at once, so a lock that still
                // has no owner a moment later is that leftover.
                qint64 pid = 0;
                QString host;
                QString application;
                if (!lock->getLockInfo(&pid, &host, &application)) {
                    QThread::msleep(100);
                    if (!lock->getLockInfo(&pid, &host, &application) && lock->removeStaleLockFile()) {
                        locked = lock->tryLock(0);
                    }
                }
            }
            if (!locked) {
                qint64 pid = 0;
                QString host;
                QString application;
                lock->getLockInfo(&pid, &host, &application);
                return fail(ErrorCode::Locked,
                            Tr::tr("the database is in use by another Mamori (process %1 on %2); close it, or open "
                                   "the database read-only")
                                .arg(pid)
                                .arg(host));
            }
        }
    }
    const QString connection = u"mamori-store-%1"_s.arg(connectionCounter.fetch_add(1));
    std::unique_ptr<Store> store(new Store(path, connection, mode));
    store->m_lock = std::move(lock);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        if (!db.isValid()) {
            return fail(ErrorCode::Database,
                        Tr::tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)"));
        }
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly) {
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        }
        if (!db.open()) {
            return fail(ErrorCode::Database, Tr::tr("cannot open the database: %1").arg(db.lastError().text()));
        }
    }
    if (auto ready = store->prepare(); !ready) {
        return failure(ready.error());
    }
    return store;
}

Result<bool> Store::prepare()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(Diagnostic{code, Severity::Error, m_path, 0, 0, {}, message});
    };
    // Wait a moment for another program's write to finish rather than fail at once.
    q.exec(u"PRAGMA busy_timeout=2000"_s);
    const auto lockedByOther = [&] {
        // SQLITE_BUSY (5) or SQLITE_LOCKED (6): a program other than Mamori holds the file.
        const QString native = q.lastError().nativeErrorCode();
        return native == u"5"_s || native == u"6"_s;
    };
    const auto lockedFailure = [&] {
        return fail(ErrorCode::Locked, Tr::tr("the database is locked by another program (%1); close it, or "
                                              "open the database read-only")
                                           .arg(q.lastError().text()));
    };
    // The first read of the file: a damaged header or page shows here.
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
        if (lockedByOther()) {
            return lockedFailure();
        }
        return fail(ErrorCode::Corrupt,
                    Tr::tr("the database is damaged (%1); %2").arg(q.lastError().text(), wayOut(m_path)));
    }
    const qint32 applicationId = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        if (lockedByOther()) {
            return lockedFailure();
        }
        return fail(ErrorCode::Corrupt,
                    Tr::tr("the database is damaged (%1); %2").arg(q.lastError().text(), wayOut(m_path)));
    }
    const int objects = q.value(0).toInt();
    if (applicationId != ApplicationId && (applicationId != 0 || objects > 0)) {
        return fail(ErrorCode::Foreign, Tr::tr("this is a database of another program, not of Mamori; choose "
                                               "another file"));
    }
    if (m_mode == Mode::ReadWrite) {
        // WAL keeps readers and the writer apart; FULL makes every commit reach the disk before it
        // returns, so a power cut right after an answer loses nothing.
        for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s}) {
            if (!q.exec(pragma)) {
                if (lockedByOther()) {
                    return lockedFailure();
                }
                return failure(error(Tr::tr("cannot set up the database: %1").arg(q.lastError().text())));
            }
        }
    }
    q.exec(u"PRAGMA foreign_keys=ON"_s);
    q.finish(); // a PRAGMA that returns a row stays "in progress" and would block VACUUM INTO

    if (objects == 0) {
        if (m_mode == Mode::ReadOnly) {
            return fail(ErrorCode::Io, Tr::tr("the database is empty"));
        }
        Transaction t(db);
        for (const char* statement : SchemaV1) {
            if (!q.exec(QString::fromLatin1(statement))) {
                return failure(error(Tr::tr("cannot create the database: %1").arg(q.lastError().text())));
            }
        }
        if (!runMigrations(q, 1)) {
            return failure(error(Tr::tr("cannot create the database: %1").arg(q.lastError().text())));
        }
        if (!q.exec(u"PRAGMA application_id=%1"_s.arg(ApplicationId)) || !t.commit()) {
            return failure(error(Tr::tr("cannot create the database: %1").arg(db.lastError().text())));
        }
        return true;
    }
    const int version = schemaVersion();
    if (version <= 0) {
        return fail(ErrorCode::Corrupt, Tr::tr("the database has lost its schema version; %1").arg(wayOut(m_path)));
    }
    if (version > SchemaVersion) {
        return fail(ErrorCode::Newer, Tr::tr("the database was written by a newer Mamori (schema %1; this version "
                                             "reads up to %2); update Mamori, or choose another file")
                                          .arg(version)
                                          .arg(SchemaVersion));
    }
    if (version == SchemaVersion) {
        // A file with our mark and version but without our tables was damaged or edited by hand;
        // saying so now beats "no such table" at the first click.
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
            return fail(ErrorCode::Corrupt,
                        Tr::tr("the database is damaged (%1); %2").arg(q.lastError().text(), wayOut(m_path)));
        }
        QStringList tables;
        while (q.next()) {
            tables.append(q.value(0).toString());
        }
        q.finish();
        for (const QString& table : {u"firms"_s, u"profiles"_s, u"assessments"_s, u"answers"_s, u"results"_s}) {
            if (!tables.contains(table)) {
                return fail(ErrorCode::Corrupt,
                            Tr::tr("the database has lost its table \"%1\"; %2").arg(table, wayOut(m_path)));
            }
        }
    }
    if (version < SchemaVersion) {
        if (m_mode == Mode::ReadOnly) {
            return fail(ErrorCode::Newer, Tr::tr("the database has an older schema (%1) that must be upgraded; open "
                                                 "it for writing once")
                                              .arg(version));
        }
        return migrate(version, true);
    }
    return true;
}

// Upgrades an older database: copies the file aside first, then runs every step in one transaction,
// so a failure leaves the database as it was and the copy is there either way.
Result<bool> Store::migrate(int from, bool backup)
{
    QString copy;
    if (backup && m_path != Memory) {
        copy = m_path + u".bak-v%1-%2"_s.arg(from).arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s));
        // VACUUM INTO writes a consistent copy whatever the journal holds and whoever reads; copying the
        // file would miss commits still in the WAL.
        QSqlQuery q(QSqlDatabase::database(m_connection));
        QString quoted = copy;
        quoted.replace(u'\'', u"''"_s);
        if (QFile::exists(copy) || !q.exec(u"VACUUM INTO '%1'"_s.arg(quoted))) {
            QFile::remove(copy);
            return failure(error(Tr::tr("cannot copy the database to %1 before upgrading it (%2); nothing was changed")
                                     .arg(copy, q.lastError().text())));
        }
        restrictToOwner(copy, false);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    if (!t.isOpen() || !runMigrations(q, from) || !t.commit()) {
        const QString reason = q.lastError().isValid() ? q.lastError().text() : db.lastError().text();
        return failure(error(copy.isEmpty() ? Tr::tr("cannot upgrade the database from schema %1: %2; nothing "
                                                     "was changed")
                                                  .arg(from)
                                                  .arg(reason)
                                            : Tr::tr("cannot upgrade the database from schema %1: %2; nothing "
                                                     "was changed, and a copy is at %3")
                                                  .arg(from)
                                                  .arg(reason, copy)));
    }
    return true;
}

int Store::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT version FROM schema_version"_s) || !q.next()) {
        return 0;
    }
    return q.value(0).toInt();
}

Result<QString> Store::integrityCheck() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        return failure(error(q.lastError().text()));
    }
    QStringList lines;
    while (q.next()) {
        lines.append(q.value(0).toString());
    }
    return lines.join(u'\n');
}

namespace {

// One saved version of a firm's profile; the caller's transaction holds it together with the firm.
bool insertProfile(QSqlQuery& q, qint64 firmId, const Profile& profile, const QString& at)
{
    q.prepare(u"INSERT INTO profiles (firm_id, profile_json, saved_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(firmId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Compact)));
    q.addBindValue(at);
    return q.exec();
}

} // namespace

Result<qint64> Store::addFirm(const Profile& profile)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    const QString at = now();
    q.prepare(u"INSERT INTO firms (uid, name, created_at) VALUES (?, ?, ?)"_s);
    q.addBindValue(storesql::newUid());
    q.addBindValue(profile.name);
    q.addBindValue(at);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot add the firm: %1").arg(q.lastError().text())));
    }
    const qint64 id = q.lastInsertId().toLongLong();
    if (!insertProfile(q, id, profile, at) || !t.commit()) {
        return failure(error(Tr::tr("cannot add the firm: %1").arg(q.lastError().text())));
    }
    return id;
}

Result<qint64> Store::updateProfile(qint64 firmId, const Profile& profile)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    q.prepare(u"UPDATE firms SET name = ? WHERE id = ?"_s);
    q.addBindValue(profile.name);
    q.addBindValue(firmId);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot save the profile: %1").arg(q.lastError().text())));
    }
    if (q.numRowsAffected() != 1) {
        return failure(error(Tr::tr("there is no firm %1").arg(firmId)));
    }
    if (!insertProfile(q, firmId, profile, now()) || !t.commit()) {
        return failure(error(Tr::tr("cannot save the profile: %1").arg(q.lastError().text())));
    }
    return q.lastInsertId().toLongLong();
}

Result<std::vector<FirmSummary>> Store::firms() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"SELECT f.id, f.uid, f.name, f.created_at, "
                "(SELECT count(*) FROM assessments a WHERE a.firm_id = f.id) FROM firms f ORDER BY f.name, f.id"_s)) {
        return failure(error(Tr::tr("cannot list the firms: %1").arg(q.lastError().text())));
    }
    std::vector<FirmSummary> out;
    while (q.next()) {
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), fromText(q.value(3)),
                       q.value(4).toInt()});
    }
    return out;
}

namespace {

Result<Profile> profileFromRow(const QString& json, qint64 profileId, const QString& path)
{
    auto profile = parseProfile(json.toUtf8(), u"%1#profile-%2"_s.arg(path).arg(profileId));
    if (!profile) {
        return failure(profile.error());
    }
    return std::move(*profile);
}

} // namespace

Result<FirmRecord> Store::firm(qint64 firmId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    // The current profile is the one saved last; an import may add an older version after it.
    q.prepare(u"SELECT f.created_at, p.id, p.profile_json, (SELECT count(*) FROM profiles WHERE firm_id = f.id), "
              "f.uid FROM firms f JOIN profiles p ON p.firm_id = f.id WHERE f.id = ? "
              "ORDER BY p.saved_at DESC, p.id DESC LIMIT 1"_s);
    q.addBindValue(firmId);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot read the firm: %1").arg(q.lastError().text())));
    }
    if (!q.next()) {
        return failure(Diagnostic{
            ErrorCode::Reference, Severity::Error, m_path, 0, 0, {}, Tr::tr("there is no firm %1").arg(firmId)});
    }
    auto profile = profileFromRow(q.value(2).toString(), q.value(1).toLongLong(), m_path);
    if (!profile) {
        return failure(profile.error());
    }
    return FirmRecord{firmId,
                      q.value(4).toString(),
                      std::move(*profile),
                      q.value(1).toLongLong(),
                      fromText(q.value(0)),
                      q.value(3).toInt()};
}

Result<qint64> Store::startAssessment(qint64 firmId, const QString& packId, const QString& packVersion)
{
    const auto current = firm(firmId);
    if (!current) {
        return failure(current.error());
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    const QString at = now();
    q.prepare(u"INSERT INTO assessments (uid, firm_id, profile_id, pack_id, pack_version, started_at, updated_at, "
              "status) VALUES (?, ?, ?, ?, ?, ?, ?, 'in_progress')"_s);
    q.addBindValue(storesql::newUid());
    q.addBindValue(firmId);
    q.addBindValue(current->profileId);
    q.addBindValue(packId);
    q.addBindValue(packVersion);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot start the assessment: %1").arg(q.lastError().text())));
    }
    return q.lastInsertId().toLongLong();
}

Result<qint64> Store::startAssessment(qint64 firmId, const QString& packId, const QString& packVersion,
                                      const AnswerSet& answers)
{
    // One transaction: a migrated assessment appears with all its carried answers, or not at all.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    auto id = startAssessment(firmId, packId, packVersion);
    if (!id) {
        return id;
    }
    QSqlQuery q(db);
    const QString at = now();
    q.prepare(u"INSERT INTO answers (assessment_id, question_id, choice, note, answered_at) "
              "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?)"_s);
    const auto insert = [&](const QString& question, const QString& choice) {
        q.addBindValue(*id);
        q.addBindValue(question);
        q.addBindValue(choice);
        q.addBindValue(answers.notes.value(question));
        q.addBindValue(at);
        return q.exec();
    };
    for (auto it = answers.choices.begin(); it != answers.choices.end(); ++it) {
        if (!insert(it.key(), it.value())) {
            return failure(error(Tr::tr("cannot save the answer: %1").arg(q.lastError().text())));
        }
    }
    // Notes of questions not answered yet come along too (a row without a choice).
    for (auto it = answers.notes.begin(); it != answers.notes.end(); ++it) {
        if (!answers.choices.contains(it.key()) && !it.value().isEmpty() && !insert(it.key(), QString())) {
            return failure(error(Tr::tr("cannot save the answer: %1").arg(q.lastError().text())));
        }
    }
    if (!t.commit()) {
        return failure(error(Tr::tr("cannot start the assessment: %1").arg(db.lastError().text())));
    }
    return id;
}

namespace {

// Checks that the assessment exists and can still take answers.
Result<bool> requireOpen(QSqlQuery& q, qint64 assessmentId, const QString& path)
{
    q.prepare(u"SELECT status FROM assessments WHERE id = ?"_s);
    q.addBindValue(assessmentId);
    if (!q.exec() || !q.next()) {
        return failure(Diagnostic{ErrorCode::Reference,
                                  Severity::Error,
                                  path,
                                  0,
                                  0,
                                  {},
                                  Tr::tr("there is no assessment %1").arg(assessmentId)});
    }
    if (q.value(0).toString() == u"finished"_s) {
        return failure(
            Diagnostic{ErrorCode::Value,
                       Severity::Error,
                       path,
                       0,
                       0,
                       {},
                       Tr::tr("assessment %1 is finished; start a new one to answer again").arg(assessmentId)});
    }
    return true;
}

} // namespace

Result<bool> Store::writeOpenAssessment(qint64 assessmentId, const QString& failedMessage,
                                        const std::function<bool(QSqlQuery&)>& write)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    if (auto open = requireOpen(q, assessmentId, m_path); !open) {
        return open;
    }
    if (!write(q)) {
        return failure(error(failedMessage.arg(q.lastError().text())));
    }
    if (!t.commit()) {
        return failure(error(failedMessage.arg(db.lastError().text())));
    }
    return true;
}

namespace {

// Marks the assessment changed now and drops its cached result, which no longer matches its answers.
bool touch(QSqlQuery& q, qint64 assessmentId, const QString& at)
{
    q.prepare(u"UPDATE assessments SET updated_at = ? WHERE id = ?"_s);
    q.addBindValue(at);
    q.addBindValue(assessmentId);
    if (!q.exec()) {
        return false;
    }
    q.prepare(u"DELETE FROM results WHERE assessment_id = ?"_s);
    q.addBindValue(assessmentId);
    return q.exec();
}

// A question with neither an answer nor a note keeps no row.
bool dropEmptyRow(QSqlQuery& q, qint64 assessmentId, const QString& questionId)
{
    q.prepare(u"DELETE FROM answers WHERE assessment_id = ? AND question_id = ? AND choice = '' AND note = ''"_s);
    q.addBindValue(assessmentId);
    q.addBindValue(questionId);
    return q.exec();
}

} // namespace

Result<bool> Store::saveAnswer(qint64 assessmentId, const QString& questionId, const QString& choice,
                               const QString& note)
{
    return writeOpenAssessment(assessmentId, Tr::tr("cannot save the answer: %1"), [&](QSqlQuery& q) {
        const QString at = now();
        q.prepare(u"INSERT INTO answers (assessment_id, question_id, choice, note, answered_at) VALUES (?, ?, ?, "
                  u"coalesce(?, ''), ?) "
                  "ON CONFLICT (assessment_id, question_id) DO UPDATE SET choice = excluded.choice, "
                  "note = excluded.note, answered_at = excluded.answered_at"_s);
        q.addBindValue(assessmentId);
        q.addBindValue(questionId);
        q.addBindValue(choice);
        q.addBindValue(note);
        q.addBindValue(at);
        if (!q.exec()) {
            return false;
        }
        return touch(q, assessmentId, at);
    });
}

Result<bool> Store::saveNote(qint64 assessmentId, const QString& questionId, const QString& note)
{
    return writeOpenAssessment(assessmentId, Tr::tr("cannot save the note: %1"), [&](QSqlQuery& q) {
        const QString at = now();
        // An unanswered question's note is a row without a choice (''), which no count or score sees.
        q.prepare(u"INSERT INTO answers (assessment_id, question_id, choice, note, answered_at) VALUES (?, ?, '', "
                  u"coalesce(?, ''), ?) "
                  "ON CONFLICT (assessment_id, question_id) DO UPDATE SET note = excluded.note"_s);
        q.addBindValue(assessmentId);
        q.addBindValue(questionId);
        q.addBindValue(note);
        q.addBindValue(at);
        return q.exec() && dropEmptyRow(q, assessmentId, questionId) && touch(q, assessmentId, at);
    });
}

Result<bool> Store::removeAnswer(qint64 assessmentId, const QString& questionId)
{
    return writeOpenAssessment(assessmentId, Tr::tr("cannot remove the answer: %1"), [&](QSqlQuery& q) {
        // The note stays: taking an answer back is no reason to lose what was written about it.
        q.prepare(u"UPDATE answers SET choice = '' WHERE assessment_id = ? AND question_id = ?"_s);
        q.addBindValue(assessmentId);
        q.addBindValue(questionId);
        return q.exec() && dropEmptyRow(q, assessmentId, questionId) && touch(q, assessmentId, now());
    });
}

Result<bool> Store::finishAssessment(qint64 assessmentId)
{
    return writeOpenAssessment(assessmentId, Tr::tr("cannot finish the assessment: %1"), [&](QSqlQuery& q) {
        const QString at = now();
        q.prepare(u"UPDATE assessments SET status = 'finished', finished_at = ?, updated_at = ? WHERE id = ?"_s);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(assessmentId);
        return q.exec();
    });
}

namespace {

const QString AssessmentColumns =
    u"a.id, a.firm_id, a.profile_id, a.pack_id, a.pack_version, a.started_at, a.updated_at, a.finished_at, "
    "a.status, (SELECT count(*) FROM answers WHERE assessment_id = a.id AND choice <> ''), a.uid, "
    "r.pack_digest, r.score, r.level, r.answered, r.applicable, r.categories_json, r.computed_at"_s;
const QString AssessmentFrom = u" FROM assessments a LEFT JOIN results r ON r.assessment_id = a.id"_s;
constexpr int AssessmentColumnCount = 18;
// The same columns without the cached result, for reading everything to score it again: parsing
// 100,000 cached results nobody needs doubles the time.
const QString AssessmentColumnsUncached =
    u"a.id, a.firm_id, a.profile_id, a.pack_id, a.pack_version, a.started_at, a.updated_at, a.finished_at, "
    "a.status, (SELECT count(*) FROM answers WHERE assessment_id = a.id AND choice <> ''), a.uid, "
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM assessments a"_s;

AssessmentRecord assessmentFromRow(const QSqlQuery& q)
{
    AssessmentRecord r;
    r.id = q.value(0).toLongLong();
    r.firmId = q.value(1).toLongLong();
    r.profileId = q.value(2).toLongLong();
    r.packId = q.value(3).toString();
    r.packVersion = q.value(4).toString();
    r.startedAt = fromText(q.value(5));
    r.updatedAt = fromText(q.value(6));
    r.finishedAt = fromText(q.value(7));
    r.status = q.value(8).toString() == u"finished"_s ? AssessmentStatus::Finished : AssessmentStatus::InProgress;
    r.answerCount = q.value(9).toInt();
    r.uid = q.value(10).toString();
    if (!q.value(11).isNull()) {
        StoredResult& stored = r.result.emplace();
        stored.packDigest = q.value(11).toString();
        stored.score = q.value(12).toDouble();
        stored.level = q.value(13).toString();
        stored.answered = q.value(14).toInt();
        stored.applicable = q.value(15).toInt();
        const QJsonArray categories = QJsonDocument::fromJson(q.value(16).toString().toUtf8()).array();
        stored.categories.reserve(size_t(categories.size()));
        for (const QJsonValue c : categories) {
            const QJsonArray pair = c.toArray();
            stored.categories.emplace_back(pair.at(0).toString(), pair.at(1).toDouble());
        }
        stored.computedAt = fromText(q.value(17));
    }
    r.answers.packId = r.packId;
    r.answers.packVersion = r.packVersion;
    return r;
}

} // namespace

Result<std::vector<AssessmentRecord>> Store::assessments(qint64 firmId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT "_s + AssessmentColumns + AssessmentFrom +
              u" WHERE a.firm_id = ? ORDER BY a.started_at, a.id"_s);
    q.addBindValue(firmId);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot list the assessments: %1").arg(q.lastError().text())));
    }
    std::vector<AssessmentRecord> out;
    while (q.next()) {
        out.push_back(assessmentFromRow(q));
    }
    return out;
}

Result<std::vector<AssessmentRecord>> Store::assessmentsWithPack(const QString& packId,
                                                                 const QString& packVersion) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT "_s + AssessmentColumns + AssessmentFrom +
              u" WHERE a.pack_id = ? AND (? = '' OR a.pack_version = ?) ORDER BY a.firm_id, a.started_at, a.id"_s);
    q.addBindValue(packId);
    q.addBindValue(packVersion);
    q.addBindValue(packVersion);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot list the assessments: %1").arg(q.lastError().text())));
    }
    std::vector<AssessmentRecord> out;
    while (q.next()) {
        out.push_back(assessmentFromRow(q));
    }
    return out;
}

Result<AssessmentRecord> Store::assessment(qint64 assessmentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT "_s + AssessmentColumns + u", p.profile_json"_s + AssessmentFrom +
              u" JOIN profiles p ON p.id = a.profile_id WHERE a.id = ?"_s);
    q.addBindValue(assessmentId);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot read the assessment: %1").arg(q.lastError().text())));
    }
    if (!q.next()) {
        return failure(Diagnostic{ErrorCode::Reference,
                                  Severity::Error,
                                  m_path,
                                  0,
                                  0,
                                  {},
                                  Tr::tr("there is no assessment %1").arg(assessmentId)});
    }
    AssessmentRecord r = assessmentFromRow(q);
    auto profile = profileFromRow(q.value(AssessmentColumnCount).toString(), r.profileId, m_path);
    if (!profile) {
        return failure(profile.error());
    }
    r.profile = std::move(*profile);
    q.prepare(u"SELECT question_id, choice, note FROM answers WHERE assessment_id = ?"_s);
    q.addBindValue(assessmentId);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot read the answers: %1").arg(q.lastError().text())));
    }
    while (q.next()) {
        const QString question = q.value(0).toString();
        if (QString choice = q.value(1).toString(); !choice.isEmpty()) { // empty: a note, no answer yet
            r.answers.choices.insert(question, choice);
        }
        if (const QString note = q.value(2).toString(); !note.isEmpty()) {
            r.answers.notes.insert(question, note);
        }
    }
    return r;
}

Result<bool> Store::forEachAssessment(const std::function<bool(const AssessmentRecord&)>& visit) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Two forward-only cursors merged on the assessment id: the answers table is clustered by
    // (assessment_id, question_id), so each assessment's answers come in one contiguous run.
    QSqlQuery a(db);
    a.setForwardOnly(true);
    QSqlQuery answers(db);
    answers.setForwardOnly(true);
    if (!a.exec(u"SELECT "_s + AssessmentColumnsUncached + u" ORDER BY a.id"_s) ||
        !answers.exec(u"SELECT assessment_id, question_id, choice, note FROM answers ORDER BY assessment_id"_s)) {
        return failure(error(Tr::tr("cannot read the assessments: %1")
                                 .arg(a.lastError().isValid() ? a.lastError().text() : answers.lastError().text())));
    }
    QSqlQuery profileQuery(db);
    profileQuery.prepare(u"SELECT profile_json FROM profiles WHERE id = ?"_s);
    QHash<qint64, Profile> profiles; // a firm's profile versions are few; parse each once
    bool haveAnswer = answers.next();
    qint64 owner = haveAnswer ? answers.value(0).toLongLong() : 0; // read once per row: rows are many
    const auto nextAnswer = [&] {
        haveAnswer = answers.next();
        owner = haveAnswer ? answers.value(0).toLongLong() : 0;
    };
    while (a.next()) {
        AssessmentRecord r = assessmentFromRow(a);
        auto known = profiles.constFind(r.profileId);
        if (known == profiles.constEnd()) {
            profileQuery.addBindValue(r.profileId);
            if (!profileQuery.exec() || !profileQuery.next()) {
                return failure(
                    error(Tr::tr("cannot read profile %1: %2").arg(r.profileId).arg(profileQuery.lastError().text())));
            }
            auto profile = profileFromRow(profileQuery.value(0).toString(), r.profileId, m_path);
            if (!profile) {
                return failure(profile.error());
            }
            known = profiles.insert(r.profileId, *profile);
        }
        r.profile = *known;
        while (haveAnswer && owner < r.id) {
            nextAnswer(); // answers of an assessment deleted meanwhile
        }
        r.answers.choices.reserve(r.answerCount);
        while (haveAnswer && owner == r.id) {
            const QString question = answers.value(1).toString();
            if (QString choice = answers.value(2).toString(); !choice.isEmpty()) { // empty: a note only
                r.answers.choices.insert(question, choice);
            }
            if (const QString note = answers.value(3).toString(); !note.isEmpty()) {
                r.answers.notes.insert(question, note);
            }
            nextAnswer();
        }
        if (!visit(r)) {
            return true;
        }
    }
    // A cursor that stops on an error looks like one that ran out of rows: ask, or a damaged page
    // would pass for the end of the data.
    if (a.lastError().isValid() || answers.lastError().isValid()) {
        const QString reason = a.lastError().isValid() ? a.lastError().text() : answers.lastError().text();
        return failure(error(Tr::tr("cannot read the assessments: %1").arg(reason)));
    }
    return true;
}

Result<bool> Store::saveResult(qint64 assessmentId, const QDateTime& answersAt, const StoredResult& result)
{
    const ResultUpdate update{assessmentId, answersAt, result};
    auto saved = saveResults(std::span<const ResultUpdate>(&update, 1));
    if (!saved) {
        return failure(saved.error());
    }
    return *saved == 1;
}

Result<int> Store::saveResults(std::span<const ResultUpdate> updates)
{
    if (m_mode == Mode::ReadOnly) {
        return failure(error(Tr::tr("the database is open read-only")));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    // Written only if no answer arrived since the scoring read the assessment: a stale result is
    // worse than none. (An empty QString binds as NULL, hence the coalesce: a pack without levels
    // has an empty level.)
    q.prepare(u"INSERT OR REPLACE INTO results (assessment_id, pack_digest, score, level, answered, applicable, "
              "categories_json, computed_at) SELECT ?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?, ?, ? "
              "WHERE EXISTS (SELECT 1 FROM assessments WHERE id = ? AND updated_at = ?)"_s);
    int saved = 0;
    const QString at = now();
    for (const ResultUpdate& u : updates) {
        QJsonArray categories;
        for (const auto& [id, score] : u.result.categories) {
            categories.append(QJsonArray{id, score});
        }
        q.addBindValue(u.assessmentId);
        q.addBindValue(u.result.packDigest);
        q.addBindValue(u.result.score);
        q.addBindValue(u.result.level);
        q.addBindValue(u.result.answered);
        q.addBindValue(u.result.applicable);
        q.addBindValue(QString::fromUtf8(QJsonDocument(categories).toJson(QJsonDocument::Compact)));
        q.addBindValue(u.result.computedAt.isValid() ? storesql::timeText(u.result.computedAt) : at);
        q.addBindValue(u.assessmentId);
        q.addBindValue(storesql::timeText(u.answersAt));
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot save the result: %1").arg(q.lastError().text())));
        }
        saved += q.numRowsAffected() == 1 ? 1 : 0;
    }
    if (!t.commit()) {
        return failure(error(Tr::tr("cannot save the result: %1").arg(db.lastError().text())));
    }
    return saved;
}

} // namespace mamori
