#include "cli/command.h"

#include "core/textcheck.h"

#include <QCoreApplication>

#include <string_view>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::Command)
};

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

} // namespace

int displayWidth(QStringView text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QStringList wrapText(const QString& text, int width)
{
    QStringList lines;
    QString line;
    int lineWidth = 0;
    QString word;
    int wordWidth = 0;
    const auto flushWord = [&] {
        if (word.isEmpty()) {
            return;
        }
        if (lineWidth > 0 && lineWidth + wordWidth > width) {
            lines.append(line.trimmed());
            line.clear();
            lineWidth = 0;
        }
        line += word;
        lineWidth += wordWidth;
        word.clear();
        wordWidth = 0;
    };
    const QList<uint> ucs = text.toUcs4();
    for (const uint code : ucs) {
        const char32_t c = char32_t(code);
        const QString ch = QString::fromUcs4(&c, 1);
        if (c == U'\n') {
            flushWord();
            lines.append(line.trimmed());
            line.clear();
            lineWidth = 0;
            continue;
        }
        if (isWide(c)) {
            // Japanese text may break between any two characters.
            flushWord();
            if (lineWidth + 2 > width && lineWidth > 0) {
                lines.append(line.trimmed());
                line.clear();
                lineWidth = 0;
            }
            line += ch;
            lineWidth += 2;
            continue;
        }
        word += ch;
        wordWidth += 1;
        if (c == U' ') {
            flushWord();
        }
    }
    flushWord();
    if (!line.trimmed().isEmpty() || lines.isEmpty()) {
        lines.append(line.trimmed());
    }
    return lines;
}

namespace {

// "-o [ --out ] arg": the option's names and its value, as the help and the manual page show them.
QString optionName(const po::option_description& option)
{
    QString name = QString::fromStdString(option.format_name());
    if (const std::string parameter = option.format_parameter(); !parameter.empty()) {
        name += u' ' + QString::fromStdString(parameter);
    }
    return name;
}

// The options table of --help. Boost's own formatter wraps descriptions by bytes, which cuts Japanese
// characters in half; this one wraps by display columns.
QString optionsHelp(const po::options_description& options)
{
    constexpr int Width = 80;
    QList<std::pair<QString, QString>> rows;
    int nameWidth = 0;
    for (const auto& option : options.options()) {
        const QString name = optionName(*option);
        nameWidth = std::max(nameWidth, displayWidth(name));
        rows.append({name, QString::fromStdString(option->description())});
    }
    nameWidth = std::min(nameWidth, 28);
    // Every command names its table "Options"; Boost 1.74 keeps the caption to itself.
    QString out = Tr::tr("Options") + u":\n"_s;
    for (const auto& [name, description] : rows) {
        QString line = u"  "_s + name;
        const QStringList wrapped = wrapText(description, Width - nameWidth - 4);
        const QString indent(nameWidth + 4, u' ');
        if (displayWidth(name) > nameWidth) {
            out += line + u'\n';
            line = indent;
        } else {
            line += QString(nameWidth - displayWidth(name) + 2, u' ');
        }
        for (qsizetype i = 0; i < wrapped.size(); ++i) {
            out += (i == 0 ? line : indent) + wrapped[i] + u'\n';
        }
    }
    return out;
}

// One command's section of the manual page.
QString optionsManual(const QString& name, const QString& summary, const QString& usage,
                      const po::options_description& options)
{
    QString out = u".SS \""_s + roffEscaped(name) + u"\"\n"_s + roffEscaped(summary) + u"\n.PP\n.B mamori\\-cli "_s +
                  roffEscaped(usage) + u'\n';
    for (const auto& option : options.options()) {
        if (option->long_name() == "help") {
            continue; // every command has it; the page says so once
        }
        out += u".TP\n.B "_s + roffEscaped(optionName(*option)) + u'\n' +
               roffEscaped(QString::fromStdString(option->description())) + u'\n';
    }
    return out;
}

// The value Boost quotes in its message ("the argument ('abc') for option '--top' is invalid").
QString quotedValue(const po::error& e)
{
    const QString what = QString::fromStdString(e.what());
    const qsizetype open = what.indexOf(u"('"_s);
    const qsizetype close = what.lastIndexOf(u"')"_s);
    return open >= 0 && close > open ? what.mid(open + 2, close - open - 2) : QString();
}

} // namespace

QString usageError(const po::error& e)
{
    // Boost's messages are English only; each kind the command line can raise is said in the user's
    // language, naming the option and the value as given.
    if (const auto* named = dynamic_cast<const po::error_with_option_name*>(&e)) {
        const QString option = QString::fromStdString(named->get_option_name());
        if (dynamic_cast<const po::required_option*>(&e)) {
            return Tr::tr("the option %1 is required but missing").arg(option);
        }
        if (dynamic_cast<const po::unknown_option*>(&e)) {
            return Tr::tr("unknown option %1").arg(option);
        }
        if (const auto* ambiguous = dynamic_cast<const po::ambiguous_option*>(&e)) {
            QStringList alternatives;
            for (const std::string& a : ambiguous->alternatives()) {
                alternatives.append(QString::fromStdString(a));
            }
            return Tr::tr("the option %1 is ambiguous: %2").arg(option, alternatives.join(u", "_s));
        }
        if (dynamic_cast<const po::multiple_occurrences*>(&e)) {
            return Tr::tr("the option %1 may be given only once").arg(option);
        }
        if (const auto* invalid = dynamic_cast<const po::validation_error*>(&e)) {
            switch (invalid->kind()) {
            case po::validation_error::multiple_values_not_allowed:
                return Tr::tr("the option %1 takes one value").arg(option);
            case po::validation_error::at_least_one_value_required:
                return Tr::tr("the option %1 needs a value").arg(option);
            case po::validation_error::invalid_bool_value:
                return Tr::tr("\"%1\" is not yes or no (for %2)").arg(quotedValue(e), option);
            case po::validation_error::invalid_option_value:
            case po::validation_error::invalid_option:
                return Tr::tr("\"%1\" is not a valid value for %2").arg(quotedValue(e), option);
            }
        }
        if (const auto* syntax = dynamic_cast<const po::invalid_command_line_syntax*>(&e)) {
            switch (syntax->kind()) {
            case po::invalid_syntax::missing_parameter:
            case po::invalid_syntax::empty_adjacent_parameter:
                return Tr::tr("the option %1 needs a value").arg(option);
            case po::invalid_syntax::extra_parameter:
                return Tr::tr("the option %1 takes no value").arg(option);
            default:
                return Tr::tr("the option %1 is not written as the command line expects").arg(option);
            }
        }
    }
    if (dynamic_cast<const po::too_many_positional_options_error*>(&e)) {
        return Tr::tr("too many arguments");
    }
    return Tr::tr("the command line cannot be read (%1)").arg(QString::fromStdString(e.what()));
}

QString roffEscaped(const QString& text)
{
    QString out = text;
    out.replace(u'\\', u"\\e"_s);
    out.replace(u'-', u"\\-"_s);
    QStringList lines = out.split(u'\n');
    for (QString& line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\'')) {
            line.prepend(u"\\&"_s);
        }
    }
    return lines.join(u'\n');
}

