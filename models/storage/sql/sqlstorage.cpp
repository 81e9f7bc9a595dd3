#include "storage/sql/sqlstorage.h"
#include "storage/sql/figurehistory.h"
#include "storage/storagetext.h"

#include "storage/sql/sql.h"
#include "storage/sql/sqlrows.h"
#include "index/indextypes.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

using namespace sqlrows;

Problem SqlStorage::problemOf(const QSqlError &error, const QString &what) const
{
    return storageProblem(ErrorKind::Failed, u"%1: %2"_s.arg(what, error.text()), locator());
}


Result<QList<RegionRecord>> SqlStorage::regions()
{
    return readAll<RegionRecord>(*this,
        u"SELECT ref, code, name_ko, name_en, short_ko, level, COALESCE(parent, '') AS parent, capital_region "
        "FROM regions ORDER BY ref"_s,
        {},
        [](const Row &r) {
            return RegionRecord { r.integer("ref"), r.text("code"), r.text("name_ko"), r.text("name_en"),
                r.text("short_ko"), int(r.integer("level")), r.text("parent"), r.integer("capital_region") == 1 };
        },
        AIR_PROBLEM(u"cannot read the regions"_s));
}

Result<QList<RegionAliasRecord>> SqlStorage::regionAliases()
{
    return readAll<RegionAliasRecord>(*this, u"SELECT alias, region FROM region_aliases ORDER BY region, alias"_s, {},
        [](const Row &r) { return RegionAliasRecord { r.text("alias"), r.text("region") }; },
        AIR_PROBLEM(u"cannot read the region aliases"_s));
}

// In the order the groups were added: the server's position column (SqliteStorage uses the rowid).
Result<QList<RegionGroupRecord>> SqlStorage::regionGroups()
{
    struct Member {
        QString id, nameKo, nameEn, region;
    };
    Result<QList<Member>> rows = readAll<Member>(*this,
        u"SELECT g.id, g.name_ko, g.name_en, COALESCE(m.region, '') AS region FROM region_groups g "
        "LEFT JOIN region_group_members m ON m.group_id = g.id ORDER BY g.position, m.region"_s,
        {}, [](const Row &r) { return Member { r.text("id"), r.text("name_ko"), r.text("name_en"), r.text("region") }; },
        AIR_PROBLEM(u"cannot read the region groups"_s));
    if (!rows)
        return rows.problems();
    QList<RegionGroupRecord> out;
    for (const Member &m : std::as_const(*rows)) {
        if (out.isEmpty() || out.last().id != m.id)
            out.append({ m.id, m.nameKo, m.nameEn, {} });
        if (!m.region.isEmpty())
            out.last().members << m.region;
    }
    return out;
}

Result<QList<IndicatorInfo>> SqlStorage::indicators()
{
    return readAll<IndicatorInfo>(*this,
        u"SELECT ref, id, pillar, COALESCE(sector, '') AS sector, name_ko, name_en, unit, direction, group_rule, "
        "COALESCE(denominator, '') AS denominator, scale, ratio_unit, definition, goal_low, goal_high, min_value, "
        "COALESCE(kind, '') AS kind, COALESCE(values_from, '') AS values_from, as_of, kosis_table, kosis_item FROM indicators "
        "ORDER BY CASE pillar WHEN 'infrastructure' THEN 1 WHEN 'talent' THEN 2 WHEN 'industry' THEN 3 "
        "WHEN 'governance' THEN 4 WHEN 'sector' THEN 5 WHEN 'benchmark' THEN 6 ELSE 7 END, sector, id"_s,
        {},
        [](const Row &r) {
            IndicatorInfo info;
            info.ref = r.integer("ref");
            info.id = r.text("id");
            info.pillar = r.text("pillar");
            info.sector = r.text("sector");
            info.nameKo = r.text("name_ko");
            info.nameEn = r.text("name_en");
            info.unit = r.text("unit");
            info.direction = r.text("direction");
            info.groupRule = r.text("group_rule");
            info.denominator = r.text("denominator");
            info.scale = r.number("scale");
            info.ratioUnit = r.text("ratio_unit");
            info.definition = r.text("definition");
            info.goalLow = nullable(r.value("goal_low"));
            info.goalHigh = nullable(r.value("goal_high"));
            info.minimum = nullable(r.value("min_value"));
            info.kind = r.text("kind");
            info.valuesFrom = r.text("values_from");
            info.asOf = r.text("as_of");
            info.kosisTable = r.text("kosis_table");
            info.kosisItem = r.text("kosis_item");
            return info;
        },
        AIR_PROBLEM(u"cannot read the indicators"_s));
}

