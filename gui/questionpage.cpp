#include "gui/questionpage.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mamori::gui {

using namespace Qt::StringLiterals;

QuestionPage::QuestionPage(QWidget* parent)
    : QWidget(parent), m_views(new QStackedWidget(this)), m_category(new QLabel), m_counter(new QLabel),
      m_text(new QLabel), m_helpToggle(new QToolButton), m_help(new QLabel), m_refs(new QLabel),
      m_answerRow(new QHBoxLayout), m_answers(new QButtonGroup(this)), m_noteLabel(new QLabel),
      m_note(new QPlainTextEdit), m_noteTimer(new QTimer(this)), m_summaryTitle(new QLabel), m_summary(new QLabel),
      m_review(new QPushButton), m_finish(new QPushButton), m_results(new QPushButton)
{
    setObjectName(u"questionPage"_s);
    m_text->setObjectName(u"questionText"_s);
    m_counter->setObjectName(u"questionCounter"_s);
    m_helpToggle->setObjectName(u"questionHelpToggle"_s);
    m_help->setObjectName(u"questionHelp"_s);
    m_note->setObjectName(u"questionNote"_s);
    m_summary->setObjectName(u"questionSummary"_s);
    m_finish->setObjectName(u"finishAssessment"_s);
    m_review->setObjectName(u"reviewAnswers"_s);
    m_results->setObjectName(u"seeResults"_s);

    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.35);
    m_text->setFont(textFont);
    QFont titleFont = m_summaryTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_summaryTitle->setFont(titleFont);
    QFont small = m_category->font();
    small.setBold(true);
    m_category->setFont(small);
    for (QLabel* label : {m_text, m_help, m_refs, m_summary}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_text->setFocusPolicy(Qt::NoFocus);
    m_refs->setForegroundRole(QPalette::PlaceholderText);
    m_help->setVisible(false);
    m_helpToggle->setCheckable(true);
    m_helpToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_helpToggle->setArrowType(Qt::RightArrow);
    m_answers->setExclusive(true);
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    m_noteLabel->setBuddy(m_note);
    m_noteTimer->setSingleShot(true);
    m_noteTimer->setInterval(600);
    m_answerRow->setSpacing(8);

    auto* question = new QWidget;
    question->setMaximumWidth(980); // long lines of Japanese are hard to follow
    auto* q = new QVBoxLayout(question);
    q->setContentsMargins(24, 20, 24, 20);
    auto* header = new QHBoxLayout;
    header->addWidget(m_category, 1);
    header->addWidget(m_counter);
    q->addLayout(header);
    q->addSpacing(6);
    q->addWidget(m_text);
    q->addSpacing(10);
    q->addLayout(m_answerRow);
    q->addSpacing(6);
    q->addWidget(m_helpToggle, 0, Qt::AlignLeft);
    q->addWidget(m_help);
    q->addWidget(m_refs);
    q->addSpacing(6);
    q->addWidget(m_noteLabel);
    q->addWidget(m_note);
    q->addStretch();

    auto* summary = new QWidget;
    auto* s = new QVBoxLayout(summary);
    s->setContentsMargins(24, 20, 24, 20);
    s->addWidget(m_summaryTitle);
    s->addWidget(m_summary);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_review);
    actions->addStretch();
    actions->addWidget(m_results);
    actions->addWidget(m_finish);
    s->addLayout(actions);
    s->addStretch();

    m_views->addWidget(question);
    m_views->addWidget(summary);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_views);

    connect(m_helpToggle, &QToolButton::toggled, this, [this](bool open) {
        m_help->setVisible(open);
        m_helpToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_answers, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* button) { answer(button->property("choice").toString()); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_noteTimer->start(); });
    connect(m_noteTimer, &QTimer::timeout, this, &QuestionPage::saveNote);
    connect(m_review, &QPushButton::clicked, this, [this] { show(0); });
    connect(m_finish, &QPushButton::clicked, this, &QuestionPage::finish);
    connect(m_results, &QPushButton::clicked, this, &QuestionPage::resultsRequested);
    retranslate();
}

Result<bool> QuestionPage::start(Store* store, qint64 assessmentId, std::shared_ptr<const Pack> pack)
{
    auto record = store->assessment(assessmentId);
    if (!record) {
        return failure(record.error());
    }
    m_store = store;
    m_pack = std::move(pack);
    m_record = std::move(*record);
    m_scorer = std::make_unique<Scorer>(*m_pack, m_record.profile);
    m_pendingNotes.clear();
    rebuildButtons();
    refreshAsked();
    // Resume where the firm stopped: the first question that applies and has no answer yet.
    const auto open = std::find_if(m_asked.begin(), m_asked.end(), [this](int i) {
        return !m_record.answers.choices.contains(m_pack->questions[std::size_t(i)].id);
    });
    if (open == m_asked.end() || m_record.status == AssessmentStatus::Finished) {
        showSummary();
    } else {
        show(int(open - m_asked.begin()));
    }
    emit progress(answered(), applicable());
    return true;
}

