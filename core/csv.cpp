#include "core/csv.h"

#include "core/filesafety.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Csv)
};

constexpr qint64 ChunkBytes = 1 << 20;

// Feeds the whole input through `decoder` a chunk at a time; returns the 1-based line of the first
// undecodable byte, or 0 when everything decodes.
// `replacementIsBad`: ICU's Shift_JIS decoder may substitute U+FFFD without flagging an error, while
// in UTF-8 a U+FFFD can be a real character.
template <typename Read>
int firstBadLine(QStringDecoder& decoder, Read read, bool replacementIsBad)
{
    int line = 1;
    for (;;) {
        const QByteArray chunk = read();
        if (chunk.isEmpty()) {
            (void)decoder(QByteArrayView()); // flush a sequence cut off by the end of the file
            return decoder.hasError() ? line : 0;
        }
        const QString text = decoder(chunk);
        if (decoder.hasError() || (replacementIsBad && text.contains(QChar::ReplacementCharacter))) {
            // Find the line within the chunk: a line break is never part of a multi-byte character in
            // UTF-8 or Shift_JIS, so each line decodes on its own.
            const QList<QByteArray> lines = chunk.split('\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                QStringDecoder single(decoder.name());
                const QString one = single(lines[i]);
                (void)single(QByteArrayView());
                if (single.hasError() || (replacementIsBad && one.contains(QChar::ReplacementCharacter))) {
                    return line + int(i);
                }
            }
            return line;
        }
        line += int(text.count(u'\n'));
    }
}

} // namespace

Result<std::unique_ptr<CsvReader>> CsvReader::open(const QString& path)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_fileName = path;
    reader->m_file = std::make_unique<QFile>(path);
    files::noteRead(path);
    if (!reader->m_file->open(QIODevice::ReadOnly)) {
        return failure(
            fileError(ErrorCode::Io, path, Tr::tr("cannot read the file: %1").arg(reader->m_file->errorString())));
    }
    reader->m_size = reader->m_file->size();
    if (reader->m_size > MaxBytes) {
        return failure(fileError(
            ErrorCode::Limit, path,
            Tr::tr("the file is larger than the limit of %1 MiB for a spreadsheet; split it").arg(MaxBytes / MiB)));
    }
    if (auto started = reader->start(); !started) {
        return failure(started.error());
    }
    return reader;
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromBytes(const QByteArray& bytes, const QString& fileName)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_fileName = fileName;
    reader->m_bytes = bytes;
    reader->m_size = bytes.size();
    if (auto started = reader->start(); !started) {
        return failure(started.error());
    }
    return reader;
}

qint64 CsvReader::position() const
{
    return m_file ? m_file->pos() : m_bytesOffset;
}

Result<bool> CsvReader::start()
{
    const auto rewind = [this] {
        if (m_file) {
            m_file->seek(0);
        } else {
            m_bytesOffset = 0;
        }
    };
    const auto read = [this]() -> QByteArray {
        if (m_file) {
            return m_file->read(ChunkBytes);
        }
        QByteArray chunk = m_bytes.mid(m_bytesOffset, ChunkBytes);
        m_bytesOffset += chunk.size();
        return chunk;
    };
    const QByteArray head = read();
    const bool bom = head.startsWith("\xEF\xBB\xBF");
    rewind();
    // Decide the encoding on the whole file before reading a row: a file that turns out not to be
    // UTF-8 on its last line must not have been half read as UTF-8.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const int badUtf8 = firstBadLine(utf8, read, false);
    rewind();
    if (badUtf8 == 0) {
        m_encoding = bom ? TextEncoding::Utf8WithBom : TextEncoding::Utf8;
        m_decoder = QStringDecoder(QStringDecoder::Utf8);
    } else if (bom) {
        return failure(Diagnostic{ErrorCode::Encoding,
                                  Severity::Error,
                                  m_fileName,
                                  badUtf8,
                                  0,
                                  {},
                                  Tr::tr("the file starts with a UTF-8 byte order mark but is not valid UTF-8")});
    } else {
        QStringDecoder sjis("windows-31j");
        if (!sjis.isValid()) {
            return failure(Diagnostic{ErrorCode::Encoding,
                                      Severity::Error,
                                      m_fileName,
                                      badUtf8,
                                      0,
                                      {},
                                      Tr::tr("the file is not UTF-8, and this Qt cannot read Shift_JIS")});
        }
        const int badSjis = firstBadLine(sjis, read, true);
        rewind();
        if (badSjis != 0) {
            return failure(Diagnostic{ErrorCode::Encoding,
                                      Severity::Error,
                                      m_fileName,
                                      badSjis,
                                      0,
                                      {},
                                      Tr::tr("the file is neither UTF-8 nor Shift_JIS; save it as \"CSV UTF-8\"")});
        }
        m_encoding = TextEncoding::ShiftJis;
        m_decoder = QStringDecoder("windows-31j");
    }
    // The decoder drops a UTF-8 BOM itself.
    for (;;) {
        auto header = record();
        if (!header) {
            return failure(header.error());
        }
        if (!*header) {
            return failure(problem(1, Tr::tr("the file is empty; the first row must name the columns")));
        }
        m_header = (*header)->cells;
        for (QString& name : m_header) {
            name = name.trimmed().toLower();
        }
        return true;
    }
}

