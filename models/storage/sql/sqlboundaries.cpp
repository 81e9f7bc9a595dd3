// The region boundaries (schema version 9) in SQL that both engines read alike.
#include "storage/sql/sqlstorage.h"

#include "storage/sql/sql.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace air {

Result<QList<RegionBoundaryRecord>> SqlStorage::regionBoundaries(const QStringList &regionCodes)
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QString statement = u"SELECT region, outline, source_file, feature, imported_by, imported_at FROM region_boundaries"_s;
    if (!regionCodes.isEmpty()) {
        QStringList marks;
        for (qsizetype i = 0; i < regionCodes.size(); ++i)
            marks << u"?"_s;
        statement += u" WHERE region IN (%1)"_s.arg(marks.join(u", "_s));
    }
    statement += u" ORDER BY region"_s;
    if (!q.prepare(statement))
        return problemOf(q.lastError(), u"cannot read the region boundaries"_s);
    for (const QString &code : regionCodes)
        q.addBindValue(code);
    if (!q.exec())
        return problemOf(q.lastError(), u"cannot read the region boundaries"_s);
    QList<RegionBoundaryRecord> out;
    while (q.next()) {
        RegionBoundaryRecord b;
        b.region = q.value(0).toString();
        b.rings = boundaryOutlineFromText(q.value(1).toString());
        b.sourceFile = q.value(2).toString();
        b.feature = q.value(3).toInt();
        b.importedBy = q.value(4).toString();
        b.importedAt = q.value(5).toString();
        if (b.rings.isEmpty())
            return storageProblem(ErrorKind::Damaged, u"the stored boundary of %1 is not an outline"_s.arg(b.region), locator());
        out << b;
    }
    if (q.lastError().isValid())
        return problemOf(q.lastError(), u"cannot read the region boundaries"_s);
    return out;
}

Status SqlStorage::saveRegionBoundaries(const QList<RegionBoundaryRecord> &boundaries)
{
    if (readOnly())
        return storageProblem(ErrorKind::ReadOnly, u"the database is open read-only: no boundary was imported"_s, locator());
    Result<QList<RegionRecord>> regionList = regions();
    if (!regionList)
        return regionList.problems();
    QSet<QString> known, seen;
    for (const RegionRecord &r : std::as_const(*regionList))
        known.insert(r.code);
    for (const RegionBoundaryRecord &b : boundaries) {
        if (!known.contains(b.region))
            return storageProblem(ErrorKind::Invalid, u"unknown region '%1'"_s.arg(b.region));
        if (seen.contains(b.region))
            return storageProblem(ErrorKind::Invalid, u"two boundaries for %1"_s.arg(b.region));
        seen.insert(b.region);
        for (const QList<QPointF> &ring : b.rings)
            if (ring.size() < 4 || ring.first() != ring.last())
                return storageProblem(ErrorKind::Invalid, u"a ring of %1 is not a closed ring of four points or more"_s.arg(b.region));
        if (b.rings.isEmpty())
            return storageProblem(ErrorKind::Invalid, u"the boundary of %1 has no ring"_s.arg(b.region));
    }
    QSqlDatabase db = connection();
    Transaction tx(db);
    if (!tx.begin())
        return storageProblem(ErrorKind::Busy, u"cannot start importing the boundaries: %1"_s.arg(tx.errorText()), locator());
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO region_boundaries (region, outline, points, source_file, feature, imported_by, imported_at) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (region) DO UPDATE SET outline = excluded.outline, "
                        "points = excluded.points, source_file = excluded.source_file, feature = excluded.feature, "
                        "imported_by = excluded.imported_by, imported_at = excluded.imported_at"_s)) {
        tx.rollback();
        return problemOf(insert.lastError(), u"cannot import the boundaries"_s);
    }
    for (const RegionBoundaryRecord &b : boundaries) {
        const QVariantList values { b.region, boundaryOutlineText(b.rings), qint64(b.pointCount()),
            b.sourceFile.isNull() ? u""_s : b.sourceFile, b.feature, userName().isNull() ? u""_s : userName(), at };
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values[i]);
        if (!insert.exec()) {
            const QSqlError e = insert.lastError();
            tx.rollback();
            return problemOf(e, u"cannot import the boundary of %1"_s.arg(b.region));
        }
    }
    if (!tx.commit())
        return storageProblem(ErrorKind::Failed, u"the boundaries could not be imported: %1"_s.arg(tx.errorText()), locator());
    return Ok {};
}

} // namespace air
