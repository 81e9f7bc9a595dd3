#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace air {

// The program's SQLite file. Each thread that touches it gets a connection of its own, named
// after the file and the thread (PITFALLS.md: a connection belongs to the thread that made it),
// with foreign keys on, WAL journaling and a busy timeout.
class Database final {
public:
    struct Options {
        // Migrate to this version instead of the latest (tests of migrations only).
        int schemaVersion = -1;
        // Open read-only even when the file could be written. A file or folder the user cannot
        // write is always opened read-only.
        bool readOnly = false;
    };

    // Opens FILE, creating it (and its directory) if missing, migrating it forward, and loading
    // the bundled dataset on first open or when the bundled dataset has changed. A file that is
    // not SQLite, or damaged (SQLite cannot read its schema; after an unclean end, with a -wal file
    // left behind, SQLite's quick_check fails), is refused with a clear message and left exactly as
    // it was. A file or folder without write permission opens read-only.
    static Result<Database> open(const QString &path, const Options &options);
    static Result<Database> open(const QString &path) { return open(path, Options {}); }

    // The default file: QStandardPaths::AppDataLocation/ai-readiness.sqlite.
    static QString defaultPath();

    const QString &path() const { return m_path; }
    // True when imports and edits are refused (every connection has PRAGMA query_only set).
    bool readOnly() const { return m_readOnly; }

    // Whether another program holds PATH locked right now (reading it fails with SQLITE_BUSY):
    // such a file is not damaged, and starting afresh beside it is not the remedy.
    static bool isLocked(const QString &path);

    // A file name beside PATH that does not exist yet ("name-new.sqlite", "name-new-2.sqlite", ...)
    // for starting afresh next to a damaged file without touching it.
    static QString freshPathBeside(const QString &path);

    // What open() did to the files beside the database before using it (a -wal file kept, folded
    // in or set aside), in sentences for the user; empty when nothing happened.
    const QStringList &notices() const { return m_notices; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;

private:
    Database(QString path, bool readOnly, bool writeDenied)
        : m_path(std::move(path))
        , m_readOnly(readOnly || writeDenied)
        , m_writeDenied(writeDenied)
    {
    }
    Status prepare(const Options &options) const;
    QString connectionName() const;

    QString m_path;
    bool m_readOnly = false;
    bool m_writeDenied = false; // no write permission on the file or its folder (found by open())
    QStringList m_notices;
};

// Pragmas every connection gets; exposed for the tests that check them.
Status configureConnection(QSqlDatabase &db, bool readOnly = false);

// How long a connection waits for another's write lock before giving up.
inline constexpr int busyTimeoutMs = 10000;

// Whether DB refuses writes (PRAGMA query_only): the importer and the editors ask before writing.
bool isReadOnly(QSqlDatabase &db);

} // namespace air