std::optional<int> Command::parse(const std::vector<std::string>& args, po::options_description& options,
                                  const po::positional_options_description& positional, po::variables_map& values,
                                  Context& ctx, const QString& usage) const
{
    options.add_options()("help,h", Tr::tr("show this help").toStdString().c_str());
    try {
        po::store(po::command_line_parser(args).options(options).positional(positional).run(), values);
        if (values.count("help")) {
            if (ctx.manual) {
                ctx.out << optionsManual(name(), summary(), usage, options);
            } else {
                ctx.out << Tr::tr("Usage: mamori-cli %1").arg(usage) << u"\n\n"_s << summary() << u"\n\n"_s
                        << optionsHelp(options);
            }
            ctx.out.flush();
            return Success;
        }
        po::notify(values);
    } catch (const po::error& e) {
        QString what = usageError(e);
        // Boost names a missing positional argument after its hidden option ("--file"); say what
        // the user actually left out.
        if (const auto* missing = dynamic_cast<const po::required_option*>(&e)) {
            const std::string option = missing->get_option_name();
            for (unsigned i = 0; i < 4; ++i) {
                if (!positional.name_for_position(i).empty() && "--" + positional.name_for_position(i) == option) {
                    what = Tr::tr("an argument is missing");
                    break;
                }
            }
        }
        ctx.err << Tr::tr("mamori-cli %1: %2").arg(name(), what) << u'\n' << Tr::tr("Usage: mamori-cli %1").arg(usage)
                << u'\n' << Tr::tr("Try 'mamori-cli %1 --help' for more information.").arg(name()) << u'\n';
        ctx.err.flush();
        return UsageError;
    }
    return std::nullopt;
}

