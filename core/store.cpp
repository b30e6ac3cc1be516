#include "core/store.h"

#include "core/format.h"
#include "core/paths.h"
#include "core/storelocation.h"
#include "core/storesql.h"
#include "core/textcheck.h"

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
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <limits>
#ifdef Q_OS_UNIX
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#include <span>
#include <vector>

namespace mamori {

using namespace Qt::StringLiterals;
using storesql::fromText;
using storesql::now;
using storesql::Transaction;

// Runs `operation`; when it fails because a server dropped the connection, connects again and runs it
// once more. (A transaction cut off by a dropped connection was rolled back by the server, so the
// second run starts from where the first one did.)
template <typename Operation>
auto Store::reviving(Operation operation) const -> decltype(operation())
{
    // Only the outermost operation reconnects: one run inside another's transaction must not swap
    // the connection under it (the transaction would be gone, and its rest would commit piecemeal).
    if (m_reviving) {
        return operation();
    }
    m_reviving = true;
    auto result = operation();
    if (!result && revive()) {
        result = operation();
    }
    m_reviving = false;
    return result;
}

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

// The same two versions for PostgreSQL. Ids are identity columns (BY DEFAULT, so `db copy` can keep
// them); text that is sorted or compared (names, ids, ISO times) is COLLATE "C", ordered by code point
// as SQLite orders it, whatever the server's locale; a score is double precision, which SQLite's REAL
// is (PostgreSQL's real is only four bytes). `mamori_meta` marks the database as Mamori's, as
// application_id marks an SQLite file.
const char* const PgSchemaV1[] = {
    "CREATE TABLE mamori_meta (key text PRIMARY KEY, value text NOT NULL)",
    "INSERT INTO mamori_meta (key, value) VALUES ('application', 'MMRI')",
    "CREATE TABLE schema_version (version integer NOT NULL)",
    "CREATE TABLE firms (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text COLLATE \"C\" NOT NULL,"
    " created_at text COLLATE \"C\" NOT NULL)",
    "CREATE TABLE profiles (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " firm_id bigint NOT NULL REFERENCES firms(id) ON DELETE CASCADE,"
    " profile_json text NOT NULL, saved_at text COLLATE \"C\" NOT NULL)",
    "CREATE INDEX profiles_firm ON profiles(firm_id, id)",
    "CREATE TABLE assessments (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " firm_id bigint NOT NULL REFERENCES firms(id) ON DELETE CASCADE,"
    " profile_id bigint NOT NULL REFERENCES profiles(id),"
    " pack_id text COLLATE \"C\" NOT NULL, pack_version text COLLATE \"C\" NOT NULL,"
    " started_at text COLLATE \"C\" NOT NULL, updated_at text COLLATE \"C\" NOT NULL, finished_at text COLLATE \"C\","
    " status text NOT NULL CHECK (status IN ('in_progress', 'finished')))",
    "CREATE INDEX assessments_firm ON assessments(firm_id, started_at)",
    "CREATE TABLE answers (assessment_id bigint NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
    " question_id text COLLATE \"C\" NOT NULL, choice text COLLATE \"C\" NOT NULL, note text NOT NULL DEFAULT '',"
    " answered_at text COLLATE \"C\" NOT NULL, PRIMARY KEY (assessment_id, question_id))",
    "CREATE TABLE results (assessment_id bigint PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,"
    " pack_version text NOT NULL, result_json text NOT NULL, computed_at text NOT NULL)",
    "INSERT INTO schema_version (version) VALUES (1)",
};

// NOLINTBEGIN(bugprone-suspicious-missing-comma): the results table is one statement on three lines
const char* const PgToV2[] = {
    "ALTER TABLE firms ADD COLUMN uid text COLLATE \"C\"",
    "UPDATE firms SET uid = gen_random_uuid()::text",
    "CREATE UNIQUE INDEX firms_uid ON firms(uid)",
    "ALTER TABLE assessments ADD COLUMN uid text COLLATE \"C\"",
    "UPDATE assessments SET uid = gen_random_uuid()::text",
    "CREATE UNIQUE INDEX assessments_uid ON assessments(uid)",
    "DROP TABLE results",
    "CREATE TABLE results (assessment_id bigint PRIMARY KEY REFERENCES assessments(id) ON DELETE CASCADE,"
    " pack_digest text NOT NULL, score double precision NOT NULL, level text NOT NULL, answered integer NOT NULL,"
    " applicable integer NOT NULL, categories_json text NOT NULL, computed_at text COLLATE \"C\" NOT NULL)",
    "UPDATE schema_version SET version = 2",
};
// NOLINTEND(bugprone-suspicious-missing-comma)

// Every upgrade step, in order: steps[i] takes the schema from version i + 1 to i + 2. A new database
// is made at version 1 and taken through every step, so each step runs on every fresh install and
// in every test, not only on old files. Released steps are never edited; a new version appends one,
// for each dialect.
// Version 3, for several people on one database: every answer row carries the assessment's revision
// at its last change (a write that expected another revision is a conflict, not a silent overwrite);
// `changes` records who changed what and when; a firm belongs to a team (a PostgreSQL group role;
// empty on a PC's own file). Existing rows start at revision 1.
const char* const ToV3[] = {
    "ALTER TABLE assessments ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE answers ADD COLUMN revision INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE profiles ADD COLUMN saved_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE firms ADD COLUMN team TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX firms_name ON firms(name, id)",
    "CREATE INDEX assessments_pack ON assessments(pack_id, pack_version)",
    "CREATE TABLE changes (id INTEGER PRIMARY KEY, firm_id INTEGER NOT NULL REFERENCES firms(id) ON DELETE CASCADE,"
    " assessment_id INTEGER REFERENCES assessments(id) ON DELETE CASCADE, changed_at TEXT NOT NULL,"
    " actor TEXT NOT NULL, login TEXT NOT NULL, kind TEXT NOT NULL, question_id TEXT NOT NULL DEFAULT '',"
    " choice TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '', previous_choice TEXT NOT NULL DEFAULT '',"
    " previous_note TEXT NOT NULL DEFAULT '', detail TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX changes_assessment ON changes(assessment_id, id)",
    "CREATE INDEX changes_firm ON changes(firm_id, id)",
    "UPDATE schema_version SET version = 3",
};

// NOLINTBEGIN(bugprone-suspicious-missing-comma): statements span several lines
const char* const PgToV3[] = {
    "ALTER TABLE assessments ADD COLUMN revision bigint NOT NULL DEFAULT 1",
    "ALTER TABLE answers ADD COLUMN revision bigint NOT NULL DEFAULT 1",
    "ALTER TABLE profiles ADD COLUMN saved_by text NOT NULL DEFAULT ''",
    "ALTER TABLE firms ADD COLUMN team text COLLATE \"C\" NOT NULL DEFAULT ''",
    "CREATE INDEX firms_name ON firms(name, id)",
    "CREATE INDEX firms_team ON firms(team)",
    "CREATE INDEX assessments_pack ON assessments(pack_id, pack_version)",
    "CREATE TABLE changes (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
    " firm_id bigint NOT NULL REFERENCES firms(id) ON DELETE CASCADE,"
    " assessment_id bigint REFERENCES assessments(id) ON DELETE CASCADE, changed_at text COLLATE \"C\" NOT NULL,"
    " actor text NOT NULL, login text NOT NULL, kind text NOT NULL, question_id text COLLATE \"C\" NOT NULL DEFAULT '',"
    " choice text NOT NULL DEFAULT '', note text NOT NULL DEFAULT '', previous_choice text NOT NULL DEFAULT '',"
    " previous_note text NOT NULL DEFAULT '', detail text NOT NULL DEFAULT '')",
    "CREATE INDEX changes_assessment ON changes(assessment_id, id)",
    "CREATE INDEX changes_firm ON changes(firm_id, id)",
    "UPDATE schema_version SET version = 3",
};
// NOLINTEND(bugprone-suspicious-missing-comma)

// Version 4, for merging a firm's documents between PCs without trusting their clocks: each database
// has a uid of its own; an answer remembers where its value was given (`origin`, empty for this
// database, and its revision there); `assessment_seen` keeps, per assessment, the newest revision of
// each other database whose answers were merged in. An import then knows which answers changed on
// either side since the two last met (docs/export-format.md).
const char* const ToV4[] = {
    "CREATE TABLE mamori_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO mamori_meta (key, value) VALUES ('store_uid', " MAMORI_SQL_UUID ")",
    "ALTER TABLE answers ADD COLUMN origin TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE answers ADD COLUMN origin_revision INTEGER NOT NULL DEFAULT 0",
    "CREATE TABLE assessment_seen (assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
    " store_uid TEXT NOT NULL, revision INTEGER NOT NULL, PRIMARY KEY (assessment_id, store_uid)) WITHOUT ROWID",
    "UPDATE schema_version SET version = 4",
};

#undef MAMORI_SQL_UUID

// NOLINTBEGIN(bugprone-suspicious-missing-comma): statements span several lines
const char* const PgToV4[] = {
    "INSERT INTO mamori_meta (key, value) VALUES ('store_uid', gen_random_uuid()::text)",
    "ALTER TABLE answers ADD COLUMN origin text COLLATE \"C\" NOT NULL DEFAULT ''",
    "ALTER TABLE answers ADD COLUMN origin_revision bigint NOT NULL DEFAULT 0",
    "CREATE TABLE assessment_seen (assessment_id bigint NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,"
    " store_uid text COLLATE \"C\" NOT NULL, revision bigint NOT NULL, PRIMARY KEY (assessment_id, store_uid))",
    // A team's database (resources/postgresql/team-access.sql) keeps the new table to each team, as
    // its answers are; the owner sees everything as before.
    "ALTER TABLE assessment_seen ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY mamori_team ON assessment_seen USING (EXISTS (SELECT 1 FROM assessments a WHERE a.id = "
    "assessment_id))",
    "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mamori_users') THEN "
    "GRANT SELECT, INSERT, UPDATE ON assessment_seen TO mamori_users; END IF; END $$",
    "UPDATE schema_version SET version = 4",
};
// NOLINTEND(bugprone-suspicious-missing-comma)

const std::span<const char* const> Migrations[] = {ToV2, ToV3, ToV4};
const std::span<const char* const> PgMigrations[] = {PgToV2, PgToV3, PgToV4};
static_assert(std::size(Migrations) + 1 == Store::SchemaVersion);
static_assert(std::size(PgMigrations) + 1 == Store::SchemaVersion);

// Serialises creating and upgrading a shared database: the clients of a team may all open a new or
// older database at the same moment. Held until the transaction ends.
constexpr auto PgSchemaLock = "SELECT pg_advisory_xact_lock(1296978505)"; // 'MMRI'

bool runMigrations(QSqlQuery& q, int from, bool postgres)
{
    for (int version = from; version < Store::SchemaVersion; ++version) {
        for (const char* statement : (postgres ? PgMigrations : Migrations)[version - 1]) {
            if (!q.exec(QString::fromLatin1(statement))) {
                return false;
            }
        }
    }
    return true;
}

// The tables a database of `version` must have.
QStringList requiredTables(int version)
{
    QStringList tables{u"firms"_s, u"profiles"_s, u"assessments"_s, u"answers"_s, u"results"_s};
    if (version >= 3) {
        tables.append(u"changes"_s);
    }
    if (version >= 4) {
        tables.append(u"assessment_seen"_s);
    }
    return tables;
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

// The user's own folder for lock files: $XDG_RUNTIME_DIR, else a folder of theirs in the temporary folder,
// made owner-only and checked to be theirs (not a link someone else planted). Empty when there is none.
QString runtimeFolder()
{
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir()) {
        return runtime;
    }
#ifdef Q_OS_UNIX
    QString folder = QDir::tempPath() + u"/mamori-%1"_s.arg(::getuid());
    const QByteArray name = QFile::encodeName(folder);
    ::mkdir(name.constData(), 0700);
    struct stat st
    {};
    if (::lstat(name.constData(), &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == ::getuid() &&
        (st.st_mode & 077) == 0) {
        return folder;
    }
#endif
    return {};
}

// Why this user cannot write the database at `path` (its folder, for SQLite's journal, or the file),
// or empty when they can. Asked of the system, so it holds for root and for read-only mounts alike.
QString whyNotWritable(const QString& path)
{
#ifdef Q_OS_UNIX
    const QString folder = QFileInfo(path).absolutePath();
    if (::access(QFile::encodeName(folder).constData(), W_OK) != 0) {
        return Tr::tr("the folder %1 cannot be written to, and the database keeps its journal beside it")
            .arg(QDir::toNativeSeparators(folder));
    }
    if (::access(QFile::encodeName(path).constData(), W_OK) != 0) {
        return Tr::tr("the file cannot be written to");
    }
#else
    if (!QFileInfo(path).isWritable()) {
        return Tr::tr("the file cannot be written to");
    }
#endif
    return {};
}

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

QString storesql::explain(const QSqlError& error)
{
    QString raw = error.text().trimmed();
    // SQLite's result codes have at most four digits; a server's SQLSTATE always five characters.
    const QString native = error.nativeErrorCode();
    bool numeric = false;
    const int code = native.toInt(&numeric) & 0xff; // SQLite's primary result code
    if (!numeric || native.size() >= 5) {
        return raw;
    }
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Tr::tr("another program kept the file busy for several seconds; try again in a moment, and if it "
                      "keeps happening close the other programs that use the file");
    case 8: // SQLITE_READONLY
        return Tr::tr("the file cannot be written (it, its folder or its disk is read-only); open it read-only, "
                      "or copy it to a folder you can write to");
    case 13: // SQLITE_FULL
        return Tr::tr("the disk is full; free some space and try again");
    case 10: // SQLITE_IOERR
        return Tr::tr("the disk reported an error reading or writing the file; check the disk (or the network "
                      "drive) and try again");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Tr::tr("the file is damaged; restore a backup copy of it");
    case 14: // SQLITE_CANTOPEN
        return Tr::tr("the file cannot be opened (it was moved or deleted, or its folder cannot be read)");
    case 7: // SQLITE_NOMEM
        return Tr::tr("the computer ran out of memory; close other programs and try again");
    default:
        break;
    }
    return raw;
}

QString storesql::newUid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

namespace {

constexpr std::pair<ChangeKind, const char*> ChangeKindIds[] = {
    {ChangeKind::FirmAdded, "firm"},  {ChangeKind::ProfileSaved, "profile"}, {ChangeKind::Started, "start"},
    {ChangeKind::Answered, "answer"}, {ChangeKind::NoteChanged, "note"},     {ChangeKind::AnswerRemoved, "unanswer"},
    {ChangeKind::Finished, "finish"}, {ChangeKind::Imported, "import"},      {ChangeKind::ImportConflict, "conflict"},
};

// The user's name on this PC, for the change log of a database file: the account the process runs
// as (the environment can be empty or stale under sudo, cron and service managers).
QString pcLogin()
{
#ifdef Q_OS_UNIX
    // getpwuid_r: Stores may be opened on several threads at once (the team benchmark does).
    const long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? std::size_t(size) : std::size_t(16384));
    passwd entry{};
    passwd* account = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &account) == 0 && account != nullptr &&
        account->pw_name != nullptr) {
        return QString::fromLocal8Bit(account->pw_name);
    }
