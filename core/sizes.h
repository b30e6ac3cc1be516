#pragma once

#include <QtGlobal>

namespace mamori {

// File size limits written as `16 * MiB` multiply in qsizetype, so a larger limit can never overflow
// an int on the way.
inline constexpr qsizetype KiB = 1024;
inline constexpr qsizetype MiB = 1024 * KiB;

} // namespace mamori
