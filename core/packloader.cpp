#include "core/packloader.h"

#include "core/json.h"
#include "core/jsonchecker.h"
#include "core/vocabulary.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::PackLoader)
};

// The key tables are the single definition of what the format accepts; acceptedKeys() exposes them
// to the schema test.
constexpr std::array PackKeys{
    JsonKey{"format"_L1, true},      JsonKey{"id"_L1, true},           JsonKey{"version"_L1, true},
    JsonKey{"title"_L1, true},       JsonKey{"description"_L1, false}, JsonKey{"guideline"_L1, true},
    JsonKey{"scale"_L1, true},       JsonKey{"levels"_L1, false},      JsonKey{"categories"_L1, true},
    JsonKey{"references"_L1, false}, JsonKey{"questions"_L1, true},    JsonKey{"removed"_L1, false},
};
constexpr std::array RemovedKeys{JsonKey{"id"_L1, true}, JsonKey{"note"_L1, false}};
constexpr std::array GuidelineKeys{
    JsonKey{"id"_L1, true},       JsonKey{"title"_L1, true}, JsonKey{"publisher"_L1, false},
    JsonKey{"edition"_L1, false}, JsonKey{"url"_L1, false},
};
constexpr std::array ScaleKeys{
    JsonKey{"id"_L1, true},    JsonKey{"points"_L1, false},         JsonKey{"label"_L1, true},
    JsonKey{"flag"_L1, false}, JsonKey{"not_applicable"_L1, false},
};
constexpr std::array LevelKeys{JsonKey{"id"_L1, true}, JsonKey{"min"_L1, true}, JsonKey{"label"_L1, true},
                               JsonKey{"advice"_L1, false}};
constexpr std::array CategoryKeys{JsonKey{"id"_L1, true}, JsonKey{"title"_L1, true}, JsonKey{"description"_L1, false},
                                  JsonKey{"target"_L1, true}};
constexpr std::array TargetKeys{
    JsonKey{"default"_L1, true}, JsonKey{"micro"_L1, false}, JsonKey{"small"_L1, false},
    JsonKey{"medium"_L1, false}, JsonKey{"large"_L1, false},
};
constexpr std::array ReferenceKeys{JsonKey{"id"_L1, true}, JsonKey{"title"_L1, true}, JsonKey{"url"_L1, false},
                                   JsonKey{"checked"_L1, false}};
constexpr std::array QuestionKeys{
    JsonKey{"id"_L1, true},          JsonKey{"category"_L1, true}, JsonKey{"weight"_L1, false},
    JsonKey{"text"_L1, true},        JsonKey{"help"_L1, false},    JsonKey{"applies_if"_L1, false},
    JsonKey{"depends_on"_L1, false}, JsonKey{"refs"_L1, false},    JsonKey{"recommendation"_L1, true},
    JsonKey{"replaces"_L1, false},
};
constexpr std::array DependsOnKeys{JsonKey{"question"_L1, true}, JsonKey{"answers"_L1, true},
                                   JsonKey{"otherwise"_L1, false}};
constexpr std::array RecommendationKeys{
    JsonKey{"text"_L1, true},
    JsonKey{"cost"_L1, true},
    JsonKey{"effort"_L1, true},
    JsonKey{"capabilities"_L1, false},
};
constexpr std::array TextKeys{JsonKey{"ja"_L1, true}, JsonKey{"en"_L1, true}};

template <std::size_t N>
QStringList names(const std::array<JsonKey, N>& keys, bool requiredOnly)
{
    QStringList out;
    for (const JsonKey& k : keys) {
        if (!requiredOnly || k.required) {
            out.append(QString(k.name));
        }
    }
    return out;
}

constexpr int MaxFollowUpDepth = 16;

bool isValidId(const QString& id)
{
    if (id.isEmpty() || id.size() > 64) {
        return false;
    }
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id[i];
        const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
        if (!alnum && (i == 0 || (c != u'_' && c != u'-'))) {
            return false;
        }
    }
    return true;
}

bool isValidRefId(const QString& id)
{
    return !id.isEmpty() && id.size() <= 128 && std::none_of(id.begin(), id.end(), [](QChar c) { return c.isSpace(); });
}

bool isValidUrl(const QString& url)
{
    return (url.startsWith(u"https://"_s) || url.startsWith(u"http://"_s)) && url.size() > 8 &&
           std::none_of(url.begin(), url.end(), [](QChar c) { return c.isSpace(); });
}

bool isSemVer(const QString& version)
{
    static const QRegularExpression re(u"^(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)\\.(0|[1-9][0-9]*)$"_s);
    return re.match(version).hasMatch();
}