Result<QList<SourceRecord>> SqlStorage::sources()
{
    return readAll<SourceRecord>(*this,
        u"SELECT ref, id, publisher, title, url, published, retrieved, licence, table_title, table_id, note, origin, "
        "COALESCE(title_en, '') AS title_en FROM sources ORDER BY publisher, title, id"_s,
        {},
        [](const Row &r) {
            return SourceRecord { r.integer("ref"), r.text("id"), r.text("publisher"), r.text("title"), r.text("url"),
                r.text("published"), r.text("retrieved"), r.text("licence"), r.text("table_title"), r.text("table_id"),
                r.text("note"), r.text("origin"), r.text("title_en") };
        },
        AIR_PROBLEM(u"cannot read the sources"_s));
}

Result<QList<PlanRecord>> SqlStorage::plans()
{
    return readAll<PlanRecord>(*this,
        u"SELECT id, name_ko, name_en, COALESCE(region, '') AS region, period FROM plans "
        "ORDER BY CASE id WHEN 'national' THEN 0 WHEN 'gyeonggi' THEN 1 WHEN 'jeonnam' THEN 2 ELSE 3 END, id"_s,
        {},
        [](const Row &r) {
            return PlanRecord { r.text("id"), r.text("name_ko"), r.text("name_en"), r.text("region"), r.text("period") };
        },
        AIR_PROBLEM(u"cannot read the plans"_s));
}

Result<QList<PlanItemRecord>> SqlStorage::planItems()
{
    return readAll<PlanItemRecord>(*this,
        u"SELECT plan, item, COALESCE(pillar, '') AS pillar, COALESCE(sector, '') AS sector, title_ko, title_en, "
        "target_value, target_unit, target_unit_ko, target_year, budget_krw, status, source, note, note_ko, "
        "COALESCE(indicator, '') AS indicator, indicator_target FROM plan_items ORDER BY plan, item"_s,
        {},
        [](const Row &r) {
            PlanItemRecord p;
            p.plan = r.text("plan");
            p.item = r.text("item");
            p.pillar = r.text("pillar");
            p.sector = r.text("sector");
            p.titleKo = r.text("title_ko");
            p.titleEn = r.text("title_en");
            p.targetValue = nullable(r.value("target_value"));
            p.targetUnit = r.text("target_unit");
            p.targetUnitKo = r.text("target_unit_ko");
            p.targetYear = nullable(r.value("target_year"));
            p.budgetKrw = nullable(r.value("budget_krw"));
            p.status = r.text("status");
            p.source = r.text("source");
            p.note = r.text("note");
            p.noteKo = r.text("note_ko");
            p.indicator = r.text("indicator");
            p.indicatorTarget = nullable(r.value("indicator_target"));
            return p;
        },
        AIR_PROBLEM(u"cannot read the plan items"_s));
}

Result<QList<FactRecord>> SqlStorage::facts()
{
    return readAll<FactRecord>(*this,
        u"SELECT ref, id, pillar, COALESCE(sector, '') AS sector, scope, text_ko, text_en, value, unit, as_of, source, note "
        "FROM facts ORDER BY pillar, id"_s,
        {},
        [](const Row &r) {
            return FactRecord { r.text("id"), r.text("pillar"), r.text("sector"), r.text("scope"), r.text("text_ko"),
                r.text("text_en"), nullable(r.value("value")), r.text("unit"), r.text("as_of"), r.text("source"),
                r.text("note") };
        },
        AIR_PROBLEM(u"cannot read the facts"_s));
}

Result<QStringList> SqlStorage::weightSetNames()
{
    Result<QList<QString>> names = readAll<QString>(*this,
        u"SELECT name FROM weight_sets ORDER BY CASE name WHEN 'equal' THEN 0 ELSE 1 END, name"_s, {},
        [](const Row &r) { return r.text("name"); }, AIR_PROBLEM(u"cannot read the weight sets"_s));
    if (!names)
        return names.problems();
    return QStringList(*names);
}

