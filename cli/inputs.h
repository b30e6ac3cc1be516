#pragma once

#include "cli/command.h"
#include "core/answers.h"
#include "core/pack.h"
#include "core/profile.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mamori::cli {

// Loading the inputs every scoring command shares, reporting problems the same way everywhere.
std::optional<Pack> loadPackArgument(const QString& idOrPath, Context& ctx);
std::optional<Profile> loadProfileArgument(const QString& path, Context& ctx);
std::optional<AnswerSet> loadAnswersArgument(const QString& path, const Pack& pack, Context& ctx);

// Human labels for enum ids, translated.
QString tierLabel(Tier tier);
QString gradeLabel(Grade grade);
QString horizonLabel(const QString& horizonId);

// Pads a cell to `width` display columns.
QString pad(const QString& text, int width, bool right = false);
// Shortens to `width` display columns with an ellipsis.
QString elide(const QString& text, int width);

} // namespace mamori::cli
