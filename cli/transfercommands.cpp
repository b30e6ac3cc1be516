#include "cli/inputs.h"
#include "cli/storecommands.h"
#include "core/packrepository.h"
#include "core/transfer.h"

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::TransferCommands)
};

// Shared by both exports: the id as the first argument, and where the document goes.
std::optional<int> parseExport(const std::vector<std::string>& args, const Command& command, po::variables_map& values,
                               Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("id", po::value<std::string>()->required(), Tr::tr("the id to export").toStdString().c_str())(
        "output,o", po::value<std::string>(),
        Tr::tr("write the document to this file (written whole or not at all); default: standard output")
            .toStdString()
            .c_str());
    po::positional_options_description positional;
    positional.add("id", 1);
    return command.parse(args, options, positional, values, ctx, command.name() + u" ID [--output FILE]"_s);
}

int writeDocument(const Result<TransferDocument>& document, const po::variables_map& values, Context& ctx)
{
    if (!document) {
        Command::printDiagnosticsTo(document.error(), ctx);
        return InvalidInput;
    }
    if (!values.count("output")) {
        ctx.out << QString::fromUtf8(transferToJson(*document));
        return Success;
    }
    const QString path = Command::text(values, "output");
    if (auto saved = saveTransfer(*document, path); !saved) {
        Command::printDiagnosticsTo(saved.error(), ctx);
        return InvalidInput;
    }
    ctx.err << Tr::tr("Wrote %1 (%n assessment(s))", nullptr, int(document->assessments.size())).arg(path) << u'\n';
    return Success;
}

} // namespace

QString FirmExportCommand::name() const
{
    return u"firm export"_s;
}

QString FirmExportCommand::summary() const
{
    return Tr::tr("Export a firm with all its profile versions and assessments as one JSON document.");
}

int FirmExportCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::variables_map values;
    if (const auto stop = parseExport(args, *this, values, ctx)) {
        return *stop;
    }
    const auto id = parseId(text(values, "id"), Tr::tr("firm"), name(), ctx);
    if (!id) {
        return UsageError;
    }
    const auto store = openStoreForReading(ctx);
    if (!store) {
        return InvalidInput;
    }
    return writeDocument(store->exportFirm(*id), values, ctx);
}

QString AssessmentExportCommand::name() const
{
    return u"assessment export"_s;
}

QString AssessmentExportCommand::summary() const
{
    return Tr::tr("Export one assessment, with its firm and profile, as a JSON document.");
}

int AssessmentExportCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::variables_map values;
    if (const auto stop = parseExport(args, *this, values, ctx)) {
        return *stop;
    }
    const auto id = parseId(text(values, "id"), Tr::tr("assessment"), name(), ctx);
    if (!id) {
        return UsageError;
    }
    const auto store = openStoreForReading(ctx);
    if (!store) {
        return InvalidInput;
    }
    return writeDocument(store->exportAssessment(*id), values, ctx);
}

QString AssessmentImportCommand::name() const
{
    return u"assessment import"_s;
}

QString AssessmentImportCommand::summary() const
{
    return Tr::tr("Import a firm or an assessment exported by Mamori; all of it or nothing, never twice.");
}

int AssessmentImportCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::string>()->required(),
                          Tr::tr("the exported JSON document").toStdString().c_str())(
        "theirs", Tr::tr("where an answer was changed both here and in the document since the two copies last met, "
                         "take the document's (default: keep the one here)")
                      .toStdString()
                      .c_str());
    po::positional_options_description positional;
    positional.add("file", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"assessment import FILE [--theirs]"_s)) {
        return *stop;
    }
    const PackRepository packs;
    const auto document = loadTransfer(text(values, "file"), packs);
    if (!document) {
        printDiagnosticsTo(document.error(), ctx);
        return InvalidInput;
    }
    const auto store = openStore(ctx);
    if (!store) {
        return InvalidInput;
    }
    const auto report = store->importDocument(*document, values.count("theirs") > 0);
    if (!report) {
        printDiagnosticsTo(report.error(), ctx);
        return InvalidInput;
    }
    const auto firm = store->firm(report->firmId);
    const QString name = firm ? terminalSafe(firm->profile.name) : QString();
    ctx.out << (report->firmAdded ? Tr::tr("Added firm %1: %2").arg(report->firmId).arg(name)
                                  : Tr::tr("Firm %1: %2 (already here)").arg(report->firmId).arg(name))
            << u'\n';
    if (report->profilesAdded > 0 && !report->firmAdded) {
        ctx.out << u"  "_s << Tr::tr("%n profile version(s) added", nullptr, report->profilesAdded) << u'\n';
    }
    // Conflicts kept here are listed on their own below.
    const int keptPlain = report->answersKeptLocal - (values.count("theirs") ? 0 : int(report->conflicts.size()));
    const std::pair<int, QString> lines[] = {
        {report->assessmentsAdded, Tr::tr("%n assessment(s) added", nullptr, report->assessmentsAdded)},
        {report->assessmentsUpdated,
         Tr::tr("%n assessment(s) already here brought up to date: %1", nullptr, report->assessmentsUpdated)
             .arg(Tr::tr("%n answer(s) added or replaced by later ones", nullptr, report->answersTaken))},
        {report->assessmentsUnchanged,
         Tr::tr("%n assessment(s) already here, unchanged", nullptr, report->assessmentsUnchanged)},
        {keptPlain, Tr::tr("%n answer(s) kept as they are here: changed here since the document's copy was made",
                           nullptr, keptPlain)},
    };
    for (const auto& [count, line] : lines) {
        if (count > 0) {
            ctx.out << u"  "_s << line << u'\n';
        }
    }
    if (!report->conflicts.empty()) {
        // Each answer changed on both PCs, with both values, so the user can decide; the change log has them too.
        const bool theirs = values.count("theirs") > 0;
        ctx.out << u"  "_s
                << (theirs
                        ? Tr::tr("%n answer(s) changed both here and in the document; the document's taken:", nullptr,
                                 int(report->conflicts.size()))
                        : Tr::tr("%n answer(s) changed both here and in the document; kept here (--theirs takes "
                                 "the document's):",
                                 nullptr, int(report->conflicts.size())))
                << u'\n';
        const auto value = [](const QString& choice, const QString& note) {
            const QString shown = choice.isEmpty() ? Tr::tr("(not answered)") : choice;
            return note.isEmpty() ? shown : Tr::tr("%1, note: %2").arg(shown, terminalSafe(note));
        };
        for (const ImportConflict& c : report->conflicts) {
            ctx.out << u"    "_s
                    << Tr::tr("assessment %1, %2: here %3 (%4); document %5 (%6)")
                           .arg(QString::number(c.assessmentId), c.question, value(c.localChoice, c.localNote),
                                localTime(c.localAt), value(c.theirChoice, c.theirNote), localTime(c.theirAt))
                    << u'\n';
        }
    }
    QStringList ids;
    for (const qint64 id : report->assessmentIds) {
        ids.append(QString::number(id));
    }
    if (!ids.isEmpty()) {
        ctx.out << u"  "_s << Tr::tr("Assessment ids here: %1").arg(ids.join(u", "_s)) << u'\n';
    }
    return Success;
}

} // namespace mamori::cli
