#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QPainter;
class QTextLayout;

namespace mamori::report {

// Page geometry in decipoints (1/720 inch): a QPdfWriter at 720 dpi draws them 1:1, and fonts sized
// in whole decipoints keep a tenth of a point of precision.
constexpr double PageWidth = 5953;  // A4, 210 mm
constexpr double PageHeight = 8419; // 297 mm
constexpr double Pt = 10;           // one point

// The report's one typeface: BIZ UDPGothic, unshaped. Qt's PDF writer maps shaped CJK glyphs and digit
// runs back to the wrong characters with other fonts, so text could not be searched or copied;
// BIZ UDPGothic without shaping extracts exactly (docs/report-format.md).
QFont reportFont(double points, bool bold = false);

// Plain text as the layout shows it: line breaks kept, tabs made spaces, other control characters and
// direction overrides left out, so text typed by a user can neither inject markup nor break a line
// where it should not, nor draw itself backwards.
QString printable(const QString& text);

// A paragraph laid out once, for a column of the given width; painted as often as needed.
class TextBlock
{
public:
    TextBlock(const QString& text, const QFont& font, double width, QColor color = QColor(0x22, 0x22, 0x22),
              Qt::Alignment align = Qt::AlignLeft, double lineSpacing = 1.45);
    double height() const { return m_height; }
    int lineCount() const;
    double lineTop(int line) const;
    double lineBottom(int line) const;
    // Paints lines [first, last) with line `first`'s top at `top`, starting at `left`.
    void paint(QPainter& painter, double left, double top, int first, int last) const;
    void paint(QPainter& painter, QPointF topLeft) const { paint(painter, topLeft.x(), topLeft.y(), 0, lineCount()); }

private:
    std::shared_ptr<QTextLayout> m_layout;
    std::vector<double> m_tops; // per line, plus the bottom of the last
    QColor m_color;
    double m_height = 0;
};

using PaintFn = std::function<void(QPainter&)>;

struct Page
{
    std::vector<PaintFn> ops;
};

// A column of text on the page: a block placed at `x` (from the body's left).
struct Cell
{
    std::shared_ptr<const TextBlock> text;
    double x = 0;
};

// Flows blocks down the body of A4 pages, breaking pages where they are full. Text rows break
// between lines, so a long note continues on the next page; fixed blocks (charts, bars) move whole.
class Flow
{
public:
    explicit Flow(QRectF body);

    const QRectF& body() const { return m_body; }
    double width() const { return m_body.width(); }
    double y() const { return m_y; }
    double remaining() const { return m_body.bottom() - m_y; }
    bool atTop() const { return m_y <= m_body.top(); }
    int pageIndex() const { return int(m_pages.size()) - 1; }

    void newPage();
    // Starts a page unless `height` still fits on this one.
    void keep(double height);
    // Blank space, dropped at the top of a page.
    void space(double height);
    // A block of fixed height across the body; `paint` gets its rectangle.
    void fixed(double height, std::function<void(QPainter&, const QRectF&)> paint);
    // Cells side by side. A row of one cell breaks between lines where the page ends, once `minLines`
    // of its lines fit; a row of several moves whole to the next page unless it is taller than a page.
    void row(const std::vector<Cell>& cells, int minLines = 2);
    // A paragraph across the body, indented by `indent`.
    void paragraph(const QString& text, const QFont& font, double indent = 0, QColor color = QColor(0x22, 0x22, 0x22));
    // A hairline across the body at the current position.
    void rule(QColor color = QColor(0xd0, 0xd5, 0xdd));

    std::vector<Page> takePages() { return std::move(m_pages); }

private:
    QRectF m_body;
    double m_y = 0;
    std::vector<Page> m_pages;
};

} // namespace mamori::report
