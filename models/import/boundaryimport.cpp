#include "import/boundaryimport.h"

#include "geo/simplify.h"
#include "geo/utmk.h"
#include "import/importtext.h"
#include "import/referencedata.h"
#include "storage/storage.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRectF>

#include <cmath>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace air {
namespace {

enum class Crs { Wgs84, UtmK };

// Properties that carry a region's code or name, in the order they are tried: codes first (a name
// may be shared by two provinces' districts), then names. SGIS: adm_cd, adm_nm; the administrative
// boundary files derived from it: SIG_CD, SIG_KOR_NM, CTPRVN_CD, CTP_KOR_NM.
const QStringList codeKeys = { u"adm_cd"_s, u"ADM_CD"_s, u"adm_cd2"_s, u"SIG_CD"_s, u"sig_cd"_s, u"CTPRVN_CD"_s,
    u"ctprvn_cd"_s, u"code"_s, u"CODE"_s };
const QStringList nameKeys = { u"adm_nm"_s, u"ADM_NM"_s, u"SIG_KOR_NM"_s, u"sig_kor_nm"_s, u"CTP_KOR_NM"_s,
    u"ctp_kor_nm"_s, u"name"_s, u"NAME"_s, u"SIG_ENG_NM"_s, u"CTP_ENG_NM"_s };
// Where a province's name stands beside a district's, to tell two districts of one name apart.
const QStringList provinceKeys = { u"CTP_KOR_NM"_s, u"ctp_kor_nm"_s, u"sido_nm"_s, u"SIDO_NM"_s };

// Korea with its islands (Marado 33.1° N, Dokdo 131.9° E), with a margin: a point outside is a
// coordinate system mistaken, not a boundary.
const QRectF korea(QPointF(123.5, 32.5), QPointF(132.5, 39.8));

struct Failure {
    QString reason;
};

Problem featureProblem(const QString &file, qsizetype feature, const QString &reason)
{
    return Problem { file, 0, 0, u"features[%1]: %2"_s.arg(feature).arg(reason) };
}

// Line and column (1-based, in characters) of a byte offset of the file.
std::pair<qint64, int> lineAndColumn(const QByteArray &data, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, data.size());
    qint64 line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (data[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, int(QString::fromUtf8(data.constData() + lineStart, offset - lineStart).size()) + 1 };
}

QString coordinateText(const QPointF &p)
{
    return u"(%1, %2)"_s.arg(p.x(), 0, 'g', 10).arg(p.y(), 0, 'g', 10);
}

// The coordinate system the crs member names; nullopt without one; a Failure for another system.
std::optional<Crs> declaredCrs(const QJsonObject &root, QString *unsupported)
{
    const QJsonValue crs = root.value(u"crs"_s);
    if (!crs.isObject())
        return std::nullopt;
    const QString name = crs.toObject().value(u"properties"_s).toObject().value(u"name"_s).toString();
    if (name.isEmpty())
        return std::nullopt;
    if (name.contains(u"CRS84"_s) || name.endsWith(u":4326"_s) || name.endsWith(u"::4326"_s))
        return Crs::Wgs84;
    if (name.endsWith(u":5179"_s))
        return Crs::UtmK;
    *unsupported = name;
    return std::nullopt;
}

// A position: two or three finite numbers.
std::optional<QPointF> positionOf(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    if (!v.isArray() || a.size() < 2 || a.size() > 3 || !a[0].isDouble() || !a[1].isDouble())
        return std::nullopt;
    const QPointF p(a[0].toDouble(), a[1].toDouble());
    if (!std::isfinite(p.x()) || !std::isfinite(p.y()))
        return std::nullopt;
    return p;
}

// The first position of a feature's geometry, to tell the coordinate system from its range.
std::optional<QPointF> firstPosition(const QJsonArray &features)
{
    for (const QJsonValue &f : features) {
        QJsonValue v = f.toObject().value(u"geometry"_s).toObject().value(u"coordinates"_s);
        while (v.isArray() && !v.toArray().isEmpty() && v.toArray().first().isArray())
            v = v.toArray().first();
        if (const auto p = positionOf(v))
            return p;
    }
    return std::nullopt;
}

// The polygons of a geometry: each a list of rings, each a list of positions (as in the file).
std::variant<QList<QJsonArray>, Failure> polygonsOf(const QJsonValue &geometry)
{
    if (!geometry.isObject())
        return Failure { ImportText::tr("it has no geometry") };
    const QJsonObject g = geometry.toObject();
    const QString type = g.value(u"type"_s).toString();
    const QJsonValue coordinates = g.value(u"coordinates"_s);
    if (type != u"Polygon"_s && type != u"MultiPolygon"_s)
        return Failure { ImportText::tr("its geometry is a %1; a boundary is a Polygon or a MultiPolygon")
                             .arg(type.isEmpty() ? ImportText::tr("(no type)") : type) };
    if (!coordinates.isArray() || coordinates.toArray().isEmpty())
        return Failure { ImportText::tr("its %1 has no coordinates").arg(type) };
    QList<QJsonArray> polygons;
    if (type == u"Polygon"_s) {
        polygons << coordinates.toArray();
    } else {
        for (const QJsonValue &p : coordinates.toArray()) {
            if (!p.isArray())
                return Failure { ImportText::tr("polygon %1 of its MultiPolygon is not a list of rings").arg(polygons.size() + 1) };
            polygons << p.toArray();
        }
    }
    return polygons;
}

// Reads, checks, converts and simplifies the rings of one feature.
std::variant<QList<QList<QPointF>>, Failure> ringsOf(const QList<QJsonArray> &polygons, Crs crs, qsizetype *read)
{
    QList<QList<QPointF>> rings;
    int number = 0;
    for (const QJsonArray &polygon : polygons) {
        for (const QJsonValue &ringValue : polygon) {
            ++number;
            if (!ringValue.isArray())
                return Failure { ImportText::tr("ring %1 is not a list of positions").arg(number) };
            const QJsonArray positions = ringValue.toArray();
            QList<QPointF> ring;
            ring.reserve(positions.size());
            for (qsizetype i = 0; i < positions.size(); ++i) {
                const std::optional<QPointF> p = positionOf(positions[i]);
                if (!p)
                    return Failure { ImportText::tr("point %1 of ring %2 is not a position (two numbers)").arg(i + 1).arg(number) };
                ring << *p;
            }
            if (ring.size() < 4)
                return Failure { ImportText::tr("ring %1 has %2 points; a closed ring needs 4 or more").arg(number).arg(ring.size()) };
            if (ring.first() != ring.last())
                return Failure { ImportText::tr("ring %1 is not closed: its last point %2 is not its first %3")
                                     .arg(number)
                                     .arg(coordinateText(ring.last()), coordinateText(ring.first())) };
            *read += ring.size();
            for (qsizetype i = 0; i < ring.size(); ++i) {
                const QPointF original = ring[i];
                QPointF &p = ring[i];
                if (crs == Crs::UtmK)
                    p = geo::utmkToLonLat(p.x(), p.y());
                // NaN compares false with everything, and QRectF::contains would take it as inside.
                if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || !korea.contains(p))
                    return Failure { ImportText::tr("point %1 of ring %2 lies outside Korea (%3 is longitude %4, latitude %5): "
                                                    "are the coordinates in another system?")
                                         .arg(i + 1)
                                         .arg(number)
                                         .arg(coordinateText(original))
                                         .arg(p.x(), 0, 'f', 4)
                                         .arg(p.y(), 0, 'f', 4) };
            }
            // Closed but flat (one point repeated, or a line out and back): it would draw as nothing.
            double twiceArea = 0;
            for (qsizetype i = 0; i + 1 < ring.size(); ++i)
                twiceArea += ring[i].x() * ring[i + 1].y() - ring[i + 1].x() * ring[i].y();
            if (std::abs(twiceArea) < 1e-12)
                return Failure { ImportText::tr("ring %1 encloses no area (its points lie on one line or on one spot)").arg(number) };
            rings << geo::simplifyRing(ring, geo::boundaryToleranceMetres);
        }
    }
    return rings;
}

