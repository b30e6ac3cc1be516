#include "cli/app.h"

#include "cli/assesscommands.h"
#include "cli/catalogcommands.h"
#include "cli/command.h"
#include "cli/packcommands.h"
#include "cli/reportcommands.h"
#include "cli/storecommands.h"
#include "core/catalogstore.h"
#include "core/filesafety.h"
#include "core/store.h"
#include "core/translations.h"

#include <mamori/version.h>

#include <QCoreApplication>

#include <memory>
#include <optional>
#include <vector>

namespace mamori::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::App)
};

std::vector<std::unique_ptr<Command>> makeCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<AssessCommand>());
    commands.push_back(std::make_unique<QuestionsCommand>());
    commands.push_back(std::make_unique<PackListCommand>());
    commands.push_back(std::make_unique<PackShowCommand>());
    commands.push_back(std::make_unique<PackValidateCommand>());
    commands.push_back(std::make_unique<PackInstallCommand>());
    commands.push_back(std::make_unique<PackRemoveCommand>());
    commands.push_back(std::make_unique<PackDiffCommand>());
    commands.push_back(std::make_unique<PackImportCsvCommand>());
    commands.push_back(std::make_unique<PackExportCsvCommand>());
    commands.push_back(std::make_unique<PackKeygenCommand>());
    commands.push_back(std::make_unique<PackSignCommand>());
    commands.push_back(std::make_unique<PackVerifyCommand>());
    commands.push_back(std::make_unique<TrustAddCommand>());
    commands.push_back(std::make_unique<TrustListCommand>());
    commands.push_back(std::make_unique<TrustRemoveCommand>());
    commands.push_back(std::make_unique<FirmAddCommand>());
    commands.push_back(std::make_unique<FirmListCommand>());
    commands.push_back(std::make_unique<FirmShowCommand>());
    commands.push_back(std::make_unique<FirmLogCommand>());
    commands.push_back(std::make_unique<FirmExportCommand>());
    commands.push_back(std::make_unique<AssessmentStartCommand>());
    commands.push_back(std::make_unique<AssessmentAnswerCommand>());
    commands.push_back(std::make_unique<AssessmentFinishCommand>());
    commands.push_back(std::make_unique<AssessmentListCommand>());
    commands.push_back(std::make_unique<AssessmentShowCommand>());
    commands.push_back(std::make_unique<AssessmentLogCommand>());
    commands.push_back(std::make_unique<AssessmentExportCommand>());
    commands.push_back(std::make_unique<AssessmentImportCommand>());
    commands.push_back(std::make_unique<AssessmentMigrateCommand>());
    commands.push_back(std::make_unique<HistoryCommand>());
    commands.push_back(std::make_unique<DbInitCommand>());
    commands.push_back(std::make_unique<DbCopyCommand>());
    commands.push_back(std::make_unique<MatchCommand>());
    commands.push_back(std::make_unique<ReportCommand>());
    commands.push_back(std::make_unique<CatalogImportCommand>());
    commands.push_back(std::make_unique<CatalogValidateCommand>());
    commands.push_back(std::make_unique<CatalogExportCommand>());
    commands.push_back(std::make_unique<CatalogStatsCommand>());
    commands.push_back(std::make_unique<CatalogRemoveSamplesCommand>());
    return commands;
}

void printOverview(const std::vector<std::unique_ptr<Command>>& commands, QTextStream& out)
{
    out << Tr::tr("Usage: mamori-cli [--lang ja|en] COMMAND [OPTIONS]") << u"\n\n"_s
        << Tr::tr("Mamori assesses the information security of a small or medium-sized firm against the "
                  "official Japanese guidelines, and proposes an action plan.")
        << u"\n\n"_s << Tr::tr("Commands:") << u'\n';
    for (const auto& c : commands) {
        out << u"  "_s << c->name().leftJustified(18) << u' ' << c->summary() << u'\n';
    }
    out << u'\n' << Tr::tr("Global options:") << u'\n' << u"  --lang ja|en     "_s
        << Tr::tr("language of the output (default: the system's)") << u'\n' << u"  --db FILE|URL    "_s
        << Tr::tr("the database of firms and assessments: an SQLite file, or postgresql://HOST/DATABASE shared by a "
                  "team (default: $MAMORI_DB, else the user's data folder)")
        << u'\n' << u"  --as NAME        "_s
        << Tr::tr("your name in the change log of what this command changes (default: $MAMORI_NAME, else the "
                  "login; on a server, the database role is recorded beside it)")
        << u'\n' << u"  --catalog FILE   "_s
        << Tr::tr("the catalog of services and experts (default: $MAMORI_CATALOG, else the user's data folder)")
        << u'\n' << u"  --version        "_s << Tr::tr("print the version and exit") << u'\n'
        << u"  --help           "_s << Tr::tr("show this help; COMMAND --help shows a command's options") << u'\n';
    out.flush();
}

