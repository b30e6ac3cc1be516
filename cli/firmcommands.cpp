#include "cli/inputs.h"
#include "cli/storecommands.h"
#include "core/format.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::FirmCommands)
};

} // namespace

QString FirmAddCommand::name() const
{
    return u"firm add"_s;
}

QString FirmAddCommand::summary() const
{
    return Tr::tr("Add a firm to the database from its profile.");
}

int FirmAddCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("profile", po::value<std::string>()->required(),
                          Tr::tr("the firm's profile (JSON)").toStdString().c_str());
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"firm add --profile FILE"_s)) {
        return *stop;
    }
    const auto profile = loadProfileArgument(text(values, "profile"), ctx);
    if (!profile) {
        return InvalidInput;
    }
    const auto store = openStore(ctx);
    if (!store) {
        return InvalidInput;
    }
    const auto id = store->addFirm(*profile);
    if (!id) {
        printDiagnosticsTo(id.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Added firm %1: %2 (%3)").arg(*id).arg(profile->name, tierLabel(profile->tier())) << u'\n';
    return Success;
}

QString FirmListCommand::name() const
{
    return u"firm list"_s;
}

QString FirmListCommand::summary() const
{
    return Tr::tr("List the firms in the database.");
}

int FirmListCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("search", po::value<std::string>(),
                          Tr::tr("only firms whose name contains this text (any case)").toStdString().c_str())(
        "limit", po::value<int>(), Tr::tr("at most this many firms").toStdString().c_str())(
        "offset", po::value<int>(),
        Tr::tr("skip this many first (with --limit: one page after another)").toStdString().c_str());
    addFormatOption(options);
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx,
                                u"firm list [--search TEXT] [--limit N] [--offset N] [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    FirmQuery query;
    query.search = text(values, "search");
    query.limit = values.count("limit") > 0 ? values["limit"].as<int>() : 0;
    query.offset = values.count("offset") > 0 ? values["offset"].as<int>() : 0;
    if (query.limit < 0 || query.offset < 0) {
        ctx.err << Tr::tr("mamori-cli firm list: --limit and --offset take a number of 0 or more") << u'\n';
        return UsageError;
    }
    const auto store = openStore(ctx, Store::Mode::ReadOnly);
    if (!store) {
        return InvalidInput;
    }
    const auto firms = store->firms(query);
    if (!firms) {
        printDiagnosticsTo(firms.error(), ctx);
        return InvalidInput;
    }
    if (*format == OutputFormat::Json) {
        QJsonArray list;
        for (const FirmSummary& f : *firms) {
            list.append(QJsonObject{{u"id"_s, f.id},
                                    {u"name"_s, f.name},
                                    {u"assessments"_s, f.assessments},
                                    {u"created_at"_s, f.createdAt.toString(Qt::ISODate)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    const QStringList headers{Tr::tr("ID"), Tr::tr("NAME"), Tr::tr("ASSESSMENTS"), Tr::tr("ADDED")};
    int nameWidth = displayWidth(headers[1]);
    for (const FirmSummary& f : *firms) {
        nameWidth = std::max(nameWidth, std::min(40, displayWidth(terminalSafe(f.name))));
    }
    ctx.out << pad(headers[0], 5, true) << u"  "_s << pad(headers[1], nameWidth) << u"  "_s << pad(headers[2], 6, true)
            << u"  "_s << headers[3] << u'\n';
    for (const FirmSummary& f : *firms) {
        ctx.out << pad(QString::number(f.id), 5, true) << u"  "_s
                << pad(elide(terminalSafe(f.name), nameWidth), nameWidth) << u"  "_s
                << pad(formatCount(f.assessments), 6, true) << u"  "_s << localTime(f.createdAt) << u'\n';
    }
    if (firms->empty()) {
        if (!query.search.isEmpty()) {
            ctx.out << Tr::tr("No firm's name contains \"%1\".").arg(terminalSafe(query.search)) << u'\n';
        } else if (query.offset > 0) {
            ctx.out << Tr::tr("No firms after the first %1.").arg(query.offset) << u'\n';
        } else {
            ctx.out << Tr::tr("No firms yet: add one with 'mamori-cli firm add --profile FILE'.") << u'\n';
        }
    }
    return Success;
}

QString FirmShowCommand::name() const
{
    return u"firm show"_s;
}

QString FirmShowCommand::summary() const
{
    return Tr::tr("Show a firm: its latest profile and its assessments.");
}

int FirmShowCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("firm", po::value<std::string>()->required(), Tr::tr("the firm's id").toStdString().c_str());
    addFormatOption(options);
    po::positional_options_description positional;
    positional.add("firm", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"firm show ID [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    const auto id = parseId(text(values, "firm"), Tr::tr("firm"), name(), ctx);
    if (!format || !id) {
        return UsageError;
    }
    const auto store = openStore(ctx, Store::Mode::ReadOnly);
    if (!store) {
        return InvalidInput;
    }
    const auto firm = store->firm(*id);
    const auto assessments = store->assessments(*id);
    if (!firm || !assessments) {
        printDiagnosticsTo(!firm ? firm.error() : assessments.error(), ctx);
        return InvalidInput;
    }
    const Profile& p = firm->profile;
    if (*format == OutputFormat::Json) {
        QJsonArray list;
        for (const AssessmentRecord& a : *assessments) {
            list.append(QJsonObject{{u"id"_s, a.id},
                                    {u"pack"_s, QJsonObject{{u"id"_s, a.packId}, {u"version"_s, a.packVersion}}},
                                    {u"status"_s, assessmentStatusId(a.status)},
                                    {u"answers"_s, a.answerCount},
                                    {u"started_at"_s, a.startedAt.toString(Qt::ISODate)}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"id"_s, firm->id},
                                                               {u"profile"_s, profileToJson(p)},
                                                               {u"tier"_s, tierId(p.tier())},
                                                               {u"profile_versions"_s, firm->profileVersions},
                                                               {u"team"_s, firm->team},
                                                               {u"assessments"_s, list}})
                                         .toJson(QJsonDocument::Indented));
        return Success;
    }
    ctx.out << Tr::tr("Firm %1: %2").arg(firm->id).arg(terminalSafe(p.name)) << u'\n'
            << Tr::tr("  Size: %1 (%2 employees, capital %3 万円)")
                   .arg(tierLabel(p.tier()))
                   .arg(p.employees)
                   .arg(p.capitalManYen)
            << u'\n' << Tr::tr("  Industry %1, prefecture %2").arg(QString(p.industry)).arg(p.prefecture) << u'\n'
            << Tr::tr("  IT: %1 PCs, %2 phones or tablets, %3 servers")
                   .arg(p.assets.pcs)
                   .arg(p.assets.mobiles)
                   .arg(p.assets.servers)
            << u'\n'
            << Tr::tr("  Profile versions: %1, added %2").arg(firm->profileVersions).arg(localTime(firm->createdAt))
            << u'\n';
    if (!firm->team.isEmpty()) {
        ctx.out << Tr::tr("  Team: %1").arg(firm->team) << u'\n';
    }
    ctx.out << u'\n';
    if (assessments->empty()) {
        ctx.out << Tr::tr("No assessments yet: start one with 'mamori-cli assessment start --firm %1 --pack ID'.")
                       .arg(firm->id)
                << u'\n';
        return Success;
    }
    ctx.out << Tr::tr("Assessments:") << u'\n';
    for (const AssessmentRecord& a : *assessments) {
        ctx.out << u"  "_s << pad(QString::number(a.id), 5, true) << u"  "_s << pad(a.packId + u' ' + a.packVersion, 24)
                << u"  "_s
                << pad(a.status == AssessmentStatus::Finished ? Tr::tr("finished") : Tr::tr("in progress"), 12)
                << u"  "_s << Tr::tr("%n answer(s)", nullptr, a.answerCount) << u"  "_s << localTime(a.startedAt)
                << u'\n';
    }
    return Success;
}

} // namespace mamori::cli
