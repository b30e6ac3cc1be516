#include "cli/inputs.h"
#include "cli/packcommands.h"
#include "core/packrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PackListCommand)
};

} // namespace

QString PackListCommand::name() const
{
    return u"pack list"_s;
}

QString PackListCommand::summary() const
{
    return Tr::tr("List the questionnaire packs Mamori can use.");
}

int PackListCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    addFormatOption(options);
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"pack list [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    Diagnostics problems;
    const auto entries = PackRepository().list(&problems);
    printDiagnosticsTo(problems, ctx);
    if (*format == OutputFormat::Json) {
        QJsonArray list;
        for (const PackEntry& e : entries) {
            list.append(QJsonObject{{u"id"_s, e.id},
                                    {u"version"_s, e.version},
                                    {u"title"_s, e.title.text(ctx.language)},
                                    {u"questions"_s, e.questionCount},
                                    {u"source"_s, packSourceId(e.source)},
                                    {u"trust"_s, trustStateId(e.verification.state)},
                                    {u"signer"_s, e.verification.verified() ? e.verification.signer : QString()},
                                    {u"key_id"_s, e.verification.verified() ? e.verification.keyId : QString()},
                                    {u"trusted_because"_s, e.usable() ? trustedBecause(e) : QString()},
                                    {u"path"_s, e.path}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return problems.isEmpty() ? Success : InvalidInput;
    }
    const QStringList headers{Tr::tr("ID"),     Tr::tr("VERSION"), Tr::tr("QUESTIONS"),
                              Tr::tr("SOURCE"), Tr::tr("SIGNER"),  Tr::tr("TITLE")};
    // Unsigned packs say so in the signer's column: it must never look like a signed one.
    const auto signer = [](const PackEntry& e) {
        return e.verification.verified() ? e.verification.signer : Tr::tr("(unsigned)");
    };
    std::vector<int> widths{displayWidth(headers[0]), std::max(8, displayWidth(headers[1])),
                            std::max(4, displayWidth(headers[2])), std::max(9, displayWidth(headers[3])),
                            displayWidth(headers[4])};
    for (const PackEntry& e : entries) {
        widths[0] = std::max(widths[0], displayWidth(e.id));
        widths[4] = std::max(widths[4], std::min(32, displayWidth(signer(e))));
    }
    const auto row = [&](const QStringList& cells) {
        for (qsizetype i = 0; i + 1 < cells.size(); ++i) {
            ctx.out << pad(elide(cells[i], widths[std::size_t(i)]), widths[std::size_t(i)], i == 2) << u"  "_s;
        }
        ctx.out << cells.back() << u'\n';
    };
    row(headers);
    for (const PackEntry& e : entries) {
        row({e.id, e.version, QString::number(e.questionCount), packSourceLabel(e.source), signer(e),
             e.title.text(ctx.language)});
    }
    if (entries.empty()) {
        ctx.out << Tr::tr("No packs found.") << u'\n';
    } else {
        ctx.out << u'\n' << Tr::tr("Why each is trusted:") << u'\n';
        for (const PackEntry& e : entries) {
            ctx.out << u"  "_s << e.id << u' ' << e.version << u": "_s << terminalSafe(trustedBecause(e)) << u'\n';
        }
    }
    return problems.isEmpty() ? Success : InvalidInput;
}

} // namespace mamori::cli
