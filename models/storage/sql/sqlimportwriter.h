#pragma once

#include "storage/importwriter.h"
#include "storage/sql/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

class QSqlError;

namespace air {

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
    Result<QString> metaValue(const QString &key) final;
    Status setMetaValue(const QString &key, const QString &value) final;

protected:
    SqlImportWriter(QSqlDatabase db, QString where);
    // A failed statement as a problem of the engine's kind, in its words.
    virtual Problem failure(const QSqlError &error, const QString &what) const = 0;
    Result<QSqlQuery> run(const QString &statement, const QVariantList &values, const QString &what);
    static QString originText(Origin origin);

    QSqlDatabase m_db;
    QString m_where; // the storage's locator, for messages

private:
    // The tables and columns an import may name (the project's own formats); anything else is
    // refused before it reaches SQL text.
    Problem unknownName(const QString &table) const;
};

} // namespace air
