#pragma once

#include <QString>

namespace mamori {

// The folder where Mamori keeps the user's data (the database, installed packs): the same for the
// desktop application and the command line, whatever each calls itself — on Linux
// ~/.local/share/Mamori. Derived from the generic data location, not the per-application one,
// which would differ between `mamori` and `mamori-cli`.
QString dataFolder();

} // namespace mamori
