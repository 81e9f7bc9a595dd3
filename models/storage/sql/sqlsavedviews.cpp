// Saved views (보기 저장, issue 17, 3): SqlStorage's calls for the table saved_views and its history,
// in SQL both engines read alike.
#include "storage/sql/sqlstorage.h"
#include "storage/storagetext.h"

#include "storage/sql/sql.h"
#include "storage/sql/sqlrows.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace air {

using namespace sqlrows;

namespace {

const QString viewColumns = u"name, level, within, region, comparison, year, weight_set, normalisation, scenario, page, "
                            "saved_by, saved_at"_s;

SavedViewRecord viewOf(const Row &r)
{
    SavedViewRecord v;
    v.name = r.text("name");
    v.level = int(r.integer("level"));
    v.within = r.text("within");
    v.region = r.text("region");
    v.comparison = r.text("comparison");
    const QVariant year = r.value("year");
    v.year = year.isNull() ? 0 : year.toInt();
    v.weightSet = r.text("weight_set");
    v.normalisation = r.text("normalisation");
    v.scenario = r.text("scenario");
    v.page = r.text("page");
    v.savedBy = r.text("saved_by");
    v.savedAt = r.text("saved_at");
    return v;
}

// The selection in a few words, for the history: "KR-46 · KR-41 · 2024 · equal · minmax · overview".
QString describe(const SavedViewRecord &v)
{
    QStringList parts;
    if (v.level == 2)
        parts << (v.within.isEmpty() ? StorageText::tr("districts") : StorageText::tr("districts of %1").arg(v.within));
    for (const QString &field : { v.region, v.comparison })
        parts << (field.isEmpty() ? u"-"_s : field);
    parts << (v.year > 0 ? QString::number(v.year) : StorageText::tr("latest year"));
    for (const QString &field : { v.weightSet, v.normalisation, v.scenario, v.page })
        if (!field.isEmpty())
            parts << field;
    return parts.join(u" · "_s);
}

// Prepares, binds and runs: false on failure, with the error in q.lastError() (for problemOf, which
// tells a read-only or busy database from other failures).
bool execute(QSqlQuery &q, const QString &statement, const QVariantList &values = {})
{
    if (!q.prepare(statement))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

// Whether a row exists; a failed read is not "no such row": it comes back as the problem.
Result<bool> exists(QSqlDatabase &db, const QString &statement, const QVariantList &values)
{
    Result<QSqlQuery> q = sql::run(db, statement, values);
    if (!q)
        return q.problems();
    return q->next() && q->value(0).toLongLong() > 0;
}

} // namespace

Result<QList<SavedViewRecord>> SqlStorage::savedViews()
{
    return readAll<SavedViewRecord>(*this, u"SELECT %1 FROM saved_views ORDER BY name"_s.arg(viewColumns), {}, viewOf,
        AIR_PROBLEM(StorageText::tr("cannot read the saved views")));
}

Result<SavedViewRecord> SqlStorage::savedView(const QString &name)
{
    Result<QList<SavedViewRecord>> found = readAll<SavedViewRecord>(*this,
        u"SELECT %1 FROM saved_views WHERE name = ?"_s.arg(viewColumns), { name }, viewOf,
        AIR_PROBLEM(StorageText::tr("cannot read the saved views")));
    if (!found)
        return found.problems();
    if (found->isEmpty())
        return storageProblem(ErrorKind::NotFound, StorageText::tr("no saved view named '%1'").arg(name));
    return found->first();
}

Status SqlStorage::saveView(const SavedViewRecord &view)
{
    if (readOnly())
        return readOnlyRefusal(StorageText::tr("the view was not saved"));
    SavedViewRecord v = view;
    v.name = view.name.trimmed();
    if (v.name.isEmpty())
        return storageProblem(ErrorKind::Invalid, StorageText::tr("a view needs a name"));
    auto invalid = [&](const QString &reason) {
        return storageProblem(ErrorKind::Invalid, StorageText::tr("view '%1': %2").arg(v.name, reason));
    };
    if (v.level != 1 && v.level != 2)
        return invalid(StorageText::tr("the level is 1 (provinces) or 2 (districts), not %1").arg(v.level));
    if (v.level == 1 && !v.within.isEmpty())
        return invalid(StorageText::tr("a province to rank districts within (%1) needs level 2").arg(v.within));
    static const QStringList normalisations = { u"minmax"_s, u"zscore"_s, u"rank"_s, u"goalposts"_s };
    if (!v.normalisation.isEmpty() && !normalisations.contains(v.normalisation))
        return invalid(StorageText::tr("unknown normalisation '%1' (minmax, zscore, rank or goalposts)").arg(v.normalisation));
    QSqlDatabase db = connection();
    // Every name the view gives is one the database has (checked in this order; the first unknown is said).
    struct Named {
        bool given;
        QString statement;
        QVariant value;
        QString unknown;
    };
    const QList<Named> names {
        { !v.within.isEmpty(), u"SELECT COUNT(*) FROM regions WHERE code = ? AND level = 1"_s, v.within,
            StorageText::tr("unknown province '%1'").arg(v.within) },
        { !v.region.isEmpty(), u"SELECT COUNT(*) FROM regions WHERE code = ?"_s, v.region,
            StorageText::tr("unknown region '%1'").arg(v.region) },
        { !v.comparison.isEmpty(), u"SELECT COUNT(*) FROM regions WHERE code = ?"_s, v.comparison,
            StorageText::tr("unknown region '%1'").arg(v.comparison) },
        { v.year != 0, u"SELECT COUNT(*) FROM observations WHERE year = ?"_s, v.year,
            StorageText::tr("the database has no figure of the year %1").arg(v.year) },
        { !v.weightSet.isEmpty(), u"SELECT COUNT(*) FROM weight_sets WHERE name = ?"_s, v.weightSet,
            StorageText::tr("unknown weight set '%1'").arg(v.weightSet) },
        { !v.scenario.isEmpty(), u"SELECT COUNT(*) FROM scenarios WHERE name = ?"_s, v.scenario,
            StorageText::tr("no saved scenario named '%1'").arg(v.scenario) },
    };
    for (const Named &n : names) {
        if (!n.given)
            continue;
        const Result<bool> found = exists(db, n.statement, { n.value });
        if (!found)
            return found.problems();
        if (!*found)
            return invalid(n.unknown);
    }

    return writeInTransaction(StorageText::tr("the view was not saved"), [&](QSqlDatabase &db) -> Status {
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString by = userName();
        const QVariant year = v.year > 0 ? QVariant(v.year) : QVariant(QMetaType::fromType<int>());
        QSqlQuery saved(db);
        if (!execute(saved,
                u"INSERT INTO saved_views (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
                "level = excluded.level, within = excluded.within, region = excluded.region, comparison = excluded.comparison, "
                "year = excluded.year, weight_set = excluded.weight_set, normalisation = excluded.normalisation, "
                "scenario = excluded.scenario, page = excluded.page, saved_by = excluded.saved_by, saved_at = excluded.saved_at"_s
                    .arg(viewColumns),
                { v.name, v.level, text(v.within), text(v.region), text(v.comparison), year, text(v.weightSet),
                    text(v.normalisation), text(v.scenario), text(v.page), text(by), at }))
            return problemOf(saved.lastError(), StorageText::tr("cannot save the view"));
        QSqlQuery recorded(db);
        if (!execute(recorded,
                u"INSERT INTO saved_view_history (view_name, action, detail, changed_by, changed_at) VALUES (?, 'save', ?, ?, ?)"_s,
                { v.name, describe(v), text(by), at }))
            return problemOf(recorded.lastError(), StorageText::tr("cannot save the view"));
        return Ok {};
    });
}

Status SqlStorage::deleteView(const QString &name)
{
    return writeInTransaction(StorageText::tr("the view was not deleted"), [&](QSqlDatabase &db) -> Status {
        QSqlQuery deleted(db);
        if (!execute(deleted, u"DELETE FROM saved_views WHERE name = ? RETURNING 1"_s, { name }))
            return problemOf(deleted.lastError(), StorageText::tr("cannot delete the view"));
        if (!deleted.next())
            return storageProblem(ErrorKind::NotFound, StorageText::tr("no saved view named '%1'").arg(name));
        deleted.finish();
        QSqlQuery recorded(db);
        if (!execute(recorded,
                u"INSERT INTO saved_view_history (view_name, action, detail, changed_by, changed_at) VALUES (?, 'delete', '', ?, ?)"_s,
                { name, text(userName()), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) }))
            return problemOf(recorded.lastError(), StorageText::tr("cannot delete the view"));
        return Ok {};
    });
}

Result<QList<SavedViewHistoryRecord>> SqlStorage::savedViewHistory()
{
    return readAll<SavedViewHistoryRecord>(*this,
        u"SELECT view_name, action, detail, changed_by, changed_at FROM saved_view_history ORDER BY id"_s, {},
        [](const Row &r) {
            return SavedViewHistoryRecord { r.text("view_name"), r.text("action"), r.text("detail"), r.text("changed_by"),
                r.text("changed_at") };
        },
        AIR_PROBLEM(StorageText::tr("cannot read the saved views' history")));
}

} // namespace air