Result<QList<WeightRecord>> SqlStorage::weights(const QString &weightSet)
{
    Result<QStringList> names = weightSetNames();
    if (!names)
        return names.problems();
    if (!names->contains(weightSet))
        return storageProblem(ErrorKind::NotFound,
            StorageText::tr("unknown weight set '%1'; the database has: %2").arg(weightSet, names->join(u", "_s)));
    return readAll<WeightRecord>(*this,
        u"SELECT target_kind, target, weight FROM weights WHERE weight_set = ? ORDER BY target_kind, target"_s,
        { weightSet },
        [](const Row &r) { return WeightRecord { r.text("target_kind"), r.text("target"), r.number("weight") }; },
        AIR_PROBLEM(u"cannot read the weights"_s));
}

Result<FigureColumns> SqlStorage::figures(const QStringList &regionCodes)
{
    QHash<QString, int> column;
    for (int i = 0; i < regionCodes.size(); ++i)
        column.insert(regionCodes[i], i);
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    ObservationFilter filter;
    filter.regions = regionCodes;
    QVariantList values;
    const QString where = whereOf(filter, &values);
    if (!q.prepare(u"SELECT r.code, i.id, o.year, o.value FROM observations o JOIN regions r ON r.ref = o.region_ref "
                   "JOIN indicators i ON i.ref = o.indicator_ref WHERE "_s
            + where + u" ORDER BY i.id, o.year"_s))
        return problemOf(q.lastError(), u"cannot read the figures"_s);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return problemOf(q.lastError(), u"cannot read the figures"_s);
    FigureColumns out;
    const size_t units = size_t(regionCodes.size());
    while (q.next()) {
        std::vector<double> &values = out[q.value(1).toString()][q.value(2).toInt()];
        if (values.empty())
            values.assign(units, index::missing);
        values[size_t(column.value(q.value(0).toString()))] = q.value(3).toDouble();
    }
    return out;
}

Result<QString> SqlStorage::metaValue(const QString &key)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.prepare(u"SELECT value FROM meta WHERE key = ?"_s);
    q.addBindValue(key);
    if (!q.exec())
        return problemOf(q.lastError(), u"cannot read the database's bookkeeping"_s);
    return q.next() ? q.value(0).toString() : QString();
}

Result<qint64> SqlStorage::observationsVersion()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'observations_version'"_s))
        return problemOf(q.lastError(), u"cannot read the observations' version"_s);
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

QString SqlStorage::whereOf(const ObservationFilter &filter, QVariantList *values)
{
    QStringList where;
    if (!filter.indicator.isEmpty()) {
        where << u"i.id = ?"_s;
        *values << filter.indicator;
    }
    if (!filter.region.isEmpty()) {
        where << u"r.code = ?"_s;
        *values << filter.region;
    }
    if (!filter.regions.isEmpty()) {
        QStringList marks;
        for (const QString &code : filter.regions) {
            marks << u"?"_s;
            *values << code;
        }
        where << u"r.code IN (%1)"_s.arg(marks.join(u", "_s));
    }
    if (filter.year > 0) {
        where << u"o.year = ?"_s;
        *values << filter.year;
    }
    return where.isEmpty() ? u"1 = 1"_s : where.join(u" AND "_s);
}

