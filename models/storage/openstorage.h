#pragma once

#include "core/result.h"
#include "storage/storage.h"

#include <memory>

namespace air {

struct StorageOptions {
    // Open read-only even when writes would be allowed.
    bool readOnly = false;
    // Migrate to this version instead of the latest (tests of migrations only).
    int schemaVersion = -1;
};

// A locator names the storage: a file path (SQLite, one desk) or postgresql://USER@HOST[:PORT]/DB
// (a team's server; the password through libpq's usual means: PGPASSWORD, ~/.pgpass).
bool isServerLocator(const QString &locator);

// Opens (creating and migrating as needed) the storage a locator names. A SQLite file is checked
// first (DESIGN.md: a damaged or foreign file is refused and left as it was).
Result<std::shared_ptr<Storage>> openStorage(const QString &locator, const StorageOptions &options = {});

// The default file: QStandardPaths::AppDataLocation/ai-readiness.sqlite.
QString defaultStorageLocator();

// Whether another program holds the file locked right now (not damage: no fresh file is offered).
bool isStorageLocked(const QString &locator);
// A file name beside a damaged file, to start afresh without touching it.
QString freshLocatorBeside(const QString &locator);

} // namespace air
