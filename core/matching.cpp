#include "core/matching.h"

#include "core/catalogstore.h"
#include "core/format.h"
#include "core/packrepository.h"
#include "core/profilelabels.h"
#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Matching)
};

// A stable 64-bit hash (FNV-1a then a SplitMix64 finish): qHash is seeded per process, and the
// order shown to a firm must be the same tomorrow.
quint64 stableHash(const QString& text)
{
    quint64 h = 14695981039346656037ull;
    for (const QChar c : text) {
        h ^= c.unicode();
        h *= 1099511628211ull;
    }
    return h;
}

quint64 mix(quint64 x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QString prefecture(int code, Language language)
{
    return prefectureName(code).text(language);
}

QString percent(double share)
{
    return QString::number(int(std::lround(share * 100)));
}

QString labels(const std::vector<NeedCover>& needs, Language language, std::size_t limit = 6)
{
    QStringList out;
    for (std::size_t i = 0; i < needs.size() && i < limit; ++i) {
        out.append(capabilityLabel(needs[i].capability, language));
    }
    if (needs.size() > limit) {
        out.append(Tr::tr("%n more", nullptr, int(needs.size() - limit)));
    }
    return out.join(language == Language::Japanese ? u"、"_s : u", "_s);
}

void splitNeeds(const FirmNeeds& firm, const QStringList& capabilities, std::vector<NeedCover>& covered,
                std::vector<NeedCover>& missing, double& coverage)
{
    double sum = 0;
    for (const Need& n : firm.needs) {
        if (capabilities.contains(n.capability)) {
            covered.push_back({n.capability, round1(n.weight)});
            sum += n.weight;
        } else {
            missing.push_back({n.capability, round1(n.weight)});
        }
    }
    coverage = firm.totalWeight > 0 ? sum / firm.totalWeight : 0;
}

QString coverageSentence(const FirmNeeds& firm, const std::vector<NeedCover>& covered, double coverage,
                         Language language)
{
    if (firm.needs.empty()) {
        return Tr::tr("Your answers leave no gap that a service or an expert would close; ranked on the other "
                      "points only.");
    }
    if (covered.empty()) {
        return Tr::tr("Covers none of your needs.");
    }
    return Tr::tr("Covers %1 of your %2 needs (%3% of their weight): %4.")
        .arg(covered.size())
        .arg(firm.needs.size())
        .arg(percent(coverage), labels(covered, language));
}

} // namespace

QString capabilityLabel(const QString& id, Language language)
{
    if (const VocabularyItem* item = Vocabulary::capabilities().find(id)) {
        return item->label.text(language);
    }
    return id;
}

QString filterId(Filter filter)
{
    switch (filter) {
    case Filter::Region:
        return u"region"_s;
    case Filter::Onsite:
        return u"onsite"_s;
    case Filter::Devices:
        return u"devices"_s;
    case Filter::Employees:
        return u"employees"_s;
    case Filter::Budget:
        return u"budget"_s;
    case Filter::Scheme:
        return u"scheme"_s;
    case Filter::Availability:
        return u"availability"_s;
    }
    return {};
}

QString filterName(Filter filter)
{
    switch (filter) {
    case Filter::Region:
        return Tr::tr("region");
    case Filter::Onsite:
        return Tr::tr("on-site support");
    case Filter::Devices:
        return Tr::tr("number of devices");
    case Filter::Employees:
        return Tr::tr("number of employees");
    case Filter::Budget:
        return Tr::tr("budget");
    case Filter::Scheme:
        return Tr::tr("scheme");
    case Filter::Availability:
        return Tr::tr("availability");
    }
    return {};
}

QSet<QString> installedAreas(const PackRepository& packs)
{
    QSet<QString> areas;
    for (const PackEntry& entry : packs.list()) {
        if (auto pack = packs.find(entry.path)) {
            for (const Category& c : pack->categories) {
                areas.insert(pack->id + u':' + c.id);
            }
        }
    }
    return areas;
}

