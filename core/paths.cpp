#include "core/paths.h"

#include <QStandardPaths>

namespace mamori {

QString dataFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/Mamori");
}

} // namespace mamori
