#include "core/reportexport.h"

#include "core/catalogformat.h"
#include "core/profilelabels.h"
#include "core/resultjson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Report)
};

QJsonObject text(const LocalizedText& t)
{
    return QJsonObject{{u"ja"_s, t.ja}, {u"en"_s, t.en}};
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QString stateId(QuestionState state)
{
    switch (state) {
    case QuestionState::OutOfScope:
        return u"out_of_scope"_s;
    case QuestionState::Unanswered:
        return u"unanswered"_s;
    case QuestionState::Answered:
        return u"answered"_s;
    case QuestionState::NotApplicable:
        return u"not_applicable"_s;
    case QuestionState::Implied:
        return u"implied"_s;
    }
    return {};
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

QString questionStateLabel(QuestionState state)
{
    switch (state) {
    case QuestionState::OutOfScope:
        return Tr::tr("does not apply to this firm");
    case QuestionState::Unanswered:
        return Tr::tr("not answered");
    case QuestionState::Answered:
        return Tr::tr("answered");
    case QuestionState::NotApplicable:
        return Tr::tr("not applicable");
    case QuestionState::Implied:
        return Tr::tr("follows from an earlier answer");
    }
    return {};
}

QString gradeLabel(Grade grade)
{
    switch (grade) {
    case Grade::Low:
        return Tr::tr("low");
    case Grade::Medium:
        return Tr::tr("medium");
    case Grade::High:
        return Tr::tr("high");
    }
    return {};
}

QString horizonLabel(Horizon horizon)
{
    switch (horizon) {
    case Horizon::Week:
        return Tr::tr("this week");
    case Horizon::Quarter:
        return Tr::tr("this quarter");
    case Horizon::Year:
        return Tr::tr("this year");
    }
    return {};
}

QJsonObject reportToJson(const ReportInput& in)
{
    const Pack& pack = in.pack;
    QJsonArray questions;
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions[i];
        const QuestionOutcome& o = in.result.questions[i];
        QJsonObject item{
            {u"id"_s, q.id},
            {u"category"_s, pack.categories[std::size_t(q.category)].id},
            {u"text"_s, text(q.text)},
            {u"state"_s, stateId(o.state)},
            {u"points"_s, round2(o.points)},
            {u"max_points"_s, round2(o.maxPoints)},
            {u"flagged"_s, o.flagged},
            {u"refs"_s, QJsonArray::fromStringList(q.refs)},
            {u"note"_s, in.answers.notes.value(q.id)},
        };
        if (o.choice >= 0) {
            const ScaleChoice& c = pack.scale[std::size_t(o.choice)];
            item.insert(u"answer"_s, c.id);
            item.insert(u"answer_label"_s, text(c.label));
        } else {
            item.insert(u"answer"_s, QJsonValue::Null);
        }
        questions.append(item);
    }
    QJsonArray plan;
    for (const PlanStep& s : in.result.plan) {
        const Question& q = pack.questions[std::size_t(s.question)];
        plan.append(QJsonObject{
            {u"rank"_s, s.rank},
            {u"question"_s, q.id},
            {u"horizon"_s, horizonId(s.horizon)},
            {u"what_to_do"_s, text(q.recommendation.text)},
            {u"cost"_s, gradeId(q.recommendation.cost)},
            {u"effort"_s, gradeId(q.recommendation.effort)},
            {u"benefit"_s, round2(s.benefit)},
            {u"refs"_s, QJsonArray::fromStringList(q.refs)},
            {u"capabilities"_s, QJsonArray::fromStringList(q.recommendation.capabilities)},
        });
    }
    QJsonArray categories;
    for (const Category& c : pack.categories) {
        categories.append(QJsonObject{{u"id"_s, c.id}, {u"title"_s, text(c.title)}});
    }
    return QJsonObject{
        {u"format"_s, u"mamori-report"_s},
        {u"version"_s, ReportFormatVersion},
        {u"generated_at"_s, in.generatedAt.toUTC().toString(Qt::ISODate)},
        {u"consultant"_s, in.consultant},
        {u"firm"_s, profileToJson(in.profile)},
        {u"pack"_s, QJsonObject{{u"id"_s, pack.id},
                                {u"version"_s, pack.version},
                                {u"title"_s, text(pack.title)},
                                {u"guideline"_s, text(pack.guideline.title)},
                                {u"categories"_s, categories}}},
        {u"result"_s, resultToJson(pack, in.profile, in.result)},
        {u"questions"_s, questions},
        {u"plan"_s, plan},
    };
}

QByteArray reportToJsonBytes(const ReportInput& input)
{
    return QJsonDocument(reportToJson(input)).toJson(QJsonDocument::Indented);
}

QByteArray reportToCsv(const ReportInput& in, Language language)
{
    const Pack& pack = in.pack;
    QByteArray csv = "\xEF\xBB\xBF";
    const auto row = [&csv](const QStringList& cells) {
        QStringList out;
        out.reserve(cells.size());
        for (const QString& c : cells) {
            out.append(csvCell(c));
        }
        csv += out.join(u',').toUtf8();
        csv += "\r\n";
    };
    row({Tr::tr("Section"), Tr::tr("Id"), Tr::tr("Area"), Tr::tr("Item"), Tr::tr("Answer"), Tr::tr("Score or points"),
         Tr::tr("Target or maximum"), Tr::tr("Gap"), Tr::tr("Note"), Tr::tr("Horizon"), Tr::tr("Cost"),
         Tr::tr("Effort"), Tr::tr("Guideline")});
    const QString level = in.result.level ? in.result.level->label.text(language) : QString();
    row({Tr::tr("overall"), pack.id, QString(), in.profile.name, level, number(in.result.score), u"100"_s, QString(),
         Tr::tr("%1 of %2 questions answered").arg(in.result.answered).arg(in.result.applicable), QString(), QString(),
         QString(), pack.guideline.title.text(language)});
    for (const CategoryScore& c : in.result.categories) {
        const Category& category = pack.categories[std::size_t(c.category)];
        row({Tr::tr("area"), category.id, category.title.text(language), category.title.text(language), QString(),
             c.applicable > 0 ? number(c.score) : QString(), number(c.target),
             c.applicable > 0 ? number(c.gap) : QString(),
             c.applicable > 0 ? QString() : Tr::tr("not applicable to this firm"), QString(), QString(), QString(),
             QString()});
    }
    const auto refs = [&pack, language](const Question& q) {
        QStringList out;
        for (const QString& key : q.refs) {
            const Reference* r = pack.reference(key);
            out.append(r ? r->title.text(language) : key);
        }
        return out.join(u"; "_s);
    };
    for (std::size_t i = 0; i < pack.questions.size(); ++i) {
        const Question& q = pack.questions[i];
        const QuestionOutcome& o = in.result.questions[i];
        if (o.state == QuestionState::OutOfScope) {
            continue;
        }
        const QString answer =
            o.choice >= 0 ? pack.scale[std::size_t(o.choice)].label.text(language) : questionStateLabel(o.state);
        row({Tr::tr("question"), q.id, pack.categories[std::size_t(q.category)].title.text(language),
             q.text.text(language), answer, o.maxPoints > 0 ? number(o.points) : QString(),
             o.maxPoints > 0 ? number(o.maxPoints) : QString(), QString(), in.answers.notes.value(q.id), QString(),
             QString(), QString(), refs(q)});
    }
    for (const PlanStep& s : in.result.plan) {
        const Question& q = pack.questions[std::size_t(s.question)];
        row({Tr::tr("plan"), QString::number(s.rank), pack.categories[std::size_t(q.category)].title.text(language),
             q.recommendation.text.text(language), q.id, QString(), QString(), QString(), QString(),
             horizonLabel(s.horizon), gradeLabel(q.recommendation.cost), gradeLabel(q.recommendation.effort), refs(q)});
    }
    return csv;
}

} // namespace mamori
