#pragma once

#include "core/diagnostic.h"
#include "core/pack.h"
#include "core/sizes.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace mamori {

class Vocabulary;

// Loads and validates questionnaire packs (docs/pack-format.md). Validation collects every problem,
// each with file, line, column and JSON path; a pack is returned only when it has no errors
// (warnings, such as a category without questions, travel with it in `warnings`).
class PackLoader
{
public:
    static constexpr qsizetype MaxBytes = 16 * MiB;
    static constexpr int MaxDepth = 32;
    // The largest part of a version (MAJOR, MINOR or PATCH) a pack may have: larger ones are refused.
    static constexpr qint64 MaxVersionPart = 999'999'999;

    PackLoader();
    explicit PackLoader(const Vocabulary& capabilities);

    Result<Pack> loadFile(const QString& path);
    Result<Pack> loadData(const QByteArray& json, const QString& fileName);

    // Problems that did not stop the last successful load.
    const Diagnostics& warnings() const { return m_warnings; }

    // The keys the loader accepts in each object of the format, by section name ("pack", "guideline",
    // "scale", "level", "category", "target", "reference", "question", "depends_on",
    // "recommendation", "text"), or only the required ones; the JSON Schema test compares them with
    // questionnaires/schema/pack.schema.json so the two cannot drift apart.
    static QHash<QString, QStringList> acceptedKeys(bool requiredOnly = false);

private:
    const Vocabulary& m_capabilities;
    Diagnostics m_warnings;
};

} // namespace mamori
