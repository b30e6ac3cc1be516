#include "gui/appsettings.h"

#include "core/store.h"
#include "core/translations.h"

#include <QSettings>

#include <algorithm>

namespace mamori::gui {

using namespace Qt::StringLiterals;

AppSettings AppSettings::load()
{
    const QSettings s;
    AppSettings a;
    a.language = languageFromCode(s.value(u"language"_s).toString());
    a.databasePath = s.value(u"database"_s).toString();
    a.consultantName = s.value(u"consultant"_s).toString();
    a.introSeen = s.value(u"introSeen"_s, false).toBool();
    a.staleMonths = std::clamp(s.value(u"catalog/staleMonths"_s, DefaultStaleMonths).toInt(), 1, 120);
    return a;
}

void AppSettings::save() const
{
    QSettings s;
    if (language) {
        s.setValue(u"language"_s, *language == Language::Japanese ? u"ja"_s : u"en"_s);
    } else {
        s.remove(u"language"_s);
    }
    s.setValue(u"database"_s, databasePath);
    s.setValue(u"consultant"_s, consultantName);
    s.setValue(u"introSeen"_s, introSeen);
    s.setValue(u"catalog/staleMonths"_s, staleMonths);
    s.sync();
}

AppSettings::Window AppSettings::window()
{
    const QSettings s;
    return {s.value(u"window/geometry"_s).toByteArray(), s.value(u"window/state"_s).toByteArray()};
}

void AppSettings::saveWindow(const Window& window)
{
    QSettings s;
    s.setValue(u"window/geometry"_s, window.geometry);
    s.setValue(u"window/state"_s, window.state);
    s.sync();
}

Language AppSettings::effectiveLanguage() const
{
    return language.value_or(systemLanguage());
}

QString AppSettings::effectiveDatabasePath() const
{
    return databasePath.isEmpty() ? Store::defaultPath() : databasePath;
}

} // namespace mamori::gui
