#pragma once

#include "core/csv.h"
#include "core/diagnostic.h"
#include "core/pack.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mamori {

class Vocabulary;

// The columns of a question spreadsheet (docs/authoring.md), in the order `exportPackCsv` writes them.
const QStringList& packCsvColumns();
// The columns every question spreadsheet must have.
const QStringList& packCsvRequiredColumns();

struct PackCsvOptions
{
    // Replaces the base pack's version when not empty: a spreadsheet edit makes a new version.
    QString version;
};

struct PackCsvImport
{
    QByteArray json; // the pack file, ready to sign
    Pack pack;       // `json`, loaded and validated
    TextEncoding encoding = TextEncoding::Utf8;
    int questions = 0;
    Diagnostics warnings; // located like errors
};

// Builds a pack from a question spreadsheet (one row per question) and a base pack file that gives all
// the rest: id, version, titles, guideline, scale, levels, categories, references and removed
// questions. The base's own questions, if it has any, are replaced, so the previous version of a pack
// serves as the base of the next. The spreadsheet may be UTF-8 (with or without BOM) or Shift_JIS.
//
// The result is validated exactly like a pack file, and every problem is reported where the author
// can fix it: a question's as `file.csv:line:column-name`, the base's as `base.json:line:column: path`.
// Nothing is returned unless the pack is valid.
Result<PackCsvImport> importPackCsv(const QString& csvPath, const QString& basePath,
                                    const PackCsvOptions& options = {});
Result<PackCsvImport> importPackCsv(const QString& csvPath, const QString& basePath, const PackCsvOptions& options,
                                    const Vocabulary& capabilities);

// A pack's questions as a spreadsheet in the import format: UTF-8 with a byte order mark (so Excel
// opens it as UTF-8) and CRLF line ends. Importing it with the pack as base gives the same questions.
QByteArray exportPackCsv(const Pack& pack);

} // namespace mamori
