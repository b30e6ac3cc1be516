#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"

#include <QIODevice>
#include <QString>
#include <QTextStream>

#include <boost/program_options.hpp>

#include <cstdio>
#include <optional>
#include <string>
#include <vector>

namespace mamori::cli {

// Exit codes of DESIGN.md: 0 success, 1 invalid input (with located messages on stderr), 2 usage.
enum ExitCode
{
    Success = 0,
    InvalidInput = 1,
    UsageError = 2
};

struct Context
{
    QTextStream& out;
    QTextStream& err;
    Language language = Language::English;
    QString database; // --db FILE; empty for the default (Store::defaultPath())
    QString catalog;  // --catalog FILE; empty for the default (CatalogStore::defaultPath())
    // --as NAME (or $MAMORI_NAME): the name the change log records for this run's changes; empty:
    // the login (the database role on a server).
    QString actor;
    // Set while the manual page is written (`mamori-cli --man`): --help then writes the command's
    // section of the page in roff instead of the terminal's text.
    bool manual = false;
};

enum class OutputFormat
{
    Text,
    Json
};

// One subcommand of mamori-cli. Parsing happens inside the library, so the test suite runs commands
// in-process with their real option handling.
class Command
{
public:
    virtual ~Command() = default;

    // The words that select it: "assess", "pack list", …
    virtual QString name() const = 0;
    // One line for the command overview, translated.
    virtual QString summary() const = 0;
    virtual int run(const std::vector<std::string>& args, Context& ctx) = 0;

    // Helpers shared by the commands (public so that families of commands can share parsing code).
    // Parses `args` against the options plus --help. Returns an exit code when the command should stop
    // here (help printed: 0; bad usage reported: 2), nullopt when it should go on.
    std::optional<int> parse(const std::vector<std::string>& args, boost::program_options::options_description& options,
                             const boost::program_options::positional_options_description& positional,
                             boost::program_options::variables_map& values, Context& ctx, const QString& usage) const;

    static QString text(const boost::program_options::variables_map& values, const char* key);
    // --format text|json, shared by every command that prints results.
    static void addFormatOption(boost::program_options::options_description& options);
    // The chosen format, or nullopt after reporting an unknown one (a usage error).
    std::optional<OutputFormat> outputFormat(const boost::program_options::variables_map& values, Context& ctx) const;

    // Writes each diagnostic as `file:line:column: path: message` on stderr.
    static void printDiagnosticsTo(const Diagnostics& diagnostics, Context& ctx);
};

// A command-line mistake Boost reports (missing or unknown option, bad value…), in the user's
// language: Boost's own messages are English only.
QString usageError(const boost::program_options::error& e);

// Escapes text for roff: backslashes, hyphens (so options copy as ASCII minus signs) and a leading
// dot or quote, which roff would read as a request.
QString roffEscaped(const QString& text);

// Text from a file or a database, made safe to print on a terminal: control characters (ESC, NUL, the C1
// range, DEL) and the characters that reorder text (U+202A–202E, U+2066–2069) are shown as escapes
// (\x1b, \u202e), so a name can neither clear nor retitle the terminal nor reverse what follows it.
// Tabs and line breaks stay unless `oneLine`, which shows them as \t and \n.
QString terminalSafe(const QString& text, bool oneLine = true);

// Everything a command prints, when it goes to a terminal: the same escapes as terminalSafe() for
// whatever no command escaped itself, keeping tabs, line breaks and the carriage returns of progress
// lines. Output to a file or a pipe is left exact (`mamori-cli firm export 1 > firm.json`).
class TerminalSafeDevice : public QIODevice
{
public:
    explicit TerminalSafeDevice(FILE* terminal);
    ~TerminalSafeDevice() override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 size) override;

private:
    FILE* m_terminal;
    QByteArray m_pending; // the start of a character whose last bytes have not been written yet
};

// Wraps to `width` display columns (Japanese characters count two), indenting continuation lines.
QStringList wrapText(const QString& text, int width);
// Display width of a string in a terminal: East Asian wide and full-width characters count two.
int displayWidth(QStringView text);

} // namespace mamori::cli
