#include "storage/sqlite/sqliteimportwriter.h"
#include "storage/storagetext.h"

#include "storage/sqlite/schema.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace air {

SqliteImportWriter::SqliteImportWriter(QSqlDatabase db, QString path)
    : SqlImportWriter(std::move(db), std::move(path))
    , m_tx(m_db)
{
}

Result<std::unique_ptr<ImportWriter>> SqliteImportWriter::begin(QSqlDatabase db, const QString &path)
{
    std::unique_ptr<SqliteImportWriter> writer(new SqliteImportWriter(std::move(db), path));
    if (Status s = writer->start(); !s)
        return s.problems();
    return std::unique_ptr<ImportWriter>(std::move(writer));
}

Problem SqliteImportWriter::failure(const QString &reason) const
{
    return storageProblem(ErrorKind::Failed, reason, m_where);
}

Problem SqliteImportWriter::failure(const QSqlError &error, const QString &what) const
{
    return failure(u"%1: %2"_s.arg(what, error.text()));
}

Status SqliteImportWriter::start()
{
    // A bulk import touches far more pages than SQLite's default 2 MB cache holds; without a
    // larger cache it spills to the WAL over and over (measured: most of the time in pread/pwrite).
    m_previousCacheSize = sql::scalar(m_db, u"PRAGMA cache_size"_s).toInt();
    (void)sql::exec(m_db, u"PRAGMA cache_size = -262144"_s);
    // SQLite's own per-row checks, off for the duration of the import. Foreign-key enforcement
    // cannot change inside a transaction, so this comes before BEGIN.
    //  - Foreign keys: every reference is validated in memory against the rows of this same
    //    transaction; SQLite's parent lookups only repeated that work (0.3 s per million rows).
    //    SQLite checks the whole database once before the commit instead (foreign_key_check,
    //    0.08 s per million rows).
    //  - CHECK constraints: every value is validated against the same lists before it is bound
    //    (status, pillar, sector, direction, level, weights >= 0; origin is a constant), and
    //    evaluating the text CHECKs per row cost 0.4 s per million rows.
    (void)sql::exec(m_db, u"PRAGMA foreign_keys = OFF"_s);
    (void)sql::exec(m_db, u"PRAGMA ignore_check_constraints = ON"_s);
    m_checksOff = true;
    if (!m_tx.begin()) {
        const QString error = m_tx.errorText();
        restore();
        const bool busy = error.contains(u"locked"_s) || error.contains(u"busy"_s);
        return storageProblem(busy ? ErrorKind::Busy : ErrorKind::Failed, StorageText::tr("cannot start the import: %1").arg(error), m_where);
    }
    // One bump of the observations' version for the whole import, not one per row.
    if (Status s = schema::suspendObservationTriggers(m_db); !s)
        return s;

    sqlite3 *handle = sql::handle(m_db);
    m_insert = std::make_unique<Statement>(handle,
        "INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, note, origin) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    m_select = std::make_unique<Statement>(handle,
        "SELECT value, status, source_ref, note, origin FROM observations "
        "WHERE region_ref = ?1 AND indicator_ref = ?2 AND year = ?3");
    QByteArray batch = "INSERT INTO observations "
                       "(region_ref, indicator_ref, year, value, status, source_ref, note, origin) VALUES ";
    for (int i = 0; i < batchSize; ++i)
        batch += i == 0 ? "(?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?)";
    m_insertBatch = std::make_unique<Statement>(handle, batch.constData());
    m_update = std::make_unique<Statement>(handle,
        "UPDATE observations SET value = ?4, status = ?5, source_ref = ?6, note = ?7, origin = ?8 "
        "WHERE region_ref = ?1 AND indicator_ref = ?2 AND year = ?3");
    if (!(m_insert->isValid() && m_insertBatch->isValid() && m_select->isValid() && m_update->isValid()))
        return failure(u"the database is not ready for an import"_s);
    return Ok {};
}

