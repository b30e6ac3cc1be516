#include "core/catalogstore.h"

#include "core/filesafety.h"
#include "core/paths.h"
#include "core/storesql.h"
#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <cstring>

namespace mamori {

using namespace Qt::StringLiterals;
using storesql::Transaction;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::CatalogStore)
};

std::atomic<int> catalogConnections{0};

const char* const SchemaV1[] = {
    "CREATE TABLE catalog_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "INSERT INTO catalog_info VALUES ('schema_version', '1'), ('revision', '0'), ('updated_at', '')",
    "CREATE TABLE services (id TEXT PRIMARY KEY, name TEXT NOT NULL, provider TEXT NOT NULL,"
    " scheme TEXT NOT NULL, type TEXT NOT NULL, price_monthly INTEGER NOT NULL, price_unit TEXT NOT NULL,"
    " sample INTEGER NOT NULL, as_of TEXT NOT NULL, entry_json TEXT NOT NULL, updated_at TEXT NOT NULL)",
    // The columns the hard filters and the ranking read are kept beside the full entry. availability:
    // 0 available, 1 limited, 2 unavailable.
    "CREATE TABLE talent (id TEXT PRIMARY KEY, display_name TEXT NOT NULL, availability INTEGER NOT NULL,"
    " onsite INTEGER NOT NULL, remote INTEGER NOT NULL, fee_day_min INTEGER NOT NULL, fee_day_max INTEGER NOT NULL,"
    " skill_mask INTEGER NOT NULL, area_mask INTEGER NOT NULL, industry_mask INTEGER NOT NULL,"
    " category_mask INTEGER NOT NULL, flags INTEGER NOT NULL, sample INTEGER NOT NULL, as_of TEXT NOT NULL,"
    " entry_json TEXT NOT NULL, updated_at TEXT NOT NULL)",
    // Who works where: prefecture 1–47 on site, 0 for remote work anywhere.
    "CREATE TABLE talent_area (prefecture INTEGER NOT NULL, talent INTEGER NOT NULL,"
    " PRIMARY KEY (prefecture, talent)) WITHOUT ROWID",
    "CREATE TABLE areas (bit INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)",
    "CREATE TABLE match_index (kind TEXT PRIMARY KEY, revision INTEGER NOT NULL, data BLOB NOT NULL)",
};

struct IndexHeader
{
    char magic[4] = {0x4D, 0x54, 0x49, 0x31}; // "MTI1"
    quint32 keySize = sizeof(TalentKey);
    quint64 count = 0;
    qint64 revision = 0;
};

bool isSqlite(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QByteArray header = file.read(16);
    return header.isEmpty() || header == QByteArray("SQLite format 3\0", 16);
}

quint64 capabilityMask(const QStringList& ids)
{
    const QStringList all = Vocabulary::capabilities().ids();
    quint64 mask = 0;
    for (const QString& id : ids) {
        const qsizetype bit = all.indexOf(id);
        if (bit >= 0 && bit < 64) {
            mask |= quint64(1) << bit;
        }
    }
    return mask;
}

} // namespace

QString CatalogStore::defaultPath()
{
    const QString env = qEnvironmentVariable("MAMORI_CATALOG");
    return env.isEmpty() ? dataFolder() + u"/catalog.sqlite"_s : env;
}

QStringList CatalogStore::bundledFiles()
{
    return {u":/mamori/catalog/services.json"_s};
}

QDate CatalogStore::bundledCompiled()
{
    static const QDate compiled = [] {
        QDate date;
        CatalogFileVisitor visitor;
        visitor.compiled = [&date](const QDate& d) {
            date = d;
        };
        visitor.service = [](const ServiceEntry&) {
            return false;
        }; // the date comes first; stop there
        readCatalogFile(u":/mamori/catalog/services.json"_s, visitor, Vocabulary::capabilities());
        return date;
    }();
    return compiled;
}

CatalogStore::CatalogStore(QString path, QString connection, Mode mode)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_mode(mode)
{}

CatalogStore::~CatalogStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connection);
}

Diagnostic CatalogStore::error(const QString& message) const
{
    return fileError(ErrorCode::Database, m_path, message);
}

