#pragma once

#include "core/diagnostic.h"
#include "core/profile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <map>
#include <vector>

namespace mamori {

class PackRepository;

// One firm, or one assessment with its firm, as moved between PCs (docs/export-format.md). Firms and
// assessments carry a uid that stays the same on every PC, so an import recognises what it already
// holds and never duplicates it.
struct TransferDocument
{
    // 2 adds where each answer was given and what each side had seen of the others (`origin`, `seen`),
    // so an import merges by revisions, not by clocks. Version 1 documents are still read.
    static constexpr int Version = 2;

    enum class Scope
    {
        Firm,
        Assessment
    };
    struct ProfileVersion
    {
        QDateTime savedAt;
        Profile profile;
    };
    struct Answer
    {
        QString question;
        QString choice;
        QString note;
        QDateTime answeredAt; // shown to people; never used to decide which answer wins
        // The database where this value was given (its store uid) and that database's revision of the
        // assessment at the change; empty and 0 in a version 1 document, whose origin is unknown.
        QString originStore;
        qint64 originRevision = 0;
    };
    struct Assessment
    {
        QString uid;
        int profile = 0; // index into `profiles`
        QString packId;
        QString packVersion;
        bool finished = false;
        QDateTime startedAt;
        QDateTime updatedAt;
        QDateTime finishedAt;
        std::vector<Answer> answers; // in question id order
        // For each database whose answers this copy holds (the exporting one included): the newest of its
        // revisions this copy has seen. Empty in a version 1 document.
        std::map<QString, qint64> seen;
    };

    Scope scope = Scope::Firm;
    QDateTime exportedAt;
    QString generator;
    QString firmUid;
    QDateTime firmCreatedAt;
    std::vector<ProfileVersion> profiles; // oldest first; the last is the firm's current profile
    std::vector<Assessment> assessments;
};

QByteArray transferToJson(const TransferDocument& document);

// Reads and validates a whole document before anything is written: its structure, every profile, and
// every answer against the installed pack of the same id and version (`packs`). Every problem is
// reported with file, line, column and JSON path.
Result<TransferDocument> parseTransfer(const QByteArray& json, const QString& fileName, const PackRepository& packs);
Result<TransferDocument> loadTransfer(const QString& path, const PackRepository& packs);

// Writes atomically (temporary file, then rename).
Result<bool> saveTransfer(const TransferDocument& document, const QString& path);

// An answer both sides changed since they last met: what is here and what the document says. The import
// keeps the one here unless the caller prefers theirs; both go into the change log either way.
struct ImportConflict
{
    qint64 assessmentId = 0;
    QString question;
    QString localChoice; // empty: the question is not answered here (a note alone, or taken back)
    QString localNote;
    QDateTime localAt;
    QString theirChoice;
    QString theirNote;
    QDateTime theirAt; // as the other PC's clock said
    bool tookTheirs = false;
};

// What an import did. Importing the same document again adds nothing and changes nothing. An
// assessment already here is merged with the document's answer by answer, by what each side changed
// since they last met (never by their clocks): a change on one side only is taken or kept; a change on
// both sides is a conflict (see ImportConflict).
struct ImportReport
{
    qint64 firmId = 0;
    bool firmAdded = false;
    int profilesAdded = 0;
    int assessmentsAdded = 0;
    int assessmentsUpdated = 0;            // already here; the document's newer answers were merged in
    int assessmentsUnchanged = 0;          // already here, nothing newer in the document
    int answersTaken = 0;                  // answers of assessments already here, added or replaced by later ones
    int answersKeptLocal = 0;              // answers changed here since the document's copy was made: kept
    std::vector<ImportConflict> conflicts; // answers changed on both sides, in document order
    std::vector<qint64> assessmentIds;     // local ids, in document order
};

} // namespace mamori
