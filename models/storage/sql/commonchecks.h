#pragma once

#include "storage/records.h"

#include <QSqlDatabase>

namespace air::sql {

// What both engines' checks share, after each has looked at its own structure (SQLite's integrity
// and reference checks, the server's tables): observations without a source, and the rows of every
// table a user would recognise (catalogue, figures, history, scenarios), the user's figures apart.
void addCommonChecks(QSqlDatabase &db, StorageCheck &check);

} // namespace air::sql
