#pragma once

#include "storage/openstorage.h"
#include "scoring/indexdataset.h"

#include <QCommandLineOption>
#include <QCoreApplication>

#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace air {
class DashboardWindow;
}

namespace air::cli {

// The command line's own messages, under one translation context: Korean with --lang ko.
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(air::Cli)
};

// Each command takes the arguments after its name (with the global options already removed) and
// returns the process exit code. Output goes to stdout, errors to stderr.
struct GlobalOptions {
    QString databasePath;
    QString language;
};

int runImport(const GlobalOptions &global, const QStringList &arguments);
int runExportCsv(const GlobalOptions &global, const QStringList &arguments);
int runCheck(const GlobalOptions &global, const QStringList &arguments);
int runIndex(const GlobalOptions &global, const QStringList &arguments);
int runValidate(const GlobalOptions &global, const QStringList &arguments);
int runGaps(const GlobalOptions &global, const QStringList &arguments);
int runHistory(const GlobalOptions &global, const QStringList &arguments);
int runTeam(const GlobalOptions &global, const QStringList &arguments);
int runCopy(const GlobalOptions &global, const QStringList &arguments);
int runScenario(const GlobalOptions &global, const QStringList &arguments);
// Need a QApplication (they draw); they open the database once their options are read.
int runScreenshot(const GlobalOptions &global, const QStringList &arguments);
int runExportPdf(const GlobalOptions &global, const QStringList &arguments);
int runExportSlides(const GlobalOptions &global, const QStringList &arguments);
// Saved views: view save|list|history|delete (headless).
int runView(const GlobalOptions &global, const QStringList &arguments);

// Shared by the commands.
void printError(const QString &text);
void printOut(const QString &text);
// Opens the storage named by --db (a file, or a postgresql:// server; the default file without it)
// with the bundled dataset loaded, printing the reason when it cannot; null then.
std::shared_ptr<Storage> openDatabase(const GlobalOptions &global, const StorageOptions &options = {},
    bool loadBundledData = true);
// --level 1|2 and --within CODE (index, export-pdf, screenshot), and the scope they name; an
// error is printed, prefixed with the command.
QList<QCommandLineOption> scopeOptions();
std::optional<RegionScope> scopeFrom(const QCommandLineParser &parser, Storage &storage, const QString &command);
// The region an option names (--region, --compare, ...): a code, a name or an alias (KR-46, 전라남도,
// 전남, Jeonnam, Jeollanam-do, 36), among the codes allowed; an unknown or ambiguous one is printed
// with the accepted forms.
std::optional<QString> regionFrom(Storage &storage, const QString &value, const QStringList &allowed,
    const QString &command, const QString &option);
// --view NAME (export-pdf, screenshot, export-slides): the saved view, or nullopt with the reason
// printed (an unknown name lists the views there are).
std::optional<SavedViewRecord> viewFrom(Storage &storage, const QString &name, const QString &command);
// The window screenshot and export-slides draw from: opened at the scope the options name, or at the
// saved view VIEWNAME's (when --view was given) (its fields applied; --level/--within beside it override its scope), shown and
// with its uncertainty runs complete. Null with the reason printed; *exitCode is then 1 (the database)
// or 2 (the options or the view).
std::unique_ptr<DashboardWindow> openPictureWindow(const GlobalOptions &global, const QCommandLineParser &parser,
    const std::optional<QString> &viewName, const QString &command, int *exitCode);
// Writes bytes to FILE through a temporary file and a rename, or to stdout when FILE is empty.
bool writeOutput(const QString &file, const QByteArray &bytes, QString *error);

} // namespace air::cli
