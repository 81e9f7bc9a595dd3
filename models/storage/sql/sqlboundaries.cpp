// The region boundaries (schema version 10) in SQL that both engines read alike.
#include "storage/sql/sqlstorage.h"

#include "storage/sql/sql.h"
#include "storage/sql/sqlrows.h"
#include "storage/storagetext.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace air {

using namespace sqlrows;

Result<QList<RegionBoundaryRecord>> SqlStorage::regionBoundaries(const QStringList &regionCodes)
{
    QString statement = u"SELECT region, outline, source_file, feature, imported_by, imported_at FROM region_boundaries"_s;
    if (!regionCodes.isEmpty())
        statement += u" WHERE region IN (%1)"_s.arg(QStringList(regionCodes.size(), u"?"_s).join(u", "_s));
    statement += u" ORDER BY region"_s;
    QVariantList values;
    for (const QString &code : regionCodes)
        values << code;
    Result<QList<RegionBoundaryRecord>> out = readAll<RegionBoundaryRecord>(*this, statement, values,
        [](const Row &r) {
            RegionBoundaryRecord b;
            b.region = r.text("region");
            b.rings = boundaryOutlineFromText(r.text("outline"));
            b.sourceFile = r.text("source_file");
            b.feature = int(r.integer("feature"));
            b.importedBy = r.text("imported_by");
            b.importedAt = r.text("imported_at");
            return b;
        },
        AIR_PROBLEM(StorageText::tr("cannot read the region boundaries")));
    if (out) {
        for (const RegionBoundaryRecord &b : std::as_const(*out))
            if (b.rings.isEmpty())
                return storageProblem(ErrorKind::Damaged,
                    StorageText::tr("the stored boundary of %1 is not an outline").arg(b.region), locator());
    }
    return out;
}

Status SqlStorage::saveRegionBoundaries(const QList<RegionBoundaryRecord> &boundaries)
{
    if (readOnly())
        return readOnlyRefusal(StorageText::tr("no boundary was imported"));
    Result<QList<RegionRecord>> regionList = regions();
    if (!regionList)
        return regionList.problems();
    QSet<QString> known, seen;
    for (const RegionRecord &r : std::as_const(*regionList))
        known.insert(r.code);
    for (const RegionBoundaryRecord &b : boundaries) {
        if (!known.contains(b.region))
            return storageProblem(ErrorKind::Invalid, StorageText::tr("unknown region '%1'").arg(b.region));
        if (seen.contains(b.region))
            return storageProblem(ErrorKind::Invalid, StorageText::tr("two boundaries for %1").arg(b.region));
        seen.insert(b.region);
        for (const QList<QPointF> &ring : b.rings)
            if (ring.size() < 4 || ring.first() != ring.last())
                return storageProblem(ErrorKind::Invalid, StorageText::tr("a ring of %1 is not a closed ring of four points or more").arg(b.region));
        if (b.rings.isEmpty())
            return storageProblem(ErrorKind::Invalid, StorageText::tr("the boundary of %1 has no ring").arg(b.region));
    }
    return writeInTransaction(StorageText::tr("no boundary was imported"), [&](QSqlDatabase &db) -> Status {
        const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        // What the import replaces, for its entry in the import log (every write is recorded there).
        QStringList files;
        QVariantList regions;
        for (const RegionBoundaryRecord &b : boundaries) {
            regions << b.region;
            if (!b.sourceFile.isEmpty() && !files.contains(b.sourceFile))
                files << b.sourceFile;
        }
        qint64 replaced = 0;
        if (!regions.isEmpty()) {
            QSqlQuery stored(db);
            stored.prepare(u"SELECT COUNT(*) FROM region_boundaries WHERE region IN (%1)"_s.arg(
                QStringList(regions.size(), u"?"_s).join(u", "_s)));
            for (const QVariant &r : std::as_const(regions))
                stored.addBindValue(r);
            if (!stored.exec() || !stored.next())
                return problemOf(stored.lastError(), StorageText::tr("cannot import the boundaries"));
            replaced = stored.value(0).toLongLong();
        }
        QSqlQuery insert(db);
        if (!insert.prepare(u"INSERT INTO region_boundaries (region, outline, points, source_file, feature, imported_by, "
                            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (region) DO UPDATE SET outline = excluded.outline, "
                            "points = excluded.points, source_file = excluded.source_file, feature = excluded.feature, "
                            "imported_by = excluded.imported_by, imported_at = excluded.imported_at"_s))
            return problemOf(insert.lastError(), StorageText::tr("cannot import the boundaries"));
        for (const RegionBoundaryRecord &b : boundaries) {
            const QVariantList values { b.region, boundaryOutlineText(b.rings), qint64(b.pointCount()), text(b.sourceFile),
                b.feature, text(userName()), at };
            for (int i = 0; i < values.size(); ++i)
                insert.bindValue(i, values[i]);
            if (!insert.exec())
                return problemOf(insert.lastError(), StorageText::tr("cannot import the boundary of %1").arg(b.region));
        }
        QSqlQuery logged(db);
        logged.prepare(u"INSERT INTO import_log (changed_by, changed_at, origin, files, inserted, replaced) "
                       "VALUES (?, ?, 'user', ?, ?, ?)"_s);
        for (const QVariant &v : QVariantList { text(userName()), at, files.join(u", "_s), qint64(boundaries.size()) - replaced,
                 replaced })
            logged.addBindValue(v);
        if (!logged.exec())
            return problemOf(logged.lastError(), StorageText::tr("cannot import the boundaries"));
        return Ok {};
    });
}

} // namespace air
