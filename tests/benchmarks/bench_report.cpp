// Benchmark (not a test): the full briefing report for Jeonnam on the bundled data, best of 5,
// and the size of the file. Target: under 1 second, under 2 MB.
#include "dashboardcontext.h"
#include "database/database.h"
#include "language.h"
#include "report/briefingreport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    air::Language::applyFonts();
    QTemporaryDir dir;
    // An existing database may be named (e.g. bench_import's, with a million district rows);
    // otherwise a fresh one with the bundled data.
    const QString path = argc > 1 ? QString::fromLocal8Bit(argv[1]) : dir.filePath(u"bench.sqlite"_s);
    auto database = air::Database::open(path);
    if (!database)
        return 1;
    for (const QString &language : { u"ko"_s, u"en"_s }) {
        air::Language::install(language);
        double best = 1e9;
        qint64 size = 0;
        int pages = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            air::DashboardContext context(*database); // the index with its 500 uncertainty runs, as the command does
            context.setLanguage(language);
            const air::BriefingReport report(&context);
            const QString path = dir.filePath(u"report-%1.pdf"_s.arg(language));
            if (!report.writePdf(path))
                return 1;
            best = std::min(best, t.nsecsElapsed() / 1e6);
            size = QFileInfo(path).size();
            pages = report.pageCount();
        }
        std::printf("%s: %d pages in %.0f ms (best of 5; target < 1000 ms), %.0f KB (target < 2048 KB)\n",
            qPrintable(language), pages, best, size / 1024.0);
    }
    return 0;
}
