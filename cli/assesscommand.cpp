#include "cli/assesscommands.h"
#include "cli/inputs.h"
#include "core/format.h"
#include "core/reportexport.h"
#include "core/resultjson.h"
#include "core/scorer.h"

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::AssessCommand)
};

QString number(double value)
{
    return formatNumber(value);
}

// A bar of ten cells for a 0–100 score, so the weak areas stand out at a glance in a terminal.
QString bar(double score)
{
    const int filled = int(std::lround(std::clamp(score, 0.0, 100.0) / 10.0));
    return QString(filled, u'█') + QString(10 - filled, u'░');
}

void printText(const Pack& pack, const Profile& profile, const ScoreResult& r, Context& ctx)
{
    const Language lang = ctx.language;
    QTextStream& out = ctx.out;
    out << Tr::tr("Firm: %1 (%2)").arg(profile.name, tierLabel(r.tier)) << u'\n';
    out << Tr::tr("Pack: %1 %2").arg(pack.title.text(lang), pack.version) << u'\n';
    if (const QString notice = unsignedNotice(pack.verification.state); !notice.isEmpty()) {
        for (const QString& line : wrapText(notice, 76)) {
            out << u"  "_s << line << u'\n';
        }
    }
    out << u'\n';
    out << Tr::tr("Overall score: %1 / 100").arg(number(r.score));
    out << u"   "_s
        << Tr::tr("(points %1 of %2)").arg(QString::number(r.points, 'g', 6), QString::number(r.maxPoints, 'g', 6))
        << u'\n';
    if (r.level) {
        out << Tr::tr("Level: %1").arg(r.level->label.text(lang)) << u'\n';
        if (!r.level->advice.text(lang).isEmpty()) {
            for (const QString& line : wrapText(r.level->advice.text(lang), 76)) {
                out << u"  "_s << line << u'\n';
            }
        }
    }
    out << Tr::tr("Answered %1 of %2 applicable questions").arg(r.answered).arg(r.applicable);
    if (r.unknown > 0) {
        out << Tr::tr(", %n answered \"don't know\"", nullptr, r.unknown);
    }
    if (r.notApplicable > 0) {
        out << Tr::tr(", %n not applicable", nullptr, r.notApplicable);
    }
    out << u"\n\n"_s;

    const QString hCategory = Tr::tr("Category");
    const QString hScore = Tr::tr("Score");
    const QString hTarget = Tr::tr("Target");
    const QString hGap = Tr::tr("Gap");
    const QString hAnswered = Tr::tr("Answered");
    int titleWidth = displayWidth(hCategory);
    for (const Category& c : pack.categories) {
        titleWidth = std::max(titleWidth, std::min(34, displayWidth(c.title.text(lang))));
    }
    out << pad(hCategory, titleWidth) << u"  "_s << pad(hScore, 6, true) << u"  "_s << pad(QString(), 10) << u"  "_s
        << pad(hTarget, 6, true) << u"  "_s << pad(hGap, 6, true) << u"  "_s << hAnswered << u'\n';
    for (const CategoryScore& c : r.categories) {
        const Category& category = pack.categories[std::size_t(c.category)];
        if (c.applicable == 0) {
            out << pad(elide(category.title.text(lang), titleWidth), titleWidth) << u"  "_s
                << Tr::tr("not applicable to this firm") << u'\n';
            continue;
        }
        out << pad(elide(category.title.text(lang), titleWidth), titleWidth) << u"  "_s << pad(number(c.score), 6, true)
            << u"  "_s << bar(c.score) << u"  "_s << pad(number(c.target), 6, true) << u"  "_s
            << pad(c.gap > 0 ? number(c.gap) : u"—"_s, 6, true) << u"  "_s << QString::number(c.answered) << u'/'
            << QString::number(c.applicable) << u'\n';
    }

    QStringList flagged;
    for (std::size_t i = 0; i < r.questions.size(); ++i) {
        if (r.questions[i].flagged) {
            flagged.append(pack.questions[i].id);
        }
    }
    if (!flagged.isEmpty()) {
        out << u'\n' << Tr::tr("Answered \"don't know\" — find out and answer again: %1").arg(flagged.join(u", "_s))
            << u'\n';
    }

    out << u'\n' << Tr::tr("Action plan (in the order to do it: this week's steps first):") << u'\n';
    if (r.plan.empty()) {
        out << u"  "_s << Tr::tr("Nothing to do: every applicable question reached its best answer.") << u'\n';
    }
    for (const PlanStep& s : r.plan) {
        const Question& q = pack.questions[std::size_t(s.question)];
        // The question names the step; the recommendation says what to do; then cost and source.
        out << QString::number(s.rank).rightJustified(3) << u". ["_s << horizonLabel(s.horizon) << u"] "_s << q.id
            << u' ' << elide(q.text.text(lang), 60) << u'\n';
        for (const QString& line : wrapText(q.recommendation.text.text(lang), 70)) {
            out << u"      "_s << line << u'\n';
        }
        QString details =
            Tr::tr("cost %1, effort %2").arg(gradeLabel(q.recommendation.cost), gradeLabel(q.recommendation.effort));
        if (!q.refs.isEmpty()) {
            QStringList refs;
            for (const QString& ref : q.refs) {
                const Reference* reference = pack.reference(ref);
                refs.append(reference ? reference->title.text(lang) : ref);
            }
            details += u" · "_s + Tr::tr("Reference: %1").arg(refs.join(u"; "_s));
        }
        for (const QString& line : wrapText(details, 70)) {
            out << u"      "_s << line << u'\n';
        }
    }
}

} // namespace

QString AssessCommand::name() const
{
    return u"assess"_s;
}

QString AssessCommand::summary() const
{
    return Tr::tr(
        "Score a firm's answers to a pack: overall score and level, scores and gaps per category, and an "
        "action plan in the order to do it (this week, this quarter, this year; the most benefit per cost first within "
        "each).");
}

int AssessCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    addScoringInputOptions(options);
    addFormatOption(options);
    po::variables_map values;
    const QString usage =
        u"assess (--pack ID|FILE --profile FILE --answers FILE | --assessment ID) [--format json|text]"_s;
    if (const auto stop = parse(args, options, {}, values, ctx, usage)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    auto inputs = loadScoringInputs(values, name(), usage, ctx);
    if (!inputs) {
        return inputs.error();
    }
    const Pack& pack = inputs->pack;
    const Profile& profile = inputs->profile;
    const ScoreResult result = Scorer(pack, profile).score(inputs->answers);
    if (*format == OutputFormat::Json) {
        ctx.out << QString::fromUtf8(resultToJsonBytes(pack, profile, result));
    } else {
        printText(pack, profile, result, ctx);
    }
    return Success;
}

} // namespace mamori::cli