#endif
    for (const char* variable : {"USER", "LOGNAME", "USERNAME"}) {
        if (QString name = qEnvironmentVariable(variable); !name.isEmpty()) {
            return name;
        }
    }
    return {};
}

} // namespace

QString changeKindId(ChangeKind kind)
{
    for (const auto& [k, id] : ChangeKindIds) {
        if (k == kind) {
            return QString::fromLatin1(id);
        }
    }
    return {};
}

std::optional<ChangeKind> changeKindFromId(const QString& id)
{
    for (const auto& [k, name] : ChangeKindIds) {
        if (id == QLatin1StringView(name)) {
            return k;
        }
    }
    return std::nullopt;
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
        return failure(fileError(code, path, message));
    };
    if (!QFileInfo(backup).isFile()) {
        return fail(ErrorCode::Io, Tr::tr("there is no backup copy %1").arg(backup));
    }
    QLockFile lock(lockFileFor(path));
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

QString Store::lockFileFor(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {};
    const QString folder = runtimeFolder();
    if (!folder.isEmpty() && ::stat(QFile::encodeName(path).constData(), &st) == 0) {
        return folder + u"/mamori-db-%1-%2.lock"_s.arg(quint64(st.st_dev), 0, 16).arg(quint64(st.st_ino), 0, 16);
    }
#endif
    // Without device and inode, the file's real path names it (links resolved).
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return (canonical.isEmpty() ? path : canonical) + u".lock"_s;
}

