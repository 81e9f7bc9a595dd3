#pragma once

#include "storage/importwriter.h"
#include "storage/sql/sql.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

class QSqlError;

namespace air {

// One import into the team's server: one transaction; an advisory lock makes a second import wait
// for the first (neither fails half-way); the server checks every reference and CHECK itself.
// Observations go in as multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING, so that the rows
// whose key exists are known without a query per row.
class PostgresImportWriter final : public ImportWriter {
public:
    using ProblemOf = std::function<Problem(const QSqlError &, const QString &)>;
    static Result<std::unique_ptr<ImportWriter>> begin(QSqlDatabase db, const QString &where, ProblemOf problemOf);
    ~PostgresImportWriter() override;

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
    PostgresImportWriter(QSqlDatabase db, QString where, ProblemOf problemOf);
    Result<QSqlQuery> run(const QString &statement, const QVariantList &values, const QString &what);
    // COPY of rows that are all new; false (and the transaction as before) otherwise.
    bool copyObservations(std::span<const ObservationRow> rows, Origin origin, QString *error);

    QSqlDatabase m_db;
    QString m_where;
    ProblemOf m_problemOf;
    Transaction m_tx;
    bool m_done = false;
    bool m_copyWorks = true;
    static constexpr int batchSize = 256;
    std::unique_ptr<QSqlQuery> m_batch; // prepared for a full batch
};

} // namespace air
