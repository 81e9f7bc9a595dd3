#pragma once

// Helpers shared by the test suites: fixtures, throw-away databases on real files, table dumps.
#include "import/bundleddataset.h"
#include "import/importer.h"
#include "postgressupport.h"
#include "storage/openstorage.h"
#include "storage/postgres/postgresstorage.h"
#include "storage/sqlite/sqlitestorage.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QHash>
#include <QTest>

#include <memory>

namespace air::test {

// The engine a suite runs on: SQLite files unless AIR_TEST_ENGINE=postgresql (ctest sets it for the
// suites added under the label "postgresql"; tests/CMakeLists.txt), when every TempDatabase is a
// database of its own on the test server (postgressupport.h).
inline bool onServerEngine()
{
    static const bool server = qEnvironmentVariable("AIR_TEST_ENGINE") == QLatin1String("postgresql");
    return server;
}

// Skips a test function that looks at what only a SQLite file has (its pages, PRAGMAs, permissions of
// the file, the sqlite3 C API), saying so, when the suite runs on the server.
#define AIR_SQLITE_ONLY(what)                                                                              \
    do {                                                                                                   \
        if (::air::test::onServerEngine())                                                                 \
            QSKIP("SQLite only: " what);                                                                   \
    } while (false)

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(AIR_TEST_DATA "/") + relative;
}

// Writes BYTES to PATH, replacing what was there; false on any failure.
inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// The bytes of PATH, empty if it cannot be read.
inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The storages the tests opened, by file: a test that holds a connection to look into the file
// finds the storage behind it (storageOf).
inline QHash<QString, std::weak_ptr<SqliteStorage>> &openedStorages()
{
    static QHash<QString, std::weak_ptr<SqliteStorage>> storages;
    return storages;
}

inline void registerStorage(const std::shared_ptr<SqliteStorage> &storage)
{
    openedStorages().insert(storage->locator() + (storage->readOnly() ? QStringLiteral("?ro") : QString()), storage);
}

// The server storages the tests opened, by the name of their connection on this thread.
inline QHash<QString, std::weak_ptr<SqlStorage>> &openedServerStorages()
{
    static QHash<QString, std::weak_ptr<SqlStorage>> storages;
    return storages;
}

// The storage whose connection DB is (opened by openTempDatabase or openStorage below).
inline Storage &storageOf(const QSqlDatabase &db)
{
    if (db.driverName() == QLatin1String("QPSQL")) {
        if (const std::shared_ptr<SqlStorage> storage = openedServerStorages().value(db.connectionName()).lock())
            return *storage;
        qFatal("no storage for the server connection %s", qPrintable(db.connectionName()));
    }
    QString path = db.databaseName();
    if (path.startsWith(QStringLiteral("file:")))
        path = QUrl(path).toLocalFile();
    const bool readOnly = db.connectOptions().contains(QStringLiteral("READONLY"));
    if (const std::shared_ptr<SqliteStorage> storage
        = openedStorages().value(path + (readOnly ? QStringLiteral("?ro") : QString())).lock())
        return *storage;
    // A connection a test opened through Database: the storage on the same file (connections are
    // per file and thread, so both use this very connection). Kept for the rest of the test run.
    static QList<std::shared_ptr<SqliteStorage>> kept;
    SqliteStorage::Options options;
    options.readOnly = readOnly;
    Result<std::shared_ptr<SqliteStorage>> opened = SqliteStorage::open(path, options);
    if (!opened)
        qFatal("no storage for %s: %s", qPrintable(db.databaseName()), qPrintable(opened.errorText()));
    kept << *opened;
    registerStorage(*opened);
    return **opened;
}

// Opens a storage on PATH for a test, registered for storageOf.
inline std::shared_ptr<SqliteStorage> openStorage(const QString &path, const SqliteStorage::Options &options = {})
{
    Result<std::shared_ptr<SqliteStorage>> opened = SqliteStorage::open(path, options);
    if (!opened)
        return nullptr;
    registerStorage(*opened);
    return *opened;
}

// The test server's URL; the test run stops with the reason when there is none.
inline QUrl testServer()
{
    QString why;
    const QUrl server = postgresUrl(&why);
    if (!server.isValid())
        qFatal("%s", qPrintable(why));
    return server;
}

// A database for one test: a real file in a temporary directory, or (onServerEngine) a database of its
// own on the test server, dropped with it; through the storage the program uses.
struct TempDatabase {
    QTemporaryDir dir;
    std::unique_ptr<ScratchPostgresDatabase> scratch;
    std::shared_ptr<Storage> storage;

    // What --db takes: the file, or the server database's URL.
    QString locator() const
    {
        return scratch ? scratch->url().toString() : dir.filePath(QStringLiteral("test.sqlite"));
    }
    QString path() const { return locator(); }
    // The storage's own connection, for looking into the database.
    QSqlDatabase db() const { return static_cast<SqlStorage &>(*storage).connection(); }
    Storage &store() const { return *storage; }
};

// A storage on LOCATOR for a test (a second desk on the same database), registered for storageOf.
inline std::shared_ptr<Storage> openDesk(const QString &locator, bool readOnly = false)
{
    StorageOptions options;
    options.readOnly = readOnly;
    Result<std::shared_ptr<Storage>> opened = air::openStorage(locator, options);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(locator), qPrintable(opened.errorText()));
    if (auto sqlite = std::dynamic_pointer_cast<SqliteStorage>(*opened))
        registerStorage(sqlite);
    else if (auto server = std::dynamic_pointer_cast<SqlStorage>(*opened))
        openedServerStorages().insert(server->connection().connectionName(), server);
    return *opened;
}

