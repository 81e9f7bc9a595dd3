#include "storage/sqlite/database.h"

#include "storage/networkfilesystem.h"
#include "storage/sqlite/schema.h"
#include "storage/sql/sql.h"
#include "io/savefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <sqlite3.h>

#include <cstring>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace air {

namespace {

// Messages an official reads in the window (translated there; English on the command line).
struct Messages {
    Q_DECLARE_TR_FUNCTIONS(Database)
};

// Why a database on a network share is at risk, and what to use instead.
QString networkFileSystemNotice(const QString &path, const QString &fileSystem)
{
    return Messages::tr("%1 lies on a network file system (%2). SQLite's locks work only within one computer, so "
                        "two desks writing to this file at once can damage it. For a team, use the team database "
                        "instead: --db postgresql://USER@HOST/DB, or File ▸ Connect to the team database.")
        .arg(path, fileSystem);
}

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
                         "it was left untouched"), ErrorKind::Damaged };
    if (f.size() < 512)
        return Problem { path, 0, 0,
            Messages::tr("the database file is damaged: it is cut short (%1 bytes); it was left untouched")
                .arg(f.size()), ErrorKind::Damaged };
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
    const int code = handle ? sqlite3_errcode(handle) & 0xff : SQLITE_OK;
    sqlite3_close_v2(handle);
    if (messages.isEmpty())
        return Ok {};
    // Another program holding a lock is not damage (issue 18, 14): nothing to start afresh from.
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Problem { path, 0, 0,
            Messages::tr("the database is locked by another program (SQLite: %1); try again when it is done")
                .arg(messages.join(u"; "_s)), ErrorKind::Busy };
    return Problem { path, 0, 0,
        Messages::tr("the database file is damaged (SQLite: %1); it was left untouched")
            .arg(messages.join(u"; "_s)), ErrorKind::Damaged };
}

// --- A -wal beside the file (issue 18, 4) -------------------------------------------------------
// SQLite folds a -wal file into the database on the first read-write open, whatever file it came
// from. The file format gives no pointer from a database to its -wal, so the checks are what the
// format allows (https://www.sqlite.org/fileformat.html, "The WAL File Format"):
//  - the WAL header: magic, format version 3007000, the page size of the database, and its
//    checksum;
//  - every frame: the salts copied from the header, and the running checksum; a frame with the
//    header's salts whose checksum fails means a damaged -wal (SQLite drops it and every frame
//    after it, committed or not);
//  - a frame of page 1 carries the database header as it will be: its change counter is one more
//    than the file's (nothing folded in yet) or equal to the file's (folded in part way). Another
//    counter is another database's history.
// A -wal that passes may still be a copy of the same file's (a file copied and used in two places
// without any change to its schema cannot be told apart): whatever the verdict, a -wal that will
// be replayed or is set aside is first copied to NAME-wal.kept-YYYYMMDD-hhmmss.
quint32 readBe32(const char *p)
{
    return (quint32(quint8(p[0])) << 24) | (quint32(quint8(p[1])) << 16) | (quint32(quint8(p[2])) << 8)
        | quint32(quint8(p[3]));
}

void walChecksum(bool bigEndian, const char *data, qsizetype n, quint32 &s0, quint32 &s1)
{
    for (qsizetype i = 0; i + 8 <= n; i += 8) {
        quint32 x0, x1;
        if (bigEndian) {
            x0 = readBe32(data + i);
            x1 = readBe32(data + i + 4);
        } else {
            std::memcpy(&x0, data + i, 4);
            std::memcpy(&x1, data + i + 4, 4);
        }
        s0 += x0 + s1;
        s1 += x1 + s0;
    }
}

struct WalVerdict {
    enum Kind { Absent, Own, Damaged, Foreign } kind = Absent;
    QString reason;
    int frames = 0;      // frames SQLite would replay
    int commits = 0;     // transactions among them
};

