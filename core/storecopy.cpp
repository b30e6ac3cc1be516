// Store::copyInto: every row of one database into another (SQLite file ⇄ PostgreSQL), ids kept,
// then both read back and compared table by table. Part of the Store; declared in store.h.

#include "core/store.h"
#include "core/storesql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace mamori {

using namespace Qt::StringLiterals;
using storesql::Transaction;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(mamori::Store)
};

// The tables in the order their references need, each with its key for a stable reading order, and
// whether its ids come from a sequence that must continue after the copied ones.
struct TableSpec
{
    const char* name;
    const char* columns;
    const char* order;
    bool sequence;
};

constexpr TableSpec Tables[] = {
    {"firms", "id, uid, name, created_at, team", "id", true},
    {"profiles", "id, firm_id, profile_json, saved_at, saved_by", "id", true},
    {"assessments",
     "id, uid, firm_id, profile_id, pack_id, pack_version, started_at, updated_at, finished_at, status, revision", "id",
     true},
    {"answers", "assessment_id, question_id, choice, note, answered_at, revision, origin, origin_revision",
     "assessment_id, question_id", false},
    {"assessment_seen", "assessment_id, store_uid, revision", "assessment_id, store_uid", false},
    {"results", "assessment_id, pack_digest, score, level, answered, applicable, categories_json, computed_at",
     "assessment_id", false},
    {"changes",
     "id, firm_id, assessment_id, changed_at, actor, login, kind, question_id, choice, note, previous_choice, "
     "previous_note, detail",
     "id", true},
};

// One value as text that is the same whichever database it was read from: integers in decimal,
// doubles to the last bit, NULL apart from the empty string.
QByteArray canonical(const QVariant& value)
{
    if (value.isNull()) {
        return QByteArrayLiteral("\\N");
    }
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return QByteArray::number(value.toLongLong());
    default:
        return value.toString().toUtf8().replace('\\', "\\\\").replace('\t', "\\t").replace('\n', "\\n");
    }
}

} // namespace

Result<std::vector<Store::TableCheck>> Store::tableChecks() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.setForwardOnly(true);
    std::vector<TableCheck> out;
    for (const TableSpec& table : Tables) {
        if (!q.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(
                QLatin1StringView(table.columns), QLatin1StringView(table.name), QLatin1StringView(table.order)))) {
            return failure(error(Tr::tr("cannot read the table %1: %2")
                                     .arg(QLatin1StringView(table.name), storesql::explain(q.lastError()))));
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        const int width = q.record().count();
        while (q.next()) {
            for (int i = 0; i < width; ++i) {
                hash.addData(canonical(q.value(i)));
                hash.addData(i + 1 < width ? QByteArrayView("\t") : QByteArrayView("\n"));
            }
            ++rows;
        }
        if (q.lastError().isValid()) {
            return failure(error(Tr::tr("cannot read the table %1: %2")
                                     .arg(QLatin1StringView(table.name), storesql::explain(q.lastError()))));
        }
        out.push_back({QString::fromLatin1(table.name), rows, QString::fromLatin1(hash.result().toHex())});
    }
    return out;
}

Result<std::vector<Store::TableCheck>> Store::copyInto(Store& target,
                                                       const std::function<void(qint64, qint64)>& progress) const
{
    if (target.m_mode == Mode::ReadOnly) {
        return failure(target.error(Tr::tr("the database is open read-only")));
    }
    const auto before = tableChecks();
    if (!before) {
        return failure(before.error());
    }
    qint64 total = 0;
    for (const TableCheck& t : *before) {
        total += t.rows;
    }
    {
        QSqlQuery q(QSqlDatabase::database(target.m_connection));
        if (!q.exec(u"SELECT (SELECT count(*) FROM firms) + (SELECT count(*) FROM assessments)"_s) || !q.next()) {
            return failure(target.error(Tr::tr("cannot read the database: %1").arg(storesql::explain(q.lastError()))));
        }
        if (q.value(0).toLongLong() > 0) {
            return failure(target.error(Tr::tr("already holds firms; copy into an empty database only, so nothing "
                                               "there is mixed up or overwritten")));
        }
    }

    QSqlDatabase to = QSqlDatabase::database(target.m_connection);
    QSqlQuery read(QSqlDatabase::database(m_connection));
    QSqlQuery write(to);
    read.setForwardOnly(true);
    Transaction t(to);
    if (!t.isOpen()) {
        return failure(target.error(Tr::tr("cannot copy: %1").arg(storesql::explain(to.lastError()))));
    }
    qint64 done = 0;
    for (const TableSpec& table : Tables) {
        const QString columns = QLatin1StringView(table.columns);
        const QString name = QLatin1StringView(table.name);
        const int width = int(columns.count(u',')) + 1;
        QStringList marks;
        for (int i = 0; i < width; ++i) {
            marks.append(u"?"_s);
        }
        write.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(name, columns, marks.join(u", "_s)));
        if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3"_s.arg(columns, name, QLatin1StringView(table.order)))) {
            return failure(
                error(Tr::tr("cannot read the table %1: %2").arg(name, storesql::explain(read.lastError()))));
        }
        while (read.next()) {
            for (int i = 0; i < width; ++i) {
                write.addBindValue(read.value(i));
            }
            if (!write.exec()) {
                return failure(target.error(Tr::tr("cannot copy a row of %1: %2; nothing was written")
                                                .arg(name, storesql::explain(write.lastError()))));
            }
            if (progress && (++done % 500 == 0)) {
                progress(done, total);
            }
        }
        if (table.sequence && target.m_postgres) {
            // Ids were copied as they were; new rows must continue after them, not collide.
            if (!write.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                            "FROM %1"_s.arg(name))) {
                return failure(target.error(Tr::tr("cannot copy: %1").arg(storesql::explain(write.lastError()))));
            }
        }
    }
    // The copy carries on as the same database (answers given "here" stay given here): it takes the
    // original's uid, so other PCs' documents merge into it as they would have into the original.
    if (!read.exec(u"SELECT value FROM mamori_meta WHERE key = 'store_uid'"_s) || !read.next()) {
        return failure(
            error(Tr::tr("cannot read the table %1: %2").arg(u"mamori_meta"_s, storesql::explain(read.lastError()))));
    }
    write.prepare(u"UPDATE mamori_meta SET value = ? WHERE key = 'store_uid'"_s);
    write.addBindValue(read.value(0));
    read.finish();
    if (!write.exec()) {
        return failure(target.error(Tr::tr("cannot copy: %1").arg(storesql::explain(write.lastError()))));
    }
    if (!t.commit()) {
        return failure(
            target.error(Tr::tr("cannot copy: %1; nothing was written").arg(storesql::explain(to.lastError()))));
    }
    if (progress) {
        progress(total, total);
    }
    // Read back from the destination and compare with what was read from the source.
    const auto after = target.tableChecks();
    if (!after) {
        return failure(after.error());
    }
    for (std::size_t i = 0; i < before->size(); ++i) {
        const TableCheck& a = (*before)[i];
        const TableCheck& b = (*after)[i];
        if (a.rows != b.rows || a.checksum != b.checksum) {
            return failure(target.error(Tr::tr("the copy of %1 differs from the original (%2 rows against %3); do "
                                               "not use it")
                                            .arg(a.table)
                                            .arg(b.rows)
                                            .arg(a.rows)));
        }
    }
    return *after;
}

} // namespace mamori
