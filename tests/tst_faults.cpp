// Faults an official will cause sooner or later, on real files and real processes: the program
// killed mid-import, a damaged database file, a read-only file or folder, two programs writing
// to one database, and a full disk while exporting.
#include "storage/sqlite/sqlitestorage.h"
#include "import/importer.h"
#include "items/observationsmodel.h"
#include "io/savefile.h"

#include "clisupport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace air;
using test::CliRun;
using test::openToEveryone;
using test::runCli;

namespace {

// A database with the bundled dataset, closed again (so the WAL is folded into the file).
void createDatabase(const QString &path)
{
    const auto database = Database::open(path);
    if (!database)
        qFatal("%s", qPrintable(database.errorText()));
    {
        QSqlDatabase db = database->connection();
        if (Status s = BundledDataset::ensureLoaded(test::storageOf(db)); !s)
            qFatal("%s", qPrintable(s.errorText()));
    }
    database->closeThreadConnection();
}

// One value from the file, opened and closed again (every handle gone before the close, so that
// SQLite really closes the file and folds its WAL back in).
QVariant queryOnce(const QString &path, const QString &statement)
{
    const auto database = Database::open(path, Database::Options { -1, false });
    if (!database)
        return database.errorText();
    QVariant value;
    {
        QSqlDatabase db = database->connection();
        value = test::scalar(db, statement);
    }
    database->closeThreadConnection();
    return value;
}

qint64 observationCount(const QString &path)
{
    return queryOnce(path, u"SELECT count(*) FROM observations"_s).toLongLong();
}

QString integrityCheck(const QString &path)
{
    return queryOnce(path, u"PRAGMA integrity_check"_s).toString();
}

// Observations for years no source covers (1901..), one row per region, indicator and year:
// valid for the bundled regions and indicators, and never colliding with the bundled rows.
QByteArray syntheticObservations(const QString &databasePath, int firstYear, int years)
{
    auto database = Database::open(databasePath);
    QStringList regions, indicators;
    QString source;
    {
        QSqlDatabase db = database->connection();
        QSqlQuery q(db);
        q.exec(u"SELECT code FROM regions WHERE level <= 1 ORDER BY code"_s);
        while (q.next())
            regions << q.value(0).toString();
        q.exec(u"SELECT id FROM indicators ORDER BY id"_s);
        while (q.next())
            indicators << q.value(0).toString();
        source = test::scalar(db, u"SELECT id FROM sources ORDER BY id LIMIT 1"_s).toString();
    }
    database->closeThreadConnection();

    QByteArray csv = "region,indicator,year,value,status,source,note\n";
    for (int year = firstYear; year < firstYear + years; ++year)
        for (const QString &r : regions)
            for (const QString &i : indicators)
                csv += u"%1,%2,%3,%4,estimate,%5,synthetic test row\n"_s.arg(r, i)
                           .arg(year)
                           .arg(year % 97 + 1)
                           .arg(source)
                           .toUtf8();
    return csv;
}

} // namespace

class TestFaults final : public QObject {
    Q_OBJECT
private slots:
    void damagedDatabaseIsRefusedUntouched_data();
    void damagedDatabaseIsRefusedUntouched();
    void freshPathBesideNeverOverwrites();
    void readOnlyOptionRefusesWrites();
    void readOnlyFileOpensReadOnly_data();
    void readOnlyFileOpensReadOnly();
    void twoProcessesWriteTheSameDatabase();
    void anEditWaitsForAnotherWriter();
    void killedImportsLoseNothing();
    void diskFullLeavesNoPartialFile();
    void outputsNeverReplaceDevicesFifosOrTheDatabase();
    void foreignOrDamagedWalIsNotFoldedInSilently();
    void lockedFileIsNotCalledDamaged();
    void readOnlyDiagnosesAreRight();
    void sizelessFileSystemIsNotCalledFull();
};