WalVerdict inspectWal(const QString &path)
{
    WalVerdict verdict;
    QFile wal(path + u"-wal"_s);
    if (!wal.exists() || wal.size() == 0 || !wal.open(QIODevice::ReadOnly))
        return verdict;
    QFile db(path);
    if (!db.open(QIODevice::ReadOnly))
        return verdict;
    const QByteArray dbHeader = db.read(100);
    const QByteArray bytes = wal.readAll();
    if (dbHeader.size() < 100)
        return verdict;
    const quint32 dbPageSize = [&] {
        const quint32 v = (quint32(quint8(dbHeader[16])) << 8) | quint32(quint8(dbHeader[17]));
        return v == 1 ? 65536u : v;
    }();
    const quint32 dbChangeCounter = readBe32(dbHeader.constData() + 24);
    verdict.kind = WalVerdict::Foreign;
    if (bytes.size() < 32) {
        verdict.kind = WalVerdict::Damaged;
        verdict.reason = Messages::tr("it is cut short (%1 bytes)").arg(bytes.size());
        return verdict;
    }
    const char *h = bytes.constData();
    const quint32 magic = readBe32(h);
    if ((magic & ~1u) != 0x377f0682u || readBe32(h + 4) != 3007000u) {
        verdict.reason = Messages::tr("it is not an SQLite write-ahead log");
        return verdict;
    }
    const bool bigEndian = magic & 1u;
    const quint32 pageSize = readBe32(h + 8);
    if (pageSize != dbPageSize) {
        verdict.reason = Messages::tr("it was written for pages of %1 bytes; this database has pages of %2")
                             .arg(pageSize)
                             .arg(dbPageSize);
        return verdict;
    }
    quint32 s0 = 0, s1 = 0;
    walChecksum(bigEndian, h, 24, s0, s1);
    if (s0 != readBe32(h + 24) || s1 != readBe32(h + 28)) {
        verdict.kind = WalVerdict::Damaged;
        verdict.reason = Messages::tr("its header checksum is wrong, so SQLite would drop all of it");
        return verdict;
    }
    const quint32 salt1 = readBe32(h + 16), salt2 = readBe32(h + 20);
    const qsizetype frameSize = 24 + qsizetype(pageSize);
    const qsizetype count = (bytes.size() - 32) / frameSize;
    QList<quint32> changeCounters; // of page 1, frame by frame, up to the last commit
    QList<quint32> pending;
    int valid = 0;
    for (qsizetype k = 0; k < count; ++k) {
        const char *f = h + 32 + k * frameSize;
        if (readBe32(f + 8) != salt1 || readBe32(f + 12) != salt2)
            break; // frames of an earlier generation: SQLite ignores them, as it should
        walChecksum(bigEndian, f, 8, s0, s1);
        walChecksum(bigEndian, f + 24, pageSize, s0, s1);
        if (s0 != readBe32(f + 16) || s1 != readBe32(f + 20)) {
            verdict.kind = WalVerdict::Damaged;
            verdict.reason = Messages::tr("frame %1 of %2 fails its checksum (a damaged byte): SQLite would drop it "
                                          "and the %3 frames after it")
                                 .arg(k + 1)
                                 .arg(count)
                                 .arg(count - k - 1);
            verdict.frames = valid;
            return verdict;
        }
        if (readBe32(f) == 1)
            pending << readBe32(f + 24 + 24);
        if (readBe32(f + 4) != 0) { // a commit frame
            valid = int(k + 1);
            ++verdict.commits;
            changeCounters += pending;
            pending.clear();
        }
    }
    verdict.frames = valid;
    if (!changeCounters.isEmpty() && changeCounters.first() != dbChangeCounter + 1
        && !changeCounters.contains(dbChangeCounter)) {
        verdict.reason = Messages::tr("it continues a database whose change counter was %1; this file's is %2")
                             .arg(changeCounters.first() - 1)
                             .arg(dbChangeCounter);
        return verdict;
    }
    verdict.kind = WalVerdict::Own;
    return verdict;
}

// Whether another process has the database open: every SQLite connection in WAL mode holds a
// shared lock on byte 128 of the -shm file (the "dead man switch" of SQLite's unix VFS).
bool openElsewhere(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path + u"-shm"_s).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    struct flock lock {};
    lock.l_type = F_WRLCK;
    lock.l_whence = SEEK_SET;
    lock.l_start = 128;
    lock.l_len = 1;
    const bool held = ::fcntl(fd, F_GETLK, &lock) == 0 && lock.l_type != F_UNLCK;
    ::close(fd);
    return held;
}

