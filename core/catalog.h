#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mamori {

// The catalog's entries: service packages (お助け隊 and others) and security talent. Field names are
// the column names of the CSV format and the keys of the JSON format (docs/catalog-format.md).

// お助け隊 registration class, or none.
enum class Scheme
{
    Otasuke1,   // 1類 (since 2021)
    Otasuke2,   // 2類, for mid-size and larger SMEs (サービス基準2.0, 2024-03)
    OtasukeNew, // 新類型 for the SCS評価制度 (pilot, 2025–26)
    Other       // not a registered お助け隊 service
};
QString schemeId(Scheme scheme);
std::optional<Scheme> schemeFromId(QStringView id);
bool isOtasuke(Scheme scheme);

enum class PriceUnit
{
    Site,     // per site (one contract for the office network)
    Device,   // per PC or server
    Employee, // per user
};
QString priceUnitId(PriceUnit unit);

// Whether a published price includes consumption tax, as the source states it.
enum class TaxBasis
{
    Unknown,
    Included, // 税込
    Excluded  // 税抜
};
QString taxBasisId(TaxBasis tax);
std::optional<TaxBasis> taxBasisFromId(QStringView id);

// Where a fact of an entry comes from. Written in the catalog as one text per source,
// "URL | YYYY-MM-DD | kind | fact, fact" (docs/catalog-format.md), so a CSV cell and a JSON string
// read the same way.
struct CatalogSource
{
    QString url;
    QDate date;         // published, or read when the page shows no date
    QString kind;       // sourceKindIds(): provider, official, press, secondary
    QStringList covers; // sourceFactIds(): the facts it supports
};

enum class Availability
{
    Available,
    Limited,
    Unavailable
};
QString availabilityId(Availability availability);

struct ServiceEntry
{
    QString id;
    QString name;
    QString nameEn; // may be empty: the name as registered is shown
    QString provider;
    QString providerEn;
    Scheme scheme = Scheme::Other;
    QString type; // serviceTypeIds()
    bool nationwide = false;
    bool regionsUnknown = false; // the provider has not published its area
    QList<int> regions;          // JIS prefecture codes served, when not nationwide
    bool dispatchNationwide = false;
    bool dispatchUnknown = false; // sends engineers, to an area not published
    QList<int> dispatch;          // where an engineer is sent on site; empty: no on-site support
    qint64 priceMonthly = 0;
    bool pricePublished = true; // false: the provider quotes on request; priceMonthly is 0
    PriceUnit priceUnit = PriceUnit::Site;
    TaxBasis tax = TaxBasis::Unknown;
    qint64 initialFee = 0;
    int minTermMonths = 0;
    int minDevices = 0; // 0: no limit
    int maxDevices = 0;
    int maxEmployees = 0;
    QStringList capabilities; // ids of the capability vocabulary
    bool subsidy = false;     // IT導入補助金 (セキュリティ対策推進枠) eligible
    qint64 insuranceCap = 0;  // yen; 0 when there is no insurance or it is not stated
    QString helpdeskHours;
    QString contact;
    QString sourceUrl;                  // the main source
    std::vector<CatalogSource> sources; // every source, with the facts each supports
    QDate registered;                   // お助け隊 registration, when published
    QDate asOf;                         // when the facts were last checked
    bool sample = false;                // a fictional entry, for demonstrations and tests
    QString note;                       // English
    QString noteJa;

    // An area not published may include the firm's: the firm is told to ask (matching says so).
    bool servesRegion(int prefecture) const { return nationwide || regionsUnknown || regions.contains(prefecture); }
    bool dispatchesTo(int prefecture) const { return dispatchNationwide || dispatch.contains(prefecture); }
    QString displayName(Language language) const
    {
        return language == Language::English && !nameEn.isEmpty() ? nameEn : name;
    }
    QString displayProvider(Language language) const
    {
        return language == Language::English && !providerEn.isEmpty() ? providerEn : provider;
    }
    // Where the entry's facts come from, as every front end cites it: its sources, or its one
    // source_url dated by as_of when it names no list (an entry from an older file).
    std::vector<CatalogSource> citedSources() const;
    QString displayNote(Language language) const
    {
        return language == Language::Japanese && !noteJa.isEmpty() ? noteJa : note;
    }
};

struct TalentEntry
{
    QString id;
    QString displayName;
    QStringList qualifications; // qualificationIds()
    QString rissNumber;         // 情報処理安全確保支援士 registration number (6 digits), when held
    QString rissTraining;       // "current", "overdue" or "unknown" (the statutory 講習)
    QStringList skills;         // capability ids
    QStringList categories;     // "pack-id:category-id" areas of a questionnaire the person works on
    QStringList industries;     // 日本標準産業分類 division letters
    QList<int> prefectures;     // served on site
    bool onsite = false;
    bool remote = false;
    QStringList engagements; // engagementIds()
    qint64 feeDayMin = 0;    // yen per day
    qint64 feeDayMax = 0;
    Availability availability = Availability::Available;
    QStringList languages; // ISO 639-1
    QStringList channels;  // public programmes the person takes work through (chusho119, ipa_dispatch)
    QString contact;
    QString source;
    QDate asOf;
    bool sample = false;

    bool hasRiss() const { return qualifications.contains(QLatin1StringView("riss")); }
};

// The allowed ids of the catalog's closed lists, in display order.
const QStringList& serviceTypeIds();
const QStringList& qualificationIds();
const QStringList& engagementIds();
const QStringList& channelIds();
const QStringList& sourceKindIds();
const QStringList& sourceFactIds();
LocalizedText schemeName(Scheme scheme);
LocalizedText serviceTypeName(const QString& id);
LocalizedText priceUnitName(PriceUnit unit);
LocalizedText qualificationName(const QString& id);
LocalizedText engagementName(const QString& id);
LocalizedText availabilityName(Availability availability);
LocalizedText channelName(const QString& id);

// How old an entry's facts may be before Mamori asks the user to check the provider's current terms
// (Mamori's own choice: prices and areas of these services change about yearly).
constexpr int DefaultStaleMonths = 12;
// True when `asOf` lies more than `months` months before `today`.
bool isStale(const QDate& asOf, const QDate& today, int months = DefaultStaleMonths);

// What a catalog file holds once read and checked.
struct CatalogData
{
    std::vector<ServiceEntry> services;
    std::vector<TalentEntry> talent;
    Diagnostics warnings; // kept, shown, and do not stop an import
};

} // namespace mamori
