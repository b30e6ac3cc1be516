#include "report/pagelayout.h"

#include "core/textcheck.h"

#include <QPainter>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace mamori::report {

using namespace Qt::StringLiterals;

QFont reportFont(double points, bool bold)
{
    QFont font;
    font.setFamilies({u"BIZ UDPGothic"_s});
    font.setPixelSize(int(std::lround(points * Pt)));
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    font.setBold(bold);
    return font;
}

QString printable(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\r') {
            if (i + 1 < text.size() && text[i + 1] == u'\n') {
                continue;
            }
            out.append(QChar::LineSeparator);
        } else if (c == u'\n' || c == QChar::ParagraphSeparator) {
            out.append(QChar::LineSeparator);
        } else if (c == u'\t') {
            out.append(u' ');
        } else if (isControlCharacter(c.unicode()) || changesDirection(c.unicode())) {
            // Left out: an escape sequence or a direction override that text stored by an earlier Mamori
            // may hold would otherwise be drawn, or draw the text after it backwards.
            continue;
        } else {
            out.append(c);
        }
    }
    return out;
}

namespace {

// Runs of text with no place to break a line (a pasted hash, base64, a URL) longer than this get an
// invisible break opportunity (U+200B) every few characters. Left to Qt, every line starting inside such
// a run measured the whole rest of it first, so layout was quadratic: a 5 MB note did not finish in two
// minutes. No word of a language is this long, so prose is never broken inside a word.
constexpr qsizetype LongestUnbroken = 64;
constexpr qsizetype BreakEvery = 8;

QString withBreakOpportunities(const QString& text)
{
    if (text.size() <= LongestUnbroken) {
        return text;
    }
    QTextBoundaryFinder lines(QTextBoundaryFinder::Line, text);
    QString out;
    qsizetype from = 0;
    for (qsizetype to = lines.toNextBoundary(); to != -1; to = lines.toNextBoundary()) {
        if (to - from > LongestUnbroken) {
            qsizetype start = from;
            while (to - start > BreakEvery) {
                qsizetype cut = start + BreakEvery;
                if (text[cut].isLowSurrogate()) {
                    --cut; // never between the halves of one character
                }
                out += QStringView(text).sliced(start, cut - start);
                out += QChar(0x200B);
                start = cut;
            }
            from = start;
        }
        out += QStringView(text).sliced(from, to - from);
        from = to;
    }
    return out;
}

} // namespace

TextBlock::TextBlock(const QString& text, const QFont& font, double width, QColor color, Qt::Alignment align,
                     double lineSpacing)
    : m_layout(std::make_shared<QTextLayout>(withBreakOpportunities(printable(text)), font)), m_color(color)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(align);
    // Positions independent of any screen's hinting: the preview and the PDF break lines alike.
    option.setUseDesignMetrics(true);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    const double lineAdvance = font.pixelSize() * lineSpacing;
    double y = 0;
    m_layout->beginLayout();
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(width);
        // Centre the glyphs in the taller line box, so text sits in the middle of its row.
        line.setPosition(QPointF(0, y + std::max(0.0, (lineAdvance - line.height()) / 2)));
        m_tops.push_back(y);
        y += std::max(lineAdvance, line.height());
    }
    m_layout->endLayout();
    m_tops.push_back(y);
    m_height = y;
}

int TextBlock::lineCount() const
{
    return int(m_tops.size()) - 1;
}

double TextBlock::lineTop(int line) const
{
    return m_tops[std::size_t(line)];
}

double TextBlock::lineBottom(int line) const
{
    return m_tops[std::size_t(line) + 1];
}

void TextBlock::paint(QPainter& painter, double left, double top, int first, int last) const
{
    if (first >= last) {
        return;
    }
    painter.save();
    painter.setPen(m_color);
    const QPointF origin(left, top - lineTop(first));
    for (int i = first; i < last; ++i) {
        m_layout->lineAt(i).draw(&painter, origin);
    }
    painter.restore();
}

Flow::Flow(QRectF body) : m_body(body)
{
    newPage();
}

void Flow::newPage()
{
    m_pages.emplace_back();
    m_y = m_body.top();
}

void Flow::keep(double height)
{
    if (!atTop() && m_y + height > m_body.bottom()) {
        newPage();
    }
}

void Flow::space(double height)
{
    if (!atTop()) {
        m_y = std::min(m_y + height, m_body.bottom());
    }
}

void Flow::fixed(double height, std::function<void(QPainter&, const QRectF&)> paint)
{
    keep(height);
    const QRectF rect(m_body.left(), m_y, m_body.width(), height);
    m_pages.back().ops.push_back([paint = std::move(paint), rect](QPainter& painter) { paint(painter, rect); });
    m_y += height;
}

void Flow::row(const std::vector<Cell>& cells, int minLines)
{
    if (cells.empty()) {
        return;
    }
    double height = 0;
    for (const Cell& cell : cells) {
        height = std::max(height, cell.text->height());
    }
    if (m_y + height > m_body.bottom() && !atTop()) {
        // A paragraph breaks between lines once its first lines fit here; a row of several columns
        // moves whole to the next page unless it is taller than a page.
        const TextBlock& lead = *cells.front().text;
        const int needed = std::min(minLines, lead.lineCount());
        const bool leadFits = needed > 0 && m_y + lead.lineBottom(needed - 1) <= m_body.bottom();
        if (!leadFits || (cells.size() > 1 && height <= m_body.height())) {
            newPage();
        }
    }
    std::vector<int> next(cells.size(), 0);
    for (;;) {
        const double available = m_body.bottom() - m_y;
        double used = 0;
        bool progressed = false;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const TextBlock& text = *cells[i].text;
            const int first = next[i];
            int last = first;
            while (last < text.lineCount() && text.lineBottom(last) - text.lineTop(first) <= available) {
                ++last;
            }
            // A line taller than a whole page still goes somewhere rather than looping for ever.
            if (last == first && first < text.lineCount() && atTop()) {
                last = first + 1;
            }
            if (last > first) {
                const double top = m_y;
                const double left = m_body.left() + cells[i].x;
                auto block = cells[i].text;
                m_pages.back().ops.push_back([block, left, top, first, last](QPainter& painter) {
                    block->paint(painter, left, top, first, last);
                });
                used = std::max(used, text.lineBottom(last - 1) - text.lineTop(first));
                next[i] = last;
                progressed = true;
            }
        }
        m_y += used;
        bool done = true;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            done = done && next[i] >= cells[i].text->lineCount();
        }
        if (done) {
            return;
        }
        if (!progressed && atTop()) {
            return; // nothing can be placed at all (cannot happen with a positive body height)
        }
        newPage();
    }
}

void Flow::paragraph(const QString& text, const QFont& font, double indent, QColor color)
{
    row({Cell{std::make_shared<TextBlock>(text, font, width() - indent, color), indent}});
}

void Flow::rule(QColor color)
{
    const double y = m_y;
    const double left = m_body.left();
    const double right = m_body.right();
    m_pages.back().ops.push_back([y, left, right, color](QPainter& painter) {
        painter.save();
        painter.setPen(QPen(color, 0.5 * Pt));
        painter.drawLine(QPointF(left, y), QPointF(right, y));
        painter.restore();
    });
}

} // namespace mamori::report
