#pragma once

#include "core/catalog.h"
#include "core/localizedtext.h"

#include <QString>

#include <optional>

namespace mamori::gui {

// The user's choices, kept with QSettings (~/.config/Mamori/Mamori.conf on Linux).
struct AppSettings
{
    std::optional<Language> language;     // unset: the system's language
    QString databasePath;                 // empty: the default database (Store::defaultPath)
    QString consultantName;               // printed on reports
    bool introSeen = false;               // the three-sentence introduction has been read
    int staleMonths = DefaultStaleMonths; // services with older facts are marked "check the current terms"

    static AppSettings load();
    void save() const;

    // The main window's place, size and state as it was closed (QWidget::saveGeometry and
    // QMainWindow::saveState), kept apart from the choices above: a run's --lang is not saved with them.
    struct Window
    {
        QByteArray geometry;
        QByteArray state;
    };
    static Window window();
    static void saveWindow(const Window& window);

    Language effectiveLanguage() const;
    QString effectiveDatabasePath() const;
};

} // namespace mamori::gui
