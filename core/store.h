#pragma once

#include "core/answers.h"
#include "core/diagnostic.h"
#include "core/profile.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QSqlQuery;

namespace mamori {

struct FirmSummary
{
    qint64 id = 0;
    QString name;
    QDateTime createdAt;
    int assessments = 0;
};

struct FirmRecord
{
    qint64 id = 0;
    Profile profile;      // the latest version
    qint64 profileId = 0; // its row: assessments remember the version they were made with
    QDateTime createdAt;
    int profileVersions = 0;
};

enum class AssessmentStatus
{
    InProgress,
    Finished
};
QString assessmentStatusId(AssessmentStatus status);

struct AssessmentRecord
{
    qint64 id = 0;
    qint64 firmId = 0;
    qint64 profileId = 0;
    QString packId;
    QString packVersion;
    QDateTime startedAt;
    QDateTime updatedAt;
    QDateTime finishedAt; // null while in progress
    AssessmentStatus status = AssessmentStatus::InProgress;
    AnswerSet answers; // choices and notes, with packId/packVersion filled in
    Profile profile;   // the profile version the assessment was started with
    int answerCount = 0;
};

// The local database of firms, their profile versions, assessments and answers (SQLite through Qt
// SQL). One Store owns one named connection, used from the thread that opened it. Every write is its
// own short transaction, committed before the call returns: an answer given is an answer kept, even
// if the process is killed or the power fails the next moment (WAL journal, synchronous=FULL).
class Store
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    static constexpr int SchemaVersion = 1;
    // PRAGMA application_id of a Mamori database ('MMRI'), so a stranger's SQLite file is recognised.
    static constexpr qint32 ApplicationId = 0x4D4D5249;

    // Opens (ReadWrite: creating when missing) the database at `path`, or ":memory:". Refuses, with a
    // message that names the file and the way out: a file that is not SQLite or is damaged, an
    // SQLite file of another program, a database from a newer Mamori, one in use by another Mamori
    // (ReadWrite only — ReadOnly still opens it). Creates the folder 0700 and the file 0600, and
    // tightens wider permissions it finds. Migrates an older schema after copying the file aside.
    static Result<std::unique_ptr<Store>> open(const QString& path, Mode mode = Mode::ReadWrite);

    // The default database: $MAMORI_DB when set, else <AppData>/mamori.sqlite.
    static QString defaultPath();

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const QString& path() const { return m_path; }
    Mode mode() const { return m_mode; }

    Result<qint64> addFirm(const Profile& profile);
    // Saves a new version of the firm's profile; earlier assessments keep theirs.
    Result<qint64> updateProfile(qint64 firmId, const Profile& profile);
    Result<std::vector<FirmSummary>> firms() const;
    Result<FirmRecord> firm(qint64 firmId) const;

    Result<qint64> startAssessment(qint64 firmId, const QString& packId, const QString& packVersion);
    // Records one answer (a choice id, and a note that may be empty) and commits it at once.
    // The caller has checked the question and choice against the pack.
    Result<bool> saveAnswer(qint64 assessmentId, const QString& questionId, const QString& choice,
                            const QString& note = {});
    Result<bool> removeAnswer(qint64 assessmentId, const QString& questionId);
    Result<bool> finishAssessment(qint64 assessmentId);
    Result<std::vector<AssessmentRecord>> assessments(qint64 firmId) const; // without answers
    Result<AssessmentRecord> assessment(qint64 assessmentId) const;

    // PRAGMA integrity_check: "ok", or the problems SQLite lists.
    Result<QString> integrityCheck() const;
    int schemaVersion() const;

private:
    Store(QString path, QString connection, Mode mode);
    Result<bool> prepare();
    Result<bool> migrate(int from);
    // Runs `write` in one transaction on an assessment that still takes answers. `failedMessage` is the
    // message, with %1 for SQLite's reason, when the write or the commit fails.
    Result<bool> writeOpenAssessment(qint64 assessmentId, const QString& failedMessage,
                                     const std::function<bool(QSqlQuery&)>& write);
    Diagnostic error(const QString& message) const;

    QString m_path;
    QString m_connection;
    Mode m_mode;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace mamori
