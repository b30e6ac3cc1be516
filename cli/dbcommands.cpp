#include "cli/inputs.h"
#include "cli/storecommands.h"
#include "core/filesafety.h"
#include "core/format.h"
#include "core/store.h"

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::DbCommands)
};

} // namespace

QString DbInitCommand::name() const
{
    return u"db init"_s;
}

QString DbInitCommand::summary() const
{
    return Tr::tr("Make Mamori's tables in the --db database (a new file, or an empty database on a server), "
                  "or upgrade older ones; prints the schema version.");
}

int DbInitCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"db init"_s)) {
        return *stop;
    }
    // Opening for writing is what makes or upgrades the tables (Store::open); on a team's server
    // the administrator runs this, so the tables are theirs (docs/team-database.md).
    const auto store = openStore(ctx);
    if (!store) {
        return InvalidInput;
    }
    const auto firms = store->firms();
    if (!firms) {
        printDiagnosticsTo(firms.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("%1 is ready: schema %2, %n firm(s).", nullptr, int(firms->size()))
                   .arg(store->path())
                   .arg(store->schemaVersion())
            << u'\n';
    return Success;
}

QString DbCopyCommand::name() const
{
    return u"db copy"_s;
}

QString DbCopyCommand::summary() const
{
    return Tr::tr("Copy every firm and assessment from one database to another (an SQLite file or a "
                  "postgresql:// URL), verified table by table.");
}

int DbCopyCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()(
        "from", po::value<std::string>()->required(),
        Tr::tr("the database to copy: a file or a postgresql:// URL (only read)").toStdString().c_str())(
        "to", po::value<std::string>()->required(),
        Tr::tr("where to: a new file, or an empty database on a server (created tables; no firm yet)")
            .toStdString()
            .c_str());
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"db copy --from FILE|URL --to FILE|URL"_s)) {
        return *stop;
    }
    const QString from = text(values, "from");
    const QString to = text(values, "to");
    if (from == to || files::sameFile(from, to)) {
        ctx.err << Tr::tr("mamori-cli db copy: --from and --to name the same database") << u'\n';
        return UsageError;
    }
    // Read-only: a file another Mamori has open is still copied, and the source is never changed.
    auto source = Store::open(from, Store::Mode::ReadOnly);
    if (!source) {
        printDiagnosticsTo(source.error(), ctx);
        return InvalidInput;
    }
    auto target = Store::open(to, Store::Mode::ReadWrite);
    if (!target) {
        printDiagnosticsTo(target.error(), ctx);
        return InvalidInput;
    }
    // A large database takes a while: say how far it is.
    const auto copied = [&] {
        TerminalProgress progress(ctx, [](int percent) { return Tr::tr("%1% copied").arg(percent); });
        return (*source)->copyInto(**target, std::ref(progress));
    }();
    if (!copied) {
        printDiagnosticsTo(copied.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("Copied %1 to %2, and read back:").arg((*source)->path(), (*target)->path()) << u'\n';
    for (const Store::TableCheck& t : *copied) {
        ctx.out << u"  "_s << pad(t.table, 12) << pad(formatCount(t.rows), 10, true) << u"  "_s
                << Tr::tr("rows, checksum %1 as in the original").arg(t.checksum.left(16)) << u'\n';
    }
    return Success;
}

} // namespace mamori::cli
