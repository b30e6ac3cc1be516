#pragma once

#include <QList>
#include <QString>

#include <tl/expected.hpp>

namespace mamori {

// What went wrong, so tests and callers can tell kinds apart without parsing messages.
enum class ErrorCode
{
    Io,         // the file could not be read or written
    Limit,      // too large, too deep: refused before it can exhaust memory or time
    Encoding,   // not UTF-8
    Syntax,     // not JSON
    Type,       // a value of the wrong JSON type
    UnknownKey, // a key the format does not define (most often a typo)
    Missing,    // a required key or language is absent
    Duplicate,  // an id or key given twice
    Reference,  // an id that names nothing (category, choice, question, reference, capability)
    Value,      // a value outside its allowed range or set
    Expression, // an applicability expression that does not parse or type-check
    Cycle,      // follow-up questions that depend on each other in a loop
    Mismatch,   // input made for another pack or version
    Corrupt,    // a database file that is damaged or not a database at all
    Foreign,    // an SQLite database of another program
    Newer,      // a database written by a newer Mamori
    Locked,     // a database in use by another Mamori
    ReadOnly,   // a database whose file or folder this user cannot write: it can only be read
    Database,   // any other failure of the database
    Untrusted,  // a pack whose signature does not verify, or unsigned where a signature is required
    Conflict,   // a change to data someone else changed since it was read
};

enum class Severity
{
    Error,
    Warning
};

// One problem found in an input, located as precisely as the input allows. `line` and `column` are
// 1-based and count characters (not bytes); 0 means "unknown". `path` is a JSON path such as
// `$.questions[3].text.ja`.
struct Diagnostic
{
    ErrorCode code = ErrorCode::Syntax;
    Severity severity = Severity::Error;
    QString file;
    int line = 0;
    int column = 0;
    QString path;
    QString message;
    // For rows of a table (CSV): the column's name, printed where a column number would stand.
    QString columnName = {};

    // `file:line:column: path: message` (for tables `file:line:column-name: message`), leaving out
    // the parts that are unknown.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

// The common case: an error about a whole file (or database, or address), without a position in it.
inline Diagnostic fileError(ErrorCode code, QString file, QString message)
{
    return Diagnostic{code, Severity::Error, std::move(file), 0, 0, {}, std::move(message)};
}

bool hasErrors(const Diagnostics& diagnostics);

// The result type of every fallible core function: a value, or every problem found. Exceptions never
// cross a public core function.
template <typename T>
using Result = tl::expected<T, Diagnostics>;

inline tl::unexpected<Diagnostics> failure(Diagnostic d)
{
    return tl::unexpected<Diagnostics>(Diagnostics{std::move(d)});
}

inline tl::unexpected<Diagnostics> failure(Diagnostics ds)
{
    return tl::unexpected<Diagnostics>(std::move(ds));
}

} // namespace mamori
