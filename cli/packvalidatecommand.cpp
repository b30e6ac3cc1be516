#include "cli/inputs.h"
#include "cli/packcommands.h"
#include "core/packloader.h"

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PackValidateCommand)
};

} // namespace

QString PackValidateCommand::name() const
{
    return u"pack validate"_s;
}

QString PackValidateCommand::summary() const
{
    return Tr::tr("Check questionnaire pack files and report every problem with its file, line, column and JSON path.");
}

int PackValidateCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::vector<std::string>>()->required(),
                          Tr::tr("pack files to check").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("file", -1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"pack validate FILE…"_s)) {
        return *stop;
    }
    PackLoader loader;
    int invalid = 0;
    int problems = 0;
    for (const std::string& file : values["file"].as<std::vector<std::string>>()) {
        const QString path = QString::fromStdString(file);
        const auto pack = loader.loadFile(path);
        if (!pack) {
            ++invalid;
            problems += int(pack.error().size());
            printDiagnosticsTo(pack.error(), ctx);
            continue;
        }
        printDiagnosticsTo(loader.warnings(), ctx);
        ctx.out << Tr::tr("%1: valid — %2 %3, %n question(s)", nullptr, int(pack->questions.size()))
                       .arg(path, pack->id, pack->version)
                << u'\n';
    }
    if (invalid > 0) {
        ctx.err << Tr::tr("%1 of %2 files invalid, %3 problems in all")
                       .arg(invalid)
                       .arg(values["file"].as<std::vector<std::string>>().size())
                       .arg(problems)
                << u'\n';
        ctx.err.flush();
        return InvalidInput;
    }
    return Success;
}

} // namespace mamori::cli
