#include "storage/postgres/postgresimportwriter.h"
#include "storage/storagetext.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>

#include "storage/postgres/libpq.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString rowsOf(int count)
{
    QStringList rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i)
        rows << u"(?, ?, ?, ?, ?, ?, ?, ?)"_s;
    return rows.join(u", "_s);
}

// The raw libpq connection behind a QPSQL connection (for COPY, which Qt SQL cannot do).
PGconn *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    // Qt names the type as libpq's header declares it: PGconn is a typedef of struct pg_conn.
    if (!v.isValid() || (qstrcmp(v.typeName(), "PGconn*") != 0 && qstrcmp(v.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

// COPY's text format: tab between columns, backslash escapes inside a text.
void appendText(QByteArray &out, const QByteArray &text)
{
    for (const char c : text) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c;
        }
    }
}

PostgresImportWriter::Key keyOf(const ImportWriter::ObservationRow &o)
{
    return { o.region, o.indicator, o.year };
}

// The array literal '{1,2,3}' of a bigint[] parameter.
QString arrayOf(const QList<qint64> &values)
{
    QString out = u"{"_s;
    out.reserve(values.size() * 6 + 2);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += u',';
        out += QString::number(values[i]);
    }
    return out + u'}';
}

} // namespace

PostgresImportWriter::PostgresImportWriter(QSqlDatabase db, QString where, ProblemOf problemOf)
    : SqlImportWriter(std::move(db), std::move(where))
    , m_problemOf(std::move(problemOf))
    , m_tx(m_db)
{
}

Result<std::unique_ptr<ImportWriter>> PostgresImportWriter::begin(QSqlDatabase db, const QString &where, ProblemOf problemOf)
{
    std::unique_ptr<PostgresImportWriter> writer(new PostgresImportWriter(std::move(db), where, std::move(problemOf)));
    writer->m_copyWorks = libpq::functions().ok() && handleOf(writer->m_db);
    if (!writer->m_copyWorks)
        qWarning("the team database's bulk path (COPY) is off: libpq's functions or its connection cannot be found");
    if (!writer->m_tx.begin())
        return storageProblem(ErrorKind::Unavailable, StorageText::tr("cannot start the import: %1").arg(writer->m_tx.errorText()), where);
    // Two imports at once: the second waits here for the first to commit or roll back.
    QSqlQuery lock(writer->m_db);
    if (!lock.exec(u"SELECT pg_advisory_xact_lock(hashtext('air-import'))"_s))
        return writer->m_problemOf(lock.lastError(), u"cannot wait for another import"_s);
    // References are checked at the commit, as SQLite's import does (postgresschema.cpp: render).
    QSqlQuery deferred(writer->m_db);
    if (!deferred.exec(u"SET CONSTRAINTS ALL DEFERRED"_s))
        return writer->m_problemOf(deferred.lastError(), u"cannot start the import"_s);
    return std::unique_ptr<ImportWriter>(std::move(writer));
}

PostgresImportWriter::~PostgresImportWriter()
{
    if (m_copying.valid())
        m_copying.wait(); // the connection is the COPY's until it ends
    // Rolled back first: a statement is freed by a DEALLOCATE, which a failed transaction refuses.
    if (!m_done)
        m_tx.rollback();
    m_batch.reset();
    m_prepared.clear();
}

Problem PostgresImportWriter::failure(const QSqlError &error, const QString &what) const
{
    return m_problemOf(error, what);
}

