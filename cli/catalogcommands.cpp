#include "cli/catalogcommands.h"

#include "cli/inputs.h"
#include "core/catalogstore.h"
#include "core/format.h"
#include "core/matching.h"
#include "core/packrepository.h"
#include "core/profilelabels.h"
#include "core/scorer.h"
#include "core/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::CatalogCommands)
};

QString sampleMark(bool sample)
{
    return sample ? u" ["_s + Tr::tr("sample") + u']' : QString();
}

QJsonArray needsJson(const std::vector<NeedCover>& needs)
{
    QJsonArray a;
    for (const NeedCover& n : needs) {
        a.append(QJsonObject{{u"capability"_s, n.capability}, {u"weight"_s, n.weight}});
    }
    return a;
}

QJsonArray failuresJson(const std::vector<FilterFailure>& failures)
{
    QJsonArray a;
    for (const FilterFailure& f : failures) {
        a.append(QJsonObject{{u"filter"_s, filterId(f.filter)}, {u"message"_s, f.reason}});
    }
    return a;
}

QJsonObject firmJson(const FirmNeeds& firm)
{
    QJsonArray needs;
    for (const Need& n : firm.needs) {
        needs.append(QJsonObject{{u"capability"_s, n.capability},
                                 {u"weight"_s, std::round(n.weight * 10) / 10},
                                 {u"questions"_s, QJsonArray::fromStringList(n.questions)}});
    }
    QJsonArray areas;
    for (const auto& [area, gap] : firm.areaGaps) {
        areas.append(QJsonObject{{u"area"_s, area}, {u"gap"_s, gap}});
    }
    return QJsonObject{{u"prefecture"_s, firm.prefecture},
                       {u"devices"_s, firm.devices},
                       {u"employees"_s, firm.employees},
                       {u"needs"_s, needs},
                       {u"area_gaps"_s, areas},
                       {u"total_weight"_s, std::round(firm.totalWeight * 10) / 10}};
}

QJsonArray sourcesJson(const ServiceEntry& e)
{
    QJsonArray a;
    for (const CatalogSource& source : e.citedSources()) {
        QJsonObject o{{u"url"_s, source.url}, {u"date"_s, source.date.toString(Qt::ISODate)}};
        if (!source.kind.isEmpty() || !source.covers.isEmpty()) {
            o.insert(u"kind"_s, source.kind);
            o.insert(u"covers"_s, QJsonArray::fromStringList(source.covers));
        }
        a.append(o);
    }
    return a;
}

QJsonObject servicesJson(const ServiceMatches& m, Language lang)
{
    QJsonArray matches;
    for (const ServiceMatch& s : m.matches) {
        matches.append(QJsonObject{
            {u"rank"_s, s.rank},
            {u"id"_s, s.service.id},
            {u"name"_s, s.service.name},
            {u"provider"_s, s.service.provider},
            {u"scheme"_s, schemeId(s.service.scheme)},
            {u"type"_s, s.service.type},
            {u"sample"_s, s.service.sample},
            {u"score"_s, s.score},
            {u"coverage"_s, std::round(s.coverage * 1000) / 1000},
            {u"monthly_estimate"_s, s.monthlyEstimate},
            {u"first_year_estimate"_s, s.firstYearEstimate},
            {u"price_basis"_s, s.priceBasis},
            {u"covered"_s, needsJson(s.covered)},
            {u"missing"_s, needsJson(s.missing)},
            {u"reasons"_s, QJsonArray::fromStringList(s.reasons)},
            {u"source_url"_s, s.service.sourceUrl},
            {u"sources"_s, sourcesJson(s.service)},
            {u"as_of"_s, s.service.asOf.toString(Qt::ISODate)},
            {u"stale"_s, s.stale},
            {u"price_published"_s, s.service.pricePublished},
            {u"tax"_s, taxBasisId(s.service.tax).isEmpty() ? u"unknown"_s : taxBasisId(s.service.tax)},
            {u"regions_published"_s, !s.service.regionsUnknown},
            {u"note"_s, s.service.displayNote(lang)},
        });
    }
    QJsonArray rejected;
    for (const ServiceRejection& r : m.rejected) {
        rejected.append(QJsonObject{{u"id"_s, r.service.id},
                                    {u"name"_s, r.service.name},
                                    {u"sample"_s, r.service.sample},
                                    {u"filtered_by"_s, failuresJson(r.failures)}});
    }
    return QJsonObject{{u"considered"_s, m.considered},
                       {u"matches"_s, matches},
                       {u"rejected"_s, rejected},
                       {u"relax"_s, QJsonArray::fromStringList(m.relax)}};
}

