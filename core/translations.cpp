#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace mamori {

using namespace Qt::StringLiterals;

std::optional<Language> languageFromCode(const QString& code)
{
    const QString lower = code.toLower();
    if (lower == u"ja"_s || lower.startsWith(u"ja_"_s) || lower.startsWith(u"ja-"_s)) {
        return Language::Japanese;
    }
    if (lower == u"en"_s || lower.startsWith(u"en_"_s) || lower.startsWith(u"en-"_s)) {
        return Language::English;
    }
    return std::nullopt;
}

Language systemLanguage()
{
    const QLocale locale;
    return locale.language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

bool installTranslations(QCoreApplication& app, Language language)
{
    // Translators live as long as the application; parenting them to it frees them at exit.
    const QString code = languageCode(language);
    auto* own = new QTranslator(&app);
    const bool ok = own->load(u":/i18n/mamori_"_s + code + u".qm"_s);
    if (ok) {
        QCoreApplication::installTranslator(own);
    } else {
        delete own;
    }
    if (language == Language::Japanese) {
        auto* qt = new QTranslator(&app);
        if (qt->load(u"qtbase_ja"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
        } else {
            delete qt;
        }
    }
    return ok || language == Language::English;
}

} // namespace mamori
