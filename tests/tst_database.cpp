// The database layer on real files: connection settings, migrations one step at a time, the
// bundled dataset's first load and refresh (never touching a user's rows), and refusals.
#include "import/bundleddataset.h"
#include "storage/sqlite/schema.h"
#include "import/importer.h"
#include "storage/networkfilesystem.h"

#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlError>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace air;

class TestDatabase final : public QObject {
    Q_OBJECT
private slots:
    void connectionSettings();
    void createsMissingFileAndFolder();
    void migratesVersion1ToLatestOnARealFile();
    void loadsBundledDatasetOnce();
    void refreshKeepsUserRows();
    void refusesNonDatabases_data();
    void refusesNonDatabases();
    void oneConnectionPerThread();
    void refusedFilesAreNotModified_data();
    void refusedFilesAreNotModified();
    void networkShareIsOpenedWithANotice();
};

void TestDatabase::connectionSettings()
{
    auto t = test::openTempDatabase(false);
    QSqlDatabase db = t->db();
    QCOMPARE(test::scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(test::scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QVERIFY(test::scalar(db, u"PRAGMA busy_timeout"_s).toInt() >= 5000);
    // Foreign keys are really enforced.
    QSqlQuery q(db);
    QVERIFY(!q.exec(u"INSERT INTO regions (code, name_ko, name_en, level, parent, origin) "
                    "VALUES ('KR-99', 'x', 'x', 1, 'KR-nowhere', 'user')"_s));
}

void TestDatabase::createsMissingFileAndFolder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a/b/c.sqlite"_s);
    const auto database = Database::open(path, Database::Options { -1 });
    QVERIFY2(database.ok(), qPrintable(database.errorText()));
    QVERIFY(QFile::exists(path));
    QSqlDatabase db = database->connection();
    QCOMPARE(schema::currentVersion(db), schema::latestVersion());
}

void TestDatabase::migratesVersion1ToLatestOnARealFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        const auto v1 = Database::open(path, Database::Options { 1 });
        QVERIFY2(v1.ok(), qPrintable(v1.errorText()));
        QSqlDatabase db = v1->connection();
        QCOMPARE(schema::currentVersion(db), 1);
        QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'plan_items_by_pillar'"_s).toInt(), 0);
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"INSERT INTO sources (id, publisher, title, origin) VALUES ('s', 'p', 't', 'user')"_s));
        }
        db = QSqlDatabase();
        v1->closeThreadConnection();
    }
    const auto v2 = Database::open(path, Database::Options { -1 });
    QVERIFY2(v2.ok(), qPrintable(v2.errorText()));
    QSqlDatabase db = v2->connection();
    QCOMPARE(schema::currentVersion(db), schema::latestVersion());
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'plan_items_by_pillar'"_s).toInt(), 1);
    QCOMPARE(test::scalar(db, u"SELECT title FROM sources WHERE id = 's'"_s).toString(), u"t"_s);
    // Version 3: the figure cache and the observations' version, bumped by a change.
    QCOMPARE(schema::observationsVersion(db), 0);
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO regions (code, name_ko, name_en, level, origin) VALUES ('KR', '전국', 'Korea', 0, 'user')"_s));
        QVERIFY(q.exec(u"INSERT INTO indicators (id, pillar, name_ko, name_en, unit, direction, group_rule, origin) "
                       "VALUES ('i', 'talent', 'i', 'i', '%', 'higher', 'sum', 'user')"_s));
        QVERIFY2(q.exec(u"INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, origin) "
                        "SELECT r.ref, i.ref, 2020, 1, 'official', s.ref, 'user' FROM regions r, indicators i, sources s"_s),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(u"UPDATE observations SET value = 2"_s));
    }
    QCOMPARE(schema::observationsVersion(db), 2);
    // Version 4: the rebuilt tables kept their rows and take what is new; the foreign keys are back on.
    {
        QSqlQuery q(db);
        QCOMPARE(test::scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QVERIFY2(q.exec(u"INSERT INTO indicators (id, pillar, name_ko, name_en, unit, direction, group_rule, origin, kind, "
                        "values_from, as_of) VALUES ('b', 'benchmark', 'b', 'b', '점', 'higher', 'sum', 'user', NULL, "
                        "NULL, '2022'), ('i_share', 'talent', 's', 's', '%', 'higher', 'sum', 'user', 'mass', 'i', '2020')"_s),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"INSERT INTO indicators (id, pillar, name_ko, name_en, unit, direction, group_rule, origin, kind) "
                        "VALUES ('k', 'talent', 'k', 'k', '%', 'higher', 'sum', 'user', 'size')"_s));
        QVERIFY2(q.exec(u"UPDATE observations SET status = 'user'"_s), qPrintable(q.lastError().text()));
        QCOMPARE(test::scalar(db, u"SELECT value FROM observation_rows WHERE indicator = 'i'"_s).toDouble(), 2.0);
        QVERIFY2(q.exec(u"INSERT INTO facts (id, pillar, text_ko, text_en, source, origin) VALUES ('f', 'infrastructure', "
                        "'가', 'a', 's', 'user')"_s),
            qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"INSERT INTO facts (id, pillar, text_ko, text_en, source, origin) VALUES ('g', 'infrastructure', "
                        "'가', 'a', 'no such source', 'user')"_s));
        QCOMPARE(schema::observationsVersion(db), 3); // the triggers were recreated with the table
    }
}

