#include "core/scorer.h"

#include <algorithm>
#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

double oneDecimal(double value)
{
    return std::round(value * 10.0) / 10.0;
}

double percentOf(double points, double maxPoints)
{
    if (maxPoints <= 0) {
        return 0;
    }
    return oneDecimal(std::clamp(100.0 * points / maxPoints, 0.0, 100.0));
}

double gradeCost(Grade grade)
{
    switch (grade) {
    case Grade::Low:
        return 1;
    case Grade::Medium:
        return 2;
    case Grade::High:
        return 4;
    }
    return 2;
}

} // namespace

QString horizonId(Horizon horizon)
{
    switch (horizon) {
    case Horizon::Week:
        return u"week"_s;
    case Horizon::Quarter:
        return u"quarter"_s;
    case Horizon::Year:
        return u"year"_s;
    }
    return {};
}

Scorer::Scorer(const Pack& pack, const Profile& profile)
    : m_pack(pack), m_tier(profile.tier()), m_profileApplies(pack.questions.size(), true)
{
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const auto& condition = pack.questions[i].appliesIf;
        m_profileApplies[i] = !condition || condition->evaluate(profile);
        if (m_profileApplies[i]) {
            m_byProfile.push_back(int(i));
        }
    }
}

// Asked: applies_if holds and the parent's answer opens it. Implied: its parent is present but did not
// open it, and the pack says what it counts as meanwhile. The loader guarantees chains end.
Scorer::Presence Scorer::presence(int question, const AnswerSet& answers, std::vector<Presence>& memo) const
{
    Presence& slot = memo[std::size_t(question)];
    if (slot != Presence::Unknown) {
        return slot;
    }
    const Question& q = m_pack.questions[std::size_t(question)];
    if (!m_profileApplies[std::size_t(question)]) {
        slot = Presence::Absent;
    } else if (!q.dependsOn) {
        slot = Presence::Asked;
    } else {
        const int parent = q.dependsOn->question;
        const Presence parentPresence = presence(parent, answers, memo);
        QString parentChoice;
        if (parentPresence == Presence::Asked) {
            parentChoice = answers.choices.value(m_pack.questions[std::size_t(parent)].id);
        } else if (parentPresence == Presence::Implied) {
            parentChoice = m_pack.scale[std::size_t(m_pack.questions[std::size_t(parent)].dependsOn->otherwise)].id;
        }
        if (parentPresence == Presence::Absent) {
            slot = Presence::Absent;
        } else if (!parentChoice.isEmpty() && q.dependsOn->answers.contains(parentChoice)) {
            slot = Presence::Asked;
        } else {
            slot = q.dependsOn->otherwise >= 0 ? Presence::Implied : Presence::Absent;
        }
    }
    return slot;
}

std::vector<int> Scorer::questionsToAsk(const AnswerSet& answers) const
{
    std::vector<Presence> memo(m_pack.questions.size(), Presence::Unknown);
    std::vector<int> out;
    for (int i : m_byProfile) {
        if (presence(i, answers, memo) == Presence::Asked) {
            out.push_back(i);
        }
    }
    return out;
}

