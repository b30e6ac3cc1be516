#pragma once

#include "core/diagnostic.h"
#include "core/pack.h"
#include "core/scorer.h"
#include "core/store.h"

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace mamori {

class PackRepository;

// One assessment in a firm's history, with its score.
struct HistoryEntry
{
    AssessmentRecord record;            // without answers
    std::optional<StoredResult> result; // current, or the last one computed when `stale`
    bool stale = false;                 // the pack it was made with is not installed; `result` is older
    std::optional<double> change;       // score change since the previous assessment with the same pack
    QString problem;                    // why it could not be scored now, if it could not
};

// An assessment scored now from its stored answers.
struct ScoredAssessment
{
    AssessmentRecord record; // with answers and its profile
    std::shared_ptr<const Pack> pack;
    ScoreResult result; // points into `pack`
};

// What a cached result is valid for: the pack file's digest and the revision of Mamori's scoring.
// Raise ScorerRevision with any change to the scorer or the tier rules that changes a score, so
// results cached by an older Mamori are computed again.
// 2: an area that asked nothing is left out of the stored areas (it was stored as 0).
constexpr int ScorerRevision = 2;
QString resultKey(const Pack& pack);

StoredResult summarise(const Pack& pack, const ScoreResult& result);

struct Comparison;

// The one rule for "the previous assessment", used by the history's changes, the Results page and the
// report alike: in history order (started, then id), the last finished assessment of the same pack
// before `current` that has a score (its last one, marked stale, when its pack version is no longer
// installed: the history shows the change from it, and no area comparison can be made). Null when
// there is none.
const HistoryEntry* previousFinished(const std::vector<HistoryEntry>& history, const AssessmentRecord& current);

// Scores stored assessments with the installed packs. Results are always computed from the stored
// answers and cached in the store under the digest of the pack that computed them, so an edited
// pack (a scoring fix, even one that kept its version number) shows in old assessments the next
// time they are listed, and an unchanged one costs a single read.
class ResultService
{
public:
    ResultService(Store& store, const PackRepository& packs);
    // The service keeps a reference: a temporary repository would be gone before its first use.
    ResultService(Store& store, const PackRepository&& packs) = delete;

    // Every assessment of the firm, oldest first, each with its score and, once finished, the change
    // since the previous finished one with the same pack. Stale or missing cache entries are computed and stored again
    // (not on a read-only store, where they are computed only).
    Result<std::vector<HistoryEntry>> history(qint64 firmId);

    Result<ScoredAssessment> score(qint64 assessmentId);

    // `current` against previousFinished() in `history`: what the Results page and the report show as
    // "since the previous assessment". Empty when there is none or it cannot be scored now.
    std::optional<Comparison> sincePrevious(const ScoredAssessment& current, const std::vector<HistoryEntry>& history);

    // The installed pack that scores assessments of (id, version), loaded once per service.
    Result<std::shared_ptr<const Pack>> pack(const QString& id, const QString& version);

private:
    Store& m_store;
    const PackRepository& m_packs;
    std::map<QString, Result<std::shared_ptr<const Pack>>> m_loaded; // by "id@version"
};

// Two assessments of one firm side by side.
struct Comparison
{
    struct Category
    {
        QString id;
        LocalizedText title;
        std::optional<double> before; // absent when that assessment's pack has no such area, or it asked nothing there
        std::optional<double> after;
        double target = 0; // for the firm's tier, in the later assessment
    };
    struct Change
    {
        QString question;
        LocalizedText text;
        QString category;
        QString before; // choice id; empty when unanswered
        QString after;
        LocalizedText beforeLabel;
        LocalizedText afterLabel;
        double pointsBefore = 0;
        double pointsAfter = 0;
    };
    double scoreBefore = 0;
    double scoreAfter = 0;
    std::vector<Category> categories; // the later pack's order, then categories only the earlier had
    std::vector<Change> changes;      // questions whose answer differs, in the later pack's order
};

// The two must be of the same firm and the same pack id (versions may differ: questions and
// categories are matched by id).
Result<Comparison> compareAssessments(const ScoredAssessment& before, const ScoredAssessment& after);

} // namespace mamori
