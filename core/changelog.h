#pragma once

#include "core/localizedtext.h"
#include "core/store.h"

#include <QJsonObject>
#include <QString>

namespace mamori {

struct Pack;

// A change log entry in words, as the GUI's change log and `mamori-cli assessment log` show it.
// With the assessment's pack, choices read as the pack's labels; without it, as their ids.
QString describeChange(const ChangeRecord& change, const Pack* pack, Language language);

// Who made a change: the name they gave, with the login when that differs ("佐藤 (sato)").
QString changeAuthor(const ChangeRecord& change);

// The entry as machine-readable JSON (ids, not labels; ISO 8601 time).
QJsonObject changeToJson(const ChangeRecord& change);

} // namespace mamori