namespace {

// One COPY of rows whose keys are new, on the sending thread: formats, streams and waits for the
// server's verdict.
PostgresImportWriter::CopyOutcome sendCopy(PGconn *conn, const std::vector<ImportWriter::ObservationRow> &rows,
    const QByteArray &origin)
{
    const libpq::Functions &pq = libpq::functions();
    PostgresImportWriter::CopyOutcome outcome;
    auto fail = [&](PGresult *r) {
        if (!outcome.error.isEmpty())
            return;
        outcome.error = QString::fromUtf8(r ? pq.resultErrorMessage(r) : pq.errorMessage(conn)).trimmed();
        if (r) {
            // The server's sentence alone: its CONTEXT counts the COPY's lines, not the file's, and
            // the row's refs mean nothing to a reader; the file's line is given beside it instead.
            if (const char *primary = pq.resultErrorField(r, PG_DIAG_MESSAGE_PRIMARY); primary && *primary)
                outcome.error = QString::fromUtf8(primary);
            outcome.sqlState = QString::fromLatin1(pq.resultErrorField(r, PG_DIAG_SQLSTATE));
            // "COPY observations, line 3[, column value: ...]": the row of this COPY.
            static const QRegularExpression where(u"^COPY observations, line (\\d+)"_s);
            const QRegularExpressionMatch m = where.match(QString::fromUtf8(pq.resultErrorField(r, PG_DIAG_CONTEXT)));
            if (m.hasMatch())
                outcome.line = m.captured(1).toLongLong();
        }
        if (outcome.sqlState.isEmpty() && pq.status(conn) == CONNECTION_BAD)
            outcome.sqlState = u"08006"_s; // the connection is gone: the kind says so
    };
    PGresult *start = pq.exec(conn, "COPY observations (region_ref, indicator_ref, year, value, status, source_ref, note, "
                                   "origin) FROM STDIN");
    const bool copying = pq.resultStatus(start) == PGRES_COPY_IN;
    if (!copying)
        fail(start);
    pq.clear(start);
    if (!copying)
        return outcome;
    QByteArray buffer;
    buffer.reserve(1 << 20);
    bool sent = true;
    for (const ImportWriter::ObservationRow &o : rows) {
        buffer += QByteArray::number(o.region);
        buffer += '\t';
        buffer += QByteArray::number(o.indicator);
        buffer += '\t';
        buffer += QByteArray::number(o.year);
        buffer += '\t';
        buffer += QByteArray::number(o.value, 'g', 17);
        buffer += '\t';
        buffer += o.status;
        buffer += '\t';
        buffer += QByteArray::number(o.source);
        buffer += '\t';
        appendText(buffer, o.note);
        buffer += '\t';
        buffer += origin;
        buffer += '\n';
        if (buffer.size() > (1 << 20) - 4096) {
            sent = pq.putCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
            if (!sent)
                break;
        }
    }
    if (sent && !buffer.isEmpty())
        sent = pq.putCopyData(conn, buffer.constData(), int(buffer.size())) == 1;
    if (pq.putCopyEnd(conn, sent ? nullptr : "the import stopped") != 1 || !sent)
        fail(nullptr);
    while (PGresult *r = pq.getResult(conn)) {
        if (pq.resultStatus(r) != PGRES_COMMAND_OK)
            fail(r);
        pq.clear(r);
    }
    return outcome;
}

} // namespace

std::optional<ImportWriter::Refusal> PostgresImportWriter::awaitObservations()
{
    if (!m_copying.valid())
        return std::nullopt;
    const CopyOutcome outcome = m_copying.get();
    if (outcome.error.isEmpty())
        return std::nullopt;
    // The transaction is aborted now: every later statement is refused with this problem.
    const QSqlError error(QString(), outcome.error, QSqlError::StatementError, outcome.sqlState);
    m_copyProblem = m_problemOf(error, StorageText::tr("the server refused a figure"));
    Refusal refusal { *m_copyProblem, -1 };
    if (outcome.line >= 1 && size_t(outcome.line) <= m_copyingRows.size())
        refusal.row = m_copyingRows[size_t(outcome.line - 1)];
    return refusal;
}

Status PostgresImportWriter::settle()
{
    (void)awaitObservations(); // a refusal nobody asked for comes back as every later statement's problem
    if (m_copyProblem)
        return *m_copyProblem;
    return Ok {};
}

