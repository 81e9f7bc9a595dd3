#include "storage/sqlite/schema.h"

#include "storage/sql/sql.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace air::schema {
namespace {

// Version 1: every table DESIGN.md lists. Regions are keyed by ISO 3166-2:KR code (KR for the
// nation), indicators by snake_case id, sources by id. Observations refer to them through small
// integer references (`ref`), with the primary key in the order files arrive (region first):
// measured on 1,000,000 rows, text keys cost 3x the insert time and twice the file size.
// The view observation_rows shows observations with their text keys. Every row that can come
// from both the bundled dataset and a user carries its origin, so that a newer bundled dataset
// refreshes only its own rows.
const QStringList version1 = {
    uR"(CREATE TABLE meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE regions (
        ref            INTEGER PRIMARY KEY,
        code           TEXT NOT NULL UNIQUE,
        name_ko        TEXT NOT NULL,
        name_en        TEXT NOT NULL,
        short_ko       TEXT NOT NULL DEFAULT '',
        level          INTEGER NOT NULL CHECK (level IN (0, 1, 2)),
        parent         TEXT REFERENCES regions(code),
        capital_region INTEGER NOT NULL DEFAULT 0 CHECK (capital_region IN (0, 1)),
        origin         TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
    ))"_s,
    uR"(CREATE TABLE region_aliases (
        alias  TEXT NOT NULL,
        region TEXT NOT NULL REFERENCES regions(code) ON DELETE CASCADE,
        kind   TEXT NOT NULL,
        origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        PRIMARY KEY (alias, region)
    ) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE region_groups (
        id      TEXT PRIMARY KEY,
        name_ko TEXT NOT NULL,
        name_en TEXT NOT NULL,
        origin  TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
    ))"_s,
    uR"(CREATE TABLE region_group_members (
        group_id TEXT NOT NULL REFERENCES region_groups(id) ON DELETE CASCADE,
        region   TEXT NOT NULL REFERENCES regions(code),
        PRIMARY KEY (group_id, region)
    ) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE sources (
        ref       INTEGER PRIMARY KEY,
        id        TEXT NOT NULL UNIQUE,
        publisher TEXT NOT NULL,
        title     TEXT NOT NULL,
        url       TEXT NOT NULL DEFAULT '',
        published TEXT NOT NULL DEFAULT '',
        retrieved TEXT NOT NULL DEFAULT '',
        licence   TEXT NOT NULL DEFAULT '',
        origin    TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
    ))"_s,
    uR"(CREATE TABLE indicators (
        ref         INTEGER PRIMARY KEY,
        id          TEXT NOT NULL UNIQUE,
        pillar      TEXT NOT NULL CHECK (pillar IN
                        ('infrastructure', 'talent', 'industry', 'sector', 'governance', 'context')),
        sector      TEXT CHECK (sector IN ('agriculture', 'marine', 'energy', 'medical')),
        name_ko     TEXT NOT NULL,
        name_en     TEXT NOT NULL,
        unit        TEXT NOT NULL,
        direction   TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
        group_rule  TEXT NOT NULL,
        denominator TEXT REFERENCES indicators(id),
        scale       REAL NOT NULL DEFAULT 1,
        ratio_unit  TEXT NOT NULL DEFAULT '',
        goal_low    REAL,
        goal_high   REAL,
        min_value   REAL,
        definition  TEXT NOT NULL DEFAULT '',
        origin      TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
    ))"_s,
    uR"(CREATE TABLE observations (
        region_ref    INTEGER NOT NULL REFERENCES regions(ref),
        indicator_ref INTEGER NOT NULL REFERENCES indicators(ref),
        year          INTEGER NOT NULL,
        value         REAL NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('official', 'reported', 'estimate')),
        source_ref    INTEGER NOT NULL REFERENCES sources(ref),
        note          TEXT NOT NULL DEFAULT '',
        origin        TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        PRIMARY KEY (region_ref, indicator_ref, year)
    ) WITHOUT ROWID)"_s,
    uR"(CREATE VIEW observation_rows AS
        SELECT r.code AS region, i.id AS indicator, o.year, o.value, o.status, s.id AS source, o.note, o.origin,
               o.region_ref, o.indicator_ref, o.source_ref
        FROM observations o
        JOIN regions r ON r.ref = o.region_ref
        JOIN indicators i ON i.ref = o.indicator_ref
        JOIN sources s ON s.ref = o.source_ref)"_s,
    uR"(CREATE TABLE plans (
        id      TEXT PRIMARY KEY,
        name_ko TEXT NOT NULL,
        name_en TEXT NOT NULL,
        region  TEXT REFERENCES regions(code),
        period  TEXT NOT NULL DEFAULT '',
        origin  TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
    ))"_s,
    uR"(CREATE TABLE plan_items (
        plan         TEXT NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
        item         TEXT NOT NULL,
        pillar       TEXT CHECK (pillar IN
                        ('infrastructure', 'talent', 'industry', 'sector', 'governance')),
        sector       TEXT CHECK (sector IN ('agriculture', 'marine', 'energy', 'medical')),
        title_ko     TEXT NOT NULL,
        title_en     TEXT NOT NULL,
        target_value REAL,
        target_unit  TEXT NOT NULL DEFAULT '',
        target_year  INTEGER,
        budget_krw   REAL,
        status       TEXT NOT NULL,
        source       TEXT NOT NULL REFERENCES sources(id),
        note         TEXT NOT NULL DEFAULT '',
        origin       TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        PRIMARY KEY (plan, item)
    ))"_s,
    uR"(CREATE TABLE weight_sets (
        name        TEXT PRIMARY KEY,
        description TEXT NOT NULL DEFAULT '',
        origin      TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
    ))"_s,
    uR"(CREATE TABLE weights (
        weight_set  TEXT NOT NULL REFERENCES weight_sets(name) ON DELETE CASCADE,
        target_kind TEXT NOT NULL CHECK (target_kind IN ('pillar', 'sector', 'indicator')),
        target      TEXT NOT NULL,
        weight      REAL NOT NULL CHECK (weight >= 0),
        PRIMARY KEY (weight_set, target_kind, target)
    ) WITHOUT ROWID)"_s,
    u"INSERT INTO weight_sets (name, description, origin) "
    "VALUES ('equal', 'Equal weights for every pillar and indicator', 'bundled')"_s,
};

