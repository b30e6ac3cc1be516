#include "core/resultjson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace

QJsonObject resultToJson(const Pack& pack, const Profile& profile, const ScoreResult& r)
{
    QJsonArray categories;
    for (const CategoryScore& c : r.categories) {
        categories.append(QJsonObject{
            {u"id"_s, pack.categories[std::size_t(c.category)].id},
            {u"score"_s, c.score},
            {u"target"_s, c.target},
            {u"gap"_s, c.gap},
            {u"points"_s, round2(c.points)},
            {u"max_points"_s, round2(c.maxPoints)},
            {u"applicable"_s, c.applicable},
            {u"answered"_s, c.answered},
            {u"unknown"_s, c.unknown},
            {u"not_applicable"_s, c.notApplicable},
            {u"implied"_s, c.implied},
        });
    }
    QJsonArray plan;
    for (const PlanStep& s : r.plan) {
        const Question& q = pack.questions[std::size_t(s.question)];
        plan.append(QJsonObject{
            {u"question"_s, q.id},
            {u"category"_s, pack.categories[std::size_t(q.category)].id},
            {u"priority"_s, s.rank},
            {u"value"_s, round2(s.priority)},
            {u"benefit"_s, round2(s.benefit)},
            {u"horizon"_s, horizonId(s.horizon)},
            {u"cost"_s, gradeId(q.recommendation.cost)},
            {u"effort"_s, gradeId(q.recommendation.effort)},
            {u"refs"_s, QJsonArray::fromStringList(q.refs)},
            {u"capabilities"_s, QJsonArray::fromStringList(q.recommendation.capabilities)},
        });
    }
    QJsonArray flagged;
    QJsonArray unanswered;
    QJsonArray implied;
    for (std::size_t i = 0; i < r.questions.size(); ++i) {
        if (r.questions[i].flagged) {
            flagged.append(pack.questions[i].id);
        }
        if (r.questions[i].state == QuestionState::Unanswered) {
            unanswered.append(pack.questions[i].id);
        }
        if (r.questions[i].state == QuestionState::Implied) {
            implied.append(pack.questions[i].id);
        }
    }
    QJsonObject overall{
        {u"score"_s, r.score},
        {u"points"_s, round2(r.points)},
        {u"max_points"_s, round2(r.maxPoints)},
        {u"level"_s, r.level ? QJsonValue(r.level->id) : QJsonValue(QJsonValue::Null)},
        {u"answered"_s, r.answered},
        {u"applicable"_s, r.applicable},
        {u"unknown"_s, r.unknown},
        {u"not_applicable"_s, r.notApplicable},
        {u"implied"_s, r.implied},
    };
    return QJsonObject{
        {u"format"_s, 1},          {u"pack"_s, QJsonObject{{u"id"_s, pack.id}, {u"version"_s, pack.version}}},
        {u"firm"_s, profile.name}, {u"tier"_s, tierId(r.tier)},
        {u"overall"_s, overall},   {u"categories"_s, categories},
        {u"flagged"_s, flagged},   {u"unanswered"_s, unanswered},
        {u"implied"_s, implied},   {u"plan"_s, plan},
    };
}

QByteArray resultToJsonBytes(const Pack& pack, const Profile& profile, const ScoreResult& result)
{
    return QJsonDocument(resultToJson(pack, profile, result)).toJson(QJsonDocument::Indented);
}

} // namespace mamori
