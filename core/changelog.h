#pragma once

#include "core/localizedtext.h"
#include "core/store.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace mamori {

class PackRepository;
struct Pack;

// What a change log's lines need besides the entries: the assessment each belongs to and the pack it
// was made with. Each firm's assessments are read once (without their answers) and each pack version
// loaded once, however many entries and assessments share them.
class ChangeLogContext
{
public:
    ChangeLogContext(const Store& store, const PackRepository& packs) : m_store(store), m_packs(packs) {}

    // The change's assessment, or null for the firm's own entries (or one no longer readable).
    const AssessmentRecord* assessment(const ChangeRecord& change);
    // Its pack, or null when there is none or it is not installed (choices then read as their ids).
    const Pack* pack(const ChangeRecord& change);

private:
    const Store& m_store;
    const PackRepository& m_packs;
    std::map<qint64, std::vector<AssessmentRecord>> m_assessments; // by firm
    std::map<std::pair<QString, QString>, std::optional<Pack>> m_loaded;
};

// A choice as people read it: the pack's label in `language`, or its id without the pack.
QString choiceLabel(const QString& choice, const Pack* pack, Language language);

// A change log entry in words, as the GUI's change log and `mamori-cli assessment log` show it.
// With the assessment's pack, choices read as the pack's labels; without it, as their ids.
QString describeChange(const ChangeRecord& change, const Pack* pack, Language language);

// Who made a change: the name they gave, with the login when that differs ("佐藤 (sato)").
QString changeAuthor(const ChangeRecord& change);

// The entry as machine-readable JSON (ids, not labels; ISO 8601 time).
QJsonObject changeToJson(const ChangeRecord& change);

} // namespace mamori