FirmNeeds firmNeeds(const Pack& pack, const Profile& profile, const ScoreResult& result)
{
    FirmNeeds firm;
    QHash<QString, std::size_t> at;
    for (const PlanStep& step : result.plan) {
        const Question& q = pack.questions[std::size_t(step.question)];
        const QStringList& caps = q.recommendation.capabilities;
        if (caps.isEmpty() || step.benefit <= 0) {
            continue;
        }
        const double share = step.benefit / double(caps.size());
        for (const QString& cap : caps) {
            auto it = at.constFind(cap);
            if (it == at.cend()) {
                it = at.insert(cap, firm.needs.size());
                firm.needs.push_back(Need{cap, 0, {}});
            }
            Need& need = firm.needs[*it];
            need.weight += share;
            need.questions.append(q.id);
        }
        firm.totalWeight += step.benefit;
    }
    std::sort(firm.needs.begin(), firm.needs.end(), [](const Need& a, const Need& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.capability < b.capability;
    });
    for (const CategoryScore& c : result.categories) {
        if (c.gap > 0) {
            firm.areaGaps.emplace_back(pack.id + u':' + pack.categories[std::size_t(c.category)].id, c.gap);
        }
    }
    std::stable_sort(firm.areaGaps.begin(), firm.areaGaps.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    firm.prefecture = profile.prefecture;
    firm.devices = profile.assets.pcs + profile.assets.servers;
    firm.employees = profile.employees;
    firm.industry = profile.industry;
    firm.tier = result.tier;
    firm.suppliesLargeFirms = profile.suppliesLargeFirms;
    firm.key = profile.name + u'/' + QString::number(profile.prefecture);
    return firm;
}

ServiceMatches matchServices(const std::vector<ServiceEntry>& services, const FirmNeeds& firm,
                             const MatchOptions& options)
{
    const Language lang = options.language;
    ServiceMatches out;
    out.considered = int(services.size());
    struct Candidate
    {
        const ServiceEntry* e;
        qint64 monthly;
        qint64 firstYear;
        QString basis;
    };
    std::vector<Candidate> passing;
    // For "what to relax": services that fail one filter only, and the budget they would need.
    QHash<int, int> onlyFailing;
    std::vector<qint64> overBudget; // monthly prices of those left out by the budget alone
    const bool small = firm.tier == Tier::Micro || firm.tier == Tier::Small;
    for (const ServiceEntry& e : services) {
        qint64 units = 1;
        QString basis;
        switch (e.priceUnit) {
        case PriceUnit::Site:
            basis = Tr::tr("%1 a month per site").arg(formatYen(e.priceMonthly));
            break;
        case PriceUnit::Device:
            units = std::max({firm.devices, e.minDevices, 1});
            basis = Tr::tr("%1 per device × %2 devices").arg(formatYen(e.priceMonthly), formatCount(units));
            if (e.minDevices > firm.devices) {
                basis += u' ' + Tr::tr("(the service's minimum)");
            }
            break;
        case PriceUnit::Employee:
            units = std::max(firm.employees, 1);
            basis = Tr::tr("%1 per user × %2 users").arg(formatYen(e.priceMonthly), formatCount(units));
            break;
        }
        if (!e.pricePublished) {
            basis = Tr::tr("price on request");
        }
        const qint64 monthly = e.pricePublished ? e.priceMonthly * units : 0;
        const qint64 firstYear = e.pricePublished ? e.initialFee + 12 * monthly : 0;
        std::vector<FilterFailure> failures;
        if (!e.servesRegion(firm.prefecture)) {
            failures.push_back({Filter::Region, Tr::tr("does not serve %1").arg(prefecture(firm.prefecture, lang))});
        }
        if (options.onsiteOnly && !e.dispatchesTo(firm.prefecture)) {
            failures.push_back(
                {Filter::Onsite, Tr::tr("sends no engineer on site to %1").arg(prefecture(firm.prefecture, lang))});
        }
        if (e.maxDevices > 0 && firm.devices > e.maxDevices) {
            failures.push_back({Filter::Devices, Tr::tr("covers at most %1 devices; you have %2")
                                                     .arg(formatCount(e.maxDevices), formatCount(firm.devices))});
        }
        if (e.maxEmployees > 0 && firm.employees > e.maxEmployees) {
            failures.push_back({Filter::Employees, Tr::tr("is for firms of up to %1 employees; you have %2")
                                                       .arg(formatCount(e.maxEmployees), formatCount(firm.employees))});
        }
        if (!options.schemes.empty() &&
            std::find(options.schemes.begin(), options.schemes.end(), e.scheme) == options.schemes.end()) {
            failures.push_back(
                {Filter::Scheme,
                 Tr::tr("its scheme (%1) is not among those chosen").arg(schemeName(e.scheme).text(lang))});
        }
        if (options.budget && e.pricePublished && monthly > *options.budget) {
            failures.push_back({Filter::Budget, Tr::tr("costs about %1 a month for you; the budget is %2")
                                                    .arg(formatYen(monthly), formatYen(*options.budget))});
        }
        if (failures.empty()) {
            passing.push_back({&e, monthly, firstYear, basis});
            continue;
        }
        if (failures.size() == 1) {
            ++onlyFailing[int(failures.front().filter)];
            if (failures.front().filter == Filter::Budget) {
                overBudget.push_back(monthly);
            }
        }
        out.rejected.push_back({e, std::move(failures)});
    }
    qint64 cheapest = -1;
    for (const Candidate& c : passing) {
        if (c.e->pricePublished) {
            cheapest = cheapest < 0 ? c.firstYear : std::min(cheapest, c.firstYear);
        }
    }
    const quint64 firmHash = stableHash(firm.key);
    struct Ranked
    {
        ServiceMatch match;
        quint64 tie;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(passing.size());
    for (const Candidate& c : passing) {
        const ServiceEntry& e = *c.e;
        ServiceMatch m;
        m.service = e;
        splitNeeds(firm, e.capabilities, m.covered, m.missing, m.coverage);
        m.monthlyEstimate = c.monthly;
        m.firstYearEstimate = c.firstYear;
        m.priceBasis = c.basis;
        // A price not published counts as half a fit: neither the cheapest nor ruled out.
        const double priceFit = e.pricePublished ? double(cheapest + 1) / double(c.firstYear + 1) : 0.5;
        double schemeFit = 0;
        switch (e.scheme) {
        case Scheme::Otasuke1:
            schemeFit = small ? 1.0 : 0.6;
            break;
        case Scheme::Otasuke2:
            schemeFit = small ? 0.7 : 1.0;
            break;
        case Scheme::OtasukeNew:
            schemeFit = firm.suppliesLargeFirms ? 1.0 : 0.7;
            break;
        case Scheme::Other:
            break;
        }
        const bool onsiteHere = e.dispatchesTo(firm.prefecture);
        m.score = round1(100.0 * (0.60 * m.coverage + 0.20 * priceFit + 0.10 * schemeFit + 0.05 * (e.subsidy ? 1 : 0) +
                                  0.05 * (onsiteHere ? 1 : 0)));
        m.reasons.append(coverageSentence(firm, m.covered, m.coverage, lang));
        if (!m.missing.empty() && !m.covered.empty()) {
            m.reasons.append(Tr::tr("Does not cover: %1.").arg(labels(m.missing, lang)));
        }
        const QString tax = e.tax == TaxBasis::Included   ? Tr::tr(" (tax included)")
                            : e.tax == TaxBasis::Excluded ? Tr::tr(" (before tax)")
                                                          : QString();
        if (!e.pricePublished) {
            m.reasons.append(Tr::tr("The provider does not publish a price; ask for a quote."));
        } else if (c.firstYear == 0) {
            m.reasons.append(Tr::tr("Free of charge."));
        } else {
            m.reasons.append(e.initialFee > 0 ? Tr::tr("About %1 a month for you (%2); %3 in the first year with the "
                                                       "initial fee of %4.")
                                                        .arg(formatYen(c.monthly), c.basis, formatYen(c.firstYear),
                                                             formatYen(e.initialFee)) +
                                                    tax
                                              : Tr::tr("About %1 a month for you (%2); %3 in the first year.")
                                                        .arg(formatYen(c.monthly), c.basis, formatYen(c.firstYear)) +
                                                    tax);
        }
        if (e.minTermMonths > 0) {
            m.reasons.append(Tr::tr("Minimum term: %n month(s).", nullptr, e.minTermMonths));
        }
        if (e.scheme == Scheme::OtasukeNew) {
            m.reasons.append(Tr::tr("%1: a pilot that METI runs with IPA while it creates this type, to help "
                                    "firms take the measures of the supply-chain security rating (SCS評価制度).")
                                 .arg(schemeName(e.scheme).text(lang)));
        } else if (isOtasuke(e.scheme)) {
            m.reasons.append(Tr::tr("%1: help desk, 24-hour monitoring, on-site response and simple cyber "
                                    "insurance in one package, checked against IPA's criteria.")
                                 .arg(schemeName(e.scheme).text(lang)));
            if (e.scheme == Scheme::Otasuke2 && !small) {
                m.reasons.append(Tr::tr("Class 2 is meant for mid-size and larger SMEs like yours."));
            }
        }
        if (e.regionsUnknown) {
            m.reasons.append(Tr::tr("The provider has not published where it works; ask whether it serves %1.")
                                 .arg(prefecture(firm.prefecture, lang)));
        }
        if (onsiteHere) {
            m.reasons.append(Tr::tr("Sends an engineer on site to %1.").arg(prefecture(firm.prefecture, lang)));
        } else if (e.dispatchUnknown) {
            m.reasons.append(Tr::tr("Where it sends an engineer on site is not published; ask about %1.")
                                 .arg(prefecture(firm.prefecture, lang)));
        } else {
            m.reasons.append(Tr::tr("Remote support only in %1.").arg(prefecture(firm.prefecture, lang)));
        }
        if (e.subsidy) {
            m.reasons.append(Tr::tr("Its fees can be paid in part by the IT導入補助金 (security support)."));
        }
        m.stale = isStale(e.asOf, options.today, options.staleMonths);
        if (m.stale) {
            m.reasons.append(Tr::tr("These facts date from %1, longer ago than Mamori's limit of %2 months: check "
                                    "the provider's current terms.")
                                 .arg(e.asOf.toString(Qt::ISODate))
                                 .arg(options.staleMonths));
        }
        if (e.sample) {
            m.reasons.append(Tr::tr("Sample entry: a fictional provider, for demonstrations and tests."));
        }
        ranked.push_back({std::move(m), mix(firmHash ^ stableHash(e.id))});
    }
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.match.score != b.match.score) {
            return a.match.score > b.match.score;
        }
        if (a.tie != b.tie) {
            return a.tie < b.tie;
        }
        return a.match.service.id < b.match.service.id;
    });
    for (std::size_t i = 0; i < ranked.size() && int(i) < options.top; ++i) {
        ranked[i].match.rank = int(i) + 1;
        out.matches.push_back(std::move(ranked[i].match));
    }
    if (out.matches.empty()) {
        if (services.empty()) {
            out.relax.append(Tr::tr("The catalog holds no services; an administrator imports a list with "
                                    "\"mamori-cli catalog import\"."));
        }
        if (!overBudget.empty()) {
            // The smallest raise that brings something in, and how many it brings.
            const qint64 needed = *std::min_element(overBudget.begin(), overBudget.end());
            const int n = int(std::count(overBudget.begin(), overBudget.end(), needed));
            out.relax.append(Tr::tr("Raise the budget to %1 a month: %n service(s) would then match.", nullptr, n)
                                 .arg(formatYen(needed)));
        }
        if (const int n = onlyFailing.value(int(Filter::Onsite)); n > 0) {
            out.relax.append(
                Tr::tr("Accept remote support without on-site visits: %n service(s) would then match.", nullptr, n));
        }
        if (const int n = onlyFailing.value(int(Filter::Scheme)); n > 0) {
            out.relax.append(Tr::tr("Include every scheme: %n service(s) would then match.", nullptr, n));
        }
        const int sizeOnly = onlyFailing.value(int(Filter::Devices)) + onlyFailing.value(int(Filter::Employees));
        if (sizeOnly > 0) {
            out.relax.append(Tr::tr("%n service(s) are made for smaller firms; a class 2 (2類) service or a "
                                    "provider's larger plan fits yours.",
                                    nullptr, sizeOnly));
        }
        const bool noneHere = !services.empty() && std::all_of(services.begin(), services.end(), [&](const auto& e) {
            return !e.servesRegion(firm.prefecture);
        });
        if (noneHere) {
            out.relax.append(Tr::tr("No service in the catalog serves %1: import your region's list, or ask the "
                                    "local chamber of commerce which お助け隊 services cover it.")
                                 .arg(prefecture(firm.prefecture, lang)));
        }
        if (out.relax.isEmpty() && !services.empty()) {
            out.relax.append(Tr::tr("Every service fails more than one condition; loosen several at once, or "
                                    "import a fuller list."));
        }
    }
    return out;
}

