#pragma once

#include "core/localizedtext.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

// Numbers, yen amounts and dates as people read them, one convention per language in every window,
// the CLI and the reports (machine formats — CSV, JSON, file names — stay ISO 8601 and C-locale and
// never come here):
//
//                 Japanese            English
//   number        1,234.5             1,234.5
//   yen           30,000円            ¥30,000
//   date          2026/11/24          24 Nov 2026
//   date & time   2026/11/24 14:05    24 Nov 2026 14:05
//   long date     2026年11月24日       24 November 2026
//   month         2026/11             Nov 2026
//
// English follows British conventions (day before month), the same as the PDF report, so a date
// is never read month-first by one reader and day-first by another. Without a language argument the
// current text language is used: the one tr() translates into (currentLanguage()).
namespace mamori {

// The locale of a language: ja_JP or en_GB.
QLocale localeFor(Language language);

// 72.5 — `decimals` places, grouped by thousands.
QString formatNumber(double value, int decimals, Language language);
QString formatNumber(double value, int decimals = 1);
// +2.5, -1.0 and 0.0: the sign of the rounded value, so a change that rounds to nothing shows none.
QString formatChange(double change, int decimals, Language language);
QString formatChange(double change, int decimals = 1);
// 1,200 — a count.
QString formatCount(qint64 count, Language language);
QString formatCount(qint64 count);
// 30,000円 / ¥30,000.
QString formatYen(qint64 amount, Language language);
QString formatYen(qint64 amount);
// 2026/11/24 / 24 Nov 2026.
QString formatDate(QDate date, Language language);
QString formatDate(QDate date);
// In local time: 2026/11/24 14:05 / 24 Nov 2026 14:05.
QString formatDateTime(const QDateTime& time, Language language);
QString formatDateTime(const QDateTime& time);
// 2026年11月24日 / 24 November 2026 — for a report's title page.
QString formatLongDate(QDate date, Language language);
// The QDateTime format of a month on a chart's time axis: "yyyy/MM" / "MMM yyyy".
QString monthFormat(Language language);

} // namespace mamori
