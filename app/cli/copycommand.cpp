#include "cli/commands.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

// copy --from SOURCE --to TARGET: a whole database between a file and a team server (either way),
// all or nothing, then `check` on both.
int runCopy(const GlobalOptions &global, const QStringList &arguments)
{
    (void)global;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Copies a whole database (bundled and user rows, sources, weight sets, the history of edits) from\n"
        "SOURCE to TARGET, each a file or postgresql://USER@HOST[:PORT]/DBNAME. TARGET must hold nothing yet\n"
        "(a new file, or a new database on the server); the copy is all or nothing, and both are checked after."_s);
    parser.addHelpOption();
    const QCommandLineOption from(u"from"_s, u"The database to copy."_s, u"SOURCE"_s);
    const QCommandLineOption to(u"to"_s, u"The database to copy into (empty)."_s, u"TARGET"_s);
    parser.addOption(from);
    parser.addOption(to);
    parser.process(QStringList { u"ai-readiness copy"_s } + arguments);
    if (!parser.isSet(from) || !parser.isSet(to)) {
        printError(CliText::tr("copy: give --from SOURCE and --to TARGET"));
        return 2;
    }
    Result<std::shared_ptr<Storage>> source = openStorage(parser.value(from));
    if (!source) {
        printError(u"copy: "_s + source.errorText());
        return 1;
    }
    Result<std::shared_ptr<Storage>> target = openStorage(parser.value(to));
    if (!target) {
        printError(u"copy: "_s + target.errorText());
        return 1;
    }
    const Result<StorageDump> dump = (*source)->dumpAll();
    if (!dump) {
        printError(u"copy: "_s + dump.errorText());
        return 1;
    }
    if (Status s = (*target)->restoreAll(*dump); !s) {
        printError(u"copy: "_s + s.errorText());
        return 1;
    }
    const StorageCheck sourceCheck = (*source)->check();
    const StorageCheck targetCheck = (*target)->check();
    printOut(CliText::tr("copied %1 rows from %2 to %3\n").arg(dump->rowCount()).arg((*source)->locator(), (*target)->locator()));
    printOut(CliText::tr("source: %1\n").arg(sourceCheck.ok ? CliText::tr("check ok") : sourceCheck.problems.join(u"; "_s)));
    printOut(CliText::tr("target: %1\n").arg(targetCheck.ok ? CliText::tr("check ok") : targetCheck.problems.join(u"; "_s)));
    return sourceCheck.ok && targetCheck.ok ? 0 : 1;
}

} // namespace air::cli
