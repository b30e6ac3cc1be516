#include "core/json.h"

#include "core/filesafety.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <iterator>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::JsonParser)
};

} // namespace

const JsonNode* JsonNode::member(QLatin1StringView key) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key) {
            return &m_items[i];
        }
    }
    return nullptr;
}

const JsonNode* JsonNode::member(QStringView key) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i] == key) {
            return &m_items[i];
        }
    }
    return nullptr;
}

QString JsonNode::typeName(Type type)
{
    switch (type) {
    case Type::Null:
        return u"null"_s; // a JSON keyword, the same in every language
    case Type::Bool:
        return Tr::tr("boolean");
    case Type::Number:
        return Tr::tr("number");
    case Type::String:
        return Tr::tr("string");
    case Type::Array:
        return Tr::tr("array");
    case Type::Object:
        return Tr::tr("object");
    }
    return {};
}

SourceMap::SourceMap(QByteArray source) : m_source(std::move(source)) {}

const std::vector<qsizetype>& SourceMap::lineStarts() const
{
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(0);
        for (qsizetype i = 0; i < m_source.size(); ++i) {
            if (m_source[i] == '\n') {
                m_lineStarts.push_back(i + 1);
            }
        }
    }
    return m_lineStarts;
}

int SourceMap::line(qsizetype offset) const
{
    const auto& starts = lineStarts();
    const auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    return int(it - starts.begin());
}

int SourceMap::column(qsizetype offset) const
{
    const int l = line(offset);
    if (l == 0) {
        return 0;
    }
    const qsizetype start = lineStarts()[std::size_t(l - 1)];
    const qsizetype end = std::min(offset, m_source.size());
    qsizetype from = start;
    int column = 1;
    if (m_lastOffset >= start && m_lastOffset <= end) {
        from = m_lastOffset;
        column = m_lastColumn;
    }
    for (qsizetype i = from; i < end; ++i) {
        // Count characters as Qt does (UTF-16 units): skip continuation bytes, and count a four-byte
        // sequence twice, so columns agree with the expression parser's.
        const auto byte = static_cast<unsigned char>(m_source[i]);
        if ((byte & 0xC0) != 0x80) {
            column += byte >= 0xF0 ? 2 : 1;
        }
    }
    m_lastOffset = end;
    m_lastColumn = column;
    return column;
}

qsizetype SourceMap::offsetInString(qsizetype quoteOffset, int index) const
{
    qsizetype i = quoteOffset + 1;
    for (int decoded = 0; decoded < index && i < m_source.size() && m_source[i] != '"'; ++decoded) {
        if (m_source[i] == '\\') {
            i += (i + 1 < m_source.size() && m_source[i + 1] == 'u') ? 6 : 2;
            continue;
        }
        if (static_cast<unsigned char>(m_source[i]) >= 0xF0) {
            ++decoded; // a character outside the BMP is two UTF-16 units, as the expression counts
        }
        ++i;
        while (i < m_source.size() && (static_cast<unsigned char>(m_source[i]) & 0xC0) == 0x80) {
            ++i;
        }
    }
    return std::min(i, m_source.size());
}

qsizetype SourceMap::keyOffset(qsizetype valueOffset) const
{
    const char* data = m_source.constData();
    const auto isSpace = [](char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    };
    qsizetype i = std::min(valueOffset, m_source.size()) - 1;
    while (i >= 0 && isSpace(data[i])) {
        --i;
    }
    if (i < 0 || data[i] != ':') {
        return valueOffset;
    }
    --i;
    while (i >= 0 && isSpace(data[i])) {
        --i;
    }
    if (i < 0 || data[i] != '"') {
        return valueOffset;
    }
    // Walk back to the opening quote: the first '"' not escaped by an odd run of backslashes.
    for (--i; i >= 0; --i) {
        if (data[i] != '"') {
            continue;
        }
        qsizetype backslashes = 0;
        while (i - 1 - backslashes >= 0 && data[i - 1 - backslashes] == '\\') {
            ++backslashes;
        }
        if (backslashes % 2 == 0) {
            return i;
        }
    }
    return valueOffset;
}