QString propertyText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().trimmed();
    if (v.isDouble()) {
        // A code given as a number; anything that is not a whole number of sensible size names no region.
        const double d = v.toDouble();
        return std::isfinite(d) && d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString();
    }
    return {};
}

// The region a feature's properties name, or why none.
std::variant<int, Failure> regionOf(const QJsonObject &properties, const ReferenceData &reference, QString *label)
{
    QString province;
    for (const QString &key : provinceKeys)
        if (province.isEmpty())
            province = propertyText(properties.value(key));
    const int provinceIndex = province.isEmpty() ? -1 : reference.regionIndex(province);
    for (const QStringList *keys : { &nameKeys, &codeKeys }) // a name to show, else a code
        for (const QString &key : *keys)
            if (label->isEmpty())
                *label = propertyText(properties.value(key));
    QStringList tried;
    QList<int> ambiguous;
    for (const QStringList *keys : { &codeKeys, &nameKeys }) {
        for (const QString &key : *keys) {
            const QString value = propertyText(properties.value(key));
            if (value.isEmpty())
                continue;
            tried << u"%1=%2"_s.arg(key, value);
            if (const int index = reference.regionIndex(value); index >= 0)
                return index;
            // A district's name two provinces share: the one in the province named beside it.
            QList<int> candidates = reference.regionsForAlias(value);
            if (provinceIndex >= 0) {
                const QString code = reference.region(provinceIndex).code;
                candidates.removeIf([&](int c) { return reference.region(c).parent != code; });
                if (candidates.size() == 1)
                    return candidates.first();
            }
            if (candidates.size() > 1)
                ambiguous = candidates;
        }
    }
    if (tried.isEmpty())
        return Failure { ImportText::tr("no property with a region's code or name (%1)").arg((codeKeys + nameKeys).join(u", "_s)) };
    if (!ambiguous.isEmpty()) {
        QStringList codes;
        for (int c : std::as_const(ambiguous))
            codes << reference.region(c).code;
        return Failure { ImportText::tr("%1 may be any of %2").arg(tried.join(u", "_s), codes.join(u", "_s)) };
    }
    return Failure { ImportText::tr("no region with that code or name (%1)").arg(tried.join(u", "_s)) };
}

} // namespace