void TestFaults::damagedDatabaseIsRefusedUntouched_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("reason");
    QTest::newRow("cut to 60%") << u"truncate"_s << u"damaged"_s;
    QTest::newRow("cut to its header") << u"header"_s << u"cut short"_s;
    QTest::newRow("random bytes over pages") << u"pages"_s << u"damaged"_s;
    QTest::newRow("last pages overwritten, then a crash") << u"crash"_s << u"damaged"_s;
    QTest::newRow("random bytes throughout") << u"random"_s << u"not an SQLite database"_s;
    QTest::newRow("a PDF named .sqlite") << u"pdf"_s << u"not an SQLite database"_s;
}

void TestFaults::damagedDatabaseIsRefusedUntouched()
{
    QFETCH(QString, damage);
    QFETCH(QString, reason);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"정책.sqlite"_s);
    createDatabase(path);
    QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.size() > 64 * 1024);
    QRandomGenerator random(42);
    if (damage == u"truncate"_s) {
        bytes.truncate(bytes.size() * 6 / 10);
    } else if (damage == u"header"_s) {
        bytes.truncate(100);
    } else if (damage == u"pages"_s) {
        // Every page after the first two: the schema survives, the tables do not.
        for (qsizetype i = 8192; i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
    } else if (damage == u"crash"_s) {
        // Only the last pages (table data, not the schema): SQLite reads the schema fine, so
        // only the structure check after an unclean end (a -wal file left behind) finds it.
        for (qsizetype i = bytes.size() - 3 * 4096; i < bytes.size(); ++i)
            bytes[i] = char(random.bounded(256));
        QVERIFY(test::writeFile(path + u"-wal"_s, QByteArray()));
    } else if (damage == u"random"_s) {
        for (char &c : bytes)
            c = char(random.bounded(256));
    } else {
        bytes
            = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + QByteArray(4096, ' ');
    }
    QVERIFY(test::writeFile(path, bytes));
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);

    const auto opened = Database::open(path);
    QVERIFY2(!opened.ok(), "a damaged database was opened");
    QVERIFY2(opened.errorText().contains(reason), qPrintable(opened.errorText()));
    QVERIFY2(opened.errorText().contains(u"untouched"_s), qPrintable(opened.errorText()));
    QCOMPARE(QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256), digest);

    // The command line says the same and exits non-zero, still without touching the file.
    const CliRun run = runCli({ u"--db"_s, path, u"check"_s });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(reason), qPrintable(run.err));
    QCOMPARE(QCryptographicHash::hash(test::readFile(path), QCryptographicHash::Sha256), digest);
}

void TestFaults::freshPathBesideNeverOverwrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"ai.sqlite"_s);
    QCOMPARE(Database::freshPathBeside(path), dir.filePath(u"ai-new.sqlite"_s));
    QVERIFY(test::writeFile(dir.filePath(u"ai-new.sqlite"_s), "x"));
    QCOMPARE(Database::freshPathBeside(path), dir.filePath(u"ai-new-2.sqlite"_s));
}

void TestFaults::readOnlyOptionRefusesWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    createDatabase(path);
    const QByteArray before = test::readFile(path);

    Database::Options options;
    options.readOnly = true;
    const auto database = Database::open(path, options);
    QVERIFY2(database.ok(), qPrintable(database.errorText()));
    QVERIFY(database->readOnly());
    {
        QSqlDatabase db = database->connection();
        QVERIFY(isReadOnly(db));
        QVERIFY(test::scalar(db, u"SELECT count(*) FROM observations"_s).toInt() > 1000);

        const QString csv = dir.filePath(u"new.csv"_s);
        QVERIFY(test::writeFile(csv, "region,indicator,year,value,status,source,note\n"));
        const auto report = Importer::importFiles(test::storageOf(db), { csv }, {});
        QVERIFY(!report.ok());
        QVERIFY2(report.errorText().contains(u"read-only"_s), qPrintable(report.errorText()));

        ObservationsModel model(test::storageOf(db));
        QVERIFY(model.load({}));
        QVERIFY(model.rowCount() > 0);
        const QModelIndex value = model.index(0, ObservationsModel::Value);
        QVERIFY(!(model.flags(value) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(value, 1.0));
        QSqlQuery q(db);
        QVERIFY(!q.exec(u"DELETE FROM observations"_s));
    }
    database->closeThreadConnection();
    QCOMPARE(test::readFile(path), before);
}

