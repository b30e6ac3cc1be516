#pragma once

#include <QString>
#include <QStringView>

namespace mamori {

// What text typed by a person or brought by a file may hold. Control characters (ESC, NUL, the C1
// range, DEL) could clear or retitle a terminal that prints them, and the characters that reorder text
// (U+202A–202E, U+2066–2069) make a name read backwards in a list or a report: neither belongs in a
// firm's name, a note, a key's name or a catalog entry, so they are refused where text comes in.
struct TextRules
{
    bool lineBreaks = false; // tab and line break allowed (notes, descriptions)
    qsizetype maxLength = 0; // in characters (UTF-16 code units); 0: no limit
};

// Limits of the text fields people type (docs/cli.md lists them).
inline constexpr qsizetype MaxNameLength = 200;    // a firm's name
inline constexpr qsizetype MaxNoteLength = 10000;  // a note on an answer
inline constexpr qsizetype MaxKeyNameLength = 200; // the name of a signing key

// A control character (C0 other than tab and line breaks are included, DEL, C1) and a character that
// changes the direction of the text after it: what textProblem refuses, and what printing escapes or drops.
bool isControlCharacter(char32_t c);
bool changesDirection(char32_t c);

// Why `text` is refused, in words that name the character and where it is ("contains the control
// character U+001B at character 5"); empty when the text is fine.
QString textProblem(QStringView text, const TextRules& rules);

} // namespace mamori
