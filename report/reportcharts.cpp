#include "report/reportcharts.h"

#include "core/format.h"
#include "report/pagelayout.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mamori::report {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::ReportCharts)
};

const QColor scoreColour(0x1f, 0x6f, 0xb4);
const QColor targetColour(0xd0, 0x70, 0x20);
const QColor gapColour(0xf2, 0xb8, 0x8c);
const QColor gridColour(0xd8, 0xdc, 0xe2);
const QColor labelColour(0x33, 0x33, 0x33);

QString shortened(const QString& label, int length)
{
    return label.size() > length ? label.left(length - 1) + u'…' : label;
}

// A long area name on two lines (Qt Charts draws axis labels as rich text, and cuts a label wider than
// its share of the chart with "…"): at the space nearest the middle, or in a Japanese name, which has
// none, after the particle or separator nearest the middle (の, ・, と, 、).
QString twoLines(const QString& label)
{
    if (label.size() <= 12) {
        return label.toHtmlEscaped();
    }
    const qsizetype middle = label.size() / 2;
    const auto nearest = [&label, middle](auto isBreak) -> qsizetype {
        for (qsizetype d = 0; d < middle - 2; ++d) {
            for (const qsizetype i : {middle + d, middle - d}) {
                if (isBreak(label[i])) {
                    return i;
                }
            }
        }
        return -1;
    };
    if (const qsizetype space = nearest([](QChar c) { return c == u' '; }); space > 0) {
        return label.left(space).toHtmlEscaped() + u"<br>"_s + label.mid(space + 1).toHtmlEscaped();
    }
    qsizetype cut = nearest([](QChar c) { return c == u'の' || c == u'・' || c == u'と' || c == u'、'; });
    cut = cut > 0 ? cut + 1 : middle;
    return label.left(cut).toHtmlEscaped() + u"<br>"_s + label.mid(cut).toHtmlEscaped();
}

void styleAxis(QAbstractAxis* axis)
{
    axis->setLabelsFont(reportFont(8));
    axis->setLabelsColor(labelColour);
    axis->setLinePen(QPen(QColor(0x99, 0x99, 0x99), 0.6 * Pt));
    axis->setGridLinePen(QPen(gridColour, 0.5 * Pt));
}

void styleChart(QChart* chart, QSizeF size, Language language)
{
    // The report's language, not the window's: month names on the time axis come from the chart's
    // locale, and an English report from a Japanese desktop must not read "11月 2026". Not
    // setLocalizeNumbers: with it, Qt 6.4 draws no label for the axes' "%d" format.
    chart->setLocale(localeFor(language));
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(0, 0, 0, 0));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    chart->legend()->hide();
    chart->setGeometry(QRectF(QPointF(0, 0), size));
}

} // namespace

std::vector<ChartArea> chartAreas(const Pack& pack, const ScoreResult& result, Language language)
{
    std::vector<ChartArea> areas;
    for (const CategoryScore& c : result.categories) {
        if (c.maxPoints > 0) {
            areas.push_back({int(areas.size()) + 1, pack.categories[std::size_t(c.category)].title.text(language),
                             c.score, c.target, c.gap});
        }
    }
    return areas;
}

AxisSteps roundAxis(double largest, int ticks)
{
    if (!(largest > 0)) {
        return {10, 2};
    }
    const double rough = largest / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = 10 * magnitude;
    for (const double m : {1.0, 2.0, 5.0}) {
        if (m * magnitude >= rough) {
            step = m * magnitude;
            break;
        }
    }
    return {std::ceil(largest / step) * step, step};
}

ChartPicture::ChartPicture(QChart* chart, QSizeF size) : m_scene(std::make_unique<QGraphicsScene>()), m_size(size)
{
    m_scene->addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), size));
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    // The chart lays out its axes, grid and legend on posted layout requests; with no event loop
    // turning before it is painted they would be missing. Deliver the chart's own events now.
    QCoreApplication::sendPostedEvents(chart);
    for (QObject* child : chart->findChildren<QObject*>()) {
        QCoreApplication::sendPostedEvents(child);
    }
}

