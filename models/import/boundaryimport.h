#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QString>
#include <QStringList>

namespace air {

class ReferenceData;
class Storage;

// Administrative boundaries from a GeoJSON FeatureCollection, as KOSTAT's SGIS (and the files
// derived from it) give them: Polygon or MultiPolygon features whose properties name the region by
// code or name (adm_cd, SIG_CD, CTPRVN_CD, adm_nm, SIG_KOR_NM, CTP_KOR_NM, ...), in WGS84 degrees or
// UTM-K metres (EPSG:5179; from the crs member, or else from the coordinates' range). Features are
// matched to regions through the same aliases as every import; each ring is checked, converted to
// WGS84 and simplified (Douglas–Peucker, geo::boundaryToleranceMetres).
struct BoundaryImport {
    QString file;
    QString coordinateSystem; // "WGS84 (EPSG:4326)" or "UTM-K (EPSG:5179)"
    QList<RegionBoundaryRecord> boundaries; // one per region matched (features of one region merged)
    QStringList unmatched;    // "features[3] (영등포구): no region with that code or name"
    qsizetype features = 0;
    qsizetype pointsRead = 0; // of the matched features, before simplification
    qsizetype pointsKept = 0; // after
};

// Larger files are refused by their size, before anything is read (a country's boundaries at full
// resolution are a few hundred MB as GeoJSON: simplify them first, e.g. with mapshaper).
inline constexpr qint64 maxBoundaryFileBytes = 256LL * 1024 * 1024;

// True for a file the import reads as boundaries (.geojson, or .json).
bool isBoundaryFile(const QString &path);

// Reads and checks the whole file: a problem names the file, the feature (features[N], 0-based as
// in the file) and the reason, or the line and column of bad JSON. No feature matching a region is
// an error; some unmatched ones are listed in the result.
Result<BoundaryImport> readBoundaries(const QString &path, const ReferenceData &reference,
    qint64 maxBytes = maxBoundaryFileBytes);

// Reads the file and, unless checkOnly, stores its outlines (replacing those of the regions it
// names) in one transaction: all or nothing.
Result<BoundaryImport> importBoundaries(Storage &storage, const QString &path, bool checkOnly = false);

// What the import did, for the command line and the import dialog.
QString boundaryReport(const BoundaryImport &import, bool checkOnly);

} // namespace air