Store::Store(QString path, QString connection, Mode mode)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_mode(mode), m_login(pcLogin())
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
    return fileError(ErrorCode::Database, m_path, message);
}

Result<std::unique_ptr<Store>> Store::open(const QString& path, Mode mode, int lockWaitMs)
{
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(fileError(code, path, message));
    };
    const auto location = StoreLocation::parse(path);
    if (!location) {
        return failure(location.error());
    }
    if (location->isPostgres()) {
        return openServer(*location, mode);
    }
    std::unique_ptr<QLockFile> lock;
    if (path != Memory) {
        // A device, FIFO or folder is refused before anything is created or changed beside it.
        if (auto regular = files::requireRegularFile(path, Tr::tr("database")); !regular) {
            return failure(regular.error());
        }
#ifdef Q_OS_UNIX
        // SQLite keeps a database's journal under the name it was opened by: a file with two names (hard
        // links) read under one while written under the other is read wrongly, and can be damaged.
        struct stat st
        {};
        if (::stat(QFile::encodeName(path).constData(), &st) == 0 && st.st_nlink > 1) {
            return fail(ErrorCode::Io, Tr::tr("the database file has %1 names (hard links), and SQLite keeps its "
                                              "journal under each name apart, which can damage it; remove the "
                                              "other names, or copy the file and open the copy")
                                           .arg(quint64(st.st_nlink)));
        }
#endif
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
            if (const QString why = whyNotWritable(path); !why.isEmpty()) {
                return fail(ErrorCode::ReadOnly, Tr::tr("%1; Mamori can only read the database here").arg(why));
            }
            // Mamori's own data folder is kept owner-only; a folder the user chose for a file
            // (--db ~/Documents/client.sqlite) is theirs, and its permissions are left alone: the
            // file itself is owner-only, and SQLite gives its journal the file's permissions.
            const bool ownFolder = QFileInfo(folder) == QFileInfo(dataFolder());
            if (!restrictToOwner(path, false) || (ownFolder && !restrictToOwner(folder, true))) {
                return fail(ErrorCode::Io,
                            Tr::tr("the database or its folder can be read by other users, and Mamori cannot "
                                   "change that; make them readable by their owner only"));
            }
            lock = std::make_unique<QLockFile>(lockFileFor(path));
            lock->setStaleLockTime(0); // a lock left by a crashed Mamori is stale once its process is gone
            bool locked = lock->tryLock(std::max(0, lockWaitMs));
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
                const QString who = pid > 0 ? Tr::tr("process %1").arg(pid) : Tr::tr("a process that is starting");
                return fail(ErrorCode::Locked,
                            lockWaitMs > 0
                                ? Tr::tr("the database is in use by another Mamori (%1), which did not finish "
                                         "within %2 seconds; close it or try again, or open the database read-only")
                                      .arg(who)
                                      .arg(lockWaitMs / 1000.0)
                                : Tr::tr("the database is in use by another Mamori (%1); close it, or open the "
                                         "database read-only")
                                      .arg(who));
            }
        }
    }
    const QString connection = u"mamori-store-%1"_s.arg(connectionCounter.fetch_add(1));
    std::unique_ptr<Store> store(new Store(path, connection, mode));
    store->m_lock = std::move(lock);
    if (path != Memory) {
        store->m_inUse = files::InUse(path, files::InUse::Role::Database);
        files::noteRead(path, files::InUse::Role::Database); // a command that closes it still must not write it
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        if (!db.isValid()) {
            return fail(ErrorCode::Database,
                        Tr::tr("Qt's SQLite driver is missing (Debian package libqt6sql6-sqlite)"));
        }
        db.setDatabaseName(path);
        if (mode == Mode::ReadOnly) {
            QString options = u"QSQLITE_OPEN_READONLY"_s;
            // In a folder that cannot be written, SQLite cannot make the shared-memory file a WAL
            // database needs to be read; with no journal left there (nothing uncommitted), the file is
            // read as it is, and nothing is created beside it.
            if (path != Memory && !whyNotWritable(path).isEmpty() && !QFileInfo::exists(path + u"-wal"_s) &&
                !QFileInfo::exists(path + u"-shm"_s)) {
                QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
                url.setQuery(u"immutable=1"_s);
                db.setDatabaseName(url.toString(QUrl::FullyEncoded));
                options += u";QSQLITE_OPEN_URI"_s;
            }
            db.setConnectOptions(options);
        }
        if (!db.open()) {
            return fail(ErrorCode::Database,
                        Tr::tr("cannot open the database: %1").arg(storesql::explain(db.lastError())));
        }
    }
    if (auto ready = store->prepare(); !ready) {
        return failure(ready.error());
    }
    return store;
}

Result<std::unique_ptr<Store>> Store::openServer(const StoreLocation& location, Mode mode)
{
    const QString display = location.display();
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(fileError(code, display, message));
    };
    const QString connection = u"mamori-store-%1"_s.arg(connectionCounter.fetch_add(1));
    std::unique_ptr<Store> store(new Store(display, connection, mode));
    store->m_postgres = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        if (!db.isValid()) {
            return fail(ErrorCode::Database,
                        Tr::tr("Qt's PostgreSQL driver is missing (Debian package libqt6sql6-psql)"));
        }
        db.setHostName(location.host);
        if (location.port > 0) {
            db.setPort(location.port);
        }
        db.setDatabaseName(location.database);
        db.setUserName(location.user);
        QString options = location.options;
        if (!options.contains(u"application_name="_s)) {
            options += (options.isEmpty() ? u""_s : u";"_s) + u"application_name=mamori"_s;
        }
        if (!options.contains(u"connect_timeout="_s)) {
            options += u";connect_timeout=10"_s; // a server that does not answer is said so, not waited for
        }
        db.setConnectOptions(options);
        if (!db.open()) {
            return fail(ErrorCode::Database,
                        Tr::tr("cannot connect to the database server: %1").arg(storesql::explain(db.lastError())));
        }
    }
    if (auto ready = store->preparePostgres(); !ready) {
        return failure(ready.error());
    }
    // On a server the log names the role the server authenticated, not what the PC calls its user.
    QSqlQuery q(QSqlDatabase::database(connection));
    if (q.exec(u"SELECT session_user"_s) && q.next()) {
        store->m_login = q.value(0).toString();
    }
    return store;
}

