#pragma once

#include "cli/command.h"
#include "core/answers.h"
#include "core/catalogstore.h"
#include "core/pack.h"
#include "core/profile.h"
#include "core/store.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace mamori::cli {

// Loading the inputs every scoring command shares, reporting problems the same way everywhere.
std::optional<Pack> loadPackArgument(const QString& idOrPath, Context& ctx);
std::optional<Profile> loadProfileArgument(const QString& path, Context& ctx);
std::optional<AnswerSet> loadAnswersArgument(const QString& path, const Pack& pack, Context& ctx);

// Opens the catalog named by --catalog (or the default), reporting why it cannot be opened.
std::unique_ptr<CatalogStore> openCatalog(Context& ctx, CatalogStore::Mode mode = CatalogStore::Mode::ReadWrite);
// Opens the database named by --db (or the default), reporting why it cannot be opened.
std::unique_ptr<Store> openStore(Context& ctx, Store::Mode mode = Store::Mode::ReadWrite);
// For commands that read, and would refresh the results cache if they can: read-write, or read-only
// when another Mamori holds the database (the GUI open beside a consultant's script).
std::unique_ptr<Store> openStoreForReading(Context& ctx);
// A stored assessment, reporting why it cannot be read.
std::optional<AssessmentRecord> loadAssessmentArgument(const Store& store, qint64 id, Context& ctx);
// The pack an assessment was started with: its id at its version. Another installed version is an
// error that says so (answers are migrated between versions by the pack administration commands).
std::optional<Pack> loadPackOfAssessment(const AssessmentRecord& record, Context& ctx);
// What a scoring command scores: a pack, a firm's profile and its answers, from three files or from
// a stored assessment.
struct ScoringInputs
{
    Pack pack;
    Profile profile;
    AnswerSet answers;
    std::optional<AssessmentRecord> record; // when read from the database (--assessment)
};
// --pack, --profile, --answers and --assessment, shared by `assess` and `match`.
void addScoringInputOptions(boost::program_options::options_description& options);
// Loads the inputs those options name, reporting every problem; on failure the exit code (a usage error
// for a wrong combination of options, else invalid input).
tl::expected<ScoringInputs, int> loadScoringInputs(const boost::program_options::variables_map& values,
                                                   const QString& command, const QString& usage, Context& ctx);

// Parses a positive database id given on the command line.
std::optional<qint64> parseId(const QString& text, const QString& what, const QString& command, Context& ctx);
// A stored time, in local time, to the minute.
QString localTime(const QDateTime& time);

// Human labels for enum ids, translated.
QString tierLabel(Tier tier);

// Pads a cell to `width` display columns.
QString pad(const QString& text, int width, bool right = false);
// Shortens to `width` display columns with an ellipsis.
QString elide(const QString& text, int width);

// How far a long job is, as one line on stderr rewritten as the percentage grows, and only on a
// terminal, so redirected output and logs stay clean. `label` turns a percentage into the line.
class TerminalProgress
{
public:
    TerminalProgress(Context& ctx, std::function<QString(int percent)> label);
    ~TerminalProgress();
    TerminalProgress(const TerminalProgress&) = delete;
    TerminalProgress& operator=(const TerminalProgress&) = delete;
    void operator()(qint64 done, qint64 total);

private:
    Context& m_ctx;
    std::function<QString(int)> m_label;
    bool m_terminal;
    int m_shown = -1;
};

} // namespace mamori::cli