void TestFaults::readOnlyFileOpensReadOnly_data()
{
    QTest::addColumn<bool>("folderReadOnly");
    QTest::newRow("file without write permission") << false;
    QTest::newRow("folder without write permission") << true;
}

void TestFaults::readOnlyFileOpensReadOnly()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run the program as 'nobody' (root may write any file)");
    QFETCH(bool, folderReadOnly);
    QTemporaryDir dir;
    openToEveryone(dir);
    const QString path = dir.filePath(u"db.sqlite"_s);
    createDatabase(path);
    const QString csv = dir.filePath(u"new.csv"_s);
    QVERIFY(test::writeFile(csv, "region,indicator,year,value,status,source,note\n"));
    QVERIFY(QFile::setPermissions(csv, QFileDevice::Permissions(0x4444)));
    if (folderReadOnly) {
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x6666)));
        QVERIFY(QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x5555)));
    } else {
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions(0x4444)));
    }
    const QByteArray before = test::readFile(path);

    CliRun run = runCli({ u"--db"_s, path, u"check"_s }, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));

    run = runCli({ u"--db"_s, path, u"import"_s, csv }, true);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"read-only"_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"nothing was written"_s), qPrintable(run.err));

    // Reading still works: the index of the read-only file.
    run = runCli({ u"--db"_s, path, u"index"_s, u"-o"_s, u"-"_s }, true);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    QFile::setPermissions(dir.path(), QFileDevice::Permissions(0x7777));
    QCOMPARE(test::readFile(path), before);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestFaults::twoProcessesWriteTheSameDatabase()
{
    // Two programs start on the same new file at the same moment, each importing its own
    // 57,600 rows: both must succeed (one waits for the other's write lock), nothing lost.
    QTemporaryDir dir;
    const QString scratch = dir.filePath(u"scratch.sqlite"_s);
    createDatabase(scratch);
    QVERIFY(test::writeFile(dir.filePath(u"a.csv"_s), syntheticObservations(scratch, 1901, 50)));
    QVERIFY(test::writeFile(dir.filePath(u"b.csv"_s), syntheticObservations(scratch, 1951, 50)));
    // The expected result: the same two imports one after the other.
    const QString sequential = dir.filePath(u"sequential.sqlite"_s);
    QVERIFY(runCli({ u"--db"_s, sequential, u"import"_s, dir.filePath(u"a.csv"_s) }).exitCode == 0);
    QVERIFY(runCli({ u"--db"_s, sequential, u"import"_s, dir.filePath(u"b.csv"_s) }).exitCode == 0);

    const QString path = dir.filePath(u"shared.sqlite"_s);
    QProcess a, b;
    a.start(QStringLiteral(AIR_EXECUTABLE), { u"--db"_s, path, u"import"_s, dir.filePath(u"a.csv"_s) });
    b.start(QStringLiteral(AIR_EXECUTABLE), { u"--db"_s, path, u"import"_s, dir.filePath(u"b.csv"_s) });
    QVERIFY(a.waitForFinished(300000));
    QVERIFY(b.waitForFinished(300000));
    QVERIFY2(a.exitCode() == 0, a.readAllStandardError().constData());
    QVERIFY2(b.exitCode() == 0, b.readAllStandardError().constData());
    QCOMPARE(observationCount(path), observationCount(sequential));
    QCOMPARE(queryOnce(path, u"SELECT sum(value) FROM observations"_s),
        queryOnce(sequential, u"SELECT sum(value) FROM observations"_s));
    QCOMPARE(integrityCheck(path), u"ok"_s);
}

