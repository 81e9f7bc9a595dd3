#pragma once

#include "storage/importwriter.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/statement.h"

#include <QSqlDatabase>

#include <memory>

namespace air {

// One import into a SQLite file: BEGIN IMMEDIATE (a second importer waits through the busy
// timeout), a larger page cache, SQLite's per-row foreign-key and CHECK evaluation off (the
// importer validated every value; foreign_key_check runs once before the commit), the
// observations' version triggers suspended (one bump), and multi-row INSERTs through the C API.
class SqliteImportWriter final : public ImportWriter {
public:
    static Result<std::unique_ptr<ImportWriter>> begin(QSqlDatabase db, const QString &path);
    ~SqliteImportWriter() override;

    Result<std::optional<StoredRow>> findRow(const QString &table, const QStringList &keyColumns,
        const QVariantList &keyValues, const QStringList &columns) override;
    Result<bool> insertRow(const QString &table, const QStringList &columns, const QVariantList &values, Origin origin,
        bool ignoreExisting) override;
    Status updateRow(const QString &table, const QStringList &keyColumns, const QVariantList &keyValues,
        const QStringList &columns, const QVariantList &values, Origin origin) override;
    Result<qint64> refOf(const QString &table, const QString &keyColumn, const QString &key) override;
    Result<Written> writeObservations(std::span<const ObservationRow> rows, Origin origin,
        const std::function<bool(qsizetype, const ExistingObservation &)> &replace) override;
    Status deleteBundledRows() override;
    Status deleteUncitedBundledSources() override;
    Result<QString> metaValue(const QString &key) override;
    Status setMetaValue(const QString &key, const QString &value) override;
    Status commit() override;

private:
    SqliteImportWriter(QSqlDatabase db, QString path);
    Status start();
    Problem failure(const QString &reason) const;
    void restore();

    QSqlDatabase m_db;
    QString m_path;
    Transaction m_tx;
    int m_previousCacheSize = -2000;
    bool m_checksOff = false;
    bool m_done = false;

    static constexpr int batchSize = 128;
    std::unique_ptr<Statement> m_insertBatch;
    std::unique_ptr<Statement> m_insert;
    std::unique_ptr<Statement> m_select;
    std::unique_ptr<Statement> m_update;
};

} // namespace air
