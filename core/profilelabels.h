#pragma once

#include "core/localizedtext.h"
#include "core/profile.h"

#include <QString>

namespace mamori {

// Human names, in Japanese and English, for the values of a profile's fields: what the desktop
// application shows in its forms and what reports print. Empty for an unknown value.

// 日本標準産業分類 (第14回改定, 2023) major divisions A–T.
LocalizedText industryName(QChar letter);
// Prefectures by JIS X 0401 code, 1 (北海道) to 47 (沖縄県).
LocalizedText prefectureName(int code);
LocalizedText sectorClassName(SectorClass sector);
LocalizedText tierName(Tier tier);
LocalizedText itStaffName(ItStaff staff);
// The ids of cloudServiceIds() and protectionIds().
LocalizedText cloudServiceName(const QString& id);
LocalizedText protectionName(const QString& id);

} // namespace mamori
