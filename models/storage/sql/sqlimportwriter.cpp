#include "storage/sql/sqlimportwriter.h"
#include "storage/sql/figurehistory.h"

#include <QDateTime>
#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air {
namespace {

bool knownTable(const QString &table)
{
    static const QStringList tables = { u"regions"_s, u"region_aliases"_s, u"region_groups"_s,
        u"region_group_members"_s, u"sources"_s, u"indicators"_s, u"plans"_s, u"plan_items"_s, u"weight_sets"_s,
        u"weights"_s, u"facts"_s };
    return tables.contains(table);
}

bool plainName(const QString &name)
{
    return !name.isEmpty() && std::all_of(name.cbegin(), name.cend(), [](QChar c) {
        return (c.unicode() >= 'a' && c.unicode() <= 'z') || (c.unicode() >= '0' && c.unicode() <= '9') || c == u'_';
    });
}

bool plainNames(const QStringList &names)
{
    return std::all_of(names.cbegin(), names.cend(), plainName);
}

// The tables whose rows record who brought them (bundled or user).
bool hasOriginColumn(const QString &table)
{
    return table != u"region_group_members"_s && table != u"weights"_s;
}

QString equalsMarks(const QStringList &columns, const QString &separator)
{
    QStringList out;
    for (const QString &c : columns)
        out << c + u" = ?"_s;
    return out.join(separator);
}

} // namespace

SqlImportWriter::SqlImportWriter(QSqlDatabase db, QString where)
    : m_db(std::move(db))
    , m_where(std::move(where))
{
}

QString SqlImportWriter::originText(Origin origin)
{
    return origin == Origin::Bundled ? u"bundled"_s : u"user"_s;
}

Problem SqlImportWriter::unknownName(const QString &table) const
{
    return storageProblem(ErrorKind::Failed, u"unknown table or column: %1"_s.arg(table), m_where);
}

Status SqlImportWriter::settle()
{
    return Ok {};
}

Result<RunStatement> SqlImportWriter::run(const QString &statement, const QVariantList &values, const QString &what)
{
    if (Status s = settle(); !s)
        return s.problems();
    // Each statement is prepared once per import: a catalogue row takes two of them, and on a
    // server each PREPARE (and the DEALLOCATE after) was a round trip of its own.
    std::shared_ptr<QSqlQuery> &q = m_prepared[statement];
    if (!q) {
        q = std::make_shared<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(statement)) {
            const Problem problem = failure(q->lastError(), what);
            m_prepared.remove(statement);
            return problem;
        }
    }
    q->finish();
    for (int i = 0; i < values.size(); ++i)
        q->bindValue(i, values[i]);
    if (!q->exec())
        return failure(q->lastError(), what);
    return RunStatement(q.get());
}

Result<std::optional<ImportWriter::StoredRow>> SqlImportWriter::findRow(const QString &table,
    const QStringList &keyColumns, const QVariantList &keyValues, const QStringList &columns)
{
    if (!knownTable(table) || !plainNames(keyColumns) || !plainNames(columns))
        return unknownName(table);
    const bool origin = hasOriginColumn(table);
    Result<RunStatement> q = run(u"SELECT %1%2 FROM %3 WHERE %4"_s.arg(columns.join(u", "_s),
                                     origin ? u", origin"_s : QString(), table, equalsMarks(keyColumns, u" AND "_s)),
        keyValues, u"cannot read %1"_s.arg(table));
    if (!q)
        return q.problems();
    if (!q->next())
        return std::optional<StoredRow>();
    StoredRow row;
    for (int i = 0; i < columns.size(); ++i)
        row.values << q->value(i);
    if (origin)
        row.origin = q->value(int(columns.size())).toString();
    return std::optional<StoredRow>(std::move(row));
}

Result<bool> SqlImportWriter::insertRow(const QString &table, const QStringList &columns, const QVariantList &values,
    Origin origin, bool ignoreExisting)
{
    if (!knownTable(table) || !plainNames(columns))
        return unknownName(table);
    const bool hasOrigin = hasOriginColumn(table);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size() + (hasOrigin ? 1 : 0); ++i)
        marks << u"?"_s;
    QVariantList bound = values;
    if (hasOrigin)
        bound << originText(origin);
    Result<RunStatement> q = run(u"INSERT INTO %1 (%2%3) VALUES (%4)%5"_s.arg(table, columns.join(u", "_s),
                                     hasOrigin ? u", origin"_s : QString(), marks.join(u", "_s),
                                     ignoreExisting ? u" ON CONFLICT DO NOTHING"_s : QString()),
        bound, u"the database refused a row of %1"_s.arg(table));
    if (!q)
        return q.problems();
    return q->numRowsAffected() > 0;
}