Result<bool> Store::preparePostgres()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(fileError(code, m_path, message));
    };
    const auto failed = [&](const QString& what) {
        return fail(ErrorCode::Database, what.arg(storesql::explain(q.lastError())));
    };
    // Wait a moment for a colleague's write to finish rather than fail at once; a read-only session
    // is refused writes by the server itself.
    if (!q.exec(u"SET lock_timeout = '2s'"_s) ||
        (m_mode == Mode::ReadOnly && !q.exec(u"SET default_transaction_read_only = on"_s))) {
        return failed(Tr::tr("cannot set up the session: %1"));
    }
    const auto tables = [&]() -> std::optional<QStringList> {
        if (!q.exec(u"SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()"_s)) {
            return std::nullopt;
        }
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
        }
        return names;
    };
    auto found = tables();
    if (!found) {
        return failed(Tr::tr("cannot read the database: %1"));
    }
    if (!found->isEmpty() && !found->contains(u"mamori_meta"_s)) {
        return fail(ErrorCode::Foreign, Tr::tr("this database holds the tables of another program, not of Mamori; "
                                               "give Mamori a database of its own"));
    }
    if (found->isEmpty()) {
        if (m_mode == Mode::ReadOnly) {
            return fail(ErrorCode::Io, Tr::tr("the database is empty"));
        }
        Transaction t(db);
        if (!q.exec(QString::fromLatin1(PgSchemaLock))) {
            return failed(Tr::tr("cannot create the database: %1"));
        }
        found = tables(); // a colleague may have made it while this one waited for the lock
        if (found && found->isEmpty()) {
            for (const char* statement : PgSchemaV1) {
                if (!q.exec(QString::fromLatin1(statement))) {
                    return failed(Tr::tr("cannot create the database: %1"));
                }
            }
            if (!runMigrations(q, 1, true)) {
                return failed(Tr::tr("cannot create the database: %1"));
            }
        }
        if (!found || !t.commit()) {
            return fail(ErrorCode::Database,
                        Tr::tr("cannot create the database: %1").arg(storesql::explain(db.lastError())));
        }
        found = tables();
    }
    const int version = schemaVersion();
    if (version <= 0) {
        return fail(ErrorCode::Corrupt, Tr::tr("the database has lost its schema version; restore it from the "
                                               "server's backup"));
    }
    if (version > SchemaVersion) {
        return fail(ErrorCode::Newer, Tr::tr("the database was written by a newer Mamori (schema %1; this version "
                                             "reads up to %2); update Mamori")
                                          .arg(version)
                                          .arg(SchemaVersion));
    }
    for (const QString& table : requiredTables(version)) {
        if (found && !found->contains(table)) {
            return fail(ErrorCode::Corrupt, Tr::tr("the database has lost its table \"%1\"; restore it from the "
                                                   "server's backup")
                                                .arg(table));
        }
    }
    if (version < SchemaVersion) {
        if (m_mode == Mode::ReadOnly) {
            return fail(ErrorCode::Newer, Tr::tr("the database has an older schema (%1) that must be upgraded; open "
                                                 "it for writing once")
                                              .arg(version));
        }
        return migrate(version, false);
    }
    return true;
}

