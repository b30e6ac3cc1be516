// Export and import of firms and assessments (Store), kept apart from the everyday reads and writes.

#include "core/store.h"
#include "core/storesql.h"

#include <mamori/version.h>

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace mamori {

using namespace Qt::StringLiterals;
using storesql::fromText;
using storesql::timeText;
using storesql::Transaction;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Store)
};

// This database's own uid (schema 4): where the answers given here say they were given.
std::optional<QString> ownStoreUid(QSqlQuery& q)
{
    if (!q.exec(u"SELECT value FROM mamori_meta WHERE key = 'store_uid'"_s) || !q.next()) {
        return std::nullopt;
    }
    QString uid = q.value(0).toString();
    q.finish();
    return uid;
}

// Where an answer's value was given, from its row (`revision`, `origin`, `origin_revision` at
// `first`): a row given here has no origin of its own and names this database and its revision.
std::pair<QString, qint64> originOf(const QSqlQuery& row, int first, const QString& own)
{
    const QString origin = row.value(first + 1).toString();
    return origin.isEmpty() ? std::pair{own, row.value(first).toLongLong()}
                            : std::pair{origin, row.value(first + 2).toLongLong()};
}

QString profileText(const Profile& profile)
{
    return QString::fromUtf8(QJsonDocument(profileToJson(profile)).toJson(QJsonDocument::Compact));
}

} // namespace

Result<TransferDocument> Store::exportFirm(qint64 firmId) const
{
    return exportDocument(firmId, std::nullopt);
}

Result<TransferDocument> Store::exportAssessment(qint64 assessmentId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(u"SELECT firm_id FROM assessments WHERE id = ?"_s);
    q.addBindValue(assessmentId);
    if (!q.exec() || !q.next()) {
        return failure(fileError(ErrorCode::Reference, m_path, Tr::tr("there is no assessment %1").arg(assessmentId)));
    }
    return exportDocument(q.value(0).toLongLong(), assessmentId);
}

