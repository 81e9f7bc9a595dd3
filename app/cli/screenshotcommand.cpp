#include "cli/commands.h"

#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "language.h"
#include "pages/page.h"
#include "savedview.h"
#include "io/savefile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QScreen>

using namespace Qt::StringLiterals;

namespace air::cli {

int runScreenshot(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Renders every page of the window offscreen to DIR/NN-name.png."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"DIR"_s, u"The folder for the PNG files (created if missing)."_s);
    const QCommandLineOption lang(u"lang"_s, u"ko or en."_s, u"LANG"_s);
    parser.addOption(lang);
    const QCommandLineOption scenario(u"scenario"_s, u"Show the saved scenario NAME on the scenario page."_s, u"NAME"_s);
    parser.addOption(scenario);
    const QCommandLineOption view(u"view"_s, u"Show the saved view NAME (ai-readiness view list) on every page: its "
                                             "regions, year, weights, normalisation, scenario and level; --scenario, "
                                             "--level and --within given beside it override its fields."_s, u"NAME"_s);
    parser.addOption(view);
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness screenshot"_s } + arguments);
    if (parser.positionalArguments().size() != 1) {
        printError(CliText::tr("screenshot: name one DIR"));
        return 2;
    }
    const QString dir = parser.positionalArguments().first();
    if (!QDir().mkpath(dir)) {
        printError(CliText::tr("screenshot: cannot create %1").arg(dir));
        return 1;
    }
    if (parser.isSet(lang))
        Language::install(Language::resolve(parser.value(lang)));
    int exitCode = 0;
    const std::unique_ptr<DashboardWindow> shown = openPictureWindow(global, parser,
        parser.isSet(view) ? std::optional<QString>(parser.value(view)) : std::nullopt, u"screenshot"_s, &exitCode);
    if (!shown)
        return exitCode;
    DashboardWindow &window = *shown;
    if (parser.isSet(scenario)) {
        Result<QList<ScenarioRecord>> saved = window.context()->storage().scenarios();
        const QList<ScenarioRecord> all = saved ? *saved : QList<ScenarioRecord>();
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const ScenarioRecord &s) { return s.name == parser.value(scenario); });
        if (it == all.cend()) {
            printError(CliText::tr("screenshot: no saved scenario '%1'").arg(parser.value(scenario)));
            return 2;
        }
        window.context()->setScenario(it->name, it->changes);
    }
    int written = 0;
    const QList<Page *> pages = window.pages();
    auto fileOf = [&](int i) {
        return QDir(dir).filePath(u"%1-%2.png"_s.arg(i + 1, 2, 10, QLatin1Char('0')).arg(pages[i]->key()));
    };
    // Every name the command writes, checked before the first is written: a link would carry the
    // picture to wherever it points, outside the folder asked for.
    for (int i = 0; i < pages.size(); ++i) {
        const QFileInfo info(fileOf(i));
        if (info.isSymLink() || (info.exists() && !info.isFile())) {
            printError(CliText::tr("screenshot: %1 is a link or not a file: nothing was written").arg(info.filePath()));
            return 1;
        }
        if (const QString reason = protectedOutputReason(info.filePath()); !reason.isEmpty()) {
            printError(u"screenshot: "_s + reason);
            return 1;
        }
    }
    QApplication::processEvents();
    for (int i = 0; i < pages.size(); ++i) {
        window.showPage(i);
        QApplication::processEvents();
        const QString file = fileOf(i);
        if (!window.grab().save(file)) {
            printError(CliText::tr("screenshot: cannot write %1").arg(file));
            return 1;
        }
        printOut(file + u'\n');
        ++written;
    }
    return written > 0 ? 0 : 1;
}

} // namespace air::cli