QJsonObject talentJson(const TalentMatches& m)
{
    QJsonArray matches;
    for (const TalentMatch& t : m.matches) {
        matches.append(QJsonObject{
            {u"rank"_s, t.rank},
            {u"id"_s, t.talent.id},
            {u"display_name"_s, t.talent.displayName},
            {u"qualifications"_s, QJsonArray::fromStringList(t.talent.qualifications)},
            {u"sample"_s, t.talent.sample},
            {u"score"_s, t.score},
            {u"coverage"_s, std::round(t.coverage * 1000) / 1000},
            {u"fee_day_min"_s, t.talent.feeDayMin},
            {u"fee_day_max"_s, t.talent.feeDayMax},
            {u"availability"_s, availabilityId(t.talent.availability)},
            {u"covered"_s, needsJson(t.covered)},
            {u"missing"_s, needsJson(t.missing)},
            {u"areas"_s, QJsonArray::fromStringList(t.areas)},
            {u"reasons"_s, QJsonArray::fromStringList(t.reasons)},
        });
    }
    QJsonArray rejected;
    for (const TalentRejection& r : m.rejected) {
        rejected.append(QJsonObject{{u"id"_s, r.talent.id},
                                    {u"display_name"_s, r.talent.displayName},
                                    {u"sample"_s, r.talent.sample},
                                    {u"coverage"_s, std::round(r.coverage * 1000) / 1000},
                                    {u"filtered_by"_s, failuresJson(r.failures)}});
    }
    QJsonObject counts;
    for (const auto& [filter, count] : m.filteredCounts) {
        counts.insert(filterId(filter), count);
    }
    return QJsonObject{{u"considered"_s, m.considered},    {u"passed_filters"_s, m.passed},
                       {u"filtered_out"_s, counts},        {u"matches"_s, matches},
                       {u"best_filtered_out"_s, rejected}, {u"relax"_s, QJsonArray::fromStringList(m.relax)}};
}

void printReasons(const QStringList& reasons, QTextStream& out)
{
    for (const QString& r : reasons) {
        const QStringList lines = wrapText(r, 72);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            out << (i == 0 ? u"     - "_s : u"       "_s) << lines[i] << u'\n';
        }
    }
}

void printServices(const ServiceMatches& m, Context& ctx)
{
    const Language lang = ctx.language;
    QTextStream& out = ctx.out;
    out << Tr::tr("Service packages (%n in the catalog):", nullptr, m.considered) << u'\n';
    if (m.matches.empty()) {
        out << u"  "_s << Tr::tr("No service matches.") << u'\n';
    }
    for (const ServiceMatch& s : m.matches) {
        out << QString::number(s.rank).rightJustified(3) << u". "_s << s.service.displayName(lang)
            << sampleMark(s.service.sample);
        if (s.stale) {
            out << u" ["_s << Tr::tr("facts from %1: check the current terms").arg(s.service.asOf.toString(Qt::ISODate))
                << u']';
        }
        out << u'\n';
        out << u"     "_s << s.service.displayProvider(lang) << u" · "_s << schemeName(s.service.scheme).text(lang)
            << u" · "_s << serviceTypeName(s.service.type).text(lang) << u" · "_s
            << Tr::tr("score %1").arg(formatNumber(s.score)) << u'\n';
        printReasons(s.reasons, out);
        for (const CatalogSource& source : s.service.citedSources()) {
            out << u"       "_s
                << (source.date.isValid() ? Tr::tr("Source: %1 (%2)").arg(source.url, source.date.toString(Qt::ISODate))
                                          : Tr::tr("Source: %1").arg(source.url))
                << u'\n';
        }
    }
    if (!m.relax.isEmpty()) {
        out << u'\n' << Tr::tr("What to relax:") << u'\n';
        for (const QString& r : m.relax) {
            out << u"  - "_s << r << u'\n';
        }
    }
    if (!m.rejected.empty()) {
        out << u'\n' << Tr::tr("Left out (%n):", nullptr, int(m.rejected.size())) << u'\n';
        for (const ServiceRejection& r : m.rejected) {
            QStringList why;
            for (const FilterFailure& f : r.failures) {
                why.append(f.reason);
            }
            out << u"  "_s << elide(r.service.displayName(lang) + sampleMark(r.service.sample), 56) << u": "_s
                << why.join(u"; "_s) << u'\n';
        }
    }
}

