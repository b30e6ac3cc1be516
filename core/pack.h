#pragma once

#include "core/expression.h"
#include "core/localizedtext.h"
#include "core/packtrust.h"
#include "core/profile.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mamori {

struct ScaleChoice
{
    QString id;
    LocalizedText label;
    double points = 0; // meaningless when notApplicable
    bool flag = false; // e.g. "don't know": scored, but listed for review
    bool notApplicable = false;
};

struct Level
{
    QString id;
    double min = 0; // the lowest overall score (0–100) of this band
    LocalizedText label;
    LocalizedText advice;
};

struct CategoryTarget
{
    double defaultTarget = 0;
    std::optional<double> micro, small, medium, large;

    double forTier(Tier tier) const;
};

struct Category
{
    QString id;
    LocalizedText title;
    LocalizedText description;
    CategoryTarget target;
};

// How a reference was checked: against the cited document itself, against a public description of it
// (an official explainer, a news report), or not yet. Packs say which, so nobody mistakes a citation
// for a verified one.
enum class ReferenceCheck
{
    Unstated,
    Document,
    Secondary,
    NotChecked
};

struct Reference
{
    QString id;
    LocalizedText title;
    QString url;
    ReferenceCheck checked = ReferenceCheck::Unstated;
};

enum class Grade
{
    Low,
    Medium,
    High
};
QString gradeId(Grade grade);

struct Recommendation
{
    LocalizedText text;
    Grade cost = Grade::Low;
    Grade effort = Grade::Low;
    QStringList capabilities;
};

struct DependsOn
{
    int question = -1;   // index into Pack::questions
    QStringList answers; // the parent's answers that open this follow-up
    // The choice (index into Pack::scale) the follow-up counts as while it is closed, or -1 to leave it
    // out of scoring. "no" keeps a firm that skipped the parent from scoring better than one that
    // half-did it and was then asked the follow-up.
    int otherwise = -1;
};

struct Question
{
    QString id;
    int category = -1; // index into Pack::categories
    double weight = 1;
    LocalizedText text;
    LocalizedText help;
    std::optional<Expression> appliesIf;
    std::optional<DependsOn> dependsOn;
    QStringList refs;
    Recommendation recommendation;
    // Ids of questions in earlier versions of the pack whose answers this one takes over on migration.
    QStringList replaces;
};

// A question of an earlier version that was dropped on purpose: its answers are not carried over.
struct RemovedQuestion
{
    QString id;
    LocalizedText note; // why, for the migration report; may be empty
};

struct Guideline
{
    QString id;
    LocalizedText title;
    LocalizedText publisher;
    QString edition;
    QString url;
};

// A questionnaire pack, validated: every cross-reference resolves and every expression type-checks.
struct Pack
{
    QString id;
    QString version;
    LocalizedText title;
    LocalizedText description;
    Guideline guideline;
    std::vector<ScaleChoice> scale;
    std::vector<Level> levels; // sorted by min, ascending
    std::vector<Category> categories;
    std::vector<Reference> references;
    std::vector<Question> questions;
    std::vector<RemovedQuestion> removed;
    QString sourcePath; // where it was loaded from
    // BLAKE2b-256 of the file's bytes, hex (4× faster than SHA-256 on a large pack). Stored results carry it, so any
    // edit to the pack — a scoring fix that kept the version number included — makes them be computed again.
    QString digest;
    // What its signature said when it was loaded from a repository (core/packrepository.h).
    Verification verification;

    double maxPoints() const { return m_maxPoints; }
    int questionIndex(QStringView key) const { return m_questionIndex.value(key.toString(), -1); }
    int choiceIndex(QStringView key) const;
    // The ids of the scale, in order (for "allowed: …" messages).
    QStringList choiceIds() const;
    int categoryIndex(QStringView key) const;
    const Reference* reference(QStringView key) const;
    // The band reached by an overall score, or nullptr when the pack defines none.
    const Level* levelFor(double score) const;
    // The band with this id, or nullptr.
    const Level* level(QStringView levelId) const;

    // Builds the lookup tables; called by the loader once the pack is complete.
    void index();

private:
    double m_maxPoints = 0;
    QHash<QString, int> m_questionIndex;
};

} // namespace mamori
