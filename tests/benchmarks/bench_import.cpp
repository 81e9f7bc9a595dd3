// Benchmark (not a test): import of ~1,000,000 observations into a file database, side by side
// with the sqlite3 shell's .import of the same file into a plain table. Run by hand:
//   ctest --test-dir build -L benchmark -V      (or build/tests/benchmarks/bench_import [ROWS_DIR])
#include "syntheticdataset.h"

#include "import/bundleddataset.h"
#include "import/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double runSqliteShell(const QString &dir)
{
    const QString db = dir + u"/shell.sqlite"_s;
    QFile::remove(db);
    QElapsedTimer timer;
    timer.start();
    QProcess shell;
    shell.start(u"sqlite3"_s, { db, u".mode csv"_s, u".import %1/observations.csv observations"_s.arg(dir) });
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0) {
        std::fprintf(stderr, "sqlite3 failed: %s\n", shell.readAllStandardError().constData());
        return -1;
    }
    return timer.elapsed() / 1000.0;
}

double runImporter(const QString &dir, qint64 *written)
{
    const QString path = dir + u"/import.sqlite"_s;
    for (const QString &suffix : { u""_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
    // The bundled dataset first: the province rows the districts hang from.
    air::Result<std::shared_ptr<air::Storage>> database = air::openWithBundledData(path);
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.errorText()));
        return -1;
    }
    double seconds = -1;
    {
        QElapsedTimer timer;
        timer.start();
        air::Result<air::ImportReport> report = air::Importer::importFiles(**database,
            { dir + u"/regions.csv"_s, dir + u"/indicators.csv"_s, dir + u"/sources.csv"_s,
                dir + u"/observations.csv"_s },
            air::ImportOptions {});
        seconds = timer.elapsed() / 1000.0;
        if (report)
            *written = report->files.last().written;
        else
            std::fprintf(stderr, "%s\n", qPrintable(report.errorText()));
        if (!report)
            seconds = -1;
    }
    (*database)->releaseThread();
    return seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    const QString dir = app.arguments().size() > 1 ? app.arguments().at(1) : tmp.path();
    QElapsedTimer timer;
    timer.start();
    const qint64 rows = air::bench::writeSyntheticDataset(dir);
    std::printf("generated %lld synthetic observations in %.2f s (%s)\n", static_cast<long long>(rows),
        timer.elapsed() / 1000.0, qPrintable(dir));

    const int runs = 3;
    double bestShell = 1e9;
    double bestImport = 1e9;
    qint64 written = 0;
    for (int run = 0; run < runs; ++run) {
        const double shell = runSqliteShell(dir);
        const double import = runImporter(dir, &written);
        if (shell < 0 || import < 0)
            return 1;
        std::printf("run %d: sqlite3 .import %.2f s, ai-readiness import %.2f s (%lld observations written, every row validated)\n", run + 1,
            shell, import, static_cast<long long>(written));
        bestShell = qMin(bestShell, shell);
        bestImport = qMin(bestImport, import);
    }
    std::printf("best of %d: sqlite3 .import %.2f s, import %.2f s, ratio %.2f (target <= 1.5)\n", runs, bestShell,
        bestImport, bestImport / bestShell);
    return 0;
}