// Version 2: the plans page groups plan items by pillar. (Observations need no second index:
// readers name the regions they want, which the primary key serves.)
const QStringList version2 = {
    u"CREATE INDEX plan_items_by_pillar ON plan_items (pillar, sector)"_s,
};

// Version 3: a cache of the figures a district-level scope reads (a million rows read in 140 ms,
// the cache in a few), valid while the observations' version is the one it was written at.
// Triggers bump the version on every change of an observation; a bulk import drops them for its
// transaction and bumps the version once (suspend/resumeObservationTriggers).
const QString versionTriggers[] = {
    u"CREATE TRIGGER observations_changed_insert AFTER INSERT ON observations BEGIN "
    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'observations_version'; END"_s,
    u"CREATE TRIGGER observations_changed_update AFTER UPDATE ON observations BEGIN "
    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'observations_version'; END"_s,
    u"CREATE TRIGGER observations_changed_delete AFTER DELETE ON observations BEGIN "
    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'observations_version'; END"_s,
};

const QStringList version3 = {
    uR"(CREATE TABLE figure_cache (
        scope                TEXT PRIMARY KEY,
        observations_version INTEGER NOT NULL,
        units                TEXT NOT NULL,
        figures              BLOB NOT NULL
    ))"_s,
    u"INSERT INTO meta (key, value) VALUES ('observations_version', '0')"_s,
    versionTriggers[0],
    versionTriggers[1],
    versionTriggers[2],
};