void printTalent(const TalentMatches& m, Context& ctx)
{
    const Language lang = ctx.language;
    QTextStream& out = ctx.out;
    out << Tr::tr("Security experts (%1 in the catalog, %2 pass the filters):")
               .arg(formatCount(m.considered))
               .arg(formatCount(m.passed))
        << u'\n';
    if (m.matches.empty()) {
        out << u"  "_s << Tr::tr("Nobody matches.") << u'\n';
    }
    for (const TalentMatch& t : m.matches) {
        QStringList quals;
        for (const QString& q : t.talent.qualifications) {
            quals.append(qualificationName(q).text(lang));
        }
        out << QString::number(t.rank).rightJustified(3) << u". "_s << t.talent.displayName
            << sampleMark(t.talent.sample) << u" · "_s << Tr::tr("score %1").arg(formatNumber(t.score)) << u'\n';
        if (!quals.isEmpty()) {
            out << u"     "_s << quals.join(u", "_s) << u'\n';
        }
        printReasons(t.reasons, out);
    }
    if (!m.relax.isEmpty()) {
        out << u'\n' << Tr::tr("What to relax:") << u'\n';
        for (const QString& r : m.relax) {
            out << u"  - "_s << r << u'\n';
        }
    }
    if (!m.filteredCounts.empty()) {
        QStringList counts;
        for (const auto& [filter, count] : m.filteredCounts) {
            counts.append(Tr::tr("%1: %2").arg(filterName(filter), formatCount(count)));
        }
        out << u'\n' << Tr::tr("Left out by the filters: %1").arg(counts.join(u", "_s)) << u'\n';
    }
    for (const TalentRejection& r : m.rejected) {
        QStringList why;
        for (const FilterFailure& f : r.failures) {
            why.append(f.reason);
        }
        out << u"  "_s << r.talent.displayName << sampleMark(r.talent.sample) << u" ("_s
            << Tr::tr("covers %1%").arg(int(std::lround(r.coverage * 100))) << u"): "_s << why.join(u"; "_s) << u'\n';
    }
}

std::optional<qint64> parseYen(const QString& text, const char* option, Context& ctx)
{
    QString digits = text;
    digits.remove(u',');
    bool ok = false;
    const qint64 v = digits.toLongLong(&ok);
    if (!ok || v < 0) {
        ctx.err << Tr::tr("mamori-cli match: --%1 needs an amount in yen, such as 30000").arg(QLatin1StringView(option))
                << u'\n';
        return std::nullopt;
    }
    return v;
}

} // namespace

QString MatchCommand::name() const
{
    return u"match"_s;
}

QString MatchCommand::summary() const
{
    return Tr::tr("Turn a firm's gaps into a shortlist of service packages (お助け隊 and others) and security "
                  "experts, each with its reasons.");
}

int MatchCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    addScoringInputOptions(options);
    options.add_options()("kind", po::value<std::string>(),
                          Tr::tr("services or talent (default: both)").toStdString().c_str())(
        "budget", po::value<std::string>(),
        Tr::tr("services: the most per month, in yen; with --kind talent: the most per day").toStdString().c_str())(
        "day-budget", po::value<std::string>(), Tr::tr("talent: the most per day, in yen").toStdString().c_str())(
        "onsite", Tr::tr("only candidates who come on site in the firm's prefecture").toStdString().c_str())(
        "scheme", po::value<std::vector<std::string>>()->multitoken(),
        Tr::tr("services of these schemes only: otasuke-1, otasuke-2, otasuke-new, other").toStdString().c_str())(
        "top", po::value<int>()->default_value(5), Tr::tr("how many of each to show").toStdString().c_str())(
        "stale-months", po::value<int>()->default_value(DefaultStaleMonths),
        Tr::tr("mark services whose facts are older than this many months (default 12)").toStdString().c_str());
    addFormatOption(options);
    po::variables_map values;
    const QString usage = u"match (--pack ID|FILE --profile FILE --answers FILE | --assessment ID) "
                          "[--kind services|talent] [--budget YEN] [--day-budget YEN] [--onsite] [--scheme S…] "
                          "[--top N] [--stale-months N] [--format json|text]"_s;
    if (const auto stop = parse(args, options, {}, values, ctx, usage)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    const auto usageError = [&](const QString& message) {
        ctx.err << message << u'\n' << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return int(UsageError);
    };
    const QString kind = text(values, "kind");
    if (!kind.isEmpty() && kind != u"services"_s && kind != u"talent"_s) {
        return usageError(Tr::tr("mamori-cli match: --kind is services or talent"));
    }
    const bool wantServices = kind != u"talent"_s;
    const bool wantTalent = kind != u"services"_s;
    MatchOptions serviceOptions;
    serviceOptions.language = ctx.language;
    serviceOptions.top = values["top"].as<int>();
    if (serviceOptions.top < 1 || serviceOptions.top > 1000) {
        return usageError(Tr::tr("mamori-cli match: --top is a number from 1 to 1000"));
    }
    serviceOptions.staleMonths = values["stale-months"].as<int>();
    if (serviceOptions.staleMonths < 1 || serviceOptions.staleMonths > 240) {
        return usageError(Tr::tr("mamori-cli match: --stale-months is a number from 1 to 240"));
    }
    serviceOptions.onsiteOnly = values.count("onsite") > 0;
    if (values.count("scheme")) {
        for (const std::string& s : values["scheme"].as<std::vector<std::string>>()) {
            const auto scheme = schemeFromId(QString::fromStdString(s));
            if (!scheme) {
                return usageError(Tr::tr("mamori-cli match: unknown scheme \"%1\"").arg(QString::fromStdString(s)));
            }
            serviceOptions.schemes.push_back(*scheme);
        }
    }
    MatchOptions talentOptions = serviceOptions;
    talentOptions.schemes.clear();
    if (values.count("budget")) {
        const auto budget = parseYen(text(values, "budget"), "budget", ctx);
        if (!budget) {
            return UsageError;
        }
        (kind == u"talent"_s ? talentOptions : serviceOptions).budget = *budget;
    }
    if (values.count("day-budget")) {
        const auto budget = parseYen(text(values, "day-budget"), "day-budget", ctx);
        if (!budget) {
            return UsageError;
        }
        talentOptions.budget = *budget;
    }

    auto inputs = loadScoringInputs(values, name(), usage, ctx);
    if (!inputs) {
        return inputs.error();
    }
    const Pack* pack = &inputs->pack;
    const Profile* profile = &inputs->profile;
    auto catalog = openCatalog(ctx, CatalogStore::Mode::ReadWrite);
    if (!catalog) {
        return InvalidInput;
    }
    const ScoreResult result = Scorer(*pack, *profile).score(inputs->answers);
    const FirmNeeds firm = firmNeeds(*pack, *profile, result);
    MatchOutcome outcome = MatchService(*catalog).match(firm, serviceOptions, talentOptions,
                                                        wantServices && wantTalent ? MatchService::Kinds::Both
                                                        : wantServices             ? MatchService::Kinds::Services
                                                                                   : MatchService::Kinds::Talent);
    for (const Diagnostics* problem : {&outcome.servicesProblem, &outcome.talentProblem}) {
        if (!problem->isEmpty()) {
            printDiagnosticsTo(*problem, ctx);
            return InvalidInput;
        }
    }
    const std::optional<ServiceMatches>& services = outcome.services;
    const std::optional<TalentMatches>& talent = outcome.talent;
    if (*format == OutputFormat::Json) {
        QJsonObject o{{u"format"_s, 1},
                      {u"pack"_s, QJsonObject{{u"id"_s, pack->id}, {u"version"_s, pack->version}}},
                      {u"firm"_s, firmJson(firm)}};
        if (services) {
            o.insert(u"services"_s, servicesJson(*services, ctx.language));
        }
        if (talent) {
            o.insert(u"talent"_s, talentJson(*talent));
        }
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }
    const Language lang = ctx.language;
    ctx.out << Tr::tr("Firm: %1 (%2, %n device(s))", nullptr, firm.devices)
                   .arg(profile->name, prefectureName(firm.prefecture).text(lang))
            << u'\n';
    if (firm.needs.empty()) {
        ctx.out << Tr::tr("Needs: none — the answers leave no gap that a service would close.") << u"\n\n"_s;
    } else {
        QStringList needs;
        for (std::size_t i = 0; i < firm.needs.size() && i < 8; ++i) {
            needs.append(
                u"%1 (%2)"_s.arg(capabilityLabel(firm.needs[i].capability, lang), formatNumber(firm.needs[i].weight)));
        }
        for (const QString& line : wrapText(
                 Tr::tr("Needs, heaviest first (weight = points still to win): %1").arg(needs.join(u", "_s)), 76)) {
            ctx.out << line << u'\n';
        }
        ctx.out << u'\n';
    }
    if (services) {
        printServices(*services, ctx);
    }
    if (services && talent) {
        ctx.out << u'\n';
    }
    if (talent) {
        printTalent(*talent, ctx);
    }
    return Success;
}

