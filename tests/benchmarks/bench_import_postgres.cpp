// Benchmark (not a test): import of ~1,000,000 observations into a team database on PostgreSQL,
// side by side with psql's \copy of the same observations file into a plain table (no keys, no
// checks) on the same server. Run by hand against the throwaway test server:
//   ctest --test-dir build -L benchmark -R bench_import_postgres -V
// or: bench_import_postgres postgresql://USER@HOST:PORT/DB [ROWS_DIR]  (a user that may create databases)
#include "syntheticdataset.h"

#include "import/bundleddataset.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool psql(const QString &url, const QStringList &commands, QString *error)
{
    QStringList args = { u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, url };
    for (const QString &c : commands)
        args << u"-c"_s << c;
    QProcess p;
    p.start(u"psql"_s, args);
    if (!p.waitForFinished(900000) || p.exitCode() != 0) {
        *error = QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    return true;
}

QString withDatabase(const QString &server, const QString &name)
{
    QUrl url(server);
    url.setPath(u'/' + name);
    return url.toString();
}

double runCopy(const QString &server, const QString &dir)
{
    QString error;
    if (!psql(server, { u"DROP TABLE IF EXISTS bench_plain"_s,
                          u"CREATE TABLE bench_plain (region text, indicator text, year int, value float8, status text, "
                          "source text, note text)"_s },
            &error)) {
        std::fprintf(stderr, "psql failed: %s\n", qPrintable(error));
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!psql(server, { u"\\copy bench_plain FROM '%1/observations.csv' WITH (FORMAT csv, HEADER true)"_s.arg(dir) }, &error)) {
        std::fprintf(stderr, "psql \\copy failed: %s\n", qPrintable(error));
        return -1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    (void)psql(server, { u"DROP TABLE bench_plain"_s }, &error);
    return seconds;
}

// The server's own share: psql's \copy of the rows just imported (as refs, the form the import
// sends) into a table like observations with its primary key and checks but no references, so that
// what is left between this and the import is the program's (reading, validating, references).
double runKeyedCopy(const QString &database, const QString &dir)
{
    QString error;
    const QString refs = dir + u"/observation_refs.txt"_s;
    if (!psql(database, { u"\\copy (SELECT region_ref, indicator_ref, year, value, status, source_ref, note, origin "
                          "FROM observations WHERE origin = 'user') TO '%1'"_s.arg(refs),
                          u"CREATE TABLE bench_keyed (LIKE observations INCLUDING DEFAULTS INCLUDING CONSTRAINTS "
                          "INCLUDING INDEXES)"_s },
            &error)) {
        std::fprintf(stderr, "psql failed: %s\n", qPrintable(error));
        return -1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!psql(database, { u"\\copy bench_keyed (region_ref, indicator_ref, year, value, status, source_ref, note, origin) "
                          "FROM '%1'"_s.arg(refs) },
            &error)) {
        std::fprintf(stderr, "psql \\copy failed: %s\n", qPrintable(error));
        return -1;
    }
    const double seconds = timer.elapsed() / 1000.0;
    QFile::remove(refs);
    return seconds;
}

double runImporter(const QString &server, const QString &dir, int run, qint64 *written, double *floorSeconds)
{
    const QString name = u"bench_import_%1_%2"_s.arg(QCoreApplication::applicationPid()).arg(run);
    QString error;
    if (!psql(server, { u"CREATE DATABASE %1"_s.arg(name) }, &error)) {
        std::fprintf(stderr, "cannot create a database: %s\n", qPrintable(error));
        return -1;
    }
    double seconds = -1;
    {
        // The bundled dataset first (untimed): the province rows the districts hang from.
        air::Result<std::shared_ptr<air::Storage>> storage = air::openWithBundledData(withDatabase(server, name));
        if (!storage) {
            std::fprintf(stderr, "%s\n", qPrintable(storage.errorText()));
        } else {
            QElapsedTimer timer;
            timer.start();
            air::Result<air::ImportReport> report = air::Importer::importFiles(**storage,
                { dir + u"/regions.csv"_s, dir + u"/indicators.csv"_s, dir + u"/sources.csv"_s, dir + u"/observations.csv"_s },
                air::ImportOptions {});
            seconds = timer.elapsed() / 1000.0;
            if (report)
                *written = report->files.last().written;
            else {
                std::fprintf(stderr, "%s\n", qPrintable(report.errorText().left(2000)));
                seconds = -1;
            }
            (*storage)->releaseThread();
        }
    }
    if (seconds >= 0 && floorSeconds)
        *floorSeconds = runKeyedCopy(withDatabase(server, name), dir);
    (void)psql(server, { u"DROP DATABASE %1 WITH (FORCE)"_s.arg(name) }, &error);
    return seconds;
}

QString serverUrl(const QStringList &args)
{
    if (args.size() > 1 && args.at(1).startsWith(u"postgres"_s))
        return args.at(1);
    QFile file(qEnvironmentVariable("AIR_TEST_POSTGRES_URL_FILE"));
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll()).trimmed();
    return qEnvironmentVariable("AIR_TEST_POSTGRES_URL");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString server = serverUrl(app.arguments());
    if (server.isEmpty()) {
        std::fprintf(stderr, "no server: give postgresql://USER@HOST:PORT/DB, or run through ctest (the postgres fixture)\n");
        return 1;
    }
    QTemporaryDir tmp;
    const QString dir = app.arguments().size() > 2 ? app.arguments().at(2) : tmp.path();
    QElapsedTimer timer;
    timer.start();
    const qint64 rows = air::bench::writeSyntheticDataset(dir);
    std::printf("generated %lld synthetic observations in %.2f s (%s)\n", static_cast<long long>(rows),
        timer.elapsed() / 1000.0, qPrintable(dir));
    const int runs = 3;
    double bestCopy = 1e9, bestImport = 1e9, bestKeyed = 1e9;
    qint64 written = 0;
    for (int run = 0; run < runs; ++run) {
        const double copy = runCopy(server, dir);
        double keyed = -1;
        const double import = runImporter(server, dir, run, &written, &keyed);
        if (copy < 0 || import < 0 || keyed < 0)
            return 1;
        std::printf("run %d: psql \\copy %.2f s, into a keyed table %.2f s, ai-readiness import %.2f s (%lld observations "
                    "written, every row validated)\n",
            run + 1, copy, keyed, import, static_cast<long long>(written));
        bestCopy = qMin(bestCopy, copy);
        bestKeyed = qMin(bestKeyed, keyed);
        bestImport = qMin(bestImport, import);
    }
    std::printf("best of %d: psql \\copy %.2f s (into a keyed table %.2f s), import %.2f s, ratio %.2f (target <= 1.5; "
                "%.2f against the keyed table)\n",
        runs, bestCopy, bestKeyed, bestImport, bestImport / bestCopy, bestImport / bestKeyed);
    return 0;
}