bool isBoundaryFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"geojson"_s || suffix == u"json"_s;
}

Result<BoundaryImport> readBoundaries(const QString &path, const ReferenceData &reference, qint64 maxBytes)
{
    const QFileInfo info(path);
    const QString file = path;
    if (!info.exists())
        return Problem { file, 0, 0, ImportText::tr("no such file"), ErrorKind::NotFound };
    if (!info.isFile())
        return Problem { file, 0, 0, ImportText::tr("not a regular file") };
    if (info.size() > maxBytes)
        return Problem { file, 0, 0,
            ImportText::tr("the file is %1 MB; boundaries are read up to %2 MB (simplify or split the file first, e.g. with mapshaper)")
                .arg((info.size() + 512 * 1024) / (1024 * 1024))
                .arg(maxBytes / (1024 * 1024)) };
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Problem { file, 0, 0, ImportText::tr("cannot be read: %1").arg(f.errorString()), ErrorKind::Unavailable };
    const QByteArray data = f.readAll();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(data, error.offset);
        return Problem { file, line, column, ImportText::tr("not valid JSON: %1").arg(error.errorString()) };
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"type"_s).toString() != u"FeatureCollection"_s)
        return Problem { file, 0, 0, ImportText::tr("not a GeoJSON FeatureCollection (its \"type\" must be \"FeatureCollection\")") };
    const QJsonValue featuresValue = root.value(u"features"_s);
    if (!featuresValue.isArray())
        return Problem { file, 0, 0, ImportText::tr("a FeatureCollection needs a \"features\" list") };
    const QJsonArray features = featuresValue.toArray();
    if (features.isEmpty())
        return Problem { file, 0, 0, ImportText::tr("the FeatureCollection has no features") };

    QString unsupported;
    std::optional<Crs> crs = declaredCrs(root, &unsupported);
    if (!unsupported.isEmpty())
        return Problem { file, 0, 0,
            ImportText::tr("the coordinates are in %1; boundaries are read in WGS84 (EPSG:4326) or UTM-K (EPSG:5179): "
                           "convert the file first").arg(unsupported) };
    if (!crs) {
        const std::optional<QPointF> p = firstPosition(features);
        if (p && std::abs(p->x()) <= 180 && std::abs(p->y()) <= 90)
            crs = Crs::Wgs84;
        else if (p && p->x() > 500000 && p->x() < 1600000 && p->y() > 1000000 && p->y() < 2700000)
            crs = Crs::UtmK;
        else if (p)
            return Problem { file, 0, 0,
                ImportText::tr("the file names no coordinate system, and its first point %1 is neither longitude and latitude "
                               "(WGS84) nor UTM-K metres (EPSG:5179)").arg(coordinateText(*p)) };
        else
            crs = Crs::Wgs84; // no position at all: the first feature's check below says so
    }

    BoundaryImport out;
    out.file = path;
    out.coordinateSystem = *crs == Crs::UtmK ? u"UTM-K (EPSG:5179)"_s : u"WGS84 (EPSG:4326)"_s;
    out.features = features.size();
    QHash<QString, qsizetype> byRegion; // region code -> index in out.boundaries
    for (qsizetype i = 0; i < features.size(); ++i) {
        const QJsonObject feature = features[i].toObject();
        if (!features[i].isObject() || feature.value(u"type"_s).toString() != u"Feature"_s)
            return featureProblem(file, i, ImportText::tr("not a Feature (its \"type\" must be \"Feature\")"));
        const auto polygons = polygonsOf(feature.value(u"geometry"_s));
        if (const Failure *failure = std::get_if<Failure>(&polygons))
            return featureProblem(file, i, failure->reason);
        qsizetype read = 0;
        const auto rings = ringsOf(std::get<QList<QJsonArray>>(polygons), *crs, &read);
        if (const Failure *failure = std::get_if<Failure>(&rings))
            return featureProblem(file, i, failure->reason);
        QString label;
        const auto region = regionOf(feature.value(u"properties"_s).toObject(), reference, &label);
        if (const Failure *failure = std::get_if<Failure>(&region)) {
            out.unmatched << u"features[%1]%2: %3"_s.arg(i).arg(label.isEmpty() ? QString() : u" (%1)"_s.arg(label), failure->reason);
            continue;
        }
        out.pointsRead += read;
        const QString code = reference.region(std::get<int>(region)).code;
        const QList<QList<QPointF>> &kept = std::get<QList<QList<QPointF>>>(rings);
        if (const auto at = byRegion.constFind(code); at != byRegion.cend()) {
            out.boundaries[*at].rings += kept; // a region drawn in several features (islands apart)
        } else {
            byRegion.insert(code, out.boundaries.size());
            RegionBoundaryRecord b;
            b.region = code;
            b.rings = kept;
            b.sourceFile = QFileInfo(path).fileName();
            b.feature = int(i);
            out.boundaries << b;
        }
    }
    for (const RegionBoundaryRecord &b : std::as_const(out.boundaries))
        out.pointsKept += b.pointCount();
    if (out.boundaries.isEmpty())
        return Problem { file, 0, 0,
            ImportText::tr("no feature matches a region; nothing was imported:\n%1").arg(out.unmatched.join(u"\n"_s)) };
    return out;
}