// A larger part would not fit the numbers versions are compared as, and would sort as the oldest.
bool versionPartsInRange(const QString& version)
{
    const QStringList parts = version.split(u'.');
    return std::all_of(parts.begin(), parts.end(), [](const QString& part) {
        bool ok = false;
        const qulonglong value = part.toULongLong(&ok);
        return ok && part.size() <= 10 && value <= qulonglong(PackLoader::MaxVersionPart);
    });
}

std::optional<Grade> gradeFromId(QStringView id)
{
    for (Grade g : {Grade::Low, Grade::Medium, Grade::High}) {
        if (gradeId(g) == id) {
            return g;
        }
    }
    return std::nullopt;
}

// One validation run over one document; collects everything into `diagnostics`.
class PackValidator
{
public:
    PackValidator(const JsonDocument& doc, const QString& fileName, const Vocabulary& capabilities,
                  Diagnostics& diagnostics)
        : m_doc(doc), m_check(fileName, doc.map, diagnostics), m_capabilities(capabilities)
    {}

    void run(Pack& pack)
    {
        const JsonNode& root = m_doc.root;
        const JsonPath path;
        if (!m_check.object(root, path, PackKeys)) {
            return;
        }
        if (const auto format = m_check.integer(root, "format"_L1, path); format && *format != 1) {
            m_check.report(ErrorCode::Value, *root.member(u"format"_s), path.child(u"format"_s),
                           Tr::tr("unsupported pack format %1; this version of Mamori reads format 1").arg(*format));
        }
        if (const auto id = m_check.string(root, "id"_L1, path)) {
            checkId(*id, *root.member(u"id"_s), path.child(u"id"_s));
            pack.id = *id;
        }
        if (const auto version = m_check.string(root, "version"_L1, path)) {
            if (!isSemVer(*version)) {
                m_check.report(ErrorCode::Value, *root.member(u"version"_s), path.child(u"version"_s),
                               Tr::tr("the version \"%1\" is not MAJOR.MINOR.PATCH, such as 1.0.0").arg(*version));
            } else if (!versionPartsInRange(*version)) {
                m_check.report(ErrorCode::Value, *root.member(u"version"_s), path.child(u"version"_s),
                               Tr::tr("each part of the version \"%1\" must be at most %2")
                                   .arg(*version)
                                   .arg(PackLoader::MaxVersionPart));
            }
            pack.version = *version;
        }
        pack.title = m_check.text(root, "title"_L1, path).value_or(LocalizedText());
        pack.description = m_check.text(root, "description"_L1, path).value_or(LocalizedText());
        if (const JsonNode* guideline = root.member(u"guideline"_s)) {
            readGuideline(*guideline, path.child(u"guideline"_s), pack.guideline);
        }
        readScale(root, path, pack);
        readLevels(root, path, pack);
        readCategories(root, path, pack);
        readReferences(root, path, pack);
        readQuestions(root, path, pack);
        readMigration(root, path, pack);
        if (checkCycles(pack)) {
            checkChainDepth(pack);
        }
        checkUnusedCategories(pack);
    }

private:
    void checkId(const QString& id, const JsonNode& node, const JsonPath& path)
    {
        if (!isValidId(id)) {
            m_check.report(ErrorCode::Value, node, path,
                           Tr::tr("\"%1\" is not a valid id: use 1–64 lower-case letters, digits, '_' or '-', "
                                  "starting with a letter or digit")
                               .arg(id));
        }
    }

    void checkUrl(const JsonNode& object, const JsonPath& path)
    {
        if (const auto url = m_check.string(object, "url"_L1, path); url && !isValidUrl(*url)) {
            m_check.report(ErrorCode::Value, *object.member(u"url"_s), path.child(u"url"_s),
                           Tr::tr("\"%1\" is not an http(s) address").arg(*url));
        }
    }

