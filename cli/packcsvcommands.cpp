#include "cli/inputs.h"
#include "cli/packcommands.h"
#include "core/json.h"
#include "core/packcsv.h"

#include <QFileInfo>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PackCsvCommands)
};

QString encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_s;
    case TextEncoding::Utf8WithBom:
        return u"UTF-8 (BOM)"_s;
    case TextEncoding::ShiftJis:
        return u"Shift_JIS"_s;
    }
    return {};
}

} // namespace

// --- pack import-csv ------------------------------------------------------------------------------

QString PackImportCsvCommand::name() const
{
    return u"pack import-csv"_s;
}

QString PackImportCsvCommand::summary() const
{
    return Tr::tr("Make a pack from a spreadsheet of questions (CSV, UTF-8 or Shift_JIS) and a base pack.");
}

int PackImportCsvCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::string>()->required(),
                          Tr::tr("the spreadsheet, one row per question").toStdString().c_str())(
        "base", po::value<std::string>()->required(),
        Tr::tr("pack id or pack file giving everything but the questions").toStdString().c_str())(
        "set-version", po::value<std::string>(),
        Tr::tr("the new pack's version (default: the base's)").toStdString().c_str())(
        "out", po::value<std::string>()->required(), Tr::tr("the pack file to write").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map values;
    if (const auto stop =
            parse(args, options, positional, values, ctx,
                  u"pack import-csv FILE.csv --base ID|PACK.json [--set-version X.Y.Z] --out PACK.json"_s)) {
        return *stop;
    }
    const QString file = text(values, "file");
    QString base = text(values, "base");
    if (!QFileInfo::exists(base)) {
        // Not a file: a pack id, whose file (bundled or installed) is the base.
        const auto pack = loadPackArgument(base, ctx);
        if (!pack) {
            return InvalidInput;
        }
        base = pack->sourcePath;
    }
    const QString out = text(values, "out");
    auto imported = importPackCsv(file, base, PackCsvOptions{text(values, "set-version")});
    if (!imported) {
        printDiagnosticsTo(imported.error(), ctx);
        ctx.err << Tr::tr("%1: nothing written").arg(out) << u'\n';
        return InvalidInput;
    }
    printDiagnosticsTo(imported->warnings, ctx);
    if (auto written = writeFileAtomically(out, imported->json); !written) {
        printDiagnosticsTo(written.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Wrote %1: pack %2 %3, %n question(s), read as %4", nullptr, imported->questions)
                   .arg(out, imported->pack.id, imported->pack.version, encodingName(imported->encoding))
            << u'\n'
            << Tr::tr("The pack is not signed yet: sign it with \"mamori-cli pack sign --key KEY %1\".").arg(out)
            << u'\n';
    return Success;
}

// --- pack export-csv ------------------------------------------------------------------------------

QString PackExportCsvCommand::name() const
{
    return u"pack export-csv"_s;
}

QString PackExportCsvCommand::summary() const
{
    return Tr::tr("Write a pack's questions as a spreadsheet (CSV for Excel) to edit and import again.");
}

int PackExportCsvCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("pack", po::value<std::string>()->required(),
                          Tr::tr("pack id or pack file").toStdString().c_str())(
        "out", po::value<std::string>()->required(), Tr::tr("the CSV file to write").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("pack", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"pack export-csv ID|FILE --out FILE.csv"_s)) {
        return *stop;
    }
    const auto pack = loadPackArgument(text(values, "pack"), ctx);
    if (!pack) {
        return InvalidInput;
    }
    const QString out = text(values, "out");
    if (auto written = writeFileAtomically(out, exportPackCsv(*pack)); !written) {
        printDiagnosticsTo(written.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Wrote %1: %n question(s) of %2 %3", nullptr, int(pack->questions.size()))
                   .arg(out, pack->id, pack->version)
            << u'\n';
    return Success;
}

} // namespace mamori::cli