Result<QSet<PostgresImportWriter::Key>> PostgresImportWriter::storedKeys(std::span<const ObservationRow> rows)
{
    // Which (region, indicator) pairs the server held when this import began writing figures: a
    // pair it did not hold can have no stored key but the ones this import wrote (m_written), and
    // a batch of such pairs needs no question to the server, nor to wait for the COPY before it.
    if (!m_storedPairsRead) {
        Result<RunStatement> q = run(u"SELECT DISTINCT region_ref, indicator_ref FROM observations"_s, {},
            u"cannot read which figures the server holds"_s);
        if (!q)
            return q.problems();
        while (q->next())
            m_storedPairs.insert({ q->value(0).toLongLong(), q->value(1).toLongLong() });
        m_storedPairsRead = true;
    }
    QSet<QPair<qint64, qint64>> asked;
    QList<qint64> regions, indicators;
    for (const ObservationRow &o : rows) {
        const QPair<qint64, qint64> pair { o.region, o.indicator };
        if (!m_storedPairs.contains(pair) || asked.contains(pair))
            continue;
        asked.insert(pair);
        regions << o.region;
        indicators << o.indicator;
    }
    QSet<Key> stored;
    if (!asked.isEmpty()) {
        Result<RunStatement> q = run(u"SELECT o.region_ref, o.indicator_ref, o.year FROM observations o "
                                     "JOIN unnest(?::bigint[], ?::bigint[]) AS k (region_ref, indicator_ref) "
                                     "ON o.region_ref = k.region_ref AND o.indicator_ref = k.indicator_ref"_s,
            { arrayOf(regions), arrayOf(indicators) }, u"cannot read which figures the server holds"_s);
        if (!q)
            return q.problems();
        while (q->next())
            stored.insert({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt() });
    }
    if (!m_written.isEmpty()) {
        for (const ObservationRow &o : rows)
            if (m_written.contains(keyOf(o)))
                stored.insert(keyOf(o));
    }
    return stored;
}

Result<PostgresImportWriter::Replacement> PostgresImportWriter::replaceStored(const ObservationRow &o, qsizetype index,
    const std::function<bool(qsizetype, const ExistingObservation &)> &replace)
{
    Result<RunStatement> e = run(u"SELECT value, status, source_ref, note, origin FROM observations "
                                 "WHERE region_ref = ? AND indicator_ref = ? AND year = ? FOR UPDATE"_s,
        { o.region, o.indicator, o.year }, u"cannot read a figure"_s);
    if (!e)
        return e.problems();
    if (!e->next())
        return Replacement::Gone;
    const ExistingObservation existing { e->value(0).toDouble(), e->value(1).toString(), e->value(2).toLongLong(),
        e->value(3).toString(), e->value(4).toString() };
    if (!replace(index, existing))
        return Replacement::Kept;
    if (Result<RunStatement> u = run(u"UPDATE observations SET value = ?, status = ?, source_ref = ?, note = ?, origin = ? "
                                     "WHERE region_ref = ? AND indicator_ref = ? AND year = ?"_s,
            { o.value, QString::fromLatin1(o.status), o.source, QString::fromUtf8(o.note), originText(m_origin), o.region,
                o.indicator, o.year },
            u"the server refused a row"_s);
        !u)
        return u.problems();
    if (Status s = recordReplacement(o, existing); !s)
        return s.problems();
    return Replacement::Replaced;
}