void TestDatabase::loadsBundledDatasetOnce()
{
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    QCOMPARE(test::scalar(db, u"SELECT value FROM meta WHERE key = 'bundled_dataset'"_s).toString(),
        BundledDataset::version());
    const int rows = test::scalar(db, u"SELECT COUNT(*) FROM observations"_s).toInt();
    QVERIFY(rows > 2000);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observations WHERE origin <> 'bundled'"_s).toInt(), 0);
    // Opening again loads nothing twice.
    QVERIFY(BundledDataset::ensureLoaded(t->store()).ok());
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observations"_s).toInt(), rows);
}

void TestDatabase::refreshKeepsUserRows()
{
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    // A user's own figure for a bundled key, and a user's figure for a new key.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"mine.csv"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("region,indicator,year,value,status,source,note\n"
            "KR-46,population,2024,1,estimate,kosis_population_2007_2025,mine\n"
            "KR-46,population,2030,2,estimate,kosis_population_2007_2025,mine\n");
    f.close();
    QVERIFY(Importer::importFiles(test::storageOf(db), { file }, {}).ok());
    // Pretend the program now bundles another dataset, and that a bundled row had drifted.
    QSqlQuery q(db);
    QVERIFY(q.exec(u"UPDATE meta SET value = 'older' WHERE key = 'bundled_dataset'"_s));
    QVERIFY(q.exec(u"UPDATE observations SET value = 0 WHERE origin = 'bundled' AND year = 2024 "
                   "AND region_ref = (SELECT ref FROM regions WHERE code = 'KR-41') "
                   "AND indicator_ref = (SELECT ref FROM indicators WHERE id = 'population')"_s));
    QVERIFY(BundledDataset::ensureLoaded(test::storageOf(db)).ok());
    QCOMPARE(test::observation(db, u"KR-41"_s, u"population"_s, 2024).toDouble(), 13694685.0);
    QCOMPARE(test::observation(db, u"KR-46"_s, u"population"_s, 2024).toDouble(), 1.0);
    QCOMPARE(test::observation(db, u"KR-46"_s, u"population"_s, 2030).toDouble(), 2.0);
    QCOMPARE(test::scalar(db, u"SELECT value FROM meta WHERE key = 'bundled_dataset'"_s).toString(),
        BundledDataset::version());
}

void TestDatabase::refusesNonDatabases_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("directory");
    QTest::addColumn<QString>("reason");
    QTest::newRow("a directory") << QByteArray() << true << u"directory"_s;
    QTest::newRow("a text file") << QByteArray("region,indicator\n") << false << u"not an SQLite database"_s;
    QTest::newRow("random bytes") << QByteArray(8192, '\x5a') << false << u"not an SQLite database"_s;
}