ChartPicture::~ChartPicture() = default;

void ChartPicture::addLegend(const QString& name, const QPen& pen)
{
    m_legend.emplace_back(name, pen);
}

void ChartPicture::paint(QPainter& painter, const QRectF& target) const
{
    constexpr double RowHeight = 300, Swatch = 320, Gap = 80, Between = 300;
    const QFont font = reportFont(8);
    const QFontMetricsF metrics(font);
    // Legend entries in centred rows, as many rows as the width needs.
    std::vector<std::vector<std::size_t>> rows;
    std::vector<double> widths;
    double rowWidth = 0;
    for (std::size_t i = 0; i < m_legend.size(); ++i) {
        const double w = Swatch + Gap + metrics.horizontalAdvance(m_legend[i].first);
        if (rows.empty() || rowWidth + Between + w > target.width()) {
            rows.emplace_back();
            widths.push_back(0);
            rowWidth = -Between;
        }
        rows.back().push_back(i);
        rowWidth += Between + w;
        widths.back() = rowWidth;
    }
    const double legendHeight = RowHeight * double(rows.size());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, target.adjusted(0, 0, 0, -legendHeight), m_scene->sceneRect(), Qt::KeepAspectRatio);
    painter.setFont(font);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        double x = target.center().x() - widths[r] / 2;
        const double y = target.bottom() - legendHeight + RowHeight * (double(r) + 0.5);
        for (const std::size_t i : rows[r]) {
            const auto& [name, pen] = m_legend[i];
            QPen swatch = pen;
            swatch.setWidthF(std::max(pen.widthF(), 1.6 * Pt));
            painter.setPen(swatch);
            painter.drawLine(QPointF(x, y), QPointF(x + Swatch, y));
            x += Swatch + Gap;
            painter.setPen(labelColour);
            const double advance = metrics.horizontalAdvance(name);
            painter.drawText(QRectF(x, y - RowHeight / 2, advance + 10, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             name);
            x += advance + Between;
        }
    }
    painter.restore();
}

std::shared_ptr<ChartPicture> radarChart(const Pack& pack, const ScoreResult& result, Language language, QSizeF size)
{
    auto* chart = new QPolarChart;
    styleChart(chart, size, language);
    auto* scores = new QLineSeries;
    scores->setName(Tr::tr("Score"));
    auto* goal = new QLineSeries;
    goal->setName(Tr::tr("Target for this size of firm"));
    const std::vector<ChartArea> shown = chartAreas(pack, result, language);
    const int n = int(shown.size());
    for (int i = 0; i <= n && n > 0; ++i) {
        const double angle = 360.0 * (i % n) / n;
        scores->append(angle, shown[std::size_t(i % n)].score);
        goal->append(angle, shown[std::size_t(i % n)].target);
    }
    QPen goalPen(targetColour, 1.4 * Pt);
    goalPen.setStyle(Qt::DashLine);
    goal->setPen(goalPen);
    scores->setPen(QPen(scoreColour, 2.2 * Pt));
    chart->addSeries(goal);
    chart->addSeries(scores);
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < n; ++i) {
        angular->append(QString::number(shown[std::size_t(i)].number), 360.0 * i / n);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(u"%d"_s);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QAbstractAxis* axis : {static_cast<QAbstractAxis*>(angular), static_cast<QAbstractAxis*>(radial)}) {
        styleAxis(axis);
    }
    for (QLineSeries* s : {goal, scores}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    auto picture = std::make_shared<ChartPicture>(chart, size);
    picture->addLegend(scores->name(), scores->pen());
    picture->addLegend(goal->name(), goal->pen());
    return picture;
}

