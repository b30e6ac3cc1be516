#include "core/answering.h"

#include "core/scorer.h"

#include <QCoreApplication>

#include <algorithm>

namespace mamori {

using namespace Qt::StringLiterals;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Answering)
};

} // namespace

Result<bool> checkAnswer(const Pack& pack, const AssessmentRecord& record, const QString& question,
                         const QString& choice)
{
    const auto fail = [&](ErrorCode code, const QString& message) {
        Diagnostic d = fileError(code, pack.id, message);
        d.path = question;
        return failure(std::move(d));
    };
    const int index = pack.questionIndex(question);
    if (index < 0) {
        return fail(ErrorCode::Reference, Tr::tr("the pack %1 has no question \"%2\"").arg(pack.id, question));
    }
    if (!choice.isEmpty() && pack.choiceIndex(choice) < 0) {
        return fail(
            ErrorCode::Value,
            Tr::tr("unknown answer \"%1\"; the pack's choices are: %2").arg(choice, pack.choiceIds().join(u", "_s)));
    }
    const std::vector<int> asked = Scorer(pack, record.profile).questionsToAsk(record.answers);
    if (std::find(asked.begin(), asked.end(), index) == asked.end()) {
        return fail(ErrorCode::Value,
                    Tr::tr("question %1 is not asked of this firm (its profile or earlier answers leave it out)")
                        .arg(question));
    }
    return true;
}

Result<AnswerWrite> writeAnswer(Store& store, const Pack& pack, const AssessmentRecord& record, const QString& question,
                                const QString& choice, const QString& note, qint64 expectedRevision)
{
    if (auto checked = checkAnswer(pack, record, question, choice); !checked) {
        return failure(checked.error().first());
    }
    const auto stored = choice.isEmpty() ? store.saveNote(record.id, question, note, expectedRevision)
                                         : store.saveAnswer(record.id, question, choice, note, expectedRevision);
    AnswerWrite out;
    if (stored) {
        out.revision = *stored;
        return out;
    }
    if (stored.error().first().code != ErrorCode::Conflict) {
        return tl::unexpected(stored.error());
    }
    auto theirs = store.storedAnswer(record.id, question);
    if (!theirs) {
        return tl::unexpected(theirs.error());
    }
    out.theirs = std::move(*theirs);
    out.conflict = stored.error();
    return out;
}

} // namespace mamori