Result<TransferDocument> Store::exportDocument(qint64 firmId, std::optional<qint64> assessmentId) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    // One read transaction: the document is a consistent snapshot even while answers arrive.
    Transaction t(db);
    QSqlQuery q(db);
    const auto failed = [&] {
        return failure(error(Tr::tr("cannot export: %1").arg(storesql::explain(q.lastError()))));
    };
    TransferDocument d;
    d.scope = assessmentId ? TransferDocument::Scope::Assessment : TransferDocument::Scope::Firm;
    d.exportedAt = QDateTime::currentDateTimeUtc();
    d.generator = u"Mamori " MAMORI_VERSION ""_s;
    q.prepare(u"SELECT uid, created_at FROM firms WHERE id = ?"_s);
    q.addBindValue(firmId);
    if (!q.exec()) {
        return failed();
    }
    if (!q.next()) {
        return failure(fileError(ErrorCode::Reference, m_path, Tr::tr("there is no firm %1").arg(firmId)));
    }
    d.firmUid = q.value(0).toString();
    d.firmCreatedAt = fromText(q.value(1));

    // One assessment travels with its own profile version only; a firm with all of them.
    if (assessmentId) {
        q.prepare(u"SELECT p.id, p.profile_json, p.saved_at FROM profiles p JOIN assessments a ON a.profile_id = p.id "
                  "WHERE a.id = ?"_s);
        q.addBindValue(*assessmentId);
    } else {
        q.prepare(u"SELECT id, profile_json, saved_at FROM profiles WHERE firm_id = ? ORDER BY saved_at, id"_s);
        q.addBindValue(firmId);
    }
    if (!q.exec()) {
        return failed();
    }
    QHash<qint64, int> profileIndex;
    while (q.next()) {
        auto profile = parseProfile(q.value(1).toString().toUtf8(),
                                    u"%1#profile-%2"_s.arg(m_path).arg(q.value(0).toLongLong()), false);
        if (!profile) {
            return failure(profile.error());
        }
        profileIndex.insert(q.value(0).toLongLong(), int(d.profiles.size()));
        d.profiles.push_back({fromText(q.value(2)), std::move(*profile)});
    }

    const auto own = ownStoreUid(q);
    if (!own) {
        return failed();
    }
    if (assessmentId) {
        q.prepare(u"SELECT id, uid, profile_id, pack_id, pack_version, status, started_at, updated_at, finished_at, "
                  "revision FROM assessments WHERE id = ?"_s);
        q.addBindValue(*assessmentId);
    } else {
        q.prepare(u"SELECT id, uid, profile_id, pack_id, pack_version, status, started_at, updated_at, finished_at, "
                  "revision FROM assessments WHERE firm_id = ? ORDER BY started_at, id"_s);
        q.addBindValue(firmId);
    }
    if (!q.exec()) {
        return failed();
    }
    QSqlQuery answers(db);
    answers.prepare(
        // A note without an answer stays on this PC: the format has answers, each with a choice.
        u"SELECT question_id, choice, note, answered_at, revision, origin, origin_revision FROM answers "
        "WHERE assessment_id = ? AND choice <> '' ORDER BY question_id"_s);
    QSqlQuery seen(db);
    seen.prepare(u"SELECT store_uid, revision FROM assessment_seen WHERE assessment_id = ?"_s);
    while (q.next()) {
        TransferDocument::Assessment a;
        a.uid = q.value(1).toString();
        a.profile = profileIndex.value(q.value(2).toLongLong(), 0);
        a.packId = q.value(3).toString();
        a.packVersion = q.value(4).toString();
        a.finished = q.value(5).toString() == u"finished"_s;
        a.startedAt = fromText(q.value(6));
        a.updatedAt = fromText(q.value(7));
        a.finishedAt = fromText(q.value(8));
        answers.addBindValue(q.value(0).toLongLong());
        if (!answers.exec()) {
            return failure(error(Tr::tr("cannot export: %1").arg(storesql::explain(answers.lastError()))));
        }
        while (answers.next()) {
            auto [origin, originRevision] = originOf(answers, 4, *own);
            a.answers.push_back({answers.value(0).toString(), answers.value(1).toString(), answers.value(2).toString(),
                                 fromText(answers.value(3)), std::move(origin), originRevision});
        }
        seen.addBindValue(q.value(0).toLongLong());
        if (!seen.exec()) {
            return failure(error(Tr::tr("cannot export: %1").arg(storesql::explain(seen.lastError()))));
        }
        while (seen.next()) {
            a.seen[seen.value(0).toString()] = seen.value(1).toLongLong();
        }
        a.seen[*own] = q.value(9).toLongLong();
        d.assessments.push_back(std::move(a));
    }
    return d;
}