namespace detail {
// The server database with the bundled data loaded once per test process, copied for each test that
// wants it (CREATE DATABASE ... TEMPLATE: far faster than loading the data again); dropped at exit.
inline QString bundledServerTemplate()
{
    static ScratchPostgresDatabase *made = nullptr;
    if (!made) {
        made = new ScratchPostgresDatabase(testServer(), QStringLiteral("air_bundled"));
        if (!made->isValid())
            qFatal("cannot create the bundled template database: %s", qPrintable(made->errorText()));
        {
            Result<std::shared_ptr<Storage>> s = openWithBundledData(made->url().toString());
            if (!s)
                qFatal("cannot load the bundled dataset on the server: %s", qPrintable(s.errorText()));
        }
        qAddPostRoutine([] { delete made; made = nullptr; });
    }
    return made->name();
}
} // namespace detail

inline std::unique_ptr<TempDatabase> openTempDatabase(bool bundled = true)
{
    auto t = std::make_unique<TempDatabase>();
    if (onServerEngine()) {
        t->scratch = std::make_unique<ScratchPostgresDatabase>(testServer(), QStringLiteral("air_test"),
            bundled ? detail::bundledServerTemplate() : QString());
        if (!t->scratch->isValid())
            qFatal("cannot create a test database: %s", qPrintable(t->scratch->errorText()));
        t->storage = openDesk(t->locator());
        return t;
    }
    Result<std::shared_ptr<SqliteStorage>> opened = SqliteStorage::open(t->locator());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.errorText()));
    registerStorage(*opened);
    t->storage = *opened;
    if (bundled) {
        if (Status s = BundledDataset::ensureLoaded(*t->storage); !s)
            qFatal("cannot load the bundled dataset: %s", qPrintable(s.errorText()));
    }
    return t;
}

// Every row SQL gives, its columns joined with '|', one line each.
inline QString joinedRows(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    QStringList rows;
    if (q.exec(sql)) {
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.value(i).toString();
            rows << fields.join(u'|');
        }
    }
    return rows.join(u'\n');
}

// Every row of every table (but those named in EXCEPT), in a stable order: equal dumps mean an
// unchanged database.
inline QString dumpDatabase(QSqlDatabase db, const QStringList &except = {})
{
    QString out;
    QSqlQuery tables(db);
    tables.exec(db.driverName() == QLatin1String("QPSQL")
            ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                             "AND table_type = 'BASE TABLE' ORDER BY table_name")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        if (except.contains(table))
            continue;
        out += QStringLiteral("== ") + table + u'\n';
        const QString rows = joinedRows(db, QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2, 3"));
        if (!rows.isEmpty())
            out += rows + u'\n';
    }
    return out;
}

inline QVariant scalar(QSqlDatabase db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

// The first column of every row SQL gives, joined with commas (SQLite's group_concat on either engine).
inline QString joined(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    QStringList values;
    if (q.exec(sql))
        while (q.next())
            values << q.value(0).toString();
    return values.join(u',');
}

// A database with the bundled data and five real districts (서울 중구, 부산 중구, 목포, 여수, 순천) with
// made-up test figures for two indicators: tests/data/kosis/district/README.md. The bundled data hold
// Jeonnam's 22 시군 with their real figures; here they are reduced to the fixture's three, without their
// bundled figures, so that the made-up figures alone decide the district index, as worked by hand in
// tst_districts. (tst_districts::bundledDistricts checks the index on the 22 as bundled.)
inline std::unique_ptr<TempDatabase> openTempDatabaseWithDistricts()
{
    auto t = openTempDatabase();
    QSqlDatabase db = t->db();
    const QString others = QStringLiteral("(SELECT ref FROM regions WHERE level = 2 AND code NOT IN "
                                          "('KR-46-110', 'KR-46-130', 'KR-46-150'))");
    for (const QString &statement :
        { QStringLiteral("DELETE FROM observations WHERE region_ref IN (SELECT ref FROM regions WHERE level = 2)"),
            QStringLiteral("DELETE FROM region_aliases WHERE region IN (SELECT code FROM regions WHERE ref IN %1)").arg(others),
            QStringLiteral("DELETE FROM regions WHERE ref IN %1").arg(others) }) {
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("cannot reduce the bundled districts: %s", qPrintable(q.lastError().text()));
    }
    const QString dir = dataPath(QStringLiteral("kosis/district/"));
    const auto report = Importer::importFiles(t->store(),
        { dir + QStringLiteral("regions_districts.csv"), dir + QStringLiteral("sources_test.csv"),
            dir + QStringLiteral("observations_TEST_FIGURES.csv") },
        {});
    if (!report.ok())
        qFatal("cannot import the district fixtures: %s", qPrintable(report.errorText()));
    return t;
}

// One observation by region code, indicator id and year (an invalid QVariant when missing).
inline QVariant observation(QSqlDatabase db, const QString &region, const QString &indicator, int year)
{
    return scalar(db,
        QStringLiteral("SELECT value FROM observation_rows WHERE region = ? AND indicator = ? AND year = ?"),
        { region, indicator, year });
}

} // namespace air::test
