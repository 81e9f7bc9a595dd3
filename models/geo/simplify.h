#pragma once

#include <QList>
#include <QPointF>

namespace air::geo {

// The tolerance the boundary import simplifies outlines with: 50 m, a tenth of a pixel or less on any
// map the program draws (a province 200 km wide on a page of 300 points is 660 m a point).
inline constexpr double boundaryToleranceMetres = 50.0;

// Douglas–Peucker on a closed ring of (longitude, latitude) points in degrees (the last point is the
// first): the points that stay within toleranceMetres of the outline kept, distances measured in a
// local equirectangular plane (metres). The result is closed; a ring that would fall below four points
// (a triangle) is returned as it came.
QList<QPointF> simplifyRing(const QList<QPointF> &ring, double toleranceMetres);

} // namespace air::geo