Result<bool> Store::prepare()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(fileError(code, m_path, message));
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
                                           .arg(storesql::explain(q.lastError())));
    };
    // The first read of the file: a damaged header or page shows here.
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
        if (lockedByOther()) {
            return lockedFailure();
        }
        return fail(ErrorCode::Corrupt,
                    Tr::tr("the database is damaged (%1); %2").arg(storesql::explain(q.lastError()), wayOut(m_path)));
    }
    const qint32 applicationId = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        if (lockedByOther()) {
            return lockedFailure();
        }
        return fail(ErrorCode::Corrupt,
                    Tr::tr("the database is damaged (%1); %2").arg(storesql::explain(q.lastError()), wayOut(m_path)));
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
                return failure(error(Tr::tr("cannot set up the database: %1").arg(storesql::explain(q.lastError()))));
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
                return failure(error(Tr::tr("cannot create the database: %1").arg(storesql::explain(q.lastError()))));
            }
        }
        if (!runMigrations(q, 1, false)) {
            return failure(error(Tr::tr("cannot create the database: %1").arg(storesql::explain(q.lastError()))));
        }
        if (!q.exec(u"PRAGMA application_id=%1"_s.arg(ApplicationId)) || !t.commit()) {
            return failure(error(Tr::tr("cannot create the database: %1").arg(storesql::explain(db.lastError()))));
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
            return fail(
                ErrorCode::Corrupt,
                Tr::tr("the database is damaged (%1); %2").arg(storesql::explain(q.lastError()), wayOut(m_path)));
        }
        QStringList tables;
        while (q.next()) {
            tables.append(q.value(0).toString());
        }
        q.finish();
        for (const QString& table : requiredTables(version)) {
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
    if (backup && m_path != Memory && !m_postgres) {
        copy = m_path + u".bak-v%1-%2"_s.arg(from).arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMddHHmmss"_s));
        // VACUUM INTO writes a consistent copy whatever the journal holds and whoever reads; copying the
        // file would miss commits still in the WAL.
        QSqlQuery q(QSqlDatabase::database(m_connection));
        QString quoted = copy;
        quoted.replace(u'\'', u"''"_s);
        if (QFile::exists(copy) || !q.exec(u"VACUUM INTO '%1'"_s.arg(quoted))) {
            QFile::remove(copy);
            return failure(error(Tr::tr("cannot copy the database to %1 before upgrading it (%2); nothing was changed")
                                     .arg(copy, storesql::explain(q.lastError()))));
        }
        restrictToOwner(copy, false);
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    Transaction t(db);
    // On a server, another client may be upgrading too: wait for it, then start from where it left.
    int start = from;
    if (m_postgres && t.isOpen()) {
        start = q.exec(QString::fromLatin1(PgSchemaLock)) ? schemaVersion() : 0;
    }
    if (!t.isOpen() || start <= 0 || !runMigrations(q, start, m_postgres) || !t.commit()) {
        const QString reason =
            q.lastError().isValid() ? storesql::explain(q.lastError()) : storesql::explain(db.lastError());
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
    if (m_postgres) {
        return failure(error(Tr::tr("checking a PostgreSQL database is the server's job (pg_amcheck)")));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (!q.exec(u"PRAGMA integrity_check"_s)) {
        return failure(error(storesql::explain(q.lastError())));
    }
    QStringList lines;
    while (q.next()) {
        lines.append(q.value(0).toString());
    }
    return lines.join(u'\n');
}

namespace {

// One saved version of a firm's profile, its id (0 on failure); the caller's transaction holds it
// together with the firm.
qint64 insertProfile(QSqlQuery& q, qint64 firmId, const Profile& profile, const QString& at, const QString& by)
{
    q.prepare(u"INSERT INTO profiles (firm_id, profile_json, saved_at, saved_by) VALUES (?, ?, ?, coalesce(?, '')) "
              "RETURNING id"_s);
    q.addBindValue(firmId);
    q.addBindValue(QString::fromUtf8(QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Compact)));
    q.addBindValue(at);
    q.addBindValue(by);
    return q.exec() ? storesql::returnedId(q) : 0;
}

} // namespace

bool Store::logChange(QSqlQuery& q, const ChangeRecord& change) const
{
    q.prepare(u"INSERT INTO changes (firm_id, assessment_id, changed_at, actor, login, kind, question_id, choice, "
              "note, previous_choice, previous_note, detail) VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), ?, "
              "coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), "
              "coalesce(?, ''))"_s);
    q.addBindValue(change.firmId);
    q.addBindValue(change.assessmentId > 0 ? QVariant(change.assessmentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(storesql::timeText(change.at));
    q.addBindValue(actor());
    q.addBindValue(m_login);
    q.addBindValue(changeKindId(change.kind));
    q.addBindValue(change.questionId);
    q.addBindValue(change.choice);
    q.addBindValue(change.note);
    q.addBindValue(change.previousChoice);
    q.addBindValue(change.previousNote);
    q.addBindValue(change.detail);
    return q.exec();
}

Result<bool> Store::checkName(const Profile& profile) const
{
    if (const QString problem = textProblem(profile.name, TextRules{false, MaxNameLength}); !problem.isEmpty()) {
        return failure(Diagnostic{ErrorCode::Value, Severity::Error, m_path, 0, 0, u"$.name"_s,
                                  Tr::tr("the firm's name %1; nothing was saved").arg(problem)});
    }
    return true;
}

Result<qint64> Store::addFirm(const Profile& profile)
{
    if (auto named = checkName(profile); !named) {
        return failure(named.error());
    }
    return reviving([&]() -> Result<qint64> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        Transaction t(db);
        QSqlQuery q(db);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        q.prepare(u"INSERT INTO firms (uid, name, created_at) VALUES (?, ?, ?) RETURNING id"_s);
        q.addBindValue(storesql::newUid());
        q.addBindValue(profile.name);
        q.addBindValue(storesql::timeText(at));
        if (!q.exec()) {
            // 42501: on a server with team access (docs/team-database.md), the firm's team — the one the
            // role names — is none the role belongs to.
            if (m_postgres && q.lastError().nativeErrorCode() == u"42501"_s) {
                return failure(error(Tr::tr("cannot add the firm: your database role %1 has no team for new firms; "
                                            "the administrator names it with ALTER ROLE %1 SET mamori.team = '…' (a "
                                            "team the role is a member of)")
                                         .arg(m_login)));
            }
            return failure(error(Tr::tr("cannot add the firm: %1").arg(storesql::explain(q.lastError()))));
        }
        const qint64 id = storesql::returnedId(q);
        ChangeRecord change;
        change.firmId = id;
        change.at = at;
        change.kind = ChangeKind::FirmAdded;
        change.detail = profile.name;
        if (id <= 0 || insertProfile(q, id, profile, storesql::timeText(at), actor()) <= 0 || !logChange(q, change) ||
            !t.commit()) {
            return failure(error(Tr::tr("cannot add the firm: %1").arg(storesql::explain(q.lastError()))));
        }
        return id;
    });
}

Result<qint64> Store::updateProfile(qint64 firmId, const Profile& profile)
{
    if (auto named = checkName(profile); !named) {
        return failure(named.error());
    }
    return reviving([&]() -> Result<qint64> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        Transaction t(db);
        QSqlQuery q(db);
        q.prepare(u"UPDATE firms SET name = ? WHERE id = ?"_s);
        q.addBindValue(profile.name);
        q.addBindValue(firmId);
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot save the profile: %1").arg(storesql::explain(q.lastError()))));
        }
        if (q.numRowsAffected() != 1) {
            return failure(error(Tr::tr("there is no firm %1").arg(firmId)));
        }
        const QDateTime at = QDateTime::currentDateTimeUtc();
        const qint64 profileId = insertProfile(q, firmId, profile, storesql::timeText(at), actor());
        ChangeRecord change;
        change.firmId = firmId;
        change.at = at;
        change.kind = ChangeKind::ProfileSaved;
        change.detail = QString::number(profileId);
        if (profileId <= 0 || !logChange(q, change) || !t.commit()) {
            return failure(error(Tr::tr("cannot save the profile: %1").arg(storesql::explain(q.lastError()))));
        }
        return profileId;
    });
}

namespace {

// A LIKE pattern that finds `text` anywhere, its own % and _ taken literally (ESCAPE '!').
QString containing(const QString& text)
{
    QString escaped = text;
    escaped.replace(u'!', u"!!"_s).replace(u'%', u"!%"_s).replace(u'_', u"!_"_s);
    return u'%' + escaped.toLower() + u'%';
}

} // namespace

Result<std::vector<FirmSummary>> Store::firms() const
{
    return firms(FirmQuery{});
}

Result<qint64> Store::firmCount(const QString& search) const
{
    return reviving([&]() -> Result<qint64> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(u"SELECT count(*) FROM firms WHERE lower(name) LIKE ? ESCAPE '!'"_s);
        q.addBindValue(containing(search.trimmed()));
        if (!q.exec() || !q.next()) {
            return failure(error(Tr::tr("cannot list the firms: %1").arg(storesql::explain(q.lastError()))));
        }
        return q.value(0).toLongLong();
    });
}

Result<std::vector<FirmSummary>> Store::firms(const FirmQuery& query) const
{
    return reviving([&]() -> Result<std::vector<FirmSummary>> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        // Case is folded for ASCII letters only (SQLite's lower(), and PostgreSQL's under the names'
        // COLLATE "C"): enough for romaji and English names; Japanese has no case.
        q.prepare(u"SELECT f.id, f.uid, f.name, f.created_at, "
                  "(SELECT count(*) FROM assessments a WHERE a.firm_id = f.id) FROM firms f "
                  "WHERE lower(f.name) LIKE ? ESCAPE '!' ORDER BY f.name, f.id LIMIT ? OFFSET ?"_s);
        q.addBindValue(containing(query.search.trimmed()));
        q.addBindValue(query.limit > 0 ? qint64(query.limit) : std::numeric_limits<qint64>::max());
        q.addBindValue(qint64(std::max(0, query.offset)));
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot list the firms: %1").arg(storesql::explain(q.lastError()))));
        }
        std::vector<FirmSummary> out;
        while (q.next()) {
            out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), fromText(q.value(3)),
                           q.value(4).toInt()});
        }
        return out;
    });
}

namespace {

Result<Profile> profileFromRow(const QString& json, qint64 profileId, const QString& path)
{
    auto profile = parseProfile(json.toUtf8(), u"%1#profile-%2"_s.arg(path).arg(profileId), false);
    if (!profile) {
        return failure(profile.error());
    }
    return std::move(*profile);
}

} // namespace

Result<FirmRecord> Store::firm(qint64 firmId) const
{
    return reviving([&]() -> Result<FirmRecord> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        // The current profile is the one saved last; an import may add an older version after it.
        q.prepare(u"SELECT f.created_at, p.id, p.profile_json, (SELECT count(*) FROM profiles WHERE firm_id = f.id), "
                  "f.uid, f.team FROM firms f JOIN profiles p ON p.firm_id = f.id WHERE f.id = ? "
                  "ORDER BY p.saved_at DESC, p.id DESC LIMIT 1"_s);
        q.addBindValue(firmId);
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot read the firm: %1").arg(storesql::explain(q.lastError()))));
        }
        if (!q.next()) {
            return failure(fileError(ErrorCode::Reference, m_path, Tr::tr("there is no firm %1").arg(firmId)));
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
                          q.value(3).toInt(),
                          q.value(5).toString()};
    });
}

