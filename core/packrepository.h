#pragma once

#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "core/pack.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mamori {

enum class PackSource
{
    Bundled,
    User,
    Path
};
QString packSourceId(PackSource source);

struct PackEntry
{
    QString id;
    QString version;
    LocalizedText title;
    int questionCount = 0;
    QString path;
    PackSource source = PackSource::Bundled;
};

// Finds packs by id across the search path: the folders in $MAMORI_PACK_PATH (':'-separated), the
// user's data folder (dataFolder()/packs), then the packs compiled into Mamori. When several folders hold
// the same id, the highest version wins, and at equal versions the earlier folder.
class PackRepository
{
public:
    PackRepository();
    explicit PackRepository(QStringList folders);

    static QStringList defaultFolders();
    static QString bundledFolder();

    // Every valid pack found; packs that fail to load are reported in `problems` and left out.
    std::vector<PackEntry> list(Diagnostics* problems = nullptr) const;

    // `idOrPath` is a file when it names an existing file or ends in ".json"; otherwise a pack id.
    // Files named after the id that fail to load are reported: with the error when no valid pack has
    // the id, else as `warnings` (the valid pack found may be an older version).
    Result<Pack> find(const QString& idOrPath, Diagnostics* warnings = nullptr) const;

    // Compares MAJOR.MINOR.PATCH numerically: negative, zero or positive.
    static int compareVersions(const QString& a, const QString& b);

private:
    QStringList m_folders;
};

} // namespace mamori
