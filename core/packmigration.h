#pragma once

#include "core/answers.h"
#include "core/diagnostic.h"
#include "core/localizedtext.h"
#include "core/pack.h"
#include "core/profile.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace mamori {

class Store;

// What changed between two versions of a pack (`mamori-cli pack diff`, the pack manager's diff view).
struct PackDiff
{
    struct Change
    {
        QString id;    // question, category, choice or level id
        QString field; // "text", "help", "category", "weight", "applies_if", "depends_on", "refs",
                       // "recommendation", "title", "target", "points", "min", …
        QString from;
        QString to;
    };
    struct Replacement
    {
        QString oldId;
        QString newId;
    };

    QStringList added;                 // questions with no predecessor
    std::vector<Replacement> replaced; // declared with "replaces"
    QStringList removed;               // gone and declared in "removed"
    QStringList undeclared;            // gone without being replaced or declared removed
    std::vector<Change> changed;       // questions present in both, field by field
    QStringList categoriesAdded;
    QStringList categoriesRemoved;
    std::vector<Change> categoriesChanged; // title, description, targets
    std::vector<Change> scoring;           // scale choices and points, bands

    bool empty() const;
};

PackDiff diffPacks(const Pack& older, const Pack& newer);

// Carrying an assessment's answers from one version of a pack to another. Nothing is dropped
// silently: every earlier answer is either carried or listed with the reason it is not.
struct Migration
{
    struct Carried
    {
        QString question; // in the new version
        QString from;     // in the earlier version (the same id, or the one it replaces)
        QString choice;
        bool reworded = false; // the question's text changed: worth a second look
    };
    enum class Reason
    {
        New,        // the question is new in this version
        Unanswered, // it was there before, but not answered
        ChoiceGone, // the earlier answer is no longer a choice of the scale
    };
    struct Fresh
    {
        QString question;
        Reason reason = Reason::New;
        QString earlierChoice; // for ChoiceGone
    };
    struct Left
    {
        QString question; // in the earlier version
        QString choice;
        QString note;
        bool declared = false; // the new version says it removed the question on purpose
        LocalizedText why;     // its note, when declared
    };

    AnswerSet answers; // for the new version
    std::vector<Carried> carried;
    std::vector<Fresh> fresh; // questions that apply to the firm and need an answer
    std::vector<Left> left;   // earlier answers not carried over (kept in the earlier assessment)
};

Migration planMigration(const Pack& older, const AnswerSet& answers, const Pack& newer, const Profile& profile);

// Starts a new assessment of the same firm with `newer` and the carried answers, atomically. The
// earlier assessment is left untouched, so its answers, including those not carried, stay in history.
struct MigrationResult
{
    qint64 assessmentId = 0;
    Migration migration;
};
Result<MigrationResult> migrateAssessment(Store& store, qint64 assessmentId, const Pack& older, const Pack& newer);

} // namespace mamori
