#include "core/transfer.h"

#include "core/json.h"
#include "core/jsonchecker.h"
#include "core/packrepository.h"
#include "core/sizes.h"
#include "core/textcheck.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Transfer)
};

const QString FormatName = u"mamori-export"_s;
constexpr qsizetype TransferMaxBytes = 64 * MiB;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Revisions are counters of changes; beyond 2^53 a JSON number would no longer be exact.
constexpr qint64 MaxRevision = 9'007'199'254'740'991;

bool isUid(const QString& text)
{
    const QUuid parsed = QUuid::fromString(text);
    return !parsed.isNull() && parsed.toString(QUuid::WithoutBraces) == text;
}

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(timeText(time)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QByteArray transferToJson(const TransferDocument& d)
{
    QJsonArray profiles;
    for (const auto& p : d.profiles) {
        profiles.append(QJsonObject{{u"saved_at"_s, timeValue(p.savedAt)}, {u"profile"_s, profileToJson(p.profile)}});
    }
    QJsonArray assessments;
    for (const auto& a : d.assessments) {
        QJsonObject answers;
        for (const auto& answer : a.answers) {
            QJsonObject entry{{u"choice"_s, answer.choice}, {u"answered_at"_s, timeValue(answer.answeredAt)}};
            if (!answer.note.isEmpty()) {
                entry.insert(u"note"_s, answer.note);
            }
            if (!answer.originStore.isEmpty()) {
                entry.insert(u"origin"_s,
                             QJsonObject{{u"store"_s, answer.originStore}, {u"revision"_s, answer.originRevision}});
            }
            answers.insert(answer.question, entry);
        }
        assessments.append(QJsonObject{
            {u"uid"_s, a.uid},
            {u"profile"_s, a.profile},
            {u"pack"_s, QJsonObject{{u"id"_s, a.packId}, {u"version"_s, a.packVersion}}},
            {u"status"_s, a.finished ? u"finished"_s : u"in_progress"_s},
            {u"started_at"_s, timeValue(a.startedAt)},
            {u"updated_at"_s, timeValue(a.updatedAt)},
            {u"finished_at"_s, timeValue(a.finishedAt)},
            {u"answers"_s, answers},
        });
        if (!a.seen.empty()) {
            QJsonObject seen;
            for (const auto& [store, revision] : a.seen) {
                seen.insert(store, revision);
            }
            QJsonObject last = assessments.last().toObject();
            last.insert(u"seen"_s, seen);
            assessments.replace(assessments.size() - 1, last);
        }
    }
    const QJsonObject root{
        {u"format"_s, FormatName},
        {u"version"_s, TransferDocument::Version},
        {u"scope"_s, d.scope == TransferDocument::Scope::Firm ? u"firm"_s : u"assessment"_s},
        {u"exported_at"_s, timeValue(d.exportedAt)},
        {u"generator"_s, d.generator},
        {u"firm"_s,
         QJsonObject{{u"uid"_s, d.firmUid}, {u"created_at"_s, timeValue(d.firmCreatedAt)}, {u"profiles"_s, profiles}}},
        {u"assessments"_s, assessments},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// Validates a document; every problem goes to the checker, nothing stops at the first.
class TransferReader
{
public:
    TransferReader(JsonChecker& check, const PackRepository& packs) : m_check(check), m_packs(packs) {}

    TransferDocument read(const JsonNode& root)
    {
        TransferDocument d;
        const JsonPath path;
        // What the document is comes first: a stranger's file or a newer format gets one line that
        // says so, not a list of keys it lacks.
        if (root.isObject()) {
            const JsonNode* format = root.member(u"format"_s);
            if (!format || !format->isString() || format->toString() != FormatName) {
                m_check.report(
                    ErrorCode::Foreign, format ? *format : root, format ? path.child(u"format"_s) : path,
                    Tr::tr("this is not a document exported by Mamori (it needs \"format\": \"%1\")").arg(FormatName));
                return d;
            }
            const JsonNode* version = root.member(u"version"_s);
            if (version && version->isNumber() && version->toNumber() > TransferDocument::Version) {
                m_check.report(ErrorCode::Newer, *version, path.child(u"version"_s),
                               Tr::tr("the document was written by a newer Mamori (export version %1; this version "
                                      "reads up to %2); update Mamori")
                                   .arg(version->toNumber())
                                   .arg(TransferDocument::Version));
                return d;
            }
        }
        if (!m_check.object(root, path,
                            {{"format"_L1, true},
                             {"version"_L1, true},
                             {"scope"_L1, true},
                             {"exported_at"_L1, false},
                             {"generator"_L1, false},
                             {"firm"_L1, true},
                             {"assessments"_L1, true}})) {
            return d;
        }
        if (const auto version = m_check.integer(root, "version"_L1, path); version && *version < 1) {
            m_check.report(ErrorCode::Value, *root.member(u"version"_s), path.child(u"version"_s),
                           Tr::tr("unknown export version %1").arg(*version));
        }
        if (const auto scope = m_check.string(root, "scope"_L1, path)) {
            if (*scope == u"firm"_s) {
                d.scope = TransferDocument::Scope::Firm;
            } else if (*scope == u"assessment"_s) {
                d.scope = TransferDocument::Scope::Assessment;
            } else {
                m_check.report(ErrorCode::Value, *root.member(u"scope"_s), path.child(u"scope"_s),
                               Tr::tr("unknown scope \"%1\"; allowed: firm, assessment").arg(*scope));
            }
        }
        d.exportedAt = time(root, "exported_at"_L1, path, false);
        d.generator = m_check.string(root, "generator"_L1, path).value_or(QString());
        if (const JsonNode* firm = root.member(u"firm"_s)) {
            readFirm(*firm, path.child(u"firm"_s), d);
        }
        if (const JsonNode* list = m_check.array(root, "assessments"_L1, path)) {
            const JsonPath lp = path.child(u"assessments"_s);
            QSet<QString> uids;
            for (std::size_t i = 0; i < list->items().size(); ++i) {
                const JsonPath ap = lp.at(qsizetype(i));
                auto a = readAssessment(list->items()[i], ap, d);
                if (a && !a->uid.isEmpty()) {
                    if (uids.contains(a->uid)) {
                        m_check.report(ErrorCode::Duplicate, *list->items()[i].member(u"uid"_s), ap.child(u"uid"_s),
                                       Tr::tr("the assessment %1 is in the document twice").arg(a->uid));
                    }
                    uids.insert(a->uid);
                }
                if (a) {
                    d.assessments.push_back(std::move(*a));
                }
            }
            if (d.scope == TransferDocument::Scope::Assessment && list->items().size() != 1) {
                m_check.report(
                    ErrorCode::Value, *list, lp,
                    Tr::tr("a document of one assessment holds exactly one, not %1").arg(list->items().size()));
            }
        }
        return d;
    }

private:
    QDateTime time(const JsonNode& object, QLatin1StringView key, const JsonPath& path, bool required)
    {
        const JsonNode* node = object.member(key);
        if (!node || (node->isNull() && !required)) {
            return {}; // a missing required key is reported by JsonChecker::object
        }
        const JsonPath tp = path.child(key);
        if (!m_check.expectType(*node, JsonNode::Type::String, tp)) {
            return {};
        }
        // With its zone (Z or ±hh:mm): without one Qt would read local time, and the same document
        // would mean different moments on different PCs.
        static const QRegularExpression zoned(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"_s);
        const QDateTime t = zoned.match(node->toString()).hasMatch()
                                ? QDateTime::fromString(node->toString(), Qt::ISODateWithMs)
                                : QDateTime();
        if (!t.isValid()) {
            m_check.report(ErrorCode::Value, *node, tp,
                           Tr::tr("\"%1\" is not a date and time (ISO 8601, e.g. 2026-04-01T09:30:00.000Z)")
                               .arg(node->toString()));
            return {};
        }
        // A time from the future would win every later comparison (merging answers, the current
        // profile); a day's allowance covers clocks that are merely wrong by some hours.
        if (t > QDateTime::currentDateTimeUtc().addDays(1)) {
            m_check.report(ErrorCode::Value, *node, tp,
                           Tr::tr("\"%1\" is in the future; check the clock of the PC that wrote the document")
                               .arg(node->toString()));
            return {};
        }
        return t.toUTC();
    }

    // A database's uid where an answer was given; reported and empty when it is not one.
    QString storeUid(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
    {
        const auto text = m_check.string(object, key, path);
        if (!text) {
            return {};
        }
        if (!isUid(*text)) {
            m_check.report(ErrorCode::Value, *object.member(QString(key)), path.child(QString(key)),
                           Tr::tr("\"%1\" is not a uid").arg(*text));
            return {};
        }
        return *text;
    }

    qint64 revision(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
    {
        const auto value = m_check.integer(object, key, path);
        if (!value) {
            return 0;
        }
        if (*value < 1 || *value > MaxRevision) {
            m_check.report(ErrorCode::Value, *object.member(QString(key)), path.child(QString(key)),
                           Tr::tr("expected a revision, a whole number from 1 to %1").arg(MaxRevision));
            return 0;
        }
        return *value;
    }

    QString uid(const JsonNode& object, const JsonPath& path)
    {
        const auto text = m_check.string(object, "uid"_L1, path);
        if (!text) {
            return {};
        }
        const QUuid parsed = QUuid::fromString(*text);
        if (parsed.isNull() || parsed.toString(QUuid::WithoutBraces) != *text) {
            m_check.report(
                ErrorCode::Value, *object.member(u"uid"_s), path.child(u"uid"_s),
                Tr::tr("\"%1\" is not a uid (lower-case UUID, e.g. 0b6f3c1e-8d1a-4c39-9a57-2e4f1d0c9b7a)").arg(*text));
            return {};
        }
        return *text;
    }

    void readFirm(const JsonNode& firm, const JsonPath& fp, TransferDocument& d)
    {
        if (!m_check.object(firm, fp, {{"uid"_L1, true}, {"created_at"_L1, true}, {"profiles"_L1, true}})) {
            return;
        }
        d.firmUid = uid(firm, fp);
        d.firmCreatedAt = time(firm, "created_at"_L1, fp, true);
        const JsonNode* list = m_check.array(firm, "profiles"_L1, fp);
        if (!list) {
            return;
        }
        const JsonPath lp = fp.child(u"profiles"_s);
        if (list->items().empty()) {
            m_check.report(ErrorCode::Missing, *list, lp, Tr::tr("a firm has at least one profile"));
        }
        for (std::size_t i = 0; i < list->items().size(); ++i) {
            const JsonNode& item = list->items()[i];
            const JsonPath pp = lp.at(qsizetype(i));
            TransferDocument::ProfileVersion version;
            if (m_check.object(item, pp, {{"saved_at"_L1, true}, {"profile"_L1, true}})) {
                version.savedAt = time(item, "saved_at"_L1, pp, true);
                if (const JsonNode* profile = item.member(u"profile"_s)) {
                    version.profile = checkProfile(m_check, *profile, pp.child(u"profile"_s));
                }
            }
            d.profiles.push_back(std::move(version));
        }
    }

    // The installed pack for (id, version); problems are reported at the pack object's members.
    const Pack* pack(const JsonNode& packNode, const JsonPath& path, const QString& id, const QString& version)
    {
        const QString key = id + u'@' + version;
        auto it = m_cache.find(key);
        if (it == m_cache.end()) {
            auto found = m_packs.findVersion(id, version);
            it = m_cache.emplace(key, found ? std::optional<Pack>(std::move(*found)) : std::nullopt).first;
        }
        if (it->second) {
            return &*it->second;
        }
        // Versions live side by side, so the exact one is needed; say which ones are here.
        const QStringList installed = m_packs.versions(id);
        if (installed.isEmpty()) {
            m_check.report(ErrorCode::Reference, *packNode.member(u"id"_s), path.child(u"id"_s),
                           Tr::tr("the pack \"%1\" is not installed here; install it, then import again").arg(id));
        } else {
            m_check.report(ErrorCode::Mismatch, *packNode.member(u"version"_s), path.child(u"version"_s),
                           Tr::tr("the assessment was made with version %1 of \"%2\", which is not installed here "
                                  "(installed: %3); install version %1, then import again")
                               .arg(version, id, installed.join(u", "_s)));
        }
        return nullptr;
    }

    std::optional<TransferDocument::Assessment> readAssessment(const JsonNode& node, const JsonPath& ap,
                                                               const TransferDocument& d)
    {
        if (!m_check.object(node, ap,
                            {{"uid"_L1, true},
                             {"profile"_L1, true},
                             {"pack"_L1, true},
                             {"status"_L1, true},
                             {"started_at"_L1, true},
                             {"updated_at"_L1, true},
                             {"finished_at"_L1, false},
                             {"answers"_L1, true},
                             {"seen"_L1, false}})) {
            return std::nullopt;
        }
        TransferDocument::Assessment a;
        a.uid = uid(node, ap);
        if (const auto index = m_check.integer(node, "profile"_L1, ap)) {
            if (*index < 0 || *index >= qint64(d.profiles.size())) {
                m_check.report(
                    ErrorCode::Reference, *node.member(u"profile"_s), ap.child(u"profile"_s),
                    Tr::tr("there is no profile %1 in firm.profiles (it has %2)").arg(*index).arg(d.profiles.size()));
            } else {
                a.profile = int(*index);
            }
        }
        const Pack* installed = nullptr;
        if (const JsonNode* p = node.member(u"pack"_s)) {
            const JsonPath pp = ap.child(u"pack"_s);
            if (m_check.object(*p, pp, {{"id"_L1, true}, {"version"_L1, true}})) {
                a.packId = m_check.string(*p, "id"_L1, pp).value_or(QString());
                a.packVersion = m_check.string(*p, "version"_L1, pp).value_or(QString());
                if (!a.packId.isEmpty() && !a.packVersion.isEmpty()) {
                    installed = pack(*p, pp, a.packId, a.packVersion);
                }
            }
        }
        if (const auto status = m_check.string(node, "status"_L1, ap)) {
            if (*status == u"finished"_s) {
                a.finished = true;
            } else if (*status != u"in_progress"_s) {
                m_check.report(ErrorCode::Value, *node.member(u"status"_s), ap.child(u"status"_s),
                               Tr::tr("unknown status \"%1\"; allowed: in_progress, finished").arg(*status));
            }
        }
        a.startedAt = time(node, "started_at"_L1, ap, true);
        a.updatedAt = time(node, "updated_at"_L1, ap, true);
        a.finishedAt = time(node, "finished_at"_L1, ap, false);
        if (const JsonNode* finished = node.member(u"finished_at"_s); a.finished && (!finished || finished->isNull())) {
            m_check.report(ErrorCode::Missing, node, ap, Tr::tr("a finished assessment needs \"finished_at\""));
        }
        if (!a.finished && a.finishedAt.isValid()) {
            m_check.report(ErrorCode::Value, *node.member(u"finished_at"_s), ap.child(u"finished_at"_s),
                           Tr::tr("an assessment in progress has no \"finished_at\""));
        }
        const JsonNode* answers = node.member(u"answers"_s);
        const JsonPath lp = ap.child(u"answers"_s);
        if (answers && m_check.map(*answers, lp)) {
            for (std::size_t i = 0; i < answers->keys().size(); ++i) {
                const QString& question = answers->keys()[i];
                const JsonNode& value = answers->items()[i];
                const JsonPath qp = lp.child(question);
                if (installed && installed->questionIndex(question) < 0) {
                    m_check.report(ErrorCode::Reference, m_check.sourceMap().keyOffset(value.offset()), qp,
                                   Tr::tr("the pack \"%1\" has no question \"%2\"").arg(installed->id, question));
                    continue;
                }
                if (!m_check.object(
                        value, qp,
                        {{"choice"_L1, true}, {"note"_L1, false}, {"answered_at"_L1, true}, {"origin"_L1, false}})) {
                    continue;
                }
                TransferDocument::Answer answer;
                answer.question = question;
                answer.choice = m_check.string(value, "choice"_L1, qp).value_or(QString());
                answer.note = m_check.string(value, "note"_L1, qp).value_or(QString());
                if (const QString problem = textProblem(answer.note, TextRules{true, MaxNoteLength});
                    !problem.isEmpty()) {
                    m_check.report(ErrorCode::Value, *value.member(u"note"_s), qp.child(u"note"_s),
                                   Tr::tr("the note %1").arg(problem));
                }
                answer.answeredAt = time(value, "answered_at"_L1, qp, true);
                if (const JsonNode* origin = value.member(u"origin"_s)) {
                    const JsonPath op = qp.child(u"origin"_s);
                    if (m_check.object(*origin, op, {{"store"_L1, true}, {"revision"_L1, true}})) {
                        answer.originStore = storeUid(*origin, "store"_L1, op);
                        answer.originRevision = revision(*origin, "revision"_L1, op);
                    }
                }
                if (installed && value.member(u"choice"_s) && installed->choiceIndex(answer.choice) < 0) {
                    m_check.report(ErrorCode::Reference, *value.member(u"choice"_s), qp.child(u"choice"_s),
                                   Tr::tr("unknown answer \"%1\"; the pack's choices are: %2")
                                       .arg(answer.choice, installed->choiceIds().join(u", "_s)));
                    continue;
                }
                a.answers.push_back(std::move(answer));
            }
            std::sort(a.answers.begin(), a.answers.end(),
                      [](const auto& x, const auto& y) { return x.question < y.question; });
        }
        if (const JsonNode* seen = node.member(u"seen"_s)) {
            const JsonPath sp = ap.child(u"seen"_s);
            if (m_check.map(*seen, sp)) {
                for (std::size_t i = 0; i < seen->keys().size(); ++i) {
                    const QString& store = seen->keys()[i];
                    if (!isUid(store)) {
                        m_check.report(ErrorCode::Value, m_check.sourceMap().keyOffset(seen->items()[i].offset()),
                                       sp.child(store), Tr::tr("\"%1\" is not a uid").arg(store));
                        continue;
                    }
                    const JsonNode& value = seen->items()[i];
                    if (!value.isNumber() || value.toNumber() < 1 || value.toNumber() > double(MaxRevision) ||
                        value.toNumber() != std::floor(value.toNumber())) {
                        m_check.report(ErrorCode::Value, value, sp.child(store),
                                       Tr::tr("expected a revision, a whole number from 1 to %1").arg(MaxRevision));
                        continue;
                    }
                    a.seen[store] = qint64(value.toNumber());
                }
            }
        }
        return a;
    }

    JsonChecker& m_check;
    const PackRepository& m_packs;
    std::map<QString, std::optional<Pack>> m_cache;
};

} // namespace

Result<TransferDocument> parseTransfer(const QByteArray& json, const QString& fileName, const PackRepository& packs)
{
    auto doc = parseJson(json, fileName, JsonLimits{TransferMaxBytes, 16});
    if (!doc) {
        return failure(doc.error());
    }
    Diagnostics diagnostics;
    JsonChecker check(fileName, doc->map, diagnostics);
    TransferDocument d = TransferReader(check, packs).read(doc->root);
    if (hasErrors(diagnostics)) {
        return failure(diagnostics);
    }
    return d;
}

Result<TransferDocument> loadTransfer(const QString& path, const PackRepository& packs)
{
    const auto bytes = readFileBytes(path, TransferMaxBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    return parseTransfer(*bytes, path, packs);
}

Result<bool> saveTransfer(const TransferDocument& document, const QString& path)
{
    // The document holds a firm's weaknesses: owner-only, like the database.
    return writeFileAtomically(path, transferToJson(document), true);
}

} // namespace mamori