Result<std::unique_ptr<CatalogStore>> CatalogStore::open(const QString& path, Mode mode, bool seed)
{
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(fileError(code, path, message));
    };
    if (path != u":memory:"_s) {
        // A device, FIFO or folder is refused before anything is created beside it.
        if (auto regular = files::requireRegularFile(path, Tr::tr("catalog")); !regular) {
            return failure(regular.error());
        }
        const QFileInfo info(path);
        if (!info.exists() && mode == Mode::ReadOnly) {
            return fail(ErrorCode::Io, Tr::tr("there is no catalog here"));
        }
        if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
            return fail(ErrorCode::Io, Tr::tr("cannot create the folder %1").arg(info.absolutePath()));
        }
        if (info.exists() && !isSqlite(path)) {
            return fail(ErrorCode::Corrupt, Tr::tr("is not a catalog database (or is damaged); move it away and "
                                                   "Mamori will make a new one from the bundled catalog"));
        }
    }
    const QString connection = u"mamori-catalog-%1"_s.arg(catalogConnections.fetch_add(1));
    std::unique_ptr<CatalogStore> store(new CatalogStore(path, connection, mode));
    store->m_inUse = files::InUse(path, files::InUse::Role::Catalog);
    files::noteRead(path, files::InUse::Role::Catalog); // a command that closes it still must not write it
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
            return fail(ErrorCode::Database,
                        Tr::tr("cannot open the catalog: %1").arg(storesql::explain(db.lastError())));
        }
    }
    if (auto ready = store->prepare(seed); !ready) {
        return failure(ready.error());
    }
    return store;
}

Result<bool> CatalogStore::prepare(bool seed)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const auto fail = [&](ErrorCode code, const QString& message) {
        return failure(fileError(code, m_path, message));
    };
    q.exec(u"PRAGMA busy_timeout=5000"_s);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next()) {
        return fail(ErrorCode::Corrupt, Tr::tr("the catalog is damaged (%1)").arg(storesql::explain(q.lastError())));
    }
    const qint32 applicationId = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next()) {
        return fail(ErrorCode::Corrupt, Tr::tr("the catalog is damaged (%1)").arg(storesql::explain(q.lastError())));
    }
    const int objects = q.value(0).toInt();
    q.finish();
    if (applicationId != ApplicationId && (applicationId != 0 || objects > 0)) {
        return fail(ErrorCode::Foreign, Tr::tr("this is not a Mamori catalog; choose another file"));
    }
    if (m_mode == Mode::ReadWrite) {
        q.exec(u"PRAGMA journal_mode=WAL"_s);
        q.finish();
    }
    if (objects == 0) {
        if (m_mode == Mode::ReadOnly) {
            return fail(ErrorCode::Io, Tr::tr("the catalog is empty"));
        }
        Transaction t(db);
        for (const char* statement : SchemaV1) {
            if (!q.exec(QString::fromLatin1(statement))) {
                return failure(error(Tr::tr("cannot create the catalog: %1").arg(storesql::explain(q.lastError()))));
            }
        }
        if (!q.exec(u"PRAGMA application_id=%1"_s.arg(ApplicationId)) || !t.commit()) {
            return failure(error(Tr::tr("cannot create the catalog: %1").arg(storesql::explain(db.lastError()))));
        }
        if (seed) {
            for (const QString& file : bundledFiles()) {
                if (auto imported = importFile(file); !imported) {
                    return failure(imported.error());
                }
            }
            if (auto marked = markBundled(); !marked) {
                return failure(marked.error());
            }
        }
        return true;
    }
    if (!q.exec(u"SELECT value FROM catalog_info WHERE key = 'schema_version'"_s) || !q.next()) {
        return fail(ErrorCode::Corrupt, Tr::tr("the catalog has lost its schema version"));
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version <= SchemaVersion && m_mode == Mode::ReadWrite) {
        if (auto refreshed = refreshSkillMasks(); !refreshed) {
            return failure(refreshed.error());
        }
    }
    if (version <= SchemaVersion && m_mode == Mode::ReadWrite && seed) {
        if (auto refreshed = refreshBundled(); !refreshed) {
            return failure(refreshed.error());
        }
    }
    if (version > SchemaVersion) {
        return fail(ErrorCode::Newer, Tr::tr("the catalog was written by a newer Mamori (schema %1; this version reads "
                                             "up to %2); update Mamori")
                                          .arg(version)
                                          .arg(SchemaVersion));
    }
    return true;
}

