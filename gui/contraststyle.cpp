#include "gui/contraststyle.h"

#include <QPainter>
#include <QStyleOption>

namespace mamori::gui {

void ContrastStyle::polish(QPalette& palette)
{
    QProxyStyle::polish(palette);
    if (palette.color(QPalette::Base).lightness() >= 128) {
        return;
    }
    if (palette.color(QPalette::Link).lightness() < 140) {
        palette.setColor(QPalette::Link, QColor(0x7a, 0xb8, 0xff));
    }
    if (palette.color(QPalette::LinkVisited).lightness() < 140) {
        palette.setColor(QPalette::LinkVisited, QColor(0xc4, 0xa0, 0xff));
    }
}

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                                  const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool checkBox = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!checkBox || option->palette.color(QPalette::Window).lightness() >= 128) {
        return;
    }
    // A frame in the text colour, half strength: seen on dark, quieter than the text beside it.
    QColor frame = option->palette.color(QPalette::Text);
    frame.setAlpha(option->state.testFlag(State_Enabled) ? 150 : 70);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setPen(QPen(frame, 1));
    painter->setBrush(Qt::NoBrush);
    const int side = std::min(option->rect.width(), option->rect.height()) - 1;
    const QRect box(option->rect.x() + (option->rect.width() - side) / 2,
                    option->rect.y() + (option->rect.height() - side) / 2, side, side);
    painter->drawRect(box.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace mamori::gui
