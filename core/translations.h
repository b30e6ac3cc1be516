#pragma once

#include "core/localizedtext.h"

#include <QString>
#include <QTranslator>

#include <optional>

namespace mamori {

// "ja" / "en" (also "ja_JP" and the like) to a language; nullopt for anything else.
std::optional<Language> languageFromCode(const QString& code);
// The user's language from the system locale: Japanese for a Japanese locale, English otherwise.
Language systemLanguage();

// Mamori's own translations (compiled in from i18n/) and Qt's (so standard dialogs and messages
// follow), installed for the lifetime of the object and removed when it goes. Switching language at
// run time is replacing one by another. Needs a QCoreApplication.
class Translations
{
public:
    explicit Translations(Language language);
    ~Translations();
    Translations(const Translations&) = delete;
    Translations& operator=(const Translations&) = delete;

    Language language() const { return m_language; }
    // False when Mamori's catalogue for the language could not be loaded.
    bool loaded() const { return m_ownInstalled; }

private:
    Language m_language;
    QTranslator m_own;
    QTranslator m_qt;
    bool m_ownInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace mamori