// Version 4: figures traceable to their table and the evidence framework.
// - indicators: the pillar `benchmark` (published indices, never scored); `kind` (mass: a share of the
//   national total, intensity: a rate per resident or worker); `values_from` (an indicator with no figures
//   of its own that takes another's, e.g. a count's share of the national total); `as_of` (the date or
//   period the latest figure describes: 2020-01-17, 2020 H1, 2024-12-31).
// - observations: the status `user` (a figure a user typed or corrected; its source says who and when).
// - sources: the statistical table's title and ID (KOSIS), and a note (e.g. why a date is unknown).
// - facts: figures known only for a bloc or the nation (수도권, 전국), shown beside the charts, never as a
//   region's value.
// - observation_history: every change of a figure, with its old and new value, who, when and why.
// - plan_items: the note and the target's unit in Korean (note_ko, target_unit_ko).
// SQLite cannot change a CHECK constraint in place: the two tables are rebuilt with foreign keys off
// (the documented procedure; migrate() turns them off for this step and checks them before committing).
const QStringList version4 = {
    u"DROP VIEW observation_rows"_s,
    uR"(CREATE TABLE indicators_v4 (
        ref         INTEGER PRIMARY KEY,
        id          TEXT NOT NULL UNIQUE,
        pillar      TEXT NOT NULL CHECK (pillar IN
                        ('infrastructure', 'talent', 'industry', 'sector', 'governance', 'context', 'benchmark')),
        sector      TEXT CHECK (sector IN ('agriculture', 'marine', 'energy', 'medical')),
        name_ko     TEXT NOT NULL,
        name_en     TEXT NOT NULL,
        unit        TEXT NOT NULL,
        direction   TEXT NOT NULL CHECK (direction IN ('higher', 'lower')),
        group_rule  TEXT NOT NULL,
        denominator TEXT REFERENCES indicators(id),
        scale       REAL NOT NULL DEFAULT 1,
        ratio_unit  TEXT NOT NULL DEFAULT '',
        goal_low    REAL,
        goal_high   REAL,
        min_value   REAL,
        definition  TEXT NOT NULL DEFAULT '',
        origin      TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        kind        TEXT CHECK (kind IN ('mass', 'intensity')),
        values_from TEXT REFERENCES indicators(id),
        as_of       TEXT NOT NULL DEFAULT ''
    ))"_s,
    u"INSERT INTO indicators_v4 (ref, id, pillar, sector, name_ko, name_en, unit, direction, group_rule, denominator, "
    "scale, ratio_unit, goal_low, goal_high, min_value, definition, origin) "
    "SELECT ref, id, pillar, sector, name_ko, name_en, unit, direction, group_rule, denominator, "
    "scale, ratio_unit, goal_low, goal_high, min_value, definition, origin FROM indicators"_s,
    u"DROP TABLE indicators"_s,
    u"ALTER TABLE indicators_v4 RENAME TO indicators"_s,
    u"DROP TRIGGER observations_changed_insert"_s,
    u"DROP TRIGGER observations_changed_update"_s,
    u"DROP TRIGGER observations_changed_delete"_s,
    uR"(CREATE TABLE observations_v4 (
        region_ref    INTEGER NOT NULL REFERENCES regions(ref),
        indicator_ref INTEGER NOT NULL REFERENCES indicators(ref),
        year          INTEGER NOT NULL,
        value         REAL NOT NULL,
        status        TEXT NOT NULL CHECK (status IN ('official', 'reported', 'estimate', 'user')),
        source_ref    INTEGER NOT NULL REFERENCES sources(ref),
        note          TEXT NOT NULL DEFAULT '',
        origin        TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        PRIMARY KEY (region_ref, indicator_ref, year)
    ) WITHOUT ROWID)"_s,
    u"INSERT INTO observations_v4 SELECT region_ref, indicator_ref, year, value, status, source_ref, note, origin "
    "FROM observations"_s,
    u"DROP TABLE observations"_s,
    u"ALTER TABLE observations_v4 RENAME TO observations"_s,
    versionTriggers[0],
    versionTriggers[1],
    versionTriggers[2],
    uR"(CREATE VIEW observation_rows AS
        SELECT r.code AS region, i.id AS indicator, o.year, o.value, o.status, s.id AS source, o.note, o.origin,
               o.region_ref, o.indicator_ref, o.source_ref
        FROM observations o
        JOIN regions r ON r.ref = o.region_ref
        JOIN indicators i ON i.ref = o.indicator_ref
        JOIN sources s ON s.ref = o.source_ref)"_s,
    u"ALTER TABLE sources ADD COLUMN table_title TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE sources ADD COLUMN table_id TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE sources ADD COLUMN note TEXT NOT NULL DEFAULT ''"_s,
    uR"(CREATE TABLE facts (
        id      TEXT PRIMARY KEY,
        pillar  TEXT NOT NULL CHECK (pillar IN ('infrastructure', 'talent', 'industry', 'sector', 'governance')),
        sector  TEXT CHECK (sector IN ('agriculture', 'marine', 'energy', 'medical')),
        scope   TEXT NOT NULL DEFAULT '',
        text_ko TEXT NOT NULL,
        text_en TEXT NOT NULL,
        value   REAL,
        unit    TEXT NOT NULL DEFAULT '',
        as_of   TEXT NOT NULL DEFAULT '',
        source  TEXT NOT NULL REFERENCES sources(id),
        note    TEXT NOT NULL DEFAULT '',
        origin  TEXT NOT NULL CHECK (origin IN ('bundled', 'user'))
    ))"_s,
    uR"(CREATE TABLE observation_history (
        id             INTEGER PRIMARY KEY,
        region_ref     INTEGER NOT NULL REFERENCES regions(ref),
        indicator_ref  INTEGER NOT NULL REFERENCES indicators(ref),
        year           INTEGER NOT NULL,
        old_value      REAL,
        new_value      REAL,
        old_status     TEXT NOT NULL DEFAULT '',
        new_status     TEXT NOT NULL DEFAULT '',
        old_source_ref INTEGER REFERENCES sources(ref),
        new_source_ref INTEGER REFERENCES sources(ref),
        changed_by     TEXT NOT NULL DEFAULT '',
        changed_at     TEXT NOT NULL,
        reason         TEXT NOT NULL DEFAULT ''
    ))"_s,
    u"CREATE INDEX observation_history_by_figure ON observation_history (region_ref, indicator_ref, year)"_s,
    // Plan items in both languages: the Korean report shows Korean notes and target units.
    u"ALTER TABLE plan_items ADD COLUMN note_ko TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE plan_items ADD COLUMN target_unit_ko TEXT NOT NULL DEFAULT ''"_s,
};

