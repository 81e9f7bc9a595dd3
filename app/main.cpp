// ai-readiness: with no command, the dashboard; with a command, headless work (DESIGN.md).
#include "cli/commands.h"
#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "databaseopener.h"

#include "import/bundleddataset.h"
#include "storage/openstorage.h"
#include "language.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const char *usage = R"(Usage: ai-readiness [--db FILE|URL] [--lang ko|en] [COMMAND] [OPTIONS]

With no command, opens the dashboard.

Commands:
  import FILE... [--map TEXT=INDICATOR]... [--filter COLUMN=VALUE]... [--check] [--replace] [--sheet NAME]
  export-csv --table TABLE [--indicator ID] [--region CODE] [--year Y] [-o FILE] [--excel | --xlsx]
  check
  index [--year Y|latest] [--max-age N] [--normalise minmax|zscore|rank|goalposts]
        [--aggregate arithmetic|geometric] [--weights NAME] [--impute none|mean|median|group-mean]
        [--treat none|winsorise] [--groups] [--uncertainty N --seed S] [-o FILE] [--details FILE]
        [--level 1|2 [--within CODE]]
  validate [-o FILE] [--level 1|2 [--within CODE]]
  gaps [--region CODE] [--year Y|latest] [--max-age N] [--weights NAME] [-o FILE] [--level 1|2 [--within CODE]]
  history [--indicator ID] [--region CODE] [--year Y] [-o FILE]
  export-pdf FILE [--view NAME] [--region CODE] [--compare CODE,...] [--year Y|latest] [--weights NAME]
        [--normalise METHOD] [--lang ko|en] [--scenario NAME] [--plans PLAN[:ITEM,...]] [--level 1|2 [--within CODE]]
  screenshot DIR [--view NAME] [--lang ko|en] [--scenario NAME] [--level 1|2 [--within CODE]]
  export-slides DIR [--view NAME] [--lang ko|en]   (every chart at slide size: NN-page-chart.png and .svg)
  view save NAME [--region CODE] [--compare CODE] [--year Y] [--weights NAME] [--normalise METHOD]
        [--scenario NAME] [--page PAGE] [--level 1|2 [--within CODE]]
  view list | view history | view delete NAME
  team init | team grant USER viewer|editor|owner   (a team database on PostgreSQL)
  copy --from SOURCE --to TARGET   (a whole database between a file and a server, into an empty one)
  scenario [--set REGION:INDICATOR:YEAR=VALUE]... [--plans PLAN[:ITEM,...]]... [--save NAME | --name NAME]
        [--list] [--history] [--rename NEW] [--delete NAME] [--export FILE] [--import FILE]
        [--overtake CODE [--region CODE] [--combination FILE]] [-o FILE]

Global options:
  --db FILE     the database file (created if missing); default: %1
  --db postgresql://USER@HOST[:PORT]/DBNAME
                the team's database on a PostgreSQL server (password: PGPASSWORD or ~/.pgpass)
  --lang ko|en  the language of the window
  --level 1|2 [--within CODE]  open the dashboard on the provinces (1) or on districts (2), all or one
                province's (default: as last time)
  --quit-after-startup  open the dashboard, paint it once and exit (for timing)
  --help        this text; COMMAND --help for a command's options
  --version     the program's version and the bundled dataset's (its newest source date and digest)
)";

struct Arguments {
    air::cli::GlobalOptions global;
    QString command;
    QStringList rest;
    bool help = false;
    bool quitAfterStartup = false;
    bool version = false;
    bool dbGiven = false;
    QString level;  // the window's scope, when given
    QString within;
    QString error;
};

Arguments parseArguments(const QStringList &args)
{
    static const QStringList commands = { u"import"_s, u"export-csv"_s, u"check"_s, u"index"_s, u"validate"_s, u"gaps"_s,
        u"team"_s, u"copy"_s, u"history"_s, u"screenshot"_s, u"export-pdf"_s, u"scenario"_s,
        u"view"_s, u"export-slides"_s };
    Arguments parsed;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (!parsed.command.isEmpty()) {
            parsed.rest << a;
        } else if (a == u"--db"_s || a == u"--lang"_s) {
            if (i + 1 >= args.size()) {
                parsed.error = u"%1 needs a value"_s.arg(a);
                return parsed;
            }
            (a == u"--db"_s ? parsed.global.databasePath : parsed.global.language) = args[++i];
            parsed.dbGiven = parsed.dbGiven || a == u"--db"_s;
        } else if (a == u"--level"_s || a == u"--within"_s) {
            if (i + 1 >= args.size()) {
                parsed.error = u"%1 needs a value"_s.arg(a);
                return parsed;
            }
            (a == u"--level"_s ? parsed.level : parsed.within) = args[++i];
        } else if (a.startsWith(u"--db="_s)) {
            parsed.global.databasePath = a.mid(5);
            parsed.dbGiven = true;
        } else if (a.startsWith(u"--lang="_s)) {
            parsed.global.language = a.mid(7);
        } else if (a == u"--help"_s || a == u"-h"_s) {
            parsed.help = true;
        } else if (a == u"--quit-after-startup"_s) {
            parsed.quitAfterStartup = true;
        } else if (a == u"--version"_s) {
            parsed.version = true;
        } else if (commands.contains(a)) {
            parsed.command = a;
        } else if (a.startsWith(u'-')) {
            parsed.rest << a; // a window option (Qt's own, e.g. -platform)
        } else {
            parsed.error = u"unknown command '%1'"_s.arg(a);
            return parsed;
        }
    }
    if (!parsed.global.language.isEmpty() && parsed.global.language != u"ko"_s && parsed.global.language != u"en"_s)
        parsed.error = u"--lang takes ko or en"_s;
    // --db "" used the default database without a word; ":memory:" (or an SQLite URI) made a
    // folder named ":" and imports that vanished (issue 18, 18).
    if (parsed.dbGiven && parsed.global.databasePath.isEmpty())
        parsed.error = u"--db needs a file name (leave --db out for the default, %1)"_s.arg(air::defaultStorageLocator());
    else if (parsed.global.databasePath == u":memory:"_s || parsed.global.databasePath.startsWith(u"file:"_s))
        parsed.error = u"--db takes the name of a database file; '%1' is not one (a database in memory would vanish "
                       "with the program)"_s.arg(parsed.global.databasePath);
    return parsed;
}