namespace {

// The length of the well-formed UTF-8 sequence starting at `p` (2 to 4), or 0 when it is not one:
// stray continuation bytes, overlong forms, surrogates and code points above U+10FFFF are refused.
int utf8SequenceLength(const char* p, const char* end)
{
    const auto c = static_cast<unsigned char>(*p);
    int extra = 0;
    unsigned min = 0;
    unsigned cp = 0;
    if ((c & 0xE0) == 0xC0) {
        extra = 1;
        min = 0x80;
        cp = c & 0x1Fu;
    } else if ((c & 0xF0) == 0xE0) {
        extra = 2;
        min = 0x800;
        cp = c & 0x0Fu;
    } else if ((c & 0xF8) == 0xF0) {
        extra = 3;
        min = 0x10000;
        cp = c & 0x07u;
    } else {
        return 0;
    }
    if (end - p <= extra) {
        return 0;
    }
    for (int k = 1; k <= extra; ++k) {
        const auto next = static_cast<unsigned char>(p[k]);
        if ((next & 0xC0) != 0x80) {
            return 0;
        }
        cp = (cp << 6) | (next & 0x3Fu);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        return 0;
    }
    return extra + 1;
}

} // namespace

class JsonParser
{
public:
    JsonParser(const QByteArray& source, const JsonLimits& limits)
        : m_p(source.constData()), m_begin(source.constData()), m_end(source.constData() + source.size()),
          m_limits(limits), m_scratch(std::size_t(std::max(0, limits.maxDepth)) + 2)
    {}

    bool parse(JsonNode& root)
    {
        skipSpace();
        if (!parseValue(root, 0)) {
            return false;
        }
        skipSpace();
        if (m_p != m_end) {
            return fail(ErrorCode::Syntax, Tr::tr("unexpected text after the end of the JSON value"));
        }
        return true;
    }

    qsizetype errorOffset() const { return m_errorOffset; }
    ErrorCode errorCode() const { return m_errorCode; }
    const QString& errorMessage() const { return m_error; }

private:
    bool fail(ErrorCode code, const QString& message)
    {
        if (m_error.isEmpty()) {
            m_errorCode = code;
            m_error = message;
            m_errorOffset = m_p - m_begin;
        }
        return false;
    }

    void skipSpace()
    {
        while (m_p != m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\t' || *m_p == '\r')) {
            ++m_p;
        }
    }

    bool literal(const char* word, qsizetype length)
    {
        if (m_end - m_p < length || std::memcmp(m_p, word, std::size_t(length)) != 0) {
            return fail(ErrorCode::Syntax, Tr::tr("unexpected character; expected a JSON value"));
        }
        m_p += length;
        return true;
    }

    bool parseValue(JsonNode& node, int depth)
    {
        if (++m_values > m_limits.maxValues) {
            return fail(ErrorCode::Limit,
                        Tr::tr("the file holds more than %1 values; refusing to read further").arg(m_limits.maxValues));
        }
        if (m_p == m_end) {
            return fail(ErrorCode::Syntax, Tr::tr("unexpected end of input; expected a JSON value"));
        }
        node.m_offset = m_p - m_begin;
        switch (*m_p) {
        case '{':
            return parseObject(node, depth + 1);
        case '[':
            return parseArray(node, depth + 1);
        case '"':
            node.m_type = JsonNode::Type::String;
            return parseKey(node.m_string);
        case 't':
            node.m_type = JsonNode::Type::Bool;
            node.m_bool = true;
            return literal("true", 4);
        case 'f':
            node.m_type = JsonNode::Type::Bool;
            return literal("false", 5);
        case 'n':
            node.m_type = JsonNode::Type::Null;
            return literal("null", 4);
        default:
            if (*m_p == '-' || (*m_p >= '0' && *m_p <= '9')) {
                node.m_type = JsonNode::Type::Number;
                return parseNumber(node.m_number);
            }
            if (static_cast<unsigned char>(*m_p) >= 0x80 && utf8SequenceLength(m_p, m_end) == 0) {
                return failEncoding();
            }
            return fail(ErrorCode::Syntax, Tr::tr("unexpected character; expected a JSON value"));
        }
    }

    bool checkDepth(int depth)
    {
        if (depth > m_limits.maxDepth) {
            return fail(ErrorCode::Limit,
                        Tr::tr("nesting is deeper than %1 levels; refusing to read further").arg(m_limits.maxDepth));
        }
        return true;
    }

