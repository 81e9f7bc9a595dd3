#include "import/importer.h"
#include "import/importtext.h"

#include "database/database.h"

#include "database/schema.h"
#include "database/sql.h"
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

// Raises the connection's page cache for the duration of an import, then restores it.
class CacheSizeScope final {
public:
    CacheSizeScope(QSqlDatabase &db, int kibibytes) : m_db(db)
    {
        m_previous = sql::scalar(db, u"PRAGMA cache_size"_s).toInt();
        setCacheSize(kibibytes);
    }
    ~CacheSizeScope() { setCacheSize(m_previous); }

private:
    void setCacheSize(int value) { (void)sql::exec(m_db, u"PRAGMA cache_size = %1"_s.arg(value)); }
    QSqlDatabase &m_db;
    int m_previous = -2000;
};

// SQLite's own per-row checks, off for the duration of an import and back on afterwards
// (destroyed after the transaction, which is declared later). Foreign-key enforcement cannot
// change inside a transaction, so this must wrap BEGIN.
//  - Foreign keys: every reference is validated in memory against the rows of this same
//    transaction; SQLite's parent lookups only repeated that work (0.3 s per million rows).
//    SQLite checks the whole database once before the commit instead (foreign_key_check,
//    0.08 s per million rows).
//  - CHECK constraints: every value is validated against the same lists before it is bound
//    (status, pillar, sector, direction, level, weights >= 0; origin is a constant), and
//    evaluating the text CHECKs per row cost 0.4 s per million rows.
class BulkChecksOffScope final {
public:
    explicit BulkChecksOffScope(QSqlDatabase &db) : m_db(db)
    {
        (void)sql::exec(m_db, u"PRAGMA foreign_keys = OFF"_s);
        (void)sql::exec(m_db, u"PRAGMA ignore_check_constraints = ON"_s);
    }
    ~BulkChecksOffScope()
    {
        (void)sql::exec(m_db, u"PRAGMA ignore_check_constraints = OFF"_s);
        (void)sql::exec(m_db, u"PRAGMA foreign_keys = ON"_s);
    }
    BulkChecksOffScope(const BulkChecksOffScope &) = delete;
    BulkChecksOffScope &operator=(const BulkChecksOffScope &) = delete;

private:
    QSqlDatabase &m_db;
};

void importOne(ImportSession &session, const InputFile &file, FileReport &report, QSet<int> &usedMaps)
{
    session.beginFile(&report);
    Result<DecodedText> decoded = decodeText(file.bytes, file.name);
    if (!decoded) {
        for (const Problem &p : decoded.problems())
            session.addProblem(p.line, p.column, p.reason);
        return;
    }
    report.encoding = encodingName(decoded->encoding);
    const QString &text = decoded->text;

    CsvParser parser(text, file.name);
    if (!parser.next()) {
        if (parser.problem())
            session.addProblem(parser.problem()->line, parser.problem()->column, parser.problem()->reason);
        else
            session.addProblem(0, 0, ImportText::tr("the file is empty"));
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
        Result<KosisTable> table = readKosisTable(text, file.name);
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

Result<ImportReport> Importer::importFiles(QSqlDatabase &db, const QStringList &paths, const ImportOptions &options)
{
    QList<InputFile> files;
    for (const QString &path : paths) {
        Result<InputFile> f = readInputFile(path);
        if (!f)
            return f.problems();
        files << std::move(*f);
    }
    return importData(db, files, options);
}

Result<ImportReport> Importer::importData(QSqlDatabase &db, const QList<InputFile> &files, const ImportOptions &options)
{
    ImportReport report;
    report.checkOnly = options.checkOnly;
    report.files.reserve(files.size());
    if (isReadOnly(db))
        return Problem { db.databaseName(), 0, 0,
            ImportText::tr("the database is open read-only (no write permission on the file or its folder): nothing can be imported") };

    // A bulk import touches far more pages than SQLite's default 2 MB cache holds; without a
    // larger cache it spills to the WAL over and over (measured: most of the time in pread/pwrite).
    CacheSizeScope cache(db, -262144);
    BulkChecksOffScope bulkChecks(db);
    Transaction tx(db);
    if (!tx.begin())
        return Problem { db.databaseName(), 0, 0, ImportText::tr("cannot start the import: %1").arg(tx.errorText()) };
    // One bump of the observations' version for the whole import, not one per row.
    if (Status s = schema::suspendObservationTriggers(db); !s)
        return s.problems();

    if (options.beforeWrite) {
        if (Status s = options.beforeWrite(db); !s)
            return s.problems();
    }
    ImportSession session(db, options);
    if (!session.prepare())
        return Problem { db.databaseName(), 0, 0, ImportText::tr("the database is not ready for an import") };

    QSet<int> usedMaps;
    for (const InputFile &file : files) {
        report.files.append(FileReport { file.name, {}, {}, 0, 0, 0, 0, {}, {} });
        importOne(session, file, report.files.last(), usedMaps);
        if (session.tooManyProblems())
            break;
    }
    if (!session.hasProblems()) {
        for (int m = 0; m < options.maps.size(); ++m) {
            if (!usedMaps.contains(m))
                session.addProblem(0, 0, ImportText::tr("--map %1=%2 matched no item in any file").arg(options.maps[m].first, options.maps[m].second));
        }
    }
    if (session.hasProblems()) {
        tx.rollback();
        QList<Problem> problems = session.problems();
        if (problems.size() >= ImportSession::maxProblems)
            problems << Problem { {}, 0, 0, ImportText::tr("(stopped after %1 problems; nothing was written)").arg(ImportSession::maxProblems) };
        return problems;
    }
    if (options.afterWrite) {
        if (Status s = options.afterWrite(db); !s)
            return s.problems();
    }
    if (Status s = schema::resumeObservationTriggers(db); !s)
        return s.problems();
    if (Result<QSqlQuery> q = sql::run(db, u"PRAGMA foreign_key_check"_s); !q || q->next()) {
        tx.rollback();
        return Problem { db.databaseName(), 0, 0,
            ImportText::tr("the import would leave a row of %1 pointing to a missing row of %2; nothing was written").arg(
                q ? q->value(0).toString() : u"?"_s, q ? q->value(2).toString() : u"?"_s) };
    }
    if (options.checkOnly) {
        tx.rollback();
        return report;
    }
    if (!tx.commit())
        return Problem { db.databaseName(), 0, 0, ImportText::tr("the import could not be saved: %1").arg(tx.errorText()) };
    return report;
}

} // namespace air
