#pragma once

#include "core/localizedtext.h"
#include "core/pack.h"
#include "core/scorer.h"

#include <QDateTime>
#include <QSizeF>

#include <memory>
#include <utility>
#include <vector>

class QChart;
class QGraphicsScene;
class QPainter;
class QRectF;

namespace mamori::report {

// A Qt Charts chart in a scene of its own, never shown: painted into a report page it stays vectors
// (a QChartView that was never shown would paint nothing). Sizes are in the page's decipoints.
class ChartPicture
{
public:
    ChartPicture(QChart* chart, QSizeF size);
    ~ChartPicture();
    ChartPicture(const ChartPicture&) = delete;
    ChartPicture& operator=(const ChartPicture&) = delete;

    // The chart fills `target` above its legend.
    void paint(QPainter& painter, const QRectF& target) const;
    QSizeF size() const { return m_size; }

    // A legend entry, drawn by the report below the chart: Qt Charts sizes its legend markers in
    // device pixels, which come out as specks at print resolution.
    void addLegend(const QString& name, const QPen& pen);
    const std::vector<std::pair<QString, QPen>>& legend() const { return m_legend; }

private:
    std::unique_ptr<QGraphicsScene> m_scene; // owns the chart
    QSizeF m_size;
    std::vector<std::pair<QString, QPen>> m_legend;
};

// One finished assessment on the trend line.
struct TrendPoint
{
    QDateTime when;
    double score = 0;
    std::vector<std::pair<QString, double>> categories; // category id, score
};

// An area as the charts show it: the areas with something to score, numbered from 1 in the pack's
// order. The radar's spokes carry only the number (ten long Japanese area names leave no room for the
// plot), and a table beside or below the chart, in the window and in the PDF, names them.
struct ChartArea
{
    int number = 0;
    QString title;
    double score = 0;
    double target = 0;
    double gap = 0;
};
std::vector<ChartArea> chartAreas(const Pack& pack, const ScoreResult& result, Language language);

// The step of a value axis from 0 to `max` with about `ticks` intervals, on 1, 2, 5 × 10ⁿ, so every
// tick is a round number (0, 20, 40 … rather than 0, 17, 35 …); the axis ends at a whole step.
struct AxisSteps
{
    double max = 0;
    double step = 0;
};
AxisSteps roundAxis(double largest, int ticks = 5);

// The category scores against the firm's target, one numbered spoke per area (areas with nothing to
// score are left out).
std::shared_ptr<ChartPicture> radarChart(const Pack& pack, const ScoreResult& result, Language language, QSizeF size);
// Per area, the score and what is missing to the target, as stacked bars, widest gap at the top.
std::shared_ptr<ChartPicture> gapChart(const Pack& pack, const ScoreResult& result, Language language, QSizeF size);
// The overall score over time, and each area thinner.
std::shared_ptr<ChartPicture> trendChart(const Pack& pack, const std::vector<TrendPoint>& points, Language language,
                                         QSizeF size);

} // namespace mamori::report
