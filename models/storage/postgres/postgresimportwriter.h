#pragma once

#include "storage/sql/sqlimportwriter.h"

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
class PostgresImportWriter final : public SqlImportWriter {
public:
    using ProblemOf = std::function<Problem(const QSqlError &, const QString &)>;
    static Result<std::unique_ptr<ImportWriter>> begin(QSqlDatabase db, const QString &where, ProblemOf problemOf);
    ~PostgresImportWriter() override;

    Result<Written> writeObservations(std::span<const ObservationRow> rows, Origin origin,
        const std::function<bool(qsizetype, const ExistingObservation &)> &replace) override;
    Status commit() override;

private:
    PostgresImportWriter(QSqlDatabase db, QString where, ProblemOf problemOf);
    Problem failure(const QSqlError &error, const QString &what) const override;
    // COPY of rows that are all new; false (and the transaction as before) otherwise.
    bool copyObservations(std::span<const ObservationRow> rows, Origin origin, QString *error);

    ProblemOf m_problemOf;
    Transaction m_tx;
    bool m_done = false;
    bool m_copyWorks = true;
    static constexpr int batchSize = 256;
    std::unique_ptr<QSqlQuery> m_batch; // prepared for a full batch
};

} // namespace air
