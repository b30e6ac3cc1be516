#include "gui/planpage.h"

#include "core/vocabulary.h"

#include <QEvent>
#include <QFocusEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace mamori::gui {

using namespace Qt::StringLiterals;

namespace {

const char* const NumberProperty = "planNumber";
const char* const TextProperty = "planText";

QLabel* wrapped(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // to copy a step into a mail or a to-do list
    label->setAccessibleName(text); // selectable text takes a click's focus: it says what it is
    return label;
}

} // namespace

PlanPage::PlanPage(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_list(new QWidget), m_listLayout(new QVBoxLayout(m_list))
{
    setObjectName(u"planPage"_s);
    m_scroll->setObjectName(u"planSteps"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_intro->setWordWrap(true);
    m_listLayout->setContentsMargins(0, 0, 8, 0);
    m_listLayout->setSpacing(8);
    m_list->setMaximumWidth(1100); // lines a reader's eye can follow on a wide screen
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_list);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addSpacing(6);
    layout->addWidget(m_scroll, 1);
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

QWidget* PlanPage::card(const PlanStep& step)
{
    const Pack& pack = *m_current->pack;
    const Question& q = pack.questions[std::size_t(step.question)];
    auto* frame = new QFrame(m_list);
    frame->setObjectName(u"planStep"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    frame->setBackgroundRole(QPalette::Base);
    // A card takes the keyboard's focus in turn (Tab), is read out whole, and scrolls into view.
    frame->setFocusPolicy(Qt::StrongFocus);
    frame->installEventFilter(this);
    const QString text = q.recommendation.text.text(m_language);
    frame->setProperty(NumberProperty, QString::number(step.rank));
    frame->setProperty(TextProperty, text);

    auto* number = new QLabel(QString::number(step.rank), frame);
    QFont big = number->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    number->setFont(big);
    number->setForegroundRole(QPalette::Highlight);
    number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(u"000"_s));

    auto* what = wrapped(text, frame);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    auto* from = wrapped(tr("From the question: %1").arg(q.text.text(m_language)), frame);
    from->setForegroundRole(QPalette::PlaceholderText);
    QStringList refs;
    for (const QString& key : q.refs) {
        const Reference* ref = pack.reference(key);
        refs.append(ref ? ref->title.text(m_language) : key);
    }
    QStringList services;
    const Vocabulary& capabilities = Vocabulary::capabilities();
    for (const QString& id : q.recommendation.capabilities) {
        const VocabularyItem* v = capabilities.find(id);
        services.append(v ? v->label.text(m_language) : id);
    }
    QStringList facts{tr("Cost: %1").arg(gradeName(q.recommendation.cost)),
                      tr("Effort: %1").arg(gradeName(q.recommendation.effort))};
    auto* cost = wrapped(facts.join(tr(" · ")), frame);
    auto* guideline = wrapped(tr("Guideline: %1").arg(refs.join(tr("; "))), frame);
    auto* covered =
        services.isEmpty() ? nullptr : wrapped(tr("Services that cover it: %1").arg(services.join(tr(", "))), frame);

    auto* grid = new QGridLayout(frame);
    grid->setContentsMargins(10, 8, 12, 8);
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(3);
    grid->addWidget(number, 0, 0, 5, 1, Qt::AlignTop);
    grid->addWidget(what, 0, 1);
    grid->addWidget(from, 1, 1);
    grid->addWidget(cost, 2, 1);
    grid->addWidget(guideline, 3, 1);
    if (covered) {
        grid->addWidget(covered, 4, 1);
    }
    grid->setColumnStretch(1, 1);
    QStringList spoken{tr("Step %1").arg(step.rank), text, from->text(), cost->text(), guideline->text()};
    if (covered) {
        spoken.append(covered->text());
    }
    frame->setAccessibleName(tr("Step %1: %2").arg(step.rank).arg(text));
    frame->setAccessibleDescription(spoken.mid(2).join(u". "_s));
    return frame;
}

void PlanPage::rebuild()
{
    // The old cards go at once: a card still listed would be counted, spoken and focused.
    while (QLayoutItem* item = m_listLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (!m_current) {
        return;
    }
    const std::vector<PlanStep>& plan = m_current->result.plan;
    m_intro->setText(plan.empty()
                         ? tr("Nothing to do: every question that applies is answered at its best. Check again in "
                              "a year, or when the company changes.")
                         : tr("%n step(s), numbered in the order to do them: this week's first, each group the "
                              "most benefit for the cost first. Each comes from a question that fell short; the "
                              "guideline item says where to read more.",
                              nullptr, int(plan.size())));
    const std::pair<Horizon, QString> groups[] = {
        {Horizon::Week, tr("This week")},
        {Horizon::Quarter, tr("This quarter")},
        {Horizon::Year, tr("This year")},
    };
    for (const auto& [horizon, title] : groups) {
        const auto count = std::count_if(plan.begin(), plan.end(),
                                         [horizon = horizon](const PlanStep& s) { return s.horizon == horizon; });
        if (count == 0) {
            continue;
        }
        auto* heading = new QLabel(u"%1 (%2)"_s.arg(title).arg(count), m_list);
        heading->setObjectName(u"planGroup"_s);
        QFont font = heading->font();
        font.setPointSizeF(font.pointSizeF() * 1.15);
        font.setBold(true);
        heading->setFont(font);
        if (m_listLayout->count() > 0) {
            m_listLayout->addSpacing(8);
        }
        m_listLayout->addWidget(heading);
        for (const PlanStep& step : plan) {
            if (step.horizon == horizon) {
                m_listLayout->addWidget(card(step));
            }
        }
    }
    m_listLayout->addStretch();
}

std::vector<PlanPage::ShownStep> PlanPage::shownSteps() const
{
    std::vector<ShownStep> shown;
    for (int i = 0; i < m_listLayout->count(); ++i) {
        const QWidget* w = m_listLayout->itemAt(i)->widget();
        if (w && w->objectName() == u"planStep"_s) {
            shown.push_back({w->property(NumberProperty).toString(), w->property(TextProperty).toString()});
        }
    }
    return shown;
}

QStringList PlanPage::groupHeadings() const
{
    QStringList headings;
    for (int i = 0; i < m_listLayout->count(); ++i) {
        if (const auto* label = qobject_cast<const QLabel*>(m_listLayout->itemAt(i)->widget());
            label && label->objectName() == u"planGroup"_s) {
            headings.append(label->text());
        }
    }
    return headings;
}

bool PlanPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        if (auto* w = qobject_cast<QWidget*>(watched)) {
            m_scroll->ensureWidgetVisible(w, 0, 24);
        }
    }
    return QWidget::eventFilter(watched, event);
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
    m_scroll->setAccessibleName(tr("Action plan"));
    rebuild();
}

} // namespace mamori::gui
