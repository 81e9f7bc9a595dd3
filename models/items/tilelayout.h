#pragma once

#include "core/result.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QString>
#include <QStringList>

namespace air {

// Where each region's tile sits on a tile map: the project's own layout data
// (data/tile_positions.csv, a schematic layout, not a figure). One map per level: "KR" holds the 17
// provinces, a province's code (KR-46) its districts.
class TileLayout final {
public:
    struct Position {
        QString map;
        QString region;
        int row = 0;
        int column = 0;
    };

    // The project's CSV (map,region,row,column), validated as every bundled file is: a bad row is an
    // error naming the file, line, column and reason (a region placed twice on one map, two regions in
    // one cell, a row or column that is not a whole number from 0 to 99).
    static Result<TileLayout> parse(QStringView text, const QString &fileName);
    static Result<TileLayout> load(const QString &path);
    // The layout compiled into the program (:/data/tile_positions.csv).
    static const TileLayout &bundled();

    const QList<Position> &positions() const { return m_positions; }
    QList<Position> positionsOn(const QString &map) const;

private:
    QList<Position> m_positions;
};

// The tiles of one map for the regions shown: those with a position where the layout puts them,
// the others (a district the layout does not know) in a deterministic grid in code order under
// them. cells maps a region to its (column, row).
struct TilePlacement {
    QHash<QString, QPoint> cells;
    int columns = 0;
    int rows = 0;
    QStringList byCodeOrder; // the regions placed without a position, in code order
};

// MAP: "KR" for the provinces, a province's code for its districts, empty when no one map fits (a
// country's districts): then every tile is placed in code order.
TilePlacement placeTiles(const TileLayout &layout, const QString &map, QStringList codes);

} // namespace air
