#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace air::schema {

// The schema lives here and only here. Version 1 is the first release; every later version is
// one forward step from the one before it (STYLE.md #11).
int latestVersion();
// The statements of the step from VERSION to VERSION + 1 (the PostgreSQL back end renders them).
QStringList stepStatements(int version);

// The version recorded in the meta table, 0 for an empty database, -1 for a file that is not
// ours (it has tables, but no meta table).
int currentVersion(QSqlDatabase &db);

// Applies the steps from the current version up to target, each in its own transaction.
Status migrate(QSqlDatabase &db, int targetVersion = latestVersion());

// The observations' version, bumped on every change (0 before any). A bulk writer suspends the
// per-row triggers inside its transaction and resumes them before committing (one bump).
qint64 observationsVersion(QSqlDatabase &db);
Status suspendObservationTriggers(QSqlDatabase &db);
Status resumeObservationTriggers(QSqlDatabase &db);

// A FROM clause for the observations the dashboard and the report compare, with the values it
// binds (put them before any of the statement's own): regions as r, observations as o. Level 1:
// the nation and the provinces; level 2: the nation, the province `within` and its districts, or
// every district when `within` is empty. CROSS JOIN keeps the written join order, so SQLite takes
// the regions first and each one's rows through the region-major primary key, instead of scanning
// every observation and looking up its region (50 ms at a million district rows, against 0.15 ms).
struct Fragment {
    QString text;
    QVariantList values;
};
Fragment comparedObservations(int level = 1, const QString &within = {});
// The same for a list of regions by code.
Fragment observationsOf(const QStringList &regionCodes);

} // namespace air::schema
