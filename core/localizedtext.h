#pragma once

#include <QString>

namespace mamori {

enum class Language
{
    Japanese,
    English
};

// "ja" or "en".
QString languageCode(Language language);

// Text that every pack, vocabulary and catalog entry carries in both languages.
struct LocalizedText
{
    QString ja;
    QString en;

    const QString& text(Language language) const { return language == Language::Japanese ? ja : en; }
    bool operator==(const LocalizedText&) const = default;
};

} // namespace mamori
