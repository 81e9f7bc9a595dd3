#include "storage/postgres/postgresstorage.h"
#include "storage/sql/commonchecks.h"
#include "storage/storagetext.h"

#include "storage/postgres/postgresimportwriter.h"
#include "storage/postgres/postgresschema.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/schema.h"

#include <QObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace air {

PostgresStorage::PostgresStorage(QUrl url, QString locator)
    : m_url(std::move(url))
    , m_locator(std::move(locator))
{
}

PostgresStorage::~PostgresStorage()
{
    releaseThread();
}

QString PostgresStorage::connectionName() const
{
    return u"air-pg:%1:%2:%3"_s.arg(m_locator).arg(quintptr(this), 0, 16).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase PostgresStorage::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(m_url.host());
    if (m_url.port() > 0)
        db.setPort(m_url.port());
    db.setUserName(m_url.userName(QUrl::FullyDecoded));
    // An empty password leaves libpq to its own means: PGPASSWORD, ~/.pgpass.
    if (!m_url.password().isEmpty())
        db.setPassword(m_url.password(QUrl::FullyDecoded));
    db.setDatabaseName(m_url.path(QUrl::FullyDecoded).mid(1));
    db.setConnectOptions(u"connect_timeout=10;application_name=ai-readiness"_s);
    if (db.open()) {
        // One round trip: quiet notices; a lock waited for ends after 10 s (a busy server says so
        // rather than hanging a window for ever); and the server's process of this connection, so
        // that its own changes are not announced as another desk's (watchChanges).
        QSqlQuery q(db);
        if (q.exec(u"SELECT pg_backend_pid(), set_config('client_min_messages', 'warning', false), "
                   "set_config('lock_timeout', '10s', false)"_s)
            && q.next()) {
            const QMutexLocker lock(&m_ownSessions->mutex);
            m_ownSessions->pids.insert(q.value(0).toLongLong());
        }
    }
    return db;
}

void PostgresStorage::releaseThread()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<PostgresStorage>> PostgresStorage::open(const QString &locator, bool readOnly)
{
    const QUrl url(locator, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2 || url.userName().isEmpty())
        return storageProblem(ErrorKind::Invalid,
            StorageText::tr("not a team database address: %1 (write postgresql://USER@HOST[:PORT]/DBNAME)").arg(locator));
    QUrl shown = url;
    shown.setPassword({});
    std::shared_ptr<PostgresStorage> storage(new PostgresStorage(url, shown.toString()));
    QSqlDatabase db = storage->connection();
    if (!db.isOpen()) {
        const QString error = db.lastError().databaseText().trimmed();
        const bool denied = error.contains(u"password"_s) || error.contains(u"authentication"_s);
        storage->releaseThread();
        return storageProblem(denied ? ErrorKind::ReadOnly : ErrorKind::Unavailable,
            denied ? StorageText::tr("the server refused the user '%1': %2 (give the password in PGPASSWORD or ~/.pgpass)").arg(
                         url.userName(), error)
                   : StorageText::tr("cannot reach the team database: %1").arg(error.isEmpty() ? db.lastError().text() : error),
            storage->m_locator);
    }
    if (Status s = postgres::migrate(db, storage->m_locator); !s) {
        storage->releaseThread();
        return s.problems();
    }
    QSqlQuery q(db);
    if (q.exec(u"SELECT current_user, has_table_privilege('observations', 'UPDATE')"_s) && q.next()) {
        storage->m_user = q.value(0).toString();
        storage->m_readOnly = readOnly || !q.value(1).toBool();
    } else {
        storage->m_readOnly = true;
    }
    if (storage->m_readOnly && !readOnly)
        storage->m_readOnly = true; // a viewer: the server's permissions decide, the program follows
    return storage;
}

Problem PostgresStorage::problemOf(const QSqlError &error, const QString &what) const
{
    // SQLSTATE classes: 42501 insufficient privilege, 40001/40P01 serialisation or deadlock,
    // 55P03 lock not available, 57014 cancelled (lock_timeout), 08 connection, 23 integrity.
    const QString state = error.nativeErrorCode();
    ErrorKind kind = ErrorKind::Failed;
    if (state == u"42501"_s || state == u"25006"_s)
        kind = ErrorKind::ReadOnly;
    else if (state == u"40001"_s || state == u"40P01"_s || state == u"55P03"_s || state == u"57014"_s)
        kind = ErrorKind::Busy;
    else if (state.startsWith(u"08"_s))
        kind = ErrorKind::Unavailable;
    else if (state.startsWith(u"23"_s))
        kind = ErrorKind::Conflict;
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text();
    if (kind == ErrorKind::ReadOnly)
        text = u"the team database does not let this user write (%1); ask its owner for the editor role"_s.arg(text);
    return storageProblem(kind, u"%1: %2"_s.arg(what, text), m_locator);
}

