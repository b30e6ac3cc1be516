#pragma once

#include <QByteArray>
#include <QString>

namespace mamori::bench {

// A pack shaped like the bundled ones (bilingual text, help, refs, applicability expressions on a third
// of the questions, recommendations), with `count` questions over 10 categories. Deterministic, so
// runs compare.
QByteArray generatePack(int count, const QString& id);

} // namespace mamori::bench
