#pragma once

#include "core/diagnostic.h"
#include "core/profile.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <vector>

namespace mamori {

class PackRepository;

// One firm, or one assessment with its firm, as moved between PCs (docs/export-format.md). Firms and
// assessments carry a uid that stays the same on every PC, so an import recognises what it already
// holds and never duplicates it.
struct TransferDocument
{
    static constexpr int Version = 1;

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
        QDateTime answeredAt;
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

// What an import did. Importing the same document again adds nothing and changes nothing. An
// assessment already here is merged with the document's answer by answer, the later answer winning.
struct ImportReport
{
    qint64 firmId = 0;
    bool firmAdded = false;
    int profilesAdded = 0;
    int assessmentsAdded = 0;
    int assessmentsUpdated = 0;        // already here; the document's newer answers were merged in
    int assessmentsUnchanged = 0;      // already here, nothing newer in the document
    int answersTaken = 0;              // answers of assessments already here, added or replaced by later ones
    int answersKeptLocal = 0;          // answers here given later than the document's different ones: kept
    std::vector<qint64> assessmentIds; // local ids, in document order
};

} // namespace mamori