std::shared_ptr<ChartPicture> gapChart(const Pack& pack, const ScoreResult& result, Language language, QSizeF size)
{
    auto* chart = new QChart;
    styleChart(chart, size, language);
    std::vector<ChartArea> shown = chartAreas(pack, result, language);
    std::stable_sort(shown.begin(), shown.end(), [](const ChartArea& a, const ChartArea& b) { return a.gap > b.gap; });
    auto* score = new QBarSet(Tr::tr("Score"));
    score->setColor(scoreColour);
    score->setBorderColor(scoreColour);
    score->setLabelColor(Qt::white);
    score->setLabelFont(reportFont(7.5));
    auto* gap = new QBarSet(Tr::tr("Gap to the target"));
    gap->setColor(gapColour);
    gap->setBorderColor(targetColour);
    gap->setLabelColor(QColor(0x6b, 0x2a, 0x00));
    gap->setLabelFont(reportFont(7.5));
    QStringList names;
    for (auto it = shown.rbegin(); it != shown.rend(); ++it) { // the chart draws from the bottom up
        *score << it->score;
        *gap << it->gap;
        // The number ties the bar to the radar's spoke and to the table that names both in full.
        names.append(u"%1  %2"_s.arg(it->number).arg(twoLines(shortened(it->title, 44))));
    }
    auto* bars = new QHorizontalStackedBarSeries;
    bars->append(score);
    bars->append(gap);
    bars->setBarWidth(0.62);
    chart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(names);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(0, 100);
    valueAxis->setTickCount(6);
    valueAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    styleAxis(categoryAxis);
    styleAxis(valueAxis);
    categoryAxis->setGridLineVisible(false);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    auto picture = std::make_shared<ChartPicture>(chart, size);
    picture->addLegend(score->label(), QPen(scoreColour, 4 * Pt));
    picture->addLegend(gap->label(), QPen(gapColour, 4 * Pt));
    return picture;
}

std::shared_ptr<ChartPicture> trendChart(const Pack& pack, const std::vector<TrendPoint>& points, Language language,
                                         QSizeF size)
{
    auto* chart = new QChart;
    styleChart(chart, size, language);
    auto* line = new QLineSeries;
    line->setName(Tr::tr("Overall score"));
    line->setPen(QPen(scoreColour, 2.4 * Pt));
    line->setPointsVisible(true);
    QDateTime first;
    QDateTime last;
    for (const TrendPoint& p : points) {
        line->append(double(p.when.toMSecsSinceEpoch()), p.score);
        first = first.isValid() ? std::min(first, p.when) : p.when;
        last = last.isValid() ? std::max(last, p.when) : p.when;
    }
    chart->addSeries(line);
    // A qualitative palette (Okabe–Ito) that stays apart from the score's blue and prints on white.
    static const QColor colours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x7f, 0x7f, 0x7f)};
    QList<QLineSeries*> areas;
    for (const Category& category : pack.categories) {
        auto* area = new QLineSeries;
        area->setName(shortened(category.title.text(language), 14));
        for (const TrendPoint& p : points) {
            for (const auto& [id, value] : p.categories) {
                if (id == category.id) {
                    area->append(double(p.when.toMSecsSinceEpoch()), value);
                }
            }
        }
        QPen pen(colours[std::size_t(areas.size()) % std::size(colours)], 1.0 * Pt);
        area->setPen(pen);
        chart->addSeries(area);
        areas.append(area);
    }
    auto* time = new QDateTimeAxis;
    time->setFormat(monthFormat(language));
    time->setRange(first.addDays(-15), last.addDays(15));
    time->setTickCount(std::clamp(int(points.size()), 2, 6));
    auto* value = new QValueAxis;
    value->setRange(0, 100);
    value->setTickCount(6);
    value->setLabelFormat(u"%d"_s);
    chart->addAxis(time, Qt::AlignBottom);
    chart->addAxis(value, Qt::AlignLeft);
    styleAxis(time);
    styleAxis(value);
    line->attachAxis(time);
    line->attachAxis(value);
    for (QLineSeries* area : areas) {
        area->attachAxis(time);
        area->attachAxis(value);
    }
    auto picture = std::make_shared<ChartPicture>(chart, size);
    picture->addLegend(line->name(), line->pen());
    for (QLineSeries* area : areas) {
        if (area->count() > 0) {
            picture->addLegend(area->name(), area->pen());
        }
    }
    return picture;
}

} // namespace mamori::report