void QuestionPage::setLanguage(Language language)
{
    m_language = language;
    if (m_pack) {
        rebuildButtons();
        if (showingSummary()) {
            showSummary();
        } else {
            show(m_position);
        }
    }
}

QString QuestionPage::currentQuestion() const
{
    if (!m_pack || showingSummary() || m_asked.empty()) {
        return {};
    }
    return m_pack->questions[std::size_t(m_asked[std::size_t(m_position)])].id;
}

bool QuestionPage::showingSummary() const
{
    return m_views->currentIndex() == 1;
}

ScoreResult QuestionPage::score() const
{
    return m_scorer ? m_scorer->score(m_record.answers, Scorer::Plan::Skip) : ScoreResult{};
}

int QuestionPage::answered() const
{
    return score().answered;
}

int QuestionPage::applicable() const
{
    return score().applicable;
}

void QuestionPage::rebuildButtons()
{
    for (QAbstractButton* b : m_answers->buttons()) {
        m_answers->removeButton(b);
        delete b;
    }
    if (!m_pack) {
        return;
    }
    int key = 1;
    for (const ScaleChoice& choice : m_pack->scale) {
        auto* button = new QPushButton(u"%1  %2"_s.arg(key).arg(choice.label.text(m_language)), this);
        button->setObjectName(u"answer_"_s + choice.id);
        button->setCheckable(true);
        button->setProperty("choice", choice.id);
        button->setMinimumHeight(44);
        // The chosen answer must be unmistakable, in any palette.
        button->setStyleSheet(
            u"QPushButton:checked { background: palette(highlight); color: palette(highlighted-text); "
            "font-weight: bold; border: 1px solid palette(highlight); border-radius: 4px; }"_s);
        button->setAccessibleName(choice.label.text(m_language));
        button->setToolTip(tr("Key %1").arg(key));
        m_answers->addButton(button, key);
        m_answerRow->addWidget(button);
        ++key;
    }
}

void QuestionPage::refreshAsked()
{
    m_asked = m_scorer ? m_scorer->questionsToAsk(m_record.answers) : std::vector<int>{};
}

bool QuestionPage::writable() const
{
    return m_store && m_store->mode() == Store::Mode::ReadWrite && m_record.status != AssessmentStatus::Finished;
}

void QuestionPage::checkAnswer(const QString& choiceId)
{
    // An exclusive group never lets its checked button go: lift that while setting the state.
    m_answers->setExclusive(false);
    for (QAbstractButton* b : m_answers->buttons()) {
        const QSignalBlocker blocker(b);
        b->setChecked(b->property("choice").toString() == choiceId);
    }
    m_answers->setExclusive(true);
}

void QuestionPage::show(int position)
{
    if (m_asked.empty()) {
        showSummary();
        return;
    }
    saveNote();
    m_position = std::clamp(position, 0, int(m_asked.size()) - 1);
    m_views->setCurrentIndex(0);
    const Question& q = m_pack->questions[std::size_t(m_asked[std::size_t(m_position)])];
    m_category->setText(m_pack->categories[std::size_t(q.category)].title.text(m_language));
    m_counter->setText(tr("Question %1 of %2").arg(m_position + 1).arg(m_asked.size()));
    // Rich text for the line height: wrapped Latin lines otherwise sit too close to read easily.
    m_text->setText(u"<p style=\"line-height: 135%\">%1</p>"_s.arg(q.text.text(m_language).toHtmlEscaped()));
    m_help->setText(u"<p style=\"line-height: 130%\">%1</p>"_s.arg(q.help.text(m_language).toHtmlEscaped()));
    m_helpToggle->setVisible(!q.help.text(m_language).isEmpty());
    QStringList refs;
    for (const QString& key : q.refs) {
        const Reference* ref = m_pack->reference(key);
        refs.append(ref ? ref->title.text(m_language) : key);
    }
    m_refs->setText(refs.isEmpty() ? QString() : tr("Guideline: %1").arg(refs.join(u" / "_s)));
    checkAnswer(m_record.answers.choices.value(q.id));
    // A finished assessment, or a database open read-only, is shown as it is and cannot be changed.
    for (QAbstractButton* b : m_answers->buttons()) {
        b->setEnabled(writable());
    }
    m_note->setReadOnly(!writable());
    {
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(m_record.answers.notes.value(q.id, m_pendingNotes.value(q.id)));
    }
    m_noteTimer->stop();
    m_text->setAccessibleName(q.text.text(m_language));
    emit viewChanged();
}

