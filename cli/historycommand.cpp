#include "cli/inputs.h"
#include "cli/storecommands.h"
#include "core/format.h"
#include "core/history.h"
#include "core/packrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::HistoryCommand)
};

double round1(double value)
{
    return std::round(value * 10.0) / 10.0;
}

QString signedNumber(double value)
{
    return formatChange(value);
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(round1(*value)) : QJsonValue(QJsonValue::Null);
}

QString levelLabel(ResultService& service, const AssessmentRecord& record, const QString& levelId, Language language)
{
    if (levelId.isEmpty()) {
        return {};
    }
    const auto pack = service.pack(record.packId, record.packVersion);
    const Level* level = pack ? (*pack)->level(levelId) : nullptr;
    return level ? level->label.text(language) : levelId;
}

int printHistory(ResultService& service, const FirmRecord& firm, const std::vector<HistoryEntry>& entries,
                 OutputFormat format, Context& ctx)
{
    if (format == OutputFormat::Json) {
        QJsonArray list;
        for (const HistoryEntry& e : entries) {
            QJsonObject item{
                {u"id"_s, e.record.id},
                {u"uid"_s, e.record.uid},
                {u"pack"_s, QJsonObject{{u"id"_s, e.record.packId}, {u"version"_s, e.record.packVersion}}},
                {u"status"_s, assessmentStatusId(e.record.status)},
                {u"started_at"_s, e.record.startedAt.toString(Qt::ISODate)},
                {u"updated_at"_s, e.record.updatedAt.toString(Qt::ISODate)},
                {u"finished_at"_s, e.record.finishedAt.isValid() ? QJsonValue(e.record.finishedAt.toString(Qt::ISODate))
                                                                 : QJsonValue(QJsonValue::Null)},
                {u"stale"_s, e.stale},
                {u"change"_s, optionalNumber(e.change)},
            };
            if (e.result) {
                QJsonArray categories;
                for (const auto& [id, score] : e.result->categories) {
                    categories.append(QJsonObject{{u"id"_s, id}, {u"score"_s, score}});
                }
                item.insert(u"score"_s, e.result->score);
                item.insert(u"level"_s, e.result->level);
                item.insert(u"answered"_s, e.result->answered);
                item.insert(u"applicable"_s, e.result->applicable);
                item.insert(u"categories"_s, categories);
            } else {
                item.insert(u"score"_s, QJsonValue(QJsonValue::Null));
            }
            if (!e.problem.isEmpty()) {
                item.insert(u"problem"_s, e.problem);
            }
            list.append(item);
        }
        const QJsonObject out{
            {u"firm"_s, QJsonObject{{u"id"_s, firm.id}, {u"uid"_s, firm.uid}, {u"name"_s, firm.profile.name}}},
            {u"assessments"_s, list},
        };
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    ctx.out
        << Tr::tr("%1 — firm %2, %n assessment(s)", nullptr, int(entries.size())).arg(firm.profile.name).arg(firm.id)
        << u'\n';
    if (entries.empty()) {
        ctx.out << Tr::tr("No assessments yet; start one with: mamori-cli assessment start --firm %1 --pack ID")
                       .arg(firm.id)
                << u'\n';
        return Success;
    }
    const QStringList headers{Tr::tr("ID"),    Tr::tr("PACK"),   Tr::tr("STATUS"),  Tr::tr("ANSWERED"),
                              Tr::tr("SCORE"), Tr::tr("CHANGE"), Tr::tr("STARTED"), Tr::tr("LEVEL")};
    ctx.out << pad(headers[0], 5, true) << u"  "_s << pad(headers[1], 22) << u"  "_s << pad(headers[2], 12) << u"  "_s
            << pad(headers[3], 8, true) << u"  "_s << pad(headers[4], 6, true) << u"  "_s << pad(headers[5], 6, true)
            << u"  "_s << pad(headers[6], 16) << u"  "_s << headers[7] << u'\n';
    bool anyStale = false;
    QStringList problems;
    for (const HistoryEntry& e : entries) {
        const QString status =
            e.record.status == AssessmentStatus::Finished ? Tr::tr("finished") : Tr::tr("in progress");
        QString answered;
        QString score = u"—"_s;
        QString level;
        if (e.result) {
            answered = u"%1/%2"_s.arg(e.result->answered).arg(e.result->applicable);
            score = formatNumber(e.result->score) + (e.stale ? u"*"_s : QString());
            level = levelLabel(service, e.record, e.result->level, ctx.language);
        }
        anyStale = anyStale || e.stale;
        if (!e.problem.isEmpty()) {
            problems.append(Tr::tr("assessment %1: %2").arg(e.record.id).arg(e.problem));
        }
        ctx.out << pad(QString::number(e.record.id), 5, true) << u"  "_s
                << pad(elide(e.record.packId + u' ' + e.record.packVersion, 22), 22) << u"  "_s << pad(status, 12)
                << u"  "_s << pad(answered, 8, true) << u"  "_s << pad(score, 6, true) << u"  "_s
                << pad(e.change ? signedNumber(*e.change) : QString(), 6, true) << u"  "_s
                << pad(localTime(e.record.startedAt), 17) << u"  "_s << level << u'\n';
    }
    if (anyStale) {
        ctx.out << Tr::tr("* last score computed; its pack version is not installed now") << u'\n';
    }
    for (const QString& p : problems) {
        ctx.err << p << u'\n';
    }
    return Success;
}

int printComparison(const ScoredAssessment& before, const ScoredAssessment& after, const Comparison& c,
                    OutputFormat format, Context& ctx)
{
    const Language lang = ctx.language;
    if (format == OutputFormat::Json) {
        const auto side = [](const ScoredAssessment& s) {
            return QJsonObject{{u"assessment"_s, s.record.id},
                               {u"pack"_s, QJsonObject{{u"id"_s, s.pack->id}, {u"version"_s, s.pack->version}}},
                               {u"started_at"_s, s.record.startedAt.toString(Qt::ISODate)},
                               {u"score"_s, s.result.score}};
        };
        QJsonArray categories;
        for (const auto& row : c.categories) {
            categories.append(QJsonObject{
                {u"id"_s, row.id},
                {u"before"_s, optionalNumber(row.before)},
                {u"after"_s, optionalNumber(row.after)},
                {u"change"_s,
                 row.before && row.after ? QJsonValue(round1(*row.after - *row.before)) : QJsonValue(QJsonValue::Null)},
                {u"target"_s, row.target},
            });
        }
        QJsonArray changes;
        for (const auto& ch : c.changes) {
            const auto choice = [](const QString& id) {
                return id.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(id);
            };
            changes.append(QJsonObject{
                {u"question"_s, ch.question},
                {u"category"_s, ch.category},
                {u"before"_s, choice(ch.before)},
                {u"after"_s, choice(ch.after)},
                {u"points_before"_s, ch.pointsBefore},
                {u"points_after"_s, ch.pointsAfter},
            });
        }
        const QJsonObject out{
            {u"firm"_s, after.record.firmId}, {u"before"_s, side(before)},
            {u"after"_s, side(after)},        {u"change"_s, round1(c.scoreAfter - c.scoreBefore)},
            {u"categories"_s, categories},    {u"changed_answers"_s, changes},
        };
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    ctx.out << Tr::tr("%1 — %2: assessment %3 (%4) → assessment %5 (%6)")
                   .arg(after.record.profile.name, after.pack->title.text(lang))
                   .arg(before.record.id)
                   .arg(localTime(before.record.startedAt))
                   .arg(after.record.id)
                   .arg(localTime(after.record.startedAt))
            << u'\n'
            << Tr::tr("Overall score: %1 → %2 (%3)")
                   .arg(formatNumber(c.scoreBefore), formatNumber(c.scoreAfter),
                        signedNumber(c.scoreAfter - c.scoreBefore))
            << u"\n\n"_s;
    const QStringList headers{Tr::tr("CATEGORY"), Tr::tr("BEFORE"), Tr::tr("AFTER"), Tr::tr("CHANGE"),
                              Tr::tr("TARGET")};
    ctx.out << pad(headers[0], 36) << u"  "_s << pad(headers[1], 6, true) << u"  "_s << pad(headers[2], 6, true)
            << u"  "_s << pad(headers[3], 6, true) << u"  "_s << pad(headers[4], 6, true) << u'\n';
    const auto number = [](const std::optional<double>& v) {
        return v ? formatNumber(*v) : u"—"_s;
    };
    for (const auto& row : c.categories) {
        ctx.out << pad(elide(row.title.text(lang), 36), 36) << u"  "_s << pad(number(row.before), 6, true) << u"  "_s
                << pad(number(row.after), 6, true) << u"  "_s
                << pad(row.before && row.after ? signedNumber(*row.after - *row.before) : QString(), 6, true) << u"  "_s
                << pad(formatNumber(row.target), 6, true) << u'\n';
    }
    ctx.out << u'\n';
    if (c.changes.empty()) {
        ctx.out << Tr::tr("No answer changed.") << u'\n';
        return Success;
    }
    ctx.out << Tr::tr("%n answer(s) changed:", nullptr, int(c.changes.size())) << u'\n';
    const auto answer = [&](const QString& id, const LocalizedText& label) {
        return id.isEmpty() ? Tr::tr("(not answered)") : label.text(lang);
    };
    for (const auto& ch : c.changes) {
        ctx.out << u"  "_s << pad(ch.question, 5) << u' ' << pad(elide(ch.text.text(lang), 44), 44) << u"  "_s
                << answer(ch.before, ch.beforeLabel) << u" → "_s << answer(ch.after, ch.afterLabel) << u'\n';
    }
    return Success;
}

} // namespace

QString HistoryCommand::name() const
{
    return u"history"_s;
}

QString HistoryCommand::summary() const
{
    return Tr::tr("A firm's assessments with their scores over time, or two of them compared.");
}

int HistoryCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("firm", po::value<std::string>(), Tr::tr("the firm's id").toStdString().c_str())(
        "compare", po::value<std::vector<std::string>>()->multitoken(),
        Tr::tr("compare two assessments of the firm: the earlier id, then the later").toStdString().c_str());
    addFormatOption(options);
    po::variables_map values;
    const QString usage = u"history --firm ID [--compare A B] [--format text|json]"_s;
    if (const auto stop = parse(args, options, {}, values, ctx, usage)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    std::optional<qint64> firmId;
    if (values.count("firm")) {
        firmId = parseId(text(values, "firm"), Tr::tr("firm"), name(), ctx);
        if (!firmId) {
            return UsageError;
        }
    }
    std::vector<qint64> compare;
    if (values.count("compare")) {
        for (const std::string& id : values["compare"].as<std::vector<std::string>>()) {
            const auto parsed = parseId(QString::fromStdString(id), Tr::tr("assessment"), name(), ctx);
            if (!parsed) {
                return UsageError;
            }
            compare.push_back(*parsed);
        }
        if (compare.size() != 2) {
            ctx.err << Tr::tr("mamori-cli history: --compare takes two assessment ids, the earlier then the later")
                    << u'\n' << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
            return UsageError;
        }
    } else if (!firmId) {
        ctx.err << Tr::tr("mamori-cli history: give --firm ID, or --compare with two assessment ids") << u'\n'
                << Tr::tr("Usage: mamori-cli %1").arg(usage) << u'\n';
        return UsageError;
    }
    const auto store = openStoreForReading(ctx);
    if (!store) {
        return InvalidInput;
    }
    const PackRepository packs;
    ResultService service(*store, packs);
    if (compare.empty()) {
        const auto firm = store->firm(*firmId);
        if (!firm) {
            printDiagnosticsTo(firm.error(), ctx);
            return InvalidInput;
        }
        const auto entries = service.history(*firmId);
        if (!entries) {
            printDiagnosticsTo(entries.error(), ctx);
            return InvalidInput;
        }
        return printHistory(service, *firm, *entries, *format, ctx);
    }
    auto before = service.score(compare[0]);
    auto after = service.score(compare[1]);
    if (!before || !after) {
        printDiagnosticsTo(!before ? before.error() : after.error(), ctx);
        return InvalidInput;
    }
    if (firmId && (before->record.firmId != *firmId || after->record.firmId != *firmId)) {
        const qint64 other = before->record.firmId != *firmId ? before->record.id : after->record.id;
        ctx.err << Tr::tr("assessment %1 is not of firm %2").arg(other).arg(*firmId) << u'\n';
        return InvalidInput;
    }
    const auto comparison = compareAssessments(*before, *after);
    if (!comparison) {
        printDiagnosticsTo(comparison.error(), ctx);
        return InvalidInput;
    }
    return printComparison(*before, *after, *comparison, *format, ctx);
}

} // namespace mamori::cli
