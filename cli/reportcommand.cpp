#include "cli/inputs.h"
#include "cli/reportcommands.h"
#include "core/filesafety.h"
#include "core/history.h"
#include "core/json.h"
#include "core/packrepository.h"
#include "core/reportexport.h"
#include "core/scorer.h"
#include "report/pdfreport.h"

#include <QApplication>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::ReportCommand)
};

} // namespace

QString ReportCommand::name() const
{
    return u"report"_s;
}

QString ReportCommand::summary() const
{
    return Tr::tr("Write a firm's report: a PDF for the firm's owner, with charts, or the whole result as CSV for "
                  "Excel or as JSON.");
}

int ReportCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    addScoringInputOptions(options);
    options.add_options()("out,o", po::value<std::string>(), Tr::tr("the file to write").toStdString().c_str())(
        "format", po::value<std::string>(),
        Tr::tr("pdf, csv or json (default: from the file name)").toStdString().c_str())(
        "consultant", po::value<std::string>(), Tr::tr("the consultant's name, for the report").toStdString().c_str())(
        "logo", po::value<std::string>(),
        Tr::tr("an image for the cover of the PDF (PNG or JPEG)").toStdString().c_str())(
        "sections", po::value<std::string>(),
        Tr::tr("the PDF's sections, comma-separated (default: all): summary, areas, questions, plan, matches, "
               "trend, method")
            .toStdString()
            .c_str())("no-matches", Tr::tr("leave the catalog out of the PDF").toStdString().c_str())(
        "stale-months", po::value<int>()->default_value(DefaultStaleMonths),
        Tr::tr("mark services whose facts are older than this many months (default 12)").toStdString().c_str());
    po::variables_map values;
    const QString usage = u"report (--pack ID|FILE --profile FILE --answers FILE | --assessment ID) --out FILE "
                          "[--format pdf|csv|json] [--consultant NAME] [--logo IMAGE] [--sections LIST] "
                          "[--no-matches] [--stale-months N]"_s;
    if (const auto stop = parse(args, options, {}, values, ctx, usage)) {
        return *stop;
    }
    const auto usageError = [&](const QString& message) {
        ctx.err << message << u'\n' << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return int(UsageError);
    };
    const int staleMonths = values["stale-months"].as<int>();
    if (staleMonths < 1 || staleMonths > 240) {
        return usageError(Tr::tr("mamori-cli report: --stale-months is a number from 1 to 240"));
    }
    const QString out = text(values, "out");
    QString format = text(values, "format");
    if (format.isEmpty()) {
        format = QFileInfo(out).suffix().toLower();
    }
    if (out.isEmpty() || (format != u"csv"_s && format != u"json"_s && format != u"pdf"_s)) {
        return usageError(Tr::tr("mamori-cli report: give --out FILE ending in .pdf, .csv or .json, or --format pdf, "
                                 "csv or json"));
    }
    ReportSections sections;
    if (values.count("sections")) {
        sections = ReportSections{false, false, false, false, false, false, false};
        const std::pair<QString, bool ReportSections::*> known[] = {
            {u"summary"_s, &ReportSections::summary},     {u"areas"_s, &ReportSections::areas},
            {u"questions"_s, &ReportSections::questions}, {u"plan"_s, &ReportSections::plan},
            {u"matches"_s, &ReportSections::matches},     {u"trend"_s, &ReportSections::trend},
            {u"method"_s, &ReportSections::method}};
        for (const QString& part : text(values, "sections").split(u',', Qt::SkipEmptyParts)) {
            const auto it = std::find_if(std::begin(known), std::end(known),
                                         [&part](const auto& k) { return k.first == part.trimmed(); });
            if (it == std::end(known)) {
                return usageError(
                    Tr::tr("mamori-cli report: unknown section \"%1\"; known: summary, areas, questions, plan, "
                           "matches, trend, method")
                        .arg(part.trimmed()));
            }
            sections.*(it->second) = true;
        }
    }
    if (format == u"pdf"_s && !qobject_cast<QApplication*>(QCoreApplication::instance())) {
        // mamori-cli's main() makes one for `report`; only an embedding program can get here.
        ctx.err << Tr::tr("mamori-cli report: a PDF needs a QApplication (Qt Charts draws the charts)") << u'\n';
        return InvalidInput;
    }
    QImage logo;
    if (values.count("logo")) {
        files::noteRead(text(values, "logo"));
        QImageReader reader(text(values, "logo"));
        logo = reader.read();
        if (logo.isNull()) {
            ctx.err << Tr::tr("%1: cannot read the logo: %2").arg(text(values, "logo"), reader.errorString()) << u'\n';
            return InvalidInput;
        }
    }
    auto inputs = loadScoringInputs(values, name(), usage, ctx);
    if (!inputs) {
        return inputs.error();
    }
    // Refused before the report is made: it would be refused when written.
    if (auto allowed = files::checkOutput(out); !allowed) {
        printDiagnosticsTo(allowed.error(), ctx);
        return InvalidInput;
    }
    const ScoreResult result = Scorer(inputs->pack, inputs->profile).score(inputs->answers);
    const ReportInput report{inputs->pack,
                             inputs->profile,
                             inputs->answers,
                             result,
                             QDateTime::currentDateTimeUtc(),
                             text(values, "consultant")};
    QByteArray bytes;
    if (format == u"pdf"_s) {
        PdfReportOptions pdf;
        pdf.language = ctx.language;
        pdf.sections = sections;
        pdf.logo = logo;
        if (sections.matches && !values.count("no-matches")) {
            auto catalog = openCatalog(ctx); // created from the bundled catalog on first use, as `match` does
            if (!catalog) {
                return InvalidInput;
            }
            auto matched = reportMatches(*catalog, inputs->pack, inputs->profile, result, ctx.language, 5, staleMonths);
            if (!matched) {
                printDiagnosticsTo(matched.error(), ctx);
                return InvalidInput;
            }
            pdf.services = std::move(matched->first);
            pdf.talent = std::move(matched->second);
        }
        if (sections.trend && inputs->record) {
            if (const auto store = openStoreForReading(ctx)) {
                const PackRepository packs;
                ResultService results(*store, packs);
                const ScoredAssessment current{*inputs->record, std::make_shared<const Pack>(inputs->pack), result};
                addReportHistory(results, current, pdf);
            }
        }
        const PdfReport document(report, std::move(pdf));
        const bool terminal = isatty(fileno(stderr)) != 0;
        auto written = document.write(out, [&ctx, terminal](int page, int pages) {
            if (terminal) {
                ctx.err << u'\r' << Tr::tr("page %1 of %2").arg(page).arg(pages) << Qt::flush;
            }
            return true;
        });
        if (terminal) {
            ctx.err << u'\r' << QString(30, u' ') << u'\r' << Qt::flush;
        }
        if (!written) {
            printDiagnosticsTo(written.error(), ctx);
            return InvalidInput;
        }
        ctx.out << Tr::tr("%1 written (%n page(s))", nullptr, document.pageCount()).arg(out) << u'\n';
        return Success;
    }
    bytes = format == u"json"_s ? reportToJsonBytes(report) : reportToCsv(report, ctx.language);
    // Owner-only: the file lists the firm's weaknesses. Written whole or not at all.
    if (auto written = writeFileAtomically(out, bytes, true); !written) {
        printDiagnosticsTo(written.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("%1 written").arg(out) << u'\n';
    return Success;
}

} // namespace mamori::cli
