#pragma once

#include "core/history.h"
#include "core/localizedtext.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTreeWidget;

namespace mamori::gui {

// Step "Action plan": what to do, grouped into this week / this quarter / this year and ranked by
// benefit per cost, each step with its rough cost and effort, the guideline item it comes from and
// the kinds of service that would cover it.
class PlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(QWidget* parent = nullptr);

    void showPlan(const ScoredAssessment& current);
    void setLanguage(Language language);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    QString gradeName(Grade grade) const;
    void showDetail();

    Language m_language = Language::Japanese;
    std::optional<ScoredAssessment> m_current;
    QLabel* m_title;
    QLabel* m_intro;
    QTreeWidget* m_steps;
    QLabel* m_detail;
};

} // namespace mamori::gui