void TestFaults::anEditWaitsForAnotherWriter()
{
    // The window's edit while another program holds the write lock for 1.5 s (Python's sqlite3,
    // a writer that is not ours): the edit waits (busy timeout) and then succeeds.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"db.sqlite"_s);
    createDatabase(path);
    const auto database = Database::open(path);
    QVERIFY(database.ok());
    {
        ObservationsModel model(test::storageOf(database->connection()));
        QVERIFY(model.load({}));
        const QModelIndex value = model.index(0, ObservationsModel::Value);

        QProcess writer;
        writer.start(u"python3"_s,
            { u"-c"_s,
                u"import sqlite3, sys, time\n"
                "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
                "c.execute('BEGIN IMMEDIATE')\n"
                "print('locked', flush=True)\n"
                "time.sleep(1.5)\n"
                "c.execute('COMMIT')\n"_s,
                path });
        QVERIFY(writer.waitForReadyRead(30000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("locked"));
        QElapsedTimer waited;
        waited.start();
        // Without the busy timeout the UPDATE would fail at once with "database is locked".
        QVERIFY(model.setData(value, 12345.0));
        QVERIFY2(waited.elapsed() >= 500, "the edit did not wait for the other writer");
        QVERIFY(writer.waitForFinished(30000));
        QCOMPARE(writer.exitCode(), 0);
    }
    database->closeThreadConnection();
    QCOMPARE(queryOnce(path, u"SELECT count(*) FROM observations WHERE value = 12345"_s).toInt(), 1);
}

void TestFaults::killedImportsLoseNothing()
{
    // 20 imports of 201,600 rows killed with SIGKILL at random moments (from before the program
    // has opened the file to after it has committed): the file always opens, passes
    // integrity_check, and holds either every row from before or every row after.
    QTemporaryDir dir;
    const QString pristine = dir.filePath(u"pristine.sqlite"_s);
    createDatabase(pristine);
    const QByteArray csv = syntheticObservations(pristine, 1901, 175);
    const QString csvPath = dir.filePath(u"large.csv"_s);
    QVERIFY(test::writeFile(csvPath, csv));
    const qint64 before = observationCount(pristine);
    const QByteArray pristineBytes = test::readFile(pristine);
    const QString path = dir.filePath(u"db.sqlite"_s);
    const QStringList arguments { u"--db"_s, path, u"import"_s, csvPath };

    // How long an import takes here, to spread the kills over it.
    QVERIFY(test::writeFile(path, pristineBytes));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(runCli(arguments).exitCode == 0);
    const int duration = int(timer.elapsed());
    // "After" is what the uninterrupted import leaves (some rows replace bundled ones).
    const qint64 after = observationCount(path);
    QVERIFY(after > before + 100000);

    QRandomGenerator random(20261126);
    int sawBefore = 0, sawAfter = 0;
    for (int run = 0; run < 20; ++run) {
        for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
            QFile::remove(path + suffix);
        QVERIFY(test::writeFile(path, pristineBytes));
        QProcess p;
        p.start(QStringLiteral(AIR_EXECUTABLE), arguments);
        QVERIFY(p.waitForStarted());
        QThread::msleep(random.bounded(duration * 11 / 10 + 1));
        p.kill(); // SIGKILL
        QVERIFY(p.waitForFinished(60000));

        QCOMPARE(integrityCheck(path), u"ok"_s);
        const qint64 rows = observationCount(path);
        QVERIFY2(rows == before || rows == after, qPrintable(u"run %1: %2 rows"_s.arg(run).arg(rows)));
        (rows == before ? sawBefore : sawAfter)++;
    }
    qInfo("import of %lld rows took %d ms; 20 kills: %d left the file as before, %d as after",
        qint64(csv.count('\n') - 1), duration, sawBefore, sawAfter);
}

void TestFaults::diskFullLeavesNoPartialFile()
{
    if (::geteuid() != 0)
        QSKIP("needs root to mount a small tmpfs");
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(u"full"_s);
    QVERIFY(QDir().mkpath(mountPoint));
    QProcess mount;
    mount.start(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=256k"_s, u"tmpfs"_s, mountPoint });
    if (!mount.waitForFinished(10000) || mount.exitCode() != 0)
        QSKIP("cannot mount a tmpfs here (a container without CAP_SYS_ADMIN?)");
    auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, { mountPoint }); });

    // Fill the disk but for 16 KB.
    const QString filler = QDir(mountPoint).filePath(u"filler"_s);
    QVERIFY(test::writeFile(filler, QByteArray(256 * 1024 - 16 * 1024, 'x')));

    const QString database = dir.filePath(u"db.sqlite"_s);
    createDatabase(database);
    const QString csv = QDir(mountPoint).filePath(u"observations.csv"_s);
    const QString pdf = QDir(mountPoint).filePath(u"briefing.pdf"_s);

    CliRun run
        = runCli({ u"--db"_s, database, u"export-csv"_s, u"--table"_s, u"observations"_s, u"-o"_s, csv });
    QVERIFY2(run.exitCode != 0, "an export to a full disk reported success");
    QVERIFY2(run.err.contains(csv), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"disk is full"_s), qPrintable(run.err));

    run = runCli({ u"--db"_s, database, u"--lang"_s, u"en"_s, u"export-pdf"_s, pdf });
    QVERIFY2(run.exitCode != 0, "a report written to a full disk reported success");
    QVERIFY2(run.err.contains(pdf), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"disk is full"_s), qPrintable(run.err));

    // No partial files, no leftovers: only the filler.
    QCOMPARE(QDir(mountPoint).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
        QStringList { u"filler"_s });
}

