#pragma once

#include "storage/sql/sqlstorage.h"
#include "storage/sqlite/database.h"

namespace air {

// The storage of one desk: a SQLite file (Database: its checks, WAL handling, migrations and
// per-thread connections), with the C API on the two hot paths (the figures of a scope, the
// bulk import) and a cache of the figures of large scopes.
class SqliteStorage final : public SqlStorage {
public:
    using Options = Database::Options;
    static Result<std::shared_ptr<SqliteStorage>> open(const QString &path, const Options &options = {});

    QString engineName() const override { return QStringLiteral("SQLite"); }
    QString locator() const override { return m_database.path(); }
    bool readOnly() const override { return m_database.readOnly(); }
    QStringList notices() const override { return m_database.notices(); }
    QString userName() const override;
    void releaseThread() override { m_database.closeThreadConnection(); }

    Result<QList<RegionGroupRecord>> regionGroups() override;
    Result<FigureColumns> figures(const QStringList &regionCodes) override;
    Result<qint64> observationsVersion() override;
    Result<std::unique_ptr<ImportWriter>> beginImport() override;
    StorageCheck check() override;
    Status restoreAll(const StorageDump &dump) override;

    QSqlDatabase connection() const override { return m_database.connection(); }
    const Database &database() const { return m_database; }


private:
    explicit SqliteStorage(Database database) : m_database(std::move(database)) { }
    Problem problemOf(const QSqlError &error, const QString &what) const override;
    QString regionsFirstJoin() const override { return QStringLiteral("CROSS JOIN"); }
    Status beforeRestore(QSqlDatabase &db) override;
    Status afterRestore(QSqlDatabase &db) override;
    Database m_database;
};

} // namespace air
