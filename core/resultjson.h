#pragma once

#include "core/pack.h"
#include "core/profile.h"
#include "core/scorer.h"

#include <QByteArray>
#include <QJsonObject>

namespace mamori {

// The stable JSON form of a scored assessment (DESIGN.md "assess --format json"). Keys come out sorted
// and numbers rounded, so identical inputs give byte-identical output.
QJsonObject resultToJson(const Pack& pack, const Profile& profile, const ScoreResult& result);
QByteArray resultToJsonBytes(const Pack& pack, const Profile& profile, const ScoreResult& result);

} // namespace mamori
