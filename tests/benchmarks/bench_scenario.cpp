// Benchmark (not a test), issue 14: a scenario recomputed (the baseline's choices, 500 Monte Carlo
// runs for each question) and the visible scenario page repainted; then `scenario --overtake` as a
// whole process (start, open, search, exit). On the bundled data, or on a named database at a scope:
// bench_scenario [DB] [--level 2 [--within KR-46]] (the overtake runs at level 1 only).
#include "benchdatabase.h"
#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "language.h"
#include "pages/page.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

void report(const char *what, std::vector<double> times, double target)
{
    std::sort(times.begin(), times.end());
    std::printf("%-52s median %7.1f ms, worst %7.1f ms (target < %.0f ms)\n", what, times[times.size() / 2], times.back(), target);
}

} // namespace

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
    air::DashboardWindow window(bench->database, nullptr, bench->scope);
    window.resize(1360, 860);
    window.show();
    QApplication::processEvents();
    air::DashboardContext *context = window.context();
    context->completeUncertainty();
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i)->key() == u"scenario"_s)
            window.showPage(i);
    QApplication::processEvents();

    // A change on a readiness figure of the focus region, a different value each time.
    const air::IndexRun &run = context->run();
    const air::IndexFigures &figures = *context->figures();
    QString id;
    int year = 0;
    // The first readiness figure the focus region has (not 0, so that every change is one); a
    // district of the synthetic data may have none, then the next one that has.
    QString focus = context->focus();
    QStringList candidates = { focus };
    candidates += context->regionCodes();
    for (const QString &code : std::as_const(candidates)) {
        for (size_t c = 0; c < run.dataset.input.framework.indicators.size() && id.isEmpty(); ++c)
            for (const air::IndicatorInfo &info : figures.indicators())
                if (info.id == run.dataset.input.framework.indicators[c].id && id.isEmpty()) {
                    const int y = run.dataset.years[qsizetype(c)];
                    const double v = figures.raw(info.figuresId(), y, figures.unitRow(code));
                    if (!std::isnan(v) && v != 0) {
                        id = info.figuresId();
                        year = y;
                        focus = code;
                    }
                }
        if (!id.isEmpty())
            break;
    }
    const double now = figures.raw(id, year, figures.unitRow(focus));
    std::printf("%s: %d regions ranked; the change: %s, %s %d (now %g)\n", qPrintable(args.label()), context->rankedCount(),
        qPrintable(focus), qPrintable(id), year, now);
    std::vector<double> times;
    for (int i = 0; i < 12; ++i) {
        QElapsedTimer t;
        t.start();
        context->setScenario(u"bench"_s, { air::ScenarioChange { focus, id, year, (std::isnan(now) ? 1.0 : now) * (1.1 + 0.1 * i),
                                              u"bench"_s, {}, {} } });
        window.repaint();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    report("scenario recomputed, the scenario page repainted", times, args.level == u"2"_s ? 100 : 50);
    // A baseline change while a scenario is set recomputes both.
    times.clear();
    for (int i = 0; i < 12; ++i) {
        QElapsedTimer t;
        t.start();
        context->setPillarWeight(i % 4, 0.5 + (i % 3) * 0.5);
        window.repaint();
        times.push_back(t.nsecsElapsed() / 1e6);
    }
    report("a weight changed with a scenario set (both scored)", times, args.level == u"2"_s ? 100 : 50);

    if (args.level != u"1"_s)
        return 0;
    const QString db = args.database.isEmpty() ? dir.filePath(u"bench.sqlite"_s) : args.database;
    for (const QString &rival : { u"KR-48"_s, u"KR-41"_s }) {
        times.clear();
        for (int i = 0; i < 5; ++i) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(QStringLiteral(AIR_EXECUTABLE), { u"--db"_s, db, u"scenario"_s, u"--overtake"_s, rival });
            if (!p.waitForFinished(60000) || p.exitCode() != 0) {
                std::fprintf(stderr, "scenario --overtake %s failed: %s\n", qPrintable(rival), p.readAllStandardError().constData());
                return 1;
            }
            times.push_back(t.nsecsElapsed() / 1e6);
        }
        report(qPrintable(u"scenario --overtake %1 (whole process, 500 runs)"_s.arg(rival)), times, 1000);
    }
    return 0;
}