// Version 5: a source's title in English for the English report (`title` is the title as published);
// NULL where the English report shows `title`.
const QStringList version5 = {
    u"ALTER TABLE sources ADD COLUMN title_en TEXT"_s,
};

// Version 6: scenarios (issue 14), apart from the observations: a named set of changed figures
// (region, indicator, year, value, why; a change made from a plan item names it), and the history of
// what was done to them (kept when a scenario is deleted). Plan items name the indicator they would
// move and, where the plan states one, the value they promise in that indicator's unit.
const QStringList version6 = {
    uR"(CREATE TABLE scenarios (
        name        TEXT PRIMARY KEY,
        description TEXT NOT NULL DEFAULT '',
        created_by  TEXT NOT NULL DEFAULT '',
        created_at  TEXT NOT NULL,
        updated_by  TEXT NOT NULL DEFAULT '',
        updated_at  TEXT NOT NULL
    ))"_s,
    uR"(CREATE TABLE scenario_changes (
        scenario  TEXT NOT NULL REFERENCES scenarios(name) ON DELETE CASCADE ON UPDATE CASCADE,
        region    TEXT NOT NULL REFERENCES regions(code),
        indicator TEXT NOT NULL REFERENCES indicators(id),
        year      INTEGER NOT NULL,
        value     REAL NOT NULL,
        reason    TEXT NOT NULL DEFAULT '',
        plan      TEXT NOT NULL DEFAULT '',
        item      TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (scenario, region, indicator, year)
    ) WITHOUT ROWID)"_s,
    uR"(CREATE TABLE scenario_history (
        id         INTEGER PRIMARY KEY,
        scenario   TEXT NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ('save', 'rename', 'delete')),
        changes    INTEGER NOT NULL DEFAULT 0,
        detail     TEXT NOT NULL DEFAULT '',
        changed_by TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL
    ))"_s,
    u"ALTER TABLE plan_items ADD COLUMN indicator TEXT REFERENCES indicators(id)"_s,
    u"ALTER TABLE plan_items ADD COLUMN indicator_target REAL"_s,
};