Result<QList<ObservationRecord>> SqlStorage::observations(const ObservationFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    return readAll<ObservationRecord>(*this,
        u"SELECT r.code, r.name_ko AS region_ko, r.name_en AS region_en, r.level, i.id, i.name_ko AS indicator_ko, "
        "i.name_en AS indicator_en, i.unit, o.year, o.value, o.status, o.source_ref, s.id AS source, s.title, "
        "COALESCE(s.title_en, '') AS title_en, s.publisher, o.note, o.origin FROM regions r "_s
            + regionsFirstJoin()
            + u" observations o ON o.region_ref = r.ref "
              "JOIN indicators i ON i.ref = o.indicator_ref JOIN sources s ON s.ref = o.source_ref WHERE "_s
            + where + u" ORDER BY i.id, r.level, r.code, o.year"_s,
        values,
        [](const Row &r) {
            ObservationRecord o;
            o.region = r.text("code");
            o.regionNameKo = r.text("region_ko");
            o.regionNameEn = r.text("region_en");
            o.regionLevel = int(r.integer("level"));
            o.indicator = r.text("id");
            o.indicatorNameKo = r.text("indicator_ko");
            o.indicatorNameEn = r.text("indicator_en");
            o.unit = r.text("unit");
            o.year = int(r.integer("year"));
            o.value = r.number("value");
            o.status = r.text("status");
            o.sourceRef = r.integer("source_ref");
            o.source = r.text("source");
            o.sourceTitle = r.text("title");
            o.sourceTitleEn = r.text("title_en");
            o.sourcePublisher = r.text("publisher");
            o.note = r.text("note");
            o.origin = r.text("origin");
            return o;
        },
        AIR_PROBLEM(u"cannot read the observations"_s));
}

Result<ObservationCounts> SqlStorage::countObservations(const ObservationFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, &values);
    struct Group {
        QString status, origin;
        qint64 count = 0;
    };
    Result<QList<Group>> groups = readAll<Group>(*this,
        u"SELECT o.status, o.origin, COUNT(*) AS n FROM regions r "_s + regionsFirstJoin()
            + u" observations o ON o.region_ref = r.ref JOIN indicators i ON i.ref = o.indicator_ref WHERE "_s + where
            + u" GROUP BY o.status, o.origin"_s,
        values, [](const Row &r) { return Group { r.text("status"), r.text("origin"), r.integer("n") }; },
        AIR_PROBLEM(u"cannot count the observations"_s));
    if (!groups)
        return groups.problems();
    ObservationCounts counts;
    for (const Group &g : *groups) {
        counts.total += g.count;
        counts.byStatus[g.status] += g.count;
        counts.byOrigin[g.origin] += g.count;
    }
    return counts;
}

Result<QHash<QString, int>> SqlStorage::yearsPerIndicator()
{
    Result<QList<std::pair<QString, int>>> rows = readAll<std::pair<QString, int>>(*this,
        u"SELECT i.id, COUNT(DISTINCT o.year) AS years FROM indicators i JOIN observations o ON o.indicator_ref = i.ref "
        "GROUP BY i.id"_s,
        {}, [](const Row &r) { return std::pair { r.text("id"), int(r.integer("years")) }; },
        AIR_PROBLEM(u"cannot read the years of the figures"_s));
    if (!rows)
        return rows.problems();
    QHash<QString, int> out;
    for (const auto &[id, years] : *rows)
        out.insert(id, years);
    return out;
}

