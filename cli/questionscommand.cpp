#include "cli/assesscommands.h"
#include "cli/inputs.h"
#include "core/scorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::QuestionsCommand)
};

} // namespace

QString QuestionsCommand::name() const
{
    return u"questions"_s;
}

QString QuestionsCommand::summary() const
{
    return Tr::tr("List the questions of a pack that apply to a firm, given its profile (and, for follow-up "
                  "questions, the answers so far).");
}

int QuestionsCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("pack", po::value<std::string>()->required(),
                          Tr::tr("pack id or pack file").toStdString().c_str())(
        "profile", po::value<std::string>()->required(), Tr::tr("the firm's profile (JSON)").toStdString().c_str())(
        "answers", po::value<std::string>(),
        Tr::tr("answers so far (JSON), to decide follow-up questions").toStdString().c_str());
    addFormatOption(options);
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx,
                                u"questions --pack ID|FILE --profile FILE [--answers FILE] [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    const auto pack = loadPackArgument(text(values, "pack"), ctx);
    const auto profile = loadProfileArgument(text(values, "profile"), ctx);
    if (!pack || !profile) {
        return InvalidInput;
    }
    AnswerSet answers;
    if (values.count("answers")) {
        const auto loaded = loadAnswersArgument(text(values, "answers"), *pack, ctx);
        if (!loaded) {
            return InvalidInput;
        }
        answers = *loaded;
    }
    const Scorer scorer(*pack, *profile);
    const std::vector<int> asked = scorer.questionsToAsk(answers);
    std::vector<bool> isAsked(pack->questions.size(), false);
    for (int i : asked) {
        isAsked[std::size_t(i)] = true;
    }
    // Follow-ups that wait for an answer are listed too, marked, so the whole questionnaire is visible.
    std::vector<int> shown;
    for (int i : scorer.applicableByProfile()) {
        if (isAsked[std::size_t(i)] || pack->questions[std::size_t(i)].dependsOn) {
            shown.push_back(i);
        }
    }
    const Language lang = ctx.language;
    if (*format == OutputFormat::Json) {
        QJsonArray list;
        for (int i : shown) {
            const Question& q = pack->questions[std::size_t(i)];
            QJsonObject o{{u"id"_s, q.id},
                          {u"category"_s, pack->categories[std::size_t(q.category)].id},
                          {u"text"_s, q.text.text(lang)},
                          {u"weight"_s, q.weight},
                          {u"refs"_s, QJsonArray::fromStringList(q.refs)},
                          {u"asked"_s, bool(isAsked[std::size_t(i)])}};
            if (!q.help.text(lang).isEmpty()) {
                o.insert(u"help"_s, q.help.text(lang));
            }
            if (q.dependsOn) {
                o.insert(u"depends_on"_s,
                         QJsonObject{{u"question"_s, pack->questions[std::size_t(q.dependsOn->question)].id},
                                     {u"answers"_s, QJsonArray::fromStringList(q.dependsOn->answers)}});
            }
            list.append(o);
        }
        const QJsonObject out{{u"pack"_s, QJsonObject{{u"id"_s, pack->id}, {u"version"_s, pack->version}}},
                              {u"tier"_s, tierId(profile->tier())},
                              {u"total"_s, int(pack->questions.size())},
                              {u"applicable"_s, int(asked.size())},
                              {u"questions"_s, list}};
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    ctx.out << Tr::tr("%1 — %2 (%3)").arg(profile->name, pack->title.text(lang), tierLabel(profile->tier())) << u'\n';
    ctx.out << Tr::tr("%1 of %2 questions apply to this firm.").arg(asked.size()).arg(pack->questions.size())
            << u"\n"_s;
    int currentCategory = -1;
    for (int i : shown) {
        const Question& q = pack->questions[std::size_t(i)];
        if (q.category != currentCategory) {
            currentCategory = q.category;
            ctx.out << u"\n■ "_s << pack->categories[std::size_t(q.category)].title.text(lang) << u'\n';
        }
        const QStringList lines = wrapText(q.text.text(lang), 70);
        ctx.out << u"  "_s << pad(q.id, 5) << u' ' << lines.value(0) << u'\n';
        for (qsizetype k = 1; k < lines.size(); ++k) {
            ctx.out << u"        "_s << lines[k] << u'\n';
        }
        if (q.dependsOn && !isAsked[std::size_t(i)]) {
            ctx.out << u"        "_s
                    << Tr::tr("(follow-up: asked when %1 is answered %2)")
                           .arg(pack->questions[std::size_t(q.dependsOn->question)].id,
                                q.dependsOn->answers.join(u"/"_s))
                    << u'\n';
        }
    }
    return Success;
}

} // namespace mamori::cli