Result<std::unique_ptr<ImportWriter>> PostgresStorage::beginImport()
{
    if (m_readOnly)
        return storageProblem(ErrorKind::ReadOnly,
            StorageText::tr("the team database is read-only for %1 (a viewer): nothing can be imported").arg(m_user), m_locator);
    return PostgresImportWriter::begin(connection(), m_locator,
        [this](const QSqlError &e, const QString &what) { return problemOf(e, what); });
}

Status PostgresStorage::afterRestore(QSqlDatabase &db)
{
    // The copied refs were given explicitly: the identity sequences continue after them.
    for (const auto &[table, column] : { std::pair { u"regions"_s, u"ref"_s }, std::pair { u"sources"_s, u"ref"_s },
             std::pair { u"indicators"_s, u"ref"_s }, std::pair { u"observation_history"_s, u"id"_s },
             std::pair { u"scenario_history"_s, u"id"_s }, std::pair { u"import_log"_s, u"id"_s },
             std::pair { u"saved_view_history"_s, u"id"_s } }) {
        if (Status s = sql::exec(db, u"SELECT setval(pg_get_serial_sequence('%1', '%2'), COALESCE(MAX(%2), 0) + 1, false) FROM %1"_s
                                         .arg(table, column));
            !s)
            return s;
    }
    return Ok {};
}

StorageCheck PostgresStorage::check()
{
    StorageCheck check;
    QSqlDatabase db = connection();
    check.schemaVersion = postgres::currentVersion(db);
    if (check.schemaVersion != schema::latestVersion())
        check.problems << u"schema: version %1, this program's is %2"_s.arg(check.schemaVersion).arg(schema::latestVersion());
    check.bundledDataset = sql::scalar(db, u"SELECT value FROM meta WHERE key = 'bundled_dataset'"_s).toString();
    // The server enforces references and checks on every row; what is left to look at: every
    // table the schema has, and observations without a source.
    if (Result<QStringList> statements = postgres::createStatements(); statements) {
        static const QRegularExpression created(u"^CREATE (TABLE|VIEW|INDEX) (\\w+)"_s);
        for (const QString &statement : std::as_const(*statements)) {
            const QRegularExpressionMatch m = created.match(statement);
            if (!m.hasMatch())
                continue;
            const QVariant exists = sql::scalar(db, u"SELECT to_regclass(?) IS NOT NULL"_s, { m.captured(2) });
            if (!exists.toBool())
                check.problems << u"schema: the %1 %2 is missing"_s.arg(m.captured(1).toLower(), m.captured(2));
        }
    }
    sql::addCommonChecks(db, check);
    return check;
}

bool PostgresStorage::watchChanges(QObject *context, std::function<void(const QString &what)> onChange)
{
    QSqlDatabase db = connection();
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->subscribeToNotification(QString::fromLatin1(postgres::changesChannel)))
        return false;
    QObject::connect(driver, &QSqlDriver::notification, context,
        [onChange = std::move(onChange), own = m_ownSessions](const QString &, QSqlDriver::NotificationSource source,
            const QVariant &payload) {
            if (source != QSqlDriver::OtherSource)
                return;
            // "insert USER PID" (a server made by an older program: "insert USER").
            QString what = payload.toString();
            const qsizetype space = what.lastIndexOf(u' ');
            bool numeric = false;
            const qint64 pid = space > 0 ? what.mid(space + 1).toLongLong(&numeric) : 0;
            if (numeric && what.count(u' ') >= 2) {
                {
                    const QMutexLocker lock(&own->mutex);
                    if (own->pids.contains(pid))
                        return; // this program's own worker: not another desk
                }
                what.truncate(space);
            }
            onChange(what);
        });
    return true;
}

Status PostgresStorage::initTeam()
{
    QSqlDatabase db = connection();
    return postgres::createRoles(db);
}

Status PostgresStorage::grantTeamRole(const QString &user, const QString &role)
{
    QSqlDatabase db = connection();
    return postgres::grantRole(db, user, role);
}

} // namespace air
