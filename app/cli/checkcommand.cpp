#include "cli/commands.h"

#include "export/databasecheck.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

int runCheck(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks the database: integrity, foreign keys, observations without a source, rows per table."_s);
    parser.addHelpOption();
    parser.process(QStringList { u"ai-readiness check"_s } + arguments);

    // The file as it is: no bundled dataset loaded first.
    const std::shared_ptr<Storage> database = openDatabase(global, {}, false);
    if (!database)
        return 1;
    const StorageCheck check = database->check();
    printOut(CliText::tr("database: %1\n").arg(database->locator()) + checkText(check));
    return check.ok ? 0 : 1;
}

} // namespace air::cli
