#pragma once

// The readers every SqlStorage source file shares: a row's columns by name, a whole query read
// into a list, and the problem of a failed read. For the storage's own sources only.

#include "storage/sql/sqlstorage.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>
#include <vector>

namespace air::sqlrows {

// Columns by name, not by position: a query's column list can change without breaking a reader.
class Row final {
public:
    explicit Row(const QSqlQuery &q) : m_q(q), m_record(q.record()) { }
    QVariant value(const char *name) const { return m_q.value(index(name)); }
    QString text(const char *name) const { return value(name).toString(); }
    double number(const char *name) const { return value(name).toDouble(); }
    qint64 integer(const char *name) const { return value(name).toLongLong(); }

private:
    int index(const char *name) const
    {
        // A handful of columns: a linear cache beats QSqlRecord's lookup per row.
        for (const auto &[n, i] : m_cache)
            if (n == name)
                return i;
        const int i = m_record.indexOf(QLatin1StringView(name));
        Q_ASSERT_X(i >= 0, "SqlStorage", name);
        m_cache.emplace_back(name, i);
        return i;
    }
    const QSqlQuery &m_q;
    QSqlRecord m_record;
    mutable std::vector<std::pair<const char *, int>> m_cache;
};

inline QVariant nullable(const QVariant &v)
{
    return v.isNull() ? QVariant() : v;
}

// Text columns are NOT NULL: an unset QString binds as NULL, so it goes in as ''.
inline QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(QString(QStringLiteral(""))) : QVariant(s);
}

template<typename T, typename Read>
Result<QList<T>> readAll(SqlStorage &storage, const QString &statement, const QVariantList &values, Read read,
    const std::function<Problem(const QSqlError &)> &problem)
{
    QSqlDatabase db = storage.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(statement))
        return problem(q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return problem(q.lastError());
    QList<T> out;
    const Row row(q);
    while (q.next())
        out.append(read(row));
    if (q.lastError().isValid())
        return problem(q.lastError());
    return out;
}

} // namespace air::sqlrows

// A reader's problem in the storage's words (inside a SqlStorage member).
#define AIR_PROBLEM(what) [this](const QSqlError &e) { return problemOf(e, what); }