qint64 CatalogStore::revision() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    if (q.exec(u"SELECT value FROM catalog_info WHERE key = 'revision'"_s) && q.next()) {
        return q.value(0).toLongLong();
    }
    return 0;
}

Result<CatalogImportReport> CatalogStore::validateFile(const QString& file, const QSet<QString>& knownAreas)
{
    CatalogImportReport report;
    CatalogFileVisitor visitor;
    visitor.service = [&](const ServiceEntry&) {
        ++report.servicesAdded;
        return true;
    };
    visitor.talent = [&](const TalentEntry&) {
        ++report.talentAdded;
        return true;
    };
    Diagnostics found = readCatalogFile(file, visitor, Vocabulary::capabilities(), knownAreas);
    if (hasErrors(found)) {
        return failure(found);
    }
    report.warnings = found;
    return report;
}

Result<CatalogImportReport> CatalogStore::importFile(const QString& file,
                                                     const std::function<void(qint64, qint64)>& progress)
{
    if (m_mode == Mode::ReadOnly) {
        return failure(error(Tr::tr("the catalog is open read-only")));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    if (!t.isOpen()) {
        return failure(error(Tr::tr("cannot start the import: %1").arg(storesql::explain(db.lastError()))));
    }
    QSqlQuery q(db);
    QHash<QString, int> areaBits;
    if (!q.exec(u"SELECT bit, id FROM areas"_s)) {
        return failure(error(storesql::explain(q.lastError())));
    }
    while (q.next()) {
        areaBits.insert(q.value(1).toString(), q.value(0).toInt());
    }
    QSqlQuery findService(db);
    findService.prepare(u"SELECT 1 FROM services WHERE id = ?"_s);
    QSqlQuery upsertService(db);
    upsertService.prepare(
        u"INSERT INTO services (id, name, provider, scheme, type, price_monthly, price_unit, sample, as_of, entry_json,"
        " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name,"
        " provider = excluded.provider, scheme = excluded.scheme, type = excluded.type,"
        " price_monthly = excluded.price_monthly, price_unit = excluded.price_unit, sample = excluded.sample,"
        " as_of = excluded.as_of, entry_json = excluded.entry_json, updated_at = excluded.updated_at"_s);
    QSqlQuery findTalent(db);
    findTalent.prepare(u"SELECT rowid, area_mask, remote FROM talent WHERE id = ?"_s);
    QSqlQuery insertTalent(db);
    insertTalent.prepare(u"INSERT INTO talent (display_name, availability, onsite, remote, fee_day_min, fee_day_max,"
                         " skill_mask, area_mask, industry_mask, category_mask, flags, sample, as_of, entry_json,"
                         " updated_at, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery updateTalent(db);
    updateTalent.prepare(u"UPDATE talent SET display_name = ?, availability = ?, onsite = ?, remote = ?,"
                         " fee_day_min = ?, fee_day_max = ?, skill_mask = ?, area_mask = ?, industry_mask = ?,"
                         " category_mask = ?, flags = ?, sample = ?, as_of = ?, entry_json = ?, updated_at = ?"
                         " WHERE rowid = ?"_s);
    QSqlQuery addArea(db);
    addArea.prepare(u"INSERT OR IGNORE INTO talent_area (prefecture, talent) VALUES (?, ?)"_s);
    QSqlQuery removeArea(db);
    removeArea.prepare(u"DELETE FROM talent_area WHERE prefecture = ? AND talent = ?"_s);
    QSqlQuery newArea(db);
    newArea.prepare(u"INSERT INTO areas (bit, id) VALUES (?, ?)"_s);

    const QString now = storesql::now();
    CatalogImportReport report;
    QString writeError;
    bool stopWriting = false;
    const auto sqlFailed = [&](const QSqlQuery& failed) {
        writeError = storesql::explain(failed.lastError());
        stopWriting = true;
        return false;
    };
    CatalogFileVisitor visitor;
    visitor.service = [&](const ServiceEntry& e) {
        if (stopWriting) {
            return false;
        }
        findService.addBindValue(e.id);
        if (!findService.exec()) {
            return sqlFailed(findService);
        }
        const bool exists = findService.next();
        findService.finish();
        const QByteArray json = QJsonDocument(serviceToJson(e)).toJson(QJsonDocument::Compact);
        for (const QVariant& v :
             {QVariant(e.id), QVariant(e.name), QVariant(e.provider), QVariant(schemeId(e.scheme)), QVariant(e.type),
              QVariant(e.priceMonthly), QVariant(priceUnitId(e.priceUnit)), QVariant(e.sample ? 1 : 0),
              QVariant(e.asOf.toString(Qt::ISODate)), QVariant(QString::fromUtf8(json)), QVariant(now)}) {
            upsertService.addBindValue(v);
        }
        if (!upsertService.exec()) {
            return sqlFailed(upsertService);
        }
        ++(exists ? report.servicesUpdated : report.servicesAdded);
        return true;
    };
    visitor.talent = [&](const TalentEntry& e) {
        if (stopWriting) {
            return false;
        }
        quint64 areas = 0;
        for (int p : e.prefectures) {
            areas |= quint64(1) << p;
        }
        quint64 categories = 0;
        for (const QString& c : e.categories) {
            auto it = areaBits.constFind(c);
            // Bits are permanent and only 64: none for an area no installed pack has (a typo, most often).
            const bool known = m_knownAreas.isEmpty() || m_knownAreas.contains(c);
            if (it == areaBits.cend() && known && areaBits.size() < 64) {
                const int bit = int(areaBits.size());
                newArea.addBindValue(bit);
                newArea.addBindValue(c);
                if (!newArea.exec()) {
                    return sqlFailed(newArea);
                }
                it = areaBits.insert(c, bit);
            }
            if (it != areaBits.cend()) {
                categories |= quint64(1) << *it;
            }
        }
        quint32 industries = 0;
        for (const QString& letter : e.industries) {
            industries |= quint32(1) << (letter[0].unicode() - u'A');
        }
        quint8 flags = 0;
        flags = quint8(flags | (e.onsite ? TalentKey::Onsite : 0));
        flags = quint8(flags | (e.remote ? TalentKey::Remote : 0));
        flags = quint8(flags | (e.hasRiss() ? TalentKey::Riss : 0));
        flags = quint8(flags | (e.hasRiss() && e.rissTraining == u"current"_s ? TalentKey::RissCurrent : 0));
        flags = quint8(flags | (e.sample ? TalentKey::Sample : 0));

        findTalent.addBindValue(e.id);
        if (!findTalent.exec()) {
            return sqlFailed(findTalent);
        }
        qint64 row = 0;
        quint64 oldAreas = 0;
        bool oldRemote = false;
        if (findTalent.next()) {
            row = findTalent.value(0).toLongLong();
            oldAreas = quint64(findTalent.value(1).toLongLong());
            oldRemote = findTalent.value(2).toBool();
        }
        findTalent.finish();
        const QByteArray json = QJsonDocument(talentToJson(e)).toJson(QJsonDocument::Compact);
        QSqlQuery& write = row ? updateTalent : insertTalent;
        for (const QVariant& v :
             {QVariant(e.displayName), QVariant(int(e.availability)), QVariant(e.onsite ? 1 : 0),
              QVariant(e.remote ? 1 : 0), QVariant(e.feeDayMin), QVariant(e.feeDayMax),
              QVariant(qint64(capabilityMask(e.skills))), QVariant(qint64(areas)), QVariant(qint64(industries)),
              QVariant(qint64(categories)), QVariant(int(flags)), QVariant(e.sample ? 1 : 0),
              QVariant(e.asOf.toString(Qt::ISODate)), QVariant(QString::fromUtf8(json)), QVariant(now)}) {
            write.addBindValue(v);
        }
        write.addBindValue(row ? QVariant(row) : QVariant(e.id));
        if (!write.exec()) {
            return sqlFailed(write);
        }
        if (row) {
            ++report.talentUpdated;
            for (int p = 1; p <= 47; ++p) {
                if (oldAreas & (quint64(1) << p)) {
                    removeArea.addBindValue(p);
                    removeArea.addBindValue(row);
                    if (!removeArea.exec()) {
                        return sqlFailed(removeArea);
                    }
                }
            }
            if (oldRemote) {
                removeArea.addBindValue(0);
                removeArea.addBindValue(row);
                if (!removeArea.exec()) {
                    return sqlFailed(removeArea);
                }
            }
        } else {
            ++report.talentAdded;
            row = write.lastInsertId().toLongLong();
        }
        QList<int> where = e.onsite ? e.prefectures : QList<int>();
        if (e.remote) {
            where.append(0);
        }
        for (int p : where) {
            addArea.addBindValue(p);
            addArea.addBindValue(row);
            if (!addArea.exec()) {
                return sqlFailed(addArea);
            }
        }
        return true;
    };
    visitor.progress = progress;
    // Rows are written as they are read; a problem anywhere rolls the whole file back.
    const Diagnostics diagnostics = readCatalogFile(file, visitor, Vocabulary::capabilities(), m_knownAreas);
    if (hasErrors(diagnostics)) {
        return failure(diagnostics); // the transaction rolls back: nothing of the file is kept
    }
    if (!writeError.isEmpty()) {
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(writeError)));
    }
    if (!q.exec(u"UPDATE catalog_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"_s) ||
        !q.exec(u"UPDATE catalog_info SET value = '%1' WHERE key = 'updated_at'"_s.arg(now))) {
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(q.lastError()))));
    }
    q.prepare(u"INSERT OR REPLACE INTO catalog_info (key, value) VALUES ('vocabulary', ?)"_s);
    q.addBindValue(Vocabulary::capabilities().ids().join(u','));
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(q.lastError()))));
    }
    m_index.reset();
    if (auto stored = storeTalentIndex(); !stored) {
        return failure(stored.error());
    }
    if (!t.commit()) {
        m_index.reset();
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(db.lastError()))));
    }
    report.warnings = diagnostics;
    return report;
}

