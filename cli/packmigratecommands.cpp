#include "cli/inputs.h"
#include "cli/packcommands.h"
#include "core/packmigration.h"
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
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PackMigrateCommands)
};

// "ID@VERSION" names an installed version, anything else goes to PackRepository::find (id or file).
std::optional<Pack> loadVersion(const QString& name, Context& ctx)
{
    if (!name.endsWith(u".json"_s, Qt::CaseInsensitive) && name.contains(u'@')) {
        auto pack = PackRepository().findVersion(name.section(u'@', 0, 0), name.section(u'@', 1));
        if (!pack) {
            Command::printDiagnosticsTo(pack.error(), ctx);
            return std::nullopt;
        }
        return std::move(*pack);
    }
    return loadPackArgument(name, ctx);
}

QJsonArray changesJson(const std::vector<PackDiff::Change>& changes)
{
    QJsonArray out;
    for (const PackDiff::Change& c : changes) {
        out.append(QJsonObject{{u"id"_s, c.id}, {u"field"_s, c.field}, {u"from"_s, c.from}, {u"to"_s, c.to}});
    }
    return out;
}

QString reasonText(const Migration::Fresh& f)
{
    switch (f.reason) {
    case Migration::Reason::New:
        return Tr::tr("new question");
    case Migration::Reason::Unanswered:
        return Tr::tr("not answered before");
    case Migration::Reason::ChoiceGone:
        return Tr::tr("the earlier answer \"%1\" is no longer a choice").arg(f.earlierChoice);
    }
    return {};
}

QString reasonId(Migration::Reason reason)
{
    switch (reason) {
    case Migration::Reason::New:
        return u"new"_s;
    case Migration::Reason::Unanswered:
        return u"unanswered"_s;
    case Migration::Reason::ChoiceGone:
        return u"choice-gone"_s;
    }
    return {};
}

} // namespace

// --- pack diff ------------------------------------------------------------------------------------

QString PackDiffCommand::name() const
{
    return u"pack diff"_s;
}

QString PackDiffCommand::summary() const
{
    return Tr::tr("Compare two versions of a pack: questions added, removed, replaced and changed, and scoring.");
}

int PackDiffCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("old", po::value<std::string>()->required(),
                          Tr::tr("earlier version: ID@VERSION or file").toStdString().c_str())(
        "new", po::value<std::string>()->required(),
        Tr::tr("later version: ID@VERSION, ID or file").toStdString().c_str());
    addFormatOption(options);
    po::positional_options_description positional;
    positional.add("old", 1).add("new", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"pack diff OLD NEW [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    const auto older = loadVersion(text(values, "old"), ctx);
    const auto newer = loadVersion(text(values, "new"), ctx);
    if (!older || !newer) {
        return InvalidInput;
    }
    const PackDiff d = diffPacks(*older, *newer);
    if (*format == OutputFormat::Json) {
        QJsonArray replaced;
        for (const auto& r : d.replaced) {
            replaced.append(QJsonObject{{u"old"_s, r.oldId}, {u"new"_s, r.newId}});
        }
        const QJsonObject out{
            {u"old"_s, QJsonObject{{u"id"_s, older->id}, {u"version"_s, older->version}}},
            {u"new"_s, QJsonObject{{u"id"_s, newer->id}, {u"version"_s, newer->version}}},
            {u"questions"_s, QJsonObject{{u"added"_s, QJsonArray::fromStringList(d.added)},
                                         {u"removed"_s, QJsonArray::fromStringList(d.removed)},
                                         {u"removed_undeclared"_s, QJsonArray::fromStringList(d.undeclared)},
                                         {u"replaced"_s, replaced},
                                         {u"changed"_s, changesJson(d.changed)}}},
            {u"categories"_s, QJsonObject{{u"added"_s, QJsonArray::fromStringList(d.categoriesAdded)},
                                          {u"removed"_s, QJsonArray::fromStringList(d.categoriesRemoved)},
                                          {u"changed"_s, changesJson(d.categoriesChanged)}}},
            {u"scoring"_s, changesJson(d.scoring)}};
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    ctx.out << Tr::tr("%1 %2 → %3 %4").arg(older->id, older->version, newer->id, newer->version) << u'\n';
    if (d.empty()) {
        ctx.out << Tr::tr("No differences in questions, categories or scoring.") << u'\n';
        return Success;
    }
    const auto list = [&](const QString& title, const QStringList& ids) {
        if (!ids.isEmpty()) {
            ctx.out << u'\n' << title << u'\n';
            for (const QString& id : ids) {
                ctx.out << u"  "_s << id << u'\n';
            }
        }
    };
    const auto changes = [&](const QString& title, const std::vector<PackDiff::Change>& items) {
        if (items.empty()) {
            return;
        }
        ctx.out << u'\n' << title << u'\n';
        for (const PackDiff::Change& c : items) {
            ctx.out << u"  "_s << c.id << u' ' << c.field << u'\n';
            if (!c.from.isEmpty()) {
                ctx.out << u"    - "_s << c.from << u'\n';
            }
            if (!c.to.isEmpty()) {
                ctx.out << u"    + "_s << c.to << u'\n';
            }
        }
    };
    list(Tr::tr("Questions added:"), d.added);
    if (!d.replaced.empty()) {
        ctx.out << u'\n' << Tr::tr("Questions replaced (answers carry over on migration):") << u'\n';
        for (const auto& r : d.replaced) {
            ctx.out << u"  "_s << r.oldId << u" → "_s << r.newId << u'\n';
        }
    }
    list(Tr::tr("Questions removed (declared):"), d.removed);
    list(Tr::tr("Questions gone without a declaration (their answers will be listed, not carried):"), d.undeclared);
    changes(Tr::tr("Questions changed:"), d.changed);
    list(Tr::tr("Categories added:"), d.categoriesAdded);
    list(Tr::tr("Categories removed:"), d.categoriesRemoved);
    changes(Tr::tr("Categories changed:"), d.categoriesChanged);
    changes(Tr::tr("Scoring changed (answer scale and bands):"), d.scoring);
    return Success;
}

// --- assessment migrate ---------------------------------------------------------------------------

QString AssessmentMigrateCommand::name() const
{
    return u"assessment migrate"_s;
}

QString AssessmentMigrateCommand::summary() const
{
    return Tr::tr("Carry an assessment's answers to another version of its pack, listing what needs a fresh answer.");
}

int AssessmentMigrateCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("id", po::value<std::string>()->required(), Tr::tr("assessment id").toStdString().c_str())(
        "to", po::value<std::string>(),
        Tr::tr("version to migrate to (default: the newest installed)").toStdString().c_str())(
        "dry-run", Tr::tr("show what would happen and change nothing").toStdString().c_str());
    addFormatOption(options);
    po::positional_options_description positional;
    positional.add("id", 1);
    po::variables_map values;
    const QString usage = u"assessment migrate ID [--to VERSION] [--dry-run] [--format text|json]"_s;
    if (const auto stop = parse(args, options, positional, values, ctx, usage)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    const auto id = parseId(text(values, "id"), Tr::tr("assessment"), u"assessment migrate"_s, ctx);
    if (!format || !id) {
        return UsageError;
    }
    auto store = openStore(ctx);
    if (!store) {
        return InvalidInput;
    }
    const auto record = loadAssessmentArgument(*store, *id, ctx);
    if (!record) {
        return InvalidInput;
    }
    const auto older = loadPackOfAssessment(*record, ctx);
    if (!older) {
        return InvalidInput;
    }
    const PackRepository packs;
    auto newer =
        values.count("to") ? packs.findVersion(record->packId, text(values, "to")) : packs.find(record->packId);
    if (!newer) {
        printDiagnosticsTo(newer.error(), ctx);
        return InvalidInput;
    }
    if (newer->version == older->version) {
        ctx.out << Tr::tr("Assessment %1 already uses %2 %3, the newest installed version; nothing to migrate.")
                       .arg(*id)
                       .arg(older->id, older->version)
                << u'\n';
        return Success;
    }
    Migration plan;
    qint64 created = 0;
    if (values.count("dry-run")) {
        const auto firm = store->firm(record->firmId);
        if (!firm) {
            printDiagnosticsTo(firm.error(), ctx);
            return InvalidInput;
        }
        plan = planMigration(*older, record->answers, *newer, firm->profile);
    } else {
        auto migrated = migrateAssessment(*store, *id, *older, *newer);
        if (!migrated) {
            printDiagnosticsTo(migrated.error(), ctx);
            return InvalidInput;
        }
        plan = std::move(migrated->migration);
        created = migrated->assessmentId;
    }
    if (*format == OutputFormat::Json) {
        QJsonArray carried, fresh, left;
        for (const auto& c : plan.carried) {
            carried.append(QJsonObject{{u"question"_s, c.question},
                                       {u"from"_s, c.from},
                                       {u"choice"_s, c.choice},
                                       {u"reworded"_s, c.reworded}});
        }
        for (const auto& f : plan.fresh) {
            QJsonObject o{{u"question"_s, f.question}, {u"reason"_s, reasonId(f.reason)}};
            if (!f.earlierChoice.isEmpty()) {
                o.insert(u"earlier_choice"_s, f.earlierChoice);
            }
            fresh.append(o);
        }
        for (const auto& l : plan.left) {
            left.append(QJsonObject{{u"question"_s, l.question},
                                    {u"choice"_s, l.choice},
                                    {u"note"_s, l.note},
                                    {u"declared_removed"_s, l.declared},
                                    {u"why"_s, l.why.text(ctx.language)}});
        }
        QJsonObject out{{u"from"_s, QJsonObject{{u"assessment"_s, *id}, {u"version"_s, older->version}}},
                        {u"to"_s, QJsonObject{{u"version"_s, newer->version}}},
                        {u"dry_run"_s, values.count("dry-run") > 0},
                        {u"carried"_s, carried},
                        {u"needs_answer"_s, fresh},
                        {u"not_carried"_s, left}};
        if (created > 0) {
            out[u"to"_s] = QJsonObject{{u"assessment"_s, created}, {u"version"_s, newer->version}};
        }
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    if (created > 0) {
        ctx.out << Tr::tr("Started assessment %1 with %2 %3 from assessment %4 (%5); assessment %4 is kept as it was.")
                       .arg(created)
                       .arg(newer->id, newer->version)
                       .arg(*id)
                       .arg(older->version)
                << u'\n';
    } else {
        ctx.out << Tr::tr("Dry run: assessment %1 from %2 %3 to %4; nothing was changed.")
                       .arg(*id)
                       .arg(older->id, older->version, newer->version)
                << u'\n';
    }
    ctx.out << Tr::tr("Carried over: %1 answers").arg(plan.carried.size()) << u'\n';
    for (const auto& c : plan.carried) {
        if (c.from != c.question || c.reworded) {
            ctx.out << u"  "_s << c.question << u": "_s << c.choice;
            if (c.from != c.question) {
                ctx.out << u"  "_s << Tr::tr("(from %1)").arg(c.from);
            }
            if (c.reworded) {
                ctx.out << u"  "_s << Tr::tr("(reworded: check it still holds)");
            }
            ctx.out << u'\n';
        }
    }
    ctx.out << Tr::tr("Need a fresh answer: %1").arg(plan.fresh.size()) << u'\n';
    for (const auto& f : plan.fresh) {
        const Question& q = newer->questions[std::size_t(newer->questionIndex(f.question))];
        ctx.out << u"  "_s << f.question << u"  "_s << reasonText(f) << u"  "_s << elide(q.text.text(ctx.language), 60)
                << u'\n';
    }
    ctx.out << Tr::tr("Not carried over (kept in assessment %1): %2").arg(*id).arg(plan.left.size()) << u'\n';
    for (const auto& l : plan.left) {
        ctx.out << u"  "_s << l.question << u": "_s << l.choice << u"  "_s
                << (l.declared ? Tr::tr("removed in %1").arg(newer->version) : Tr::tr("no longer in the pack"));
        if (!l.why.text(ctx.language).isEmpty()) {
            ctx.out << u" — "_s << l.why.text(ctx.language);
        }
        ctx.out << u'\n';
    }
    return Success;
}

} // namespace mamori::cli
