#include "storage/sqlite/sqlitestorage.h"

#include "index/indextypes.h"
#include "storage/sql/sql.h"
#include "storage/sqlite/schema.h"
#include "storage/sqlite/sqlitecheck.h"
#include "storage/sqlite/sqliteimportwriter.h"
#include "storage/sqlite/statement.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace air {
namespace {

using Column = std::vector<double>;

// The figure cache (schema version 3) for large scopes: the columns as (indicator, year, one
// double per region), valid for the observations' version and the region list it was written with.
QByteArray serialise(const FigureColumns &figures)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << qint32(figures.size());
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        out << it.key() << qint32(it->size());
        for (const auto &[year, column] : *it) {
            out << qint32(year);
            out.writeRawData(reinterpret_cast<const char *>(column.data()), int(column.size() * sizeof(double)));
        }
    }
    return bytes;
}

bool deserialise(const char *data, int size, size_t units, FigureColumns *figures)
{
    // Straight from SQLite's buffer: a copy of a 9 MB blob costs more than the parsing.
    QByteArray bytes = QByteArray::fromRawData(data, size);
    QDataStream in(bytes);
    qint32 indicators = 0;
    in >> indicators;
    for (qint32 i = 0; i < indicators && in.status() == QDataStream::Ok; ++i) {
        QString id;
        qint32 years = 0;
        in >> id >> years;
        std::map<int, Column> &byYear = (*figures)[id];
        for (qint32 y = 0; y < years && in.status() == QDataStream::Ok; ++y) {
            qint32 year = 0;
            in >> year;
            Column column(units);
            const int size = int(units * sizeof(double));
            if (in.readRawData(reinterpret_cast<char *>(column.data()), size) != size)
                return false;
            byYear.emplace(year, std::move(column));
        }
    }
    return in.status() == QDataStream::Ok && in.atEnd();
}

} // namespace

Result<std::shared_ptr<SqliteStorage>> SqliteStorage::open(const QString &path, const Options &options)
{
    Result<Database> database = Database::open(path, options);
    if (!database)
        return database.problems();
    return std::shared_ptr<SqliteStorage>(new SqliteStorage(std::move(*database)));
}

QString SqliteStorage::userName() const
{
    const QString name = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return name.isEmpty() ? u"user"_s : name;
}

Problem SqliteStorage::problemOf(const QSqlError &error, const QString &what) const
{
    const QString code = error.nativeErrorCode();
    ErrorKind kind = ErrorKind::Failed;
    const int primary = code.toInt() & 0xff;
    if (primary == SQLITE_READONLY)
        kind = ErrorKind::ReadOnly;
    else if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        kind = ErrorKind::Busy;
    else if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        kind = ErrorKind::Damaged;
    else if (primary == SQLITE_CONSTRAINT)
        kind = ErrorKind::Conflict;
    return storageProblem(kind, u"%1: %2"_s.arg(what, error.text()), locator());
}

Result<QList<RegionGroupRecord>> SqliteStorage::regionGroups()
{
    // In the order the groups were added (rowid): 수도권, 비수도권, 전남+광주.
    QSqlDatabase db = connection();
    Result<QSqlQuery> q = sql::run(db,
        u"SELECT g.id, g.name_ko, g.name_en, COALESCE(m.region, '') FROM region_groups g "
        "LEFT JOIN region_group_members m ON m.group_id = g.id ORDER BY g.rowid, m.region"_s);
    if (!q)
        return storageProblem(ErrorKind::Failed, u"cannot read the region groups: %1"_s.arg(q.errorText()), locator());
    QList<RegionGroupRecord> out;
    while (q->next()) {
        const QString id = q->value(0).toString();
        if (out.isEmpty() || out.last().id != id)
            out.append({ id, q->value(1).toString(), q->value(2).toString(), {} });
        if (const QString region = q->value(3).toString(); !region.isEmpty())
            out.last().members << region;
    }
    return out;
}

Result<qint64> SqliteStorage::observationsVersion()
{
    QSqlDatabase db = connection();
    return schema::observationsVersion(db);
}

