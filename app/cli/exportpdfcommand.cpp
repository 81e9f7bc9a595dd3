#include "cli/commands.h"

#include "dashboardcontext.h"
#include "language.h"
#include "report/briefingreport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace air::cli {

int runExportPdf(const GlobalOptions &global, const QStringList &arguments, Database database)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the briefing report (A4 PDF) for a region."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, u"The PDF to write (through a temporary file; never half-written)."_s);
    const QCommandLineOption region(u"region"_s, u"The focus region (default KR-46, Jeonnam)."_s, u"CODE"_s, u"KR-46"_s);
    const QCommandLineOption compare(u"compare"_s, u"Regions to compare with, comma-separated (default KR-41)."_s,
        u"CODE,..."_s, u"KR-41"_s);
    const QCommandLineOption year(u"year"_s, u"A year, or latest (default)."_s, u"Y|latest"_s, u"latest"_s);
    const QCommandLineOption weights(u"weights"_s, u"A weight set (default equal)."_s, u"NAME"_s, u"equal"_s);
    const QCommandLineOption lang(u"lang"_s, u"ko (default) or en."_s, u"LANG"_s);
    parser.addOptions({ region, compare, year, weights, lang });
    parser.process(QStringList { u"ai-readiness export-pdf"_s } + arguments);
    if (parser.positionalArguments().size() != 1) {
        printError(u"export-pdf: name one FILE"_s);
        return 2;
    }
    const QString language = parser.isSet(lang) ? parser.value(lang) : global.language;
    if (!language.isEmpty() && language != u"ko"_s && language != u"en"_s) {
        printError(u"export-pdf: --lang takes ko or en"_s);
        return 2;
    }
    Language::install(Language::resolve(language.isEmpty() ? u"ko"_s : language));

    DashboardContext context(std::move(database));
    context.setLanguage(Language::current());
    const QString focus = parser.value(region);
    const QStringList others = parser.value(compare).split(u',', Qt::SkipEmptyParts);
    if (!context.regionCodes().contains(focus) || others.isEmpty() || !context.regionCodes().contains(others.first())) {
        printError(u"export-pdf: unknown region; first-level regions are %1"_s.arg(context.regionCodes().join(u", "_s)));
        return 2;
    }
    context.setFocus(focus);
    context.setComparison(others.first());
    if (parser.value(year) != u"latest"_s) {
        bool ok = false;
        const int y = parser.value(year).toInt(&ok);
        if (!ok) {
            printError(u"export-pdf: --year takes a year or latest"_s);
            return 2;
        }
        context.setYear(y);
    }
    context.setWeightSet(parser.value(weights));
    if (!context.hasRun()) {
        printError(u"export-pdf: the index could not be computed (unknown weight set?)"_s);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const BriefingReport report(&context);
    const Status written = report.writePdf(parser.positionalArguments().first());
    if (!written) {
        printError(u"export-pdf: "_s + written.errorText());
        return 1;
    }
    printError(u"%1: %2 pages in %3 ms"_s.arg(parser.positionalArguments().first()).arg(report.pageCount()).arg(timer.elapsed()));
    return 0;
}

} // namespace air::cli
