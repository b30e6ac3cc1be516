#include "cli/inputs.h"
#include "cli/reportcommands.h"
#include "core/json.h"
#include "core/reportexport.h"
#include "core/scorer.h"

#include <QFileInfo>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::ReportCommand)
};

} // namespace

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return Tr::tr("Write a firm's result — answers and notes, scores per area, the action plan — as CSV for Excel "
                  "or as JSON.");
}

int ReportCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    addScoringInputOptions(options);
    options.add_options()("out,o", po::value<std::string>(), Tr::tr("the file to write").toStdString().c_str())(
        "format", po::value<std::string>(), Tr::tr("csv or json (default: from the file name)").toStdString().c_str())(
        "consultant", po::value<std::string>(), Tr::tr("the consultant's name, for the report").toStdString().c_str());
    po::variables_map values;
    const QString usage = u"report (--pack ID|FILE --profile FILE --answers FILE | --assessment ID) --out FILE "
                          "[--format csv|json] [--consultant NAME]"_s;
    if (const auto stop = parse(args, options, {}, values, ctx, usage)) {
        return *stop;
    }
    const QString out = text(values, "out");
    QString format = text(values, "format");
    if (format.isEmpty()) {
        format = QFileInfo(out).suffix().toLower();
    }
    if (out.isEmpty() || (format != u"csv"_s && format != u"json"_s)) {
        ctx.err << Tr::tr("mamori-cli report: give --out FILE ending in .csv or .json, or --format csv or json")
                << u'\n' << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return UsageError;
    }
    auto inputs = loadScoringInputs(values, name(), usage, ctx);
    if (!inputs) {
        return inputs.error();
    }
    const ScoreResult result = Scorer(inputs->pack, inputs->profile).score(inputs->answers);
    const ReportInput report{inputs->pack,
                             inputs->profile,
                             inputs->answers,
                             result,
                             QDateTime::currentDateTimeUtc(),
                             text(values, "consultant")};
    const QByteArray bytes = format == u"json"_s ? reportToJsonBytes(report) : reportToCsv(report, ctx.language);
    // Owner-only: the file lists the firm's weaknesses. Written whole or not at all.
    if (auto written = writeFileAtomically(out, bytes, true); !written) {
        printDiagnosticsTo(written.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("%1 written").arg(out) << u'\n';
    return Success;
}

} // namespace mamori::cli
