#include "core/format.h"

#include "core/translations.h"

#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

QLocale localeFor(Language language)
{
    return language == Language::Japanese ? QLocale(QLocale::Japanese, QLocale::Japan)
                                          : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString formatNumber(double value, int decimals, Language language)
{
    return localeFor(language).toString(value, 'f', decimals);
}

QString formatNumber(double value, int decimals)
{
    return formatNumber(value, decimals, currentLanguage());
}

QString formatChange(double change, int decimals, Language language)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(change * scale) / scale;
    if (rounded == 0.0) {
        return formatNumber(0.0, decimals, language); // never "+0.0" or "-0.0"
    }
    const QString magnitude = formatNumber(std::abs(rounded), decimals, language);
    return (rounded > 0 ? u"+"_s : u"-"_s) + magnitude;
}

QString formatChange(double change, int decimals)
{
    return formatChange(change, decimals, currentLanguage());
}

QString formatCount(qint64 count, Language language)
{
    return localeFor(language).toString(count);
}

QString formatCount(qint64 count)
{
    return formatCount(count, currentLanguage());
}

QString formatYen(qint64 amount, Language language)
{
    // Not QLocale::toCurrencyString: for Japanese it writes the full-width "￥", which Japanese
    // price lists do not use; they write the amount followed by 円.
    const QString digits = formatCount(amount, language);
    return language == Language::Japanese ? digits + u"円"_s : u"¥"_s + digits;
}

QString formatYen(qint64 amount)
{
    return formatYen(amount, currentLanguage());
}

QString formatDate(QDate date, Language language)
{
    return localeFor(language).toString(date, language == Language::Japanese ? u"yyyy/MM/dd"_s : u"d MMM yyyy"_s);
}

QString formatDate(QDate date)
{
    return formatDate(date, currentLanguage());
}

QString formatDateTime(const QDateTime& time, Language language)
{
    const QDateTime local = time.toLocalTime();
    return formatDate(local.date(), language) + u' ' + local.time().toString(u"HH:mm"_s);
}

QString formatDateTime(const QDateTime& time)
{
    return formatDateTime(time, currentLanguage());
}

QString formatLongDate(QDate date, Language language)
{
    return localeFor(language).toString(date, language == Language::Japanese ? u"yyyy年M月d日"_s : u"d MMMM yyyy"_s);
}

QString monthFormat(Language language)
{
    return language == Language::Japanese ? u"yyyy/MM"_s : u"MMM yyyy"_s;
}

} // namespace mamori
