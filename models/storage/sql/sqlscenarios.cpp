// The scenarios of SqlStorage: read, saved, renamed, deleted, each write with its line in the
// scenarios' history, in one transaction.

#include "storage/sql/sqlstorage.h"

#include "storage/sql/sql.h"
#include "storage/sql/sqlrows.h"
#include "storage/storagetext.h"

#include <QDateTime>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

using namespace sqlrows;

Result<QList<ScenarioRecord>> SqlStorage::scenarios()
{
    Result<QList<ScenarioRecord>> heads = readAll<ScenarioRecord>(*this,
        u"SELECT name, description, created_by, created_at, updated_by, updated_at FROM scenarios ORDER BY name"_s, {},
        [](const Row &r) {
            ScenarioRecord s;
            s.name = r.text("name");
            s.description = r.text("description");
            s.createdBy = r.text("created_by");
            s.createdAt = r.text("created_at");
            s.updatedBy = r.text("updated_by");
            s.updatedAt = r.text("updated_at");
            return s;
        },
        AIR_PROBLEM(StorageText::tr("cannot read the scenarios")));
    if (!heads)
        return heads.problems();
    Result<QList<std::pair<QString, ScenarioChange>>> changes = readAll<std::pair<QString, ScenarioChange>>(*this,
        u"SELECT scenario, region, indicator, year, value, reason, plan, item FROM scenario_changes "
        "ORDER BY scenario, region, indicator, year"_s,
        {},
        [](const Row &r) {
            return std::pair { r.text("scenario"),
                ScenarioChange { r.text("region"), r.text("indicator"), int(r.integer("year")), r.number("value"),
                    r.text("reason"), r.text("plan"), r.text("item") } };
        },
        AIR_PROBLEM(StorageText::tr("cannot read the scenarios' changes")));
    if (!changes)
        return changes.problems();
    QHash<QString, qsizetype> at;
    for (qsizetype i = 0; i < heads->size(); ++i)
        at.insert((*heads)[i].name, i);
    for (const auto &[name, change] : std::as_const(*changes))
        if (const auto it = at.constFind(name); it != at.cend())
            (*heads)[*it].changes.append(change);
    return heads;
}

Problem SqlStorage::readOnlyRefusal(const QString &notDone) const
{
    return storageProblem(ErrorKind::ReadOnly, StorageText::tr("the database is open read-only: %1").arg(notDone), locator());
}

Status SqlStorage::writeInTransaction(const QString &notDone, const std::function<Status(QSqlDatabase &)> &body)
{
    if (readOnly())
        return readOnlyRefusal(notDone);
    QSqlDatabase db = connection();
    Transaction tx(db);
    if (!tx.begin())
        return storageProblem(ErrorKind::Busy, StorageText::tr("cannot start the change: %1").arg(tx.errorText()), locator());
    if (Status s = body(db); !s)
        return s; // the transaction rolls back as it goes
    if (!tx.commit())
        return storageProblem(ErrorKind::Failed, StorageText::tr("the change could not be saved: %1").arg(tx.errorText()), locator());
    return Ok {};
}