Result<bool> CatalogStore::storeTalentIndex()
{
    auto index = buildTalentIndex();
    if (!index) {
        return failure(index.error());
    }
    IndexHeader header;
    header.count = index->keys.size();
    header.revision = index->revision;
    QByteArray blob(qsizetype(sizeof header + index->keys.size() * sizeof(TalentKey)), Qt::Uninitialized);
    std::memcpy(blob.data(), &header, sizeof header);
    if (!index->keys.empty()) {
        std::memcpy(blob.data() + sizeof header, index->keys.data(), index->keys.size() * sizeof(TalentKey));
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO match_index (kind, revision, data) VALUES ('talent', ?, ?)"_s);
    q.addBindValue(index->revision);
    q.addBindValue(blob);
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(q.lastError()))));
    }
    m_index = std::make_unique<TalentIndex>(std::move(*index));
    return true;
}

Result<bool> CatalogStore::refreshSkillMasks()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    const QString current = Vocabulary::capabilities().ids().join(u',');
    QString stored;
    if (q.exec(u"SELECT value FROM catalog_info WHERE key = 'vocabulary'"_s) && q.next()) {
        stored = q.value(0).toString();
    }
    q.finish();
    // Appending ids keeps every bit where it was; anything else moves them.
    if (stored.isEmpty() || stored == current || current.startsWith(stored + u',')) {
        return true;
    }
    Transaction t(db);
    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    QSqlQuery update(db);
    update.prepare(u"UPDATE talent SET skill_mask = ? WHERE rowid = ?"_s);
    if (!rows.exec(u"SELECT rowid, entry_json FROM talent"_s)) {
        return failure(error(storesql::explain(rows.lastError())));
    }
    while (rows.next()) {
        const QJsonObject o = QJsonDocument::fromJson(rows.value(1).toByteArray()).object();
        QStringList skills;
        for (const QJsonValue v : o.value(u"skills"_s).toArray()) {
            skills.append(v.toString());
        }
        update.addBindValue(qint64(capabilityMask(skills)));
        update.addBindValue(rows.value(0));
        if (!update.exec()) {
            return failure(error(storesql::explain(update.lastError())));
        }
    }
    q.prepare(u"INSERT OR REPLACE INTO catalog_info (key, value) VALUES ('vocabulary', ?)"_s);
    q.addBindValue(current);
    if (!q.exec() || !q.exec(u"DELETE FROM match_index"_s) || !t.commit()) {
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(db.lastError()))));
    }
    m_index.reset();
    return true;
}