// The manual page, mamori-cli(1), in roff, made from the commands themselves so it cannot fall behind
// them; the build writes it in English and Japanese (packaging/CMakeLists.txt).
void printManual(const std::vector<std::unique_ptr<Command>>& commands, Context& ctx)
{
    QTextStream& out = ctx.out;
    const auto section = [&](const QString& title) {
        out << u".SH \""_s << roffEscaped(title) << u"\"\n"_s;
    };
    const auto item = [&](const QString& term, const QString& text) {
        out << u".TP\n.B "_s << roffEscaped(term) << u'\n' << roffEscaped(text) << u'\n';
    };
    out << u".TH MAMORI\\-CLI 1 \"\" \"Mamori "_s << QStringLiteral(MAMORI_VERSION) << u"\" \""_s
        << roffEscaped(Tr::tr("User Commands")) << u"\"\n"_s;
    // Ragged right, no hyphenation: command lines and options must read as typed, and Japanese has no
    // hyphens.
    out << u".ad l\n.nh\n"_s;
    section(Tr::tr("NAME"));
    out << u"mamori\\-cli \\- "_s
        << roffEscaped(Tr::tr("assess the information security of a small firm from the "
                              "command line"))
        << u'\n';
    section(Tr::tr("SYNOPSIS"));
    out << u".B mamori\\-cli\n[\\-\\-lang ja|en] [\\-\\-db FILE|URL] [\\-\\-as NAME] [\\-\\-catalog FILE] COMMAND [OPTIONS]\n"_s;
    section(Tr::tr("DESCRIPTION"));
    out << roffEscaped(Tr::tr("Mamori assesses the information security of a small or medium-sized firm against the "
                              "official Japanese guidelines, and proposes an action plan."))
        << u"\n.PP\n"_s
        << roffEscaped(Tr::tr("Every command has --help. Problems with input files are reported one per line as "
                              "file:line:column: path: message."))
        << u'\n';
    section(Tr::tr("GLOBAL OPTIONS"));
    item(u"--lang ja|en"_s, Tr::tr("language of the output (default: the system's)"));
    item(u"--db FILE|URL"_s,
         Tr::tr("the database of firms and assessments: an SQLite file, or postgresql://HOST/DATABASE shared by a team "
                "(default: $MAMORI_DB, else the user's data folder)"));
    item(u"--as NAME"_s,
         Tr::tr("your name in the change log of what this command changes (default: $MAMORI_NAME, else the "
                "login; on a server, the database role is recorded beside it)"));
    item(u"--catalog FILE"_s,
         Tr::tr("the catalog of services and experts (default: $MAMORI_CATALOG, else the user's data folder)"));
    item(u"--version"_s, Tr::tr("print the version and exit"));
    item(u"--help"_s, Tr::tr("show this help; COMMAND --help shows a command's options"));
    section(Tr::tr("COMMANDS"));
    ctx.manual = true;
    for (const auto& command : commands) {
        command->run({"--help"}, ctx);
    }
    ctx.manual = false;
    section(Tr::tr("EXIT STATUS"));
    item(u"0"_s, Tr::tr("success"));
    item(u"1"_s, Tr::tr("invalid input; each problem is reported on standard error with its location"));
    item(u"2"_s, Tr::tr("usage error: an unknown command or option, or a missing argument"));
    section(Tr::tr("ENVIRONMENT"));
    item(u"MAMORI_LANG"_s, Tr::tr("ja or en: the language when --lang is not given"));
    item(u"MAMORI_DB"_s, Tr::tr("the database of firms and assessments"));
    item(u"MAMORI_NAME"_s, Tr::tr("your name in the change log, when --as is not given"));
    item(u"MAMORI_CATALOG"_s, Tr::tr("the catalog of services and experts"));
    item(u"MAMORI_PACK_PATH"_s, Tr::tr("folders of draft questionnaire packs, separated by colons; they load "
                                       "marked as unsigned"));
    section(Tr::tr("FILES"));
    item(u"~/.local/share/Mamori/"_s, Tr::tr("the database, the catalog, installed packs (packs/) and trusted keys "
                                             "(trust/)"));
    item(u"/usr/share/mamori/"_s, Tr::tr("the bundled questionnaire packs with their signatures, the sample "
                                         "catalog and sample firms, as examples and bases for authoring"));
    section(Tr::tr("SEE ALSO"));
    out << u".BR mamori (1)\n"_s;
    out.flush();
}

} // namespace

