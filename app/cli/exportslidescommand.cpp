#include "cli/commands.h"

#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "language.h"
#include "report/slideexport.h"
#include "savedview.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

int runExportSlides(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes every chart of the dashboard at 16:9 slide size (1920×1080) into DIR, each as a PNG and an SVG\n"
        "(vector), titled with the chart's title, the focus and comparison regions and the year of the figures,\n"
        "with the source line under it: DIR/NN-PAGE-CHART.png and .svg (NN the page's number in the window,\n"
        "e.g. 01-overview-pillars.png, 02-infrastructure-figures.svg). Prints the files written. Files of\n"
        "those names are replaced; nothing else in DIR is touched. DIR is created when missing; a file, or a\n"
        "folder without write permission, is refused."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"DIR"_s, u"The folder for the slide pictures."_s);
    const QCommandLineOption view(u"view"_s, u"The saved view NAME (ai-readiness view list): its regions, year, weights, "
                                             "normalisation, scenario and level; --level and --within given beside it "
                                             "override its fields."_s, u"NAME"_s);
    const QCommandLineOption lang(u"lang"_s, u"ko (default) or en."_s, u"LANG"_s);
    parser.addOptions({ view, lang });
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness export-slides"_s } + arguments);
    if (parser.positionalArguments().size() != 1) {
        printError(CliText::tr("export-slides: name one DIR"));
        return 2;
    }
    const QString language = parser.isSet(lang) ? parser.value(lang) : global.language;
    if (!language.isEmpty() && language != u"ko"_s && language != u"en"_s) {
        printError(CliText::tr("export-slides: --lang takes ko or en"));
        return 2;
    }
    Language::install(Language::resolve(language.isEmpty() ? u"ko"_s : language));
    int exitCode = 0;
    const std::unique_ptr<DashboardWindow> shown = openPictureWindow(global, parser,
        parser.isSet(view) ? std::optional<QString>(parser.value(view)) : std::nullopt, u"export-slides"_s, &exitCode);
    if (!shown)
        return exitCode;
    DashboardWindow &window = *shown;
    const Result<QStringList> written = exportSlides(window, parser.positionalArguments().first());
    if (!written) {
        printError(u"export-slides: "_s + written.errorText());
        return written.errorKind() == ErrorKind::Invalid ? 2 : 1;
    }
    for (const QString &file : *written)
        printOut(file + u'\n');
    return written->isEmpty() ? 1 : 0;
}

} // namespace air::cli
