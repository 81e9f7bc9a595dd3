// Benchmark (not a test): changing region, year or a weight, until every visible chart of the page
// is updated (the recomputation, the page's refresh, one paint). On the bundled data, or on a named
// database at a scope: bench_dashboard_update [DB] [--level 2 [--within KR-46]]. Ends with the
// process's peak memory (the window, every page shown, every change made).
#include "benchdatabase.h"
#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "language.h"
#include "pages/page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    air::Language::applyFonts();
    air::Language::install(u"ko"_s);
    QTemporaryDir dir;
    const air::bench::BenchArgs args = air::bench::parseBenchArgs(app.arguments());
    const auto bench = air::bench::openBenchDatabase(args, dir);
    if (!bench)
        return 1;
    air::DashboardWindow window(bench->database);
    window.resize(1360, 860);
    window.show();
    QApplication::processEvents();
    air::DashboardContext *context = window.context();
    QElapsedTimer scopeTimer;
    scopeTimer.start();
    context->setScope(bench->scope);
    QApplication::processEvents();
    std::printf("%s: %d regions ranked; switching to it took %.0f ms\n", qPrintable(args.label()), context->rankedCount(),
        scopeTimer.nsecsElapsed() / 1e6);
    struct Change {
        const char *name;
        std::function<void(int)> apply;
    };
    const QStringList regions = context->regionCodes();
    const std::vector<Change> changes = {
        { "region", [&](int i) { context->setFocus(regions[i % regions.size()]); } },
        { "year", [&](int i) { context->setYear(i % 2 ? 2024 : 0); } },
        { "weight", [&](int i) { context->setPillarWeight(i % 5, 0.5 + (i % 3) * 0.5); } },
    };
    double worstOfAll = 0;
    for (int pageIndex = 0; pageIndex < window.pageCount(); ++pageIndex) {
        window.showPage(pageIndex);
        QApplication::processEvents();
        std::printf("%-15s", qPrintable(window.pages()[pageIndex]->key()));
        for (const Change &change : changes) {
            std::vector<double> times;
            for (int i = 0; i < 12; ++i) {
                QElapsedTimer t;
                t.start();
                change.apply(i + 1);
                window.repaint(); // the visible page, painted
                times.push_back(t.nsecsElapsed() / 1e6);
            }
            std::sort(times.begin(), times.end());
            std::printf("  %s median %5.1f ms, worst %5.1f ms", change.name, times[times.size() / 2], times.back());
            worstOfAll = std::max(worstOfAll, times.back());
        }
        std::printf("\n");
    }
    std::printf("worst change on any page: %.1f ms (target < 50 ms on the bundled data, < 100 ms on districts)\n", worstOfAll);
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak memory of the process: %.0f MB (target < 300 MB)\n", usage.ru_maxrss / 1024.0);
    return 0;
}
