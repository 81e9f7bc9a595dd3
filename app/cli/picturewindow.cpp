// The window the picture commands draw from (screenshot, export-slides): one way to open it, at the
// scope of the options or of a saved view, with the view applied.
#include "cli/commands.h"

#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "savedview.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

std::unique_ptr<DashboardWindow> openPictureWindow(const GlobalOptions &global, const QCommandLineParser &parser,
    const std::optional<QString> &viewName, const QString &command, int *exitCode)
{
    *exitCode = 1;
    std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return nullptr;
    *exitCode = 2;
    std::optional<SavedViewRecord> saved;
    if (viewName) {
        saved = viewFrom(*database, *viewName, command);
        if (!saved)
            return nullptr;
    }
    // A view's level and province unless --level or --within is given beside it.
    std::optional<RegionScope> scope;
    if (saved && !parser.isSet(u"level"_s) && !parser.isSet(u"within"_s))
        scope = RegionScope { saved->level, saved->within };
    else
        scope = scopeFrom(parser, *database, command);
    if (!scope)
        return nullptr;
    auto window = std::make_unique<DashboardWindow>(std::move(database), nullptr, *scope);
    if (window->context()->scope() != *scope) {
        printError(CliText::tr("%1: the database has no districts for this --level/--within").arg(command));
        return nullptr;
    }
    window->resize(1360, 860);
    window->show();
    QApplication::processEvents();
    window->context()->completeUncertainty(); // the window waits for its first paint; a picture must not
    if (saved) {
        saved->level = scope->level;
        saved->within = scope->within;
        if (Status applied = window->openView(*saved); !applied) {
            printError(command + u": "_s + applied.errorText());
            return nullptr;
        }
    }
    *exitCode = 0;
    return window;
}

} // namespace air::cli
