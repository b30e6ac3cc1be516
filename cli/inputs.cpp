#include "cli/inputs.h"

#include "core/format.h"
#include "core/packloader.h"
#include "core/packrepository.h"
#include "core/scorer.h"
#include "core/storelocation.h"

#include <QFileInfo>

#include <algorithm>
#include <unistd.h>

namespace mamori::cli {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::Inputs)
};

} // namespace

std::optional<Pack> loadPackArgument(const QString& idOrPath, Context& ctx)
{
    Diagnostics warnings;
    auto pack = PackRepository().find(idOrPath, &warnings);
    Command::printDiagnosticsTo(warnings, ctx);
    if (!pack) {
        Command::printDiagnosticsTo(pack.error(), ctx);
        return std::nullopt;
    }
    return std::move(*pack);
}

std::optional<Profile> loadProfileArgument(const QString& path, Context& ctx)
{
    auto profile = loadProfile(path);
    if (!profile) {
        Command::printDiagnosticsTo(profile.error(), ctx);
        return std::nullopt;
    }
    return std::move(*profile);
}

std::optional<AnswerSet> loadAnswersArgument(const QString& path, const Pack& pack, Context& ctx)
{
    Diagnostics warnings;
    auto answers = loadAnswers(path, &pack, &warnings);
    if (!answers) {
        Command::printDiagnosticsTo(answers.error(), ctx);
        return std::nullopt;
    }
    Command::printDiagnosticsTo(warnings, ctx);
    return std::move(*answers);
}

void addScoringInputOptions(boost::program_options::options_description& options)
{
    namespace po = boost::program_options;
    options.add_options()("pack", po::value<std::string>(), Tr::tr("pack id or pack file").toStdString().c_str())(
        "profile", po::value<std::string>(), Tr::tr("the firm's profile (JSON)").toStdString().c_str())(
        "answers", po::value<std::string>(), Tr::tr("the answers (JSON)").toStdString().c_str())(
        "assessment", po::value<std::string>(),
        Tr::tr("a stored assessment, instead of the three files").toStdString().c_str());
}

tl::expected<ScoringInputs, int> loadScoringInputs(const boost::program_options::variables_map& values,
                                                   const QString& command, const QString& usage, Context& ctx)
{
    const auto option = [&values](const char* key) {
        return Command::text(values, key);
    };
    const bool stored = values.count("assessment") > 0;
    const bool files = values.count("pack") && values.count("profile") && values.count("answers");
    const bool anyFile = values.count("pack") || values.count("profile") || values.count("answers");
    if (stored == anyFile || (!stored && !files)) {
        ctx.err << Tr::tr("mamori-cli %1: give either --pack, --profile and --answers, or --assessment").arg(command)
                << u'\n' << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return tl::unexpected(int(UsageError));
    }
    std::optional<Pack> pack;
    std::optional<Profile> profile;
    std::optional<AnswerSet> answers;
    std::optional<AssessmentRecord> storedRecord;
    if (stored) {
        const auto id = parseId(option("assessment"), Tr::tr("assessment"), command, ctx);
        if (!id) {
            return tl::unexpected(int(UsageError));
        }
        const auto store = openStore(ctx, Store::Mode::ReadOnly);
        if (!store) {
            return tl::unexpected(int(InvalidInput));
        }
        auto record = loadAssessmentArgument(*store, *id, ctx);
        if (!record) {
            return tl::unexpected(int(InvalidInput));
        }
        // Scored from the stored answers with the pack as installed now, so a scoring fix in the pack
        // shows up in old assessments too.
        pack = loadPackOfAssessment(*record, ctx);
        profile = record->profile;
        answers = record->answers;
        storedRecord = std::move(*record);
    } else {
        // Load everything before stopping, so one run reports the problems of every input file.
        pack = loadPackArgument(option("pack"), ctx);
        profile = loadProfileArgument(option("profile"), ctx);
        if (pack) {
            answers = loadAnswersArgument(option("answers"), *pack, ctx);
        }
    }
    if (!pack || !profile || !answers) {
        return tl::unexpected(int(InvalidInput));
    }
    return ScoringInputs{std::move(*pack), std::move(*profile), std::move(*answers), std::move(storedRecord)};
}

std::unique_ptr<CatalogStore> openCatalog(Context& ctx, CatalogStore::Mode mode)
{
    auto catalog = CatalogStore::open(ctx.catalog.isEmpty() ? CatalogStore::defaultPath() : ctx.catalog, mode);
    if (!catalog) {
        Command::printDiagnosticsTo(catalog.error(), ctx);
        return nullptr;
    }
    return std::move(*catalog);
}

