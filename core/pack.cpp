#include "core/pack.h"

#include <algorithm>

namespace mamori {

using namespace Qt::StringLiterals;

double CategoryTarget::forTier(Tier tier) const
{
    std::optional<double> specific;
    switch (tier) {
    case Tier::Micro:
        specific = micro;
        break;
    case Tier::Small:
        specific = small;
        break;
    case Tier::Medium:
        specific = medium;
        break;
    case Tier::Large:
        specific = large;
        break;
    }
    return specific.value_or(defaultTarget);
}

QString gradeId(Grade grade)
{
    switch (grade) {
    case Grade::Low:
        return u"low"_s;
    case Grade::Medium:
        return u"medium"_s;
    case Grade::High:
        return u"high"_s;
    }
    return {};
}

int Pack::choiceIndex(QStringView key) const
{
    for (std::size_t i = 0; i < scale.size(); ++i) {
        if (scale[i].id == key) {
            return int(i);
        }
    }
    return -1;
}

int Pack::categoryIndex(QStringView key) const
{
    for (std::size_t i = 0; i < categories.size(); ++i) {
        if (categories[i].id == key) {
            return int(i);
        }
    }
    return -1;
}

const Reference* Pack::reference(QStringView key) const
{
    const auto it = std::find_if(references.begin(), references.end(), [&](const Reference& r) { return r.id == key; });
    return it == references.end() ? nullptr : &*it;
}

const Level* Pack::levelFor(double score) const
{
    const Level* reached = nullptr;
    for (const Level& level : levels) {
        if (level.min <= score) {
            reached = &level;
        }
    }
    return reached;
}

void Pack::index()
{
    m_maxPoints = 0;
    for (const ScaleChoice& c : scale) {
        if (!c.notApplicable) {
            m_maxPoints = std::max(m_maxPoints, c.points);
        }
    }
    m_questionIndex.clear();
    m_questionIndex.reserve(qsizetype(questions.size()));
    for (std::size_t i = 0; i < questions.size(); ++i) {
        m_questionIndex.insert(questions[i].id, int(i));
    }
    std::stable_sort(levels.begin(), levels.end(), [](const Level& a, const Level& b) { return a.min < b.min; });
}

const Level* Pack::level(QStringView levelId) const
{
    for (const Level& l : levels) {
        if (l.id == levelId) {
            return &l;
        }
    }
    return nullptr;
}

QStringList Pack::choiceIds() const
{
    QStringList ids;
    for (const ScaleChoice& c : scale) {
        ids.append(c.id);
    }
    return ids;
}

} // namespace mamori
