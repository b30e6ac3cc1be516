#include "core/textcheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::TextCheck)
};

} // namespace

bool changesDirection(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

bool isControlCharacter(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

QString textProblem(QStringView text, const TextRules& rules)
{
    if (rules.maxLength > 0 && text.size() > rules.maxLength) {
        return Tr::tr("is %1 characters long; the limit is %2")
            .arg(QLocale().toString(text.size()), QLocale().toString(rules.maxLength));
    }
    qsizetype position = 0;
    for (const char32_t c : text.toUcs4()) {
        ++position;
        const QString code = u"U+"_s + QString::number(uint(c), 16).toUpper().rightJustified(4, u'0');
        if (c == U'\t' || c == U'\n' || c == U'\r') {
            if (!rules.lineBreaks) {
                return Tr::tr("contains a tab or line break at character %1; keep it on one line").arg(position);
            }
        } else if (isControlCharacter(c)) {
            return Tr::tr("contains the control character %1 at character %2; remove it").arg(code).arg(position);
        } else if (changesDirection(c)) {
            return Tr::tr("contains %1, which changes the direction of the text after it, at character %2; remove "
                          "it")
                .arg(code)
                .arg(position);
        }
    }
    return {};
}

} // namespace mamori