// Version 7: the KOSIS recipe of an indicator whose figures come from a KOSIS table (issue 14, 4): the
// table's title as KOSIS gives it and the item (column) that fills the indicator, so that a downloaded
// file of that table is recognised by its title and imported without --map. Empty when none is known.
const QStringList version7 = {
    u"ALTER TABLE indicators ADD COLUMN kosis_table TEXT NOT NULL DEFAULT ''"_s,
    u"ALTER TABLE indicators ADD COLUMN kosis_item TEXT NOT NULL DEFAULT ''"_s,
};

// Version 8: the import log, one entry per import committed (who, when, which files, what it wrote);
// the figures an import replaced are in observation_history as well, with the files as the reason.
const QStringList version8 = {
    uR"(CREATE TABLE import_log (
        id          INTEGER PRIMARY KEY,
        changed_by  TEXT NOT NULL DEFAULT '',
        changed_at  TEXT NOT NULL,
        origin      TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
        files       TEXT NOT NULL DEFAULT '',
        inserted    INTEGER NOT NULL DEFAULT 0,
        replaced    INTEGER NOT NULL DEFAULT 0
    ))"_s,
};

// Version 9: saved views (보기 저장, issue 17, 3): the selection the window shows, under a name, so that
// the briefing for the director is the view that was shown (export-pdf --view, screenshot --view). No
// references: a view may outlive the scenario or weight set it names, and opening it says so. NULL
// year: the latest figures; empty text: not set (the program's default). Every save and delete is
// recorded with who and when, as the scenarios' are.
const QStringList version9 = {
    uR"(CREATE TABLE saved_views (
        name          TEXT PRIMARY KEY,
        level         INTEGER NOT NULL DEFAULT 1 CHECK (level IN (1, 2)),
        within        TEXT NOT NULL DEFAULT '',
        region        TEXT NOT NULL DEFAULT '',
        comparison    TEXT NOT NULL DEFAULT '',
        year          INTEGER,
        weight_set    TEXT NOT NULL DEFAULT '',
        normalisation TEXT NOT NULL DEFAULT '',
        scenario      TEXT NOT NULL DEFAULT '',
        page          TEXT NOT NULL DEFAULT '',
        saved_by      TEXT NOT NULL DEFAULT '',
        saved_at      TEXT NOT NULL
    ))"_s,
    uR"(CREATE TABLE saved_view_history (
        id         INTEGER PRIMARY KEY,
        view_name  TEXT NOT NULL,
        action     TEXT NOT NULL CHECK (action IN ('save', 'delete')),
        detail     TEXT NOT NULL DEFAULT '',
        changed_by TEXT NOT NULL DEFAULT '',
        changed_at TEXT NOT NULL
    ))"_s,
};

// Version 10: the boundaries of regions as a user imported them (a GeoJSON file of administrative
// boundaries, such as SGIS gives): one outline per region, simplified (Douglas–Peucker), as text in
// WGS84 degrees: rings separated by ';', points by ',', each point "longitude latitude" with six
// decimals (about 0.1 m); outer rings and holes alike, drawn with the odd-even rule. No boundary is
// bundled: the table is empty until an import fills it. Self-contained, so that it can be renumbered.
const QStringList version10 = {
    uR"(CREATE TABLE region_boundaries (
        region      TEXT PRIMARY KEY REFERENCES regions(code) ON DELETE CASCADE,
        outline     TEXT NOT NULL,
        points      INTEGER NOT NULL CHECK (points >= 4),
        source_file TEXT NOT NULL DEFAULT '',
        feature     INTEGER NOT NULL DEFAULT 0,
        imported_by TEXT NOT NULL DEFAULT '',
        imported_at TEXT NOT NULL
    ))"_s,
};

// The steps that rebuild a table that others reference: run with foreign keys off.
bool rebuildsReferencedTables(int fromVersion)
{
    return fromVersion == 3;
}

const QList<QStringList> &steps()
{
    static const QList<QStringList> all = { version1, version2, version3, version4, version5, version6, version7,
        version8, version9, version10 };
    return all;
}

} // namespace

QStringList stepStatements(int version)
{
    return version >= 0 && version < steps().size() ? steps().at(version) : QStringList();
}

int latestVersion()
{
    return int(steps().size());
}

