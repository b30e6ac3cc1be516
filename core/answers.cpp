#include "core/answers.h"

#include "core/json.h"
#include "core/jsonchecker.h"
#include "core/pack.h"
#include "core/sizes.h"
#include "core/textcheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Answers)
};

constexpr qsizetype AnswersMaxBytes = 16 * MiB;

} // namespace

Result<AnswerSet> parseAnswers(const QByteArray& json, const QString& fileName, const Pack* pack, Diagnostics* warnings)
{
    auto doc = parseJson(json, fileName, JsonLimits{AnswersMaxBytes, 8});
    if (!doc) {
        return failure(doc.error());
    }
    Diagnostics diagnostics;
    JsonChecker check(fileName, doc->map, diagnostics);
    const JsonNode& root = doc->root;
    const JsonPath path;
    AnswerSet set;
    if (!check.object(root, path,
                      {{"pack"_L1, true}, {"pack_version"_L1, false}, {"answers"_L1, true}, {"notes"_L1, false}})) {
        return failure(diagnostics);
    }
    set.packId = check.string(root, "pack"_L1, path).value_or(QString());
    set.packVersion = check.string(root, "pack_version"_L1, path).value_or(QString());
    if (pack && root.member(u"pack"_s) && root.member(u"pack"_s)->isString() && set.packId != pack->id) {
        check.report(ErrorCode::Mismatch, *root.member(u"pack"_s), path.child(u"pack"_s),
                     Tr::tr("these answers are for the pack \"%1\", not \"%2\"").arg(set.packId, pack->id));
        // Every answer would now be "unknown question": one clear line says more than fifty.
        return failure(diagnostics);
    }
    if (pack && !set.packVersion.isEmpty() && set.packVersion != pack->version) {
        check.report(ErrorCode::Mismatch, *root.member(u"pack_version"_s), path.child(u"pack_version"_s),
                     Tr::tr("these answers were given to version %1 of the pack; scoring them with version %2")
                         .arg(set.packVersion, pack->version),
                     Severity::Warning);
    }
    const auto readMap = [&](const QString& key, QHash<QString, QString>& target, bool choices) {
        const JsonNode* node = root.member(key);
        const JsonPath mp = path.child(key);
        if (!node || !check.map(*node, mp)) {
            return;
        }
        target.reserve(qsizetype(node->keys().size()));
        for (std::size_t i = 0; i < node->keys().size(); ++i) {
            const QString& questionId = node->keys()[i];
            const JsonNode& value = node->items()[i];
            const JsonPath vp = mp.child(questionId);
            if (pack && pack->questionIndex(questionId) < 0) {
                check.report(ErrorCode::Reference, doc->map.keyOffset(node->items()[i].offset()), vp,
                             Tr::tr("the pack \"%1\" has no question \"%2\"").arg(pack->id, questionId));
                continue;
            }
            if (!check.expectType(value, JsonNode::Type::String, vp)) {
                continue;
            }
            if (!choices) {
                if (const QString problem = textProblem(value.toString(), TextRules{true, MaxNoteLength});
                    !problem.isEmpty()) {
                    check.report(ErrorCode::Value, value, vp, Tr::tr("the note %1").arg(problem));
                    continue;
                }
            }
            if (choices && pack && pack->choiceIndex(value.toString()) < 0) {
                check.report(ErrorCode::Reference, value, vp,
                             Tr::tr("unknown answer \"%1\"; the pack's choices are: %2")
                                 .arg(value.toString(), pack->choiceIds().join(u", "_s)));
                continue;
            }
            target.insert(questionId, value.toString());
        }
    };
    readMap(u"answers"_s, set.choices, true);
    readMap(u"notes"_s, set.notes, false);
    if (hasErrors(diagnostics)) {
        return failure(diagnostics);
    }
    if (warnings) {
        warnings->append(diagnostics);
    }
    return set;
}

Result<AnswerSet> loadAnswers(const QString& path, const Pack* pack, Diagnostics* warnings)
{
    const auto bytes = readFileBytes(path, AnswersMaxBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    return parseAnswers(*bytes, path, pack, warnings);
}

QJsonObject answersToJson(const AnswerSet& answers)
{
    QJsonObject choices;
    for (auto it = answers.choices.cbegin(); it != answers.choices.cend(); ++it) {
        choices.insert(it.key(), it.value());
    }
    QJsonObject out{{u"pack"_s, answers.packId}, {u"answers"_s, choices}};
    if (!answers.packVersion.isEmpty()) {
        out.insert(u"pack_version"_s, answers.packVersion);
    }
    if (!answers.notes.isEmpty()) {
        QJsonObject notes;
        for (auto it = answers.notes.cbegin(); it != answers.notes.cend(); ++it) {
            notes.insert(it.key(), it.value());
        }
        out.insert(u"notes"_s, notes);
    }
    return out;
}

} // namespace mamori
