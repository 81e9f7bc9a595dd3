#pragma once

// Fill a ChartPanel from one of the dashboard's item models. The builders read the model's raw
// values (ItemRole::RawValue) rather than going through Qt Charts' model mappers, because the
// mappers read a missing value as 0: here a missing figure draws nothing and says so in its label.
#include <QColor>
#include <QList>
#include <QString>

namespace air {

class ChartPanel;
class GridModel;
class SectorFitModel;

// Horizontal bars: one category per model row, one bar set per model column.
void showBars(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title,
    const QString &valueTitle);
// Radar: one axis per row (rows with no value in any column are left out and named in the title),
// one closed line per column.
void showRadar(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title);
// A radar where three or more rows have a value; with fewer, horizontal bars (a radar of two axes is a
// line, not a shape).
void showRadarOrBars(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title,
    const QString &valueTitle);
// Quadrant scatter of the sector-fit model: share of the national total against readiness, with
// the region's population share and the scale's middle (50) as the quadrant lines.
void showQuadrant(ChartPanel *panel, const SectorFitModel &model, const QString &title, const QString &regionName);
// Every ranked region as a point, readiness (x) against opportunity (y), the focus and the comparison
// region highlighted and named: low readiness with high opportunity is the case for investing.
struct RegionPoint {
    QString name;
    double readiness = 0;
    double opportunity = 0;
    enum class Role { Other, Focus, Comparison } role = Role::Other;
};
void showReadinessOpportunity(ChartPanel *panel, const QList<RegionPoint> &points, const QString &title,
    const QString &xTitle, const QString &yTitle);
// Lines over the years: column 0 of the model is the year, each further column a series.
void showLines(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title,
    const QString &valueTitle);

} // namespace air