void Command::addFormatOption(po::options_description& options)
{
    options.add_options()("format", po::value<std::string>()->default_value("text"),
                          Tr::tr("output format: text or json").toStdString().c_str());
}

std::optional<OutputFormat> Command::outputFormat(const po::variables_map& values, Context& ctx) const
{
    const QString format = text(values, "format");
    if (format == u"text"_s) {
        return OutputFormat::Text;
    }
    if (format == u"json"_s) {
        return OutputFormat::Json;
    }
    ctx.err << Tr::tr("mamori-cli %1: unknown format \"%2\"; use text or json").arg(name(), format) << u'\n';
    ctx.err.flush();
    return std::nullopt;
}

QString Command::text(const po::variables_map& values, const char* key)
{
    return values.count(key) ? QString::fromStdString(values[key].as<std::string>()) : QString();
}

void Command::printDiagnosticsTo(const Diagnostics& diagnostics, Context& ctx)
{
    for (const Diagnostic& d : diagnostics) {
        ctx.err << d.toString() << u'\n';
    }
    ctx.err.flush();
}

namespace {

// terminalSafe() and the terminal's stream: `keep` lists the layout characters left as they are.
QString escapeForTerminal(const QString& text, std::u32string_view keep)
{
    const auto unsafe = [keep](char32_t c) {
        if (keep.find(c) != std::u32string_view::npos) {
            return false;
        }
        return isControlCharacter(c) || changesDirection(c);
    };
    QString out;
    out.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (!unsafe(c)) {
            out += QString::fromUcs4(&c, 1);
        } else if (c == U'\t') {
            out += u"\\t"_s;
        } else if (c == U'\n') {
            out += u"\\n"_s;
        } else if (c < 0x100) {
            out += u"\\x%1"_s.arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += u"\\u%1"_s.arg(uint(c), 4, 16, QLatin1Char('0'));
        }
    }
    return out;
}

// How many bytes at the start of `bytes` end on a whole UTF-8 character.
qsizetype wholeCharacters(const QByteArray& bytes)
{
    qsizetype end = bytes.size();
    // Step back over at most three continuation bytes to the start of the last character.
    qsizetype start = end;
    while (start > 0 && end - start < 4 && (uchar(bytes[start - 1]) & 0xC0) == 0x80) {
        --start;
    }
    if (start == 0) {
        return end;
    }
    const uchar lead = uchar(bytes[start - 1]);
    const qsizetype length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
    return end - (start - 1) < length ? start - 1 : end;
}

} // namespace

QString terminalSafe(const QString& text, bool oneLine)
{
    return escapeForTerminal(text, oneLine ? std::u32string_view() : std::u32string_view(U"\t\n"));
}

TerminalSafeDevice::TerminalSafeDevice(FILE* terminal) : m_terminal(terminal)
{
    QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalSafeDevice::~TerminalSafeDevice()
{
    if (!m_pending.isEmpty()) {
        std::fwrite(m_pending.constData(), 1, std::size_t(m_pending.size()), m_terminal);
    }
    std::fflush(m_terminal);
}

qint64 TerminalSafeDevice::readData(char*, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char* data, qint64 size)
{
    m_pending.append(data, size);
    const qsizetype whole = wholeCharacters(m_pending);
    const QByteArray safe =
        escapeForTerminal(QString::fromUtf8(m_pending.first(whole)), std::u32string_view(U"\t\n\r")).toUtf8();
    m_pending.remove(0, whole);
    if (std::fwrite(safe.constData(), 1, std::size_t(safe.size()), m_terminal) != std::size_t(safe.size())) {
        return -1;
    }
    std::fflush(m_terminal);
    return size;
}

} // namespace mamori::cli