namespace {
mode_t fileType(const QString &path)
{
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}
} // namespace

// Issue 18, 1: the atomic save renamed a regular file over whatever the output path named: a FIFO
// (and as root /dev/null) became a regular file; the open database was overwritten by its export.
void TestFaults::outputsNeverReplaceDevicesFifosOrTheDatabase()
{
    QTemporaryDir dir;
    const QString database = dir.filePath(u"db.sqlite"_s);
    createDatabase(database);

    // A FIFO with a reader: the CSV goes through it and it stays a FIFO.
    const QString fifo = dir.filePath(u"pipe"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const int reader = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK);
    QVERIFY(reader >= 0);
    CliRun run = runCli({ u"--db"_s, database, u"index"_s, u"-o"_s, fifo });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
    QByteArray received(65536, 0);
    const ssize_t n = ::read(reader, received.data(), size_t(received.size()));
    ::close(reader);
    QVERIFY2(n > 0 && received.startsWith("region,readiness,"), received.left(80).constData());

    // A FIFO nobody reads: refused with a reason, not a hang.
    run = runCli({ u"--db"_s, database, u"export-csv"_s, u"--table"_s, u"regions"_s, u"-o"_s, fifo });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no program reads"_s), qPrintable(run.err));
    QCOMPARE(fileType(fifo), mode_t(S_IFIFO));

    // The database, its -wal and -shm, and a hard link to it: refused for every output option.
    const QByteArray before = test::readFile(database);
    const QString link = dir.filePath(u"link.sqlite"_s);
    QVERIFY(::link(QFile::encodeName(database).constData(), QFile::encodeName(link).constData()) == 0);
    const QList<QStringList> commands = {
        { u"export-csv"_s, u"--table"_s, u"regions"_s, u"-o"_s, database },
        { u"export-csv"_s, u"--table"_s, u"regions"_s, u"-o"_s, database + u"-wal"_s },
        { u"export-csv"_s, u"--table"_s, u"regions"_s, u"--output"_s, link },
        { u"index"_s, u"-o"_s, database + u"-shm"_s },
        { u"index"_s, u"--details"_s, database },
        { u"--lang"_s, u"en"_s, u"export-pdf"_s, database },
    };
    for (const QStringList &command : commands) {
        run = runCli(QStringList { u"--db"_s, database } + command);
        QVERIFY2(run.exitCode == 1, qPrintable(command.join(u' ') + u": "_s + run.err));
        QVERIFY2(run.err.contains(u"is the database this command reads"_s), qPrintable(run.err));
        QVERIFY2(test::readFile(database) == before, qPrintable(command.join(u' ')));
    }
    QVERIFY(!QFileInfo::exists(database + u"-wal"_s) || QFileInfo(database + u"-wal"_s).size() == 0
        || test::readFile(database) == before);

    // /dev/null: written, and still a character device (only checked once a FIFO survived above).
    if (fileType(u"/dev/null"_s) == S_IFCHR) {
        run = runCli({ u"--db"_s, database, u"index"_s, u"-o"_s, u"/dev/null"_s });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(fileType(u"/dev/null"_s), mode_t(S_IFCHR));
    }
}

