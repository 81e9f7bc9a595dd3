#include "cli/commands.h"

#include "database/database.h"
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

    Database::Options options;
    options.loadBundledData = false; // look at the file as it is
    const std::optional<Database> database = openDatabase(global, options);
    if (!database)
        return 1;
    QSqlDatabase db = database->connection();
    const DatabaseCheck check = checkDatabase(db);
    printOut(CliText::tr("database: %1\n").arg(database->path()) + check.toText());
    return check.ok ? 0 : 1;
}

} // namespace air::cli
