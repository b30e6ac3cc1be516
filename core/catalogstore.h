#pragma once

#include "core/catalog.h"
#include "core/catalogformat.h"
#include "core/diagnostic.h"
#include "core/filesafety.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace mamori {

// One talent row reduced to what the hard filters and the ranking read, so that a million people are
// ranked from memory in milliseconds. Kept in the catalog file as one blob, rebuilt with every import.
struct TalentKey
{
    quint64 skills = 0;      // bit i: capability i of the vocabulary
    quint64 areas = 0;       // bit p: prefecture p served on site (1–47)
    quint64 categories = 0;  // bits of the catalog's area table ("pack:category")
    quint32 row = 0;         // rowid in the talent table
    quint32 industries = 0;  // bit i: division letter 'A' + i
    quint32 feeDayMin = 0;   // 0: not stated
    quint32 idHash = 0;      // talentIdHash(id): tie-breaks that do not depend on the import order
    quint8 availability = 0; // Availability
    quint8 flags = 0;        // TalentKey::Flag
    enum Flag
    {
        Onsite = 1,
        Remote = 2,
        Riss = 4,
        RissCurrent = 8,
        Sample = 16,
    };
};

// A stable 32-bit hash of a talent id (FNV-1a over UTF-16).
inline quint32 talentIdHash(QStringView id)
{
    quint32 h = 2166136261u;
    for (const QChar c : id) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

struct TalentIndex
{
    qint64 revision = 0;
    std::vector<TalentKey> keys;
    QHash<QString, int> areaBits; // "pack:category" → bit
};

struct CatalogStats
{
    qint64 revision = 0;
    QDateTime updatedAt;
    int services = 0;
    int sampleServices = 0;
    QMap<QString, int> servicesByScheme;
    QMap<QString, int> servicesByCapability;
    int talent = 0;
    int sampleTalent = 0;
    int riss = 0;
    int availableTalent = 0;
    int remoteTalent = 0;
    QMap<int, int> talentByPrefecture; // on-site coverage
    QDate oldestAsOf;
    QDate newestAsOf;
};

struct CatalogImportReport
{
    int servicesAdded = 0;
    int servicesUpdated = 0;
    int talentAdded = 0;
    int talentUpdated = 0;
    Diagnostics warnings;
};

// The service and talent catalog: its own SQLite file beside the assessment database. Its own file
// because it is reference data with another life: administrators replace and share it, a bad import
// can never touch a firm's answers, and a million talent rows stay out of the store's backups.
// A new catalog is filled from the bundled catalog (resources/catalog/services.json), and a catalog
// made by an earlier version takes the newer bundled entries when it is opened.
class CatalogStore
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    static constexpr int SchemaVersion = 1;
    // PRAGMA application_id of a Mamori catalog ('MMCA').
    static constexpr qint32 ApplicationId = 0x4D4D4341;

    // $MAMORI_CATALOG when set, else dataFolder()/catalog.sqlite.
    static QString defaultPath();
    // Opens (creating and filling with the bundled catalog when missing) the catalog at `path`,
    // or ":memory:". `seed` false leaves a new catalog empty (tests, benchmarks).
    static Result<std::unique_ptr<CatalogStore>> open(const QString& path, Mode mode = Mode::ReadWrite,
                                                      bool seed = true);
    // The bundled catalog's files, in the order they are imported: real services only (the demo
    // catalog of fictional entries is in resources/catalog/demo/, imported on purpose).
    static QStringList bundledFiles();
    // When the bundled catalog was compiled (its "compiled" date).
    static QDate bundledCompiled();

    ~CatalogStore();
    CatalogStore(const CatalogStore&) = delete;
    CatalogStore& operator=(const CatalogStore&) = delete;

    const QString& path() const { return m_path; }
    qint64 revision() const;

    // Reads and checks `file` (CSV or JSON) and writes it in one transaction: every entry, or — when
    // any row has an error — none. Entries are added, or updated by id. Errors name file:line:column.
    Result<CatalogImportReport> importFile(const QString& file,
                                           const std::function<void(qint64, qint64)>& progress = {});
    // Checks a file as import would, writing nothing.
    static Result<CatalogImportReport> validateFile(const QString& file, const QSet<QString>& knownAreas = {});
    // Removes the sample entries (when a real list has been imported).
    Result<int> removeSamples();

    // Writes every entry of a kind as CSV (UTF-8 with BOM, for Excel) or JSON; atomically.
    Result<int> exportTo(const QString& file, CatalogKind kind) const;

    Result<CatalogStats> stats() const;
    Result<std::vector<ServiceEntry>> services() const;
    Result<std::optional<ServiceEntry>> service(const QString& id) const;
    Result<std::optional<TalentEntry>> talent(const QString& id) const;
    // Full entries of index rows, in the order given.
    Result<std::vector<TalentEntry>> talentByRows(std::span<const quint32> rows) const;
    // The ranking index for the current revision, loaded or rebuilt on first use, then kept.
    Result<const TalentIndex*> talentIndex();

    // "pack:category" ids of the installed packs, for warnings on talent areas (set by the caller).
    void setKnownAreas(QSet<QString> areas) { m_knownAreas = std::move(areas); }

private:
    CatalogStore(QString path, QString connection, Mode mode);
    Result<bool> prepare(bool seed);
    Result<bool> markBundled();
    Result<bool> refreshBundled();
    Result<int> removeSamples(const QString& alsoWhere);
    Result<TalentIndex> buildTalentIndex() const;
    // Writes the index of the current rows as the stored blob (inside the caller's transaction).
    Result<bool> storeTalentIndex();
    // After an update of Mamori that changed the capability vocabulary other than by appending,
    // the stored skill bits mean other capabilities: compute them again from the entries.
    Result<bool> refreshSkillMasks();
    Diagnostic error(const QString& message) const;

    QString m_path;
    QString m_connection;
    Mode m_mode;
    files::InUse m_inUse; // no writer of this process may replace the open catalog or its journals
    QSet<QString> m_knownAreas;
    std::unique_ptr<TalentIndex> m_index;
};

} // namespace mamori