ScoreResult Scorer::score(const AnswerSet& answers, Plan plan) const
{
    ScoreResult r;
    r.tier = m_tier;
    r.questions.resize(m_pack.questions.size());
    r.categories.resize(m_pack.categories.size());
    for (std::size_t c = 0; c < m_pack.categories.size(); ++c) {
        r.categories[c].category = int(c);
        r.categories[c].target = m_pack.categories[c].target.forTier(m_tier);
    }
    std::vector<Presence> memo(m_pack.questions.size(), Presence::Unknown);
    const double best = m_pack.maxPoints();
    for (int i : m_byProfile) {
        const Presence present = presence(i, answers, memo);
        if (present == Presence::Absent) {
            continue;
        }
        const Question& q = m_pack.questions[std::size_t(i)];
        QuestionOutcome& out = r.questions[std::size_t(i)];
        CategoryScore& cat = r.categories[std::size_t(q.category)];
        int choice = -1;
        if (present == Presence::Implied) {
            choice = q.dependsOn->otherwise;
        } else if (const auto it = answers.choices.constFind(q.id); it != answers.choices.cend()) {
            choice = m_pack.choiceIndex(*it);
        }
        out.choice = choice;
        if (choice >= 0 && m_pack.scale[std::size_t(choice)].notApplicable) {
            out.state = QuestionState::NotApplicable;
            ++cat.notApplicable;
            ++r.notApplicable;
            continue;
        }
        out.maxPoints = best * q.weight;
        if (choice < 0) {
            out.state = QuestionState::Unanswered;
            ++cat.applicable;
            ++r.applicable;
        } else if (present == Presence::Implied) {
            // Scored, but nobody was asked: neither applicable nor answered, so progress stays honest.
            out.state = QuestionState::Implied;
            out.points = m_pack.scale[std::size_t(choice)].points * q.weight;
            ++cat.implied;
            ++r.implied;
        } else {
            const ScaleChoice& sc = m_pack.scale[std::size_t(choice)];
            out.state = QuestionState::Answered;
            out.points = sc.points * q.weight;
            out.flagged = sc.flag;
            ++cat.applicable;
            ++r.applicable;
            ++cat.answered;
            ++r.answered;
            if (sc.flag) {
                ++cat.unknown;
                ++r.unknown;
            }
        }
        cat.points += out.points;
        cat.maxPoints += out.maxPoints;
    }
    for (CategoryScore& cat : r.categories) {
        cat.score = percentOf(cat.points, cat.maxPoints);
        cat.gap = cat.maxPoints > 0 ? oneDecimal(std::max(0.0, cat.target - cat.score)) : 0;
        r.points += cat.points;
        r.maxPoints += cat.maxPoints;
    }
    r.score = percentOf(r.points, r.maxPoints);
    r.level = m_pack.levelFor(r.score);
    if (plan == Plan::Include) {
        r.plan = makePlan(m_pack, r);
    }
    return r;
}

std::vector<PlanStep> makePlan(const Pack& pack, const ScoreResult& result)
{
    std::vector<PlanStep> steps;
    for (std::size_t i = 0; i < result.questions.size(); ++i) {
        const QuestionOutcome& out = result.questions[i];
        if (out.state != QuestionState::Answered && out.state != QuestionState::Unanswered &&
            out.state != QuestionState::Implied) {
            continue;
        }
        const double shortfall = out.maxPoints - out.points;
        if (shortfall <= 0) {
            continue;
        }
        const Question& q = pack.questions[i];
        const double gap = result.categories[std::size_t(q.category)].gap;
        const Recommendation& rec = q.recommendation;
        PlanStep step;
        step.question = int(i);
        step.benefit = shortfall * (1.0 + gap / 100.0);
        step.priority = step.benefit / (gradeCost(rec.cost) + gradeCost(rec.effort));
        if (rec.cost == Grade::Low && rec.effort == Grade::Low) {
            step.horizon = Horizon::Week;
        } else if (rec.cost == Grade::High || rec.effort == Grade::High) {
            step.horizon = Horizon::Year;
        } else {
            step.horizon = Horizon::Quarter;
        }
        steps.push_back(step);
    }
    // Numbered in the order the firm will do them: this week's steps, then this quarter's, then this
    // year's, each the most benefit for the cost first. (Ranked by benefit alone, the numbers jumped
    // about within each horizon: 1, 3, 4 this week, 2, 11 this quarter.)
    std::stable_sort(steps.begin(), steps.end(), [](const PlanStep& a, const PlanStep& b) {
        if (a.horizon != b.horizon) {
            return int(a.horizon) < int(b.horizon);
        }
        return a.priority > b.priority;
    });
    for (std::size_t i = 0; i < steps.size(); ++i) {
        steps[i].rank = int(i) + 1;
    }
    return steps;
}

} // namespace mamori
