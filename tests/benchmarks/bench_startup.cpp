// Benchmark (not a test): start-up to the first painted dashboard with the bundled data, against an
// empty QMainWindow shown and painted once, both as whole processes, alternating, median of 15.
// bench_startup [DB] [--level 2 [--within KR-46]]: on a named database (a copy is opened, so that
// its settings and file stay as they are), at a scope. Targets: 3x on the bundled data, 5x on the
// district-scale database.
#include "benchargs.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

double runOnce(const QString &program, const QStringList &arguments)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(program, arguments);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    return t.nsecsElapsed() / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const air::bench::BenchArgs args = air::bench::parseBenchArgs(app.arguments());
    // A team database (postgresql://...) is used where it is; a file is copied first.
    const bool server = args.database.startsWith(u"postgres"_s);
    const QString db = server ? args.database : dir.filePath(u"bench.sqlite"_s);
    if (!server && !args.database.isEmpty() && !QFile::copy(args.database, db)) {
        std::fprintf(stderr, "cannot copy %s\n", qPrintable(args.database));
        return 1;
    }
    qputenv("QT_QPA_PLATFORM", app.arguments().contains(u"--xcb"_s) ? "xcb" : "offscreen");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.filePath(u"config"_s))); // no remembered scope or page
    const QStringList dashboardArgs = QStringList { u"--db"_s, db, u"--quit-after-startup"_s } + args.scopeOptions();
    // The first start creates the database from the bundled dataset; it is timed separately.
    const double first = runOnce(QStringLiteral(AIR_EXECUTABLE), dashboardArgs);
    std::vector<double> dashboard, empty;
    for (int i = 0; i < 15; ++i) {
        empty.push_back(runOnce(QStringLiteral(AIR_EMPTY_WINDOW), {}));
        dashboard.push_back(runOnce(QStringLiteral(AIR_EXECUTABLE), dashboardArgs));
    }
    std::printf("%s, %s\n", args.database.isEmpty() ? "bundled data" : qPrintable(args.database), qPrintable(args.label()));
    std::printf("first start (creates or refreshes the database): %.0f ms\n", first);
    std::printf("empty QMainWindow: median %.0f ms; dashboard: median %.0f ms; ratio %.2f (target <= %d)\n",
        median(empty), median(dashboard), median(dashboard) / median(empty), args.database.isEmpty() ? 3 : 5);
    return 0;
}