QString keptCopyName(const QString &path)
{
    const QString base = path + u"-wal.kept-"_s + QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString name = base;
    for (int n = 2; QFileInfo::exists(name); ++n)
        name = base + u"-"_s + QString::number(n);
    return name;
}

// Before the first read-write open: checks the -wal beside PATH, keeps a copy, and sets aside
// (renames) a -wal that is not this file's. What happened goes to NOTICES.
Status settleWal(const QString &path, QStringList *notices)
{
    if (openElsewhere(path))
        return Ok {}; // a live -wal: its connections own it
    const WalVerdict verdict = inspectWal(path);
    if (verdict.kind == WalVerdict::Absent || (verdict.kind == WalVerdict::Own && verdict.commits == 0))
        return Ok {}; // nothing SQLite would replay (only frames of an earlier generation): no copy
    const QString wal = path + u"-wal"_s;
    const QString kept = keptCopyName(path);
    if (verdict.kind == WalVerdict::Foreign) {
        if (!QFile::rename(wal, kept))
            return Problem { path, 0, 0,
                Messages::tr("the -wal file beside it is not this database's (%1), and it could not be set aside; "
                             "move %2 away and try again").arg(verdict.reason, wal) };
        QFile::remove(path + u"-shm"_s); // its index describes the -wal set aside
        *notices << Messages::tr("%1 was not this database's (%2): it was set aside as %3 and the database opened as "
                                 "it is").arg(wal, verdict.reason, kept);
        return Ok {};
    }
    if (!QFile::copy(wal, kept))
        return Problem { path, 0, 0,
            Messages::tr("cannot keep a copy of %1 before it is folded in; nothing was changed").arg(wal) };
    if (verdict.kind == WalVerdict::Damaged)
        *notices << Messages::tr("%1 is damaged (%2); a copy was kept as %3; %4 frames are folded in").arg(wal,
                        verdict.reason, kept).arg(verdict.frames);
    else
        *notices << Messages::tr("%1 held %2 transaction(s) left by an unclean end; they are folded in (a copy was kept "
                                 "as %3)").arg(wal).arg(verdict.commits).arg(kept);
    return Ok {};
}

// Refuses, before anything is written to it, an SQLite file that is not one of this program's or
// was written by a newer version (issue 18, 10: the read-write open set WAL mode first, which
// changes the file's header).
Status checkSchemaReadOnly(const QString &path)
{
    sqlite3 *handle = nullptr;
    int version = 0;
    bool hasMeta = false, hasTables = false;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(handle, busyTimeoutMs);
        sqlite3_stmt *q = nullptr;
        if (sqlite3_prepare_v2(handle, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &q, nullptr)
            == SQLITE_OK) {
            while (sqlite3_step(q) == SQLITE_ROW) {
                hasTables = true;
                hasMeta = hasMeta || qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)), "meta") == 0;
            }
        }
        sqlite3_finalize(q);
        q = nullptr;
        if (hasMeta
            && sqlite3_prepare_v2(handle, "SELECT value FROM meta WHERE key = 'schema_version'", -1, &q, nullptr)
                == SQLITE_OK
            && sqlite3_step(q) == SQLITE_ROW)
            version = sqlite3_column_int(q, 0);
        sqlite3_finalize(q);
    }
    sqlite3_close_v2(handle);
    if (hasTables && (!hasMeta || version <= 0))
        return Problem { path, 0, 0,
            Messages::tr("this file is an SQLite database, but not one of this program's (it has no schema version); "
                         "it was left untouched"), ErrorKind::Damaged };
    if (version > schema::latestVersion())
        return Problem { path, 0, 0,
            Messages::tr("this database was written by a newer version of the program (schema %1; this program knows "
                         "up to %2); it was left untouched").arg(version).arg(schema::latestVersion()),
            ErrorKind::Incompatible };
    return Ok {};
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