Status SqlImportWriter::updateRow(const QString &table, const QStringList &keyColumns, const QVariantList &keyValues,
    const QStringList &columns, const QVariantList &values, Origin origin)
{
    if (!knownTable(table) || !plainNames(keyColumns) || !plainNames(columns))
        return unknownName(table);
    QStringList sets = columns;
    QVariantList bound = values;
    if (hasOriginColumn(table)) {
        sets << u"origin"_s;
        bound << originText(origin);
    }
    if (sets.isEmpty())
        return Ok {};
    bound << keyValues;
    if (Result<RunStatement> q = run(u"UPDATE %1 SET %2 WHERE %3"_s.arg(table, equalsMarks(sets, u", "_s),
                                      equalsMarks(keyColumns, u" AND "_s)),
            bound, u"the database refused a change of %1"_s.arg(table));
        !q)
        return q.problems();
    return Ok {};
}

Result<qint64> SqlImportWriter::refOf(const QString &table, const QString &keyColumn, const QString &key)
{
    if (!knownTable(table) || !plainName(keyColumn))
        return unknownName(table);
    Result<RunStatement> q = run(u"SELECT ref FROM %1 WHERE %2 = ?"_s.arg(table, keyColumn), { key }, u"cannot read %1"_s.arg(table));
    if (!q)
        return q.problems();
    if (!q->next())
        return storageProblem(ErrorKind::NotFound, u"no %1 row '%2'"_s.arg(table, key), m_where);
    return q->value(0).toLongLong();
}

Status SqlImportWriter::deleteBundledRows()
{
    for (const QString &statement : {
             u"DELETE FROM observations WHERE origin = 'bundled'"_s,
             u"DELETE FROM plan_items WHERE origin = 'bundled'"_s,
             u"DELETE FROM facts WHERE origin = 'bundled'"_s,
             u"DELETE FROM region_aliases WHERE origin = 'bundled'"_s,
             u"DELETE FROM region_group_members WHERE group_id IN "
             "(SELECT id FROM region_groups WHERE origin = 'bundled')"_s,
         }) {
        if (Result<RunStatement> q = run(statement, {}, u"cannot refresh the bundled rows"_s); !q)
            return q.problems();
    }
    return Ok {};
}

// A source is cited by a figure, a plan item, a fact, or an entry of the history (which keeps the
// source a figure had before an edit, and must go on naming it).
Status SqlImportWriter::deleteUncitedBundledSources()
{
    // NOT EXISTS rather than NOT IN: PostgreSQL's planner turns it into an anti-join.
    if (Result<RunStatement> q = run(u"DELETE FROM sources WHERE origin = 'bundled' "
                                     "AND NOT EXISTS (SELECT 1 FROM observations o WHERE o.source_ref = sources.ref) "
                                     "AND NOT EXISTS (SELECT 1 FROM plan_items p WHERE p.source = sources.id) "
                                     "AND NOT EXISTS (SELECT 1 FROM facts f WHERE f.source = sources.id) "
                                     "AND NOT EXISTS (SELECT 1 FROM observation_history h "
                                     "WHERE h.old_source_ref = sources.ref OR h.new_source_ref = sources.ref)"_s,
            {}, u"cannot tidy the bundled sources"_s);
        !q)
        return q.problems();
    return Ok {};
}

void SqlImportWriter::setProvenance(const QString &changedBy, const QString &files)
{
    m_changedBy = changedBy;
    m_files = files;
}

Status SqlImportWriter::recordReplacement(const ObservationRow &row, const ExistingObservation &old)
{
    const sql::FigureChange change { row.region, row.indicator, row.year, old.value, row.value, old.status,
        QString::fromLatin1(row.status), old.source, row.source, m_changedBy,
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), u"import: "_s + m_files };
    if (Result<RunStatement> q = run(sql::figureChangeStatement(), sql::figureChangeValues(change),
            u"cannot record a replaced figure in the history"_s);
        !q)
        return q.problems();
    return Ok {};
}

Status SqlImportWriter::recordImport(Origin origin, qint64 inserted, qint64 replaced)
{
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (Result<RunStatement> q = run(u"INSERT INTO import_log (changed_by, changed_at, origin, files, inserted, replaced) "
                                     "VALUES (?, ?, ?, ?, ?, ?)"_s,
            QVariantList { m_changedBy, at, originText(origin), m_files, inserted, replaced }, u"cannot record the import"_s);
        !q)
        return q.problems();
    return Ok {};
}

Result<QString> SqlImportWriter::metaValue(const QString &key)
{
    Result<RunStatement> q = run(u"SELECT value FROM meta WHERE key = ?"_s, { key }, u"cannot read meta"_s);
    if (!q)
        return q.problems();
    return q->next() ? q->value(0).toString() : QString();
}

Status SqlImportWriter::setMetaValue(const QString &key, const QString &value)
{
    if (Result<RunStatement> q = run(u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
            { key, value }, u"cannot write meta"_s);
        !q)
        return q.problems();
    return Ok {};
}

} // namespace air