Result<qint64> Store::insertAssessment(QSqlQuery& q, qint64 firmId, const QString& packId, const QString& packVersion,
                                       const QDateTime& at)
{
    const auto current = firm(firmId);
    if (!current) {
        return failure(current.error());
    }
    q.prepare(u"INSERT INTO assessments (uid, firm_id, profile_id, pack_id, pack_version, started_at, updated_at, "
              "status) VALUES (?, ?, ?, ?, ?, ?, ?, 'in_progress') RETURNING id"_s);
    q.addBindValue(storesql::newUid());
    q.addBindValue(firmId);
    q.addBindValue(current->profileId);
    q.addBindValue(packId);
    q.addBindValue(packVersion);
    q.addBindValue(storesql::timeText(at));
    q.addBindValue(storesql::timeText(at));
    const qint64 id = q.exec() ? storesql::returnedId(q) : 0;
    ChangeRecord change;
    change.firmId = firmId;
    change.assessmentId = id;
    change.at = at;
    change.kind = ChangeKind::Started;
    change.detail = packId + u' ' + packVersion;
    if (id <= 0 || !logChange(q, change)) {
        return failure(error(Tr::tr("cannot start the assessment: %1").arg(storesql::explain(q.lastError()))));
    }
    return id;
}

Result<qint64> Store::startAssessment(qint64 firmId, const QString& packId, const QString& packVersion)
{
    return reviving([&]() -> Result<qint64> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        Transaction t(db);
        QSqlQuery q(db);
        auto id = insertAssessment(q, firmId, packId, packVersion, QDateTime::currentDateTimeUtc());
        if (id && !t.commit()) {
            return failure(error(Tr::tr("cannot start the assessment: %1").arg(storesql::explain(db.lastError()))));
        }
        return id;
    });
}

Result<qint64> Store::startAssessment(qint64 firmId, const QString& packId, const QString& packVersion,
                                      const AnswerSet& answers)
{
    return reviving([&]() -> Result<qint64> { return startCarried(firmId, packId, packVersion, answers); });
}

Result<qint64> Store::startCarried(qint64 firmId, const QString& packId, const QString& packVersion,
                                   const AnswerSet& answers)
{
    // One transaction: a migrated assessment appears with all its carried answers, or not at all.
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    if (!t.isOpen()) {
        return failure(error(Tr::tr("cannot start the assessment: %1").arg(storesql::explain(db.lastError()))));
    }
    QSqlQuery q(db);
    const QDateTime started = QDateTime::currentDateTimeUtc();
    auto id = insertAssessment(q, firmId, packId, packVersion, started);
    if (!id) {
        return id;
    }
    const QString at = storesql::timeText(started);
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
            return failure(error(Tr::tr("cannot save the answer: %1").arg(storesql::explain(q.lastError()))));
        }
    }
    // Notes of questions not answered yet come along too (a row without a choice).
    for (auto it = answers.notes.begin(); it != answers.notes.end(); ++it) {
        if (!answers.choices.contains(it.key()) && !it.value().isEmpty() && !insert(it.key(), QString())) {
            return failure(error(Tr::tr("cannot save the answer: %1").arg(storesql::explain(q.lastError()))));
        }
    }
    ChangeRecord change;
    change.firmId = firmId;
    change.assessmentId = *id;
    change.at = started;
    change.kind = ChangeKind::Imported;
    change.detail = u"%1 %2 %3"_s.arg(answers.packId, answers.packVersion).arg(answers.choices.size());
    if (!logChange(q, change)) {
        return failure(error(Tr::tr("cannot start the assessment: %1").arg(storesql::explain(q.lastError()))));
    }
    if (!t.commit()) {
        return failure(error(Tr::tr("cannot start the assessment: %1").arg(storesql::explain(db.lastError()))));
    }
    return id;
}

