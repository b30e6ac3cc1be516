#pragma once

#include "core/answers.h"
#include "core/localizedtext.h"
#include "core/pack.h"
#include "core/profile.h"
#include "core/scorer.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace mamori {

// What a report is made from: a scored assessment and who it is for.
struct ReportInput
{
    const Pack& pack;
    const Profile& profile;
    const AnswerSet& answers;
    const ScoreResult& result;
    QDateTime generatedAt;
    QString consultant; // may be empty
};

// The names of a plan step's cost or effort and of its horizon, translated ("low", "this week"); the
// reports and the command line's text output say them the same way.
QString gradeLabel(Grade grade);
QString horizonLabel(Horizon horizon);
// Why a question has no answer to show ("not answered", "does not apply to this firm").
QString questionStateLabel(QuestionState state);

// Version of the JSON report format (docs/report-format.md, docs/schema/report.schema.json). Raised
// when a key changes meaning or disappears; new keys do not raise it.
constexpr int ReportFormatVersion = 1;

// The whole result as JSON: the firm's profile, the pack, the overall and per-category scores (the
// `assess --format json` object), every question with its answer, points and note, and the plan
// with its recommendations. Texts in both languages, so one file serves either.
QJsonObject reportToJson(const ReportInput& input);
QByteArray reportToJsonBytes(const ReportInput& input);

// The answers, category scores and plan as one CSV table for Excel: UTF-8 with a byte order mark,
// CRLF, one row per item with a "section" column; headers and texts in `language`. Cells that a
// spreadsheet would run as a formula (=, +, -, @, tab) are neutralised.
QByteArray reportToCsv(const ReportInput& input, Language language);

} // namespace mamori