Result<Storage::EditOutcome> SqlStorage::editObservation(const ObservationEdit &edit)
{
    if (readOnly())
        return storageProblem(ErrorKind::ReadOnly,
            StorageText::tr("the database is open read-only: the change was not saved"), locator());
    ObservationFilter key;
    key.region = edit.region;
    key.indicator = edit.indicator;
    key.year = edit.year;
    // The other side of a refused edit: the figure as it is now, and who changed it last.
    auto conflictOutcome = [&]() -> Result<EditOutcome> {
        Result<QList<ObservationRecord>> now = observations(key);
        if (!now)
            return now.problems();
        if (now->isEmpty())
            return storageProblem(ErrorKind::NotFound,
                StorageText::tr("the figure %1, %2, %3 no longer exists (another desk deleted it)").arg(edit.region, edit.indicator)
                    .arg(edit.year),
                locator());
        EditOutcome outcome;
        outcome.record = now->first();
        ObservationConflict conflict { outcome.record.value, outcome.record.status, outcome.record.note, {}, {} };
        // Who: the history's last change, only if it is the one that left the figure as it is (a change
        // outside the program leaves no history: then the author is unknown, not the last one recorded).
        if (Result<QList<HistoryRecord>> h = history(key); h && !h->isEmpty() && !h->last().newValue.isNull()
            && h->last().newValue.toDouble() == conflict.value && h->last().newStatus == conflict.status) {
            conflict.changedBy = h->last().changedBy;
            conflict.changedAt = h->last().changedAt;
        }
        outcome.conflict = conflict;
        return outcome;
    };

    QSqlDatabase db = connection();
    Transaction tx(db);
    if (!tx.begin())
        return storageProblem(ErrorKind::Busy, StorageText::tr("cannot start the change: %1").arg(tx.errorText()), locator());
    auto failed = [&](const QSqlQuery &q, const QString &what) -> Result<EditOutcome> { return problemOf(q.lastError(), what); };

    // What is replaced, for the history: as read, or (a forced write) as it is now.
    double oldValue = edit.oldValue;
    QString oldStatus = edit.oldStatus;
    qint64 oldSourceRef = edit.oldSourceRef;
    if (edit.force) {
        Result<QList<ObservationRecord>> now = observations(key);
        if (!now)
            return now.problems();
        if (!now->isEmpty()) {
            oldValue = now->first().value;
            oldStatus = now->first().status;
            oldSourceRef = now->first().sourceRef;
        }
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    qint64 sourceRef = edit.sourceRef;
    if (edit.newSource) {
        // One source per edit: who (publisher), why (title), when (retrieved, and in the id).
        const QString id = u"user:%1:%2"_s.arg(edit.changedBy, at.toString(Qt::ISODateWithMs));
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO sources (id, publisher, title, published, retrieved, origin) VALUES (?, ?, ?, ?, ?, 'user') "
                  "RETURNING ref"_s);
        for (const QVariant &v : QVariantList { id, edit.changedBy, edit.reason, at.date().toString(Qt::ISODate),
                 at.toString(Qt::ISODate) })
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            return failed(q, u"cannot record the source of the change"_s);
        sourceRef = q.value(0).toLongLong();
    }
    // No lost update: the row is changed only while it still holds what the editor read (one
    // statement, so that two desks writing at once cannot both pass the comparison).
    QSqlQuery u(db);
    u.prepare(u"UPDATE observations SET value = ?, status = ?, source_ref = ?, note = ?, origin = ? "
              "WHERE region_ref = (SELECT ref FROM regions WHERE code = ?) "
              "AND indicator_ref = (SELECT ref FROM indicators WHERE id = ?) AND year = ? "
              "AND (? OR (value = ? AND status = ? AND source_ref = ? AND note = ?)) "
              "RETURNING region_ref, indicator_ref"_s);
    const QString origin = edit.origin == u"bundled"_s ? edit.origin : u"user"_s;
    for (const QVariant &v : QVariantList { edit.value, edit.status, sourceRef, edit.note, origin, edit.region,
             edit.indicator, edit.year, edit.force, edit.oldValue, edit.oldStatus, edit.oldSourceRef, edit.oldNote })
        u.addBindValue(v);
    if (!u.exec())
        return failed(u, u"the change was refused"_s);
    if (!u.next()) {
        tx.rollback();
        return conflictOutcome();
    }
    const sql::FigureChange change { u.value(0).toLongLong(), u.value(1).toLongLong(), edit.year, oldValue, edit.value,
        oldStatus, edit.status, oldSourceRef, sourceRef, edit.changedBy, at.toString(Qt::ISODateWithMs), edit.reason };
    u.finish();
    QSqlQuery h(db);
    h.prepare(sql::figureChangeStatement());
    for (const QVariant &v : sql::figureChangeValues(change))
        h.addBindValue(v);
    if (!h.exec())
        return failed(h, u"cannot record the change in the history"_s);
    if (!tx.commit())
        return storageProblem(ErrorKind::Failed, StorageText::tr("the change could not be saved: %1").arg(tx.errorText()), locator());
    Result<QList<ObservationRecord>> after = observations(key);
    if (!after)
        return after.problems();
    if (after->isEmpty())
        return storageProblem(ErrorKind::Failed, StorageText::tr("the changed figure cannot be read back"), locator());
    EditOutcome outcome;
    outcome.written = true;
    outcome.record = after->first();
    return outcome;
}

