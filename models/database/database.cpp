#include "database/database.h"

#include "database/bundleddataset.h"
#include "database/schema.h"
#include "database/sql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace air {

Status configureConnection(QSqlDatabase &db)
{
    for (const QString &pragma : { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 10000"_s,
             u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s }) {
        if (Status s = sql::exec(db, pragma); !s)
            return s;
    }
    return Ok {};
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(u"ai-readiness.sqlite"_s);
}

Status Database::prepare(const Options &options) const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Problem { m_path, 0, 0, u"cannot open the database: %1"_s.arg(db.lastError().text()) };
    if (Status s = configureConnection(db); !s)
        return Problem { m_path, 0, 0, u"cannot use this file as a database: %1"_s.arg(s.errorText()) };
    const int target = options.schemaVersion > 0 ? options.schemaVersion : schema::latestVersion();
    if (Status s = schema::migrate(db, target); !s)
        return s;
    if (options.loadBundledData)
        return BundledDataset::ensureLoaded(db);
    return Ok {};
}

QString Database::connectionName() const
{
    return u"air:%1:%2"_s.arg(m_path).arg(quintptr(QThread::currentThreadId()), 0, 16);
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    // A file that is not a database fails here; open() reports it, with the file's name.
    if (db.open())
        (void)configureConnection(db);
    return db;
}

void Database::closeThreadConnection() const
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

Result<Database> Database::open(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return Problem { path, 0, 0, u"this is a directory, not a database file"_s };
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Problem { path, 0, 0, u"cannot create the folder %1"_s.arg(info.absolutePath()) };

    Database database(info.absoluteFilePath());
    Status status = database.prepare(options);
    if (!status) {
        database.closeThreadConnection();
        return status.problems();
    }
    return database;
}

} // namespace air
