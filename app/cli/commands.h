#pragma once

#include "database/database.h"
#include "scoring/indexdataset.h"

#include <QCommandLineOption>

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace air::cli {

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
// Needs a QApplication (it draws); the database is already open.
int runScreenshot(const GlobalOptions &global, const QStringList &arguments, Database database);
int runExportPdf(const GlobalOptions &global, const QStringList &arguments, Database database);

// Shared by the commands.
void printError(const QString &text);
void printOut(const QString &text);
// Opens the database named by --db (or the default), printing the reason when it cannot.
std::optional<Database> openDatabase(const GlobalOptions &global, const Database::Options &options = {});
// --level 1|2 and --within CODE (index, export-pdf, screenshot), and the scope they name; an
// error is printed, prefixed with the command.
QList<QCommandLineOption> scopeOptions();
std::optional<RegionScope> scopeFrom(const QCommandLineParser &parser, QSqlDatabase db, const QString &command);
// Writes bytes to FILE through a temporary file and a rename, or to stdout when FILE is empty.
bool writeOutput(const QString &file, const QByteArray &bytes, QString *error);

} // namespace air::cli
