#include "geo/simplify.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace air::geo {
namespace {

// Distance in metres from p to the segment a–b, all in a plane already in metres.
double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    double t = length2 > 0 ? QPointF::dotProduct(p - a, ab) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

// Marks the points of [first, last] to keep (both ends are kept by the caller), with a stack rather
// than recursion: a ring of a million points must not exhaust the stack.
void douglasPeucker(const std::vector<QPointF> &points, qsizetype first, qsizetype last, double tolerance, std::vector<bool> &keep)
{
    std::vector<std::pair<qsizetype, qsizetype>> stack { { first, last } };
    while (!stack.empty()) {
        const auto [from, to] = stack.back();
        stack.pop_back();
        double farthest = -1;
        qsizetype at = -1;
        for (qsizetype i = from + 1; i < to; ++i) {
            const double d = segmentDistance(points[size_t(i)], points[size_t(from)], points[size_t(to)]);
            if (d > farthest) {
                farthest = d;
                at = i;
            }
        }
        if (at < 0 || farthest <= tolerance)
            continue;
        keep[size_t(at)] = true;
        stack.push_back({ from, at });
        stack.push_back({ at, to });
    }
}

} // namespace

QList<QPointF> simplifyRing(const QList<QPointF> &ring, double toleranceMetres)
{
    if (ring.size() <= 4)
        return ring;
    double middle = 0;
    for (const QPointF &p : ring)
        middle += p.y();
    middle /= double(ring.size());
    const double perLatitude = 111132.0;                                  // metres per degree of latitude
    const double perLongitude = 111320.0 * std::cos(middle * M_PI / 180); // and of longitude, there
    std::vector<QPointF> plane;
    plane.reserve(size_t(ring.size()));
    for (const QPointF &p : ring)
        plane.emplace_back(p.x() * perLongitude, p.y() * perLatitude);
    // Split at the point farthest from the first: two open lines with fixed ends.
    const qsizetype last = ring.size() - 1; // == the first point
    qsizetype split = 1;
    double farthest = -1;
    for (qsizetype i = 1; i < last; ++i) {
        const double d = std::hypot(plane[size_t(i)].x() - plane[0].x(), plane[size_t(i)].y() - plane[0].y());
        if (d > farthest) {
            farthest = d;
            split = i;
        }
    }
    std::vector<bool> keep(size_t(ring.size()), false);
    keep[0] = keep[size_t(split)] = keep[size_t(last)] = true;
    douglasPeucker(plane, 0, split, toleranceMetres, keep);
    douglasPeucker(plane, split, last, toleranceMetres, keep);
    QList<QPointF> out;
    for (qsizetype i = 0; i < ring.size(); ++i)
        if (keep[size_t(i)])
            out << ring[i];
    return out.size() >= 4 ? out : ring;
}

} // namespace air::geo