Result<FigureColumns> SqliteStorage::figures(const QStringList &regionCodes)
{
    QSqlDatabase db = connection();
    sqlite3 *handle = sql::handle(db);
    if (!handle)
        return storageProblem(ErrorKind::Unavailable, u"the database is not open"_s, locator());
    const size_t unitCount = size_t(regionCodes.size());
    FigureColumns out;

    // From the cache when the observations have not changed since it was written (a million
    // district figures read in 140 ms, the cache in a few; the provinces' in about a millisecond either way).
    const QString units = regionCodes.join(u',');
    const QByteArray cacheKey = QByteArray::number(qHashBits(units.constData(), size_t(units.size()) * sizeof(QChar), 0))
        + ':' + QByteArray::number(regionCodes.size());
    const qint64 version = schema::observationsVersion(db);
    {
        Statement read(handle, "SELECT observations_version, units, figures FROM figure_cache WHERE scope = ?");
        read.bindCopy(1, cacheKey);
        if (read.isValid() && read.step() == SQLITE_ROW && read.columnInt64(0) == version && read.columnText(1) == units) {
            const auto [data, size] = read.columnBlob(2);
            if (deserialise(data, size, unitCount, &out))
                return out;
            out.clear(); // damaged: read the observations instead
        }
    }

    // The refs of the regions, then region by region along the primary key (region_ref, ...),
    // through the C API: at district level this reads a million figures, and a QVariant per value
    // would dominate.
    QHash<QString, qint64> refOfCode;
    {
        Statement regions(handle, "SELECT code, ref FROM regions");
        while (regions.step() == SQLITE_ROW)
            refOfCode.insert(regions.columnText(0), regions.columnInt64(1));
    }
    QHash<qint64, QString> idOfRef;
    {
        Statement indicators(handle, "SELECT ref, id FROM indicators");
        while (indicators.step() == SQLITE_ROW)
            idOfRef.insert(indicators.columnInt64(0), indicators.columnText(1));
    }
    Statement read(handle, "SELECT indicator_ref, year, value FROM observations WHERE region_ref = ?");
    if (!read.isValid())
        return storageProblem(ErrorKind::Failed, read.errorText(), locator());
    qint64 lastRef = -1;
    std::map<int, Column> *byYear = nullptr;
    for (size_t u = 0; u < unitCount; ++u) {
        const qint64 ref = refOfCode.value(regionCodes[qsizetype(u)], 0);
        if (ref == 0)
            continue; // a group, or a code the database does not hold: no figures
        read.reset();
        read.bind(1, ref);
        int rc;
        while ((rc = read.step()) == SQLITE_ROW) {
            const qint64 indicatorRef = read.columnInt64(0);
            if (indicatorRef != lastRef) {
                lastRef = indicatorRef;
                byYear = &out[idOfRef.value(indicatorRef)];
            }
            Column &column = (*byYear)[int(read.columnInt64(1))];
            if (column.empty())
                column.assign(unitCount, index::missing);
            column[u] = read.columnDouble(2);
        }
        if (rc != SQLITE_DONE)
            return storageProblem(ErrorKind::Failed, read.errorText(), locator());
    }
    if (!readOnly()) {
        // A cache: if it cannot be written now (another process writing), the next load reads
        // the observations again. No waiting for a lock on the way to the first paint.
        sqlite3_busy_timeout(handle, 0);
        (void)sql::run(db, u"INSERT OR REPLACE INTO figure_cache (scope, observations_version, units, figures) VALUES (?, ?, ?, ?)"_s,
            { QString::fromLatin1(cacheKey), version, units, serialise(out) });
        sqlite3_busy_timeout(handle, busyTimeoutMs);
    }
    return out;
}

Result<std::unique_ptr<ImportWriter>> SqliteStorage::beginImport()
{
    if (readOnly())
        return storageProblem(ErrorKind::ReadOnly,
            QCoreApplication::translate("air::Import",
                "the database is open read-only (no write permission on the file or its folder): nothing can be imported"),
            locator());
    return SqliteImportWriter::begin(connection(), locator());
}

StorageCheck SqliteStorage::check()
{
    QSqlDatabase db = connection();
    return checkSqliteDatabase(db);
}

} // namespace air