    std::optional<double> percent(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
    {
        const auto value = m_check.number(object, key, path);
        if (value && (*value < 0 || *value > 100)) {
            m_check.report(ErrorCode::Value, *object.member(QString(key)), path.child(QString(key)),
                           Tr::tr("must be between 0 and 100, found %1").arg(*value));
            return std::nullopt;
        }
        return value;
    }

    void readGuideline(const JsonNode& node, const JsonPath& path, Guideline& g)
    {
        if (!m_check.object(node, path, GuidelineKeys)) {
            return;
        }
        if (const auto id = m_check.string(node, "id"_L1, path)) {
            if (!isValidRefId(*id)) {
                m_check.report(ErrorCode::Value, *node.member(u"id"_s), path.child(u"id"_s),
                               Tr::tr("the guideline id must be 1–128 characters without spaces"));
            }
            g.id = *id;
        }
        g.title = m_check.text(node, "title"_L1, path).value_or(LocalizedText());
        g.publisher = m_check.text(node, "publisher"_L1, path).value_or(LocalizedText());
        g.edition = m_check.string(node, "edition"_L1, path).value_or(QString());
        checkUrl(node, path);
        g.url = m_check.string(node, "url"_L1, path).value_or(QString());
    }

    void readScale(const JsonNode& root, const JsonPath& path, Pack& pack)
    {
        const JsonNode* scale = m_check.array(root, "scale"_L1, path);
        if (!scale) {
            return;
        }
        const JsonPath sp = path.child(u"scale"_s);
        if (scale->items().empty()) {
            m_check.report(ErrorCode::Value, *scale, sp, Tr::tr("the scale is empty; a pack needs answer choices"));
            return;
        }
        QSet<QString> seen;
        bool anyScoring = false;
        int notApplicableCount = 0;
        for (std::size_t i = 0; i < scale->items().size(); ++i) {
            const JsonNode& node = scale->items()[i];
            const JsonPath cp = sp.at(qsizetype(i));
            if (!m_check.object(node, cp, ScaleKeys)) {
                continue;
            }
            ScaleChoice choice;
            if (const auto id = m_check.string(node, "id"_L1, cp)) {
                checkId(*id, *node.member(u"id"_s), cp.child(u"id"_s));
                if (seen.contains(*id)) {
                    m_check.report(ErrorCode::Duplicate, *node.member(u"id"_s), cp.child(u"id"_s),
                                   Tr::tr("the choice id \"%1\" is used more than once").arg(*id));
                }
                seen.insert(*id);
                choice.id = *id;
            }
            choice.label = m_check.text(node, "label"_L1, cp).value_or(LocalizedText());
            choice.flag = m_check.boolean(node, "flag"_L1, cp).value_or(false);
            choice.notApplicable = m_check.boolean(node, "not_applicable"_L1, cp).value_or(false);
            const JsonNode* points = node.member(u"points"_s);
            if (choice.notApplicable) {
                ++notApplicableCount;
                if (points) {
                    m_check.report(ErrorCode::Value, *points, cp.child(u"points"_s),
                                   Tr::tr("a \"not applicable\" choice takes the question out of scoring and has no "
                                          "points; remove \"points\""));
                }
                if (choice.flag) {
                    m_check.report(ErrorCode::Value, *node.member(u"flag"_s), cp.child(u"flag"_s),
                                   Tr::tr("a \"not applicable\" choice cannot also be flagged"));
                }
            } else if (!points) {
                m_check.report(ErrorCode::Missing, node, cp,
                               Tr::tr("the choice needs \"points\" (or \"not_applicable\": true)"));
            } else if (const auto value = m_check.number(node, "points"_L1, cp)) {
                if (*value < -1000 || *value > 1000) {
                    m_check.report(ErrorCode::Value, *points, cp.child(u"points"_s),
                                   Tr::tr("points must be between -1000 and 1000, found %1").arg(*value));
                }
                choice.points = *value;
                anyScoring = true;
            }
            pack.scale.push_back(std::move(choice));
        }
        if (notApplicableCount > 1) {
            m_check.report(ErrorCode::Value, *scale, sp, Tr::tr("only one choice may be \"not applicable\""));
        }
        if (!anyScoring) {
            m_check.report(ErrorCode::Value, *scale, sp, Tr::tr("the scale has no choice that scores points"));
        } else {
            double best = -1e9;
            for (const ScaleChoice& c : pack.scale) {
                if (!c.notApplicable) {
                    best = std::max(best, c.points);
                }
            }
            if (best <= 0) {
                m_check.report(ErrorCode::Value, *scale, sp,
                               Tr::tr("the highest choice must score more than 0 points, or no score can be computed"));
            }
        }
    }

    void readLevels(const JsonNode& root, const JsonPath& path, Pack& pack)
    {
        const JsonNode* levels = root.member(u"levels"_s);
        if (!levels || !m_check.expectType(*levels, JsonNode::Type::Array, path.child(u"levels"_s))) {
            return;
        }
        const JsonPath lp = path.child(u"levels"_s);
        if (levels->items().empty()) {
            m_check.report(ErrorCode::Value, *levels, lp, Tr::tr("\"levels\" is empty; remove it or add bands"));
            return;
        }
        QSet<QString> ids;
        QSet<double> mins;
        bool hasZero = false;
        for (std::size_t i = 0; i < levels->items().size(); ++i) {
            const JsonNode& node = levels->items()[i];
            const JsonPath ip = lp.at(qsizetype(i));
            if (!m_check.object(node, ip, LevelKeys)) {
                continue;
            }
            Level level;
            if (const auto id = m_check.string(node, "id"_L1, ip)) {
                checkId(*id, *node.member(u"id"_s), ip.child(u"id"_s));
                if (ids.contains(*id)) {
                    m_check.report(ErrorCode::Duplicate, *node.member(u"id"_s), ip.child(u"id"_s),
                                   Tr::tr("the level id \"%1\" is used more than once").arg(*id));
                }
                ids.insert(*id);
                level.id = *id;
            }
            if (const auto min = percent(node, "min"_L1, ip)) {
                if (mins.contains(*min)) {
                    m_check.report(ErrorCode::Duplicate, *node.member(u"min"_s), ip.child(u"min"_s),
                                   Tr::tr("two levels start at %1").arg(*min));
                }
                mins.insert(*min);
                hasZero = hasZero || *min == 0;
                level.min = *min;
            }
            level.label = m_check.text(node, "label"_L1, ip).value_or(LocalizedText());
            level.advice = m_check.text(node, "advice"_L1, ip).value_or(LocalizedText());
            pack.levels.push_back(std::move(level));
        }
        if (!hasZero && !mins.isEmpty()) {
            m_check.report(ErrorCode::Value, *levels, lp,
                           Tr::tr("no level starts at 0, so low scores would have no level"));
        }
    }

    void readCategories(const JsonNode& root, const JsonPath& path, Pack& pack)
    {
        const JsonNode* categories = m_check.array(root, "categories"_L1, path);
        if (!categories) {
            return;
        }
        const JsonPath cp = path.child(u"categories"_s);
        if (categories->items().empty()) {
            m_check.report(ErrorCode::Value, *categories, cp, Tr::tr("a pack needs at least one category"));
            return;
        }
        QSet<QString> ids;
        for (std::size_t i = 0; i < categories->items().size(); ++i) {
            const JsonNode& node = categories->items()[i];
            const JsonPath ip = cp.at(qsizetype(i));
            Category category;
            if (!m_check.object(node, ip, CategoryKeys)) {
                pack.categories.push_back(category);
                continue;
            }
            if (const auto id = m_check.string(node, "id"_L1, ip)) {
                checkId(*id, *node.member(u"id"_s), ip.child(u"id"_s));
                if (ids.contains(*id)) {
                    m_check.report(ErrorCode::Duplicate, *node.member(u"id"_s), ip.child(u"id"_s),
                                   Tr::tr("the category id \"%1\" is used more than once").arg(*id));
                }
                ids.insert(*id);
                category.id = *id;
            }
            category.title = m_check.text(node, "title"_L1, ip).value_or(LocalizedText());
            category.description = m_check.text(node, "description"_L1, ip).value_or(LocalizedText());
            if (const JsonNode* target = node.member(u"target"_s)) {
                const JsonPath tp = ip.child(u"target"_s);
                if (m_check.object(*target, tp, TargetKeys)) {
                    category.target.defaultTarget = percent(*target, "default"_L1, tp).value_or(0);
                    category.target.micro = percent(*target, "micro"_L1, tp);
                    category.target.small = percent(*target, "small"_L1, tp);
                    category.target.medium = percent(*target, "medium"_L1, tp);
                    category.target.large = percent(*target, "large"_L1, tp);
                }
            }
            pack.categories.push_back(std::move(category));
        }
    }

    void readReferences(const JsonNode& root, const JsonPath& path, Pack& pack)
    {
        const JsonNode* references = root.member(u"references"_s);
        if (!references || !m_check.expectType(*references, JsonNode::Type::Array, path.child(u"references"_s))) {
            return;
        }
        const JsonPath rp = path.child(u"references"_s);
        QSet<QString> ids;
        for (std::size_t i = 0; i < references->items().size(); ++i) {
            const JsonNode& node = references->items()[i];
            const JsonPath ip = rp.at(qsizetype(i));
            if (!m_check.object(node, ip, ReferenceKeys)) {
                continue;
            }
            Reference ref;
            if (const auto id = m_check.string(node, "id"_L1, ip)) {
                if (!isValidRefId(*id)) {
                    m_check.report(ErrorCode::Value, *node.member(u"id"_s), ip.child(u"id"_s),
                                   Tr::tr("a reference id must be 1–128 characters without spaces"));
                }
                if (ids.contains(*id)) {
                    m_check.report(ErrorCode::Duplicate, *node.member(u"id"_s), ip.child(u"id"_s),
                                   Tr::tr("the reference id \"%1\" is defined more than once").arg(*id));
                }
                ids.insert(*id);
                ref.id = *id;
            }
            ref.title = m_check.text(node, "title"_L1, ip).value_or(LocalizedText());
            checkUrl(node, ip);
            ref.url = m_check.string(node, "url"_L1, ip).value_or(QString());
            if (const auto checked = m_check.string(node, "checked"_L1, ip)) {
                if (*checked == u"document"_s) {
                    ref.checked = ReferenceCheck::Document;
                } else if (*checked == u"secondary"_s) {
                    ref.checked = ReferenceCheck::Secondary;
                } else if (*checked == u"no"_s) {
                    ref.checked = ReferenceCheck::NotChecked;
                } else {
                    m_check.report(ErrorCode::Value, *node.member(u"checked"_s), ip.child(u"checked"_s),
                                   Tr::tr("\"checked\" is document, secondary or no"));
                }
            }
            pack.references.push_back(std::move(ref));
        }
    }

    void readQuestions(const JsonNode& root, const JsonPath& path, Pack& pack)
    {
        const JsonNode* questions = m_check.array(root, "questions"_L1, path);
        if (!questions) {
            return;
        }
        const JsonPath qp = path.child(u"questions"_s);
        if (questions->items().empty()) {
            m_check.report(ErrorCode::Value, *questions, qp, Tr::tr("a pack needs at least one question"));
            return;
        }
        // First pass: ids, so depends_on may name a question further down.
        QHash<QString, int> ids;
        ids.reserve(qsizetype(questions->items().size()));
        for (std::size_t i = 0; i < questions->items().size(); ++i) {
            const JsonNode& node = questions->items()[i];
            const JsonNode* idNode = node.isObject() ? node.member(u"id"_s) : nullptr;
            if (idNode && idNode->isString()) {
                const QString& id = idNode->toString();
                const JsonPath qi = qp.at(qsizetype(i));
                const JsonPath ip = qi.child(u"id"_s);
                if (ids.contains(id)) {
                    m_check.report(
                        ErrorCode::Duplicate, *idNode, ip,
                        Tr::tr("the question id \"%1\" is already used by question %2").arg(id).arg(ids.value(id) + 1));
                } else {
                    ids.insert(id, int(i));
                }
            }
        }
        pack.questions.reserve(questions->items().size());
        m_dependsNodes.assign(questions->items().size(), nullptr);
        for (std::size_t i = 0; i < questions->items().size(); ++i) {
            pack.questions.push_back(readQuestion(questions->items()[i], qp.at(qsizetype(i)), pack, ids, i));
        }
    }

    Question readQuestion(const JsonNode& node, const JsonPath& ip, const Pack& pack, const QHash<QString, int>& ids,
                          std::size_t index)
    {
        Question q;
        if (!m_check.object(node, ip, QuestionKeys)) {
            return q;
        }
        if (const auto id = m_check.string(node, "id"_L1, ip)) {
            checkId(*id, *node.member(u"id"_s), ip.child(u"id"_s));
            q.id = *id;
        }
        if (const auto category = m_check.string(node, "category"_L1, ip)) {
            q.category = pack.categoryIndex(*category);
            if (q.category < 0) {
                QStringList known;
                for (const Category& c : pack.categories) {
                    known.append(c.id);
                }
                m_check.report(
                    ErrorCode::Reference, *node.member(u"category"_s), ip.child(u"category"_s),
                    Tr::tr("unknown category \"%1\"; the pack defines: %2").arg(*category, known.join(u", "_s)));
            }
        }
        if (const JsonNode* weight = node.member(u"weight"_s)) {
            if (const auto value = m_check.number(node, "weight"_L1, ip)) {
                if (*value <= 0) {
                    m_check.report(ErrorCode::Value, *weight, ip.child(u"weight"_s),
                                   Tr::tr("the weight must be greater than 0, found %1; to leave a question out of "
                                          "scoring, use applies_if")
                                       .arg(*value));
                } else if (*value > 100) {
                    m_check.report(ErrorCode::Value, *weight, ip.child(u"weight"_s),
                                   Tr::tr("the weight must be at most 100, found %1").arg(*value));
                } else {
                    q.weight = *value;
                }
            }
        }
        q.text = m_check.text(node, "text"_L1, ip).value_or(LocalizedText());
        q.help = m_check.text(node, "help"_L1, ip).value_or(LocalizedText());
        if (const auto expression = m_check.string(node, "applies_if"_L1, ip)) {
            const JsonNode& exprNode = *node.member(u"applies_if"_s);
            auto parsed = Expression::parse(*expression);
            if (parsed) {
                q.appliesIf = std::move(*parsed);
            } else {
                const qsizetype at = m_doc.map.offsetInString(exprNode.offset(), parsed.error().column - 1);
                m_check.report(
                    ErrorCode::Expression, at, ip.child(u"applies_if"_s),
                    Tr::tr("column %1 of the expression: %2").arg(parsed.error().column).arg(parsed.error().message));
            }
        }
        if (const JsonNode* depends = node.member(u"depends_on"_s)) {
            const JsonPath dp = ip.child(u"depends_on"_s);
            if (m_check.object(*depends, dp, DependsOnKeys)) {
                DependsOn d;
                if (const auto target = m_check.string(*depends, "question"_L1, dp)) {
                    d.question = ids.value(*target, -1);
                    if (d.question < 0) {
                        m_check.report(ErrorCode::Reference, *depends->member(u"question"_s), dp.child(u"question"_s),
                                       Tr::tr("depends on the unknown question \"%1\"").arg(*target));
                    } else if (std::size_t(d.question) == index) {
                        m_check.report(ErrorCode::Cycle, *depends->member(u"question"_s), dp.child(u"question"_s),
                                       Tr::tr("a question cannot depend on itself"));
                        d.question = -1;
                    }
                }
                if (const auto answers = m_check.strings(*depends, "answers"_L1, dp)) {
                    const JsonNode& list = *depends->member(u"answers"_s);
                    if (answers->isEmpty()) {
                        m_check.report(ErrorCode::Value, list, dp.child(u"answers"_s),
                                       Tr::tr("list at least one answer that opens this question"));
                    }
                    const JsonPath answersPath = dp.child(u"answers"_s);
                    for (qsizetype k = 0; k < answers->size(); ++k) {
                        if (pack.choiceIndex(answers->at(k)) < 0) {
                            m_check.report(ErrorCode::Reference, list.items()[std::size_t(k)], answersPath.at(k),
                                           Tr::tr("unknown scale choice \"%1\"").arg(answers->at(k)));
                        }
                    }
                    d.answers = *answers;
                }
                if (const auto otherwise = m_check.string(*depends, "otherwise"_L1, dp)) {
                    d.otherwise = pack.choiceIndex(*otherwise);
                    if (d.otherwise < 0) {
                        m_check.report(ErrorCode::Reference, *depends->member("otherwise"_L1), dp.child("otherwise"_L1),
                                       Tr::tr("unknown scale choice \"%1\"").arg(*otherwise));
                    } else if (d.answers.contains(*otherwise)) {
                        m_check.report(ErrorCode::Value, *depends->member("otherwise"_L1), dp.child("otherwise"_L1),
                                       Tr::tr("\"%1\" opens the question, so it cannot also be what it counts as "
                                              "while closed")
                                           .arg(*otherwise));
                    }
                }
                if (d.question >= 0) {
                    q.dependsOn = d;
                    m_dependsNodes[index] = depends->member(u"question"_s);
                }
            }
        }
        if (const auto refs = m_check.strings(node, "refs"_L1, ip)) {
            const JsonNode& list = *node.member(u"refs"_s);
            const JsonPath refsPath = ip.child(u"refs"_s);
            for (qsizetype k = 0; k < refs->size(); ++k) {
                if (!pack.reference(refs->at(k))) {
                    m_check.report(
                        ErrorCode::Reference, list.items()[std::size_t(k)], refsPath.at(k),
                        pack.references.empty()
                            ? Tr::tr("the reference \"%1\" is not defined; add it to \"references\"").arg(refs->at(k))
                            : Tr::tr("unknown reference \"%1\"; define it in \"references\"").arg(refs->at(k)));
                }
            }
            q.refs = *refs;
        }
        if (const JsonNode* rec = node.member(u"recommendation"_s)) {
            readRecommendation(*rec, ip.child(u"recommendation"_s), q.recommendation);
        }
        return q;
    }

    // `replaces` on questions and the pack's `removed` list describe how this version relates to earlier
    // ones, so that migrating an assessment never has to guess (docs/pack-format.md, "Versions").
    void readMigration(const JsonNode& root, const JsonPath& path, Pack& pack)
    {
        QHash<QString, QString> replacedBy; // an earlier question id → the question that takes it over
        // The pack's own lookup tables are built after loading, so its ids are gathered here.
        QSet<QString> current;
        for (const Question& q : pack.questions) {
            current.insert(q.id);
        }
        const JsonNode* questions = root.member(u"questions"_s);
        if (questions && questions->isArray() && questions->items().size() == pack.questions.size()) {
            const JsonPath qp = path.child(u"questions"_s);
            for (std::size_t i = 0; i < pack.questions.size(); ++i) {
                const JsonNode& node = questions->items()[i];
                const JsonPath ip = qp.at(qsizetype(i));
                const auto replaces = m_check.strings(node, "replaces"_L1, ip);
                if (!replaces) {
                    continue;
                }
                const JsonNode& list = *node.member(u"replaces"_s);
                const JsonPath lp = ip.child(u"replaces"_s);
                Question& q = pack.questions[i];
                for (qsizetype k = 0; k < replaces->size(); ++k) {
                    const QString& old = replaces->at(k);
                    const JsonNode& item = list.items()[std::size_t(k)];
                    if (!isValidId(old)) {
                        checkId(old, item, lp.at(k));
                    } else if (current.contains(old)) {
                        m_check.report(ErrorCode::Value, item, lp.at(k),
                                       Tr::tr("\"%1\" is still a question of this version; a question can only "
                                              "replace one that is gone")
                                           .arg(old));
                    } else if (replacedBy.contains(old) && replacedBy.value(old) == q.id) {
                        m_check.report(ErrorCode::Duplicate, item, lp.at(k), Tr::tr("\"%1\" is listed twice").arg(old));
                    } else {
                        // Two questions may take over the same earlier one (a question split in two).
                        replacedBy.insert(old, q.id);
                        q.replaces.append(old);
                    }
                }
            }
        }
        const JsonNode* removed = root.member(u"removed"_s);
        if (!removed || !m_check.expectType(*removed, JsonNode::Type::Array, path.child(u"removed"_s))) {
            return;
        }
        const JsonPath rp = path.child(u"removed"_s);
        QSet<QString> seen;
        for (std::size_t i = 0; i < removed->items().size(); ++i) {
            const JsonNode& node = removed->items()[i];
            const JsonPath ip = rp.at(qsizetype(i));
            if (!m_check.object(node, ip, RemovedKeys)) {
                continue;
            }
            RemovedQuestion r;
            if (const auto id = m_check.string(node, "id"_L1, ip)) {
                const JsonNode& idNode = *node.member(u"id"_s);
                const JsonPath idPath = ip.child(u"id"_s);
                if (!isValidId(*id)) {
                    checkId(*id, idNode, idPath);
                } else if (current.contains(*id)) {
                    m_check.report(ErrorCode::Value, idNode, idPath,
                                   Tr::tr("\"%1\" is still a question of this version").arg(*id));
                } else if (replacedBy.contains(*id)) {
                    m_check.report(
                        ErrorCode::Value, idNode, idPath,
                        Tr::tr("\"%1\" is replaced by \"%2\", so it is not removed").arg(*id, replacedBy.value(*id)));
                } else if (seen.contains(*id)) {
                    m_check.report(ErrorCode::Duplicate, idNode, idPath, Tr::tr("\"%1\" is listed twice").arg(*id));
                }
                seen.insert(*id);
                r.id = *id;
            }
            if (node.member(u"note"_s)) {
                r.note = m_check.text(node, "note"_L1, ip).value_or(LocalizedText());
            }
            pack.removed.push_back(std::move(r));
        }
    }

    void readRecommendation(const JsonNode& node, const JsonPath& rp, Recommendation& r)
    {
        if (!m_check.object(node, rp, RecommendationKeys)) {
            return;
        }
        r.text = m_check.text(node, "text"_L1, rp).value_or(LocalizedText());
        for (const auto& [key, target] : {std::pair{"cost"_L1, &r.cost}, std::pair{"effort"_L1, &r.effort}}) {
            if (const auto value = m_check.string(node, key, rp)) {
                if (const auto grade = gradeFromId(*value)) {
                    *target = *grade;
                } else {
                    m_check.report(ErrorCode::Value, *node.member(QString(key)), rp.child(QString(key)),
                                   Tr::tr("\"%1\" is not one of low, medium, high").arg(*value));
                }
            }
        }
        if (const auto caps = m_check.strings(node, "capabilities"_L1, rp)) {
            const JsonNode& list = *node.member(u"capabilities"_s);
            const JsonPath capsPath = rp.child(u"capabilities"_s);
            for (qsizetype k = 0; k < caps->size(); ++k) {
                const QString& cap = caps->at(k);
                if (!m_capabilities.contains(cap)) {
                    const QString hint = m_capabilities.closest(cap);
                    m_check.report(
                        ErrorCode::Reference, list.items()[std::size_t(k)], capsPath.at(k),
                        hint.isEmpty()
                            ? Tr::tr("unknown capability \"%1\"; see questionnaires/vocabulary/capabilities.json")
                                  .arg(cap)
                            : Tr::tr("unknown capability \"%1\" (did you mean \"%2\"?)").arg(cap, hint));
                }
            }
            r.capabilities = *caps;
        }
    }

    // depends_on chains must end: walk each chain with a visiting mark (white/grey/black colouring).
    // Returns false when a loop was found (chain depths are then meaningless).
    bool checkCycles(const Pack& pack)
    {
        bool ok = true;
        const std::size_t n = pack.questions.size();
        std::vector<quint8> state(n, 0);
        for (std::size_t start = 0; start < n; ++start) {
            if (state[start] != 0) {
                continue;
            }
            std::vector<std::size_t> chain;
            std::size_t current = start;
            for (;;) {
                if (state[current] == 2) {
                    break;
                }
                if (state[current] == 1) {
                    QStringList names;
                    const auto loopStart = std::find(chain.begin(), chain.end(), current);
                    for (auto it = loopStart; it != chain.end(); ++it) {
                        names.append(pack.questions[*it].id);
                    }
                    names.append(pack.questions[current].id);
                    const JsonPath root;
                    const JsonPath qp = root.child(u"questions"_s);
                    const JsonPath ip = qp.at(qsizetype(current));
                    const JsonPath dp = ip.child(u"depends_on"_s);
                    ok = false;
                    m_check.report(
                        ErrorCode::Cycle, *m_dependsNodes[current], dp.child(u"question"_s),
                        Tr::tr("follow-up questions depend on each other in a loop: %1").arg(names.join(u" → "_s)));
                    break;
                }
                state[current] = 1;
                chain.push_back(current);
                const auto& d = pack.questions[current].dependsOn;
                if (!d || d->question < 0) {
                    break;
                }
                current = std::size_t(d->question);
            }
            for (std::size_t c : chain) {
                state[c] = 2;
            }
        }
        return ok;
    }

    // Follow-ups of follow-ups are fine; a chain deeper than a person would ever answer is refused, so
    // everything that walks chains (the scorer, the GUI) stays shallow.
    void checkChainDepth(const Pack& pack)
    {
        std::vector<int> depth(pack.questions.size(), -1);
        for (std::size_t start = 0; start < pack.questions.size(); ++start) {
            std::vector<std::size_t> chain;
            std::size_t current = start;
            while (depth[current] < 0 && pack.questions[current].dependsOn &&
                   pack.questions[current].dependsOn->question >= 0) {
                chain.push_back(current);
                current = std::size_t(pack.questions[current].dependsOn->question);
            }
            int d = depth[current] < 0 ? 0 : depth[current];
            depth[current] = d;
            std::reverse(chain.begin(), chain.end()); // nearest the known depth first
            for (const std::size_t question : chain) {
                depth[question] = ++d;
            }
        }
        const JsonPath root;
        const JsonPath qp = root.child(u"questions"_s);
        for (std::size_t i = 0; i < depth.size(); ++i) {
            if (depth[i] == MaxFollowUpDepth + 1) {
                const JsonPath ip = qp.at(qsizetype(i));
                const JsonPath dp = ip.child(u"depends_on"_s);
                m_check.report(ErrorCode::Limit, *m_dependsNodes[i], dp.child(u"question"_s),
                               Tr::tr("follow-up questions nest deeper than %1 levels").arg(MaxFollowUpDepth));
            }
        }
    }

    void checkUnusedCategories(const Pack& pack)
    {
        const JsonNode* categories = m_doc.root.member(u"categories"_s);
        if (!categories || !categories->isArray() || categories->items().size() != pack.categories.size()) {
            return;
        }
        std::vector<bool> used(pack.categories.size(), false);
        for (const Question& q : pack.questions) {
            if (q.category >= 0) {
                used[std::size_t(q.category)] = true;
            }
        }
        const JsonPath root;
        const JsonPath categoriesPath = root.child(u"categories"_s);
        for (std::size_t i = 0; i < used.size(); ++i) {
            if (!used[i]) {
                m_check.report(ErrorCode::Reference, categories->items()[i], categoriesPath.at(qsizetype(i)),
                               Tr::tr("the category \"%1\" has no questions").arg(pack.categories[i].id),
                               Severity::Warning);
            }
        }
    }

    const JsonDocument& m_doc;
    JsonChecker m_check;
    const Vocabulary& m_capabilities;
    std::vector<const JsonNode*> m_dependsNodes;
};

} // namespace

