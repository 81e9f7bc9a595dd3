#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>
#include <optional>
#include <span>

namespace air {

// The write side of one import: one transaction, rolled back when the writer is destroyed
// without commit(). The importer validates every row against the catalogue before it writes;
// the writer only stores (through each engine's fast path: SQLite's C API, PostgreSQL's COPY).
//
// Tables and columns are named as in the project's own CSV formats (regions, sources, ...);
// the writer accepts only the tables and columns of its schema.
class ImportWriter {
public:
    virtual ~ImportWriter();
    ImportWriter(const ImportWriter &) = delete;
    ImportWriter &operator=(const ImportWriter &) = delete;

    // A catalogue row as stored: the requested columns' values (null as an invalid QVariant... or
    // a null one), and its origin.
    struct StoredRow {
        QVariantList values;
        QString origin;
    };
    virtual Result<std::optional<StoredRow>> findRow(const QString &table, const QStringList &keyColumns,
        const QVariantList &keyValues, const QStringList &columns) = 0;
    // origin is written beside the columns. ignoreExisting: a row with the same key is left as it is
    // (then false: nothing was inserted).
    virtual Result<bool> insertRow(const QString &table, const QStringList &columns, const QVariantList &values,
        Origin origin, bool ignoreExisting = false) = 0;
    virtual Status updateRow(const QString &table, const QStringList &keyColumns, const QVariantList &keyValues,
        const QStringList &columns, const QVariantList &values, Origin origin) = 0;
    // The integer reference (ref) of a row of regions, indicators or sources by its text key.
    virtual Result<qint64> refOf(const QString &table, const QString &keyColumn, const QString &key) = 0;

    // Observations, by the refs of their region, indicator and source.
    struct ObservationRow {
        qint64 region = 0;
        qint64 indicator = 0;
        int year = 0;
        double value = 0;
        QByteArray status; // official, reported, estimate, user
        qint64 source = 0;
        QByteArray note;   // UTF-8
    };
    struct ExistingObservation {
        double value = 0;
        QString status;
        qint64 source = 0;
        QString note;
        QString origin;
    };
    // Writes rows whose key is new. For a key that exists, asks replace(index of the row, what is
    // stored): true overwrites it. Returns how many rows were inserted and how many replaced.
    struct Written {
        qint64 inserted = 0;
        qint64 replaced = 0;
    };
    virtual Result<Written> writeObservations(std::span<const ObservationRow> rows, Origin origin,
        const std::function<bool(qsizetype, const ExistingObservation &)> &replace) = 0;
    // The rows a writeObservations call took may still be on their way when it returns (a server
    // writes a batch while the importer reads the next). Waits for them. A refusal names its row
    // (the index in that call's rows) when the engine knows which, -1 otherwise. The importer asks
    // before it hands over the next rows, at the end of each file, and before the end.
    struct Refusal {
        Problem problem;
        qsizetype row = -1;
    };
    virtual std::optional<Refusal> awaitObservations();

    // The bundled dataset's refresh: its own rows out before the new ones go in, and afterwards its
    // sources that nothing cites any more; a user's rows are never touched.
    virtual Status deleteBundledRows() = 0;
    virtual Status deleteUncitedBundledSources() = 0;
    virtual Result<QString> metaValue(const QString &key) = 0;
    virtual Status setMetaValue(const QString &key, const QString &value) = 0;

    // Who imports and from which files: the reason in the history of every figure the import
    // replaces, and its entry in the import log. Before the first write.
    virtual void setProvenance(const QString &changedBy, const QString &files) = 0;
    // The import's entry in the log (what it wrote). Before commit.
    virtual Status recordImport(Origin origin, qint64 inserted, qint64 replaced) = 0;

    // Checks what the engine did not check row by row (references), then commits. Once.
    virtual Status commit() = 0;

protected:
    ImportWriter() = default;
};

} // namespace air
