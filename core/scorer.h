#pragma once

#include "core/answers.h"
#include "core/pack.h"
#include "core/profile.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mamori {

enum class QuestionState
{
    OutOfScope,    // applies_if or depends_on excludes it for this firm
    Unanswered,    // applies, no answer yet: scores 0 against its maximum
    Answered,      // applies and scored
    NotApplicable, // answered "not applicable": out of the denominator
    Implied,       // a closed follow-up that counts as its depends_on.otherwise choice
};

struct QuestionOutcome
{
    QuestionState state = QuestionState::OutOfScope;
    int choice = -1;      // index into Pack::scale when answered
    double points = 0;    // choice points × weight
    double maxPoints = 0; // best choice × weight, 0 when not counted
    bool flagged = false; // answered with a flagged choice ("don't know")
};

struct CategoryScore
{
    int category = -1;
    double points = 0;
    double maxPoints = 0;
    double score = 0; // 0–100, one decimal
    double target = 0;
    double gap = 0;     // max(0, target − score)
    int applicable = 0; // questions put to the firm (implied follow-ups are not)
    int answered = 0;
    int unknown = 0;
    int notApplicable = 0;
    int implied = 0; // closed follow-ups counted as their `otherwise` choice
};

enum class Horizon
{
    Week,
    Quarter,
    Year
};
QString horizonId(Horizon horizon);

struct PlanStep
{
    int question = -1;
    int rank = 0;        // 1 = do first
    double benefit = 0;  // points still to win, raised by the category gap
    double priority = 0; // benefit ÷ (cost + effort)
    Horizon horizon = Horizon::Quarter;
};

struct ScoreResult
{
    Tier tier = Tier::Small;
    double points = 0;
    double maxPoints = 0;
    double score = 0;             // 0–100, one decimal
    const Level* level = nullptr; // points into the pack; null when it defines no levels
    int applicable = 0;
    int answered = 0;
    int unknown = 0;
    int notApplicable = 0;
    int implied = 0;
    std::vector<CategoryScore> categories;  // one per pack category, pack order
    std::vector<QuestionOutcome> questions; // one per pack question, pack order
    std::vector<PlanStep> plan;
};

// Scores answer sets for one pack and one firm (DESIGN.md "Scoring and gaps", docs/pack-format.md).
// Applicability by profile is computed once at construction, so scoring many answer sets for the
// same firm is cheap. Pure and deterministic; keeps references to `pack`, which must outlive it.
class Scorer
{
public:
    Scorer(const Pack& pack, const Profile& profile);

    enum class Plan
    {
        Include,
        Skip // scores only: history and re-scoring need no action plan
    };
    ScoreResult score(const AnswerSet& answers, Plan plan = Plan::Include) const;

    // Questions that apply to this firm before any answer (applies_if only), in pack order.
    const std::vector<int>& applicableByProfile() const { return m_byProfile; }
    // Questions to ask now: applies_if holds and any depends_on is met by `answers`, in pack order.
    std::vector<int> questionsToAsk(const AnswerSet& answers) const;

private:
    enum class Presence : qint8
    {
        Unknown,
        Absent,
        Asked,
        Implied
    };
    Presence presence(int question, const AnswerSet& answers, std::vector<Presence>& memo) const;

    const Pack& m_pack;
    Tier m_tier;
    std::vector<bool> m_profileApplies;
    std::vector<int> m_byProfile;
};

// The action plan for a scored result: every question that applies and fell short of its maximum,
// ranked by benefit per cost (docs/pack-format.md "Action plan").
std::vector<PlanStep> makePlan(const Pack& pack, const ScoreResult& result);

} // namespace mamori
