// Numbers, yen and dates as each language writes them (core/format.h), and the language they follow
// when none is given: the installed Translations', or a ScopedLanguage's.
#include "core/format.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QTest>

using namespace mamori;
using namespace Qt::StringLiterals;

class TestFormat : public QObject
{
    Q_OBJECT

private slots:
    void number_data();
    void number();
    void change_data();
    void change();
    void yen_data();
    void yen();
    void dates_data();
    void dates();
    void dateTimeIsLocalTime();
    void followsTheInstalledLanguage();
    void scopedLanguageWins();
    void systemLanguageIgnoresTheDefault();
};

void TestFormat::number_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    for (const Language l : {Language::Japanese, Language::English}) {
        const QByteArray tag = languageCode(l).toLatin1();
        // Both languages group by thousands with a comma and use a decimal point.
        QTest::newRow(QByteArray(tag + " score").constData()) << int(l) << 72.46 << 1 << u"72.5"_s;
        QTest::newRow(QByteArray(tag + " zero").constData()) << int(l) << 0.0 << 1 << u"0.0"_s;
        QTest::newRow(QByteArray(tag + " thousands").constData()) << int(l) << 1234567.0 << 0 << u"1,234,567"_s;
        QTest::newRow(QByteArray(tag + " negative").constData()) << int(l) << -12.25 << 2 << u"-12.25"_s;
    }
}

void TestFormat::number()
{
    QFETCH(int, language);
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(formatNumber(value, decimals, Language(language)), expected);
}

void TestFormat::change_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("up") << 2.46 << u"+2.5"_s;
    QTest::newRow("down") << -1.0 << u"-1.0"_s;
    // A change that rounds to nothing shows no sign (not "+0.0" or "-0.0").
    QTest::newRow("tiny up") << 0.04 << u"0.0"_s;
    QTest::newRow("tiny down") << -0.04 << u"0.0"_s;
    QTest::newRow("none") << 0.0 << u"0.0"_s;
    QTest::newRow("large") << 1234.5 << u"+1,234.5"_s;
}

void TestFormat::change()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(formatChange(value, 1, Language::Japanese), expected);
    QCOMPARE(formatChange(value, 1, Language::English), expected);
}

void TestFormat::yen_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");
    QTest::newRow("ja") << int(Language::Japanese) << qint64(30000) << u"30,000円"_s;
    QTest::newRow("ja small") << int(Language::Japanese) << qint64(500) << u"500円"_s;
    QTest::newRow("ja zero") << int(Language::Japanese) << qint64(0) << u"0円"_s;
    QTest::newRow("en") << int(Language::English) << qint64(30000) << u"¥30,000"_s;
    QTest::newRow("en million") << int(Language::English) << qint64(1200000) << u"¥1,200,000"_s;
}

void TestFormat::yen()
{
    QFETCH(int, language);
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    QCOMPARE(formatYen(amount, Language(language)), expected);
}

void TestFormat::dates_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("shortDate");
    QTest::addColumn<QString>("longDate");
    QTest::addColumn<QString>("month");
    QTest::newRow("ja") << int(Language::Japanese) << QDate(2026, 11, 24) << u"2026/11/24"_s << u"2026年11月24日"_s
                        << u"2026/11"_s;
    QTest::newRow("ja early") << int(Language::Japanese) << QDate(2027, 1, 5) << u"2027/01/05"_s << u"2027年1月5日"_s
                              << u"2027/01"_s;
    // English puts the day first and names the month, so no reader takes 5/1 for May.
    QTest::newRow("en") << int(Language::English) << QDate(2026, 11, 24) << u"24 Nov 2026"_s << u"24 November 2026"_s
                        << u"Nov 2026"_s;
    QTest::newRow("en early") << int(Language::English) << QDate(2027, 1, 5) << u"5 Jan 2027"_s << u"5 January 2027"_s
                              << u"Jan 2027"_s;
}

void TestFormat::dates()
{
    QFETCH(int, language);
    QFETCH(QDate, date);
    QFETCH(QString, shortDate);
    QFETCH(QString, longDate);
    QFETCH(QString, month);
    const auto l = Language(language);
    QCOMPARE(formatDate(date, l), shortDate);
    QCOMPARE(formatLongDate(date, l), longDate);
    // The month format is for a chart's time axis, which formats with the chart's locale.
    QCOMPARE(localeFor(l).toString(date, monthFormat(l)), month);
    QCOMPARE(formatDateTime(QDateTime(date, QTime(9, 5)), l), shortDate + u" 09:05"_s);
}

void TestFormat::dateTimeIsLocalTime()
{
    // Stored times are UTC; people read them in their own time zone.
    const QDateTime utc(QDate(2026, 11, 24), QTime(23, 30), Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    QCOMPARE(formatDateTime(utc, Language::Japanese),
             formatDate(local.date(), Language::Japanese) + u' ' + local.time().toString(u"HH:mm"_s));
}

void TestFormat::followsTheInstalledLanguage()
{
    {
        const Translations japanese(Language::Japanese);
        QCOMPARE(currentLanguage(), Language::Japanese);
        QCOMPARE(formatYen(1200), u"1,200円"_s);
        QCOMPARE(formatDate(QDate(2026, 11, 24)), u"2026/11/24"_s);
        // Widgets and charts made now take the default locale.
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        {
            const Translations english(Language::English);
            QCOMPARE(formatYen(1200), u"¥1,200"_s);
            QCOMPARE(QLocale().language(), QLocale::English);
        }
        QCOMPARE(formatYen(1200), u"1,200円"_s);
        QCOMPARE(QLocale().language(), QLocale::Japanese);
    }
    // Without Translations: the system's language, and the default locale is the system's again.
    QCOMPARE(currentLanguage(), systemLanguage());
    QCOMPARE(QLocale(), QLocale::system());
}

void TestFormat::scopedLanguageWins()
{
    const Translations japanese(Language::Japanese);
    {
        // A report in English from a Japanese window.
        const ScopedLanguage english(Language::English);
        QCOMPARE(currentLanguage(), Language::English);
        QCOMPARE(formatYen(30000), u"¥30,000"_s);
        QCOMPARE(formatDate(QDate(2026, 11, 24)), u"24 Nov 2026"_s);
    }
    QCOMPARE(formatYen(30000), u"30,000円"_s);
}

void TestFormat::systemLanguageIgnoresTheDefault()
{
    // "Follow the system" must read the system, not the default locale Translations has set.
    const Language system = systemLanguage();
    const Translations other(system == Language::Japanese ? Language::English : Language::Japanese);
    QCOMPARE(systemLanguage(), system);
}

QTEST_GUILESS_MAIN(TestFormat)
#include "tst_format.moc"