Result<bool> CatalogStore::markBundled()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"INSERT OR REPLACE INTO catalog_info (key, value) VALUES ('bundled', ?)"_s);
    q.addBindValue(bundledCompiled().toString(Qt::ISODate));
    if (!q.exec()) {
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(q.lastError()))));
    }
    return true;
}

// A catalog made by an earlier Mamori holds the bundled entries of its day: the new ones replace them
// (by id), and the fictional samples that earlier versions put in every new catalog leave it. Entries an
// administrator imported stay; so do samples imported on purpose after this version.
Result<bool> CatalogStore::refreshBundled()
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QDate stored;
    bool known = false;
    if (q.exec(u"SELECT value FROM catalog_info WHERE key = 'bundled'"_s) && q.next()) {
        stored = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        known = true;
    }
    q.finish();
    if (stored.isValid() && stored >= bundledCompiled()) {
        return true;
    }
    if (!known) {
        if (auto removed = removeSamples(u" AND id LIKE 'sample-%'"_s); !removed) {
            return failure(removed.error());
        }
    }
    for (const QString& file : bundledFiles()) {
        if (auto imported = importFile(file); !imported) {
            return failure(imported.error());
        }
    }
    return markBundled();
}

Result<int> CatalogStore::removeSamples()
{
    return removeSamples(QString());
}

