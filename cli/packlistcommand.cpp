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
                                    {u"path"_s, e.path}});
        }
        ctx.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return problems.isEmpty() ? Success : InvalidInput;
    }
    const QStringList headers{Tr::tr("ID"), Tr::tr("VERSION"), Tr::tr("QUESTIONS"), Tr::tr("SOURCE"), Tr::tr("TITLE")};
    int idWidth = displayWidth(headers[0]);
    for (const PackEntry& e : entries) {
        idWidth = std::max(idWidth, displayWidth(e.id));
    }
    const int versionWidth = std::max(8, displayWidth(headers[1]));
    const int countWidth = std::max(4, displayWidth(headers[2]));
    const int sourceWidth = std::max(8, displayWidth(headers[3]));
    ctx.out << pad(headers[0], idWidth) << u"  "_s << pad(headers[1], versionWidth) << u"  "_s
            << pad(headers[2], countWidth, true) << u"  "_s << pad(headers[3], sourceWidth) << u"  "_s << headers[4]
            << u'\n';
    for (const PackEntry& e : entries) {
        const QString source = e.source == PackSource::Bundled ? Tr::tr("bundled")
                               : e.source == PackSource::User  ? Tr::tr("user")
                                                               : Tr::tr("path");
        ctx.out << pad(e.id, idWidth) << u"  "_s << pad(e.version, versionWidth) << u"  "_s
                << pad(QString::number(e.questionCount), countWidth, true) << u"  "_s << pad(source, sourceWidth)
                << u"  "_s << e.title.text(ctx.language) << u'\n';
    }
    if (entries.empty()) {
        ctx.out << Tr::tr("No packs found.") << u'\n';
    }
    return problems.isEmpty() ? Success : InvalidInput;
}

} // namespace mamori::cli
