#include "gui/resultspage.h"

#include "core/format.h"
#include "core/translations.h"
#include "gui/roomydelegate.h"

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
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
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

} // namespace

ResultsPage::ResultsPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel), m_score(new QLabel), m_level(new QLabel), m_weakest(new QLabel),
      m_radar(chartView(this, u"radarChart")), m_gapChart(chartView(this, u"gapChart")), m_historyLabel(new QLabel),
      m_trend(chartView(this, u"trendChart")), m_changes(new QTreeWidget)
{
    setObjectName(u"resultsPage"_s);
    m_score->setObjectName(u"resultScore"_s);
    m_level->setObjectName(u"resultLevel"_s);
    m_weakest->setObjectName(u"resultWeakest"_s);
    m_changes->setObjectName(u"resultChanges"_s);
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
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_radar, 1);
    charts->addWidget(m_gapChart, 1);
    layout->addLayout(charts);
    layout->addWidget(m_weakest);
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
    QString level = tr("<b>%1</b> — %2 of %3 questions answered")
                        .arg(pack.title.text(m_language).toHtmlEscaped())
                        .arg(r.answered)
                        .arg(r.applicable);
    if (r.level) {
        level += u"<p style=\"font-size: large\"><b>%1</b></p><p>%2</p>"_s.arg(
            r.level->label.text(m_language).toHtmlEscaped(), r.level->advice.text(m_language).toHtmlEscaped());
    }
    m_level->setText(level);

    m_categories.clear();
    m_scores.clear();
    m_gaps.clear();
    for (const CategoryScore& c : r.categories) {
        if (c.maxPoints <= 0) {
            continue; // nothing asked in this area
        }
        m_categories.append(pack.categories[std::size_t(c.category)].title.text(m_language));
        m_scores.push_back(c.score);
        m_gaps.push_back(c.gap);
    }
    std::vector<double> targets;
    for (const CategoryScore& c : r.categories) {
        if (c.maxPoints > 0) {
            targets.push_back(c.target);
        }
    }

    // Radar: the firm's scores against its targets, one spoke per area.
    auto* radar = new QPolarChart;
    styleChart(radar);
    radar->setTitle(tr("Scores by area, against the target for your size"));
    auto* scores = new QLineSeries;
    scores->setName(tr("Your score"));
    auto* goal = new QLineSeries;
    goal->setName(tr("Target"));
    const int n = int(m_categories.size());
    for (int i = 0; i <= n && n > 0; ++i) {
        const double angle = 360.0 * (i % n) / n;
        scores->append(angle, m_scores[std::size_t(i % n)]);
        goal->append(angle, targets[std::size_t(i % n)]);
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
    angular->setLabelsFont(QApplication::font());
    for (int i = 0; i < n; ++i) {
        QString label = m_categories[i];
        if (label.size() > 24) {
            label = label.left(23) + u'…';
        }
        angular->append(label, 360.0 * i / n);
    }
    auto* radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(u"%d"_s);
    radial->setLabelsFont(QApplication::font());
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

    // Gaps: how far each area is below its target, largest first.
    std::vector<std::size_t> order(std::size_t(m_categories.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [this](std::size_t a, std::size_t b) { return m_gaps[a] > m_gaps[b]; });
    auto* gapChart = new QChart;
    styleChart(gapChart);
    gapChart->setTitle(tr("Gap to the target (points)"));
    auto* set = new QBarSet(tr("Gap"));
    set->setColor(QColor(0xc0, 0x50, 0x30));
    QStringList names;
    for (auto it = order.rbegin(); it != order.rend(); ++it) { // the chart draws from the bottom
        *set << m_gaps[*it];
        QString label = m_categories[int(*it)];
        names.append(label.size() > 28 ? label.left(27) + u'…' : label);
    }
    auto* bars = new QHorizontalBarSeries;
    bars->append(set);
    bars->setLabelsVisible(true);
    bars->setLabelsFormat(u"@value"_s);
    gapChart->addSeries(bars);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(names);
    categoryAxis->setLabelsFont(QApplication::font());
    auto* valueAxis = new QValueAxis;
    const double largest = m_gaps.empty() ? 0.0 : *std::max_element(m_gaps.begin(), m_gaps.end());
    valueAxis->setRange(0, std::max(10.0, std::ceil(largest / 10.0) * 10.0));
    valueAxis->setLabelFormat(u"%d"_s);
    valueAxis->setLabelsFont(QApplication::font());
    gapChart->addAxis(categoryAxis, Qt::AlignLeft);
    gapChart->addAxis(valueAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
    gapChart->legend()->hide();
    old = m_gapChart->chart();
    m_gapChart->setChart(gapChart);
    delete old;
    m_gapChart->setAccessibleName(gapChart->title());

    // The weakest areas, in words.
    QStringList weakest;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, order.size()); ++i) {
        if (m_gaps[order[i]] > 0) {
            weakest.append(tr("<b>%1</b> (%2 points below the target)")
                               .arg(m_categories[int(order[i])].toHtmlEscaped(), formatNumber(m_gaps[order[i]])));
        }
    }
    m_weakest->setText(weakest.isEmpty() ? tr("Every area reaches the target for your size. Keep it up, and "
                                              "check again in a year.")
                                         : tr("Where to start: %1. The action plan lists the steps, cheapest "
                                              "gains first.")
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
        // Each area too, thinner: which part moved.
        QList<QLineSeries*> areas;
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
            // A qualitative palette that stays apart from the score's blue and readable on white.
            static const QColor colours[] = {QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                             QColor(0xcc, 0x79, 0xa7), QColor(0xd5, 0x5e, 0x00),
                                             QColor(0x56, 0xb4, 0xe9), QColor(0x7f, 0x7f, 0x7f)};
            QPen thin(colours[std::size_t(areas.size()) % std::size(colours)]);
            thin.setWidthF(1.5);
            area->setPen(thin);
            trend->addSeries(area);
            areas.append(area);
        }
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
        for (QLineSeries* area : areas) {
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
        for (const Comparison::Category& c : m_previous->categories) {
            auto* item = new QTreeWidgetItem(m_changes);
            item->setText(0, c.title.text(m_language));
            item->setText(1, c.before ? formatNumber(*c.before) : u"—"_s);
            item->setText(2, c.after ? formatNumber(*c.after) : u"—"_s);
            if (c.before && c.after) {
                const double d = *c.after - *c.before;
                item->setText(3, formatChange(d));
                item->setForeground(3, d < 0 ? QColor(0xb0, 0x30, 0x20) : QColor(0x20, 0x80, 0x40));
            }
            for (int col : {1, 2, 3}) {
                item->setTextAlignment(col, Qt::AlignRight | Qt::AlignVCenter);
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
    m_changes->setAccessibleName(tr("Change by area since the previous assessment"));
    rebuild();
}

} // namespace mamori::gui