Result<int> CatalogStore::removeSamples(const QString& alsoWhere)
{
    if (m_mode == Mode::ReadOnly) {
        return failure(error(Tr::tr("the catalog is open read-only")));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    int removed = 0;
    const auto run = [&](const QString& sql) {
        if (!q.exec(sql)) {
            return false;
        }
        removed += q.numRowsAffected();
        return true;
    };
    if (!q.exec(u"DELETE FROM talent_area WHERE talent IN (SELECT rowid FROM talent WHERE sample = 1%1)"_s.arg(
            alsoWhere)) ||
        !run(u"DELETE FROM talent WHERE sample = 1%1"_s.arg(alsoWhere)) ||
        !run(u"DELETE FROM services WHERE sample = 1%1"_s.arg(alsoWhere)) ||
        !q.exec(u"UPDATE catalog_info SET value = CAST(value AS INTEGER) + 1 WHERE key = 'revision'"_s)) {
        return failure(error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(q.lastError()))));
    }
    m_index.reset();
    if (auto stored = storeTalentIndex(); !stored || !t.commit()) {
        m_index.reset();
        return failure(stored ? error(Tr::tr("cannot write the catalog: %1").arg(storesql::explain(db.lastError())))
                              : stored.error().first());
    }
    return removed;
}

Result<TalentIndex> CatalogStore::buildTalentIndex() const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    TalentIndex index;
    index.revision = revision();
    if (!q.exec(u"SELECT bit, id FROM areas"_s)) {
        return failure(error(storesql::explain(q.lastError())));
    }
    while (q.next()) {
        index.areaBits.insert(q.value(1).toString(), q.value(0).toInt());
    }
    if (!q.exec(u"SELECT count(*) FROM talent"_s) || !q.next()) {
        return failure(error(storesql::explain(q.lastError())));
    }
    index.keys.reserve(std::size_t(q.value(0).toLongLong()));
    if (!q.exec(u"SELECT rowid, skill_mask, area_mask, category_mask, industry_mask, fee_day_min, availability, flags,"
                " id FROM talent ORDER BY rowid"_s)) {
        return failure(error(storesql::explain(q.lastError())));
    }
    while (q.next()) {
        TalentKey k;
        k.row = quint32(q.value(0).toLongLong());
        k.skills = quint64(q.value(1).toLongLong());
        k.areas = quint64(q.value(2).toLongLong());
        k.categories = quint64(q.value(3).toLongLong());
        k.industries = quint32(q.value(4).toLongLong());
        k.feeDayMin = quint32(std::min<qint64>(q.value(5).toLongLong(), 0xFFFFFFFF));
        k.availability = quint8(q.value(6).toInt());
        k.flags = quint8(q.value(7).toInt());
        k.idHash = talentIdHash(q.value(8).toString());
        index.keys.push_back(k);
    }
    return index;
}

