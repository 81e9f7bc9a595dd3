#pragma once

#include <QPointF>

namespace air::geo {

// KOSTAT's UTM-K (EPSG:5179, "Korea 2000 / Unified CS"), the system of SGIS's boundary files: a
// Transverse Mercator on the GRS80 ellipsoid, latitude of origin 38° N, central meridian 127.5° E,
// scale 0.9996, false easting 1,000,000 m and false northing 2,000,000 m.
//
// The inverse: an easting and northing in metres to (longitude, latitude) in degrees (WGS84 and
// GRS80 differ by less than a millimetre here). Snyder's series ("Map Projections: A Working
// Manual", USGS 1987, eq. 8-18 to 8-25 and 3-26), good to well under a metre within the zone.
QPointF utmkToLonLat(double easting, double northing);
// The forward projection, for the tests' round trip and the range checks.
QPointF lonLatToUtmk(double longitude, double latitude);

} // namespace air::geo
