#pragma once

#include "core/result.h"
#include "storage/importwriter.h"
#include "storage/storage.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace air {

struct ImportOptions {
    // --map TEXT=INDICATOR: every KOSIS item whose cleaned name contains TEXT.
    QList<std::pair<QString, QString>> maps;
    // --filter COLUMN=VALUE: KOSIS classification columns besides region and period.
    QList<std::pair<QString, QString>> filters;
    // --sheet NAME: the sheet of an Excel workbook to read (the first sheet when empty).
    QString sheet;
    // Validate everything, write nothing (the transaction is rolled back at the end).
    bool checkOnly = false;
    // Allow overwriting observations that a user imported or typed earlier.
    bool replaceUserRows = false;
    Origin origin = Origin::User;
    // Called now and then with the file being read and the share of it done (0..1).
    std::function<void(const QString &file, double fraction)> progress;
    // Run inside the import's transaction, before the first and after the last file
    // (the bundled dataset uses them to clear and tidy its own rows).
    std::function<Status(ImportWriter &)> beforeWrite;
    std::function<Status(ImportWriter &)> afterWrite;
};

struct InputFile {
    QString name; // shown in messages
    QByteArray bytes;
};

struct FileReport {
    QString file;
    QString format;   // "observations", "regions", ..., "KOSIS (wide)"
    QString encoding; // "UTF-8", "CP949", ...
    qint64 read = 0;
    qint64 written = 0;
    qint64 replaced = 0;
    qint64 unchanged = 0;
    QMap<QString, qint64> skipped; // reason → rows
    QStringList notes;
};

struct ImportReport {
    QList<FileReport> files;
    bool checkOnly = false;

    qint64 written() const;
    qint64 replaced() const;
    QString toText() const;
};

// Imports files of the project's own CSV formats and KOSIS exports, as CSV or as Excel workbooks
// (.xlsx, whose sheet gives the same rows), in the order given, in one transaction: on any problem
// nothing is written and every problem found (up to a limit) is returned with its file, line (or
// sheet and cell), column and reason.
class Importer final {
public:
    static Result<ImportReport> importFiles(Storage &storage, const QStringList &paths, const ImportOptions &options);
    static Result<ImportReport> importData(Storage &storage, const QList<InputFile> &files, const ImportOptions &options);

    // Reads a file the way import does, with clear messages for directories, missing files and
    // files that cannot be read.
    static Result<InputFile> readInputFile(const QString &path);
};

} // namespace air