Result<QList<HistoryRecord>> SqlStorage::history(const ObservationFilter &filter)
{
    QVariantList values;
    const QString where = whereOf(filter, &values).replace(u"o.year"_s, u"h.year"_s);
    return readAll<HistoryRecord>(*this,
        u"SELECT r.code, i.id, h.year, h.old_value, h.new_value, h.old_status, h.new_status, "
        "COALESCE(so.title, '') AS old_title, COALESCE(so.publisher, '') AS old_publisher, "
        "COALESCE(sn.title, '') AS new_title, COALESCE(sn.publisher, '') AS new_publisher, "
        "h.changed_by, h.changed_at, h.reason FROM observation_history h "
        "JOIN regions r ON r.ref = h.region_ref JOIN indicators i ON i.ref = h.indicator_ref "
        "LEFT JOIN sources so ON so.ref = h.old_source_ref LEFT JOIN sources sn ON sn.ref = h.new_source_ref WHERE "_s
            + where + u" ORDER BY h.id"_s,
        values,
        [](const Row &r) {
            HistoryRecord h;
            h.region = r.text("code");
            h.indicator = r.text("id");
            h.year = int(r.integer("year"));
            h.oldValue = nullable(r.value("old_value"));
            h.newValue = nullable(r.value("new_value"));
            h.oldStatus = r.text("old_status");
            h.newStatus = r.text("new_status");
            h.oldSourceTitle = r.text("old_title");
            h.oldSourcePublisher = r.text("old_publisher");
            h.newSourceTitle = r.text("new_title");
            h.newSourcePublisher = r.text("new_publisher");
            h.changedBy = r.text("changed_by");
            h.changedAt = r.text("changed_at");
            h.reason = r.text("reason");
            return h;
        },
        AIR_PROBLEM(u"cannot read the history"_s));
}

Result<QList<ImportLogRecord>> SqlStorage::imports()
{
    return readAll<ImportLogRecord>(*this,
        u"SELECT changed_by, changed_at, origin, files, inserted, replaced FROM import_log ORDER BY id"_s, {},
        [](const Row &r) {
            ImportLogRecord i;
            i.changedBy = r.text("changed_by");
            i.changedAt = r.text("changed_at");
            i.origin = r.text("origin");
            i.files = r.text("files");
            i.inserted = r.integer("inserted");
            i.replaced = r.integer("replaced");
            return i;
        },
        AIR_PROBLEM(u"cannot read the import log"_s));
}

namespace {

struct TableQuery {
    QString select; // columns in the format's order
    QString from;
    QString orderBy;
    bool filterable; // observations only
};

std::optional<TableQuery> queryFor(const QString &table)
{
    if (table == u"regions")
        return TableQuery { u"code, name_ko, name_en, level, COALESCE(parent, '') AS parent, short_ko, capital_region"_s,
            u"regions"_s, u"level, code"_s, false };
    if (table == u"region_aliases")
        return TableQuery { u"alias, region, kind"_s, u"region_aliases"_s, u"region, kind, alias"_s, false };
    if (table == u"region_groups")
        return TableQuery { u"g.id, g.name_ko, g.name_en, m.region"_s,
            u"region_groups g JOIN region_group_members m ON m.group_id = g.id"_s, u"g.id, m.region"_s, false };
    if (table == u"sources")
        return TableQuery { u"id, publisher, title, url, published, retrieved, licence, table_title, table_id, note, "
                            "COALESCE(title_en, '') AS title_en"_s,
            u"sources"_s, u"id"_s, false };
    if (table == u"indicators")
        return TableQuery { u"id, pillar, COALESCE(sector, '') AS sector, name_ko, name_en, unit, direction, group_rule, "
                            "COALESCE(denominator, '') AS denominator, scale, ratio_unit, definition, goal_low, goal_high, "
                            "min_value, COALESCE(kind, '') AS kind, COALESCE(values_from, '') AS values_from, as_of, kosis_table, kosis_item"_s,
            u"indicators"_s, u"CASE pillar WHEN 'context' THEN 0 ELSE 1 END, pillar, id"_s, false };
    if (table == u"observations")
        return TableQuery { u"r.code AS region, i.id AS indicator, o.year, o.value, o.status, s.id AS source, o.note"_s,
            u"observations o JOIN regions r ON r.ref = o.region_ref JOIN indicators i ON i.ref = o.indicator_ref "
            "JOIN sources s ON s.ref = o.source_ref"_s,
            u"i.id, r.code, o.year"_s, true };
    if (table == u"plans")
        return TableQuery { u"i.plan, i.item, COALESCE(i.pillar, '') AS pillar, COALESCE(i.sector, '') AS sector, "
                            "i.title_ko, i.title_en, i.target_value, i.target_unit, i.target_year, i.budget_krw, i.status, "
                            "i.source, i.note, p.name_ko, p.name_en, COALESCE(p.region, '') AS region, p.period, "
                            "i.note_ko, i.target_unit_ko, COALESCE(i.indicator, '') AS indicator, i.indicator_target"_s,
            u"plan_items i JOIN plans p ON p.id = i.plan"_s, u"i.plan, i.item"_s, false };
    if (table == u"weights")
        return TableQuery { u"w.weight_set, w.target_kind, w.target, w.weight, s.description"_s,
            u"weights w JOIN weight_sets s ON s.name = w.weight_set"_s, u"w.weight_set, w.target_kind, w.target"_s,
            false };
    if (table == u"facts")
        return TableQuery { u"id, pillar, COALESCE(sector, '') AS sector, scope, text_ko, text_en, value, unit, as_of, "
                            "source, note"_s,
            u"facts"_s, u"pillar, id"_s, false };
    return std::nullopt;
}

} // namespace

