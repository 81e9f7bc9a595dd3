#include "database/database.h"

#include "database/bundleddataset.h"
#include "database/schema.h"
#include "database/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace air {

namespace {

// Messages an official reads in the window (translated there; English on the command line).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// access(2) rather than permission bits: it also knows read-only mounts and ACLs.
bool writable(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

// Refuses, before SQLite sees it, a file that is not an SQLite database at all (SQLite would
// otherwise report "file is not a database" only at the first statement).
Status checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Problem { path, 0, 0, Messages::tr("cannot read the database file: %1").arg(f.errorString()) };
    if (f.size() == 0)
        return Ok {}; // SQLite treats an empty file as an empty database
    const QByteArray header = f.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        return Problem { path, 0, 0,
            Messages::tr("this file is not an SQLite database (it does not start with \"SQLite format 3\"); "
                         "it was left untouched") };
    if (f.size() < 512)
        return Problem { path, 0, 0,
            Messages::tr("the database file is damaged: it is cut short (%1 bytes); it was left untouched")
                .arg(f.size()) };
    return Ok {};
}

// Reads the file through a read-only connection of its own before the program's read-write one
// touches it: a read-write connection would, when closed, fold a leftover -wal file into a file
// that may be damaged. Reading the schema finds most damage from outside (a cut or overwritten
// copy); after an unclean end (a -wal file left behind by a crash, a kill, a power cut) SQLite's
// quick_check also walks every page (1.5 ms for the bundled dataset, more for district data,
// which is why it does not run on every start).
Status inspectReadOnly(const QString &path, bool structure)
{
    sqlite3 *handle = nullptr;
    QStringList messages;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr)
        != SQLITE_OK) {
        messages << QString::fromUtf8(sqlite3_errmsg(handle));
    } else {
        sqlite3_busy_timeout(handle, busyTimeoutMs);
        const char *statement = structure ? "PRAGMA quick_check(5)" : "SELECT count(*) FROM sqlite_master";
        sqlite3_stmt *query = nullptr;
        if (sqlite3_prepare_v2(handle, statement, -1, &query, nullptr) != SQLITE_OK) {
            messages << QString::fromUtf8(sqlite3_errmsg(handle));
        } else {
            int rc = SQLITE_ROW;
            while ((rc = sqlite3_step(query)) == SQLITE_ROW) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(query, 0));
                if (structure && text && qstrcmp(text, "ok") != 0)
                    messages << QString::fromUtf8(text);
            }
            if (rc != SQLITE_DONE)
                messages << QString::fromUtf8(sqlite3_errmsg(handle));
        }
        sqlite3_finalize(query);
    }
    sqlite3_close_v2(handle);
    if (messages.isEmpty())
        return Ok {};
    return Problem { path, 0, 0,
        Messages::tr("the database file is damaged (SQLite: %1); it was left untouched")
            .arg(messages.join(u"; "_s)) };
}

} // namespace

Status configureConnection(QSqlDatabase &db, bool readOnly)
{
    const QString busyTimeout = u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs);
    const QStringList pragmas = readOnly
        ? QStringList { u"PRAGMA foreign_keys = ON"_s, busyTimeout, u"PRAGMA query_only = ON"_s }
        : QStringList { u"PRAGMA foreign_keys = ON"_s, busyTimeout, u"PRAGMA journal_mode = WAL"_s,
              u"PRAGMA synchronous = NORMAL"_s };
    for (const QString &pragma : pragmas) {
        if (Status s = sql::exec(db, pragma); !s)
            return s;
    }
    return Ok {};
}

bool isReadOnly(QSqlDatabase &db)
{
    return sql::scalar(db, u"PRAGMA query_only"_s).toInt() == 1;
}

QString Database::freshPathBeside(const QString &path)
{
    const QFileInfo info(path);
    const QString base = info.completeBaseName();
    const QString suffix = info.suffix().isEmpty() ? u"sqlite"_s : info.suffix();
    for (int n = 1;; ++n) {
        const QString name
            = n == 1 ? u"%1-new.%2"_s.arg(base, suffix) : u"%1-new-%2.%3"_s.arg(base).arg(n).arg(suffix);
        const QString candidate = info.dir().filePath(name);
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
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
        return Problem { m_path, 0, 0,
            Messages::tr("cannot open the database: %1").arg(db.lastError().text()) };
    if (Status s = configureConnection(db, m_readOnly); !s) {
        const QString error = s.problems().first().reason;
        if (error.contains(u"malformed"_s) || error.contains(u"not a database"_s))
            return Problem { m_path, 0, 0,
                Messages::tr("the database file is damaged (SQLite: %1); it was left untouched").arg(error) };
        return Problem { m_path, 0, 0,
            Messages::tr("cannot use this file as a database: %1").arg(s.errorText()) };
    }
    if (m_readOnly) {
        // Nothing can be migrated or refreshed: the file must already be current.
        const int version = schema::currentVersion(db);
        if (version != schema::latestVersion())
            return Problem { m_path, 0, 0,
                Messages::tr("the database is read-only and %1; copy it to a folder you can write to")
                    .arg(version <= 0 ? Messages::tr("is not one of this program's")
                                      : Messages::tr("needs an upgrade from schema %1 to %2")
                                            .arg(version)
                                            .arg(schema::latestVersion())) };
        return Ok {};
    }
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
    if (m_readOnly) {
        // A file or folder without write permission: immutable=1 reads the file without locks or
        // -wal and -shm side files, which SQLite could not make (or not remove) here. Not when a
        // -wal file holds changes not yet folded into the file (after a crash), which immutable
        // would not see.
        const bool immutable = m_writeDenied && !QFileInfo::exists(m_path + u"-wal"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded)
            + (immutable ? u"?immutable=1"_s : QString()));
    } else {
        db.setDatabaseName(m_path);
    }
    // A file that is not a database fails here; open() reports it, with the file's name.
    if (db.open())
        (void)configureConnection(db, m_readOnly);
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
        return Problem { path, 0, 0, Messages::tr("this is a directory, not a database file") };
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Problem { path, 0, 0, Messages::tr("cannot create the folder %1").arg(info.absolutePath()) };
    if (!info.exists() && !writable(info.absolutePath()))
        return Problem {
            path, 0, 0,
            Messages::tr("cannot create a database here: the folder %1 is read-only").arg(info.absolutePath())
        };
    // checkHeader also reports a file that cannot be read (permission denied).
    if (info.exists()) {
        if (Status s = checkHeader(info.absoluteFilePath()); !s)
            return s.problems();
    }
    const bool writeDenied
        = info.exists() && (!writable(info.absoluteFilePath()) || !writable(info.absolutePath()));
    const bool readOnly = options.readOnly || writeDenied;

    if (info.exists() && info.size() > 0 && !readOnly) {
        const bool uncleanEnd = QFileInfo::exists(info.absoluteFilePath() + u"-wal"_s);
        if (Status s = inspectReadOnly(info.absoluteFilePath(), uncleanEnd); !s)
            return s.problems();
    }
    Database database(info.absoluteFilePath(), options.readOnly, writeDenied);
    Status status = database.prepare(options);
    if (!status) {
        database.closeThreadConnection();
        return status.problems();
    }
    return database;
}

} // namespace air
