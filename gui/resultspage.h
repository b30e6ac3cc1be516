#pragma once

#include "core/history.h"
#include "core/localizedtext.h"

#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QTreeWidget;

namespace mamori::gui {

// Step "Results": the score and its band, the weakest areas in words, category scores against the
// firm's targets on a radar chart with numbered spokes and a table naming them, the gaps as bars;
// with history, the scores over time and the change since the previous assessment with the same
// questionnaire (the table of changes is the trend's legend).
class ResultsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsPage(QWidget* parent = nullptr);

    // `history`: the firm's assessments (this one included); `previous`: the comparison with the
    // previous finished assessment of the same pack, when there is one.
    void showResult(const ScoredAssessment& current, const std::vector<HistoryEntry>& history,
                    const std::optional<Comparison>& previous);
    void setLanguage(Language language);

    // What the charts show, for tests: category titles in chart order and the plotted values.
    QStringList chartCategories() const { return m_categories; }
    // The spokes' labels, and the numbers the gap chart's rows start with.
    QStringList radarLabels() const;
    QStringList gapLabels() const;
    // The comparison shown under "Over time": this assessment against the previous one.
    const std::optional<Comparison>& previous() const { return m_previous; }
    std::vector<double> chartScores() const { return m_scores; }
    std::vector<double> chartGaps() const { return m_gaps; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();

    Language m_language = Language::Japanese;
    std::optional<ScoredAssessment> m_current;
    std::vector<HistoryEntry> m_history;
    std::optional<Comparison> m_previous;
    QStringList m_categories;
    std::vector<double> m_scores;
    std::vector<double> m_gaps;

    QLabel* m_title;
    QLabel* m_score;
    QLabel* m_level;
    QLabel* m_weakest;
    QLabel* m_targetsNote; // the targets are Mamori's choice, not the guideline's
    QLabel* m_unsigned;    // shown when no trusted signer vouches for the questionnaire
    QChartView* m_radar;
    QTreeWidget* m_areas; // the radar's legend: number, area, score, target, gap
    QChartView* m_gapChart;
    QLabel* m_historyLabel;
    QChartView* m_trend;
    QTreeWidget* m_changes;
};

} // namespace mamori::gui
