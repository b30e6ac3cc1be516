#pragma once

#include "core/history.h"
#include "core/localizedtext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QScrollArea;
class QVBoxLayout;

namespace mamori::gui {

// Step "Action plan": what to do, grouped into this week / this quarter / this year and numbered in
// the order the firm will do them. Each step is a card that shows it whole — the step, the question
// it comes from, its rough cost and effort, the guideline item and the kinds of service that cover
// it — wrapped to the window's width: a table cut every sentence short with "…".
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(QWidget* parent = nullptr);

    void showPlan(const ScoredAssessment& current);
    void setLanguage(Language language);

    // The cards as shown, in order, for tests: the number on each and its whole text.
    struct ShownStep
    {
        QString number;
        QString text;
    };
    std::vector<ShownStep> shownSteps() const;
    // The headings of the groups (e.g. "This week (4)").
    QStringList groupHeadings() const;

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    QString gradeName(Grade grade) const;
    QWidget* card(const PlanStep& step);

    Language m_language = Language::Japanese;
    std::optional<ScoredAssessment> m_current;
    QLabel* m_title;
    QLabel* m_intro;
    QScrollArea* m_scroll;
    QWidget* m_list;
    QVBoxLayout* m_listLayout;
};

} // namespace mamori::gui