QString CatalogImportCommand::name() const
{
    return u"catalog import"_s;
}

QString CatalogImportCommand::summary() const
{
    return Tr::tr("Import services or experts from CSV (UTF-8 or Shift_JIS) or JSON: all of a file or none of it, "
                  "updating entries by id.");
}

int CatalogImportCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::vector<std::string>>(), Tr::tr("catalog files").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("file", -1);
    po::variables_map values;
    const QString usage = u"catalog import FILE…"_s;
    if (const auto stop = parse(args, options, positional, values, ctx, usage)) {
        return *stop;
    }
    if (!values.count("file")) {
        ctx.err << Tr::tr("mamori-cli catalog import: name at least one file") << u'\n'
                << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return UsageError;
    }
    auto catalog = openCatalog(ctx, CatalogStore::Mode::ReadWrite);
    if (!catalog) {
        return InvalidInput;
    }
    catalog->setKnownAreas(installedAreas(PackRepository()));
    int status = Success;
    for (const std::string& f : values["file"].as<std::vector<std::string>>()) {
        const QString file = QString::fromStdString(f);
        // A million rows take a minute: say how far it is.
        auto report = [&] {
            TerminalProgress progress(ctx, [&](int percent) { return Tr::tr("%1: %2% read").arg(file).arg(percent); });
            return catalog->importFile(file, std::ref(progress));
        }();
        if (!report) {
            printDiagnosticsTo(report.error(), ctx);
            ctx.err << Tr::tr("%1: nothing imported").arg(file) << u'\n';
            status = InvalidInput;
            continue;
        }
        printDiagnosticsTo(report->warnings, ctx);
        ctx.out << Tr::tr("%1: services %2 added, %3 updated; experts %4 added, %5 updated")
                       .arg(file)
                       .arg(formatCount(report->servicesAdded))
                       .arg(formatCount(report->servicesUpdated))
                       .arg(formatCount(report->talentAdded))
                       .arg(formatCount(report->talentUpdated))
                << u'\n';
    }
    return status;
}

QString CatalogValidateCommand::name() const
{
    return u"catalog validate"_s;
}

