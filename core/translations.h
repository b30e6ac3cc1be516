#pragma once

#include "core/localizedtext.h"

#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>
#include <optional>

namespace mamori {

// "ja" / "en" (also "ja_JP" and the like) to a language; nullopt for anything else.
std::optional<Language> languageFromCode(const QString& code);
// The user's language from the system locale: Japanese for a Japanese locale, English otherwise.
Language systemLanguage();
// The language tr() translates into on this thread: a ScopedLanguage's, else the installed
// Translations', else the system's. Numbers and dates follow it (core/format.h).
Language currentLanguage();

// Mamori's own translations (compiled in from i18n/) and Qt's (so standard dialogs and messages
// follow), installed for the lifetime of the object and removed when it goes. Switching language at
// run time is replacing one by another. The default QLocale follows for as long (localeFor()), so
// widgets created meanwhile — spin boxes, charts — group and format numbers the language's way.
// Needs a QCoreApplication.
class Translations
{
    class OwnTranslator;

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
    std::optional<Language> m_previousLanguage;
    QLocale m_previousLocale; // the default locale when this was made (QLocale())
    std::unique_ptr<OwnTranslator> m_own;
    QTranslator m_qt;
    bool m_ownInstalled = false;
    bool m_qtInstalled = false;
};

// Within its scope, on this thread, Mamori's own strings (every tr() in core, report, cli and gui)
// come in `language`, whatever language the application shows. For output in another language than
// the window's — a report in English from a Japanese desktop — without installing a translator, which
// would make every window translate itself twice. Needs a Translations object alive; nests.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(Language language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage&) = delete;
    ScopedLanguage& operator=(const ScopedLanguage&) = delete;

private:
    std::optional<Language> m_previous;
};

} // namespace mamori