MatchOutcome MatchService::match(const FirmNeeds& firm, const MatchOptions& services, const MatchOptions& talent,
                                 Kinds kinds)
{
    MatchOutcome out;
    if (kinds != Kinds::Talent) {
        if (const qint64 revision = m_catalog.revision(); revision != m_revision) {
            if (auto read = m_catalog.services()) {
                m_services = std::move(*read);
                m_revision = revision;
            } else {
                m_services.clear();
                m_revision = -1;
                out.servicesProblem = read.error();
            }
        }
        if (m_revision >= 0) {
            out.services = matchServices(m_services, firm, services);
        }
    }
    if (kinds != Kinds::Services) {
        if (auto matched = matchTalent(m_catalog, firm, talent)) {
            out.talent = std::move(*matched);
        } else {
            out.talentProblem = matched.error();
        }
    }
    return out;
}

Result<TalentMatches> matchTalent(CatalogStore& catalog, const FirmNeeds& firm, const MatchOptions& options)
{
    const Language lang = options.language;
    auto loaded = catalog.talentIndex();
    if (!loaded) {
        return failure(loaded.error());
    }
    const TalentIndex& index = **loaded;
    TalentMatches out;
    out.considered = int(index.keys.size());

    std::array<double, 64> needWeight{};
    quint64 needMask = 0;
    const QStringList capabilityIds = Vocabulary::capabilities().ids();
    for (const Need& n : firm.needs) {
        const qsizetype bit = capabilityIds.indexOf(n.capability);
        if (bit >= 0 && bit < 64) {
            needWeight[std::size_t(bit)] += n.weight;
            needMask |= quint64(1) << bit;
        }
    }
    std::array<double, 64> areaWeight{};
    quint64 areaMask = 0;
    double areaTotal = 0;
    for (const auto& [area, gap] : firm.areaGaps) {
        if (const auto it = index.areaBits.constFind(area); it != index.areaBits.cend()) {
            areaWeight[std::size_t(*it)] = gap;
            areaMask |= quint64(1) << *it;
        }
        areaTotal += gap;
    }
    const auto weighted = [](quint64 bits, const std::array<double, 64>& weights) {
        double sum = 0;
        while (bits) {
            sum += weights[std::size_t(std::countr_zero(bits))];
            bits &= bits - 1;
        }
        return sum;
    };
    const quint64 here = quint64(1) << firm.prefecture;
    const quint32 industryBit = firm.industry.isNull() ? 0 : quint32(1) << (firm.industry.unicode() - u'A');
    const qint64 budget = options.budget.value_or(-1);

    // Pass 1: the hard filters. Counts per filter, and the best-covering people they removed.
    std::vector<quint32> passing;
    passing.reserve(index.keys.size() / 2);
    std::array<int, 7> removed{};
    std::array<int, 7> onlyRemoved{};
    std::vector<quint32> overBudget; // fees of those left out by the budget alone
    quint32 minFee = UINT32_MAX;
    struct Near
    {
        double coverage;
        quint32 at;
    };
    std::vector<Near> nearMisses;
    for (quint32 i = 0; i < quint32(index.keys.size()); ++i) {
        const TalentKey& k = index.keys[i];
        const bool onsiteHere = (k.flags & TalentKey::Onsite) && (k.areas & here);
        int failed = 0;
        int last = 0;
        if (options.onsiteOnly ? !onsiteHere : (!onsiteHere && !(k.flags & TalentKey::Remote))) {
            // Left out by "on site only" only when accepting remote work would bring the person in.
            last = int(options.onsiteOnly && (k.flags & TalentKey::Remote) ? Filter::Onsite : Filter::Region);
            ++removed[std::size_t(last)];
            ++failed;
        }
        if (k.availability == quint8(Availability::Unavailable)) {
            last = int(Filter::Availability);
            ++removed[std::size_t(last)];
            ++failed;
        }
        if (budget >= 0 && k.feeDayMin > 0 && qint64(k.feeDayMin) > budget) {
            last = int(Filter::Budget);
            ++removed[std::size_t(last)];
            ++failed;
        }
        if (failed == 0) {
            passing.push_back(i);
            if (k.feeDayMin > 0) { // 0: not stated, which is not "free"
                minFee = std::min(minFee, k.feeDayMin);
            }
            continue;
        }
        if (failed == 1) {
            ++onlyRemoved[std::size_t(last)];
            if (last == int(Filter::Budget)) {
                overBudget.push_back(k.feeDayMin);
            }
        }
        if (firm.totalWeight > 0) {
            const double coverage = weighted(k.skills & needMask, needWeight) / firm.totalWeight;
            if (nearMisses.size() < 5 || coverage > nearMisses.back().coverage) {
                nearMisses.push_back({coverage, i});
                std::sort(nearMisses.begin(), nearMisses.end(), [&](const Near& a, const Near& b) {
                    return a.coverage != b.coverage ? a.coverage > b.coverage
                                                    : index.keys[a.at].row < index.keys[b.at].row;
                });
                if (nearMisses.size() > 5) {
                    nearMisses.pop_back();
                }
            }
        }
    }
    out.passed = int(passing.size());
    for (int f = 0; f < 7; ++f) {
        if (removed[std::size_t(f)] > 0) {
            out.filteredCounts.emplace_back(Filter(f), removed[std::size_t(f)]);
        }
    }

    // Pass 2: score what passed and keep the best.
    struct Scored
    {
        double score;
        quint64 tie;
        quint32 at;
    };
    const quint64 firmHash = stableHash(firm.key);
    std::vector<Scored> scored;
    scored.reserve(passing.size());
    for (const quint32 i : passing) {
        const TalentKey& k = index.keys[i];
        const double coverage = firm.totalWeight > 0 ? weighted(k.skills & needMask, needWeight) / firm.totalWeight : 0;
        const double areas = areaTotal > 0 ? weighted(k.categories & areaMask, areaWeight) / areaTotal : 0;
        const double availability = k.availability == quint8(Availability::Available) ? 1.0 : 0.5;
        // A fee not stated counts as middling: neither the cheapest nor ruled out.
        const double price = k.feeDayMin == 0 || minFee == UINT32_MAX ? 0.5 : double(minFee) / double(k.feeDayMin);
        const double industry = (k.industries & industryBit) ? 1.0 : 0.0;
        const double riss = (k.flags & TalentKey::RissCurrent) ? 1.0 : (k.flags & TalentKey::Riss) ? 0.5 : 0.0;
        const double onsite = ((k.flags & TalentKey::Onsite) && (k.areas & here)) ? 1.0 : 0.0;
        const double score = 100.0 * (0.55 * coverage + 0.10 * areas + 0.10 * availability + 0.10 * price +
                                      0.05 * industry + 0.05 * riss + 0.05 * onsite);
        scored.push_back({round1(score), mix(firmHash ^ k.idHash), i});
    }
    const auto better = [&](const Scored& a, const Scored& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.tie != b.tie) {
            return a.tie < b.tie;
        }
        return index.keys[a.at].row < index.keys[b.at].row;
    };
    const std::size_t top = std::min(scored.size(), std::size_t(std::max(options.top, 0)));
    std::partial_sort(scored.begin(), scored.begin() + std::ptrdiff_t(top), scored.end(), better);
    scored.resize(top);

    std::vector<quint32> rows;
    rows.reserve(scored.size() + nearMisses.size());
    for (const Scored& s : scored) {
        rows.push_back(index.keys[s.at].row);
    }
    for (const Near& n : nearMisses) {
        rows.push_back(index.keys[n.at].row);
    }
    auto entries = catalog.talentByRows(rows);
    if (!entries) {
        return failure(entries.error());
    }
    if (entries->size() != rows.size()) {
        return failure(
            fileError(ErrorCode::Database, catalog.path(), Tr::tr("the catalog changed while matching; try again")));
    }
    for (std::size_t r = 0; r < scored.size(); ++r) {
        const TalentEntry& t = (*entries)[r];
        TalentMatch m;
        m.talent = t;
        m.rank = int(r) + 1;
        m.score = scored[r].score;
        splitNeeds(firm, t.skills, m.covered, m.missing, m.coverage);
        for (const auto& [area, gap] : firm.areaGaps) {
            if (t.categories.contains(area)) {
                m.areas.append(area);
            }
        }
        m.reasons.append(coverageSentence(firm, m.covered, m.coverage, lang));
        if (!m.missing.empty() && !m.covered.empty()) {
            m.reasons.append(Tr::tr("Does not cover: %1.").arg(labels(m.missing, lang)));
        }
        if (!m.areas.isEmpty()) {
            m.reasons.append(
                Tr::tr("Works on %n of the areas where you fall short of the target.", nullptr, int(m.areas.size())));
        }
        const bool onsiteHere = t.onsite && t.prefectures.contains(firm.prefecture);
        if (onsiteHere) {
            m.reasons.append(
                t.remote
                    ? Tr::tr("Comes on site in %1, and also works remotely.").arg(prefecture(firm.prefecture, lang))
                    : Tr::tr("Comes on site in %1.").arg(prefecture(firm.prefecture, lang)));
        } else {
            m.reasons.append(Tr::tr("Works remotely."));
        }
        if (t.feeDayMin == 0) {
            m.reasons.append(Tr::tr("Fee: not stated; ask."));
        } else {
            m.reasons.append(t.feeDayMax > t.feeDayMin
                                 ? Tr::tr("Fee: %1–%2 a day.").arg(formatYen(t.feeDayMin), formatYen(t.feeDayMax))
                                 : Tr::tr("Fee: %1 a day.").arg(formatYen(t.feeDayMin)));
        }
        if (t.hasRiss()) {
            m.reasons.append(
                t.rissTraining == u"current"_s
                    ? Tr::tr("情報処理安全確保支援士 (No. %1), statutory training up to date.").arg(t.rissNumber)
                    : Tr::tr("情報処理安全確保支援士 (No. %1); training status not confirmed.").arg(t.rissNumber));
        }
        if (!firm.industry.isNull() && t.industries.contains(QString(firm.industry))) {
            m.reasons.append(Tr::tr("Has worked in your industry (%1).").arg(industryName(firm.industry).text(lang)));
        }
        if (t.availability == Availability::Limited) {
            m.reasons.append(Tr::tr("Has little time free at the moment."));
        }
        if (!t.channels.isEmpty()) {
            QStringList names;
            for (const QString& c : t.channels) {
                names.append(channelName(c).text(lang));
            }
            m.reasons.append(Tr::tr("Can be engaged through %1, which may lower the cost.")
                                 .arg(names.join(lang == Language::Japanese ? u"、"_s : u", "_s)));
        }
        if (t.sample) {
            m.reasons.append(
                Tr::tr("Sample entry: a fictional person, shipped so that matching works out of the box."));
        }
        out.matches.push_back(std::move(m));
    }
    for (std::size_t n = 0; n < nearMisses.size(); ++n) {
        const TalentEntry& t = (*entries)[scored.size() + n];
        TalentRejection rejection;
        rejection.talent = t;
        rejection.coverage = nearMisses[n].coverage;
        const bool onsiteHere = t.onsite && t.prefectures.contains(firm.prefecture);
        if (options.onsiteOnly && !onsiteHere && t.remote) {
            rejection.failures.push_back(
                {Filter::Onsite, Tr::tr("does not work on site in %1").arg(prefecture(firm.prefecture, lang))});
        } else if (!onsiteHere && !t.remote) {
            rejection.failures.push_back(
                {Filter::Region, Tr::tr("works only on site, and not in %1").arg(prefecture(firm.prefecture, lang))});
        }
        if (t.availability == Availability::Unavailable) {
            rejection.failures.push_back({Filter::Availability, Tr::tr("is not taking work at the moment")});
        }
        if (budget >= 0 && t.feeDayMin > 0 && t.feeDayMin > budget) {
            rejection.failures.push_back(
                {Filter::Budget,
                 Tr::tr("charges from %1 a day; the budget is %2").arg(formatYen(t.feeDayMin), formatYen(budget))});
        }
        out.rejected.push_back(std::move(rejection));
    }
    if (out.matches.empty()) {
        if (index.keys.empty()) {
            out.relax.append(Tr::tr("Mamori ships no list of experts: real people must agree to be listed, and a "
                                    "list goes out of date. Find one through 中小企業119 (experts searchable by "
                                    "field, industry, area and qualification), IPA's public search of registered "
                                    "情報処理安全確保支援士, or your chamber of commerce; an administrator can "
                                    "import a list with \"mamori-cli catalog import\"."));
        }
        if (!overBudget.empty()) {
            const quint32 needed = *std::min_element(overBudget.begin(), overBudget.end());
            const int n = int(std::count(overBudget.begin(), overBudget.end(), needed));
            out.relax.append(Tr::tr("Raise the budget to %1 a day: %n expert(s) would then match.", nullptr, n)
                                 .arg(formatYen(needed)));
        }
        if (const int n = onlyRemoved[std::size_t(Filter::Onsite)]; n > 0) {
            out.relax.append(Tr::tr("Accept remote work: %n expert(s) would then match.", nullptr, n));
        }
        if (const int n = onlyRemoved[std::size_t(Filter::Availability)]; n > 0) {
            out.relax.append(Tr::tr("%n expert(s) would match but are fully booked; ask again later.", nullptr, n));
        }
        if (removed[std::size_t(Filter::Region)] == out.considered && out.considered > 0) {
            out.relax.append(Tr::tr("Nobody in the catalog works in %1 or remotely: import a fuller list, or ask "
                                    "中小企業119 for an expert.")
                                 .arg(prefecture(firm.prefecture, lang)));
        }
        if (out.relax.isEmpty() && out.considered > 0) {
            out.relax.append(Tr::tr("Everyone fails more than one condition; loosen several at once."));
        }
    }
    return out;
}

} // namespace mamori
