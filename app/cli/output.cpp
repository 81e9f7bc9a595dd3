#include "cli/commands.h"

#include "core/datatext.h"
#include "import/bundleddataset.h"
#include "io/savefile.h"

#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace air::cli {

void printError(const QString &text)
{
    // Messages quote file data: an ANSI or OSC sequence in a name is shown, not run.
    const QByteArray bytes = terminalText(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stderr);
    std::fflush(stderr);
}

void printOut(const QString &text)
{
    const QByteArray bytes = terminalText(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

std::shared_ptr<Storage> openDatabase(const GlobalOptions &global, const StorageOptions &options, bool loadBundledData)
{
    Result<std::shared_ptr<Storage>> database = loadBundledData ? openWithBundledData(global.databasePath, options)
                                                                : openStorage(global.databasePath, options);
    if (!database) {
        printError(database.errorText());
        return nullptr;
    }
    for (const QString &notice : (*database)->notices())
        printError(CliText::tr("note: %1").arg(notice));
    if ((*database)->readOnly())
        printError(isServerLocator(global.databasePath)
                ? CliText::tr("note: %1 is read-only for this user (a viewer of the team database)").arg((*database)->locator())
                : CliText::tr("note: %1 is open read-only (no write permission on the file or its folder)").arg((*database)->locator()));
    return *database;
}

bool writeOutput(const QString &file, const QByteArray &bytes, QString *error)
{
    if (file.isEmpty() || file == QLatin1String("-")) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        return std::fflush(stdout) == 0;
    }
    const Status saved = saveFile(file, bytes);
    if (!saved)
        *error = saved.problems().first().reason;
    return saved.ok();
}

} // namespace air::cli
