#pragma once

#include "storage/sql/sqlimportwriter.h"
#include "storage/sqlite/statement.h"

#include <QSqlDatabase>

#include <memory>

namespace air {

// One import into a SQLite file: BEGIN IMMEDIATE (a second importer waits through the busy
// timeout), a larger page cache, SQLite's per-row foreign-key and CHECK evaluation off (the
// importer validated every value; foreign_key_check runs once before the commit), the
// observations' version triggers suspended (one bump), and multi-row INSERTs through the C API.
class SqliteImportWriter final : public SqlImportWriter {
public:
    static Result<std::unique_ptr<ImportWriter>> begin(QSqlDatabase db, const QString &path);
    ~SqliteImportWriter() override;

    Result<Written> writeObservations(std::span<const ObservationRow> rows, Origin origin,
        const std::function<bool(qsizetype, const ExistingObservation &)> &replace) override;
    Status commit() override;

private:
    SqliteImportWriter(QSqlDatabase db, QString path);
    Status start();
    Problem failure(const QString &reason) const;
    Problem failure(const QSqlError &error, const QString &what) const override;
    void restore();

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
