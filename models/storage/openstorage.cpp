#include "storage/openstorage.h"

#include "storage/postgres/postgresstorage.h"
#include "storage/sqlite/sqlitestorage.h"

using namespace Qt::StringLiterals;

namespace air {

bool isServerLocator(const QString &locator)
{
    return locator.startsWith(u"postgresql://"_s) || locator.startsWith(u"postgres://"_s);
}

Result<std::shared_ptr<Storage>> openStorage(const QString &locator, const StorageOptions &options)
{
    if (isServerLocator(locator)) {
        Result<std::shared_ptr<PostgresStorage>> server = PostgresStorage::open(locator, options.readOnly);
        if (!server)
            return server.problems();
        return std::shared_ptr<Storage>(*server);
    }
    SqliteStorage::Options sqlite;
    sqlite.readOnly = options.readOnly;
    sqlite.schemaVersion = options.schemaVersion;
    Result<std::shared_ptr<SqliteStorage>> opened = SqliteStorage::open(locator, sqlite);
    if (!opened)
        return opened.problems();
    return std::shared_ptr<Storage>(*opened);
}

QString defaultStorageLocator()
{
    return Database::defaultPath();
}

bool isStorageLocked(const QString &locator)
{
    return !isServerLocator(locator) && Database::isLocked(locator);
}

QString freshLocatorBeside(const QString &locator)
{
    return Database::freshPathBeside(locator);
}

} // namespace air