namespace {
// Runs STATEMENTS on PATH through a connection of its own in WAL mode without checkpoints, and
// calls whileOpen with the -wal still holding them (before the close folds it in).
void writeWithWal(const QString &path, const QStringList &statements, const std::function<void()> &whileOpen = {})
{
    const QString name = u"wal-writer-"_s + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA journal_mode = WAL"_s));
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(q.lastError().text()));
        if (whileOpen)
            whileOpen();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList keptCopies(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().entryList({ info.fileName() + u"-wal.kept-*"_s }, QDir::Files);
}
} // namespace

// Issue 18, 4: a -wal beside the file was folded in whatever database it came from, and one with
// a flipped byte was dropped without a word.
void TestFaults::foreignOrDamagedWalIsNotFoldedInSilently()
{
    QTemporaryDir dir;
    const QString a = dir.filePath(u"a.sqlite"_s);
    const QString colleague = dir.filePath(u"colleague.sqlite"_s);
    const QString crashed = dir.filePath(u"crashed.sqlite"_s);
    createDatabase(a);
    QVERIFY(QFile::copy(a, colleague));
    // The colleague's copy goes its own way (three changes to its header page) ...
    writeWithWal(colleague, { u"CREATE TABLE colleague_one (x)"_s });
    writeWithWal(colleague, { u"CREATE TABLE colleague_two (x)"_s });
    writeWithWal(colleague, { u"CREATE TABLE colleague_three (x)"_s });
    // ... while a's -wal, left by a killed program, holds a table of its own.
    QByteArray aWal, aFile;
    writeWithWal(a, { u"CREATE TABLE only_in_a (x)"_s, u"INSERT INTO only_in_a VALUES (1)"_s }, [&] {
        aWal = test::readFile(a + u"-wal"_s);
        aFile = test::readFile(a);
    });
    QVERIFY(aWal.size() > 32);

    // The colleague's copy put in place, a's stale -wal beside it.
    QVERIFY(test::writeFile(colleague + u"-wal"_s, aWal));
    CliRun run = runCli({ u"--db"_s, colleague, u"check"_s });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.err.contains(u"was not this database's"_s), qPrintable(run.err));
    QCOMPARE(keptCopies(colleague).size(), 1);
    QCOMPARE(test::readFile(dir.filePath(keptCopies(colleague).first())), aWal);
    QCOMPARE(queryOnce(colleague, u"SELECT count(*) FROM sqlite_master WHERE name = 'only_in_a'"_s).toInt(), 0);
    QCOMPARE(queryOnce(colleague, u"SELECT count(*) FROM sqlite_master WHERE name = 'colleague_two'"_s).toInt(), 1);

    // a's file as the kill left it, with its own -wal but one byte flipped in the first frame's page.
    QVERIFY(test::writeFile(crashed, aFile));
    QByteArray flipped = aWal;
    flipped[32 + 24 + 100] = char(flipped[32 + 24 + 100] ^ 0x01);
    QVERIFY(test::writeFile(crashed + u"-wal"_s, flipped));
    run = runCli({ u"--db"_s, crashed, u"check"_s });
    QVERIFY2(run.err.contains(u"is damaged"_s) && run.err.contains(u"frame 1 of"_s), qPrintable(run.err));
    QCOMPARE(keptCopies(crashed).size(), 1);
    QCOMPARE(test::readFile(dir.filePath(keptCopies(crashed).first())), flipped);

    // Its own, intact -wal: folded in, with a copy kept and a word said.
    const QString intact = dir.filePath(u"intact.sqlite"_s);
    QVERIFY(test::writeFile(intact, aFile));
    QVERIFY(test::writeFile(intact + u"-wal"_s, aWal));
    run = runCli({ u"--db"_s, intact, u"check"_s });
    QVERIFY2(run.exitCode == 0 && run.err.contains(u"folded in"_s), qPrintable(run.err));
    QCOMPARE(keptCopies(intact).size(), 1);
    QCOMPARE(queryOnce(intact, u"SELECT count(*) FROM only_in_a"_s).toInt(), 1);
}

