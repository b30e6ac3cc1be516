#include "core/packsuggestion.h"

#include "core/scorer.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PackSuggestion)
};

} // namespace

std::vector<PackSuggestion> suggestPacks(const Profile& profile, const PackRepository& packs)
{
    const Tier tier = profile.tier();
    const bool larger = tier == Tier::Medium || tier == Tier::Large || profile.suppliesLargeFirms;
    const QString first = larger ? u"sme-guideline"_s : u"ipa-self-check"_s;
    std::vector<PackSuggestion> out;
    QSet<QString> seen;
    for (const PackEntry& entry : packs.list()) {
        // New assessments use the newest version, which the list gives first.
        if (seen.contains(entry.id)) {
            continue;
        }
        seen.insert(entry.id);
        auto pack = packs.open(entry);
        if (!pack) {
            continue;
        }
        PackSuggestion s;
        s.pack = entry;
        s.questions = int(Scorer(*pack, profile).applicableByProfile().size());
        s.recommended = entry.id == first;
        if (entry.id == u"ipa-self-check"_s) {
            s.reason = larger ? Tr::tr("IPA's 25-question self-check: a quick first look at the basics.")
                              : Tr::tr("IPA's 25-question self-check, which SECURITY ACTION's second step (★★) asks "
                                       "for: about 15 minutes.");
        } else if (entry.id == u"sme-guideline"_s) {
            s.reason =
                profile.suppliesLargeFirms && !(tier == Tier::Medium || tier == Tier::Large)
                    ? Tr::tr("The full SME guideline, %n question(s) chosen for your IT assets: the "
                             "level that large customers increasingly ask their suppliers for.",
                             nullptr, s.questions)
                    : Tr::tr("The full SME guideline, %n question(s) chosen for your IT assets.", nullptr, s.questions);
        } else if (entry.id == u"meti-management-10"_s) {
            s.reason = Tr::tr("For executives: how firmly the ten instructions of METI's Cybersecurity Management "
                              "Guidelines are in place, on a five-level maturity scale.");
        } else if (entry.id == u"scs-star3-readiness"_s) {
            s.reason = profile.suppliesLargeFirms
                           ? Tr::tr("Preparation for ★3 of the supply-chain security evaluation scheme, which large "
                                    "customers are expected to ask of suppliers (based on published drafts).")
                           : Tr::tr("Preparation for ★3 of the supply-chain security evaluation scheme (based on "
                                    "published drafts).");
        } else {
            s.reason = Tr::tr("An installed questionnaire; %n of its questions apply to you.", nullptr, s.questions);
        }
        out.push_back(std::move(s));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const PackSuggestion& a, const PackSuggestion& b) { return a.recommended > b.recommended; });
    return out;
}

} // namespace mamori