    bool parseObject(JsonNode& node, int depth)
    {
        if (!checkDepth(depth)) {
            return false;
        }
        node.m_type = JsonNode::Type::Object;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        // Members gather in this depth's scratch lists and move into exactly-sized vectors at the end:
        // one allocation per list instead of one per growth step.
        Scratch& scratch = m_scratch[std::size_t(depth)];
        scratch.clear();
        for (;;) {
            skipSpace();
            if (m_p == m_end || *m_p != '"') {
                return fail(ErrorCode::Syntax, Tr::tr("expected a quoted key"));
            }
            scratch.keys.emplace_back();
            if (!parseKey(scratch.keys.back())) {
                return false;
            }
            skipSpace();
            if (m_p == m_end || *m_p != ':') {
                return fail(ErrorCode::Syntax, Tr::tr("expected ':' after the key"));
            }
            ++m_p;
            skipSpace();
            scratch.items.emplace_back();
            if (!parseValue(scratch.items.back(), depth)) {
                return false;
            }
            skipSpace();
            if (m_p == m_end) {
                return fail(ErrorCode::Syntax, Tr::tr("unexpected end of input; expected ',' or '}'"));
            }
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == '}') {
                ++m_p;
                scratch.moveInto(node);
                return true;
            }
            return fail(ErrorCode::Syntax, Tr::tr("expected ',' or '}'"));
        }
    }

    bool parseArray(JsonNode& node, int depth)
    {
        if (!checkDepth(depth)) {
            return false;
        }
        node.m_type = JsonNode::Type::Array;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        Scratch& scratch = m_scratch[std::size_t(depth)];
        scratch.clear();
        for (;;) {
            skipSpace();
            scratch.items.emplace_back();
            if (!parseValue(scratch.items.back(), depth)) {
                return false;
            }
            skipSpace();
            if (m_p == m_end) {
                return fail(ErrorCode::Syntax, Tr::tr("unexpected end of input; expected ',' or ']'"));
            }
            if (*m_p == ',') {
                ++m_p;
                continue;
            }
            if (*m_p == ']') {
                ++m_p;
                scratch.moveInto(node);
                return true;
            }
            return fail(ErrorCode::Syntax, Tr::tr("expected ',' or ']'"));
        }
    }

    static int hexValue(char c)
    {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    bool parseHex4(char16_t& out)
    {
        if (m_end - m_p < 4) {
            return fail(ErrorCode::Syntax, Tr::tr("incomplete \\u escape"));
        }
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const int h = hexValue(m_p[i]);
            if (h < 0) {
                return fail(ErrorCode::Syntax, Tr::tr("invalid \\u escape"));
            }
            value = (value << 4) | unsigned(h);
        }
        m_p += 4;
        out = char16_t(value);
        return true;
    }

    // Keys and short values repeat ("id", "text", "ja", "low", "yes", capability ids …): plain ones
    // share one QString each, so a large pack costs no allocation for them.
    bool parseKey(QString& out)
    {
        const char* start = m_p + 1;
        const char* q = start;
        while (q != m_end && *q != '"' && *q != '\\' && static_cast<unsigned char>(*q) >= 0x20 &&
               static_cast<unsigned char>(*q) < 0x80) {
            ++q;
        }
        if (q == m_end || *q != '"' || q - start > 40) {
            return parseString(out);
        }
        const QByteArrayView raw(start, q - start);
        auto it = m_keys.constFind(raw);
        if (it == m_keys.cend()) {
            it = m_keys.insert(raw, QString::fromUtf8(raw));
        }
        out = *it;
        m_p = q + 1;
        return true;
    }

    // Moves past one character of string content, checking it: UTF-8 is validated here, inside
    // strings, rather than in a pass of its own (outside strings only ASCII is valid JSON anyway).
    bool stepStringByte()
    {
        const auto c = static_cast<unsigned char>(*m_p);
        if (c < 0x20) {
            return fail(ErrorCode::Syntax, Tr::tr("control character inside a string; use an escape such as \\n"));
        }
        if (c < 0x80) {
            ++m_p;
            return true;
        }
        const int length = utf8SequenceLength(m_p, m_end);
        if (length == 0) {
            return failEncoding();
        }
        m_p += length;
        return true;
    }

    bool failEncoding()
    {
        return fail(ErrorCode::Encoding,
                    Tr::tr("the file is not valid UTF-8 (byte 0x%1 at offset %2); save it as UTF-8")
                        .arg(static_cast<unsigned char>(*m_p), 2, 16, QLatin1Char('0'))
                        .arg(m_p - m_begin));
    }

    bool parseString(QString& out)
    {
        ++m_p; // opening quote
        const char* start = m_p;
        // Fast path: no escapes, the common case for pack text.
        while (m_p != m_end && *m_p != '"' && *m_p != '\\') {
            if (!stepStringByte()) {
                return false;
            }
        }
        if (m_p == m_end) {
            m_p = start - 1;
            return fail(ErrorCode::Syntax, Tr::tr("string is not terminated"));
        }
        if (*m_p == '"') {
            out = QString::fromUtf8(start, m_p - start);
            ++m_p;
            return true;
        }
        QString result = QString::fromUtf8(start, m_p - start);
        while (m_p != m_end && *m_p != '"') {
            if (*m_p == '\\') {
                ++m_p;
                if (m_p == m_end) {
                    break;
                }
                const char esc = *m_p++;
                switch (esc) {
                case '"':
                    result += u'"';
                    break;
                case '\\':
                    result += u'\\';
                    break;
                case '/':
                    result += u'/';
                    break;
                case 'b':
                    result += u'\b';
                    break;
                case 'f':
                    result += u'\f';
                    break;
                case 'n':
                    result += u'\n';
                    break;
                case 'r':
                    result += u'\r';
                    break;
                case 't':
                    result += u'\t';
                    break;
                case 'u': {
                    char16_t unit = 0;
                    if (!parseHex4(unit)) {
                        return false;
                    }
                    if (QChar::isHighSurrogate(unit)) {
                        char16_t low = 0;
                        if (m_end - m_p < 6 || m_p[0] != '\\' || m_p[1] != 'u') {
                            return fail(ErrorCode::Syntax, Tr::tr("unpaired surrogate in \\u escape"));
                        }
                        m_p += 2;
                        if (!parseHex4(low)) {
                            return false;
                        }
                        if (!QChar::isLowSurrogate(low)) {
                            return fail(ErrorCode::Syntax, Tr::tr("unpaired surrogate in \\u escape"));
                        }
                        result += QChar(unit);
                        result += QChar(low);
                    } else if (QChar::isLowSurrogate(unit)) {
                        return fail(ErrorCode::Syntax, Tr::tr("unpaired surrogate in \\u escape"));
                    } else {
                        result += QChar(unit);
                    }
                    break;
                }
                default:
                    --m_p;
                    return fail(ErrorCode::Syntax, Tr::tr("invalid escape sequence"));
                }
                continue;
            }
            const char* run = m_p;
            while (m_p != m_end && *m_p != '"' && *m_p != '\\') {
                if (!stepStringByte()) {
                    return false;
                }
            }
            result += QString::fromUtf8(run, m_p - run);
        }
        if (m_p == m_end) {
            m_p = start - 1;
            return fail(ErrorCode::Syntax, Tr::tr("string is not terminated"));
        }
        ++m_p;
        out = std::move(result);
        return true;
    }

    bool parseNumber(double& out)
    {
        const char* start = m_p;
        if (*m_p == '-') {
            ++m_p;
        }
        if (m_p == m_end || !(*m_p >= '0' && *m_p <= '9')) {
            m_p = start;
            return fail(ErrorCode::Syntax, Tr::tr("invalid number"));
        }
        if (*m_p == '0') {
            ++m_p;
            if (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
                m_p = start;
                return fail(ErrorCode::Syntax, Tr::tr("invalid number: leading zeros are not allowed"));
            }
        } else {
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
                ++m_p;
            }
        }
        if (m_p != m_end && *m_p == '.') {
            ++m_p;
            if (m_p == m_end || !(*m_p >= '0' && *m_p <= '9')) {
                m_p = start;
                return fail(ErrorCode::Syntax, Tr::tr("invalid number: digits must follow the decimal point"));
            }
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
                ++m_p;
            }
        }
        if (m_p != m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p != m_end && (*m_p == '+' || *m_p == '-')) {
                ++m_p;
            }
            if (m_p == m_end || !(*m_p >= '0' && *m_p <= '9')) {
                m_p = start;
                return fail(ErrorCode::Syntax, Tr::tr("invalid number: digits must follow the exponent"));
            }
            while (m_p != m_end && *m_p >= '0' && *m_p <= '9') {
                ++m_p;
            }
        }
        const auto [ptr, ec] = std::from_chars(start, m_p, out);
        if (ec != std::errc() || ptr != m_p || !std::isfinite(out)) {
            m_p = start;
            return fail(ErrorCode::Syntax, Tr::tr("number is out of range"));
        }
        return true;
    }

    struct Scratch
    {
        std::vector<JsonNode> items;
        std::vector<QString> keys;

        void clear()
        {
            items.clear();
            keys.clear();
        }
        void moveInto(JsonNode& node)
        {
            node.m_items.assign(std::make_move_iterator(items.begin()), std::make_move_iterator(items.end()));
            node.m_keys.assign(std::make_move_iterator(keys.begin()), std::make_move_iterator(keys.end()));
            clear();
        }
    };

    const char* m_p;
    const char* m_begin;
    const char* m_end;
    JsonLimits m_limits;
    std::vector<Scratch> m_scratch;
    QHash<QByteArrayView, QString> m_keys;
    qsizetype m_values = 0;
    QString m_error;
    ErrorCode m_errorCode = ErrorCode::Syntax;
    qsizetype m_errorOffset = 0;
};

