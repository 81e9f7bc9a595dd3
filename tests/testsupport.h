#pragma once

// Helpers shared by the test suites: fixtures, throw-away databases on real files, table dumps.
#include "import/bundleddataset.h"
#include "import/importer.h"
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

// The storage whose connection DB is (opened by openTempDatabase or openStorage below).
inline Storage &storageOf(const QSqlDatabase &db)
{
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

// A database in a temporary directory, on a real file, through the storage the program uses.
struct TempDatabase {
    QTemporaryDir dir;
    std::shared_ptr<SqliteStorage> storage;

    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
    // The storage's own connection, for looking into the file.
    QSqlDatabase db() const { return storage->connection(); }
    Storage &store() const { return *storage; }
};

inline std::unique_ptr<TempDatabase> openTempDatabase(bool bundled = true)
{
    auto t = std::make_unique<TempDatabase>();
    Result<std::shared_ptr<SqliteStorage>> opened = SqliteStorage::open(t->path());
    if (!opened)
        qFatal("cannot open the test database: %s", qPrintable(opened.errorText()));
    t->storage = *opened;
    registerStorage(t->storage);
    if (bundled) {
        if (Status s = BundledDataset::ensureLoaded(*t->storage); !s)
            qFatal("cannot load the bundled dataset: %s", qPrintable(s.errorText()));
    }
    return t;
}

// Every row of every table, in a stable order: equal dumps mean an unchanged database.
inline QString dumpDatabase(QSqlDatabase db)
{
    QString out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        out += QStringLiteral("== ") + table + u'\n';
        QSqlQuery rows(db);
        rows.exec(QStringLiteral("SELECT * FROM ") + table + QStringLiteral(" ORDER BY 1, 2, 3"));
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i)
                fields << rows.value(i).toString();
            out += fields.join(u'|') + u'\n';
        }
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
