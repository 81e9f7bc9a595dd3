#pragma once

#include "core/result.h"

#include <QSqlDatabase>

namespace air::schema {

// The schema lives here and only here. Version 1 is the first release; every later version is
// one forward step from the one before it (STYLE.md #11).
int latestVersion();

// The version recorded in the meta table, 0 for an empty database, -1 for a file that is not
// ours (it has tables, but no meta table).
int currentVersion(QSqlDatabase &db);

// Applies the steps from the current version up to target, each in its own transaction.
Status migrate(QSqlDatabase &db, int targetVersion = latestVersion());

// A FROM clause for the observations of the nation and the provinces (levels 0 and 1), the ones
// the dashboard and the report compare: regions as r, observations as o. CROSS JOIN keeps the
// written join order, so SQLite takes the 18 regions first and each one's rows through the
// region-major primary key, instead of scanning every observation and looking up its region
// (50 ms at a million district rows, against 0.15 ms).
QString comparedObservations();

} // namespace air::schema
