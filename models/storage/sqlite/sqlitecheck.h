#pragma once

#include "storage/records.h"

#include <QSqlDatabase>

namespace air {

// `check` on a SQLite file: every schema object present, PRAGMA integrity_check and
// foreign_key_check, every observation sourced, the counts.
StorageCheck checkSqliteDatabase(QSqlDatabase &db);

} // namespace air