void QuestionPage::showSummary()
{
    saveNote();
    m_views->setCurrentIndex(1);
    const ScoreResult r = score();
    const bool finished = m_record.status == AssessmentStatus::Finished;
    m_summaryTitle->setText(finished ? tr("This assessment is finished") : tr("All questions answered"));
    QString text = u"<p>"_s +
                   tr("%1 of %2 questions answered. Score: %3 of 100.")
                       .arg(r.answered)
                       .arg(r.applicable)
                       .arg(QLocale().toString(r.score, 'f', 1))
                       .toHtmlEscaped() +
                   u"</p>"_s;
    if (r.level) {
        text += u"<p><b>%1</b><br>%2</p>"_s.arg(r.level->label.text(m_language).toHtmlEscaped(),
                                                r.level->advice.text(m_language).toHtmlEscaped());
    }
    if (r.unknown > 0) {
        text += u"<p>%1</p>"_s.arg(
            tr("%n question(s) answered \"don't know\": worth finding out.", nullptr, r.unknown).toHtmlEscaped());
    }
    if (r.answered < r.applicable) {
        text += u"<p>%1</p>"_s.arg(
            tr("%n question(s) still open count as not done.", nullptr, r.applicable - r.answered).toHtmlEscaped());
    }
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setText(text);
    m_finish->setVisible(writable());
    m_review->setText(finished ? tr("&Look through the answers") : tr("&Review answers"));
    emit viewChanged();
}

bool QuestionPage::answer(const QString& choiceId)
{
    const QString question = currentQuestion();
    if (question.isEmpty() || !writable() || m_pack->choiceIndex(choiceId) < 0) {
        return false;
    }
    m_noteTimer->stop();
    const QString note = m_note->toPlainText().trimmed();
    const auto stored = m_store->saveAnswer(m_record.id, question, choiceId, note);
    if (!stored) {
        emit saveFailed(stored.error().first().message);
        show(m_position); // shows the answer that is really stored
        return false;
    }
    m_record.answers.choices.insert(question, choiceId);
    if (note.isEmpty()) {
        m_record.answers.notes.remove(question);
    } else {
        m_record.answers.notes.insert(question, note);
    }
    m_pendingNotes.remove(question);
    // An answer can open or close follow-up questions; stay on this one.
    refreshAsked();
    const auto here = std::find_if(m_asked.begin(), m_asked.end(),
                                   [&](int i) { return m_pack->questions[std::size_t(i)].id == question; });
    m_position = here == m_asked.end() ? 0 : int(here - m_asked.begin());
    checkAnswer(choiceId);
    emit saved();
    emit progress(answered(), applicable());
    return true;
}

void QuestionPage::saveNote()
{
    m_noteTimer->stop();
    const QString question = currentQuestion();
    if (question.isEmpty() || m_views->currentIndex() != 0 || !writable()) {
        return;
    }
    const QString note = m_note->toPlainText().trimmed();
    if (note == m_record.answers.notes.value(question)) {
        return;
    }
    const QString choice = m_record.answers.choices.value(question);
    if (choice.isEmpty()) {
        m_pendingNotes.insert(question, note); // kept with the answer when it is given
        return;
    }
    const auto stored = m_store->saveAnswer(m_record.id, question, choice, note);
    if (!stored) {
        emit saveFailed(stored.error().first().message);
        return;
    }
    if (note.isEmpty()) {
        m_record.answers.notes.remove(question);
    } else {
        m_record.answers.notes.insert(question, note);
    }
    emit saved();
}

void QuestionPage::next()
{
    if (showingSummary()) {
        return;
    }
    if (m_position + 1 < int(m_asked.size())) {
        show(m_position + 1);
    } else {
        showSummary();
    }
}

void QuestionPage::previous()
{
    if (showingSummary()) {
        show(int(m_asked.size()) - 1);
    } else if (m_position > 0) {
        show(m_position - 1);
    }
}

bool QuestionPage::finish()
{
    saveNote();
    const auto done = m_store->finishAssessment(m_record.id);
    if (!done) {
        emit saveFailed(done.error().first().message);
        return false;
    }
    m_record.status = AssessmentStatus::Finished;
    showSummary();
    emit finished(m_record.id);
    return true;
}

void QuestionPage::keyPressEvent(QKeyEvent* event)
{
    // Keys reach the page only when the focused control does not want them (never from the note).
    if (!showingSummary()) {
        const int key = event->key();
        if (key >= Qt::Key_1 && key <= Qt::Key_9) {
            if (QAbstractButton* button = m_answers->button(key - Qt::Key_0)) {
                answer(button->property("choice").toString());
                return;
            }
        }
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            next();
            return;
        }
        if (key == Qt::Key_Backspace) {
            previous();
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

void QuestionPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void QuestionPage::retranslate()
{
    m_helpToggle->setText(tr("What this means"));
    m_helpToggle->setAccessibleName(tr("Show or hide the explanation"));
    m_noteLabel->setText(tr("N&ote (optional, kept with the answer):"));
    m_note->setAccessibleName(tr("Note"));
    m_help->setAccessibleName(tr("Explanation of the question"));
    m_refs->setAccessibleName(tr("Guideline reference"));
    m_summary->setAccessibleName(tr("Summary of the assessment"));
    m_finish->setText(tr("&Finish the assessment"));
    m_finish->setAccessibleName(tr("Finish the assessment"));
    m_review->setAccessibleName(tr("Go back through the answers"));
    m_results->setText(tr("See the &results"));
    m_results->setAccessibleName(tr("See the results and the action plan"));
    if (m_pack) {
        if (showingSummary()) {
            showSummary();
        } else {
            show(m_position);
        }
    } else {
        m_review->setText(tr("&Review answers"));
    }
}

} // namespace mamori::gui