Result<ImportWriter::Written> PostgresImportWriter::writeObservations(std::span<const ObservationRow> rows, Origin origin,
    const std::function<bool(qsizetype, const ExistingObservation &)> &replace)
{
    if (Status s = settle(); !s)
        return s.problems();
    m_origin = origin;
    if (rows.size() < 64 || !m_copyWorks)
        return insertRowWise(rows, replace);
    // The keys the server holds go row by row (the importer decides each), the new ones by COPY.
    const Result<QSet<Key>> stored = storedKeys(rows);
    if (!stored)
        return stored.problems();
    Written written;
    std::vector<ObservationRow> fresh;
    fresh.reserve(rows.size());
    m_copyingRows.clear();
    for (size_t i = 0; i < rows.size(); ++i) {
        if (!stored->contains(keyOf(rows[i]))) {
            fresh.push_back(rows[i]);
            m_copyingRows.push_back(qsizetype(i));
            continue;
        }
        const Result<Replacement> done = replaceStored(rows[i], qsizetype(i), replace);
        if (!done)
            return done.problems();
        if (*done == Replacement::Replaced)
            ++written.replaced;
        else if (*done == Replacement::Gone) {
            fresh.push_back(rows[i]); // deleted since it was asked for: a new key again
            m_copyingRows.push_back(qsizetype(i));
        }
    }
    if (fresh.empty())
        return written;
    written.inserted = qint64(fresh.size());
    for (const ObservationRow &o : fresh)
        m_written.insert(keyOf(o));
    // The server writes this batch while the importer reads the next; the next statement on this
    // connection waits for it (settle). Until then nothing else touches the connection.
    m_copying = std::async(std::launch::async, [conn = handleOf(m_db), rows = std::move(fresh),
                                                   originBytes = originText(origin).toLatin1()] {
        return sendCopy(conn, rows, originBytes);
    });
    return written;
}

Result<ImportWriter::Written> PostgresImportWriter::insertRowWise(std::span<const ObservationRow> rows,
    const std::function<bool(qsizetype, const ExistingObservation &)> &replace)
{
    Written written;
    const QString originValue = originText(m_origin);
    for (size_t first = 0; first < rows.size(); first += batchSize) {
        const int count = int(std::min(rows.size() - first, size_t(batchSize)));
        QSqlQuery *q = nullptr;
        QSqlQuery partial(m_db);
        const QString statement = u"INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, "
                                  "note, origin) VALUES %1 ON CONFLICT DO NOTHING RETURNING region_ref, indicator_ref, year"_s
                                      .arg(rowsOf(count));
        if (count == batchSize) {
            if (!m_batch) {
                m_batch = std::make_unique<QSqlQuery>(m_db);
                if (!m_batch->prepare(statement))
                    return m_problemOf(m_batch->lastError(), u"cannot prepare the import"_s);
            }
            q = m_batch.get();
        } else {
            if (!partial.prepare(statement))
                return m_problemOf(partial.lastError(), u"cannot prepare the import"_s);
            q = &partial;
        }
        int position = 0;
        for (int i = 0; i < count; ++i) {
            const ObservationRow &o = rows[first + size_t(i)];
            q->bindValue(position++, o.region);
            q->bindValue(position++, o.indicator);
            q->bindValue(position++, o.year);
            q->bindValue(position++, o.value);
            q->bindValue(position++, QString::fromLatin1(o.status));
            q->bindValue(position++, o.source);
            // NOT NULL: a file without notes has empty ones (a null QString would bind NULL).
            q->bindValue(position++, o.note.isEmpty() ? QStringLiteral("") : QString::fromUtf8(o.note));
            q->bindValue(position++, originValue);
        }
        if (!q->exec())
            return m_problemOf(q->lastError(), u"the server refused a row"_s);
        QSet<Key> inserted;
        while (q->next())
            inserted.insert({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt() });
        q->finish();
        m_written.unite(inserted);
        written.inserted += inserted.size();
        if (inserted.size() == count)
            continue;
        // The keys that exist: the importer decides, row by row (rare: a refresh, a correction).
        for (int i = 0; i < count; ++i) {
            const ObservationRow &o = rows[first + size_t(i)];
            if (inserted.contains(keyOf(o)))
                continue;
            const Result<Replacement> done = replaceStored(o, qsizetype(first) + i, replace);
            if (!done)
                return done.problems();
            if (*done == Replacement::Replaced)
                ++written.replaced;
        }
    }
    return written;
}

Status PostgresImportWriter::commit()
{
    if (Status s = settle(); !s)
        return s;
    m_batch.reset();
    m_prepared.clear();
    if (!m_tx.commit())
        return storageProblem(ErrorKind::Failed, StorageText::tr("the import could not be saved: %1").arg(m_tx.errorText()), m_where);
    m_done = true;
    return Ok {};
}

} // namespace air
