#pragma once

#include "core/diagnostic.h"
#include "core/sizes.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

namespace mamori {

// The text encodings a spreadsheet saves CSV in. Excel in Japan writes Shift_JIS (Windows code page
// 932) unless told otherwise; "CSV UTF-8" adds a byte order mark.
enum class TextEncoding
{
    Utf8,
    Utf8WithBom,
    ShiftJis
};

struct CsvRow
{
    int line = 0; // the line the record starts on, 1-based
    QStringList cells;
};

// Reads RFC 4180 CSV one record at a time, so a file of a million rows never has to fit in memory:
// comma-separated, double quotes around cells that hold commas, quotes or line breaks, "" for a quote
// inside. Blank lines are skipped. The first record is the header, trimmed and lower-cased.
// The encoding is found first: UTF-8 (with or without BOM) when the whole file is valid UTF-8, else
// Shift_JIS (CP932); bytes that are neither are an Encoding error naming the line.
class CsvReader
{
public:
    // Limits (docs/catalog-format.md): a larger file, a wider header, a row with more cells than its
    // header, or a longer cell is refused at once with the limit named, so memory stays a small
    // multiple of one row whatever the file holds (a file of nothing but commas once took 24 bytes a
    // comma).
    static constexpr qint64 MaxBytes = 256 * MiB;
    static constexpr int MaxColumns = 512;
    static constexpr qsizetype MaxCellChars = 1'000'000;

    // From a file, or (for tests and small inputs) from bytes in memory.
    static Result<std::unique_ptr<CsvReader>> open(const QString& path);
    static Result<std::unique_ptr<CsvReader>> fromBytes(const QByteArray& bytes, const QString& fileName);

    const QStringList& header() const { return m_header; }
    TextEncoding encoding() const { return m_encoding; }
    const QString& fileName() const { return m_fileName; }
    // Bytes read so far and in all, for progress.
    qint64 position() const;
    qint64 size() const { return m_size; }

    // The next record, padded with empty cells to the header's width; nullopt at the end. An error
    // (unterminated quote, more cells than the header, a stray quote) stops the reading.
    Result<std::optional<CsvRow>> next();

private:
    CsvReader() = default;
    Result<bool> start();
    bool fill(); // decodes the next chunk into m_text; false at the end of the input
    Diagnostic problem(int line, const QString& message) const;
    Result<std::optional<CsvRow>> record();

    QString m_fileName;
    std::unique_ptr<QFile> m_file;
    QByteArray m_bytes; // when reading from memory
    qint64 m_bytesOffset = 0;
    qint64 m_size = 0;
    TextEncoding m_encoding = TextEncoding::Utf8;
    QStringDecoder m_decoder;
    QString m_text;
    qsizetype m_pos = 0;
    bool m_eof = false;
    int m_line = 1;
    QStringList m_header;
};

} // namespace mamori
