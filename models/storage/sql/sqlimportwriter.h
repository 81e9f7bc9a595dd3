#pragma once

#include "storage/importwriter.h"
#include "storage/sql/sql.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

class QSqlError;

namespace air {

// A statement that run() executed: the writer keeps it prepared for the next run of the same
// text, so the caller reads it before its next run().
class RunStatement final {
public:
    explicit RunStatement(QSqlQuery *query) : m_query(query) { }
    bool next() { return m_query->next(); }
    QVariant value(int column) const { return m_query->value(column); }
    int numRowsAffected() const { return m_query->numRowsAffected(); }

private:
    QSqlQuery *m_query;
};

// What both engines' import writers share: the catalogue rows (find, insert, update, ref), the
// bundled dataset's own rows and the bookkeeping, in SQL both read alike. Each engine adds its
// transaction, its observations fast path (SQLite's C API, PostgreSQL's COPY) and its commit.
class SqlImportWriter : public ImportWriter {
public:
    Result<std::optional<StoredRow>> findRow(const QString &table, const QStringList &keyColumns,
        const QVariantList &keyValues, const QStringList &columns) final;
    Result<bool> insertRow(const QString &table, const QStringList &columns, const QVariantList &values, Origin origin,
        bool ignoreExisting) final;
    Status updateRow(const QString &table, const QStringList &keyColumns, const QVariantList &keyValues,
        const QStringList &columns, const QVariantList &values, Origin origin) final;
    Result<qint64> refOf(const QString &table, const QString &keyColumn, const QString &key) final;
    Status deleteBundledRows() final;
    Status deleteUncitedBundledSources() final;
    void setProvenance(const QString &changedBy, const QString &files) final;
    Status recordImport(Origin origin, qint64 inserted, qint64 replaced) final;
    Result<QString> metaValue(const QString &key) final;
    Status setMetaValue(const QString &key, const QString &value) final;

protected:
    SqlImportWriter(QSqlDatabase db, QString where);
    // A failed statement as a problem of the engine's kind, in its words.
    virtual Problem failure(const QSqlError &error, const QString &what) const = 0;
    // Before each statement: an engine that writes in the background (PostgreSQL's COPY on a thread
    // of its own) waits here for that write, and reports it if it failed. The default has none.
    virtual Status settle();
    Result<RunStatement> run(const QString &statement, const QVariantList &values, const QString &what);
    static QString originText(Origin origin);
    // The history's entry for a figure the import replaced (engines call it when they overwrite one).
    Status recordReplacement(const ObservationRow &row, const ExistingObservation &old);

    QSqlDatabase m_db;
    QString m_where; // the storage's locator, for messages
    QString m_changedBy;
    QString m_files;
    // Prepared statements by their text (run()); released before the transaction ends.
    QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;

private:
    // The tables and columns an import may name (the project's own formats); anything else is
    // refused before it reaches SQL text.
    Problem unknownName(const QString &table) const;
};

} // namespace air
