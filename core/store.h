#pragma once

#include "core/answers.h"
#include "core/diagnostic.h"
#include "core/filesafety.h"
#include "core/profile.h"
#include "core/storelocation.h"
#include "core/transfer.h"

#include <QDateTime>
#include <QLockFile>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

class QSqlQuery;

namespace mamori {

struct FirmSummary
{
    qint64 id = 0;
    QString uid; // the same on every PC the firm is exported to
    QString name;
    QDateTime createdAt;
    int assessments = 0;
};

// Which firms to list: those whose name contains `search` (any case), from `offset`, at most `limit`
// (0: all), in name order. A consultancy's database holds thousands; a screen shows a page.
struct FirmQuery
{
    QString search;
    int offset = 0;
    int limit = 0;
};

struct FirmRecord
{
    qint64 id = 0;
    QString uid;
    Profile profile;      // the latest version
    qint64 profileId = 0; // its row: assessments remember the version they were made with
    QDateTime createdAt;
    int profileVersions = 0;
    QString team; // on a team's server, the role whose members see the firm; empty on a PC
};

enum class AssessmentStatus
{
    InProgress,
    Finished
};
QString assessmentStatusId(AssessmentStatus status);

// The stored summary of an assessment's last scoring (the results cache). It is valid while the
// answers are unchanged (every answer written deletes it) and the pack's digest is the one it names.
struct StoredResult
{
    QString packDigest;
    double score = 0;
    QString level; // the level id; empty when the pack defines none
    int answered = 0;
    int applicable = 0;
    std::vector<std::pair<QString, double>> categories; // category id, score
    QDateTime computedAt;
};

// What the change log records (Store::assessmentChanges, firmChanges).
enum class ChangeKind
{
    FirmAdded,
    ProfileSaved,
    Started,
    Answered,      // a choice given or changed (with its note)
    NoteChanged,   // the note alone
    AnswerRemoved, // the choice taken back; a note stays
    Finished,
    Imported, // answers merged in from another PC's export
    // An answer changed both here and on the PC a document came from: `choice` and `note` are the
    // document's, `previous…` the ones here; `detail` is "kept" or "theirs", what the import did.
    ImportConflict,
};
QString changeKindId(ChangeKind kind);
std::optional<ChangeKind> changeKindFromId(const QString& id);

// One entry of the change log: who changed what, and when. Never edited; deleted only with its firm.
struct ChangeRecord
{
    qint64 id = 0;
    qint64 firmId = 0;
    qint64 assessmentId = 0; // 0 for the firm's own entries (added, profile saved)
    QDateTime at;
    QString actor; // the name the person gave (settings, --as), else their login
    QString login; // the database role on a server, the PC's user name on a file
    ChangeKind kind = ChangeKind::Answered;
    QString questionId;
    QString choice; // after the change
    QString note;
    QString previousChoice;
    QString previousNote;
    QString detail; // the pack and version started, the profile version saved, the count imported
};

// An answer as stored now, with who last changed it: what a conflicting write is shown against.
struct StoredAnswer
{
    QString choice; // empty: not answered (perhaps a note only)
    QString note;
    qint64 revision = 0; // 0: no row at all
    QDateTime changedAt;
    QString changedBy;
};

struct AssessmentRecord
{
    qint64 id = 0;
    QString uid;
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
    // Counts every change to the answers. Each answer remembers the revision it was last changed in
    // (answers.revisions); a write that names the revision it read is refused if it has moved since.
    qint64 revision = 0;
    std::optional<StoredResult> result; // the cached scoring, if any
};

// The database of firms, their profile versions, assessments and answers, through Qt SQL: an SQLite
// file on the PC (the default), or a PostgreSQL database a team shares (StoreLocation). One Store owns
// one named connection, used from the thread that opened it. Every write is its own short
// transaction, committed before the call returns: an answer given is an answer kept, even if the
// process is killed or the power fails the next moment (SQLite: WAL journal, synchronous=FULL).
class Store
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly
    };
    static constexpr int SchemaVersion = 4;
    // PRAGMA application_id of a Mamori database ('MMRI'), so a stranger's SQLite file is recognised.
    static constexpr qint32 ApplicationId = 0x4D4D5249;

    // Opens (ReadWrite: creating when missing) the database at `path`, ":memory:", or a postgresql://
    // URL (StoreLocation; the tables are made in an empty database). Refuses, with a
    // message that names the file and the way out: a file that is not SQLite or is damaged, an
    // SQLite file of another program, a database from a newer Mamori, one in use by another Mamori
    // (ReadWrite only — ReadOnly still opens it). Creates a missing folder 0700 and the file 0600;
    // tightens the file's wider permissions, and those of Mamori's own data folder (a folder the user
    // chose is left as it is). Migrates an older schema after copying the file aside.
    // One writer per file, however it is reached (a link, a hard link): the lock is keyed on the file's
    // identity. A writer finding another one waits up to `lockWaitMs` for it to finish before it is
    // refused (ErrorCode::Locked); a file or folder this user cannot write is ErrorCode::ReadOnly, and
    // opens in Mode::ReadOnly (a folder that cannot be written is read as it is, creating nothing).
    static Result<std::unique_ptr<Store>> open(const QString& path, Mode mode = Mode::ReadWrite, int lockWaitMs = 0);
    // How long mamori-cli waits for another writer (docs/cli.md): a script answering in a loop beside
    // another one then takes turns instead of failing.
    static constexpr int WriterWaitMs = 5000;
    // The lock file that marks a database file as open for writing: in the user's runtime folder, named
    // after the file's device and inode, so every path to one file finds the same lock.
    static QString lockFileFor(const QString& path);

    // The default database: $MAMORI_DB when set, else dataFolder()/mamori.sqlite
    // (~/.local/share/Mamori/mamori.sqlite), shared by the desktop application and the command line.
    static QString defaultPath();

    // The copies saved next to the database before upgrades (<file>.bak-v<N>-<time>), newest first.
    static QStringList backupsOf(const QString& path);
    // Puts a backup copy in the database's place. The current file and its journal are moved aside to
    // <file>.damaged-<time> first — never deleted — so nothing is lost even if the backup was the wrong
    // choice. Refused while another Mamori has the database open. Returns the moved-aside name (empty
    // when there was no file).
    static Result<QString> restoreBackup(const QString& path, const QString& backup);

    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    const QString& path() const { return m_path; }
    Mode mode() const { return m_mode; }
    bool isServer() const { return m_postgres; }

    // The name changes made through this store are logged under: the consultant's name from the
    // settings or `mamori-cli --as`; when empty, the login.
    void setActor(const QString& name) { m_actor = name.trimmed(); }
    QString actor() const { return m_actor.isEmpty() ? m_login : m_actor; }
    // The account the database knows the user by: the server's session role, or the PC's user name.
    const QString& login() const { return m_login; }

    Result<qint64> addFirm(const Profile& profile);
    // Saves a new version of the firm's profile; earlier assessments keep theirs.
    Result<qint64> updateProfile(qint64 firmId, const Profile& profile);
    Result<std::vector<FirmSummary>> firms() const;
    Result<std::vector<FirmSummary>> firms(const FirmQuery& query) const;
    // How many firms the query's search matches, all pages together.
    Result<qint64> firmCount(const QString& search = {}) const;
    Result<FirmRecord> firm(qint64 firmId) const;

    Result<qint64> startAssessment(qint64 firmId, const QString& packId, const QString& packVersion);
    // Starts an assessment that already has answers (migrating to a new pack version), atomically.
    Result<qint64> startAssessment(qint64 firmId, const QString& packId, const QString& packVersion,
                                   const AnswerSet& answers);
    // The answer writers below take the revision the caller read the answer at
    // (AnswerSet::revisions; 0 for a question without one). When someone has changed the answer since,
    // nothing is written and the error is ErrorCode::Conflict, naming who and when; storedAnswer()
    // then tells what is there now. AnyRevision writes whatever is stored (last writer wins).
    static constexpr qint64 AnyRevision = -1;
    // Records one answer (a choice id, and a note that may be empty) and commits it at once, with
    // a change log entry. The caller has checked the question and choice against the pack. Returns the
    // answer's new revision (unchanged when the answer already was this).
    Result<qint64> saveAnswer(qint64 assessmentId, const QString& questionId, const QString& choice,
                              const QString& note = {}, qint64 expectedRevision = AnyRevision);
    // Keeps a note for a question at once, whether or not it is answered yet (a note typed before the
    // choice is not lost if Mamori closes). An empty note removes it. Choices are left as they are.
    // Returns the new revision (0 when nothing is left of the row).
    Result<qint64> saveNote(qint64 assessmentId, const QString& questionId, const QString& note,
                            qint64 expectedRevision = AnyRevision);
    // Takes an answer back; its note, if any, stays. Returns the new revision (0: no row left).
    Result<qint64> removeAnswer(qint64 assessmentId, const QString& questionId, qint64 expectedRevision = AnyRevision);
    Result<StoredAnswer> storedAnswer(qint64 assessmentId, const QString& questionId) const;
    // The change log of one assessment, and of a firm (its profile and all its assessments), oldest first.
    Result<std::vector<ChangeRecord>> assessmentChanges(qint64 assessmentId) const;
    Result<std::vector<ChangeRecord>> firmChanges(qint64 firmId) const;
    Result<bool> finishAssessment(qint64 assessmentId);
    Result<std::vector<AssessmentRecord>> assessments(qint64 firmId) const; // without answers
    // Every firm's assessments made with a pack (at one version, or any when `packVersion` is empty).
    Result<std::vector<AssessmentRecord>> assessmentsWithPack(const QString& packId,
                                                              const QString& packVersion = {}) const;
    Result<AssessmentRecord> assessment(qint64 assessmentId) const;
    // Every assessment with its answers and profile (not its cached result), in id order, one at a
    // time (memory grows with the number of profile versions, not of answers); `visit` returns false
    // to stop.
    Result<bool> forEachAssessment(const std::function<bool(const AssessmentRecord&)>& visit) const;

    // Caches a scoring. Refused on a read-only store, and ignored (returns false) when the assessment
    // has been answered since `answersAt` (its updated time when it was read for scoring).
    Result<bool> saveResult(qint64 assessmentId, const QDateTime& answersAt, const StoredResult& result);
    struct ResultUpdate
    {
        qint64 assessmentId = 0;
        QDateTime answersAt;
        StoredResult result;
    };
    // Many at once, in one transaction (re-scoring after a pack update); returns how many were kept.
    Result<int> saveResults(std::span<const ResultUpdate> updates);

    Result<TransferDocument> exportFirm(qint64 firmId) const;
    Result<TransferDocument> exportAssessment(qint64 assessmentId) const;
    // Writes a validated document (parseTransfer) in one transaction: all of it, or nothing.
    // Firms and assessments already here (same uid) are not duplicated; an assessment is replaced
    // only when the document's copy was changed later than the local one.
    // `preferTheirs`: an answer changed on both sides since they last met takes the document's value;
    // by default the one here is kept. Conflicts are reported and logged either way.
    Result<ImportReport> importDocument(const TransferDocument& document, bool preferTheirs = false);

    // One table's row count and a SHA-256 over its rows read in key order, each value written the same
    // way whichever database it came from (core/storecopy.cpp).
    struct TableCheck
    {
        QString table;
        qint64 rows = 0;
        QString checksum;
    };
    Result<std::vector<TableCheck>> tableChecks() const;
    // Copies every row into `target`, which must hold no firm yet (a new SQLite file, an empty server
    // database), ids kept, in one transaction: all of it or nothing. Then reads the target back and
    // compares each table's count and checksum with this one's; returns the target's.
    Result<std::vector<TableCheck>> copyInto(Store& target,
                                             const std::function<void(qint64 done, qint64 total)>& progress = {}) const;

    // PRAGMA integrity_check: "ok", or the problems SQLite lists.
    Result<QString> integrityCheck() const;
    int schemaVersion() const;

