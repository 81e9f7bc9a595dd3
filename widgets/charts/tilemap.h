#pragma once

#include "items/tilelayout.h"

#include <QHash>
#include <QPainterPath>
#include <QWidget>

namespace air {

class RankingModel;

// A map of the regions shown (the 17 provinces, or a province's districts), coloured by a score
// column of the ranking model in five classes of 20 points, labelled with the name and score; the
// focus region drawn with a thick border in its colour, and a legend of the classes under it. Reads
// the model (raw values), so it shows what the table shows. Hovering a region shows its score
// with its unit, year and source; a click selects it.
//
// Two faces: tiles in the project's schematic layout (data/tile_positions.csv; regions it does not
// place go under it in code order, and a note says so), or, once boundaries are set (imported
// from a GeoJSON file), a choropleth of the real outlines as vector paths.
class TileMap final : public QWidget {
    Q_OBJECT
public:
    explicit TileMap(QWidget *parent = nullptr);

    // REGIONS: the codes to draw (the ranked regions, not the groups); MAP: the layout's map for
    // them ("KR", a province's code, or empty for no one map).
    void setRegions(const QStringList &regions, const QString &map, const TileLayout &layout = TileLayout::bundled());
    void setModel(const RankingModel *model, int column, const QString &focus);
    // What the hover says after the value: the year and the source of the scores.
    void setBasis(const QString &basis) { m_basis = basis; }
    // A note of the caller's under the legend (before the map's own).
    void setExtraNote(const QString &note)
    {
        m_extraNote = note;
        updateGeometry();
    }
    // Outlines in longitude/latitude (WGS84 degrees), one path per region (holes by odd-even fill);
    // empty for the tiles.
    void setOutlines(const QHash<QString, QPainterPath> &outlines);
    bool showsOutlines() const { return !m_outlines.isEmpty(); }

    QSize sizeHint() const override { return { 360, 510 }; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

    // The region drawn at pos ("" for none), and the text its hover shows.
    QString regionAt(const QPointF &pos) const;
    QString hoverText(const QString &code) const;
    // Where a region is drawn: its tile, or its outline's bounding box.
    QRectF tileRect(const QString &code) const;
    QPainterPath regionPath(const QString &code) const;
    // Where a region's name is written on its outline: the middle of its largest part.
    QRectF labelAnchor(const QString &code) const;
    // The part of the widget the tiles or outlines take (the legend is under it).
    QRectF mapRect() const;
    // Where a point of longitude and latitude is drawn, with outlines shown.
    QPointF mapPoint(const QPointF &lonLat) const;
    // The note under the legend ("" when there is none).
    QString note() const;
    // The colour class (0..4) of a score, -1 for no figure.
    static int colourClass(double value);
    static QColor classColour(int colourClass);

signals:
    void regionClicked(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double cellSize() const;
    QString ownNote() const;
    double mapHeight(double width) const;
    int rowOf(const QString &code) const;
    double valueOf(int row) const;
    QTransform outlineTransform() const;
    void drawLegend(QPainter &p, const QRectF &area) const;
    void drawTile(QPainter &p, int row, const QRectF &tile) const;
    void drawOutline(QPainter &p, int row, const QPainterPath &path) const;
    void drawLabel(QPainter &p, int row, const QRectF &box, double value, double nameSize, double valueSize) const;

    const RankingModel *m_model = nullptr;
    int m_column = 1;
    QString m_focus;
    QString m_basis;
    QString m_extraNote;
    TilePlacement m_placement;
    QHash<QString, QPainterPath> m_outlines; // longitude, latitude
    QRectF m_outlineBounds;                  // in projected units (longitude × m_shrink, −latitude)
    double m_shrink = 1;                     // cos of the outlines' middle latitude
};

} // namespace air