bool Store::revive() const
{
    if (!m_postgres) {
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    {
        QSqlQuery probe(db);
        if (db.isOpen() && probe.exec(u"SELECT 1"_s)) {
            return false; // the connection is fine: the failure was something else
        }
    }
    // Qt's driver keeps a connection the server dropped (a restart, a network cut) and fails every
    // statement on it; a new one, with the session's settings again, is what a reconnect is.
    db.close();
    if (!db.open()) {
        return false;
    }
    QSqlQuery q(db);
    return q.exec(u"SET lock_timeout = '2s'"_s) &&
           (m_mode != Mode::ReadOnly || q.exec(u"SET default_transaction_read_only = on"_s));
}

namespace {

// Says why an assessment takes no answers: it does not exist, or it is finished.
Diagnostic notOpen(QSqlQuery& q, qint64 assessmentId, const QString& path)
{
    q.prepare(u"SELECT status FROM assessments WHERE id = ?"_s);
    q.addBindValue(assessmentId);
    if (q.exec() && q.next() && q.value(0).toString() == u"finished"_s) {
        return fileError(ErrorCode::Value, path,
                         Tr::tr("assessment %1 is finished; start a new one to answer again").arg(assessmentId));
    }
    return fileError(ErrorCode::Reference, path, Tr::tr("there is no assessment %1").arg(assessmentId));
}

// The last change log entry of one question: who changed it, and when.
std::pair<QString, QDateTime> lastChangeOf(QSqlQuery& q, qint64 assessmentId, const QString& questionId)
{
    q.prepare(u"SELECT actor, changed_at FROM changes WHERE assessment_id = ? AND question_id = ? "
              "ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(assessmentId);
    q.addBindValue(questionId);
    if (q.exec() && q.next()) {
        return {q.value(0).toString(), fromText(q.value(1))};
    }
    return {};
}

} // namespace

Result<qint64> Store::editAnswer(qint64 assessmentId, const QString& questionId, AnswerEdit edit, const QString& choice,
                                 const QString& note, qint64 expectedRevision)
{
    const QString failedMessage = edit == AnswerEdit::Choice ? Tr::tr("cannot save the answer: %1")
                                  : edit == AnswerEdit::Note ? Tr::tr("cannot save the note: %1")
                                                             : Tr::tr("cannot remove the answer: %1");
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    const auto failed = [&] {
        return failure(error(failedMessage.arg(storesql::explain(q.lastError()))));
    };
    const QDateTime changedAt = QDateTime::currentDateTimeUtc();
    const QString at = storesql::timeText(changedAt);
    // Taking the assessment's next revision locks its row until the commit, so the writers of one
    // assessment go one at a time (on a server too) and the answer read next is the one this replaces.
    // Only an assessment in progress is taken; a finished one keeps its answers.
    q.prepare(u"UPDATE assessments SET revision = revision + 1, updated_at = ? WHERE id = ? AND status = "
              "'in_progress' RETURNING revision, firm_id"_s);
    q.addBindValue(at);
    q.addBindValue(assessmentId);
    if (!q.exec()) {
        return failed();
    }
    if (!q.next()) {
        return failure(notOpen(q, assessmentId, m_path));
    }
    const qint64 revision = q.value(0).toLongLong();
    const qint64 firmId = q.value(1).toLongLong();
    q.finish();

    StoredAnswer current;
    QString answeredAt = at;
    q.prepare(u"SELECT choice, note, revision, answered_at FROM answers WHERE assessment_id = ? AND question_id = ?"_s);
    q.addBindValue(assessmentId);
    q.addBindValue(questionId);
    if (!q.exec()) {
        return failed();
    }
    if (q.next()) {
        current.choice = q.value(0).toString();
        current.note = q.value(1).toString();
        current.revision = q.value(2).toLongLong();
        answeredAt = q.value(3).toString();
    }
    q.finish();
    if (expectedRevision != AnyRevision && expectedRevision != current.revision) {
        const auto [who, when] = lastChangeOf(q, assessmentId, questionId);
        const QString state =
            current.choice.isEmpty() ? Tr::tr("it is now unanswered") : Tr::tr("it is now \"%1\"").arg(current.choice);
        return failure(fileError(ErrorCode::Conflict, m_path,
                                 Tr::tr("%1 changed the answer to %2 at %3, after it was read here; %4. Nothing "
                                        "was overwritten")
                                     .arg(who.isEmpty() ? Tr::tr("someone") : who, questionId,
                                          when.isValid() ? formatDateTime(when) : Tr::tr("an unknown time"), state)));
    }
    const QString newChoice = edit == AnswerEdit::Choice   ? choice
                              : edit == AnswerEdit::Remove ? QString()
                                                           : current.choice;
    const QString newNote = edit == AnswerEdit::Remove ? current.note : note;
    if (newChoice == current.choice && newNote == current.note) {
        return current.revision; // nothing changes; the transaction ends without a trace
    }
    if (newChoice != current.choice) {
        answeredAt = at;
    }
    if (newChoice.isEmpty() && newNote.isEmpty()) {
        // A question with neither an answer nor a note keeps no row.
        q.prepare(u"DELETE FROM answers WHERE assessment_id = ? AND question_id = ?"_s);
        q.addBindValue(assessmentId);
        q.addBindValue(questionId);
    } else {
        q.prepare(u"INSERT INTO answers (assessment_id, question_id, choice, note, answered_at, revision) "
                  "VALUES (?, ?, coalesce(?, ''), coalesce(?, ''), ?, ?) ON CONFLICT (assessment_id, question_id) "
                  "DO UPDATE SET choice = excluded.choice, note = excluded.note, answered_at = excluded.answered_at, "
                  "revision = excluded.revision, origin = '', origin_revision = 0"_s); // given here, now
        q.addBindValue(assessmentId);
        q.addBindValue(questionId);
        q.addBindValue(newChoice);
        q.addBindValue(newNote);
        q.addBindValue(answeredAt);
        q.addBindValue(revision);
    }
    if (!q.exec()) {
        return failed();
    }
    // The cached result no longer matches the answers.
    q.prepare(u"DELETE FROM results WHERE assessment_id = ?"_s);
    q.addBindValue(assessmentId);
    if (!q.exec()) {
        return failed();
    }
    ChangeRecord change;
    change.firmId = firmId;
    change.assessmentId = assessmentId;
    change.at = changedAt;
    change.kind = newChoice == current.choice ? ChangeKind::NoteChanged
                  : newChoice.isEmpty()       ? ChangeKind::AnswerRemoved
                                              : ChangeKind::Answered;
    change.questionId = questionId;
    change.choice = newChoice;
    change.note = newNote;
    change.previousChoice = current.choice;
    change.previousNote = current.note;
    if (!logChange(q, change)) {
        return failed();
    }
    if (!t.commit()) {
        return failure(error(failedMessage.arg(storesql::explain(db.lastError()))));
    }
    return newChoice.isEmpty() && newNote.isEmpty() ? 0 : revision;
}

Result<bool> Store::checkNote(const QString& questionId, const QString& note) const
{
    if (const QString problem = textProblem(note, TextRules{true, MaxNoteLength}); !problem.isEmpty()) {
        return failure(fileError(ErrorCode::Value, m_path,
                                 Tr::tr("the note on %1 %2; nothing was saved").arg(questionId, problem)));
    }
    return true;
}

Result<qint64> Store::saveAnswer(qint64 assessmentId, const QString& questionId, const QString& choice,
                                 const QString& note, qint64 expectedRevision)
{
    if (auto fine = checkNote(questionId, note); !fine) {
        return failure(fine.error());
    }
    return reviving(
        [&] { return editAnswer(assessmentId, questionId, AnswerEdit::Choice, choice, note, expectedRevision); });
}

Result<qint64> Store::saveNote(qint64 assessmentId, const QString& questionId, const QString& note,
                               qint64 expectedRevision)
{
    if (auto fine = checkNote(questionId, note); !fine) {
        return failure(fine.error());
    }
    return reviving([&] { return editAnswer(assessmentId, questionId, AnswerEdit::Note, {}, note, expectedRevision); });
}

Result<qint64> Store::removeAnswer(qint64 assessmentId, const QString& questionId, qint64 expectedRevision)
{
    return reviving([&] { return editAnswer(assessmentId, questionId, AnswerEdit::Remove, {}, {}, expectedRevision); });
}

Result<StoredAnswer> Store::storedAnswer(qint64 assessmentId, const QString& questionId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT choice, note, revision FROM answers WHERE assessment_id = ? AND question_id = ?"_s);
    q.addBindValue(assessmentId);
    q.addBindValue(questionId);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot read the answers: %1").arg(storesql::explain(q.lastError()))));
    }
    StoredAnswer answer;
    if (q.next()) {
        answer.choice = q.value(0).toString();
        answer.note = q.value(1).toString();
        answer.revision = q.value(2).toLongLong();
    }
    q.finish();
    std::tie(answer.changedBy, answer.changedAt) = lastChangeOf(q, assessmentId, questionId);
    return answer;
}

Result<bool> Store::finishAssessment(qint64 assessmentId)
{
    return reviving([&]() -> Result<bool> {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        Transaction t(db);
        QSqlQuery q(db);
        const QDateTime changedAt = QDateTime::currentDateTimeUtc();
        const QString at = storesql::timeText(changedAt);
        q.prepare(u"UPDATE assessments SET status = 'finished', finished_at = ?, updated_at = ? WHERE id = ? AND "
                  "status = 'in_progress' RETURNING firm_id"_s);
        q.addBindValue(at);
        q.addBindValue(at);
        q.addBindValue(assessmentId);
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot finish the assessment: %1").arg(storesql::explain(q.lastError()))));
        }
        if (!q.next()) {
            return failure(notOpen(q, assessmentId, m_path));
        }
        ChangeRecord change;
        change.firmId = q.value(0).toLongLong();
        change.assessmentId = assessmentId;
        change.at = changedAt;
        change.kind = ChangeKind::Finished;
        q.finish();
        if (!logChange(q, change) || !t.commit()) {
            return failure(error(Tr::tr("cannot finish the assessment: %1").arg(storesql::explain(q.lastError()))));
        }
        return true;
    });
}

namespace {

const QString ChangeColumns =
    u"id, firm_id, coalesce(assessment_id, 0), changed_at, actor, login, kind, question_id, choice, note, "
    "previous_choice, previous_note, detail FROM changes "_s;

} // namespace

Result<std::vector<ChangeRecord>> Store::readChanges(const QString& where, qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + ChangeColumns + where + u" ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot read the change log: %1").arg(storesql::explain(q.lastError()))));
    }
    std::vector<ChangeRecord> out;
    while (q.next()) {
        ChangeRecord c;
        c.id = q.value(0).toLongLong();
        c.firmId = q.value(1).toLongLong();
        c.assessmentId = q.value(2).toLongLong();
        c.at = fromText(q.value(3));
        c.actor = q.value(4).toString();
        c.login = q.value(5).toString();
        // A kind this version does not know (a newer Mamori on the same server) reads as a note change
        // rather than hiding the entry.
        c.kind = changeKindFromId(q.value(6).toString()).value_or(ChangeKind::NoteChanged);
        c.questionId = q.value(7).toString();
        c.choice = q.value(8).toString();
        c.note = q.value(9).toString();
        c.previousChoice = q.value(10).toString();
        c.previousNote = q.value(11).toString();
        c.detail = q.value(12).toString();
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<ChangeRecord>> Store::assessmentChanges(qint64 assessmentId) const
{
    return readChanges(u"WHERE assessment_id = ?"_s, assessmentId);
}

Result<std::vector<ChangeRecord>> Store::firmChanges(qint64 firmId) const
{
    return readChanges(u"WHERE firm_id = ?"_s, firmId);
}

namespace {

const QString AssessmentColumns =
    u"a.id, a.firm_id, a.profile_id, a.pack_id, a.pack_version, a.started_at, a.updated_at, a.finished_at, "
    "a.status, (SELECT count(*) FROM answers WHERE assessment_id = a.id AND choice <> ''), a.uid, "
    "r.pack_digest, r.score, r.level, r.answered, r.applicable, r.categories_json, r.computed_at, a.revision"_s;
const QString AssessmentFrom = u" FROM assessments a LEFT JOIN results r ON r.assessment_id = a.id"_s;
constexpr int AssessmentColumnCount = 19;
// The same columns without the cached result, for reading everything to score it again: parsing
// 100,000 cached results nobody needs doubles the time.
const QString AssessmentColumnsUncached =
    u"a.id, a.firm_id, a.profile_id, a.pack_id, a.pack_version, a.started_at, a.updated_at, a.finished_at, "
    "a.status, (SELECT count(*) FROM answers WHERE assessment_id = a.id AND choice <> ''), a.uid, "
    "NULL, NULL, NULL, NULL, NULL, NULL, NULL, a.revision FROM assessments a"_s;

// One answers row (question_id, choice, note, revision from column `first` on) into `answers`.
void addAnswerRow(AnswerSet& answers, const QSqlQuery& q, int first)
{
    const QString question = q.value(first).toString();
    if (QString choice = q.value(first + 1).toString(); !choice.isEmpty()) { // empty: a note, no answer yet
        answers.choices.insert(question, choice);
    }
    if (QString note = q.value(first + 2).toString(); !note.isEmpty()) {
        answers.notes.insert(question, note);
    }
    answers.revisions.insert(question, q.value(first + 3).toLongLong());
}

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
    r.revision = q.value(18).toLongLong();
    r.answers.packId = r.packId;
    r.answers.packVersion = r.packVersion;
    return r;
}

} // namespace