void TestDatabase::refusesNonDatabases()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, directory);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"x.sqlite"_s);
    if (directory) {
        QVERIFY(QDir().mkpath(path));
    } else {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const auto database = Database::open(path);
    QVERIFY(!database.ok());
    QVERIFY2(database.errorText().contains(reason), qPrintable(database.errorText()));
    if (!directory) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), content); // never overwritten
    }
}

void TestDatabase::oneConnectionPerThread()
{
    auto t = test::openTempDatabase(false);
    const QString mine = t->db().connectionName();
    QString theirs;
    int foreignKeys = 0;
    QThread *thread = QThread::create([&] {
        QSqlDatabase db = t->db();
        theirs = db.connectionName();
        foreignKeys = test::scalar(db, u"PRAGMA foreign_keys"_s).toInt();
        db = QSqlDatabase();
        t->storage->releaseThread();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!theirs.isEmpty());
    QVERIFY(theirs != mine);
    QCOMPARE(foreignKeys, 1);
}

// Issue 18, 10: a file of another program, or of a newer schema, was refused after the read-write
// connection had set WAL mode (bytes 18 and 19 of its header changed).
void TestDatabase::refusedFilesAreNotModified_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("reason");
    QTest::newRow("another program's") << QStringList { u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s,
        u"INSERT INTO notes (text) VALUES ('mine')"_s } << u"not one of this program's"_s;
    QTest::newRow("a newer schema") << QStringList { u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
        u"INSERT INTO meta VALUES ('schema_version', '99')"_s } << u"newer version of the program"_s;
}

void TestDatabase::refusedFilesAreNotModified()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY(q.exec(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const QByteArray before = test::readFile(path);
    QVERIFY(before.size() >= 512);
    const auto database = Database::open(path);
    QVERIFY(!database.ok());
    QVERIFY2(database.errorText().contains(reason), qPrintable(database.errorText()));
    QCOMPARE(test::readFile(path), before);
    QVERIFY(!QFileInfo::exists(path + u"-wal"_s));
}

// A file on a network share (AIR_TEST_NETWORK_FS stands for the mount, since nothing can be mounted
// here) opens, new or existing, read-write or read-only, with a notice that says why it is unsafe and
// names the team database; a local file has no such notice.
void TestDatabase::networkShareIsOpenedWithANotice()
{
    QTemporaryDir dir;
    const QString share = dir.filePath(u"share"_s);
    QVERIFY(QDir().mkpath(share));
    const QString onShare = share + u"/team.sqlite"_s;
    const QString local = dir.filePath(u"local.sqlite"_s);
    qputenv(testNetworkFileSystemVariable, share.toUtf8());
    const auto networkNotices = [](const QStringList &notices) {
        QStringList found;
        for (const QString &n : notices)
            if (n.contains(u"network file system"_s))
                found << n;
        return found;
    };
    for (const bool readOnly : { false, true, false }) { // created, then reopened both ways
        SqliteStorage::Options options;
        options.readOnly = readOnly && QFileInfo::exists(onShare);
        const auto opened = SqliteStorage::open(onShare, options);
        QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
        const QStringList notices = networkNotices((*opened)->notices());
        QCOMPARE(notices.size(), 1);
        QVERIFY2(notices.first().startsWith(u"%1 lies on a network file system (nfs)."_s.arg(onShare)), qPrintable(notices.first()));
        QVERIFY2(notices.first().contains(u"two desks writing to this file at once can damage it"_s), qPrintable(notices.first()));
        QVERIFY2(notices.first().contains(u"--db postgresql://USER@HOST/DB"_s), qPrintable(notices.first()));
        (*opened)->releaseThread();
    }
    QVERIFY(QFileInfo::exists(onShare));
    const auto opened = SqliteStorage::open(local);
    QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
    QVERIFY((*opened)->notices().isEmpty());
    (*opened)->releaseThread();
    qunsetenv(testNetworkFileSystemVariable);
    const auto unset = SqliteStorage::open(onShare);
    QVERIFY2(unset.ok(), qPrintable(unset.errorText()));
    QVERIFY(networkNotices((*unset)->notices()).isEmpty());
    (*unset)->releaseThread();
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
