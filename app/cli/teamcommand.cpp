#include "cli/commands.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

// team init: the roles of a team database (viewer reads, editor also imports and edits, owner also
// grants); team grant USER ROLE: one of them to a user of the server. The server enforces them.
int runTeam(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Sets up a team database on a PostgreSQL server (--db postgresql://USER@HOST[:PORT]/DBNAME):\n"
        "  team init              creates the schema and the roles air_viewer, air_editor, air_owner\n"
        "  team grant USER ROLE   gives USER (a login of the server) the role viewer, editor or owner\n"
        "A viewer reads everything and writes nothing (the server refuses it); an editor imports and\n"
        "edits; an owner also grants. The password comes from PGPASSWORD or ~/.pgpass."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"init|grant"_s, u"What to do."_s);
    parser.process(QStringList { u"ai-readiness team"_s } + arguments);
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (action != u"init"_s && action != u"grant"_s) {
        printError(CliText::tr("team: say init or grant (see ai-readiness team --help)"));
        return 2;
    }
    if (action == u"grant"_s && words.size() != 3) {
        printError(CliText::tr("team grant: give a user and a role: team grant USER viewer|editor|owner"));
        return 2;
    }
    // The schema is created on opening; no bundled dataset is loaded by team commands.
    const std::shared_ptr<Storage> database = openDatabase(global, {}, false);
    if (!database)
        return 1;
    const Status status = action == u"init"_s ? database->initTeam() : database->grantTeamRole(words[1], words[2]);
    if (!status) {
        printError(u"team %1: "_s.arg(action) + status.errorText());
        return status.errorKind() == ErrorKind::Invalid ? 2 : 1;
    }
    printOut(action == u"init"_s
            ? CliText::tr("%1: the schema and the roles air_viewer, air_editor and air_owner are ready\n").arg(database->locator())
            : CliText::tr("%1 is now %2 of %3\n").arg(words[1], words[2], database->locator()));
    return 0;
}

} // namespace air::cli
