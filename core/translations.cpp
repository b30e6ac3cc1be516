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

Translations::Translations(Language language) : m_language(language)
{
    // English has a catalogue too: the sources say "%n answer(s)", and only the catalogue knows
    // "1 answer" from "2 answers".
    const QString own = language == Language::Japanese ? u":/i18n/mamori_ja.qm"_s : u":/i18n/mamori_en.qm"_s;
    if (m_own.load(own)) {
        m_ownInstalled = QCoreApplication::installTranslator(&m_own);
    }
    if (language != Language::Japanese) {
        return;
    }
    if (m_qt.load(u"qtbase_ja"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qtInstalled = QCoreApplication::installTranslator(&m_qt);
    }
}

Translations::~Translations()
{
    if (m_ownInstalled) {
        QCoreApplication::removeTranslator(&m_own);
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qt);
    }
}

} // namespace mamori
