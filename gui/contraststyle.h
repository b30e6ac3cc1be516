#pragma once

#include <QProxyStyle>

namespace mamori::gui {

// The platform's style, with check boxes that stay visible on a dark palette. Fusion outlines a check
// box in the window colour darkened, which on a dark desktop is the colour of the box itself: an
// unticked box in a list (the IT-assets page's cloud services and protections) vanished.
class ContrastStyle : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    // Links (the sources on a service's card) in a blue that reads on a dark palette: Qt's default
    // link colour is pure blue, nearly invisible on a dark window.
    void polish(QPalette& palette) override;
    using QProxyStyle::polish;

    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
};

} // namespace mamori::gui
