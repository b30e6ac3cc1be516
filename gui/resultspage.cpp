#include "gui/resultspage.h"

#include "core/format.h"
#include "core/packtrust.h"
#include "core/translations.h"
#include "gui/roomydelegate.h"
#include "report/reportcharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QIcon>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPixmap>
#include <QPolarChart>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <numeric>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

QChartView* chartView(QWidget* parent, const char16_t* name)
{
    auto* view = new QChartView(parent);
    view->setObjectName(QString::fromUtf16(name));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(300);
    return view;
}

// Charts take their fonts when made, not from the application later; give them the UI's.
void styleChart(QChart* chart)
{
    // A dark desktop gets dark charts: a white panel in a dark window glares.
    if (QApplication::palette().color(QPalette::Window).lightness() < 128) {
        chart->setTheme(QChart::ChartThemeDark);
    }
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Month names on the time axis come from the chart's locale. Not setLocalizeNumbers: with it, Qt
    // 6.4 draws no label for the axes' "%d" format (the 0–100 axes read alike in both languages).
    chart->setLocale(localeFor(currentLanguage()));
    QFont font = QApplication::font();
    chart->setTitleFont(font);
    chart->legend()->setFont(font);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

// A qualitative palette (Okabe–Ito) for the areas' lines: apart from the score's blue, readable on
// white and on the dark theme.
QColor areaColour(qsizetype i)
{
    static const QColor colours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0xd5, 0x5e, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x7f, 0x7f, 0x7f)};
    return colours[std::size_t(i) % std::size(colours)];
}

// A short line in the colour of a chart's series, for a table that serves as the chart's legend.
QIcon swatch(const QColor& colour)
{
    QPixmap pixmap(20, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QPen(colour, 3));
    painter.drawLine(1, 6, 19, 6);
    return QIcon(pixmap);
}

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_score(new QLabel), m_level(new QLabel), m_weakest(new QLabel),
      m_targetsNote(new QLabel), m_unsigned(new QLabel), m_radar(chartView(this, u"radarChart")),
      m_areas(new QTreeWidget), m_gapChart(chartView(this, u"gapChart")), m_historyLabel(new QLabel),
      m_trend(chartView(this, u"trendChart")), m_changes(new QTreeWidget)
{
    setObjectName(u"resultsPage"_s);
    m_score->setObjectName(u"resultScore"_s);
    m_level->setObjectName(u"resultLevel"_s);
    m_weakest->setObjectName(u"resultWeakest"_s);
    m_targetsNote->setObjectName(u"resultTargetsNote"_s);
    m_targetsNote->setWordWrap(true);
    m_changes->setObjectName(u"resultChanges"_s);
    m_areas->setObjectName(u"resultAreas"_s);
    m_unsigned->setObjectName(u"resultUnsigned"_s);
    m_unsigned->setWordWrap(true);
    m_unsigned->setVisible(false);
    m_unsigned->setStyleSheet(u"QLabel { color: #b03020; font-weight: bold; }"_s);
    // Below this the ten spokes and their labels of the SME guideline check leave the plot a dot.
    m_radar->setMinimumSize(360, 360);
    m_areas->setRootIsDecorated(false);
    m_areas->setItemDelegate(new RoomyDelegate(m_areas));
    m_areas->setColumnCount(5);
    m_areas->setWordWrap(true);
    m_areas->setUniformRowHeights(false);
    m_areas->setSelectionMode(QAbstractItemView::NoSelection);
    m_areas->setFocusPolicy(Qt::NoFocus);
    m_areas->header()->setStretchLastSection(false);
    m_areas->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_areas->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont scoreFont = m_score->font();
    scoreFont.setPointSizeF(scoreFont.pointSizeF() * 3);
    scoreFont.setBold(true);
    m_score->setFont(scoreFont);
    for (QLabel* label : {m_level, m_weakest}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
    }
    m_changes->setRootIsDecorated(false);
    m_changes->setItemDelegate(new RoomyDelegate(m_changes));
    m_changes->setColumnCount(4);
    m_changes->setMinimumHeight(150);
    m_changes->header()->setStretchLastSection(false);
    m_changes->header()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* content = new QWidget;
    content->setMaximumWidth(1200);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_title);
    auto* head = new QHBoxLayout;
    head->addWidget(m_score, 0, Qt::AlignTop);
    head->addSpacing(16);
    head->addWidget(m_level, 1);
    layout->addLayout(head);
    layout->addWidget(m_unsigned);
    layout->addSpacing(6);
    layout->addWidget(m_weakest);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_radar, 5);
    auto* table = new QVBoxLayout;
    table->addWidget(m_areas);
    table->addWidget(m_targetsNote);
    table->addStretch();
    charts->addLayout(table, 6);
    layout->addLayout(charts);
    layout->addWidget(m_gapChart);
    layout->addSpacing(8);
    layout->addWidget(m_historyLabel);
    auto* history = new QHBoxLayout;
    history->addWidget(m_trend, 1);
    history->addWidget(m_changes, 1);
    layout->addLayout(history);
    layout->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
}

