#pragma once

#include "core/catalog.h"
#include "core/diagnostic.h"
#include "core/vocabulary.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace mamori {

enum class CatalogKind
{
    Services,
    Talent
};
QString catalogKindId(CatalogKind kind);

// One source as the catalog writes it: "URL | YYYY-MM-DD | kind | fact, fact".
QString sourceText(const CatalogSource& source);

// The column names (CSV) and keys (JSON) of each kind, in the order exports write them.
const QStringList& catalogColumns(CatalogKind kind);

// One record as read from a CSV row or a JSON object, before it is checked: every field as text, or
// as a list for JSON arrays. In a CSV cell a list is written with ";" between its items.
struct RawField
{
    QString text;
    QStringList items;
    bool isList = false;
    int line = 0;
    int column = 0; // JSON only
};

struct RawRecord
{
    int line = 0;
    int column = 0;
    QString path; // JSON: "$.talent[12]"; empty for CSV
    QList<std::pair<QString, RawField>> fields;
    const RawField* field(QStringView name) const;
};

// Turns raw records into checked catalog entries, reporting every problem with the file, the line
// and the column name (CSV) or JSON path. Used by the importer and by `catalog validate`.
class CatalogEntryReader
{
public:
    // `knownAreas` are the "pack:category" ids of the installed packs: a talent area outside them is
    // a warning (the pack may come later), never an error.
    CatalogEntryReader(QString fileName, bool csv, Diagnostics& out, const Vocabulary& capabilities,
                       QSet<QString> knownAreas = {});

    std::optional<ServiceEntry> service(const RawRecord& record);
    std::optional<TalentEntry> talent(const RawRecord& record);

    // Column names the kind does not know (CSV header), reported once with a "did you mean" hint.
    bool checkColumns(CatalogKind kind, const QStringList& header, int line);

private:
    class Fields;
    QString m_file;
    bool m_csv;
    int m_warnings = 0;
    Diagnostics& m_out;
    const Vocabulary& m_capabilities;
    QSet<QString> m_knownAreas;
};

RawRecord rawRecordFromCsv(const QStringList& header, const QStringList& cells, int line);
// An entry as stored in the catalog and written by `catalog export --format json`.
QJsonObject serviceToJson(const ServiceEntry& entry);
QJsonObject talentToJson(const TalentEntry& entry);
RawRecord rawRecordFromJson(const QJsonObject& object);
// One CSV line (without the line break) in catalogColumns() order.
QString serviceToCsv(const ServiceEntry& entry);
QString talentToCsv(const TalentEntry& entry);
QString csvHeader(CatalogKind kind);
// A cell quoted when it must be, and neutralised against spreadsheet formulas (=, +, -, @, tab).
QString csvCell(const QString& value);

// Reads a whole catalog file, CSV (one kind per file, told apart by its columns) or JSON
// ({"format": 1, "services": […], "talent": […]}), calling `visit` for each checked entry as it is read
// (so a million rows stream through). Returns the diagnostics: errors make an import refuse the file.
struct CatalogFileVisitor
{
    std::function<bool(const ServiceEntry&)> service; // return false to stop early
    std::function<bool(const TalentEntry&)> talent;
    std::function<void(qint64 done, qint64 total)> progress; // bytes
    std::function<void(const QDate&)> compiled;              // JSON "compiled", when the file gives it
};
Diagnostics readCatalogFile(const QString& path, const CatalogFileVisitor& visitor, const Vocabulary& capabilities,
                            const QSet<QString>& knownAreas = {});

} // namespace mamori