namespace {

// The tables a copy moves, referenced ones first, each with the order its rows are read in (parents
// before the rows that name them, for the tables that reference themselves).
const QList<std::pair<QString, QString>> &copiedTables()
{
    static const QList<std::pair<QString, QString>> tables = {
        { u"regions"_s, u"level, ref"_s },
        { u"region_aliases"_s, u"alias, region"_s },
        { u"region_groups"_s, u"id"_s },
        { u"region_group_members"_s, u"group_id, region"_s },
        { u"sources"_s, u"ref"_s },
        // An indicator may name another as its denominator or figures: those without come first.
        { u"indicators"_s, u"CASE WHEN denominator IS NULL AND values_from IS NULL THEN 0 ELSE 1 END, ref"_s },
        { u"plans"_s, u"id"_s },
        { u"plan_items"_s, u"plan, item"_s },
        { u"weight_sets"_s, u"name"_s },
        { u"weights"_s, u"weight_set, target_kind, target"_s },
        { u"facts"_s, u"id"_s },
        { u"observations"_s, u"region_ref, indicator_ref, year"_s },
        { u"observation_history"_s, u"id"_s },
        { u"scenarios"_s, u"name"_s },
        { u"scenario_changes"_s, u"scenario, region, indicator, year"_s },
        { u"scenario_history"_s, u"id"_s },
        { u"import_log"_s, u"id"_s },
        { u"saved_views"_s, u"name"_s },
        { u"saved_view_history"_s, u"id"_s },
        { u"region_boundaries"_s, u"region"_s },
    };
    return tables;
}

} // namespace

Result<StorageDump> SqlStorage::dumpAll()
{
    StorageDump dump;
    QSqlDatabase db = connection();
    Transaction tx(db); // one consistent view of every table
    if (!tx.begin())
        return storageProblem(ErrorKind::Busy, StorageText::tr("cannot start reading: %1").arg(tx.errorText()), locator());
    for (const auto &[table, order] : copiedTables()) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order)))
            return problemOf(q.lastError(), u"cannot read %1"_s.arg(table));
        StorageDump::Table t;
        t.name = table;
        const QSqlRecord record = q.record();
        QList<int> kept;
        for (int c = 0; c < record.count(); ++c) {
            if (record.fieldName(c) == u"position"_s)
                continue; // the server's own order column of region_groups
            kept << c;
            t.columns << record.fieldName(c);
        }
        while (q.next()) {
            QVariantList row;
            row.reserve(kept.size());
            for (const int c : std::as_const(kept))
                row << nullable(q.value(c));
            t.rows.append(std::move(row));
        }
        dump.tables.append(std::move(t));
    }
    Result<QString> bundled = metaValue(u"bundled_dataset"_s);
    if (bundled)
        dump.bundledDataset = *bundled;
    return dump;
}