Result<JsonDocument> parseJson(const QByteArray& source, const QString& fileName, const JsonLimits& limits)
{
    if (source.size() > limits.maxBytes) {
        return failure(fileError(ErrorCode::Limit, fileName,
                                 Tr::tr("the file is larger than the limit of %1 bytes; refusing to read it")
                                     .arg(QLocale().toString(limits.maxBytes)))); // the language's default locale
    }
    JsonDocument doc;
    doc.map = SourceMap(source);
    if (source.startsWith("\xEF\xBB\xBF")) {
        return failure(
            Diagnostic{ErrorCode::Encoding,
                       Severity::Error,
                       fileName,
                       1,
                       1,
                       {},
                       Tr::tr("the file starts with a UTF-8 byte order mark; save it as UTF-8 without BOM")});
    }
    JsonParser parser(source, limits);
    if (!parser.parse(doc.root)) {
        const qsizetype at = parser.errorOffset();
        return failure(Diagnostic{parser.errorCode(),
                                  Severity::Error,
                                  fileName,
                                  doc.map.line(at),
                                  doc.map.column(at),
                                  {},
                                  parser.errorMessage()});
    }
    return doc;
}

void JsonWriter::newLine()
{
    m_out += '\n';
    m_out += QByteArray(qsizetype(m_levels.size()) * 2, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_levels.empty()) {
        Level& level = m_levels.back();
        if (level.count++ > 0) {
            m_out += ',';
        }
        newLine();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.push_back(Level{true, 0});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.back().count == 0;
    m_levels.pop_back();
    if (!empty) {
        newLine();
    }
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.push_back(Level{false, 0});
}

void JsonWriter::endArray()
{
    endObject(); // closing differs only in the bracket
    m_out.back() = ']';
}

void JsonWriter::key(QStringView name)
{
    Level& level = m_levels.back();
    if (level.count++ > 0) {
        m_out += ',';
    }
    newLine();
    m_afterKey = true; // the key is written like a value, without a separator of its own
    string(name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::string(QStringView value)
{
    beforeValue();
    QString escaped;
    escaped.reserve(value.size() + 2);
    escaped += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            escaped += u"\\\""_s;
            break;
        case u'\\':
            escaped += u"\\\\"_s;
            break;
        case u'\n':
            escaped += u"\\n"_s;
            break;
        case u'\t':
            escaped += u"\\t"_s;
            break;
        case u'\r':
            escaped += u"\\r"_s;
            break;
        default:
            if (c.unicode() < 0x20) {
                escaped += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
            } else {
                escaped += c;
            }
        }
    }
    escaped += u'"';
    m_out += escaped.toUtf8();
}

void JsonWriter::number(double value)
{
    beforeValue();
    if (!std::isfinite(value)) {
        m_out += "null"; // JSON has no NaN or infinity; null fails the reader's type check where it stands
        return;
    }
    // Whole numbers as integers, the rest in the shortest form that reads back to the same double.
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 9007199254740992.0) {
        m_out += QByteArray::number(qint64(value));
    } else {
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    }
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::strings(const QStringList& values)
{
    beforeValue();
    m_out += '[';
    const bool afterKey = m_afterKey;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0) {
            m_out += ", ";
        }
        m_afterKey = true; // no line break before an inline element
        string(values[i]);
    }
    m_afterKey = afterKey;
    m_out += ']';
}

