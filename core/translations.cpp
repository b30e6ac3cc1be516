#include "core/translations.h"

#include "core/format.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <atomic>

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
    // QLocale::system(), not QLocale(): the default locale is the chosen language's (Translations).
    return QLocale::system().language() == QLocale::Japanese ? Language::Japanese : Language::English;
}

namespace {

thread_local std::optional<Language> t_override;
// The language of the Translations object alive now, or -1; read by report threads too.
std::atomic<int> s_installed{-1};

std::optional<Language> installedLanguage()
{
    const int value = s_installed.load();
    return value < 0 ? std::nullopt : std::optional(Language(value));
}

QString catalogueFile(Language language)
{
    // English has a catalogue too: the sources say "%n answer(s)", and only the catalogue knows
    // "1 answer" from "2 answers".
    return language == Language::Japanese ? u":/i18n/mamori_ja.qm"_s : u":/i18n/mamori_en.qm"_s;
}

// The other language's catalogue, loaded the first time a ScopedLanguage asks for it (thread-safe
// static initialisation) and kept: a report is usually followed by another.
const QTranslator& catalogue(Language language)
{
    static const auto load = [](Language l) {
        auto* translator = new QTranslator; // lives as long as the process
        if (!translator->load(catalogueFile(l))) {
            qWarning("Mamori: no translations for %s", qPrintable(languageCode(l)));
        }
        return translator;
    };
    static const QTranslator* const japanese = load(Language::Japanese);
    static const QTranslator* const english = load(Language::English);
    return language == Language::Japanese ? *japanese : *english;
}

} // namespace

Language currentLanguage()
{
    if (t_override) {
        return *t_override;
    }
    return installedLanguage().value_or(systemLanguage());
}

// Mamori's catalogue for the application's language, or, inside a ScopedLanguage, the scope's. A
// string missing from the scope's catalogue comes back as its source rather than empty, so Qt does
// not fall back to another installed catalogue in the application's language.
class Translations::OwnTranslator : public QTranslator
{
public:
    explicit OwnTranslator(Language language) : m_language(language) {}

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        if (t_override && *t_override != m_language) {
            QString text = catalogue(*t_override).translate(context, source, disambiguation, n);
            return text.isNull() ? QString::fromUtf8(source) : text;
        }
        return QTranslator::translate(context, source, disambiguation, n);
    }
    bool isEmpty() const override { return false; }

private:
    Language m_language;
};

ScopedLanguage::ScopedLanguage(Language language) : m_previous(t_override)
{
    t_override = language;
}

ScopedLanguage::~ScopedLanguage()
{
    t_override = m_previous;
}

Translations::Translations(Language language)
    : m_language(language), m_previousLanguage(installedLanguage()), m_own(std::make_unique<OwnTranslator>(language))
{
    s_installed = int(language);
    QLocale::setDefault(localeFor(language));
    if (m_own->load(catalogueFile(language))) {
        m_ownInstalled = QCoreApplication::installTranslator(m_own.get());
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
        QCoreApplication::removeTranslator(m_own.get());
    }
    if (m_qtInstalled) {
        QCoreApplication::removeTranslator(&m_qt);
    }
    QLocale::setDefault(m_previousLocale);
    s_installed = m_previousLanguage ? int(*m_previousLanguage) : -1;
}

} // namespace mamori
