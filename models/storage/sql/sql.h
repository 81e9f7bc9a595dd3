#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace air {

namespace sql {

// Runs one statement without bound values (schema and pragmas only: every value from outside
// goes through bound parameters).
Status exec(QSqlDatabase &db, const QString &statement);

// Prepares, binds positionally and runs; the query is returned for reading results.
Result<QSqlQuery> run(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

// The raw SQLite handle behind a Qt connection, for the bulk paths where the C API is much
// faster (PITFALLS.md). Qt's driver on Debian links the system libsqlite3, as we do.
sqlite3 *handle(const QSqlDatabase &db);

// One value of a single-row, single-column query, or a default.
QVariant scalar(QSqlDatabase &db, const QString &statement, const QVariantList &values = {});

} // namespace sql

// A transaction that rolls back unless committed.
class Transaction final {
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db) { }
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin();
    bool commit();
    void rollback();
    QString errorText() const { return m_error; }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QString m_error;
};

} // namespace air
