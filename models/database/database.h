#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QString>

namespace air {

// The program's SQLite file. Each thread that touches it gets a connection of its own, named
// after the file and the thread (PITFALLS.md: a connection belongs to the thread that made it),
// with foreign keys on, WAL journaling and a busy timeout.
class Database final {
public:
    struct Options {
        // Load (or refresh) the bundled dataset compiled into the program.
        bool loadBundledData = true;
        // Migrate to this version instead of the latest (tests of migrations only).
        int schemaVersion = -1;
    };

    // Opens FILE, creating it (and its directory) if missing, migrating it forward, and loading
    // the bundled dataset on first open or when the bundled dataset has changed.
    static Result<Database> open(const QString &path, const Options &options);
    static Result<Database> open(const QString &path) { return open(path, Options {}); }

    // The default file: QStandardPaths::AppDataLocation/ai-readiness.sqlite.
    static QString defaultPath();

    const QString &path() const { return m_path; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    // Closes the calling thread's connection (call before a worker thread ends).
    void closeThreadConnection() const;

private:
    explicit Database(QString path) : m_path(std::move(path)) { }
    Status prepare(const Options &options) const;
    QString connectionName() const;

    QString m_path;
};

// Pragmas every connection gets; exposed for the tests that check them.
Status configureConnection(QSqlDatabase &db);

} // namespace air