PackLoader::PackLoader() : m_capabilities(Vocabulary::capabilities()) {}

PackLoader::PackLoader(const Vocabulary& capabilities) : m_capabilities(capabilities) {}

Result<Pack> PackLoader::loadFile(const QString& path)
{
    const auto bytes = readFileBytes(path, MaxBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    return loadData(*bytes, path);
}

Result<Pack> PackLoader::loadData(const QByteArray& json, const QString& fileName)
{
    m_warnings.clear();
    auto doc = parseJson(json, fileName, JsonLimits{MaxBytes, MaxDepth});
    if (!doc) {
        return failure(doc.error());
    }
    Diagnostics diagnostics;
    Pack pack;
    PackValidator(*doc, fileName, m_capabilities, diagnostics).run(pack);
    if (hasErrors(diagnostics)) {
        return failure(diagnostics);
    }
    m_warnings = diagnostics;
    pack.sourcePath = fileName;
    pack.digest = QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Blake2b_256).toHex());
    pack.index();
    return pack;
}

QHash<QString, QStringList> PackLoader::acceptedKeys(bool requiredOnly)
{
    return {
        {u"pack"_s, names(PackKeys, requiredOnly)},
        {u"guideline"_s, names(GuidelineKeys, requiredOnly)},
        {u"scale"_s, names(ScaleKeys, requiredOnly)},
        {u"level"_s, names(LevelKeys, requiredOnly)},
        {u"category"_s, names(CategoryKeys, requiredOnly)},
        {u"target"_s, names(TargetKeys, requiredOnly)},
        {u"reference"_s, names(ReferenceKeys, requiredOnly)},
        {u"question"_s, names(QuestionKeys, requiredOnly)},
        {u"depends_on"_s, names(DependsOnKeys, requiredOnly)},
        {u"recommendation"_s, names(RecommendationKeys, requiredOnly)},
        {u"text"_s, names(TextKeys, requiredOnly)},
        {u"removed"_s, names(RemovedKeys, requiredOnly)},
    };
}

} // namespace mamori
