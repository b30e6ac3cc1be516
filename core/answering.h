#pragma once

#include "core/diagnostic.h"
#include "core/pack.h"
#include "core/store.h"

#include <optional>

namespace mamori {

// Answering one question of a stored assessment, as the window and `mamori-cli assessment answer`
// both do it: one check and one write, so neither front end can let through what the other refuses.

// The question is in the pack and asked of this firm, given its profile and its answers so far (a
// follow-up only once its parent opens it); the choice, when given, is one of the pack's.
Result<bool> checkAnswer(const Pack& pack, const AssessmentRecord& record, const QString& question,
                         const QString& choice);

struct AnswerWrite
{
    qint64 revision = 0;                // the answer's new revision, when it was written
    std::optional<StoredAnswer> theirs; // someone else's answer, stored since the revision read: nothing written
    Diagnostics conflict;               // the store's account of that (who and when), for a front end to show
};

// Checks, then writes the choice and the note (an empty choice writes the note alone, keeping the
// stored choice). The write names `expectedRevision`, the revision the caller read (Store::AnyRevision
// to write over whatever is there); when someone else has changed the answer since, nothing is
// written and their answer is returned, for the caller to keep or to write over with its revision.
Result<AnswerWrite> writeAnswer(Store& store, const Pack& pack, const AssessmentRecord& record, const QString& question,
                                const QString& choice, const QString& note, qint64 expectedRevision);

} // namespace mamori