Status SqlStorage::restoreAll(const StorageDump &dump)
{
    if (readOnly())
        return storageProblem(ErrorKind::ReadOnly, StorageText::tr("the target is read-only: nothing was copied"), locator());
    QSqlDatabase db = connection();
    {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT (SELECT COUNT(*) FROM regions) + (SELECT COUNT(*) FROM observations)"_s) || !q.next())
            return problemOf(q.lastError(), u"cannot read the target"_s);
        if (q.value(0).toLongLong() > 0)
            return storageProblem(ErrorKind::Conflict,
                StorageText::tr("the target already holds regions or figures: copy into a new file or an empty database"), locator());
    }
    if (Status s = beforeRestore(db); !s)
        return s;
    Transaction tx(db);
    if (!tx.begin()) {
        (void)afterRestore(db);
        return storageProblem(ErrorKind::Busy, StorageText::tr("cannot start the copy: %1").arg(tx.errorText()), locator());
    }
    auto fail = [&](const Problem &p) -> Status {
        tx.rollback();
        (void)afterRestore(db);
        return p;
    };
    // The schema's own first row (the weight set "equal") comes again with the copy.
    if (Status s = sql::exec(db, u"DELETE FROM weight_sets"_s); !s)
        return fail(s.problems().first());
    for (const StorageDump::Table &t : dump.tables) {
        if (t.rows.isEmpty())
            continue;
        QStringList marks;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            marks << u"?"_s;
        QSqlQuery q(db);
        if (!q.prepare(u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(t.name, t.columns.join(u", "_s), marks.join(u", "_s))))
            return fail(problemOf(q.lastError(), u"cannot copy %1"_s.arg(t.name)));
        for (const QVariantList &row : t.rows) {
            for (int c = 0; c < row.size(); ++c)
                q.bindValue(c, row[c]);
            if (!q.exec())
                return fail(problemOf(q.lastError(), u"cannot copy a row of %1"_s.arg(t.name)));
        }
    }
    if (!dump.bundledDataset.isEmpty()) {
        if (Result<QSqlQuery> q = sql::run(db, u"INSERT INTO meta (key, value) VALUES ('bundled_dataset', ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                { dump.bundledDataset });
            !q)
            return fail(q.problems().first());
    }
    if (Status s = afterRestore(db); !s)
        return fail(s.problems().first());
    if (!tx.commit())
        return storageProblem(ErrorKind::Failed, StorageText::tr("the copy could not be saved: %1").arg(tx.errorText()), locator());
    return Ok {};
}

const QStringList &Storage::exportTables()
{
    static const QStringList names = { u"regions"_s, u"region_aliases"_s, u"region_groups"_s, u"sources"_s,
        u"indicators"_s, u"observations"_s, u"plans"_s, u"weights"_s, u"facts"_s };
    return names;
}

Result<TableRows> SqlStorage::exportRows(const QString &table, const ObservationFilter &filter)
{
    const std::optional<TableQuery> tq = queryFor(table);
    if (!tq)
        return storageProblem(ErrorKind::NotFound,
            StorageText::tr("unknown table '%1'; one of: %2").arg(table, exportTables().join(u", "_s)));
    QVariantList values;
    QString where;
    if (tq->filterable)
        where = u" WHERE "_s + whereOf(filter, &values);
    else if (!filter.indicator.isEmpty() || !filter.region.isEmpty() || filter.year > 0 || !filter.regions.isEmpty())
        return storageProblem(ErrorKind::Invalid, StorageText::tr("--indicator, --region and --year apply to the observations table only"));
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT %1 FROM %2%3 ORDER BY %4"_s.arg(tq->select, tq->from, where, tq->orderBy)))
        return problemOf(q.lastError(), u"cannot read the table %1"_s.arg(table));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return problemOf(q.lastError(), u"cannot read the table %1"_s.arg(table));
    TableRows out;
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c)
        out.columns << record.fieldName(c);
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int c = 0; c < record.count(); ++c)
            row << nullable(q.value(c));
        out.rows.append(std::move(row));
    }
    return out;
}

Storage::~Storage() = default;

bool Storage::watchChanges(QObject *, std::function<void(const QString &)>)
{
    return false;
}

Status Storage::initTeam()
{
    return storageProblem(ErrorKind::Invalid,
        StorageText::tr("team roles need a team database: --db postgresql://USER@HOST[:PORT]/DBNAME (this is a file)"), locator());
}

Status Storage::grantTeamRole(const QString &, const QString &)
{
    return initTeam();
}

} // namespace air
