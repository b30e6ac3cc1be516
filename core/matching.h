#pragma once

#include "core/catalog.h"
#include "core/pack.h"
#include "core/profile.h"
#include "core/scorer.h"

#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mamori {

class CatalogStore;
class PackRepository;

// One thing the firm needs: a capability of the vocabulary, weighted by the points its plan steps
// would still win (each step's benefit shared among the capabilities it names).
struct Need
{
    QString capability;
    double weight = 0;
    QStringList questions; // the plan's questions that ask for it
};

// What matching reads of a firm: its gaps as needs, and the facts the hard filters test.
struct FirmNeeds
{
    std::vector<Need> needs; // heaviest first
    double totalWeight = 0;
    std::vector<std::pair<QString, double>> areaGaps; // "pack:category" → gap to the target, largest first
    int prefecture = 13;
    int devices = 0; // PCs and servers: what an endpoint service counts
    int employees = 1;
    QChar industry;
    Tier tier = Tier::Small;
    bool suppliesLargeFirms = false;
    QString key; // makes tie-breaks differ from firm to firm, yet stay the same for one firm
};

FirmNeeds firmNeeds(const Pack& pack, const Profile& profile, const ScoreResult& result);

struct MatchOptions
{
    std::optional<qint64> budget; // services: yen per month; talent: yen per day
    bool onsiteOnly = false;      // services must dispatch here; talent must work here on site
    std::vector<Scheme> schemes;  // services only; empty: every scheme
    int top = 10;
    QDate today = QDate::currentDate(); // entries checked more than staleMonths before are marked stale
    int staleMonths = DefaultStaleMonths;
    Language language = Language::Japanese; // for the names of capabilities and prefectures in reasons
};

struct NeedCover
{
    QString capability;
    double weight = 0;
};

// Why a candidate was left out, one reason per failed filter.
enum class Filter
{
    Region,
    Onsite,
    Devices,
    Employees,
    Budget,
    Scheme,
    Availability,
};

struct FilterFailure
{
    Filter filter;
    QString reason; // translated
};

struct ServiceMatch
{
    ServiceEntry service;
    int rank = 0;
    double score = 0;    // 0–100
    double coverage = 0; // share of the firm's weighted needs covered, 0–1
    std::vector<NeedCover> covered;
    std::vector<NeedCover> missing;
    qint64 monthlyEstimate = 0; // for this firm: per device × devices, per user × employees; 0 unpublished
    qint64 firstYearEstimate = 0;
    bool stale = false;  // its facts were checked longer ago than MatchOptions::staleMonths
    QString priceBasis;  // how the estimate was made, translated
    QStringList reasons; // translated sentences, most important first
};

struct ServiceRejection
{
    ServiceEntry service;
    std::vector<FilterFailure> failures;
};

struct ServiceMatches
{
    std::vector<ServiceMatch> matches;
    std::vector<ServiceRejection> rejected;
    int considered = 0;
    QStringList relax; // when nothing (or little) matches: what to loosen, translated
};

// Hard filters, then a score: 60 % needs covered, 20 % price against the cheapest that passed, 10 %
// お助け隊 class fitting the firm's size, 5 % IT導入補助金, 5 % on-site in the firm's prefecture.
// Ties are broken by a hash of the firm and the candidate, so equals are not always shown in the
// same order to every firm, and by id.
ServiceMatches matchServices(const std::vector<ServiceEntry>& services, const FirmNeeds& firm,
                             const MatchOptions& options);

struct TalentMatch
{
    TalentEntry talent;
    int rank = 0;
    double score = 0;
    double coverage = 0;
    std::vector<NeedCover> covered;
    std::vector<NeedCover> missing;
    QStringList areas; // the firm's weak areas the person works on
    QStringList reasons;
};

struct TalentRejection
{
    TalentEntry talent;
    double coverage = 0;
    std::vector<FilterFailure> failures;
};

struct TalentMatches
{
    std::vector<TalentMatch> matches;
    // The best-covering people the filters left out, with why (not all of a million).
    std::vector<TalentRejection> rejected;
    int considered = 0;
    int passed = 0;
    std::vector<std::pair<Filter, int>> filteredCounts; // how many each filter removed
    QStringList relax;
};

// Hard filters (where the person works, availability, budget per day), then a score: 55 % needs
// covered, 10 % the firm's weak areas, 10 % availability, 10 % fee against the cheapest that passed,
// 5 % industry, 5 % 情報処理安全確保支援士 with training up to date, 5 % on site here. Reads the catalog's
// in-memory index, then the full entries of the top few.
Result<TalentMatches> matchTalent(CatalogStore& catalog, const FirmNeeds& firm, const MatchOptions& options);

// What a firm is matched to: services and experts, each with the problem that stopped it, if any.
struct MatchOutcome
{
    std::optional<ServiceMatches> services; // absent when not asked for, or the catalog could not be read
    std::optional<TalentMatches> talent;
    Diagnostics servicesProblem;
    Diagnostics talentProblem;
};

// Matching as every front end asks for it (the window, `mamori-cli match`, the report): services and
// experts for one firm's needs, each kind with its own options, one kind failing without the other.
// The catalog's services are read once per catalog revision, so a changed filter re-ranks without
// reading again.
class MatchService
{
public:
    explicit MatchService(CatalogStore& catalog) : m_catalog(catalog) {}
    CatalogStore& catalog() const { return m_catalog; }

    enum class Kinds
    {
        Both,
        Services,
        Talent
    };
    MatchOutcome match(const FirmNeeds& firm, const MatchOptions& services, const MatchOptions& talent,
                       Kinds kinds = Kinds::Both);

private:
    CatalogStore& m_catalog;
    std::vector<ServiceEntry> m_services;
    qint64 m_revision = -1;
};

// The "pack:category" areas of every installed pack, against which talent areas are checked.
QSet<QString> installedAreas(const PackRepository& packs);

// Readable text for a need and a filter (yen amounts: formatYen in core/format.h).
QString capabilityLabel(const QString& id, Language language);
QString filterId(Filter filter);
QString filterName(Filter filter);

} // namespace mamori
