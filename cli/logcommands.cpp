// `assessment log` and `firm log`: who changed what, and when (the Store's change log).

#include "cli/inputs.h"
#include "cli/storecommands.h"
#include "core/changelog.h"
#include "core/format.h"
#include "core/packrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::LogCommands)
};

// Prints a log: one line per change (time, who, what), or a JSON array. Choices read as the labels
// of the pack each assessment was made with, when that pack is at hand.
int printLog(const Store& store, const std::vector<ChangeRecord>& changes, bool showAssessment, OutputFormat format,
             Context& ctx)
{
    if (format == OutputFormat::Json) {
        QJsonArray list;
        for (const ChangeRecord& c : changes) {
            list.append(changeToJson(c));
        }
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    const PackRepository packs;
    ChangeLogContext context(store, packs);
    int authorWidth = 0;
    for (const ChangeRecord& c : changes) {
        authorWidth = std::max(authorWidth, displayWidth(changeAuthor(c)));
    }
    for (const ChangeRecord& c : changes) {
        ctx.out << formatDateTime(c.at) << u"  "_s << pad(changeAuthor(c), authorWidth) << u"  "_s;
        if (showAssessment && c.assessmentId > 0) {
            ctx.out << u'#' << c.assessmentId << u' '; // a firm's log mixes its assessments
        }
        ctx.out << terminalSafe(describeChange(c, context.pack(c), ctx.language)) << u'\n';
    }
    return Success;
}

} // namespace

QString AssessmentLogCommand::name() const
{
    return u"assessment log"_s;
}

QString AssessmentLogCommand::summary() const
{
    return Tr::tr("Show who changed which answers of an assessment, and when.");
}

int AssessmentLogCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("assessment", po::value<std::string>()->required(),
                          Tr::tr("the assessment's id").toStdString().c_str());
    addFormatOption(options);
    po::positional_options_description positional;
    positional.add("assessment", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"assessment log ID [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    const auto id = parseId(text(values, "assessment"), Tr::tr("assessment"), name(), ctx);
    if (!format || !id) {
        return UsageError;
    }
    const auto store = openStore(ctx, Store::Mode::ReadOnly);
    if (!store || !loadAssessmentArgument(*store, *id, ctx)) {
        return InvalidInput;
    }
    const auto changes = store->assessmentChanges(*id);
    if (!changes) {
        printDiagnosticsTo(changes.error(), ctx);
        return InvalidInput;
    }
    return printLog(*store, *changes, false, *format, ctx);
}

QString FirmLogCommand::name() const
{
    return u"firm log"_s;
}

QString FirmLogCommand::summary() const
{
    return Tr::tr("Show who changed a firm's profile and assessments, and when.");
}

int FirmLogCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("firm", po::value<std::string>()->required(), Tr::tr("the firm's id").toStdString().c_str());
    addFormatOption(options);
    po::positional_options_description positional;
    positional.add("firm", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"firm log ID [--format text|json]"_s)) {
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
    if (const auto firm = store->firm(*id); !firm) {
        printDiagnosticsTo(firm.error(), ctx);
        return InvalidInput;
    }
    const auto changes = store->firmChanges(*id);
    if (!changes) {
        printDiagnosticsTo(changes.error(), ctx);
        return InvalidInput;
    }
    return printLog(*store, *changes, true, *format, ctx);
}

} // namespace mamori::cli
