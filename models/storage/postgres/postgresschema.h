#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace air::postgres {

// The schema on a PostgreSQL server, from the one description the program has: SQLite's numbered
// migrations (storage/sqlite/schema.cpp). A server database is created at the latest version by
// rendering the tables, indexes and views that those migrations leave (read back from an in-memory
// SQLite database migrated to the latest version) in PostgreSQL's types; a later step that a
// server at an older version needs is rendered the same way, statement by statement.
//
// Beside the tables: the observations' version and the change notifications (NOTIFY air_changes)
// from one statement-level trigger, and the roles of a team (air_viewer, air_editor, air_owner).

// The first schema version a team database was made at: older steps rebuilt tables in SQLite's
// way (foreign keys off) and never run on a server.
inline constexpr int firstServerVersion = 4;

// The statements that create the latest schema on an empty database.
Result<QStringList> createStatements();
// A SQLite statement in PostgreSQL's words (types, no WITHOUT ROWID, ON CONFLICT forms).
QString render(const QString &sqliteStatement);

// The version recorded in meta, 0 for an empty database, -1 for a database with tables but no meta.
int currentVersion(QSqlDatabase &db);
// Creates the schema (or migrates it) up to the latest version in one transaction under an
// advisory lock: two desks opening a new server at once do it once. A newer schema is refused.
Status migrate(QSqlDatabase &db, const QString &where);

// team init: the roles, and their rights on every table (a viewer reads, an editor also writes,
// an owner also grants). team grant: one of them to a database user.
Status createRoles(QSqlDatabase &db);
Status grantRole(QSqlDatabase &db, const QString &user, const QString &role);
const QStringList &roleNames(); // viewer, editor, owner

// The channel every change is announced on (payload: "insert user", "update user", ...).
inline constexpr const char *changesChannel = "air_changes";

} // namespace air::postgres
