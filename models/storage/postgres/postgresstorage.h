#pragma once

#include "storage/sql/sqlstorage.h"

#include <QMutex>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>

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

    // Calls onChange with what changed and who ("insert 홍길동", ...) whenever another desk changes the
    // observations, on the calling thread (which must run an event loop), for as long as context lives.
    // Another desk: a connection of another program. This storage's own connections on other threads
    // (an import dialog's worker) are not one: the server's notice names its session, and those
    // sessions are known (m_ownSessions).
    bool watchChanges(QObject *context, std::function<void(const QString &what)> onChange) override;
    Status initTeam() override;
    Status grantTeamRole(const QString &user, const QString &role) override;

private:
    PostgresStorage(QUrl url, QString locator);
    Problem problemOf(const QSqlError &error, const QString &what) const override;
    QString connectionName() const;

    // The server's process ids of this storage's connections (one per thread), shared with the
    // notification handlers. Kept after a thread's connection closes: its last change's notice may
    // arrive after that.
    struct OwnSessions {
        QMutex mutex;
        QSet<qint64> pids;
    };
    std::shared_ptr<OwnSessions> m_ownSessions = std::make_shared<OwnSessions>();

    QUrl m_url;
    QString m_locator;
    QString m_user;
    bool m_readOnly = false;
};

} // namespace air
