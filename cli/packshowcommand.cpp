#include "cli/inputs.h"
#include "cli/packcommands.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mamori::cli {

namespace po = boost::program_options;
using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::cli::PackShowCommand)
};

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QString PackShowCommand::name() const
{
    return u"pack show"_s;
}

QString PackShowCommand::summary() const
{
    return Tr::tr("Show a pack: its guideline, answer scale, score bands and categories with their targets.");
}

int PackShowCommand::run(const std::vector<std::string>& args, Context& ctx)
{
    po::options_description options(Tr::tr("Options").toStdString());
    options.add_options()("pack", po::value<std::string>()->required(),
                          Tr::tr("pack id or pack file").toStdString().c_str());
    addFormatOption(options);
    po::positional_options_description positional;
    positional.add("pack", 1);
    po::variables_map values;
    if (const auto stop = parse(args, options, positional, values, ctx, u"pack show ID|FILE [--format text|json]"_s)) {
        return *stop;
    }
    const auto format = outputFormat(values, ctx);
    if (!format) {
        return UsageError;
    }
    const auto pack = loadPackArgument(text(values, "pack"), ctx);
    if (!pack) {
        return InvalidInput;
    }
    const Language lang = ctx.language;
    std::vector<int> perCategory(pack->categories.size(), 0);
    for (const Question& q : pack->questions) {
        ++perCategory[std::size_t(q.category)];
    }
    if (*format == OutputFormat::Json) {
        QJsonArray scale;
        for (const ScaleChoice& c : pack->scale) {
            QJsonObject o{{u"id"_s, c.id}, {u"label"_s, c.label.text(lang)}};
            if (c.notApplicable) {
                o.insert(u"not_applicable"_s, true);
            } else {
                o.insert(u"points"_s, c.points);
            }
            if (c.flag) {
                o.insert(u"flag"_s, true);
            }
            scale.append(o);
        }
        QJsonArray levels;
        for (const Level& l : pack->levels) {
            levels.append(QJsonObject{{u"id"_s, l.id}, {u"min"_s, l.min}, {u"label"_s, l.label.text(lang)}});
        }
        QJsonArray categories;
        for (std::size_t i = 0; i < pack->categories.size(); ++i) {
            const Category& c = pack->categories[i];
            QJsonObject targets;
            for (Tier t : {Tier::Micro, Tier::Small, Tier::Medium, Tier::Large}) {
                targets.insert(tierId(t), c.target.forTier(t));
            }
            categories.append(QJsonObject{{u"id"_s, c.id},
                                          {u"title"_s, c.title.text(lang)},
                                          {u"questions"_s, perCategory[i]},
                                          {u"target"_s, targets}});
        }
        const QJsonObject out{{u"id"_s, pack->id},
                              {u"version"_s, pack->version},
                              {u"title"_s, pack->title.text(lang)},
                              {u"guideline"_s, QJsonObject{{u"id"_s, pack->guideline.id},
                                                           {u"title"_s, pack->guideline.title.text(lang)},
                                                           {u"url"_s, pack->guideline.url}}},
                              {u"questions"_s, int(pack->questions.size())},
                              {u"scale"_s, scale},
                              {u"levels"_s, levels},
                              {u"categories"_s, categories},
                              {u"path"_s, pack->sourcePath},
                              {u"trust"_s, QJsonObject{{u"state"_s, trustStateId(pack->verification.state)},
                                                       {u"reason"_s, pack->verification.reason}}}};
        ctx.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return Success;
    }
    ctx.out << pack->title.text(lang) << u"  ("_s << pack->id << u' ' << pack->version << u")\n"_s;
    if (!pack->description.text(lang).isEmpty()) {
        for (const QString& line : wrapText(pack->description.text(lang), 78)) {
            ctx.out << line << u'\n';
        }
    }
    ctx.out << u'\n' << Tr::tr("Guideline: %1").arg(pack->guideline.title.text(lang)) << u'\n';
    if (!pack->guideline.url.isEmpty()) {
        // Align the address under the title, whatever the label's width in this language.
        ctx.out << QString(displayWidth(Tr::tr("Guideline: %1").arg(QString())), u' ') << pack->guideline.url << u'\n';
    }
    ctx.out << Tr::tr("Signature: %1").arg(pack->verification.reason) << u'\n';
    ctx.out << Tr::tr("Questions: %1").arg(pack->questions.size()) << u"\n\n"_s;
    ctx.out << Tr::tr("Answer scale:") << u'\n';
    for (const ScaleChoice& c : pack->scale) {
        const QString points = c.notApplicable ? Tr::tr("not scored") : Tr::tr("%1 points").arg(number(c.points));
        ctx.out << u"  "_s << pad(c.id, 10) << pad(c.label.text(lang), 22) << points
                << (c.flag ? Tr::tr(" (flagged for review)") : QString()) << u'\n';
    }
    if (!pack->levels.empty()) {
        ctx.out << u'\n' << Tr::tr("Score bands:") << u'\n';
        for (auto it = pack->levels.rbegin(); it != pack->levels.rend(); ++it) {
            ctx.out << u"  "_s << pad(Tr::tr("from %1").arg(number(it->min)), 10) << it->label.text(lang) << u'\n';
        }
    }
    ctx.out << u'\n' << Tr::tr("Categories (targets: micro / small / medium / large):") << u'\n';
    int idWidth = 0;
    for (const Category& c : pack->categories) {
        idWidth = std::max(idWidth, displayWidth(c.id));
    }
    for (std::size_t i = 0; i < pack->categories.size(); ++i) {
        const Category& c = pack->categories[i];
        const QString targets =
            QStringList{number(c.target.forTier(Tier::Micro)), number(c.target.forTier(Tier::Small)),
                        number(c.target.forTier(Tier::Medium)), number(c.target.forTier(Tier::Large))}
                .join(u" / "_s);
        ctx.out << u"  "_s << pad(c.id, idWidth) << u"  "_s << pad(QString::number(perCategory[i]), 3, true) << u"  "_s
                << pad(targets, 18) << u"  "_s << c.title.text(lang) << u'\n';
    }
    return Success;
}

} // namespace mamori::cli