void JsonWriter::scalar(const JsonNode& value)
{
    switch (value.type()) {
    case JsonNode::Type::Null:
        null();
        break;
    case JsonNode::Type::Bool:
        boolean(value.toBool());
        break;
    case JsonNode::Type::Number:
        number(value.toNumber());
        break;
    case JsonNode::Type::String:
        string(value.toString());
        break;
    case JsonNode::Type::Array:
    case JsonNode::Type::Object:
        break;
    }
}

void JsonWriter::node(const JsonNode& value)
{
    if (value.isObject()) {
        beginObject();
        for (std::size_t i = 0; i < value.items().size(); ++i) {
            key(value.keys()[i]);
            node(value.items()[i]);
        }
        endObject();
    } else if (value.isArray()) {
        const bool plain = std::all_of(value.items().begin(), value.items().end(),
                                       [](const JsonNode& item) { return !item.isArray() && !item.isObject(); });
        if (plain && !value.items().empty()) {
            beforeValue();
            m_out += '[';
            for (std::size_t i = 0; i < value.items().size(); ++i) {
                if (i > 0) {
                    m_out += ", ";
                }
                m_afterKey = true;
                scalar(value.items()[i]);
            }
            m_afterKey = false;
            m_out += ']';
        } else {
            beginArray();
            for (const JsonNode& item : value.items()) {
                node(item);
            }
            endArray();
        }
    } else {
        scalar(value);
    }
}