Result<const TalentIndex*> CatalogStore::talentIndex()
{
    const qint64 current = revision();
    if (m_index && m_index->revision == current) {
        return m_index.get();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    QSqlQuery q(db);
    if (q.exec(u"SELECT data FROM match_index WHERE kind = 'talent' AND revision = %1"_s.arg(current)) && q.next()) {
        const QByteArray blob = q.value(0).toByteArray();
        IndexHeader header;
        if (blob.size() >= qsizetype(sizeof header)) {
            std::memcpy(&header, blob.constData(), sizeof header);
        }
        const IndexHeader expected;
        if (blob.size() >= qsizetype(sizeof header) && std::memcmp(header.magic, expected.magic, 4) == 0 &&
            header.keySize == sizeof(TalentKey) && header.revision == current &&
            quint64(blob.size()) == sizeof header + header.count * sizeof(TalentKey)) {
            auto index = std::make_unique<TalentIndex>();
            index->revision = current;
            index->keys.resize(header.count);
            if (header.count > 0) {
                std::memcpy(index->keys.data(), blob.constData() + sizeof header, header.count * sizeof(TalentKey));
            }
            QSqlQuery areas(db);
            if (areas.exec(u"SELECT bit, id FROM areas"_s)) {
                while (areas.next()) {
                    index->areaBits.insert(areas.value(1).toString(), areas.value(0).toInt());
                }
            }
            m_index = std::move(index);
            return m_index.get();
        }
    }
    q.finish();
    // Missing or from another build: rebuild from the rows (slower, still correct).
    auto built = buildTalentIndex();
    if (!built) {
        return failure(built.error());
    }
    m_index = std::make_unique<TalentIndex>(std::move(*built));
    return m_index.get();
}

namespace {

template <typename Entry, typename Convert>
Result<std::vector<Entry>> readEntries(QSqlQuery& q, const QString& path, Convert convert)
{
    std::vector<Entry> out;
    Diagnostics problems;
    CatalogEntryReader reader(path, false, problems, Vocabulary::capabilities());
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        if (auto entry = convert(reader, rawRecordFromJson(o))) {
            out.push_back(std::move(*entry));
        }
    }
    // An entry stored by an older Mamori that this one no longer accepts: say so rather than lose it.
    if (hasErrors(problems)) {
        return failure(problems);
    }
    return out;
}

} // namespace

Result<std::vector<ServiceEntry>> CatalogStore::services() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT entry_json FROM services ORDER BY id"_s)) {
        return failure(error(storesql::explain(q.lastError())));
    }
    return readEntries<ServiceEntry>(q, m_path,
                                     [](CatalogEntryReader& r, const RawRecord& record) { return r.service(record); });
}

Result<std::optional<ServiceEntry>> CatalogStore::service(const QString& id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT entry_json FROM services WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return failure(error(storesql::explain(q.lastError())));
    }
    auto list = readEntries<ServiceEntry>(
        q, m_path, [](CatalogEntryReader& r, const RawRecord& record) { return r.service(record); });
    if (!list) {
        return failure(list.error());
    }
    return list->empty() ? std::optional<ServiceEntry>() : std::optional<ServiceEntry>(list->front());
}

Result<std::optional<TalentEntry>> CatalogStore::talent(const QString& id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT entry_json FROM talent WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec()) {
        return failure(error(storesql::explain(q.lastError())));
    }
    auto list = readEntries<TalentEntry>(
        q, m_path, [](CatalogEntryReader& r, const RawRecord& record) { return r.talent(record); });
    if (!list) {
        return failure(list.error());
    }
    return list->empty() ? std::optional<TalentEntry>() : std::optional<TalentEntry>(list->front());
}

Result<std::vector<TalentEntry>> CatalogStore::talentByRows(std::span<const quint32> rows) const
{
    std::vector<TalentEntry> out;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT entry_json FROM talent WHERE rowid = ?"_s);
    Diagnostics problems;
    CatalogEntryReader reader(m_path, false, problems, Vocabulary::capabilities());
    for (const quint32 row : rows) {
        q.addBindValue(qint64(row));
        if (!q.exec()) {
            return failure(error(storesql::explain(q.lastError())));
        }
        if (q.next()) {
            if (auto entry =
                    reader.talent(rawRecordFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object()))) {
                out.push_back(std::move(*entry));
            }
        }
        q.finish();
    }
    if (hasErrors(problems)) {
        return failure(problems);
    }
    return out;
}