int runCommand(const Arguments &a)
{
    if (a.command == u"import"_s)
        return air::cli::runImport(a.global, a.rest);
    if (a.command == u"export-csv"_s)
        return air::cli::runExportCsv(a.global, a.rest);
    if (a.command == u"index"_s)
        return air::cli::runIndex(a.global, a.rest);
    if (a.command == u"validate"_s)
        return air::cli::runValidate(a.global, a.rest);
    if (a.command == u"gaps"_s)
        return air::cli::runGaps(a.global, a.rest);
    if (a.command == u"history"_s)
        return air::cli::runHistory(a.global, a.rest);
    if (a.command == u"team"_s)
        return air::cli::runTeam(a.global, a.rest);
    if (a.command == u"copy"_s)
        return air::cli::runCopy(a.global, a.rest);
    if (a.command == u"scenario"_s)
        return air::cli::runScenario(a.global, a.rest);
    if (a.command == u"view"_s)
        return air::cli::runView(a.global, a.rest);
    return air::cli::runCheck(a.global, a.rest);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setOrganizationName(u"Jeonnam"_s);
    QCoreApplication::setApplicationName(u"ai-readiness"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(AIR_VERSION));

    Arguments parsed = parseArguments(args);
    const bool draws = parsed.command.isEmpty() || parsed.command == u"screenshot"_s || parsed.command == u"export-pdf"_s
        || parsed.command == u"export-slides"_s;
    // Commands that draw but show nothing need no display.
    if (!parsed.command.isEmpty() && draws && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!draws || parsed.help || parsed.version || !parsed.error.isEmpty()) {
        // Headless: no display needed.
        QCoreApplication app(argc, argv);
        // Reports in Korean only when asked (--lang ko): scripts read the English ones.
        if (parsed.global.language == u"ko"_s)
            air::Language::install(u"ko"_s);
        if (parsed.global.databasePath.isEmpty())
            parsed.global.databasePath = air::defaultStorageLocator();
        if (!parsed.error.isEmpty()) {
            air::cli::printError(u"ai-readiness: "_s + parsed.error);
            air::cli::printError(QString::fromUtf8(usage).arg(air::defaultStorageLocator()));
            return 2;
        }
        if (parsed.help && parsed.command.isEmpty()) {
            air::cli::printOut(QString::fromUtf8(usage).arg(air::defaultStorageLocator()));
            return 0;
        }
        if (parsed.version && parsed.command.isEmpty()) {
            // The dataset as bundled: its date and the digest a database records of it (meta bundled_dataset).
            air::cli::printOut(u"ai-readiness %1\ndataset %2 (digest %3)\n"_s.arg(QCoreApplication::applicationVersion(),
                air::BundledDataset::date(), air::BundledDataset::version()));
            return 0;
        }
        if (parsed.help)
            parsed.rest << u"--help"_s;
        return runCommand(parsed);
    }

    QApplication app(argc, argv);
    // The installed desktop entry and its icon in the hicolor theme (packaging/): a desktop shows the
    // window under that entry's name and icon.
    QGuiApplication::setDesktopFileName(u"ai-readiness"_s);
    QApplication::setWindowIcon(QIcon::fromTheme(u"ai-readiness"_s));
    air::Language::applyFonts();
    air::Language::install(air::Language::resolve(parsed.global.language));
    if (parsed.global.databasePath.isEmpty())
        parsed.global.databasePath = air::defaultStorageLocator();
    if (!parsed.command.isEmpty()) {
        // Drawing commands: no one to ask, so a file that cannot be used is an error. They open
        // the database once their options are read (export-pdf --help opens nothing).
        if (parsed.command == u"screenshot"_s)
            return air::cli::runScreenshot(parsed.global, parsed.rest);
        if (parsed.command == u"export-slides"_s)
            return air::cli::runExportSlides(parsed.global, parsed.rest);
        return air::cli::runExportPdf(parsed.global, parsed.rest);
    }
    const std::shared_ptr<air::Storage> database = air::openDatabaseForWindow(parsed.global.databasePath);
    if (!database)
        return 1;
    std::optional<air::RegionScope> scope;
    if (!parsed.level.isEmpty() || !parsed.within.isEmpty()) {
        const air::Result<air::RegionScope> resolved
            = air::resolveScope(*database, parsed.level.isEmpty() ? u"2"_s : parsed.level, parsed.within);
        if (!resolved) {
            air::cli::printError(u"ai-readiness: "_s + resolved.errorText());
            return 2;
        }
        scope = *resolved;
    }
    auto window = std::make_unique<air::DashboardWindow>(database, nullptr, scope);
    window->show();
    if (parsed.quitAfterStartup) {
        // For timing: the first painted dashboard, then exit.
        QCoreApplication::processEvents();
        window->repaint();
        return 0;
    }
    return app.exec();
}
