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
        return failure(Diagnostic{ErrorCode::Reference,
                                  Severity::Error,
                                  m_path,
                                  0,
                                  0,
                                  {},
                                  Tr::tr("there is no assessment %1").arg(assessmentId)});
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
        return failure(error(Tr::tr("cannot export: %1").arg(q.lastError().text())));
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
        return failure(Diagnostic{
            ErrorCode::Reference, Severity::Error, m_path, 0, 0, {}, Tr::tr("there is no firm %1").arg(firmId)});
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
        auto profile =
            parseProfile(q.value(1).toString().toUtf8(), u"%1#profile-%2"_s.arg(m_path).arg(q.value(0).toLongLong()));
        if (!profile) {
            return failure(profile.error());
        }
        profileIndex.insert(q.value(0).toLongLong(), int(d.profiles.size()));
        d.profiles.push_back({fromText(q.value(2)), std::move(*profile)});
    }

    if (assessmentId) {
        q.prepare(u"SELECT id, uid, profile_id, pack_id, pack_version, status, started_at, updated_at, finished_at "
                  "FROM assessments WHERE id = ?"_s);
        q.addBindValue(*assessmentId);
    } else {
        q.prepare(u"SELECT id, uid, profile_id, pack_id, pack_version, status, started_at, updated_at, finished_at "
                  "FROM assessments WHERE firm_id = ? ORDER BY started_at, id"_s);
        q.addBindValue(firmId);
    }
    if (!q.exec()) {
        return failed();
    }
    QSqlQuery answers(db);
    answers.prepare(
        // A note without an answer stays on this PC: the format has answers, each with a choice.
        u"SELECT question_id, choice, note, answered_at FROM answers WHERE assessment_id = ? AND choice <> '' "
        "ORDER BY question_id"_s);
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
            return failure(error(Tr::tr("cannot export: %1").arg(answers.lastError().text())));
        }
        while (answers.next()) {
            a.answers.push_back({answers.value(0).toString(), answers.value(1).toString(), answers.value(2).toString(),
                                 fromText(answers.value(3))});
        }
        d.assessments.push_back(std::move(a));
    }
    return d;
}

Result<ImportReport> Store::importDocument(const TransferDocument& d)
{
    if (m_mode == Mode::ReadOnly) {
        return failure(error(Tr::tr("the database is open read-only")));
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    Transaction t(db);
    QSqlQuery q(db);
    const auto failed = [&] {
        return failure(error(Tr::tr("cannot import; nothing was changed: %1").arg(q.lastError().text())));
    };
    if (!t.isOpen()) {
        return failure(error(Tr::tr("cannot import; nothing was changed: %1").arg(db.lastError().text())));
    }
    const auto refused = [&](const QString& message) {
        return failure(error(Tr::tr("cannot import; nothing was changed: %1").arg(message)));
    };
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

    QSqlQuery answers(db);
    // Each answer taken carries the assessment's new revision, so a colleague's screen that read the
    // question before the import sees a conflict rather than overwriting it.
    answers.prepare(u"INSERT INTO answers (assessment_id, question_id, choice, note, answered_at, revision) "
                    "VALUES (?, ?, ?, coalesce(?, ''), ?, ?) ON CONFLICT (assessment_id, question_id) DO UPDATE SET "
                    "choice = excluded.choice, answered_at = excluded.answered_at, revision = excluded.revision, "
                    // a note written here before the question was answered survives an answer without one
                    "note = CASE WHEN answers.choice = '' AND excluded.note = '' THEN answers.note "
                    "ELSE excluded.note END"_s);
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
            // the two are merged answer by answer: the later answer to a question wins, and an answer
            // only one side has is kept. Nothing answered on either PC is lost.
            struct Local
            {
                QString choice;
                QString note;
                QDateTime at;
            };
            QHash<QString, Local> local;
            q.prepare(u"SELECT question_id, choice, note, answered_at FROM answers WHERE assessment_id = ? AND "
                      "choice <> ''"_s);
            q.addBindValue(id);
            if (!q.exec()) {
                return failed();
            }
            while (q.next()) {
                local.insert(q.value(0).toString(),
                             {q.value(1).toString(), q.value(2).toString(), fromText(q.value(3))});
            }
            std::vector<const TransferDocument::Answer*> taken;
            for (const auto& answer : a.answers) {
                const auto it = local.constFind(answer.question);
                const bool same = it != local.constEnd() && it->choice == answer.choice && it->note == answer.note;
                if (same) {
                    continue;
                }
                if (it != local.constEnd() && answer.answeredAt <= it->at) {
                    ++report.answersKeptLocal; // answered here later, differently
                    continue;
                }
                taken.push_back(&answer);
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
                    answers.addBindValue(id);
                    answers.addBindValue(answer->question);
                    answers.addBindValue(answer->choice);
                    answers.addBindValue(answer->note);
                    answers.addBindValue(timeText(answer->answeredAt));
                    answers.addBindValue(revision);
                    if (!answers.exec()) {
                        return failure(
                            error(Tr::tr("cannot import; nothing was changed: %1").arg(answers.lastError().text())));
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
            answers.addBindValue(id);
            answers.addBindValue(answer.question);
            answers.addBindValue(answer.choice);
            answers.addBindValue(answer.note);
            answers.addBindValue(timeText(answer.answeredAt));
            answers.addBindValue(1); // a new assessment's first revision
            if (!answers.exec()) {
                return failure(error(Tr::tr("cannot import; nothing was changed: %1").arg(answers.lastError().text())));
            }
        }
        if (!logImport(id, a, int(a.answers.size()))) {
            return failed();
        }
    }
    if (!t.commit()) {
        return failure(error(Tr::tr("cannot import; nothing was changed: %1").arg(db.lastError().text())));
    }
    return report;
}

} // namespace mamori
