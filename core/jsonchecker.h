#pragma once

#include "core/diagnostic.h"
#include "core/json.h"
#include "core/localizedtext.h"

#include <QAnyStringView>
#include <QLatin1StringView>

#include <initializer_list>
#include <optional>
#include <span>

namespace mamori {

// A JSON path built on the stack while a validator walks a document, and formatted only when a
// problem is reported (`$.questions[3].text.ja`), so validating a large valid file costs no strings.
struct JsonPath
{
    const JsonPath* parent = nullptr;
    QAnyStringView key;
    qsizetype index = -1;

    // A path points at its parent, so it must be built from a named path: calling these on a
    // temporary would leave the result pointing at a dead object, and does not compile.
    JsonPath child(QAnyStringView name) const& { return JsonPath{this, name, -1}; }
    JsonPath at(qsizetype i) const& { return JsonPath{this, {}, i}; }
    JsonPath child(QAnyStringView name) const&& = delete;
    JsonPath at(qsizetype i) const&& = delete;
    QString toString() const;
};

struct JsonKey
{
    QLatin1StringView name;
    bool required = false;
};

// The shared vocabulary of the validators for packs, profiles and answers: type checks, unknown and
// duplicate keys, missing keys and languages. Every problem is appended to the diagnostics list with
// its file, line, column and path; nothing stops at the first problem.
class JsonChecker
{
public:
    static constexpr int MaxProblems = 1000;

    JsonChecker(QString file, const SourceMap& map, Diagnostics& out);

    void report(ErrorCode code, qsizetype offset, const JsonPath& path, const QString& message,
                Severity severity = Severity::Error);
    void report(ErrorCode code, const JsonNode& node, const JsonPath& path, const QString& message,
                Severity severity = Severity::Error)
    {
        report(code, node.offset(), path, message, severity);
    }

    // Checks that `node` is an object, reports unknown keys (suggesting the closest known one),
    // duplicate keys and missing required keys. Returns false when it is not an object.
    bool object(const JsonNode& node, const JsonPath& path, std::span<const JsonKey> known);
    bool object(const JsonNode& node, const JsonPath& path, std::initializer_list<JsonKey> keys)
    {
        return object(node, path, std::span<const JsonKey>(keys.begin(), keys.size()));
    }
    // Checks that `node` is an object and reports duplicate keys only (for maps with free keys).
    bool map(const JsonNode& node, const JsonPath& path);

    // Typed member access: nullopt when absent, or (with a report) when of the wrong type.
    std::optional<QString> string(const JsonNode& object, QLatin1StringView key, const JsonPath& path);
    std::optional<double> number(const JsonNode& object, QLatin1StringView key, const JsonPath& path);
    std::optional<qint64> integer(const JsonNode& object, QLatin1StringView key, const JsonPath& path);
    std::optional<bool> boolean(const JsonNode& object, QLatin1StringView key, const JsonPath& path);
    const JsonNode* array(const JsonNode& object, QLatin1StringView key, const JsonPath& path);
    // A `{"ja": …, "en": …}` object with both languages present and non-empty.
    std::optional<LocalizedText> text(const JsonNode& object, QLatin1StringView key, const JsonPath& path);
    // A list of strings.
    std::optional<QStringList> strings(const JsonNode& object, QLatin1StringView key, const JsonPath& path);

    bool expectType(const JsonNode& node, JsonNode::Type type, const JsonPath& path);
    // The member `key` when present and of `type`; nullptr when absent, or (with a report) mistyped.
    const JsonNode* typed(const JsonNode& object, QLatin1StringView key, JsonNode::Type type, const JsonPath& path);
    std::optional<LocalizedText> textValue(const JsonNode& node, const JsonPath& path);

    const QString& file() const { return m_file; }
    const SourceMap& sourceMap() const { return m_map; }
    Diagnostics& diagnostics() { return m_out; }

private:
    QString m_file;
    const SourceMap& m_map;
    Diagnostics& m_out;
    int m_reported = 0;
};

// Edit distance, for "did you mean" hints.
int editDistance(QStringView a, QStringView b);
// The candidate closest to `word` (at most two edits away), for "did you mean" hints; empty when
// none is that close.
QString closestOf(const QString& word, const QStringList& candidates);

} // namespace mamori
