#pragma once

#include "core/localizedtext.h"

#include <QString>

#include <optional>

namespace mamori::gui {

// The user's choices, kept with QSettings (~/.config/Mamori/Mamori.conf on Linux).
struct AppSettings
{
    std::optional<Language> language; // unset: the system's language
    QString databasePath;             // empty: the default database (Store::defaultPath)
    QString consultantName;           // printed on reports
    bool introSeen = false;           // the three-sentence introduction has been read

    static AppSettings load();
    void save() const;

    Language effectiveLanguage() const;
    QString effectiveDatabasePath() const;
};

} // namespace mamori::gui