void ResultsPage::showResult(const ScoredAssessment& current, const std::vector<HistoryEntry>& history,
                             const std::optional<Comparison>& previous)
{
    m_current = current;
    m_history = history;
    m_previous = previous;
    rebuild();
}

void ResultsPage::setLanguage(Language language)
{
    m_language = language;
    rebuild();
}

void ResultsPage::rebuild()
{
    if (!m_current) {
        return;
    }
    const Pack& pack = *m_current->pack;
    const ScoreResult& r = m_current->result;
    m_score->setText(formatNumber(r.score));
    m_score->setAccessibleName(tr("Score %1 of 100").arg(formatNumber(r.score)));
    m_unsigned->setText(unsignedNotice(pack.verification.state));
    m_unsigned->setVisible(!m_unsigned->text().isEmpty());
    QString level = tr("<b>%1</b> — %2 of %3 questions answered")
                        .arg(pack.title.text(m_language).toHtmlEscaped())
                        .arg(r.answered)
                        .arg(r.applicable);
    if (r.level) {
        level += u"<p style=\"font-size: large\"><b>%1</b></p><p>%2</p>"_s.arg(
            r.level->label.text(m_language).toHtmlEscaped(), r.level->advice.text(m_language).toHtmlEscaped());
    }
    m_level->setText(level);

    // One numbering for the radar's spokes, the table beside it, the gap bars and the PDF.
    const std::vector<report::ChartArea> areas = report::chartAreas(pack, r, m_language);
    m_categories.clear();
    m_scores.clear();
    m_gaps.clear();
    for (const report::ChartArea& a : areas) {
        m_categories.append(a.title);
        m_scores.push_back(a.score);
        m_gaps.push_back(a.gap);
    }

    // Radar: the firm's scores against its targets, one numbered spoke per area.
    auto* radar = new QPolarChart;
    styleChart(radar);
    radar->setTitle(tr("Scores by area, against the target for your size"));
    auto* scores = new QLineSeries;
    scores->setName(tr("Your score"));
    auto* goal = new QLineSeries;
    goal->setName(tr("Target"));
    const int n = int(areas.size());
    for (int i = 0; i <= n && n > 0; ++i) {
        const double angle = 360.0 * (i % n) / n;
        scores->append(angle, areas[std::size_t(i % n)].score);
        goal->append(angle, areas[std::size_t(i % n)].target);
    }
    QPen goalPen(QColor(0xd0, 0x70, 0x20));
    goalPen.setStyle(Qt::DashLine);
    goalPen.setWidth(2);
    goal->setPen(goalPen);
    QPen scorePen(QColor(0x1f, 0x6f, 0xb4));
    scorePen.setWidth(3);
    scores->setPen(scorePen);
    radar->addSeries(goal);
    radar->addSeries(scores);
    auto* angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    QFont spokeFont = QApplication::font();
    spokeFont.setBold(true);
    angular->setLabelsFont(spokeFont);
    for (const report::ChartArea& a : areas) {
        angular->append(QString::number(a.number), 360.0 * (a.number - 1) / n);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickType(QValueAxis::TicksDynamic);
    radial->setTickAnchor(0);
    radial->setTickInterval(25);
    radial->setLabelFormat(u"%d"_s);
    QFont small = QApplication::font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    radial->setLabelsFont(small);
    radar->addAxis(angular, QPolarChart::PolarOrientationAngular);
    radar->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (QLineSeries* s : {goal, scores}) {
        s->attachAxis(angular);
        s->attachAxis(radial);
    }
    QChart* old = m_radar->chart();
    m_radar->setChart(radar);
    delete old;
    m_radar->setAccessibleName(radar->title());

    // The radar's legend: each number named, with its score, target and gap.
    m_areas->clear();
    for (const report::ChartArea& a : areas) {
        auto* item = new QTreeWidgetItem(m_areas);
        item->setText(0, QString::number(a.number));
        item->setText(1, a.title);
        item->setText(2, formatNumber(a.score));
        item->setText(3, formatNumber(a.target));
        item->setText(4, a.gap > 0 ? formatNumber(a.gap) : u"—"_s);
        item->setForeground(2, QColor(0x1f, 0x6f, 0xb4));
        if (a.gap > 0) {
            item->setForeground(4, QColor(0xc0, 0x50, 0x30));
        }
        for (int col : {0, 2, 3, 4}) {
            item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
        }
    }

    // As tall as its rows, no taller: the empty part of a list reads as something missing.
    int rowsHeight = m_areas->header()->sizeHint().height() + 2 * m_areas->frameWidth();
    for (int i = 0; i < m_areas->topLevelItemCount(); ++i) {
        rowsHeight += m_areas->sizeHintForRow(i) > 0 ? m_areas->sizeHintForRow(i) : m_areas->fontMetrics().height() + 6;
    }
    // The minimum, too: in a row with the radar the layout would otherwise give the list its size
    // hint and scroll the last areas of a long questionnaire out of sight.
    m_areas->setMinimumHeight(std::clamp(rowsHeight, 120, 420));
    m_areas->setMaximumHeight(std::max(rowsHeight, 120));

    // Gaps: how far each area is below its target, largest first. The values stand in a column of
    // their own on the right (a second category axis), never over a short bar or the axis, and read
    // as the text and the table write them ("10.0", not "10").
    std::vector<std::size_t> order(areas.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&areas](std::size_t a, std::size_t b) { return areas[a].gap > areas[b].gap; });
    auto* gapChart = new QChart;
    styleChart(gapChart);
    gapChart->setTitle(tr("Gap to the target (points)"));
    auto* set = new QBarSet(tr("Gap"));
    set->setColor(QColor(0xc0, 0x50, 0x30));
    QStringList names;
    QStringList values;
    for (auto it = order.rbegin(); it != order.rend(); ++it) { // the chart draws from the bottom
        const report::ChartArea& a = areas[*it];
        *set << a.gap;
        names.append(u"%1  %2"_s.arg(a.number).arg(a.title));
        // Category labels must differ: a zero-width space per row keeps equal values apart.
        values.append(formatNumber(a.gap) + QString(int(values.size()), QChar(0x200B)));
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setBarWidth(0.6);
    gapChart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(names);
    categoryAxis->setLabelsFont(QApplication::font());
    categoryAxis->setGridLineVisible(false);
    auto* valueLabels = new QBarCategoryAxis;
    valueLabels->append(values);
    valueLabels->setLabelsFont(QApplication::font());
    valueLabels->setGridLineVisible(false);
    valueLabels->setLineVisible(false);
    auto* valueAxis = new QValueAxis;
    const double largest = m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    const report::AxisSteps steps = report::roundAxis(std::max(largest, 10.0));
    valueAxis->setRange(0, steps.max);
    valueAxis->setTickType(QValueAxis::TicksDynamic);
    valueAxis->setTickAnchor(0);
    valueAxis->setTickInterval(steps.step);
    valueAxis->setLabelFormat(steps.step < 1 ? u"%.1f"_s : u"%d"_s);
    valueAxis->setLabelsFont(QApplication::font());
    gapChart->addAxis(categoryAxis, Qt::AlignLeft);
    gapChart->addAxis(valueLabels, Qt::AlignRight);
    gapChart->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueLabels);
    bars->attachAxis(valueAxis);
    gapChart->legend()->hide();
    old = m_gapChart->chart();
    m_gapChart->setChart(gapChart);
    delete old;
    m_gapChart->setFixedHeight(100 + 34 * n); // bars as thick for three areas as for twelve
    m_gapChart->setAccessibleName(gapChart->title());

    // The weakest areas, in words.
    QStringList weakest;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, order.size()); ++i) {
        if (areas[order[i]].gap > 0) {
            weakest.append(tr("<b>%1</b> (%2 points below the target)")
                               .arg(areas[order[i]].title.toHtmlEscaped(), formatNumber(areas[order[i]].gap)));
        }
    }
    m_weakest->setText(weakest.isEmpty() ? tr("Every area reaches the target for your size. Keep it up, and "
                                              "check again in a year.")
                                         : tr("Where to start: %1. The action plan lists the steps in the order to "
                                              "do them.")
                                               .arg(weakest.join(tr(", "))));

    // History: the scores of this questionnaire over time, and what changed since last time.
    QList<const HistoryEntry*> samePack;
    for (const HistoryEntry& e : m_history) {
        if (e.record.packId == pack.id && e.result &&
            (e.record.status == AssessmentStatus::Finished || e.record.id == m_current->record.id)) {
            samePack.append(&e);
        }
    }
    const bool hasHistory = samePack.size() >= 2;
    QHash<QString, QColor> lineColours; // area id → its line on the trend
    m_historyLabel->setVisible(hasHistory);
    m_trend->setVisible(hasHistory);
    m_changes->setVisible(hasHistory && m_previous.has_value());
    if (hasHistory) {
        auto* trend = new QChart;
        styleChart(trend);
        trend->setTitle(tr("Score over time"));
        auto* line = new QLineSeries;
        line->setName(tr("Score"));
        line->setPointsVisible(true);
        QPen pen(QColor(0x1f, 0x6f, 0xb4));
        pen.setWidth(3);
        line->setPen(pen);
        QDateTime first;
        QDateTime last;
        for (const HistoryEntry* e : samePack) {
            line->append(double(e->record.startedAt.toMSecsSinceEpoch()), e->result->score);
            first = first.isValid() ? std::min(first, e->record.startedAt) : e->record.startedAt;
            last = last.isValid() ? std::max(last, e->record.startedAt) : e->record.startedAt;
        }
        trend->addSeries(line);
        QList<QLineSeries*> areaLines;
        // Each area too, thinner: which part moved. With ten areaLines a chart legend is a row of
        // specks; the table of changes beside the chart names each line, its colour as a swatch.
        for (const Category& category : pack.categories) {
            auto* area = new QLineSeries;
            area->setName(category.title.text(m_language));
            for (const HistoryEntry* e : samePack) {
                for (const auto& [id, score] : e->result->categories) {
                    if (id == category.id) {
                        area->append(double(e->record.startedAt.toMSecsSinceEpoch()), score);
                    }
                }
            }
            if (area->count() == 0) {
                delete area; // asked nothing in any of them
                continue;
            }
            QPen thin(areaColour(areaLines.size()));
            thin.setWidthF(1.5);
            area->setPen(thin);
            trend->addSeries(area);
            areaLines.append(area);
            lineColours.insert(category.id, thin.color());
        }
        trend->legend()->setVisible(!m_previous);
        auto* time = new QDateTimeAxis;
        time->setFormat(monthFormat(currentLanguage()));
        time->setRange(first.addDays(-15), last.addDays(15));
        time->setLabelsFont(QApplication::font());
        auto* value = new QValueAxis;
        value->setRange(0, 100);
        value->setLabelFormat(u"%d"_s);
        value->setLabelsFont(QApplication::font());
        trend->addAxis(time, Qt::AlignBottom);
        trend->addAxis(value, Qt::AlignLeft);
        line->attachAxis(time);
        line->attachAxis(value);
        for (QLineSeries* area : areaLines) {
            area->attachAxis(time);
            area->attachAxis(value);
        }
        old = m_trend->chart();
        m_trend->setChart(trend);
        delete old;
        m_trend->setAccessibleName(trend->title());
    }
    m_changes->clear();
    if (m_previous) {
        const auto addRow = [this](const QString& title, std::optional<double> before, std::optional<double> after,
                                   const QColor& colour) {
            auto* item = new QTreeWidgetItem(m_changes);
            item->setText(0, title);
            if (colour.isValid()) {
                item->setIcon(0, swatch(colour));
            }
            item->setText(1, before ? formatNumber(*before) : u"—"_s);
            item->setText(2, after ? formatNumber(*after) : u"—"_s);
            if (before && after) {
                const double d = *after - *before;
                item->setText(3, formatChange(d));
                item->setForeground(3, d < 0 ? QColor(0xb0, 0x30, 0x20) : QColor(0x20, 0x80, 0x40));
            }
            for (int col : {1, 2, 3}) {
                item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
            }
            return item;
        };
        QTreeWidgetItem* overall =
            addRow(tr("Overall"), m_previous->scoreBefore, m_previous->scoreAfter, QColor(0x1f, 0x6f, 0xb4));
        QFont bold = overall->font(0);
        bold.setBold(true);
        for (int col = 0; col < 4; ++col) {
            overall->setFont(col, bold);
        }
        for (const Comparison::Category& c : m_previous->categories) {
            if (c.before || c.after) {
                addRow(c.title.text(m_language), c.before, c.after, lineColours.value(c.id));
            }
        }
        for (int col : {1, 2, 3}) {
            m_changes->resizeColumnToContents(col);
        }
    }
}

void ResultsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResultsPage::retranslate()
{
    m_title->setText(tr("Results"));
    m_historyLabel->setText(tr("Over time"));
    m_changes->setHeaderLabels({tr("Area"), tr("Before"), tr("Now"), tr("Change")});
    m_areas->setHeaderLabels({tr("No."), tr("Area"), tr("Score"), tr("Target"), tr("Gap")});
    m_targetsNote->setText(tr("The targets are Mamori's own choice for a firm of your size, not the guideline's: the "
                              "guidelines set no targets by area (IPA's self-check defines only the bands of the "
                              "total score)."));
    m_areas->setAccessibleName(tr("Scores by area: number on the chart, area, score, target and gap"));
    m_changes->setAccessibleName(tr("Change by area since the previous assessment"));
    rebuild();
}

QStringList ResultsPage::radarLabels() const
{
    QStringList labels;
    if (auto* chart = m_radar->chart()) {
        for (QAbstractAxis* axis : chart->axes()) {
            if (auto* category = qobject_cast<QCategoryAxis*>(axis)) {
                labels = category->categoriesLabels();
            }
        }
    }
    return labels;
}

QStringList ResultsPage::gapLabels() const
{
    if (auto* chart = m_gapChart->chart()) {
        const auto axes = chart->axes(Qt::Horizontal | Qt::Vertical);
        for (QAbstractAxis* axis : axes) {
            if (auto* category = qobject_cast<QBarCategoryAxis*>(axis);
                category && axis->alignment() == Qt::AlignLeft) {
                return category->categories();
            }
        }
    }
    return {};
}

} // namespace mamori::gui