// Issue 18, 14: a file another program holds locked was called damaged (and the window would
// have offered a fresh database beside it).
void TestFaults::lockedFileIsNotCalledDamaged()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.sqlite"_s);
    createDatabase(path);
    const QString name = u"locker"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA locking_mode = EXCLUSIVE"_s));
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        QVERIFY(q.exec(u"UPDATE meta SET value = value WHERE key = 'schema_version'"_s));
        const CliRun run = runCli({ u"--db"_s, path, u"check"_s }); // waits for the busy timeout (10 s)
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"locked by another program"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"damaged"_s), qPrintable(run.err));
        QVERIFY(q.exec(u"ROLLBACK"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Issue 18, 14: a good database with a -wal left behind, in a folder the user cannot write, and a
// damaged file without write permission were both called "not one of this program's".
void TestFaults::readOnlyDiagnosesAreRight()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run the program as 'nobody'");
    QTemporaryDir dir;
    openToEveryone(dir);
    const QString folder = dir.filePath(u"ro"_s);
    QVERIFY(QDir().mkpath(folder));
    const QString good = QDir(folder).filePath(u"good.sqlite"_s);
    createDatabase(good);
    QByteArray wal;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"walmaker"_s);
        db.setDatabaseName(good);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
        QVERIFY(q.exec(u"CREATE TABLE later (x)"_s));
        wal = test::readFile(good + u"-wal"_s);
        const QByteArray file = test::readFile(good);
        db.close();
        QVERIFY(test::writeFile(good, file)); // as a kill would have left it
    }
    QSqlDatabase::removeDatabase(u"walmaker"_s);
    QVERIFY(test::writeFile(good + u"-wal"_s, wal));
    QFile::remove(good + u"-shm"_s);
    const QString damaged = QDir(folder).filePath(u"damaged.sqlite"_s);
    createDatabase(damaged);
    QByteArray bytes = test::readFile(damaged);
    for (qsizetype i = 4096; i < bytes.size(); ++i)
        bytes[i] = char(0x5a);
    QVERIFY(test::writeFile(damaged, bytes));
    for (const QString &f : QDir(folder).entryList(QDir::Files))
        QFile::setPermissions(QDir(folder).filePath(f), QFileDevice::Permissions(0x4444));
    QFile::setPermissions(folder, QFileDevice::Permissions(0x5555));
    auto restore = qScopeGuard([&] { QFile::setPermissions(folder, QFileDevice::Permissions(0x7777)); });

    CliRun run = runCli({ u"--db"_s, good, u"check"_s }, true);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"unclean end"_s) && !run.err.contains(u"not one of this program's"_s), qPrintable(run.err));
    run = runCli({ u"--db"_s, damaged, u"check"_s }, true);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"damaged"_s) && !run.err.contains(u"not one of this program's"_s), qPrintable(run.err));
}

// Issue 18, 18: a file system that reports 0 bytes in all (procfs here, some FUSE file systems)
// was called full; the failure is the system's own reason.
void TestFaults::sizelessFileSystemIsNotCalledFull()
{
    const QStorageInfo proc(u"/proc"_s);
    if (!proc.isValid() || proc.bytesTotal() != 0)
        QSKIP("no /proc reporting a size of 0 here");
    const QString path = u"/proc/air-hostile-test.csv"_s;
    const Status saved = saveFile(path, QByteArray(2048, 'x'));
    QVERIFY(!saved.ok());
    QVERIFY2(!saved.errorText().contains(u"disk is full"_s), qPrintable(saved.errorText()));
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