Result<BoundaryImport> importBoundaries(Storage &storage, const QString &path, bool checkOnly)
{
    ReferenceData reference;
    if (Status s = reference.load(storage); !s)
        return s.problems();
    Result<BoundaryImport> read = readBoundaries(path, reference);
    if (!read || checkOnly)
        return read;
    if (Status s = storage.saveRegionBoundaries(read->boundaries); !s)
        return s.problems();
    return read;
}

QString boundaryReport(const BoundaryImport &import, bool checkOnly)
{
    QStringList codes;
    for (const RegionBoundaryRecord &b : import.boundaries)
        codes << b.region;
    QString text = (checkOnly ? ImportText::tr("%1: %2 boundaries would be imported (%3; %4 features, %5 points simplified to %6): %7")
                              : ImportText::tr("%1: %2 boundaries imported (%3; %4 features, %5 points simplified to %6): %7"))
                       .arg(QFileInfo(import.file).fileName())
                       .arg(import.boundaries.size())
                       .arg(import.coordinateSystem)
                       .arg(import.features)
                       .arg(import.pointsRead)
                       .arg(import.pointsKept)
                       .arg(codes.join(u", "_s));
    if (!import.unmatched.isEmpty())
        text += u"\n"_s + ImportText::tr("Features that match no region, left out (%1):").arg(import.unmatched.size())
            + u"\n  "_s + import.unmatched.join(u"\n  "_s);
    return text;
}

} // namespace air
