#pragma once

#include "storage/sql/sqlstorage.h"

#include <QUrl>

#include <functional>

class QObject;

namespace air {

// A team's storage: one PostgreSQL server that every desk points at
// (--db postgresql://USER@HOST[:PORT]/DBNAME; the password through libpq's usual means:
// PGPASSWORD, ~/.pgpass). Qt's QPSQL driver, a connection per thread. What a user may do is the
// server's decision (roles air_viewer, air_editor, air_owner): a viewer's storage is read-only.
class PostgresStorage final : public SqlStorage {
public:
    static Result<std::shared_ptr<PostgresStorage>> open(const QString &locator, bool readOnly = false);
    ~PostgresStorage() override;

    QString engineName() const override { return QStringLiteral("PostgreSQL"); }
    QString locator() const override { return m_locator; }
    bool readOnly() const override { return m_readOnly; }
    QStringList notices() const override { return {}; }
    QString userName() const override { return m_user; }
    void releaseThread() override;

    Result<std::unique_ptr<ImportWriter>> beginImport() override;
    StorageCheck check() override;
    Status afterRestore(QSqlDatabase &db) override;

    QSqlDatabase connection() const override;

    // Calls onChange with the payload ("insert 홍길동", ...) whenever another connection changes the
    // observations, on the calling thread (which must run an event loop), for as long as context lives.
    bool watchChanges(QObject *context, std::function<void(const QString &what)> onChange) override;
    Status initTeam() override;
    Status grantTeamRole(const QString &user, const QString &role) override;

private:
    PostgresStorage(QUrl url, QString locator);
    Problem problemOf(const QSqlError &error, const QString &what) const override;
    QString connectionName() const;

    QUrl m_url;
    QString m_locator;
    QString m_user;
    bool m_readOnly = false;
};

} // namespace air