bool Database::isLocked(const QString &path)
{
    sqlite3 *handle = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        rc = sqlite3_prepare_v2(handle, "SELECT count(*) FROM sqlite_master", -1, &q, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(q);
        sqlite3_finalize(q);
    }
    sqlite3_close_v2(handle);
    return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
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
                Messages::tr("the database file is damaged (SQLite: %1); it was left untouched").arg(error), ErrorKind::Damaged };
        return Problem { m_path, 0, 0,
            Messages::tr("cannot use this file as a database: %1").arg(s.errorText()) };
    }
    if (m_readOnly) {
        // Nothing can be migrated or refreshed: the file must already be current. First whether
        // it can be read at all: a -wal left by an unclean end cannot be folded in without write
        // permission, and a damaged file is damaged, not "not one of this program's" (issue 18, 14).
        if (QSqlQuery probe(db); !probe.exec(u"SELECT count(*) FROM sqlite_master"_s)) {
            const QString error = probe.lastError().databaseText();
            if (QFileInfo::exists(m_path + u"-wal"_s) && m_writeDenied)
                return Problem { m_path, 0, 0,
                    Messages::tr("the database has changes in %1 left by an unclean end, which cannot be folded in "
                                 "without write permission (SQLite: %2); copy the file and its -wal to a folder you "
                                 "can write to").arg(QFileInfo(m_path + u"-wal"_s).fileName(), error), ErrorKind::Damaged };
            return Problem { m_path, 0, 0,
                Messages::tr("the database file is damaged (SQLite: %1); it was left untouched").arg(error), ErrorKind::Damaged };
        }
        const int version = schema::currentVersion(db);
        if (version != schema::latestVersion())
            return Problem { m_path, 0, 0,
                Messages::tr("the database is read-only and %1; copy it to a folder you can write to")
                    .arg(version <= 0 ? Messages::tr("is not one of this program's")
                                      : Messages::tr("needs an upgrade from schema %1 to %2")
                                            .arg(version)
                                            .arg(schema::latestVersion())), ErrorKind::ReadOnly };
        return Ok {};
    }
    const int target = options.schemaVersion > 0 ? options.schemaVersion : schema::latestVersion();
    if (Status s = schema::migrate(db, target); !s)
        return s;
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
        return Problem { path, 0, 0, Messages::tr("this is a directory, not a database file"), ErrorKind::Invalid };
    // A FIFO would block the first read for ever, a device is no database (issue 18, 16).
    if (info.exists() && !info.isFile())
        return Problem { path, 0, 0,
            Messages::tr("this is not a regular file (a FIFO, a device or a socket), so it cannot be a database"), ErrorKind::Invalid };
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        return Problem { path, 0, 0, Messages::tr("cannot create the folder %1").arg(info.absolutePath()), ErrorKind::Invalid };
    if (!info.exists() && !writable(info.absolutePath()))
        return Problem {
            path, 0, 0,
            Messages::tr("cannot create a database here: the folder %1 is read-only").arg(info.absolutePath()), ErrorKind::ReadOnly };
    // checkHeader also reports a file that cannot be read (permission denied).
    if (info.exists()) {
        if (Status s = checkHeader(info.absoluteFilePath()); !s)
            return s.problems();
    }
    const bool writeDenied
        = info.exists() && (!writable(info.absoluteFilePath()) || !writable(info.absolutePath()));
    const bool readOnly = options.readOnly || writeDenied;

    QStringList notices;
    if (info.exists() && info.size() > 0 && !readOnly) {
        static QMutex mutex;
        static QSet<QString> settled; // files this process has opened read-write: their -wal is theirs
        QMutexLocker lock(&mutex);
        if (!settled.contains(info.absoluteFilePath())) {
            if (Status s = settleWal(info.absoluteFilePath(), &notices); !s)
                return s.problems();
        }
        const bool uncleanEnd = QFileInfo::exists(info.absoluteFilePath() + u"-wal"_s);
        if (Status s = inspectReadOnly(info.absoluteFilePath(), uncleanEnd); !s)
            return s.problems();
        if (Status s = checkSchemaReadOnly(info.absoluteFilePath()); !s)
            return s.problems();
        settled.insert(info.absoluteFilePath());
    }
    // Opened all the same (the official may have no other copy), but not silently (issue 15).
    if (const std::optional<QString> share = networkFileSystemOf(info.absoluteFilePath()))
        notices << networkFileSystemNotice(info.absoluteFilePath(), *share);
    Database database(info.absoluteFilePath(), options.readOnly, writeDenied);
    database.m_notices = notices;
    Status status = database.prepare(options);
    if (!status) {
        database.closeThreadConnection();
        return status.problems();
    }
    protectDatabaseFile(database.path()); // never an output of this process (savefile.h)
    return database;
}

} // namespace air
