#pragma once

#include "storage/sql/sqlimportwriter.h"

#include <QSqlDatabase>
#include <QHashFunctions>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <future>
#include <memory>
#include <optional>
#include <vector>

class QSqlError;

namespace air {

// One import into the team's server: one transaction; an advisory lock makes a second import wait
// for the first (neither fails half-way); the server checks every reference and CHECK itself.
//
// Observations: a batch's keys that the server already holds are asked for first (one query), and
// go row by row, where the importer decides each one. The new ones go by COPY on a thread of its own,
// which the server writes while the importer reads and checks the next batch; every other statement
// waits for that COPY first (settle), and a COPY that failed fails the import there. Small batches
// go as multi-row INSERT ... ON CONFLICT DO NOTHING RETURNING.
class PostgresImportWriter final : public SqlImportWriter {
public:
    using ProblemOf = std::function<Problem(const QSqlError &, const QString &)>;
    static Result<std::unique_ptr<ImportWriter>> begin(QSqlDatabase db, const QString &where, ProblemOf problemOf);
    ~PostgresImportWriter() override;

    // What a COPY on the sending thread ended with.
    struct CopyOutcome {
        QString error;    // empty: written
        QString sqlState; // the server's SQLSTATE, for the kind of the problem
        qsizetype line = -1; // the line of the COPY's data the server refused (from 1), when it says
    };
    struct Key {
        qint64 region;
        qint64 indicator;
        int year;
        friend bool operator==(const Key &, const Key &) = default;
        friend size_t qHash(const Key &k, size_t seed = 0) { return qHashMulti(seed, k.region, k.indicator, k.year); }
    };

    Result<Written> writeObservations(std::span<const ObservationRow> rows, Origin origin,
        const std::function<bool(qsizetype, const ExistingObservation &)> &replace) override;
    std::optional<Refusal> awaitObservations() override;
    Status commit() override;

private:
    PostgresImportWriter(QSqlDatabase db, QString where, ProblemOf problemOf);
    Problem failure(const QSqlError &error, const QString &what) const override;
    Status settle() override;
    // Of rows' keys, those the server holds (this transaction's own earlier rows included).
    Result<QSet<Key>> storedKeys(std::span<const ObservationRow> rows);
    // A row whose key is stored: what is stored, the importer's decision, the update and its history.
    enum class Replacement { Replaced, Kept, Gone };
    Result<Replacement> replaceStored(const ObservationRow &row, qsizetype index,
        const std::function<bool(qsizetype, const ExistingObservation &)> &replace);
    Result<Written> insertRowWise(std::span<const ObservationRow> rows,
        const std::function<bool(qsizetype, const ExistingObservation &)> &replace);

    ProblemOf m_problemOf;
    Transaction m_tx;
    bool m_done = false;
    bool m_copyWorks = true;
    std::future<CopyOutcome> m_copying; // valid while a COPY may still be running
    std::vector<qsizetype> m_copyingRows; // of each row in that COPY, its index in the call's rows
    std::optional<Problem> m_copyProblem; // a COPY failed: the transaction is lost
    Origin m_origin = Origin::User;
    bool m_storedPairsRead = false;
    QSet<QPair<qint64, qint64>> m_storedPairs; // (region, indicator) the server held before the figures
    QSet<Key> m_written;                      // the keys this import inserted
    static constexpr int batchSize = 256;
    std::unique_ptr<QSqlQuery> m_batch; // prepared for a full batch
};

} // namespace air
