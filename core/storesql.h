#pragma once

// Helpers shared by the Store's source files; not part of the public interface.

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mamori::storesql {

// Times are stored as UTC ISO 8601 text with milliseconds, which sorts and compares as text.
inline QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

inline QString now()
{
    return timeText(QDateTime::currentDateTimeUtc());
}

inline QDateTime fromText(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

// A new random (version 4) uid for a firm or an assessment.
QString newUid();

// What a database error means for the user and what to do, in words: "database is locked Unable to
// fetch row" says neither. SQLite's common failures (busy, read-only, disk full, I/O, damaged) are
// explained; anything else, and a server's own message, is passed on as it came.
QString explain(const QSqlError& error);

// The id an `INSERT … RETURNING id` gave, or 0. The statement is finished before the caller
// commits: SQLite refuses a commit while a statement still has rows to give.
inline qint64 returnedId(QSqlQuery& q)
{
    const qint64 id = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return id;
}

// A transaction that rolls back unless committed.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase& db) : m_db(db), m_open(m_db.transaction()) {}
    ~Transaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    bool isOpen() const { return m_open; }
    bool commit()
    {
        m_open = !m_db.commit();
        if (m_open) {
            m_db.rollback();
            m_open = false;
            return false;
        }
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace mamori::storesql