std::unique_ptr<Store> openStore(Context& ctx, Store::Mode mode)
{
    // A writer waits a moment for another one (a script answering in a loop beside another).
    auto store = Store::open(ctx.database.isEmpty() ? Store::defaultPath() : ctx.database, mode,
                             mode == Store::Mode::ReadWrite ? Store::WriterWaitMs : 0);
    if (!store) {
        Command::printDiagnosticsTo(store.error(), ctx);
        return nullptr;
    }
    (*store)->setActor(ctx.actor);
    return std::move(*store);
}

std::unique_ptr<Store> openStoreForReading(Context& ctx)
{
    const QString path = ctx.database.isEmpty() ? Store::defaultPath() : ctx.database;
    // A server is opened for writing like an existing file (several may write to it at once).
    if (path != u":memory:"_s && (StoreLocation::looksLikeUrl(path) || QFileInfo::exists(path))) {
        auto store = Store::open(path, Store::Mode::ReadWrite);
        if (store) {
            (*store)->setActor(ctx.actor);
            return std::move(*store);
        }
        const auto code = store.error().first().code;
        if (code != ErrorCode::Locked && code != ErrorCode::ReadOnly) {
            Command::printDiagnosticsTo(store.error(), ctx);
            return nullptr;
        }
        if (code == ErrorCode::ReadOnly) {
            // Reading works; say why nothing (not even the results cache) will be written.
            ctx.err << Tr::tr("note: %1: %2").arg(path, store.error().first().message) << u'\n';
        }
    }
    return openStore(ctx, Store::Mode::ReadOnly);
}

std::optional<AssessmentRecord> loadAssessmentArgument(const Store& store, qint64 id, Context& ctx)
{
    auto record = store.assessment(id);
    if (!record) {
        Command::printDiagnosticsTo(record.error(), ctx);
        return std::nullopt;
    }
    return std::move(*record);
}

std::optional<Pack> loadPackOfAssessment(const AssessmentRecord& record, Context& ctx)
{
    auto pack = PackRepository().findVersion(record.packId, record.packVersion);
    if (!pack) {
        ctx.err << Tr::tr("assessment %1 was started with %2 version %3, which cannot be loaded")
                       .arg(record.id)
                       .arg(record.packId, record.packVersion)
                << u'\n';
        Command::printDiagnosticsTo(pack.error(), ctx);
        return std::nullopt;
    }
    return std::move(*pack);
}

std::optional<qint64> parseId(const QString& text, const QString& what, const QString& command, Context& ctx)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        ctx.err << Tr::tr("mamori-cli %1: \"%2\" is not a valid %3 id (a positive number)").arg(command, text, what)
                << u'\n';
        return std::nullopt;
    }
    return id;
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? formatDateTime(time) : QString();
}

QString tierLabel(Tier tier)
{
    switch (tier) {
    case Tier::Micro:
        return Tr::tr("micro business (小規模事業者)");
    case Tier::Small:
        return Tr::tr("SME (中小企業)");
    case Tier::Medium:
        return Tr::tr("mid-size (中堅企業)");
    case Tier::Large:
        return Tr::tr("large enterprise");
    }
    return {};
}

QString pad(const QString& text, int width, bool right)
{
    const int fill = std::max(0, width - displayWidth(text));
    return right ? QString(fill, u' ') + text : text + QString(fill, u' ');
}

QString elide(const QString& text, int width)
{
    if (displayWidth(text) <= width) {
        return text;
    }
    QString out;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        const QString ch = QString::fromUcs4(&c, 1);
        const int w = displayWidth(ch);
        if (used + w > width - 1) {
            break;
        }
        out += ch;
        used += w;
    }
    return out + u'…';
}

TerminalProgress::TerminalProgress(Context& ctx, std::function<QString(int)> label)
    : m_ctx(ctx), m_label(std::move(label)), m_terminal(isatty(STDERR_FILENO) != 0)
{}

TerminalProgress::~TerminalProgress()
{
    if (m_terminal && m_shown >= 0) {
        m_ctx.err << u'\n';
        m_ctx.err.flush(); // before anything goes to stdout, or it would continue the progress line
    }
}

void TerminalProgress::operator()(qint64 done, qint64 total)
{
    const int percent = total > 0 ? int(done * 100 / total) : 100;
    if (m_terminal && percent != m_shown) {
        m_shown = percent;
        m_ctx.err << u'\r' << m_label(percent);
        m_ctx.err.flush();
    }
}

} // namespace mamori::cli