private:
    Store(QString path, QString connection, Mode mode);
    static Result<std::unique_ptr<Store>> openServer(const StoreLocation& location, Mode mode);
    Result<bool> prepare();
    Result<bool> preparePostgres();
    Result<bool> migrate(int from, bool backup);
    Result<TransferDocument> exportDocument(qint64 firmId, std::optional<qint64> assessmentId) const;
    // Inserts an assessment and its log entry in the caller's transaction.
    Result<qint64> insertAssessment(QSqlQuery& q, qint64 firmId, const QString& packId, const QString& packVersion,
                                    const QDateTime& at);
    Result<qint64> startCarried(qint64 firmId, const QString& packId, const QString& packVersion,
                                const AnswerSet& answers);
    // Appends `change` (its id, actor and login aside) to the log, in the caller's transaction.
    bool logChange(QSqlQuery& q, const ChangeRecord& change) const;
    // Text refused before anything is written: control and direction characters, over-long text.
    Result<bool> checkName(const Profile& profile) const;
    Result<bool> checkNote(const QString& questionId, const QString& note) const;
    enum class AnswerEdit
    {
        Choice,
        Note,
        Remove
    };
    Result<qint64> editAnswer(qint64 assessmentId, const QString& questionId, AnswerEdit edit, const QString& choice,
                              const QString& note, qint64 expectedRevision);
    Result<std::vector<ChangeRecord>> readChanges(const QString& where, qint64 id) const;
    Diagnostic error(const QString& message) const;
    // On a server, when the connection is gone: opens a new one with the session's settings; true
    // when it did (so the failed operation may run again).
    bool revive() const;
    template <typename Operation>
    auto reviving(Operation operation) const -> decltype(operation());

    QString m_path;
    QString m_connection;
    Mode m_mode;
    bool m_postgres = false;
    mutable bool m_reviving = false; // an operation that may reconnect is running
    QString m_login;
    QString m_actor;
    std::unique_ptr<QLockFile> m_lock;
    files::InUse m_inUse; // no writer of this process may replace the open file or its journals
};

} // namespace mamori