QByteArray JsonWriter::data() const
{
    return m_levels.empty() && !m_out.isEmpty() ? m_out + '\n' : m_out;
}

Result<bool> writeFileAtomically(const QString& path, const QByteArray& bytes, bool ownerOnly)
{
    if (auto allowed = files::checkOutput(path); !allowed) {
        return allowed;
    }
    // The file is always a new one, renamed into place: the one that was there (checked above to be no
    // link) is replaced, never changed, so another name of it (a hard link) keeps its content and mode.
    QSaveFile file(path);
    const auto failed = [&] {
        return failure(fileError(ErrorCode::Io, path, Tr::tr("cannot write the file: %1").arg(file.errorString())));
    };
    if (!file.open(QIODevice::WriteOnly)) {
        return failed();
    }
    if (ownerOnly) {
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        return failed();
    }
    return true;
}

Result<QByteArray> readFileBytes(const QString& path, qsizetype maxBytes)
{
    QFile file(path);
    if (QFileInfo(path).isDir()) {
        return failure(fileError(ErrorCode::Io, path, Tr::tr("is a directory, not a file")));
    }
    files::noteRead(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(fileError(ErrorCode::Io, path, Tr::tr("cannot open the file: %1").arg(file.errorString())));
    }
    // Read at most one byte past the limit so a huge or endless file (a FIFO, /dev/zero) cannot
    // exhaust memory; parseJson then refuses it by size.
    QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return failure(fileError(ErrorCode::Io, path, Tr::tr("cannot read the file: %1").arg(file.errorString())));
    }
    if (bytes.size() > maxBytes) {
        return failure(fileError(ErrorCode::Limit, path,
                                 Tr::tr("the file is larger than the limit of %1 bytes; refusing to read it")
                                     .arg(QLocale().toString(maxBytes))));
    }
    return bytes;
}

Result<JsonDocument> readJsonFile(const QString& path, const JsonLimits& limits)
{
    const auto bytes = readFileBytes(path, limits.maxBytes);
    if (!bytes) {
        return failure(bytes.error());
    }
    return parseJson(*bytes, path, limits);
}

} // namespace mamori
