#include "core/diagnostic.h"

#include <algorithm>

namespace mamori {

using namespace Qt::StringLiterals;

QString Diagnostic::toString() const
{
    QString out;
    if (!file.isEmpty()) {
        out += file;
        if (line > 0) {
            out += u':' + QString::number(line);
            if (column > 0) {
                out += u':' + QString::number(column);
            } else if (!columnName.isEmpty()) {
                out += u':' + columnName;
            }
        }
        out += u": "_s;
    }
    if (severity == Severity::Warning) {
        out += u"warning: "_s;
    }
    if (!path.isEmpty()) {
        out += path + u": "_s;
    }
    out += message;
    return out;
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace mamori
