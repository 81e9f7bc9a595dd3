#include "storage/sql/sql.h"

#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace air {
namespace sql {

Status exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (!q.exec(statement))
        return Problem { db.databaseName(), 0, 0, q.lastError().text() };
    return Ok {};
}

Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return Problem { db.databaseName(), 0, 0, q.lastError().text() };
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Problem { db.databaseName(), 0, 0, q.lastError().text() };
    return q;
}

QVariant scalar(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = run(db, statement, values);
    if (q && q->next())
        return q->value(0);
    return {};
}

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

} // namespace sql

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::begin()
{
    // SQLite: BEGIN IMMEDIATE takes the write lock at once, so two writers wait for each other
    // through the busy timeout instead of failing half-way with SQLITE_BUSY. PostgreSQL locks rows
    // as it writes them: a plain BEGIN.
    QSqlQuery q(m_db);
    const bool sqlite = m_db.driverName() == u"QSQLITE"_s;
    if (!q.exec(sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
        m_error = q.lastError().text();
        return false;
    }
    m_active = true;
    return true;
}

bool Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s)) {
        m_error = q.lastError().text();
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    QSqlQuery q(m_db);
    q.exec(u"ROLLBACK"_s);
    m_active = false;
}

} // namespace air
