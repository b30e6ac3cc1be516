#pragma once

#include "core/localizedtext.h"

#include <QString>

#include <optional>

class QCoreApplication;

namespace mamori {

// "ja" / "en" (also "ja_JP" and the like) to a language; nullopt for anything else.
std::optional<Language> languageFromCode(const QString& code);
// The user's language from the system locale: Japanese for a Japanese locale, English otherwise.
Language systemLanguage();

// Installs Mamori's own translations and Qt's for `language` on the application; returns false when
// the Japanese catalogue could not be loaded (English needs none).
bool installTranslations(QCoreApplication& app, Language language);

} // namespace mamori