bool CsvReader::fill()
{
    if (m_eof) {
        return false;
    }
    QByteArray chunk;
    if (m_file) {
        chunk = m_file->read(ChunkBytes);
    } else {
        chunk = m_bytes.mid(m_bytesOffset, ChunkBytes);
        m_bytesOffset += chunk.size();
    }
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_text.remove(0, m_pos);
    m_pos = 0;
    m_text += m_decoder(chunk);
    return true;
}

Diagnostic CsvReader::problem(int line, const QString& message) const
{
    return Diagnostic{ErrorCode::Syntax, Severity::Error, m_fileName, line, 0, {}, message};
}

Result<std::optional<CsvRow>> CsvReader::next()
{
    for (;;) {
        auto row = record();
        if (!row || !*row) {
            return row;
        }
        CsvRow& r = **row;
        if (r.cells.size() > m_header.size()) {
            return failure(problem(r.line, Tr::tr("this row has %1 cells but the header names only %2 columns")
                                               .arg(r.cells.size())
                                               .arg(m_header.size())));
        }
        while (r.cells.size() < m_header.size()) {
            r.cells.append(QString());
        }
        return row;
    }
}

Result<std::optional<CsvRow>> CsvReader::record()
{
    // Reads one record; skips blank lines. Needs at most one character of look-ahead, refilled as
    // the text runs out.
    const auto peek = [this](QChar* c) {
        while (m_pos >= m_text.size()) {
            if (!fill()) {
                return false;
            }
        }
        *c = m_text[m_pos];
        return true;
    };
    for (;;) {
        QChar c;
        if (!peek(&c)) {
            return std::optional<CsvRow>();
        }
        CsvRow row;
        row.line = m_line;
        bool blank = true;
        QString cell;
        // The header may be up to MaxColumns wide; a row no wider than the header (next() says so).
        const qsizetype widest = m_header.isEmpty() ? MaxColumns : m_header.size();
        const auto tooLong = [&] {
            return failure(problem(row.line, Tr::tr("a cell is longer than %1 characters; is this the right file?")
                                                 .arg(QLocale().toString(MaxCellChars))));
        };
        for (;;) {
            cell.clear();
            if (row.cells.size() >= widest) {
                return failure(problem(
                    row.line,
                    m_header.isEmpty()
                        ? Tr::tr("the header names more than %1 columns; is this the right file?").arg(MaxColumns)
                        : Tr::tr("this row has more cells than the header's %1 columns").arg(widest)));
            }
            if (peek(&c) && c == u'"') {
                blank = false;
                const int quoteLine = m_line;
                ++m_pos;
                for (;;) {
                    if (!peek(&c)) {
                        return failure(problem(quoteLine, Tr::tr("a quoted cell is never closed (a \" is missing)")));
                    }
                    ++m_pos;
                    if (c == u'"') {
                        QChar after;
                        if (peek(&after) && after == u'"') {
                            cell.append(u'"');
                            ++m_pos;
                            continue;
                        }
                        break;
                    }
                    if (c == u'\n') {
                        ++m_line;
                    }
                    if (c != u'\r') {
                        cell.append(c);
                        if (cell.size() > MaxCellChars) {
                            return tooLong();
                        }
                    }
                }
                if (peek(&c) && c != u',' && c != u'\n' && c != u'\r') {
                    return failure(problem(m_line, Tr::tr("text after the closing quote of a cell; put the whole cell "
                                                          "in quotes and double the quotes inside it")));
                }
            } else {
                while (peek(&c) && c != u',' && c != u'\n' && c != u'\r') {
                    if (c == u'"') {
                        return failure(problem(m_line, Tr::tr("a quote inside a cell that does not start with one; "
                                                              "put the whole cell in quotes and double the quotes "
                                                              "inside it")));
                    }
                    cell.append(c);
                    ++m_pos;
                    if (cell.size() > MaxCellChars) {
                        return tooLong();
                    }
                }
                if (!cell.isEmpty()) {
                    blank = false;
                }
            }
            row.cells.append(cell);
            if (peek(&c) && c == u',') {
                blank = false;
                ++m_pos;
                continue;
            }
            // The end of the record: \n, \r\n, a lone \r, or the end of the input.
            if (peek(&c) && c == u'\r') {
                ++m_pos;
            }
            if (peek(&c) && c == u'\n') {
                ++m_pos;
            }
            ++m_line;
            break;
        }
        // Excel saves rows that were once formatted as ",,,,": empty cells only, as good as blank.
        if (!blank && std::any_of(row.cells.cbegin(), row.cells.cend(),
                                  [](const QString& value) { return !value.trimmed().isEmpty(); })) {
            return std::optional<CsvRow>(std::move(row));
        }
    }
}

} // namespace mamori
