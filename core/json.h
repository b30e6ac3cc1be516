#pragma once

#include "core/diagnostic.h"
#include "core/sizes.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace mamori {

// A JSON value that remembers where it stood in its source, so that every problem found later can be
// reported at its line and column. QJsonDocument cannot do this: it forgets positions and silently
// merges duplicate keys.
class JsonNode
{
public:
    enum class Type : quint8
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    double toNumber() const { return m_number; }
    const QString& toString() const { return m_string; }

    // Arrays: the elements. Objects: the values, in source order, with keys() alongside.
    const std::vector<JsonNode>& items() const { return m_items; }
    // Objects only: the keys, in source order; duplicates are kept so validators can report them.
    // Where a key stands: SourceMap::keyOffset(value offset).
    const std::vector<QString>& keys() const { return m_keys; }

    // The first value with this key, or nullptr.
    const JsonNode* member(QStringView key) const;
    const JsonNode* member(QLatin1StringView key) const;

    // Byte offset of the value's first character in the source.
    qsizetype offset() const { return m_offset; }

    static QString typeName(Type type);

private:
    friend class JsonParser;
    Type m_type = Type::Null;
    bool m_bool = false;
    double m_number = 0;
    qsizetype m_offset = 0;
    QString m_string;
    std::vector<JsonNode> m_items;
    std::vector<QString> m_keys;
};

// Turns byte offsets into 1-based line and column numbers (columns count characters, not bytes).
class SourceMap
{
public:
    SourceMap() = default;
    explicit SourceMap(QByteArray source);
    int line(qsizetype offset) const;
    int column(qsizetype offset) const;
    // The byte offset of the `index`-th decoded character of the JSON string whose opening quote is at
    // `quoteOffset`, stepping over escapes, so errors inside a string point at the right column.
    qsizetype offsetInString(qsizetype quoteOffset, int index) const;
    // The offset of the opening quote of the key whose value starts at `valueOffset`. Positions of
    // keys are needed only to report a problem, so they are found again then rather than stored.
    qsizetype keyOffset(qsizetype valueOffset) const;

private:
    // Built on the first lookup: a valid file never needs it, so loading stays fast.
    const std::vector<qsizetype>& lineStarts() const;

    QByteArray m_source;
    mutable std::vector<qsizetype> m_lineStarts;
    // Problems are mostly reported in file order: continuing from the last column found keeps a
    // long one-line file from costing a rescan of the line per problem.
    mutable qsizetype m_lastOffset = -1;
    mutable int m_lastColumn = 0;
};

struct JsonLimits
{
    qsizetype maxBytes = 16 * MiB;
    int maxDepth = 64;
    // Each value costs about 130 bytes in memory: a file of 16 MiB of `0,` would otherwise take 2 GB.
    qsizetype maxValues = 1'000'000;
};

struct JsonDocument
{
    JsonNode root;
    SourceMap map;
};

// Writes JSON with keys in the order they are given (QJsonDocument sorts them), indented by two spaces,
// arrays of plain values on one line: a generated pack then reads, and diffs, like one written by hand.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QStringView name);
    void string(QStringView value);
    void number(double value);
    void boolean(bool value);
    void null();
    // An array of strings, on one line.
    void strings(const QStringList& values);
    // A parsed value, its keys in source order.
    void node(const JsonNode& value);

    // The document so far, ending in a line break once the outermost value is closed.
    QByteArray data() const;

private:
    void beforeValue();
    void newLine();
    void scalar(const JsonNode& value);

    struct Level
    {
        bool object = false;
        int count = 0;
    };
    QByteArray m_out;
    std::vector<Level> m_levels;
    bool m_afterKey = false;
};

// Parses strict RFC 8259 JSON that must be valid UTF-8. Refuses input above the limits before parsing
// deeper. On failure returns one diagnostic with code Syntax, Encoding or Limit, located in `fileName`.
Result<JsonDocument> parseJson(const QByteArray& source, const QString& fileName, const JsonLimits& limits = {});

// Reads a whole file, refusing one larger than `maxBytes` without reading it all.
Result<QByteArray> readFileBytes(const QString& path, qsizetype maxBytes);
// Writes `bytes` to `path` whole or not at all (temporary file, then rename): a crash never leaves half a
// file. `ownerOnly` for files that hold a firm's weaknesses.
Result<bool> writeFileAtomically(const QString& path, const QByteArray& bytes, bool ownerOnly = false);

// Reads a whole file (refusing files larger than the limit without reading them) and parses it.
Result<JsonDocument> readJsonFile(const QString& path, const JsonLimits& limits = {});

} // namespace mamori
