#include "cli/inputs.h"
#include "cli/storecommands.h"
#include "core/answering.h"
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
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::AssessmentCommands)
};

QString statusLabel(AssessmentStatus status)
{
    return status == AssessmentStatus::Finished ? Tr::tr("finished") : Tr::tr("in progress");
}

// The assessment id as the first argument ("assessment show 3"), shared by the commands on one assessment.
void addAssessmentArgument(po::options_description& options, po::positional_options_description& positional)
{
    options.add_options()("assessment", po::value<std::string>()->required(),
                          Tr::tr("the assessment's id").toStdString().c_str());
    positional.add("assessment", 1);
}

// Parses the one positional id most assessment commands take.
std::optional<qint64> assessmentId(const po::variables_map& values, const QString& command, Context& ctx)
{
    return parseId(QString::fromStdString(values["assessment"].as<std::string>()), Tr::tr("assessment"), command, ctx);
}

} // namespace

QString AssessmentStartCommand::name() const
{
    return u"assessment start"_s;
}

QString AssessmentStartCommand::summary() const
{
    return Tr::tr("Start an assessment of a stored firm with a pack; prints its id.");
}

int AssessmentStartCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("firm", po::value<std::string>()->required(), Tr::tr("the firm's id").toStdString().c_str())(
        "pack", po::value<std::string>()->required(), Tr::tr("pack id or pack file").toStdString().c_str());
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"assessment start --firm ID --pack ID|FILE"_s)) {
        return *stop;
    }
    const auto firmId = parseId(text(values, "firm"), Tr::tr("firm"), name(), ctx);
    if (!firmId) {
        return UsageError;
    }
    const auto pack = loadPackArgument(text(values, "pack"), ctx);
    if (!pack) {
        return InvalidInput;
    }
    const auto store = openStore(ctx);
    if (!store) {
        return InvalidInput;
    }
    const auto id = store->startAssessment(*firmId, pack->id, pack->version);
    if (!id) {
        printDiagnosticsTo(id.error(), ctx);
        return InvalidInput;
    }
    const auto firm = store->firm(*firmId);
    const auto asked = Scorer(*pack, firm->profile).applicableByProfile().size();
    ctx.out << Tr::tr("Started assessment %1: %2 %3 for firm %4, %5 questions apply")
                   .arg(*id)
                   .arg(pack->id, pack->version)
                   .arg(*firmId)
                   .arg(asked)
            << u'\n';
    return Success;
}

QString AssessmentAnswerCommand::name() const
{
    return u"assessment answer"_s;
}

QString AssessmentAnswerCommand::summary() const
{
    return Tr::tr("Answer one question of a stored assessment; the answer is saved at once.");
}

int AssessmentAnswerCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    po::positional_options_description positional;
    addAssessmentArgument(options, positional);
    options.add_options()("question", po::value<std::string>()->required(),
                          Tr::tr("the question's id").toStdString().c_str())(
        "choice", po::value<std::string>()->required(),
        Tr::tr("the answer: a choice id of the pack's scale").toStdString().c_str())(
        "note", po::value<std::string>(), Tr::tr("a note kept with the answer").toStdString().c_str());
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx,
                                u"assessment answer ID --question ID --choice ID [--note TEXT]"_s)) {
        return *stop;
    }
    const auto id = assessmentId(values, name(), ctx);
    if (!id) {
        return UsageError;
    }
    const auto store = openStore(ctx);
    if (!store) {
        return InvalidInput;
    }
    const auto record = loadAssessmentArgument(*store, *id, ctx);
    if (!record) {
        return InvalidInput;
    }
    const auto pack = loadPackOfAssessment(*record, ctx);
    if (!pack) {
        return InvalidInput;
    }
    const QString question = text(values, "question");
    const QString choice = text(values, "choice");
    if (choice.isEmpty()) {
        ctx.err
            << Tr::tr("unknown answer \"%1\"; the pack's choices are: %2").arg(choice, pack->choiceIds().join(u", "_s))
            << u'\n';
        return InvalidInput;
    }
    // Without --note the note already there stays. The write names the revision read above, so an
    // answer a colleague gave in between is reported, not overwritten.
    const QString note = values.count("note") > 0 ? text(values, "note") : record->answers.notes.value(question);
    if (const auto checked = checkAnswer(*pack, *record, question, choice); !checked) {
        ctx.err << checked.error().first().message << u'\n'; // it names the question or the choice
        return InvalidInput;
    }
    const auto saved =
        writeAnswer(*store, *pack, *record, question, choice, note, record->answers.revisions.value(question, 0));
    if (!saved) {
        printDiagnosticsTo(saved.error(), ctx);
        return InvalidInput;
    }
    if (saved->theirs) {
        printDiagnosticsTo(saved->conflict, ctx);
        return InvalidInput;
    }
    const Scorer scorer(*pack, record->profile);
    AnswerSet now = record->answers;
    now.choices.insert(question, choice);
    const ScoreResult r = scorer.score(now);
    ctx.out << Tr::tr("Saved %1 = %2 (%3 of %4 answered)")
                   .arg(question, pack->scale[std::size_t(pack->choiceIndex(choice))].label.text(ctx.language))
                   .arg(r.answered)
                   .arg(r.applicable)
            << u'\n';
    return Success;
}

QString AssessmentFinishCommand::name() const
{
    return u"assessment finish"_s;
}

QString AssessmentFinishCommand::summary() const
{
    return Tr::tr("Mark a stored assessment finished; it then keeps its answers as they are.");
}

int AssessmentFinishCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    po::positional_options_description positional;
    addAssessmentArgument(options, positional);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"assessment finish ID"_s)) {
        return *stop;
    }
    const auto id = assessmentId(values, name(), ctx);
    if (!id) {
        return UsageError;
    }
    const auto store = openStore(ctx);
    if (!store) {
        return InvalidInput;
    }
    const auto done = store->finishAssessment(*id);
    if (!done) {
        printDiagnosticsTo(done.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Assessment %1 is finished.").arg(*id) << u'\n';
    return Success;
}

QString AssessmentListCommand::name() const
{
    return u"assessment list"_s;
}

QString AssessmentListCommand::summary() const
{
    return Tr::tr("List the assessments of a stored firm, oldest first.");
}

int AssessmentListCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("firm", po::value<std::string>()->required(), Tr::tr("the firm's id").toStdString().c_str());
    addFormatOption(options);
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"assessment list --firm ID [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    const auto firmId = parseId(text(values, "firm"), Tr::tr("firm"), name(), ctx);
    if (!format || !firmId) {
        return UsageError;
    }
    const auto store = openStore(ctx, Store::Mode::ReadOnly);
    if (!store) {
        return InvalidInput;
    }
    const auto firm = store->firm(*firmId);
    const auto list = store->assessments(*firmId);
    if (!firm || !list) {
        printDiagnosticsTo(!firm ? firm.error() : list.error(), ctx);
        return InvalidInput;
    }
    if (*format == OutputFormat::Json) {
        QJsonArray out;
        for (const AssessmentRecord& a : *list) {
            out.append(QJsonObject{{u"id"_s, a.id},
                                   {u"pack"_s, QJsonObject{{u"id"_s, a.packId}, {u"version"_s, a.packVersion}}},
                                   {u"status"_s, assessmentStatusId(a.status)},
                                   {u"answers"_s, a.answerCount},
                                   {u"started_at"_s, a.startedAt.toString(Qt::ISODate)},
                                   {u"updated_at"_s, a.updatedAt.toString(Qt::ISODate)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QStringList headers{Tr::tr("ID"),      Tr::tr("PACK"),    Tr::tr("STATUS"),
                              Tr::tr("ANSWERS"), Tr::tr("STARTED"), Tr::tr("UPDATED")};
    ctx.out << terminalSafe(firm->profile.name) << u'\n' << pad(headers[0], 5, true) << u"  "_s << pad(headers[1], 24)
            << u"  "_s << pad(headers[2], 12) << u"  "_s << pad(headers[3], 7, true) << u"  "_s << pad(headers[4], 17)
            << u"  "_s << headers[5] << u'\n';
    for (const AssessmentRecord& a : *list) {
        ctx.out << pad(QString::number(a.id), 5, true) << u"  "_s << pad(a.packId + u' ' + a.packVersion, 24) << u"  "_s
                << pad(statusLabel(a.status), 12) << u"  "_s << pad(QString::number(a.answerCount), 7, true) << u"  "_s
                << pad(localTime(a.startedAt), 17) << u"  "_s << localTime(a.updatedAt) << u'\n';
    }
    return Success;
}

QString AssessmentShowCommand::name() const
{
    return u"assessment show"_s;
}

QString AssessmentShowCommand::summary() const
{
    return Tr::tr("Show a stored assessment: its progress and every answer with its note.");
}

int AssessmentShowCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    po::positional_options_description positional;
    addAssessmentArgument(options, positional);
    addFormatOption(options);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"assessment show ID [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    const auto id = assessmentId(values, name(), ctx);
    if (!format || !id) {
        return UsageError;
    }
    const auto store = openStore(ctx, Store::Mode::ReadOnly);
    if (!store) {
        return InvalidInput;
    }
    const auto record = loadAssessmentArgument(*store, *id, ctx);
    if (!record) {
        return InvalidInput;
    }
    if (*format == OutputFormat::Json) {
        QJsonObject out = answersToJson(record->answers);
        out.insert(u"assessment"_s, record->id);
        out.insert(u"firm"_s, record->firmId);
        out.insert(u"status"_s, assessmentStatusId(record->status));
        out.insert(u"started_at"_s, record->startedAt.toString(Qt::ISODate));
        out.insert(u"updated_at"_s, record->updatedAt.toString(Qt::ISODate));
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    const auto pack = loadPackOfAssessment(*record, ctx);
    if (!pack) {
        return InvalidInput;
    }
    const ScoreResult r = Scorer(*pack, record->profile).score(record->answers);
    ctx.out << Tr::tr("Assessment %1 of %2 — %3 %4, %5")
                   .arg(record->id)
                   .arg(terminalSafe(record->profile.name), pack->title.text(ctx.language), pack->version,
                        statusLabel(record->status))
            << u'\n'
            << Tr::tr("%1 of %2 questions answered; last saved %3")
                   .arg(r.answered)
                   .arg(r.applicable)
                   .arg(localTime(record->updatedAt))
            << u"\n\n"_s;
    for (std::size_t i = 0; i < pack->questions.size(); ++i) {
        const QuestionOutcome& o = r.questions[i];
        if (o.state == QuestionState::OutOfScope || o.state == QuestionState::Implied) {
            continue;
        }
        const Question& q = pack->questions[i];
        const QString answer =
            o.choice >= 0 ? pack->scale[std::size_t(o.choice)].label.text(ctx.language) : Tr::tr("(not answered)");
        ctx.out << u"  "_s << pad(q.id, 5) << u' ' << pad(elide(q.text.text(ctx.language), 50), 50) << u"  "_s << answer
                << u'\n';
        if (const QString note = record->answers.notes.value(q.id); !note.isEmpty()) {
            for (const QString& line : wrapText(terminalSafe(note, false), 66)) {
                ctx.out << u"        "_s << line << u'\n';
            }
        }
    }
    return Success;
}

} // namespace mamori::cli