namespace {

// One line of the scenarios' history, in the caller's transaction.
Status recordScenarioAction(QSqlDatabase &db, const QString &scenario, const QString &action, qsizetype changes,
    const QString &detail, const QString &by, const QDateTime &at)
{
    Result<QSqlQuery> q = sql::run(db,
        u"INSERT INTO scenario_history (scenario, action, changes, detail, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        { scenario, action, qint64(changes), text(detail), text(by), at.toString(Qt::ISODateWithMs) });
    if (!q)
        return q.problems();
    return Ok {};
}

// The statement with its values bound, run; the query comes back for its results.
QSqlQuery runBound(QSqlDatabase &db, const QString &statement, const QVariantList &values, bool *ok)
{
    QSqlQuery q(db);
    *ok = q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    *ok = *ok && q.exec();
    return q;
}

Problem noScenario(const QString &name)
{
    return storageProblem(ErrorKind::NotFound, StorageText::tr("there is no scenario '%1'").arg(name));
}

} // namespace

// Every change names a known region and indicator, once: checked before anything is written, so
// that the message names the change (the references would only say that one failed).
Status SqlStorage::checkScenarioChanges(const QString &name, const QList<ScenarioChange> &changes)
{
    Result<QList<RegionRecord>> regionList = regions();
    if (!regionList)
        return regionList.problems();
    Result<QList<IndicatorInfo>> indicatorList = indicators();
    if (!indicatorList)
        return indicatorList.problems();
    QSet<QString> regionCodes, indicatorIds, seen;
    for (const RegionRecord &r : std::as_const(*regionList))
        regionCodes.insert(r.code);
    for (const IndicatorInfo &i : std::as_const(*indicatorList))
        indicatorIds.insert(i.id);
    for (const ScenarioChange &c : changes) {
        const QString where = u"%1:%2:%3"_s.arg(c.region, c.indicator).arg(c.year);
        if (!regionCodes.contains(c.region))
            return storageProblem(ErrorKind::Invalid,
                StorageText::tr("scenario '%1': unknown region '%2' (%3)").arg(name, c.region, where));
        if (!indicatorIds.contains(c.indicator))
            return storageProblem(ErrorKind::Invalid,
                StorageText::tr("scenario '%1': unknown indicator '%2' (%3)").arg(name, c.indicator, where));
        if (!std::isfinite(c.value))
            return storageProblem(ErrorKind::Invalid, StorageText::tr("scenario '%1': %2 is not a finite number").arg(name, where));
        if (seen.contains(where))
            return storageProblem(ErrorKind::Invalid, StorageText::tr("scenario '%1': %2 is changed twice").arg(name, where));
        seen.insert(where);
    }
    return Ok {};
}

Status SqlStorage::saveScenario(const ScenarioRecord &scenario)
{
    const QString name = scenario.name.trimmed();
    if (readOnly())
        return readOnlyRefusal(StorageText::tr("the scenario was not saved"));
    if (name.isEmpty())
        return storageProblem(ErrorKind::Invalid, StorageText::tr("a scenario needs a name"));
    if (Status s = checkScenarioChanges(name, scenario.changes); !s)
        return s;
    return writeInTransaction(StorageText::tr("the scenario was not saved"), [&](QSqlDatabase &db) -> Status {
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString by = userName();
        bool ok = false;
        QSqlQuery head = runBound(db,
            u"INSERT INTO scenarios (name, description, created_by, created_at, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET description = excluded.description, "
            "updated_by = excluded.updated_by, updated_at = excluded.updated_at"_s,
            { name, text(scenario.description), text(by), at, text(by), at }, &ok);
        if (!ok)
            return problemOf(head.lastError(), StorageText::tr("cannot save the scenario"));
        QSqlQuery old = runBound(db, u"DELETE FROM scenario_changes WHERE scenario = ?"_s, { name }, &ok);
        if (!ok)
            return problemOf(old.lastError(), StorageText::tr("cannot save the scenario"));
        QSqlQuery insert(db);
        if (!insert.prepare(u"INSERT INTO scenario_changes (scenario, region, indicator, year, value, reason, plan, item) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s))
            return problemOf(insert.lastError(), StorageText::tr("cannot save the scenario's changes"));
        for (const ScenarioChange &c : scenario.changes) {
            const QVariantList values { name, c.region, c.indicator, c.year, c.value, text(c.reason), text(c.plan), text(c.item) };
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values[i]);
            if (!insert.exec())
                return problemOf(insert.lastError(), StorageText::tr("cannot save the scenario's changes"));
        }
        return recordScenarioAction(db, name, u"save"_s, scenario.changes.size(), scenario.description, by,
            QDateTime::fromString(at, Qt::ISODateWithMs));
    });
}

Status SqlStorage::renameScenario(const QString &name, const QString &newName)
{
    const QString target = newName.trimmed();
    if (readOnly())
        return readOnlyRefusal(StorageText::tr("the scenario was not renamed"));
    if (target.isEmpty())
        return storageProblem(ErrorKind::Invalid, StorageText::tr("a scenario needs a name"));
    return writeInTransaction(StorageText::tr("the scenario was not renamed"), [&](QSqlDatabase &db) -> Status {
        const QVariant taken = sql::scalar(db, u"SELECT COUNT(*) FROM scenarios WHERE name = ?"_s, { target });
        if (target != name && taken.toLongLong() > 0)
            return storageProblem(ErrorKind::Conflict, StorageText::tr("a scenario named '%1' exists already").arg(target));
        const QVariant changes = sql::scalar(db, u"SELECT COUNT(*) FROM scenario_changes WHERE scenario = ?"_s, { name });
        const QDateTime at = QDateTime::currentDateTimeUtc();
        bool ok = false;
        QSqlQuery q = runBound(db, u"UPDATE scenarios SET name = ?, updated_by = ?, updated_at = ? WHERE name = ? RETURNING 1"_s,
            { target, text(userName()), at.toString(Qt::ISODateWithMs), name }, &ok);
        if (!ok)
            return problemOf(q.lastError(), StorageText::tr("cannot rename the scenario"));
        if (!q.next())
            return noScenario(name);
        q.finish();
        return recordScenarioAction(db, target, u"rename"_s, changes.toLongLong(), name, userName(), at);
    });
}

Status SqlStorage::deleteScenario(const QString &name)
{
    return writeInTransaction(StorageText::tr("the scenario was not deleted"), [&](QSqlDatabase &db) -> Status {
        const QVariant changes = sql::scalar(db, u"SELECT COUNT(*) FROM scenario_changes WHERE scenario = ?"_s, { name });
        bool ok = false;
        QSqlQuery q = runBound(db, u"DELETE FROM scenarios WHERE name = ? RETURNING 1"_s, { name }, &ok);
        if (!ok)
            return problemOf(q.lastError(), StorageText::tr("cannot delete the scenario"));
        if (!q.next())
            return noScenario(name);
        q.finish();
        return recordScenarioAction(db, name, u"delete"_s, changes.toLongLong(), {}, userName(), QDateTime::currentDateTimeUtc());
    });
}

Result<QList<ScenarioHistoryRecord>> SqlStorage::scenarioHistory()
{
    return readAll<ScenarioHistoryRecord>(*this,
        u"SELECT scenario, action, changes, detail, changed_by, changed_at FROM scenario_history ORDER BY id"_s, {},
        [](const Row &r) {
            return ScenarioHistoryRecord { r.text("scenario"), r.text("action"), int(r.integer("changes")), r.text("detail"),
                r.text("changed_by"), r.text("changed_at") };
        },
        AIR_PROBLEM(StorageText::tr("cannot read the scenarios' history")));
}

} // namespace air
