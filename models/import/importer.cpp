#include "import/importer.h"
#include "import/importtext.h"


#include "import/importsession.h"
#include "import/kosisimport.h"
#include "import/kosisreader.h"
#include "import/owntables.h"
#include "io/csvparser.h"
#include "io/textdecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// Files above this size are refused with a message instead of exhausting memory: the import
// holds one file's text at a time.
constexpr qint64 maxFileBytes = qint64(1) << 30;

QString formatCount(qint64 n)
{
    static const QLocale english(QLocale::English);
    return english.toString(n);
}

void importOne(ImportSession &session, const InputFile &file, FileReport &report, QSet<int> &usedMaps)
{
    session.beginFile(&report);
    Result<TableSource> source = openTableSource(file.name, file.bytes, session.options().sheet);
    if (!source) {
        for (const Problem &p : source.problems())
            session.addProblem(p);
        return;
    }
    report.encoding = source->encoding;
    if (source->isWorkbook())
        session.setSheet(source->sheet->name);

    CsvParser parser = source->parser();
    if (!parser.next()) {
        if (parser.problem())
            session.addProblem(parser.problem()->line, parser.problem()->column, parser.problem()->reason);
        else
            session.addProblem(0, 0, source->isWorkbook() ? ImportText::tr("the sheet is empty") : ImportText::tr("the file is empty"));
        return;
    }
    QStringList header;
    for (QStringView f : parser.fields())
        header << f.toString();

    if (const auto format = detectTableFormat(header)) {
        report.format = format->name;
        importOwnTable(session, *format, header, parser);
        return;
    }
    if (looksLikeKosis(header)) {
        CsvParser records = source->parser();
        Result<KosisTable> table = readKosisTable(records, file.name);
        if (!table) {
            for (const Problem &p : table.problems())
                session.addProblem(p.line, p.column, p.reason);
            return;
        }
        switch (table->layout) {
        case KosisTable::Layout::WideTwoRows: report.format = u"KOSIS (wide)"_s; break;
        case KosisTable::Layout::WideOneRow: report.format = u"KOSIS (wide, one header row)"_s; break;
        case KosisTable::Layout::Long: report.format = u"KOSIS (long)"_s; break;
        }
        usedMaps.unite(importKosisTable(session, *table));
        return;
    }
    QStringList known;
    for (const TableFormat &f : tableFormats())
        known << u"%1 (%2)"_s.arg(f.name, f.required.join(u','));
    session.addProblem(1, 1,
        ImportText::tr("unknown header \"%1\": expected one of the project's formats, %2, or a KOSIS export").arg(
            header.join(u','), known.join(u"; "_s)));
}

} // namespace

qint64 ImportReport::written() const
{
    qint64 n = 0;
    for (const FileReport &f : files)
        n += f.written;
    return n;
}

qint64 ImportReport::replaced() const
{
    qint64 n = 0;
    for (const FileReport &f : files)
        n += f.replaced;
    return n;
}

QString ImportReport::toText() const
{
    QString out;
    for (const FileReport &f : files) {
        out += ImportText::tr("%1 (%2, %3): %4 rows read, %5 written, %6 replaced, %7 unchanged").arg(f.file, f.format, f.encoding,
            formatCount(f.read), formatCount(f.written), formatCount(f.replaced), formatCount(f.unchanged));
        qint64 skipped = 0;
        for (auto it = f.skipped.cbegin(); it != f.skipped.cend(); ++it)
            skipped += it.value();
        out += ImportText::tr(", %1 skipped\n").arg(formatCount(skipped));
        for (auto it = f.skipped.cbegin(); it != f.skipped.cend(); ++it)
            out += ImportText::tr("  skipped %1: %2\n").arg(formatCount(it.value()), it.key());
        for (const QString &note : f.notes)
            out += ImportText::tr("  note: %1\n").arg(note);
    }
    if (checkOnly)
        out += ImportText::tr("check only: the files are valid; nothing was written\n");
    return out;
}

Result<InputFile> Importer::readInputFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Problem { path, 0, 0, ImportText::tr("no such file") };
    if (info.isDir())
        return Problem { path, 0, 0, ImportText::tr("this is a directory, not a file") };
    if (!info.isReadable())
        return Problem { path, 0, 0, ImportText::tr("no permission to read this file") };
    if (info.size() > maxFileBytes)
        return Problem { path, 0, 0,
            ImportText::tr("the file is too large to import in one go (%1 MB; the limit is %2 MB): split it into smaller files")
                .arg(info.size() >> 20)
                .arg(maxFileBytes >> 20) };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Problem { path, 0, 0, ImportText::tr("cannot read the file: %1").arg(file.errorString()) };
    return InputFile { path, file.readAll() };
}

Result<ImportReport> Importer::importFiles(Storage &storage, const QStringList &paths, const ImportOptions &options)
{
    QList<InputFile> files;
    for (const QString &path : paths) {
        Result<InputFile> f = readInputFile(path);
        if (!f)
            return f.problems();
        files << std::move(*f);
    }
    return importData(storage, files, options);
}

Result<ImportReport> Importer::importData(Storage &storage, const QList<InputFile> &files, const ImportOptions &options)
{
    ImportReport report;
    report.checkOnly = options.checkOnly;
    report.files.reserve(files.size());
    // A read-only storage refuses here, in its own words (a file without permission, a viewer).
    Result<std::unique_ptr<ImportWriter>> begun = storage.beginImport();
    if (!begun)
        return begun.problems();
    ImportWriter &writer = **begun;
    QStringList names;
    for (const InputFile &file : files)
        names << QFileInfo(file.name).fileName();
    writer.setProvenance(storage.userName(), names.join(u", "_s));
    if (options.beforeWrite) {
        if (Status s = options.beforeWrite(writer); !s)
            return s.problems();
    }
    ImportSession session(storage, writer, options);
    if (Status s = session.prepare(); !s)
        return storageProblem(s.errorKind(), ImportText::tr("the database is not ready for an import: %1").arg(s.errorText()),
            storage.locator());

    QSet<int> usedMaps;
    for (const InputFile &file : files) {
        report.files.append(FileReport { file.name, {}, {}, 0, 0, 0, 0, {}, {} });
        importOne(session, file, report.files.last(), usedMaps);
        if (session.tooManyProblems())
            break;
    }
    session.awaitWritten(); // the last rows: before "valid" (a check only) or the commit
    if (!session.hasProblems()) {
        for (int m = 0; m < options.maps.size(); ++m) {
            if (!usedMaps.contains(m))
                session.addProblem(0, 0, ImportText::tr("--map %1=%2 matched no item in any file").arg(options.maps[m].first, options.maps[m].second));
        }
    }
    if (session.hasProblems()) {
        QList<Problem> problems = session.problems();
        if (problems.size() >= ImportSession::maxProblems)
            problems << Problem { {}, 0, 0, ImportText::tr("(stopped after %1 problems; nothing was written)").arg(ImportSession::maxProblems) };
        return problems; // the writer rolls back
    }
    if (options.afterWrite) {
        if (Status s = options.afterWrite(writer); !s)
            return s.problems();
    }
    if (options.checkOnly)
        return report; // validated, and rolled back with the writer
    qint64 inserted = 0, replaced = 0;
    for (const FileReport &f : std::as_const(report.files)) {
        inserted += f.written;
        replaced += f.replaced;
    }
    if (Status s = writer.recordImport(options.origin, inserted, replaced); !s)
        return s.problems();
    if (Status s = writer.commit(); !s)
        return s.problems();
    return report;
}

} // namespace air
