#include "gui/planpage.h"

#include "core/vocabulary.h"
#include "gui/roomydelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

PlanPage::PlanPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_steps(new QTreeWidget(this)),
      m_detail(new QLabel(this))
{
    m_detail->setObjectName(u"planDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMinimumHeight(110);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMargin(8);
    setObjectName(u"planPage"_s);
    m_steps->setObjectName(u"planSteps"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_steps->setColumnCount(5);
    m_steps->setWordWrap(true);
    m_steps->setAlternatingRowColors(true);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_steps->header()->setStretchLastSection(false);
    m_steps->setItemDelegate(new RoomyDelegate(m_steps));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_detail);
    connect(m_steps, &QTreeWidget::currentItemChanged, this, &PlanPage::showDetail);
    retranslate();
}

void PlanPage::showPlan(const ScoredAssessment& current)
{
    m_current = current;
    rebuild();
}

void PlanPage::setLanguage(Language language)
{
    m_language = language;
    rebuild();
}

QString PlanPage::gradeName(Grade grade) const
{
    switch (grade) {
    case Grade::Low:
        return tr("low");
    case Grade::Medium:
        return tr("medium");
    case Grade::High:
        return tr("high");
    }
    return {};
}

void PlanPage::rebuild()
{
    m_steps->clear();
    if (!m_current) {
        return;
    }
    const Pack& pack = *m_current->pack;
    const std::vector<PlanStep>& plan = m_current->result.plan;
    m_intro->setText(plan.empty()
                         ? tr("Nothing to do: every question that applies is answered at its best. Check again in "
                              "a year, or when the company changes.")
                         : tr("%n step(s), most benefit for the cost first. Each comes from a question that fell "
                              "short; the guideline item says where to read more.",
                              nullptr, int(plan.size())));
    const std::pair<Horizon, QString> groups[] = {
        {Horizon::Week, tr("This week")},
        {Horizon::Quarter, tr("This quarter")},
        {Horizon::Year, tr("This year")},
    };
    const Vocabulary& capabilities = Vocabulary::capabilities();
    for (const auto& [horizon, title] : groups) {
        QTreeWidgetItem* group = nullptr;
        for (const PlanStep& step : plan) {
            if (step.horizon != horizon) {
                continue;
            }
            if (!group) {
                group = new QTreeWidgetItem(m_steps);
                QFont bold = group->font(0);
                bold.setBold(true);
                group->setFont(0, bold);
                group->setFirstColumnSpanned(true);
                group->setExpanded(true);
            }
            const Question& q = pack.questions[std::size_t(step.question)];
            auto* item = new QTreeWidgetItem(group);
            item->setData(0, Qt::UserRole, step.question);
            item->setText(0, u"%1. %2"_s.arg(step.rank).arg(q.recommendation.text.text(m_language)));
            item->setToolTip(0, tr("From the question: %1").arg(q.text.text(m_language)));
            item->setText(1, gradeName(q.recommendation.cost));
            item->setText(2, gradeName(q.recommendation.effort));
            QStringList refs;
            for (const QString& key : q.refs) {
                const Reference* ref = pack.reference(key);
                refs.append(ref ? ref->title.text(m_language) : key);
            }
            item->setText(3, refs.join(u"\n"_s));
            QStringList services;
            for (const QString& id : q.recommendation.capabilities) {
                const VocabularyItem* v = capabilities.find(id);
                services.append(v ? v->label.text(m_language) : id);
            }
            item->setText(4, services.join(u", "_s));
        }
        if (group) {
            group->setText(0, u"%1 (%2)"_s.arg(title).arg(group->childCount()));
        }
    }
    for (int c = 1; c < 5; ++c) {
        m_steps->resizeColumnToContents(c);
        m_steps->setColumnWidth(c, std::min(m_steps->columnWidth(c), 260));
    }
    if (m_steps->topLevelItemCount() > 0 && m_steps->topLevelItem(0)->childCount() > 0) {
        m_steps->setCurrentItem(m_steps->topLevelItem(0)->child(0));
    }
    showDetail();
}

void PlanPage::showDetail()
{
    const QTreeWidgetItem* item = m_steps->currentItem();
    if (!m_current || !item || !item->parent()) {
        m_detail->setText(tr("Select a step to read it in full."));
        return;
    }
    const Pack& pack = *m_current->pack;
    const Question& q = pack.questions[std::size_t(item->data(0, Qt::UserRole).toInt())];
    // The whole step, where the table can only show its start.
    m_detail->setText(u"<p style=\"line-height: 130%\"><b>%1</b></p><p>%2</p><p>%3</p>"_s.arg(
        item->text(0).toHtmlEscaped(), tr("From the question: %1").arg(q.text.text(m_language)).toHtmlEscaped(),
        tr("Guideline: %1 · Services: %2").arg(item->text(3).replace(u'\n', u" / "_s), item->text(4)).toHtmlEscaped()));
}

void PlanPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void PlanPage::retranslate()
{
    m_title->setText(tr("Action plan"));
    m_steps->setHeaderLabels(
        {tr("What to do"), tr("Cost"), tr("Effort"), tr("Guideline"), tr("Services that cover it")});
    m_steps->setAccessibleName(tr("Action plan"));
    m_detail->setAccessibleName(tr("The selected step in full"));
    rebuild();
}

} // namespace mamori::gui
