#pragma once

#include "core/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace mamori {

struct Pack;

// The answers given to one pack: question id → scale choice id, and optional notes.
struct AnswerSet
{
    QString packId;
    QString packVersion;
    QHash<QString, QString> choices;
    QHash<QString, QString> notes;
    // The stored revision of each answered or noted question, when read from a Store (a write names it
    // so a colleague's later change is not overwritten unseen); empty for answers read from a file.
    QHash<QString, qint64> revisions;
};

// Reads an answers file (DESIGN.md "Answers"). With a pack, also checks that the file is for that pack
// and that every question and choice exists; a different version of the same pack is a warning,
// appended to `warnings` when given.
Result<AnswerSet> parseAnswers(const QByteArray& json, const QString& fileName, const Pack* pack = nullptr,
                               Diagnostics* warnings = nullptr);
Result<AnswerSet> loadAnswers(const QString& path, const Pack* pack = nullptr, Diagnostics* warnings = nullptr);

QJsonObject answersToJson(const AnswerSet& answers);

} // namespace mamori