QString CatalogValidateCommand::summary() const
{
    return Tr::tr("Check catalog files as import would, without importing.");
}

int CatalogValidateCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("file", po::value<std::vector<std::string>>(), Tr::tr("catalog files").toStdString().c_str());
    po::positional_options_description positional;
    positional.add("file", -1);
    po::variables_map values;
    const QString usage = u"catalog validate FILE…"_s;
    if (const auto stop = parse(args, options, positional, values, ctx, usage)) {
        return *stop;
    }
    if (!values.count("file")) {
        ctx.err << Tr::tr("mamori-cli catalog validate: name at least one file") << u'\n'
                << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return UsageError;
    }
    const QSet<QString> areas = installedAreas(PackRepository());
    int status = Success;
    for (const std::string& f : values["file"].as<std::vector<std::string>>()) {
        const QString file = QString::fromStdString(f);
        auto report = CatalogStore::validateFile(file, areas);
        if (!report) {
            printDiagnosticsTo(report.error(), ctx);
            status = InvalidInput;
            continue;
        }
        printDiagnosticsTo(report->warnings, ctx);
        ctx.out << Tr::tr("%1: valid (%2 services, %3 experts)")
                       .arg(file)
                       .arg(formatCount(report->servicesAdded))
                       .arg(formatCount(report->talentAdded))
                << u'\n';
    }
    return status;
}

QString CatalogExportCommand::name() const
{
    return u"catalog export"_s;
}

QString CatalogExportCommand::summary() const
{
    return Tr::tr("Write the catalog's services or experts to CSV (for Excel) or JSON.");
}

int CatalogExportCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("kind", po::value<std::string>(), Tr::tr("services or talent").toStdString().c_str())(
        "output,o", po::value<std::string>(), Tr::tr("the file to write (.csv or .json)").toStdString().c_str());
    po::variables_map values;
    const QString usage = u"catalog export --kind services|talent --output FILE.csv|FILE.json"_s;
    if (const auto stop = parse(args, options, {}, values, ctx, usage)) {
        return *stop;
    }
    const QString kind = text(values, "kind");
    const QString file = text(values, "output");
    if ((kind != u"services"_s && kind != u"talent"_s) || file.isEmpty() ||
        !(file.endsWith(u".csv"_s, Qt::CaseInsensitive) || file.endsWith(u".json"_s, Qt::CaseInsensitive))) {
        ctx.err << Tr::tr("mamori-cli catalog export: give --kind services or talent, and an --output file ending "
                          "in .csv or .json")
                << u'\n' << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return UsageError;
    }
    auto catalog = openCatalog(ctx, CatalogStore::Mode::ReadWrite);
    if (!catalog) {
        return InvalidInput;
    }
    auto written = catalog->exportTo(file, kind == u"services"_s ? CatalogKind::Services : CatalogKind::Talent);
    if (!written) {
        printDiagnosticsTo(written.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("%1: %n entries written", nullptr, *written).arg(file) << u'\n';
    return Success;
}

QString CatalogStatsCommand::name() const
{
    return u"catalog stats"_s;
}

QString CatalogStatsCommand::summary() const
{
    return Tr::tr("Count the catalog's services and experts by scheme, capability and prefecture.");
}

int CatalogStatsCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    addFormatOption(options);
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"catalog stats [--format json|text]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    auto catalog = openCatalog(ctx, CatalogStore::Mode::ReadWrite);
    if (!catalog) {
        return InvalidInput;
    }
    auto stats = catalog->stats();
    if (!stats) {
        printDiagnosticsTo(stats.error(), ctx);
        return InvalidInput;
    }
    const CatalogStats& s = *stats;
    if (*format == OutputFormat::Json) {
        QJsonObject schemes;
        for (auto it = s.servicesByScheme.begin(); it != s.servicesByScheme.end(); ++it) {
            schemes.insert(it.key(), it.value());
        }
        QJsonObject capabilities;
        for (auto it = s.servicesByCapability.begin(); it != s.servicesByCapability.end(); ++it) {
            capabilities.insert(it.key(), it.value());
        }
        QJsonObject prefectures;
        for (auto it = s.talentByPrefecture.begin(); it != s.talentByPrefecture.end(); ++it) {
            prefectures.insert(QString::number(it.key()), it.value());
        }
        const QJsonObject o{
            {u"path"_s, catalog->path()},
            {u"revision"_s, s.revision},
            {u"services"_s, QJsonObject{{u"total"_s, s.services},
                                        {u"sample"_s, s.sampleServices},
                                        {u"by_scheme"_s, schemes},
                                        {u"by_capability"_s, capabilities}}},
            {u"talent"_s, QJsonObject{{u"total"_s, s.talent},
                                      {u"sample"_s, s.sampleTalent},
                                      {u"riss"_s, s.riss},
                                      {u"available"_s, s.availableTalent},
                                      {u"remote"_s, s.remoteTalent},
                                      {u"onsite_by_prefecture"_s, prefectures}}},
            {u"oldest_as_of"_s, s.oldestAsOf.toString(Qt::ISODate)},
            {u"newest_as_of"_s, s.newestAsOf.toString(Qt::ISODate)},
        };
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Success;
    }
    const Language lang = ctx.language;
    QTextStream& out = ctx.out;
    out << Tr::tr("Catalog: %1 (revision %2)").arg(catalog->path()).arg(s.revision) << u'\n';
    out << Tr::tr("Services: %1 (%2 samples)").arg(formatCount(s.services)).arg(formatCount(s.sampleServices)) << u'\n';
    for (const Scheme scheme : {Scheme::Otasuke1, Scheme::Otasuke2, Scheme::OtasukeNew, Scheme::Other}) {
        out << u"  "_s << pad(schemeName(scheme).text(lang), 34)
            << formatCount(s.servicesByScheme.value(schemeId(scheme))) << u'\n';
    }
    out << Tr::tr("Services per capability:") << u'\n';
    for (const VocabularyItem& item : Vocabulary::capabilities().items()) {
        out << u"  "_s << pad(item.label.text(lang), 34) << formatCount(s.servicesByCapability.value(item.id)) << u'\n';
    }
    out << Tr::tr("Experts: %1 (%2 samples), %3 情報処理安全確保支援士, %4 available now, %5 work remotely")
               .arg(formatCount(s.talent))
               .arg(formatCount(s.sampleTalent))
               .arg(formatCount(s.riss))
               .arg(formatCount(s.availableTalent))
               .arg(formatCount(s.remoteTalent))
        << u'\n';
    out << Tr::tr("Experts on site per prefecture:") << u'\n';
    QStringList line;
    for (int p = 1; p <= 47; ++p) {
        line.append(u"%1 %2"_s.arg(prefectureName(p).text(lang)).arg(formatCount(s.talentByPrefecture.value(p))));
        if (line.size() == 6 || p == 47) {
            out << u"  "_s << line.join(u"  "_s) << u'\n';
            line.clear();
        }
    }
    if (s.oldestAsOf.isValid()) {
        out << Tr::tr("Facts checked between %1 and %2").arg(formatDate(s.oldestAsOf), formatDate(s.newestAsOf))
            << u'\n';
    }
    return Success;
}

QString CatalogRemoveSamplesCommand::name() const
{
    return u"catalog remove-samples"_s;
}

QString CatalogRemoveSamplesCommand::summary() const
{
    return Tr::tr("Remove the bundled sample entries once a real list has been imported.");
}

int CatalogRemoveSamplesCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    po::variables_map values;
    if (const auto stop = parse(args, options, {}, values, ctx, u"catalog remove-samples"_s)) {
        return *stop;
    }
    auto catalog = openCatalog(ctx, CatalogStore::Mode::ReadWrite);
    if (!catalog) {
        return InvalidInput;
    }
    auto removed = catalog->removeSamples();
    if (!removed) {
        printDiagnosticsTo(removed.error(), ctx);
        return InvalidInput;
    }
    ctx.out << Tr::tr("%n sample entries removed", nullptr, *removed) << u'\n';
    return Success;
}

} // namespace mamori::cli