Result<ImportReport> Store::importDocument(const TransferDocument& d, bool preferTheirs)
{
    if (m_mode == Mode::ReadOnly) {
        return failure(error(Tr::tr("the database is open read-only")));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    const auto refused = [&](const QString& message) {
        return failure(error(Tr::tr("cannot import; nothing was changed: %1").arg(message)));
    };
    const auto failedOn = [&](const QSqlError& e) {
        return refused(storesql::explain(e));
    };
    const auto failed = [&] {
        return failedOn(q.lastError());
    };
    if (!t.isOpen()) {
        return failedOn(db.lastError());
    }
    ImportReport report;
    // One log entry per assessment the import adds to or changes, not one per answer.
    const auto logImport = [&](qint64 assessmentId, const TransferDocument::Assessment& a, int answersTaken) {
        ChangeRecord change;
        change.firmId = report.firmId;
        change.assessmentId = assessmentId;
        change.at = QDateTime::currentDateTimeUtc();
        change.kind = ChangeKind::Imported;
        change.detail = u"%1 %2 %3"_s.arg(a.packId, a.packVersion).arg(answersTaken);
        return logChange(q, change);
    };

    q.prepare(u"SELECT id FROM firms WHERE uid = ?"_s);
    q.addBindValue(d.firmUid);
    if (!q.exec()) {
        return failed();
    }
    if (q.next()) {
        report.firmId = q.value(0).toLongLong();
    } else {
        q.prepare(u"INSERT INTO firms (uid, name, created_at) VALUES (?, ?, ?) RETURNING id"_s);
        q.addBindValue(d.firmUid);
        q.addBindValue(d.profiles.empty() ? QString() : d.profiles.back().profile.name);
        q.addBindValue(timeText(d.firmCreatedAt));
        if (!q.exec()) {
            // 23505, a uid already taken though not found above: on a team's server, the firm is
            // there but in a team this role does not see (docs/team-database.md).
            if (m_postgres && q.lastError().nativeErrorCode() == u"23505"_s) {
                return refused(Tr::tr("the firm %1 is already in this database, in a team you are not in; ask the "
                                      "administrator to import it or to move it to your team")
                                   .arg(d.firmUid));
            }
            return failed();
        }
        report.firmId = storesql::returnedId(q);
        report.firmAdded = true;
        ChangeRecord change;
        change.firmId = report.firmId;
        change.at = QDateTime::currentDateTimeUtc();
        change.kind = ChangeKind::FirmAdded;
        change.detail = d.profiles.empty() ? QString() : d.profiles.back().profile.name;
        if (!logChange(q, change)) {
            return failed();
        }
    }

    // A profile version is the same when it was saved at the same moment with the same content.
    std::vector<qint64> profileIds;
    for (const auto& version : d.profiles) {
        const QString text = profileText(version.profile);
        q.prepare(u"SELECT id FROM profiles WHERE firm_id = ? AND saved_at = ? AND profile_json = ?"_s);
        q.addBindValue(report.firmId);
        q.addBindValue(timeText(version.savedAt));
        q.addBindValue(text);
        if (!q.exec()) {
            return failed();
        }
        if (q.next()) {
            profileIds.push_back(q.value(0).toLongLong());
            continue;
        }
        q.prepare(u"INSERT INTO profiles (firm_id, profile_json, saved_at) VALUES (?, ?, ?) RETURNING id"_s);
        q.addBindValue(report.firmId);
        q.addBindValue(text);
        q.addBindValue(timeText(version.savedAt));
        if (!q.exec()) {
            return failed();
        }
        profileIds.push_back(storesql::returnedId(q));
        ++report.profilesAdded;
    }
    // The firm is known by the name in its newest profile (read here, not with SQL's JSON functions,
    // which SQLite and PostgreSQL spell differently).
    q.prepare(u"SELECT profile_json FROM profiles WHERE firm_id = ? ORDER BY saved_at DESC, id DESC LIMIT 1"_s);
    q.addBindValue(report.firmId);
    if (!q.exec() || !q.next()) {
        return failed();
    }
    const QString newestName =
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(u"name"_s).toString();
    q.prepare(u"UPDATE firms SET name = ? WHERE id = ?"_s);
    q.addBindValue(newestName);
    q.addBindValue(report.firmId);
    if (!q.exec()) {
        return failed();
    }

    const auto own = ownStoreUid(q);
    if (!own) {
        return failed();
    }
    QSqlQuery answers(db);
    // Each answer taken carries the assessment's new revision, so a colleague's screen that read the
    // question before the import sees a conflict rather than overwriting it; and where it was given.
    answers.prepare(
        u"INSERT INTO answers (assessment_id, question_id, choice, note, answered_at, revision, origin, "
        "origin_revision) VALUES (?, ?, ?, coalesce(?, ''), ?, ?, ?, ?) ON CONFLICT (assessment_id, "
        "question_id) DO UPDATE SET choice = excluded.choice, answered_at = excluded.answered_at, "
        "revision = excluded.revision, origin = excluded.origin, origin_revision = excluded.origin_revision, "
        // a note written here before the question was answered survives an answer without one
        "note = CASE WHEN answers.choice = '' AND excluded.note = '' THEN answers.note "
        "ELSE excluded.note END"_s);
    // An answer of a version 1 document has no known origin: once taken, it counts as given here.
    const auto bindAnswer = [&](qint64 assessment, const TransferDocument::Answer& answer, qint64 revision) {
        const bool known = !answer.originStore.isEmpty() && answer.originStore != *own;
        answers.addBindValue(assessment);
        answers.addBindValue(answer.question);
        answers.addBindValue(answer.choice);
        answers.addBindValue(answer.note);
        answers.addBindValue(timeText(answer.answeredAt));
        answers.addBindValue(revision);
        answers.addBindValue(known ? answer.originStore : u""_s); // a null QString would bind NULL
        answers.addBindValue(known ? answer.originRevision : qint64(0));
        return answers.exec();
    };
    // What this copy has now seen of each other database: the most of what it had and what the document had.
    QSqlQuery seenWrite(db);
    seenWrite.prepare(u"INSERT INTO assessment_seen (assessment_id, store_uid, revision) VALUES (?, ?, ?) "
                      "ON CONFLICT (assessment_id, store_uid) DO UPDATE SET revision = CASE WHEN excluded.revision > "
                      "assessment_seen.revision THEN excluded.revision ELSE assessment_seen.revision END"_s);
    const auto recordSeen = [&](qint64 assessment, const TransferDocument::Assessment& a) {
        for (const auto& [store, revision] : a.seen) {
            if (store == *own) {
                continue;
            }
            seenWrite.addBindValue(assessment);
            seenWrite.addBindValue(store);
            seenWrite.addBindValue(revision);
            if (!seenWrite.exec()) {
                return false;
            }
        }
        return true;
    };
    for (const auto& a : d.assessments) {
        // Lock the assessment's row first (a write that changes nothing), as an answer written here
        // does: a colleague's answer then either came before and is read below, or waits for the import.
        q.prepare(u"UPDATE assessments SET revision = revision WHERE uid = ?"_s);
        q.addBindValue(a.uid);
        if (!q.exec()) {
            return failed();
        }
        q.prepare(u"SELECT id, firm_id, updated_at, status, pack_id, pack_version FROM assessments WHERE uid = ?"_s);
        q.addBindValue(a.uid);
        if (!q.exec()) {
            return failed();
        }
        qint64 id = 0;
        if (q.next()) {
            id = q.value(0).toLongLong();
            if (q.value(1).toLongLong() != report.firmId) {
                return refused(Tr::tr("assessment %1 of the document is assessment %2 here, which belongs to "
                                      "another firm")
                                   .arg(a.uid)
                                   .arg(id));
            }
            if (q.value(4).toString() != a.packId || q.value(5).toString() != a.packVersion) {
                return refused(Tr::tr("assessment %1 of the document uses %2 %3, but here it uses %4 %5")
                                   .arg(a.uid, a.packId, a.packVersion, q.value(4).toString(), q.value(5).toString()));
            }
            report.assessmentIds.push_back(id);
            const QDateTime localUpdated = fromText(q.value(2));
            const bool localFinished = q.value(3).toString() == u"finished"_s;
            // Both sides may have answered since they parted (the consultant here, the client there), so
            // the two are merged answer by answer, by what each side had seen of the other, never by
            // the clocks of the two PCs (one may be hours off): an answer changed on one side only is
            // taken or kept; one changed on both sides is a conflict, kept here unless `preferTheirs`.
            // An answer only one side has is kept. Nothing answered on either PC is lost.
            struct Local
            {
                QString choice;
                QString note;
                QDateTime at;
                QString origin; // the database where this value was given
                qint64 originRevision = 0;
            };
            QHash<QString, Local> local;
            q.prepare(u"SELECT question_id, choice, note, answered_at, revision, origin, origin_revision FROM answers "
                      "WHERE assessment_id = ?"_s);
            q.addBindValue(id);
            if (!q.exec()) {
                return failed();
            }
            while (q.next()) {
                auto [origin, originRevision] = originOf(q, 4, *own);
                local.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), fromText(q.value(3)),
                                                     std::move(origin), originRevision});
            }
            std::map<QString, qint64> seenHere;
            q.prepare(u"SELECT store_uid, revision FROM assessment_seen WHERE assessment_id = ?"_s);
            q.addBindValue(id);
            if (!q.exec()) {
                return failed();
            }
            while (q.next()) {
                seenHere[q.value(0).toString()] = q.value(1).toLongLong();
            }
            const auto seenBy = [](const std::map<QString, qint64>& seen, const QString& store, qint64 revision) {
                const auto it = seen.find(store);
                return it != seen.end() && it->second >= revision;
            };
            std::vector<const TransferDocument::Answer*> taken;
            std::vector<ImportConflict> conflicts;
            for (const auto& answer : a.answers) {
                const auto it = local.constFind(answer.question);
                const bool here = it != local.constEnd();
                if (here && it->choice == answer.choice && it->note == answer.note) {
                    continue;
                }
                // Theirs is news here unless it was given here or came from a copy this one has merged.
                const bool theirsNew =
                    answer.originStore.isEmpty() ||
                    (answer.originStore != *own && !seenBy(seenHere, answer.originStore, answer.originRevision));
                if (!theirsNew) {
                    ++report.answersKeptLocal; // the document holds an older value; what is here came after
                    continue;
                }
                // Ours is news to them unless the document's copy had seen it. A note alone, which an answer
                // without a note of its own keeps, is no rival.
                const bool noteOnly =
                    here && it->choice.isEmpty() && (answer.note.isEmpty() || answer.note == it->note);
                const bool oursNew = here && !noteOnly && !seenBy(a.seen, it->origin, it->originRevision);
                if (!oursNew) {
                    taken.push_back(&answer);
                    continue;
                }
                ImportConflict conflict{id,          answer.question,   it->choice,  it->note, it->at, answer.choice,
                                        answer.note, answer.answeredAt, preferTheirs};
                conflicts.push_back(conflict);
                if (preferTheirs) {
                    taken.push_back(&answer);
                } else {
                    ++report.answersKeptLocal;
                }
            }
            if (!recordSeen(id, a)) {
                return failedOn(seenWrite.lastError());
            }
            for (const ImportConflict& conflict : conflicts) {
                ChangeRecord change;
                change.firmId = report.firmId;
                change.assessmentId = id;
                change.at = QDateTime::currentDateTimeUtc();
                change.kind = ChangeKind::ImportConflict;
                change.questionId = conflict.question;
                change.choice = conflict.theirChoice;
                change.note = conflict.theirNote;
                change.previousChoice = conflict.localChoice;
                change.previousNote = conflict.localNote;
                change.detail = conflict.tookTheirs ? u"theirs"_s : u"kept"_s;
                if (!logChange(q, change)) {
                    return failed();
                }
                report.conflicts.push_back(conflict);
            }
            const bool finish = a.finished && !localFinished;
            if (!taken.empty() || finish) {
                q.prepare(u"UPDATE assessments SET updated_at = ?, status = ?, finished_at = coalesce(finished_at, ?), "
                          "revision = revision + 1 WHERE id = ? RETURNING revision"_s);
                q.addBindValue(timeText(std::max(localUpdated, a.updatedAt)));
                q.addBindValue(a.finished || localFinished ? u"finished"_s : u"in_progress"_s);
                q.addBindValue(a.finished ? QVariant(timeText(a.finishedAt)) : QVariant());
                q.addBindValue(id);
                if (!q.exec() || !q.next()) {
                    return failed();
                }
                const qint64 revision = q.value(0).toLongLong();
                q.finish();
                for (const auto* answer : taken) {
                    if (!bindAnswer(id, *answer, revision)) {
                        return failedOn(answers.lastError());
                    }
                    ++report.answersTaken;
                }
                if (!logImport(id, a, int(taken.size()))) {
                    return failed();
                }
                q.prepare(u"DELETE FROM results WHERE assessment_id = ?"_s);
                q.addBindValue(id);
                if (!q.exec()) {
                    return failed();
                }
                ++report.assessmentsUpdated;
            } else {
                ++report.assessmentsUnchanged;
            }
            continue;
        }
        q.prepare(u"INSERT INTO assessments (uid, firm_id, profile_id, pack_id, pack_version, started_at, "
                  "updated_at, finished_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(a.uid);
        q.addBindValue(report.firmId);
        q.addBindValue(profileIds.at(std::size_t(a.profile)));
        q.addBindValue(a.packId);
        q.addBindValue(a.packVersion);
        q.addBindValue(timeText(a.startedAt));
        q.addBindValue(timeText(a.updatedAt));
        q.addBindValue(a.finished ? QVariant(timeText(a.finishedAt)) : QVariant());
        q.addBindValue(a.finished ? u"finished"_s : u"in_progress"_s);
        if (!q.exec()) {
            return failed();
        }
        id = storesql::returnedId(q);
        report.assessmentIds.push_back(id);
        ++report.assessmentsAdded;
        for (const auto& answer : a.answers) {
            if (!bindAnswer(id, answer, 1)) { // a new assessment's first revision
                return failedOn(answers.lastError());
            }
        }
        if (!recordSeen(id, a)) {
            return failedOn(seenWrite.lastError());
        }
        if (!logImport(id, a, int(a.answers.size()))) {
            return failed();
        }
    }
    if (!t.commit()) {
        return failedOn(db.lastError());
    }
    return report;
}

} // namespace mamori
