#include "storage/sqlite/statement.h"

namespace air {

Statement::Statement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (db)
        sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bindStatic(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void Statement::bindCopy(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void Statement::bind(int index, int value)
{
    sqlite3_bind_int(m_stmt, index, value);
}

void Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

int Statement::step()
{
    return sqlite3_step(m_stmt);
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
}

double Statement::columnDouble(int index) const
{
    return sqlite3_column_double(m_stmt, index);
}

qint64 Statement::columnInt64(int index) const
{
    return sqlite3_column_int64(m_stmt, index);
}

std::pair<const char *, int> Statement::columnBlob(int index) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_stmt, index));
    return { data, sqlite3_column_bytes(m_stmt, index) };
}

QString Statement::columnText(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index));
}

int Statement::extendedError() const
{
    return sqlite3_extended_errcode(m_db);
}

QString Statement::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

} // namespace air