int currentVersion(QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (!tables.contains(u"meta"_s))
        return tables.isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return -1;
    bool ok = false;
    const int version = q.value(0).toInt(&ok);
    return ok ? version : -1;
}

Fragment comparedObservations(int level, const QString &within)
{
    static const QString join = u"regions r CROSS JOIN observations o ON o.region_ref = r.ref AND "_s;
    if (level != 2)
        return { join + u"r.level <= 1"_s, {} };
    if (within.isEmpty())
        return { join + u"r.level IN (0, 2)"_s, {} };
    return { join + u"(r.level = 0 OR r.code = ? OR (r.level = 2 AND r.parent = ?))"_s, { within, within } };
}

Fragment observationsOf(const QStringList &regionCodes)
{
    QStringList marks;
    QVariantList values;
    for (const QString &code : regionCodes) {
        marks << u"?"_s;
        values << code;
    }
    return { u"regions r CROSS JOIN observations o ON o.region_ref = r.ref AND r.code IN (%1)"_s.arg(marks.join(u", "_s)),
        values };
}

qint64 observationsVersion(QSqlDatabase &db)
{
    return sql::scalar(db, u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'observations_version'"_s, {}).toLongLong();
}

Status suspendObservationTriggers(QSqlDatabase &db)
{
    for (const QString &kind : { u"insert"_s, u"update"_s, u"delete"_s }) {
        if (Status s = sql::exec(db, u"DROP TRIGGER IF EXISTS observations_changed_"_s + kind); !s)
            return s;
    }
    return Ok {};
}

Status resumeObservationTriggers(QSqlDatabase &db)
{
    for (const QString &statement : versionTriggers) {
        if (Status s = sql::exec(db, statement); !s)
            return s;
    }
    return sql::exec(db, u"UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'observations_version'"_s);
}

Status migrate(QSqlDatabase &db, int targetVersion)
{
    if (const int version = currentVersion(db); version >= targetVersion && version <= latestVersion())
        return Ok {}; // current: no write lock needed
    // The version is read again inside each step's write transaction: another process opening
    // the same new file at the same moment may have done the step while this one waited.
    for (;;) {
        // PRAGMA foreign_keys is a no-op inside a transaction: set it before, for the step that needs it.
        const int before = currentVersion(db);
        const bool foreignKeysOff = before >= 0 && before < targetVersion && rebuildsReferencedTables(before);
        if (foreignKeysOff) {
            if (Status s = sql::exec(db, u"PRAGMA foreign_keys = OFF"_s); !s)
                return s;
        }
        const auto restoreForeignKeys = qScopeGuard([&] {
            if (foreignKeysOff)
                (void)sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
        });
        Transaction tx(db);
        if (!tx.begin())
            return Problem { db.databaseName(), 0, 0, tx.errorText() };
        const int version = currentVersion(db);
        if (version < 0)
            return Problem {
                db.databaseName(), 0, 0,
                u"this file is an SQLite database, but not one of this program's (it has no schema version)"_s,
                ErrorKind::Damaged
            };
        if (version > latestVersion())
            return Problem { db.databaseName(), 0, 0,
                u"this database was written by a newer version of the program (schema %1; this program knows up to %2)"_s
                    .arg(version)
                    .arg(latestVersion()),
                ErrorKind::Incompatible };
        if (version >= targetVersion)
            return Ok {}; // the transaction rolls back: nothing was written
        for (const QString &statement : steps().at(version)) {
            if (Status s = sql::exec(db, statement); !s)
                return s;
        }
        if (rebuildsReferencedTables(version)) {
            if (sql::scalar(db, u"SELECT count(*) FROM pragma_foreign_key_check"_s, {}).toLongLong() != 0)
                return Problem { db.databaseName(), 0, 0,
                    u"the upgrade to schema %1 would break a reference between tables; nothing was changed"_s.arg(
                        version + 1) };
        }
        if (Status s = sql::exec(db,
                u"INSERT INTO meta (key, value) VALUES ('schema_version', '%1') "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s.arg(version + 1));
            !s)
            return s;
        if (!tx.commit())
            return Problem { db.databaseName(), 0, 0, tx.errorText() };
    }
}

} // namespace air::schema
