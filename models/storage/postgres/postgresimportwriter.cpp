#include "storage/postgres/postgresimportwriter.h"

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
    if (!writer->m_tx.begin())
        return storageProblem(ErrorKind::Unavailable, u"cannot start the import: %1"_s.arg(writer->m_tx.errorText()), where);
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
    m_batch.reset();
    if (!m_done)
        m_tx.rollback();
}

Problem PostgresImportWriter::failure(const QSqlError &error, const QString &what) const
{
    return m_problemOf(error, what);
}

namespace {

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

} // namespace

bool PostgresImportWriter::copyObservations(std::span<const ObservationRow> rows, Origin origin, QString *error)
{
    const libpq::Functions &pq = libpq::functions();
    PGconn *conn = handleOf(m_db);
    if (!pq.ok()) {
        *error = u"libpq's functions cannot be found in this process"_s;
        return false;
    }
    if (!conn) {
        *error = u"no libpq connection behind the driver (%1)"_s.arg(QString::fromLatin1(m_db.driver()->handle().typeName()));
        return false;
    }
    auto command = [&](const char *sql) {
        PGresult *r = pq.exec(conn, sql);
        const bool ok = pq.resultStatus(r) == PGRES_COMMAND_OK;
        if (!ok)
            *error = QString::fromUtf8(pq.errorMessage(conn)).trimmed();
        pq.clear(r);
        return ok;
    };
    // A duplicate key fails the whole COPY: inside a savepoint, so that the rows can then go the
    // row-wise way without losing the transaction.
    if (!command("SAVEPOINT air_copy"))
        return false;
    PGresult *start = pq.exec(conn, "COPY observations (region_ref, indicator_ref, year, value, status, source_ref, note, "
                                   "origin) FROM STDIN");
    const bool copying = pq.resultStatus(start) == PGRES_COPY_IN;
    pq.clear(start);
    if (!copying) {
        *error = QString::fromUtf8(pq.errorMessage(conn)).trimmed();
        (void)command("ROLLBACK TO SAVEPOINT air_copy");
        return false;
    }
    const QByteArray originBytes = originText(origin).toLatin1();
    QByteArray buffer;
    buffer.reserve(1 << 20);
    bool sent = true;
    for (const ObservationRow &o : rows) {
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
        buffer += originBytes;
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
    pq.putCopyEnd(conn, sent ? nullptr : "the import stopped");
    bool ok = sent;
    while (PGresult *r = pq.getResult(conn)) {
        if (pq.resultStatus(r) != PGRES_COMMAND_OK) {
            ok = false;
            *error = QString::fromUtf8(pq.resultErrorMessage(r)).trimmed();
        }
        pq.clear(r);
    }
    if (!ok) {
        (void)command("ROLLBACK TO SAVEPOINT air_copy");
        return false;
    }
    return command("RELEASE SAVEPOINT air_copy");
}

Result<ImportWriter::Written> PostgresImportWriter::writeObservations(std::span<const ObservationRow> rows, Origin origin,
    const std::function<bool(qsizetype, const ExistingObservation &)> &replace)
{
    // New keys, the usual case: COPY, libpq's bulk path. A key that exists makes the COPY fail
    // (and roll back to its savepoint): then row-wise, where the importer decides each one.
    if (rows.size() >= 64 && m_copyWorks) {
        QString error;
        if (copyObservations(rows, origin, &error))
            return Written { qint64(rows.size()), 0 };
        if (!error.contains(u"duplicate key"_s)) {
            m_copyWorks = false; // not a duplicate: do not try again in this import
            qWarning("the team database's bulk path (COPY) is off for this import: %s", qPrintable(error));
        }
    }
    Written written;
    const QString originValue = originText(origin);
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
        auto keyOf = [](qint64 region, qint64 indicator, int year) {
            return (quint64(region) << 42) ^ (quint64(indicator) << 20) ^ quint64(quint32(year));
        };
        QSet<quint64> inserted;
        while (q->next())
            inserted.insert(keyOf(q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt()));
        q->finish();
        written.inserted += inserted.size();
        if (inserted.size() == count)
            continue;
        // The keys that exist: the importer decides, row by row (rare: a refresh, a correction).
        for (int i = 0; i < count; ++i) {
            const ObservationRow &o = rows[first + size_t(i)];
            if (inserted.contains(keyOf(o.region, o.indicator, o.year)))
                continue;
            Result<QSqlQuery> e = run(u"SELECT value, status, source_ref, note, origin FROM observations "
                                      "WHERE region_ref = ? AND indicator_ref = ? AND year = ? FOR UPDATE"_s,
                { o.region, o.indicator, o.year }, u"cannot read a figure"_s);
            if (!e)
                return e.problems();
            if (!e->next())
                continue;
            const ExistingObservation existing { e->value(0).toDouble(), e->value(1).toString(), e->value(2).toLongLong(),
                e->value(3).toString(), e->value(4).toString() };
            if (!replace(qsizetype(first) + i, existing))
                continue;
            if (Result<QSqlQuery> u = run(u"UPDATE observations SET value = ?, status = ?, source_ref = ?, note = ?, origin = ? "
                                          "WHERE region_ref = ? AND indicator_ref = ? AND year = ?"_s,
                    { o.value, QString::fromLatin1(o.status), o.source, QString::fromUtf8(o.note), originValue, o.region,
                        o.indicator, o.year },
                    u"the server refused a row"_s);
                !u)
                return u.problems();
            ++written.replaced;
        }
    }
    return written;
}

Status PostgresImportWriter::commit()
{
    m_batch.reset();
    if (!m_tx.commit())
        return storageProblem(ErrorKind::Failed, u"the import could not be saved: %1"_s.arg(m_tx.errorText()), m_where);
    m_done = true;
    return Ok {};
}

} // namespace air