bool needsGuiApplication(int argc, char* argv[])
{
    bool report = false;
    bool pdf = false;
    bool otherFormat = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        report = report || arg == "report";
        pdf = pdf || arg.toLower().endsWith(".pdf") || arg == "--format=pdf" ||
              (arg == "pdf" && i > 1 && QByteArray(argv[i - 1]) == "--format");
        otherFormat = otherFormat || arg == "--format=csv" || arg == "--format=json" ||
                      ((arg == "csv" || arg == "json") && i > 1 && QByteArray(argv[i - 1]) == "--format");
    }
    return report && pdf && !otherFormat;
}

int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    QStringList args;
    std::optional<Language> language;
    QString database;
    QString catalog;
    QString actor = qEnvironmentVariable("MAMORI_NAME");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        QString value;
        if (a == u"--db"_s || a.startsWith(u"--db="_s)) {
            if (a == u"--db"_s && i + 1 >= arguments.size()) {
                err << Tr::tr("mamori-cli: --db needs a file name") << u'\n';
                return UsageError;
            }
            database = a == u"--db"_s ? arguments[++i] : a.mid(5);
            continue;
        }
        if (a == u"--catalog"_s || a.startsWith(u"--catalog="_s)) {
            if (a == u"--catalog"_s && i + 1 >= arguments.size()) {
                err << Tr::tr("mamori-cli: --catalog needs a file name") << u'\n';
                return UsageError;
            }
            catalog = a == u"--catalog"_s ? arguments[++i] : a.mid(10);
            continue;
        }
        if (a == u"--as"_s || a.startsWith(u"--as="_s)) {
            if (a == u"--as"_s && i + 1 >= arguments.size()) {
                err << Tr::tr("mamori-cli: --as needs a name") << u'\n';
                return UsageError;
            }
            actor = a == u"--as"_s ? arguments[++i] : a.mid(5);
            continue;
        }
        if (a == u"--lang"_s) {
            if (i + 1 >= arguments.size()) {
                err << Tr::tr("mamori-cli: --lang needs a value: ja or en") << u'\n';
                return UsageError;
            }
            value = arguments[++i];
        } else if (a.startsWith(u"--lang="_s)) {
            value = a.mid(7);
        } else {
            args.append(a);
            continue;
        }
        language = languageFromCode(value);
        if (!language) {
            err << Tr::tr("mamori-cli: unknown language \"%1\"; use ja or en").arg(value) << u'\n';
            return UsageError;
        }
    }
    if (!language) {
        const QString env = qEnvironmentVariable("MAMORI_LANG");
        language = languageFromCode(env).value_or(systemLanguage());
    }
    const Translations translations(*language); // for this run only, so in-process runs can switch
    Context ctx{out, err, *language, database, catalog, actor};

    const auto commands = makeCommands();
    if (args.isEmpty()) {
        printOverview(commands, err);
        return UsageError;
    }
    if (args.first() == u"--help"_s || args.first() == u"-h"_s || args.first() == u"help"_s) {
        printOverview(commands, out);
        return Success;
    }
    if (args.first() == u"--man"_s) {
        printManual(commands, ctx);
        return Success;
    }
    // --version works after any command too ("mamori-cli assess --version"), as users type it.
    if (args.contains(u"--version"_s)) {
        out << u"mamori-cli "_s << QStringLiteral(MAMORI_VERSION) << u'\n';
        return Success;
    }
    // A command is one word ("assess") or two ("pack list"); the longest match wins.
    for (const auto& command : commands) {
        const QStringList words = command->name().split(u' ');
        if (args.size() >= words.size() && args.mid(0, words.size()) == words) {
            std::vector<std::string> rest;
            for (const QString& a : args.mid(words.size())) {
                rest.push_back(a.toStdString());
            }
            // What the command reads it must never write over (`pack export-csv P.json --out P.json`).
            const files::RememberReads inputs;
            // Nor its database or catalog, even when this command does not open them.
            files::noteRead(ctx.database.isEmpty() ? Store::defaultPath() : ctx.database, files::InUse::Role::Database);
            files::noteRead(ctx.catalog.isEmpty() ? CatalogStore::defaultPath() : ctx.catalog,
                            files::InUse::Role::Catalog);
            const int code = command->run(rest, ctx);
            out.flush();
            err.flush();
            return code;
        }
    }
    // A group's word alone or with an unknown verb ("pack frobnicate"): name the group's verbs.
    QStringList verbs;
    for (const auto& command : commands) {
        if (command->name().startsWith(args.first() + u' ')) {
            verbs.append(command->name().section(u' ', 1));
        }
    }
    if (!verbs.isEmpty()) {
        err << Tr::tr("mamori-cli %1: expected one of: %2").arg(args.first(), verbs.join(u", "_s)) << u'\n';
    } else {
        err << Tr::tr("mamori-cli: unknown command \"%1\"").arg(args.first()) << u'\n';
    }
    err << Tr::tr("Try 'mamori-cli --help' for the list of commands.") << u'\n';
    err.flush();
    return UsageError;
}

} // namespace mamori::cli