Result<std::vector<AssessmentRecord>> Store::assessments(qint64 firmId) const
{
    return reviving([&]() -> Result<std::vector<AssessmentRecord>> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(u"SELECT "_s + AssessmentColumns + AssessmentFrom +
                  u" WHERE a.firm_id = ? ORDER BY a.started_at, a.id"_s);
        q.addBindValue(firmId);
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot list the assessments: %1").arg(storesql::explain(q.lastError()))));
        }
        std::vector<AssessmentRecord> out;
        while (q.next()) {
            out.push_back(assessmentFromRow(q));
        }
        return out;
    });
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
        return failure(error(Tr::tr("cannot list the assessments: %1").arg(storesql::explain(q.lastError()))));
    }
    std::vector<AssessmentRecord> out;
    while (q.next()) {
        out.push_back(assessmentFromRow(q));
    }
    return out;
}

Result<AssessmentRecord> Store::assessment(qint64 assessmentId) const
{
    return reviving([&]() -> Result<AssessmentRecord> {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        q.prepare(u"SELECT "_s + AssessmentColumns + u", p.profile_json"_s + AssessmentFrom +
                  u" JOIN profiles p ON p.id = a.profile_id WHERE a.id = ?"_s);
        q.addBindValue(assessmentId);
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot read the assessment: %1").arg(storesql::explain(q.lastError()))));
        }
        if (!q.next()) {
            return failure(
                fileError(ErrorCode::Reference, m_path, Tr::tr("there is no assessment %1").arg(assessmentId)));
        }
        AssessmentRecord r = assessmentFromRow(q);
        auto profile = profileFromRow(q.value(AssessmentColumnCount).toString(), r.profileId, m_path);
        if (!profile) {
            return failure(profile.error());
        }
        r.profile = std::move(*profile);
        q.prepare(u"SELECT question_id, choice, note, revision FROM answers WHERE assessment_id = ?"_s);
        q.addBindValue(assessmentId);
        if (!q.exec()) {
            return failure(error(Tr::tr("cannot read the answers: %1").arg(storesql::explain(q.lastError()))));
        }
        while (q.next()) {
            addAnswerRow(r.answers, q, 0);
        }
        return r;
    });
}

Result<bool> Store::forEachAssessment(const std::function<bool(const AssessmentRecord&)>& visit) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // Two forward-only cursors merged on the assessment id: the answers table is clustered by
    // (assessment_id, question_id), so each assessment's answers come in one contiguous run.
    QSqlQuery a(db);
    // Streaming rows is SQLite's; Qt's PostgreSQL driver streams one result per connection at a time.
    // So on a server the assessments (one short row each) are read whole, and each one's answers are
    // asked for separately, which keeps memory bounded by one assessment's answers, not all of them.
    a.setForwardOnly(!m_postgres);
    QSqlQuery answers(db);
    answers.setForwardOnly(!m_postgres);
    if (m_postgres) {
        answers.prepare(u"SELECT assessment_id, question_id, choice, note, revision FROM answers "
                        "WHERE assessment_id = ?"_s);
    }
    if (!a.exec(u"SELECT "_s + AssessmentColumnsUncached + u" ORDER BY a.id"_s) ||
        (!m_postgres && !answers.exec(u"SELECT assessment_id, question_id, choice, note, revision FROM answers "
                                      "ORDER BY assessment_id"_s))) {
        return failure(error(Tr::tr("cannot read the assessments: %1")
                                 .arg(a.lastError().isValid() ? storesql::explain(a.lastError())
                                                              : storesql::explain(answers.lastError()))));
    }
    QSqlQuery profileQuery(db);
    profileQuery.prepare(u"SELECT profile_json FROM profiles WHERE id = ?"_s);
    QHash<qint64, Profile> profiles; // a firm's profile versions are few; parse each once
    bool haveAnswer = !m_postgres && answers.next();
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
                return failure(error(Tr::tr("cannot read profile %1: %2")
                                         .arg(r.profileId)
                                         .arg(storesql::explain(profileQuery.lastError()))));
            }
            auto profile = profileFromRow(profileQuery.value(0).toString(), r.profileId, m_path);
            if (!profile) {
                return failure(profile.error());
            }
            known = profiles.insert(r.profileId, *profile);
        }
        r.profile = *known;
        if (m_postgres) {
            answers.addBindValue(r.id);
            if (!answers.exec()) {
                return failure(
                    error(Tr::tr("cannot read the assessments: %1").arg(storesql::explain(answers.lastError()))));
            }
            nextAnswer();
        }
        while (haveAnswer && owner < r.id) {
            nextAnswer(); // answers of an assessment deleted meanwhile
        }
        r.answers.choices.reserve(r.answerCount);
        while (haveAnswer && owner == r.id) {
            addAnswerRow(r.answers, answers, 1);
            nextAnswer();
        }
        if (!visit(r)) {
            return true;
        }
    }
    // A cursor that stops on an error looks like one that ran out of rows: ask, or a damaged page
    // would pass for the end of the data.
    if (a.lastError().isValid() || answers.lastError().isValid()) {
        const QString reason =
            a.lastError().isValid() ? storesql::explain(a.lastError()) : storesql::explain(answers.lastError());
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
    q.prepare(u"INSERT INTO results (assessment_id, pack_digest, score, level, answered, applicable, "
              "categories_json, computed_at) SELECT ?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?, ?, ? "
              "WHERE EXISTS (SELECT 1 FROM assessments WHERE id = ? AND updated_at = ?) "
              "ON CONFLICT (assessment_id) DO UPDATE SET pack_digest = excluded.pack_digest, score = excluded.score, "
              "level = excluded.level, answered = excluded.answered, applicable = excluded.applicable, "
              "categories_json = excluded.categories_json, computed_at = excluded.computed_at"_s);
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
            return failure(error(Tr::tr("cannot save the result: %1").arg(storesql::explain(q.lastError()))));
        }
        saved += q.numRowsAffected() == 1 ? 1 : 0;
    }
    if (!t.commit()) {
        return failure(error(Tr::tr("cannot save the result: %1").arg(storesql::explain(db.lastError()))));
    }
    return saved;
}

} // namespace mamori
