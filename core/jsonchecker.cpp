#include "core/jsonchecker.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::JsonChecker)
};

bool isPlainKey(QStringView key)
{
    if (key.isEmpty()) {
        return false;
    }
    return std::all_of(key.begin(), key.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
               c == u'-';
    });
}

} // namespace

QString languageCode(Language language)
{
    return language == Language::Japanese ? u"ja"_s : u"en"_s;
}

QString JsonPath::toString() const
{
    std::vector<const JsonPath*> chain;
    for (const JsonPath* p = this; p; p = p->parent) {
        chain.push_back(p);
    }
    QString out = u"$"_s;
    std::reverse(chain.begin(), chain.end()); // root first
    for (const JsonPath* p : chain) {
        if (p->index >= 0) {
            out += u'[' + QString::number(p->index) + u']';
        } else if (!p->key.isNull()) {
            const QString name = p->key.toString();
            if (isPlainKey(name)) {
                out += u'.' + name;
            } else {
                QString escaped = name;
                escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
                out += u"[\""_s + escaped + u"\"]"_s;
            }
        }
    }
    return out;
}

int editDistance(QStringView a, QStringView b)
{
    std::vector<int> previous(std::size_t(b.size()) + 1);
    std::vector<int> current(previous.size());
    for (std::size_t j = 0; j < previous.size(); ++j) {
        previous[j] = int(j);
    }
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[std::size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[std::size_t(j)] =
                std::min({previous[std::size_t(j)] + 1, current[std::size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous.back();
}

QString closestOf(const QString& word, const QStringList& candidates)
{
    QString best;
    int bestDistance = 3;
    for (const QString& c : candidates) {
        const int d = editDistance(word, c);
        if (d < bestDistance) {
            bestDistance = d;
            best = c;
        }
    }
    return best;
}

JsonChecker::JsonChecker(QString file, const SourceMap& map, Diagnostics& out)
    : m_file(std::move(file)), m_map(map), m_out(out)
{}

void JsonChecker::report(ErrorCode code, qsizetype offset, const JsonPath& path, const QString& message,
                         Severity severity)
{
    // A file with thousands of problems is one mistake repeated; past the cap a person learns nothing
    // new, and reporting would only cost time.
    if (m_reported == MaxProblems) {
        m_out.append(Diagnostic{ErrorCode::Limit, Severity::Error, m_file, m_map.line(offset), m_map.column(offset),
                                path.toString(), Tr::tr("more than %1 problems; stopping here").arg(MaxProblems)});
    }
    if (m_reported++ >= MaxProblems) {
        return;
    }
    m_out.append(
        Diagnostic{code, severity, m_file, m_map.line(offset), m_map.column(offset), path.toString(), message});
}

bool JsonChecker::expectType(const JsonNode& node, JsonNode::Type type, const JsonPath& path)
{
    if (node.type() == type) {
        return true;
    }
    report(ErrorCode::Type, node, path,
           Tr::tr("expected %1, found %2").arg(JsonNode::typeName(type), JsonNode::typeName(node.type())));
    return false;
}

bool JsonChecker::map(const JsonNode& node, const JsonPath& path)
{
    if (!expectType(node, JsonNode::Type::Object, path)) {
        return false;
    }
    const auto& keys = node.keys();
    if (keys.size() > 1) {
        QSet<QStringView> seen;
        seen.reserve(qsizetype(keys.size()));
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (seen.contains(keys[i])) {
                report(ErrorCode::Duplicate, m_map.keyOffset(node.items()[i].offset()), path.child(keys[i]),
                       Tr::tr("the key \"%1\" is given more than once").arg(keys[i]));
            }
            seen.insert(keys[i]);
        }
    }
    return true;
}

bool JsonChecker::object(const JsonNode& node, const JsonPath& path, std::span<const JsonKey> known)
{
    if (!expectType(node, JsonNode::Type::Object, path)) {
        return false;
    }
    const auto& keys = node.keys();
    // Objects here have few keys, where a scan is cheaper than hashing; a hostile file with thousands
    // of keys gets the hash set.
    QSet<QStringView> seen;
    const bool hashed = keys.size() > 16;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const QString& key = keys[i];
        const bool isKnown =
            std::any_of(known.begin(), known.end(), [&](const JsonKey& k) { return QStringView(key) == k.name; });
        if (!isKnown) {
            QString hint;
            int best = 3;
            for (const JsonKey& k : known) {
                const int d = editDistance(key, QString(k.name));
                if (d < best) {
                    best = d;
                    hint = QString(k.name);
                }
            }
            const QString message = hint.isEmpty() ? Tr::tr("unknown key \"%1\"").arg(key)
                                                   : Tr::tr("unknown key \"%1\" (did you mean \"%2\"?)").arg(key, hint);
            report(ErrorCode::UnknownKey, m_map.keyOffset(node.items()[i].offset()), path.child(key), message);
            continue;
        }
        bool duplicate = false;
        if (hashed) {
            duplicate = seen.contains(key);
            seen.insert(key);
        } else {
            duplicate =
                std::any_of(keys.begin(), keys.begin() + qsizetype(i), [&](const QString& k) { return k == key; });
        }
        if (duplicate) {
            report(ErrorCode::Duplicate, m_map.keyOffset(node.items()[i].offset()), path.child(key),
                   Tr::tr("the key \"%1\" is given more than once").arg(key));
        }
    }
    for (const JsonKey& k : known) {
        if (k.required && !node.member(k.name)) {
            report(ErrorCode::Missing, node, path, Tr::tr("the required key \"%1\" is missing").arg(k.name));
        }
    }
    return true;
}

const JsonNode* JsonChecker::typed(const JsonNode& object, QLatin1StringView key, JsonNode::Type type,
                                   const JsonPath& path)
{
    const JsonNode* node = object.member(key);
    if (!node || !expectType(*node, type, path.child(key))) {
        return nullptr;
    }
    return node;
}

std::optional<QString> JsonChecker::string(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
{
    const JsonNode* node = typed(object, key, JsonNode::Type::String, path);
    return node ? std::optional(node->toString()) : std::nullopt;
}

std::optional<double> JsonChecker::number(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
{
    const JsonNode* node = typed(object, key, JsonNode::Type::Number, path);
    return node ? std::optional(node->toNumber()) : std::nullopt;
}

std::optional<qint64> JsonChecker::integer(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
{
    const JsonNode* node = typed(object, key, JsonNode::Type::Number, path);
    if (!node) {
        return std::nullopt;
    }
    const double value = node->toNumber();
    // Range first: converting an out-of-range double to an integer is undefined behaviour.
    if (value < -9.0e15 || value > 9.0e15 || std::trunc(value) != value) {
        report(ErrorCode::Type, *node, path.child(key), Tr::tr("expected a whole number, found %1").arg(value));
        return std::nullopt;
    }
    return qint64(value);
}

std::optional<bool> JsonChecker::boolean(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
{
    const JsonNode* node = typed(object, key, JsonNode::Type::Bool, path);
    return node ? std::optional(node->toBool()) : std::nullopt;
}

const JsonNode* JsonChecker::array(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
{
    return typed(object, key, JsonNode::Type::Array, path);
}

std::optional<LocalizedText> JsonChecker::textValue(const JsonNode& node, const JsonPath& path)
{
    if (!object(node, path, {{"ja"_L1, true}, {"en"_L1, true}})) {
        return std::nullopt;
    }
    LocalizedText text;
    bool ok = true;
    for (const auto& [code, target] : {std::pair{u"ja"_s, &text.ja}, std::pair{u"en"_s, &text.en}}) {
        const JsonNode* value = node.member(code);
        if (!value) {
            ok = false;
            continue;
        }
        const JsonPath child = path.child(code);
        if (!expectType(*value, JsonNode::Type::String, child)) {
            ok = false;
            continue;
        }
        if (value->toString().trimmed().isEmpty()) {
            report(ErrorCode::Missing, *value, child,
                   code == u"ja"_s ? Tr::tr("the Japanese text is empty") : Tr::tr("the English text is empty"));
            ok = false;
            continue;
        }
        *target = value->toString();
    }
    if (!ok) {
        return std::nullopt;
    }
    return text;
}

std::optional<LocalizedText> JsonChecker::text(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
{
    const QLatin1StringView name = key;
    const JsonNode* node = object.member(name);
    if (!node) {
        return std::nullopt;
    }
    return textValue(*node, path.child(name));
}

std::optional<QStringList> JsonChecker::strings(const JsonNode& object, QLatin1StringView key, const JsonPath& path)
{
    const QLatin1StringView name = key;
    const JsonNode* node = object.member(name);
    if (!node) {
        return std::nullopt;
    }
    const JsonPath listPath = path.child(name);
    if (!expectType(*node, JsonNode::Type::Array, listPath)) {
        return std::nullopt;
    }
    QStringList out;
    out.reserve(qsizetype(node->items().size()));
    bool ok = true;
    for (std::size_t i = 0; i < node->items().size(); ++i) {
        const JsonNode& item = node->items()[i];
        if (!expectType(item, JsonNode::Type::String, listPath.at(qsizetype(i)))) {
            ok = false;
            continue;
        }
        out.append(item.toString());
    }
    if (!ok) {
        return std::nullopt;
    }
    return out;
}

} // namespace mamori
