#include "geo/utmk.h"

#include <cmath>

namespace air::geo {
namespace {

constexpr double a = 6378137.0;             // GRS80 semi-major axis
constexpr double f = 1.0 / 298.257222101;   // GRS80 flattening
constexpr double k0 = 0.9996;
constexpr double lat0 = 38.0 * M_PI / 180.0;
constexpr double lon0 = 127.5 * M_PI / 180.0;
constexpr double falseEasting = 1000000.0;
constexpr double falseNorthing = 2000000.0;

constexpr double e2 = f * (2 - f);          // first eccentricity squared
constexpr double ep2 = e2 / (1 - e2);       // second eccentricity squared

// The meridian arc from the equator to latitude phi (Snyder 3-21).
double meridianArc(double phi)
{
    const double e4 = e2 * e2, e6 = e4 * e2;
    return a * ((1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256) * phi - (3 * e2 / 8 + 3 * e4 / 32 + 45 * e6 / 1024) * std::sin(2 * phi)
               + (15 * e4 / 256 + 45 * e6 / 1024) * std::sin(4 * phi) - (35 * e6 / 3072) * std::sin(6 * phi));
}

} // namespace

QPointF utmkToLonLat(double easting, double northing)
{
    const double e4 = e2 * e2, e6 = e4 * e2;
    const double m = meridianArc(lat0) + (northing - falseNorthing) / k0;
    const double mu = m / (a * (1 - e2 / 4 - 3 * e4 / 64 - 5 * e6 / 256));
    const double e1 = (1 - std::sqrt(1 - e2)) / (1 + std::sqrt(1 - e2));
    // The footpoint latitude (Snyder 3-26).
    const double phi1 = mu + (3 * e1 / 2 - 27 * std::pow(e1, 3) / 32) * std::sin(2 * mu)
        + (21 * e1 * e1 / 16 - 55 * std::pow(e1, 4) / 32) * std::sin(4 * mu) + (151 * std::pow(e1, 3) / 96) * std::sin(6 * mu)
        + (1097 * std::pow(e1, 4) / 512) * std::sin(8 * mu);
    const double sin1 = std::sin(phi1), cos1 = std::cos(phi1), tan1 = std::tan(phi1);
    const double c1 = ep2 * cos1 * cos1;
    const double t1 = tan1 * tan1;
    const double n1 = a / std::sqrt(1 - e2 * sin1 * sin1);
    const double r1 = a * (1 - e2) / std::pow(1 - e2 * sin1 * sin1, 1.5);
    const double d = (easting - falseEasting) / (n1 * k0);
    const double lat = phi1
        - (n1 * tan1 / r1)
            * (d * d / 2 - (5 + 3 * t1 + 10 * c1 - 4 * c1 * c1 - 9 * ep2) * std::pow(d, 4) / 24
                + (61 + 90 * t1 + 298 * c1 + 45 * t1 * t1 - 252 * ep2 - 3 * c1 * c1) * std::pow(d, 6) / 720);
    const double lon = lon0
        + (d - (1 + 2 * t1 + c1) * std::pow(d, 3) / 6
              + (5 - 2 * c1 + 28 * t1 - 3 * c1 * c1 + 8 * ep2 + 24 * t1 * t1) * std::pow(d, 5) / 120)
            / cos1;
    return QPointF(lon * 180.0 / M_PI, lat * 180.0 / M_PI);
}

QPointF lonLatToUtmk(double longitude, double latitude)
{
    const double phi = latitude * M_PI / 180.0;
    const double lambda = longitude * M_PI / 180.0;
    const double sinp = std::sin(phi), cosp = std::cos(phi), tanp = std::tan(phi);
    const double n = a / std::sqrt(1 - e2 * sinp * sinp);
    const double t = tanp * tanp;
    const double c = ep2 * cosp * cosp;
    const double aa = (lambda - lon0) * cosp;
    const double m = meridianArc(phi), m0 = meridianArc(lat0);
    const double x = k0 * n
        * (aa + (1 - t + c) * std::pow(aa, 3) / 6 + (5 - 18 * t + t * t + 72 * c - 58 * ep2) * std::pow(aa, 5) / 120);
    const double y = k0
        * (m - m0
            + n * tanp
                * (aa * aa / 2 + (5 - t + 9 * c + 4 * c * c) * std::pow(aa, 4) / 24
                    + (61 - 58 * t + t * t + 600 * c - 330 * ep2) * std::pow(aa, 6) / 720));
    return QPointF(falseEasting + x, falseNorthing + y);
}

} // namespace air::geo
