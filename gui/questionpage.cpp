#include "gui/questionpage.h"

#include "core/answering.h"
#include "core/format.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
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
      m_review(new QPushButton), m_finish(new QPushButton), m_results(new QPushButton), m_layoutChoice(new QComboBox),
      m_areaScroll(new QScrollArea)
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
    m_summaryTitle->setObjectName(u"summaryTitle"_s);
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
    m_areaScroll->setWidgetResizable(true);
    m_areaScroll->setFrameShape(QFrame::NoFrame);
    m_areaScroll->setObjectName(u"areaView"_s);
    m_views->addWidget(m_areaScroll);
    m_layoutChoice->setObjectName(u"questionLayout"_s);
    connect(m_layoutChoice, &QComboBox::activated, this,
            [this](int index) { setLayout(index == 1 ? Layout::WholeArea : Layout::OneQuestion); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(24, 8, 24, 0);
    top->addStretch();
    top->addWidget(m_layoutChoice);
    layout->addLayout(top);
    layout->addWidget(m_views);

    connect(m_helpToggle, &QToolButton::toggled, this, [this](bool open) {
        m_help->setVisible(open);
        m_helpToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_answers, &QButtonGroup::buttonClicked, this,
            [this](QAbstractButton* button) { answer(button->property("choice").toString()); });
    connect(m_note, &QPlainTextEdit::textChanged, this, [this] { m_noteTimer->start(); });
    connect(m_noteTimer, &QTimer::timeout, this, &QuestionPage::saveNote);
    connect(m_review, &QPushButton::clicked, this, [this] {
        if (m_layout == Layout::WholeArea) {
            showArea(0);
        } else {
            show(0);
        }
    });
    connect(m_finish, &QPushButton::clicked, this, &QuestionPage::finish);
    connect(m_results, &QPushButton::clicked, this, &QuestionPage::resultsRequested);
    retranslate();
}

void QuestionPage::clear()
{
    m_noteTimer->stop();
    m_views->setCurrentIndex(1); // nothing of the old assessment may be saved from the question view
    m_store = nullptr;
    m_pack.reset();
    m_scorer.reset();
    m_record = AssessmentRecord{};
    m_asked.clear();
    m_position = 0;
    m_area = 0;
    const QSignalBlocker blocker(m_note);
    m_note->clear();
}

Result<bool> QuestionPage::start(Store* store, qint64 assessmentId, std::shared_ptr<const Pack> pack)
{
    saveNote(); // the assessment on screen until now keeps its last note
    auto record = store->assessment(assessmentId);
    if (!record) {
        return failure(record.error());
    }
    clear();
    m_store = store;
    m_pack = std::move(pack);
    m_record = std::move(*record);
    m_scorer = std::make_unique<Scorer>(*m_pack, m_record.profile);
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
        if (m_layout == Layout::WholeArea) {
            setLayout(Layout::WholeArea);
        }
    }
    emitProgress();
    return true;
}

void QuestionPage::setLanguage(Language language)
{
    m_language = language;
    if (m_pack) {
        rebuildButtons();
        if (showingSummary()) {
            showSummary();
        } else if (m_views->currentIndex() == 2) {
            showArea(m_area);
        } else {
            show(m_position);
        }
    }
}

QString QuestionPage::currentQuestion() const
{
    if (!m_pack || m_views->currentIndex() != 0 || m_asked.empty()) {
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

void QuestionPage::emitProgress()
{
    const ScoreResult r = score(); // one scoring for both numbers
    emit progress(r.answered, r.applicable);
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
        m_note->setPlainText(m_record.answers.notes.value(q.id));
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
    m_summaryTitle->setText(finished                    ? tr("This assessment is finished")
                            : r.answered < r.applicable ? tr("End of the questions")
                                                        : tr("All questions answered"));
    QString text = u"<p>"_s +
                   tr("%1 of %2 questions answered. Score: %3 of 100.")
                       .arg(formatCount(r.answered), formatCount(r.applicable), formatNumber(r.score))
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
    m_review->setText(finished ? tr("&Look through the answers") : tr("Re&view answers"));
    emit viewChanged();
}

bool QuestionPage::answer(const QString& choiceId)
{
    return answerQuestion(currentQuestion(), choiceId);
}

bool QuestionPage::answerQuestion(const QString& question, const QString& choiceId)
{
    if (question.isEmpty() || choiceId.isEmpty() || !writable() ||
        !mamori::checkAnswer(*m_pack, m_record, question, choiceId)) {
        return false;
    }
    const bool single = m_views->currentIndex() == 0;
    m_noteTimer->stop();
    // The note on screen belongs to the question on screen; in the whole-area view notes stay as they are.
    const QString note = single ? m_note->toPlainText().trimmed() : m_record.answers.notes.value(question);
    if (!write(question, choiceId, note)) {
        refreshAsked(); // a colleague's answer kept instead may open or close follow-ups
        if (single) {
            show(std::min(m_position, int(m_asked.size()) - 1)); // shows the answer that is really stored
        } else {
            showArea(m_area);
        }
        return false;
    }
    // An answer can open or close follow-up questions; stay on this one.
    refreshAsked();
    const auto here = std::find_if(m_asked.begin(), m_asked.end(),
                                   [&](int i) { return m_pack->questions[std::size_t(i)].id == question; });
    m_position = here == m_asked.end() ? 0 : int(here - m_asked.begin());
    if (single) {
        checkAnswer(choiceId);
        m_counter->setText(tr("Question %1 of %2").arg(m_position + 1).arg(m_asked.size()));
    } else {
        showArea(m_area); // follow-ups may have appeared in this area
    }
    emit saved();
    emitProgress();
    return true;
}

std::vector<int> QuestionPage::areasAsked() const
{
    std::vector<int> areas;
    for (const int i : m_asked) {
        const int category = m_pack->questions[std::size_t(i)].category;
        if (std::find(areas.begin(), areas.end(), category) == areas.end()) {
            areas.push_back(category);
        }
    }
    std::sort(areas.begin(), areas.end());
    return areas;
}

QString QuestionPage::currentArea() const
{
    const std::vector<int> areas = areasAsked();
    if (m_views->currentIndex() != 2 || areas.empty()) {
        return {};
    }
    return m_pack->categories[std::size_t(areas[std::size_t(std::clamp(m_area, 0, int(areas.size()) - 1))])].id;
}

void QuestionPage::setLayout(Layout layout)
{
    m_layout = layout;
    {
        const QSignalBlocker blocker(m_layoutChoice);
        m_layoutChoice->setCurrentIndex(layout == Layout::WholeArea ? 1 : 0);
    }
    if (!m_pack || showingSummary()) {
        return;
    }
    if (layout == Layout::WholeArea) {
        // Open the area of the question that was on screen.
        const std::vector<int> areas = areasAsked();
        const int category =
            m_asked.empty() ? -1 : m_pack->questions[std::size_t(m_asked[std::size_t(m_position)])].category;
        const auto it = std::find(areas.begin(), areas.end(), category);
        showArea(it == areas.end() ? 0 : int(it - areas.begin()));
    } else {
        show(m_position);
    }
}

void QuestionPage::showArea(int area)
{
    saveNote();
    const std::vector<int> areas = areasAsked();
    if (areas.empty()) {
        showSummary();
        return;
    }
    m_area = std::clamp(area, 0, int(areas.size()) - 1);
    const int category = areas[std::size_t(m_area)];
    const int scroll = m_areaScroll->verticalScrollBar() ? m_areaScroll->verticalScrollBar()->value() : 0;
    auto* content = new QWidget;
    content->setMaximumWidth(1100);
    auto* list = new QVBoxLayout(content);
    list->setContentsMargins(24, 12, 24, 20);
    auto* title = new QLabel(u"%1  —  %2"_s.arg(m_pack->categories[std::size_t(category)].title.text(m_language),
                                                tr("area %1 of %2").arg(m_area + 1).arg(areas.size())));
    QFont bold = title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    title->setFont(bold);
    list->addWidget(title);
    int number = 0;
    for (std::size_t k = 0; k < m_asked.size(); ++k) {
        const Question& q = m_pack->questions[std::size_t(m_asked[k])];
        if (q.category != category) {
            continue;
        }
        ++number;
        auto* text = new QLabel(u"%1. %2"_s.arg(number).arg(q.text.text(m_language)));
        text->setWordWrap(true);
        text->setToolTip(q.help.text(m_language));
        list->addSpacing(6);
        list->addWidget(text);
        auto* row = new QHBoxLayout;
        auto* group = new QButtonGroup(content);
        const QString chosen = m_record.answers.choices.value(q.id);
        for (const ScaleChoice& choice : m_pack->scale) {
            auto* button = new QPushButton(choice.label.text(m_language));
            button->setObjectName(u"area_%1_%2"_s.arg(q.id, choice.id));
            button->setCheckable(true);
            button->setChecked(choice.id == chosen);
            button->setEnabled(writable());
            button->setAccessibleName(u"%1: %2"_s.arg(q.text.text(m_language), choice.label.text(m_language)));
            button->setStyleSheet(u"QPushButton:checked { background: palette(highlight); color: "
                                  "palette(highlighted-text); font-weight: bold; }"_s);
            group->addButton(button);
            row->addWidget(button);
            const QString questionId = q.id;
            const QString choiceId = choice.id;
            // Queued: answering rebuilds this page, which must not happen inside the click.
            connect(
                button, &QPushButton::clicked, this,
                [this, questionId, choiceId] { answerQuestion(questionId, choiceId); }, Qt::QueuedConnection);
        }
        row->addStretch();
        list->addLayout(row);
    }
    list->addStretch();
    m_areaScroll->setWidget(content); // deletes the previous content
    m_areaContent = content;
    m_areaScroll->verticalScrollBar()->setValue(scroll);
    m_views->setCurrentIndex(2);
    emit viewChanged();
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
    // Saved at once even before the question is answered, so closing Mamori loses no note.
    if (!write(question, m_record.answers.choices.value(question), note)) {
        return;
    }
    emit saved();
}

std::optional<qint64> QuestionPage::write(const QString& question, const QString& choice, const QString& note)
{
    qint64 seen = m_record.answers.revisions.value(question, 0);
    // A note alone leaves the stored choice as it is, which may be a colleague's by now.
    QString kept = choice;
    // A colleague may change it again while the question is asked; after a few rounds, say so.
    for (int round = 0; round < 3; ++round) {
        const auto stored = writeAnswer(*m_store, *m_pack, m_record, question, choice, note, seen);
        if (!stored) {
            emit saveFailed(stored.error().first().message);
            return std::nullopt;
        }
        if (!stored->theirs) {
            remember(question, kept, note, stored->revision);
            return stored->revision;
        }
        const auto theirs = stored->theirs;
        if (choice.isEmpty()) {
            kept = theirs->choice;
        }
        if (!replaceTheirs(question, *theirs, kept, note)) {
            adopt(question, *theirs);
            return std::nullopt;
        }
        seen = theirs->revision;
    }
    emit saveFailed(tr("The answer to %1 keeps being changed by someone else; try again in a moment.").arg(question));
    return std::nullopt;
}

bool QuestionPage::replaceTheirs(const QString& question, const StoredAnswer& theirs, const QString& choice,
                                 const QString& note)
{
    const auto describe = [&](const QString& c, const QString& n) {
        const int index = m_pack->choiceIndex(c);
        QString text = index < 0 ? tr("not answered") : m_pack->scale[std::size_t(index)].label.text(m_language);
        if (!n.isEmpty()) {
            text += tr(" — note: %1").arg(n);
        }
        return text;
    };
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"),
                    tr("%1 changed the answer to %2 at %3, after this screen showed it.")
                        .arg(theirs.changedBy.isEmpty() ? tr("Someone") : theirs.changedBy, question,
                             theirs.changedAt.isValid() ? formatDateTime(theirs.changedAt) : tr("an unknown time")),
                    QMessageBox::NoButton, this);
    box.setObjectName(u"answerConflict"_s);
    box.setInformativeText(
        tr("Theirs: %1\nYours: %2").arg(describe(theirs.choice, theirs.note), describe(choice, note)));
    QPushButton* keep = box.addButton(tr("&Keep theirs"), QMessageBox::RejectRole);
    QPushButton* replace = box.addButton(tr("&Replace with mine"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepTheirs"_s);
    replace->setObjectName(u"replaceWithMine"_s);
    box.setDefaultButton(keep); // a stray Enter loses nobody's work
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == replace;
}

void QuestionPage::adopt(const QString& question, const StoredAnswer& stored)
{
    remember(question, stored.choice, stored.note, stored.revision);
    if (currentQuestion() == question) {
        // Their note replaces the one on screen, which would otherwise be saved back over it.
        const QSignalBlocker blocker(m_note);
        m_note->setPlainText(stored.note);
    }
    emitProgress();
}

void QuestionPage::remember(const QString& question, const QString& choice, const QString& note, qint64 revision)
{
    if (choice.isEmpty()) {
        m_record.answers.choices.remove(question);
    } else {
        m_record.answers.choices.insert(question, choice);
    }
    if (note.isEmpty()) {
        m_record.answers.notes.remove(question);
    } else {
        m_record.answers.notes.insert(question, note);
    }
    if (revision > 0) {
        m_record.answers.revisions.insert(question, revision);
    } else {
        m_record.answers.revisions.remove(question);
    }
}

void QuestionPage::next()
{
    if (showingSummary()) {
        return;
    }
    if (m_views->currentIndex() == 2) {
        if (m_area + 1 < int(areasAsked().size())) {
            showArea(m_area + 1);
        } else {
            showSummary();
        }
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
        if (m_layout == Layout::WholeArea) {
            showArea(int(areasAsked().size()) - 1);
        } else {
            show(int(m_asked.size()) - 1);
        }
    } else if (m_views->currentIndex() == 2) {
        if (m_area > 0) {
            showArea(m_area - 1);
        }
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
    if (m_views->currentIndex() == 0) {
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

void QuestionPage::hideEvent(QHideEvent* event)
{
    saveNote(); // leaving the page (another step, or the window closing) keeps the note
    QWidget::hideEvent(event);
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
    {
        const QSignalBlocker blocker(m_layoutChoice);
        m_layoutChoice->clear();
        m_layoutChoice->addItem(tr("One question at a time"));
        m_layoutChoice->addItem(tr("A whole area per page"));
        m_layoutChoice->setCurrentIndex(m_layout == Layout::WholeArea ? 1 : 0);
        m_layoutChoice->setAccessibleName(tr("How the questions are laid out"));
    }
    m_help->setAccessibleName(tr("Explanation of the question"));
    m_refs->setAccessibleName(tr("Guideline reference"));
    m_summary->setAccessibleName(tr("Summary of the assessment"));
    m_finish->setText(tr("F&inish the assessment"));
    m_finish->setAccessibleName(tr("Finish the assessment"));
    m_review->setAccessibleName(tr("Go back through the answers"));
    m_results->setText(tr("&See the results"));
    m_results->setAccessibleName(tr("See the results and the action plan"));
    if (m_pack) {
        if (showingSummary()) {
            showSummary();
        } else if (m_views->currentIndex() == 2) {
            showArea(m_area);
        } else {
            show(m_position);
        }
    } else {
        m_review->setText(tr("Re&view answers"));
    }
}

} // namespace mamori::gui
