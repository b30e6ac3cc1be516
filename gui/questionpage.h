#pragma once

#include "core/localizedtext.h"
#include "core/pack.h"
#include "core/scorer.h"
#include "core/store.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <vector>

class QAbstractButton;
class QComboBox;
class QScrollArea;
class QVBoxLayout;
class QButtonGroup;
class QHBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace mamori::gui {

// Step "Questions": one question at a time, only those that apply to the firm (its profile and its
// earlier answers), each answer saved to the database the moment it is given. Keys: 1–9 answer,
// Enter goes on, Backspace goes back (outside the note). Reopened, it resumes at the first question
// still open.
class QuestionPage : public QWidget
{
    Q_OBJECT

public:
    explicit QuestionPage(QWidget* parent = nullptr);

    // Loads the assessment and shows its first open question, or the summary when none is open.
    Result<bool> start(Store* store, qint64 assessmentId, std::shared_ptr<const Pack> pack);
    void setLanguage(Language language);

    qint64 assessmentId() const { return m_record.id; }
    QString currentQuestion() const;
    bool showingSummary() const;
    int answered() const;
    int applicable() const;

    // One question at a time (for a firm answering itself: one thing to think about, its explanation
    // beside it), or a whole area per page (for a consultant going through an interview: the area at a
    // glance). Same answers, same saving.
    enum class Layout
    {
        OneQuestion,
        WholeArea,
    };
    void setLayout(Layout layout);
    Layout layoutMode() const { return m_layout; }
    // The area shown in the whole-area layout (a pack category id).
    QString currentArea() const;

    // What the buttons and keys do (public for tests and the window's Back/Next).
    bool answer(const QString& choiceId);
    // Answers a given question (the whole-area layout has many on screen).
    bool answerQuestion(const QString& questionId, const QString& choiceId);
    void next();
    void previous();
    bool finish();
    // Saves a note still waiting for its pause in typing (the window is closing, the page is left).
    void flush() { saveNote(); }
    // Lets go of the assessment and its database (another database is being opened).
    void clear();

signals:
    void progress(int answered, int applicable);
    void saved();
    void saveFailed(const QString& message);
    void finished(qint64 assessmentId);
    // Another question, or the summary, is shown.
    void viewChanged();
    void resultsRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuildButtons();
    void refreshAsked();
    void show(int position);
    void showArea(int area);
    std::vector<int> areasAsked() const; // category indexes with questions to ask, pack order
    void checkAnswer(const QString& choiceId);
    bool writable() const;
    void showSummary();
    void saveNote();
    // Writes a question's choice (empty: the note alone) and note, naming the revision on screen. If
    // someone has changed that answer since, asks whether to keep theirs or replace it; keeping
    // theirs puts it on screen. Returns the stored revision, or nothing when nothing was written.
    std::optional<qint64> write(const QString& question, const QString& choice, const QString& note);
    bool replaceTheirs(const QString& question, const StoredAnswer& theirs, const QString& choice, const QString& note);
    void adopt(const QString& question, const StoredAnswer& stored);
    void remember(const QString& question, const QString& choice, const QString& note, qint64 revision);
    ScoreResult score() const;
    void emitProgress();

    Store* m_store = nullptr;
    std::shared_ptr<const Pack> m_pack;
    std::unique_ptr<Scorer> m_scorer;
    AssessmentRecord m_record;
    std::vector<int> m_asked; // pack question indexes, in order
    int m_position = 0;       // index into m_asked
    Language m_language = Language::Japanese;

    QStackedWidget* m_views;
    QLabel* m_category;
    QLabel* m_counter;
    QLabel* m_text;
    QToolButton* m_helpToggle;
    QLabel* m_help;
    QLabel* m_refs;
    QHBoxLayout* m_answerRow;
    QButtonGroup* m_answers;
    QLabel* m_noteLabel;
    QPlainTextEdit* m_note;
    QTimer* m_noteTimer;
    QLabel* m_summaryTitle;
    QLabel* m_summary;
    QPushButton* m_review;
    QPushButton* m_finish;
    QPushButton* m_results;
    Layout m_layout = Layout::OneQuestion;
    int m_area = 0; // index into areasAsked()
    QComboBox* m_layoutChoice;
    QScrollArea* m_areaScroll;
    QWidget* m_areaContent = nullptr;
};

} // namespace mamori::gui