void SqliteImportWriter::restore()
{
    if (m_checksOff) {
        (void)sql::exec(m_db, u"PRAGMA ignore_check_constraints = OFF"_s);
        (void)sql::exec(m_db, u"PRAGMA foreign_keys = ON"_s);
        m_checksOff = false;
    }
    (void)sql::exec(m_db, u"PRAGMA cache_size = %1"_s.arg(m_previousCacheSize));
}

SqliteImportWriter::~SqliteImportWriter()
{
    m_insertBatch.reset();
    m_insert.reset();
    m_select.reset();
    m_update.reset();
    m_prepared.clear();
    if (!m_done)
        m_tx.rollback(); // the suspended triggers come back with the rollback
    restore();
}

Result<ImportWriter::Written> SqliteImportWriter::writeObservations(std::span<const ObservationRow> rows, Origin origin,
    const std::function<bool(qsizetype, const ExistingObservation &)> &replace)
{
    Written written;
    const QByteArray originUtf8 = originText(origin).toLatin1();
    auto bindRow = [&](Statement &s, int base, const ObservationRow &o) {
        s.bind(base + 1, o.region);
        s.bind(base + 2, o.indicator);
        s.bind(base + 3, o.year);
        s.bind(base + 4, o.value);
        s.bindStatic(base + 5, o.status);
        s.bind(base + 6, o.source);
        s.bindStatic(base + 7, o.note);
        s.bindStatic(base + 8, originUtf8);
    };
    size_t first = 0;
    // Whole batches in one statement while every key is new.
    while (rows.size() - first >= size_t(batchSize)) {
        for (int i = 0; i < batchSize; ++i)
            bindRow(*m_insertBatch, i * 8, rows[first + size_t(i)]);
        const int rc = m_insertBatch->step();
        m_insertBatch->reset();
        if (rc != SQLITE_DONE)
            break; // some key exists already (or the batch failed as a whole): row by row, which handles it
        written.inserted += batchSize;
        first += size_t(batchSize);
    }
    for (size_t r = first; r < rows.size(); ++r) {
        const ObservationRow &o = rows[r];
        bindRow(*m_insert, 0, o);
        const int rc = m_insert->step();
        const int extended = m_insert->extendedError();
        m_insert->reset();
        if (rc == SQLITE_DONE) {
            ++written.inserted;
            continue;
        }
        if (extended != SQLITE_CONSTRAINT_PRIMARYKEY)
            return failure(u"the database refused a row: %1"_s.arg(m_insert->errorText()));
        // The key exists: the importer decides (the same figure, a user's figure to keep, a replacement).
        m_select->bind(1, o.region);
        m_select->bind(2, o.indicator);
        m_select->bind(3, o.year);
        m_select->step();
        ExistingObservation existing { m_select->columnDouble(0), m_select->columnText(1), m_select->columnInt64(2),
            m_select->columnText(3), m_select->columnText(4) };
        m_select->reset();
        if (!replace(qsizetype(r), existing))
            continue;
        bindRow(*m_update, 0, o);
        const int urc = m_update->step();
        m_update->reset();
        if (urc != SQLITE_DONE)
            return failure(u"the database refused a row: %1"_s.arg(m_update->errorText()));
        if (Status s = recordReplacement(o, existing); !s)
            return s.problems();
        ++written.replaced;
    }
    return written;
}

Status SqliteImportWriter::commit()
{
    if (Status s = schema::resumeObservationTriggers(m_db); !s)
        return s;
    if (Result<QSqlQuery> q = sql::run(m_db, u"PRAGMA foreign_key_check"_s); !q || q->next())
        return storageProblem(ErrorKind::Invalid,
            u"the import would leave a row of %1 pointing to a missing row of %2; nothing was written"_s.arg(
                q ? q->value(0).toString() : u"?"_s, q ? q->value(2).toString() : u"?"_s),
            m_where);
    m_insertBatch.reset();
    m_insert.reset();
    m_select.reset();
    m_update.reset();
    m_prepared.clear();
    if (!m_tx.commit())
        return storageProblem(ErrorKind::Failed, StorageText::tr("the import could not be saved: %1").arg(m_tx.errorText()), m_where);
    m_done = true;
    return Ok {};
}

} // namespace air