Result<int> CatalogStore::exportTo(const QString& file, CatalogKind kind) const
{
    const bool json = QFileInfo(file).suffix().toLower() == u"json"_s;
    if (auto allowed = files::checkOutput(file); !allowed) {
        return failure(allowed.error());
    }
    QSaveFile out(file);
    const auto failed = [&] {
        return failure(fileError(ErrorCode::Io, file, Tr::tr("cannot write the file: %1").arg(out.errorString())));
    };
    if (!out.open(QIODevice::WriteOnly)) {
        return failed();
    }
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    const QString table = kind == CatalogKind::Services ? u"services"_s : u"talent"_s;
    if (!q.exec(u"SELECT entry_json FROM %1 ORDER BY id"_s.arg(table))) {
        return failure(error(storesql::explain(q.lastError())));
    }
    Diagnostics problems;
    CatalogEntryReader reader(m_path, false, problems, Vocabulary::capabilities());
    int count = 0;
    QByteArray chunk;
    const auto append = [&](const QByteArray& line) {
        if (json) {
            chunk += count ? QByteArray(",\n    ") : QByteArray("    ");
            chunk += line;
        } else {
            chunk += line;
            chunk += "\r\n";
        }
    };
    // UTF-8 with a byte order mark: Excel in Japan then opens Japanese text correctly.
    if (json) {
        chunk = QByteArray("{\n  \"format\": 1,\n  \"") + table.toUtf8() + QByteArray("\": [\n");
    } else {
        chunk = QByteArray("\xEF\xBB\xBF") + csvHeader(kind).toUtf8() + QByteArray("\r\n");
    }
    while (q.next()) {
        const RawRecord record = rawRecordFromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
        if (kind == CatalogKind::Services) {
            const auto e = reader.service(record);
            if (!e) {
                continue;
            }
            append(json ? QJsonDocument(serviceToJson(*e)).toJson(QJsonDocument::Compact) : serviceToCsv(*e).toUtf8());
        } else {
            const auto e = reader.talent(record);
            if (!e) {
                continue;
            }
            append(json ? QJsonDocument(talentToJson(*e)).toJson(QJsonDocument::Compact) : talentToCsv(*e).toUtf8());
        }
        ++count;
        if (chunk.size() > (1 << 20)) {
            if (out.write(chunk) != chunk.size()) {
                return failed();
            }
            chunk.clear();
        }
    }
    if (hasErrors(problems)) {
        out.cancelWriting(); // never a file with entries silently missing
        return failure(problems);
    }
    if (json) {
        chunk += "\n  ]\n}\n";
    }
    if (out.write(chunk) != chunk.size() || !out.commit()) {
        return failed();
    }
    return count;
}

Result<CatalogStats> CatalogStore::stats() const
{
    CatalogStats s;
    QSqlQuery q(QSqlDatabase::database(m_connection));
    s.revision = revision();
    if (q.exec(u"SELECT value FROM catalog_info WHERE key = 'updated_at'"_s) && q.next()) {
        s.updatedAt = storesql::fromText(q.value(0));
    }
    auto services = this->services();
    if (!services) {
        return failure(services.error());
    }
    for (const ServiceEntry& e : *services) {
        ++s.services;
        s.sampleServices += e.sample ? 1 : 0;
        ++s.servicesByScheme[schemeId(e.scheme)];
        for (const QString& c : e.capabilities) {
            ++s.servicesByCapability[c];
        }
        if (!s.oldestAsOf.isValid() || e.asOf < s.oldestAsOf) {
            s.oldestAsOf = e.asOf;
        }
        if (!s.newestAsOf.isValid() || e.asOf > s.newestAsOf) {
            s.newestAsOf = e.asOf;
        }
    }
    if (!q.exec(
            u"SELECT count(*), coalesce(sum(sample), 0), coalesce(sum(flags & 4 != 0), 0),"
            " coalesce(sum(availability = 0), 0), coalesce(sum(remote), 0), min(as_of), max(as_of) FROM talent"_s) ||
        !q.next()) {
        return failure(error(storesql::explain(q.lastError())));
    }
    s.talent = q.value(0).toInt();
    s.sampleTalent = q.value(1).toInt();
    s.riss = q.value(2).toInt();
    s.availableTalent = q.value(3).toInt();
    s.remoteTalent = q.value(4).toInt();
    if (s.talent > 0) {
        const QDate oldest = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        const QDate newest = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        if (!s.oldestAsOf.isValid() || oldest < s.oldestAsOf) {
            s.oldestAsOf = oldest;
        }
        if (!s.newestAsOf.isValid() || newest > s.newestAsOf) {
            s.newestAsOf = newest;
        }
    }
    if (!q.exec(u"SELECT prefecture, count(*) FROM talent_area WHERE prefecture > 0 GROUP BY prefecture"_s)) {
        return failure(error(storesql::explain(q.lastError())));
    }
    while (q.next()) {
        s.talentByPrefecture.insert(q.value(0).toInt(), q.value(1).toInt());
    }
    return s;
}

} // namespace mamori
