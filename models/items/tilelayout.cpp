#include "items/tilelayout.h"

#include "io/csvparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString trLayout(const char *text)
{
    return QCoreApplication::translate("TileLayout", text);
}

const QStringList header = { u"map"_s, u"region"_s, u"row"_s, u"column"_s };
const int maxCell = 99;

} // namespace

Result<TileLayout> TileLayout::parse(QStringView text, const QString &fileName)
{
    CsvParser csv(text, fileName);
    auto at = [&](qsizetype field, const QString &reason) {
        return Problem { fileName, csv.line(), csv.column(field), reason };
    };
    if (!csv.next())
        return csv.problem() ? *csv.problem() : Problem { fileName, 0, 0, trLayout("the file is empty") };
    QStringList columns;
    for (QStringView f : csv.fields())
        columns << f.trimmed().toString();
    if (columns != header)
        return at(0, trLayout("the header must be %1").arg(header.join(u',')));
    TileLayout layout;
    QHash<QString, qint64> placed; // map + region -> line
    QHash<QString, QString> taken;  // map + cell -> region
    while (csv.next()) {
        if (csv.size() != header.size())
            return at(0, trLayout("%1 fields where the header has %2").arg(csv.size()).arg(header.size()));
        Position p;
        p.map = csv.field(0).trimmed().toString();
        p.region = csv.field(1).trimmed().toString();
        if (p.map.isEmpty())
            return at(0, trLayout("the map is empty"));
        if (p.region.isEmpty())
            return at(1, trLayout("the region is empty"));
        for (int f : { 2, 3 }) {
            bool ok = false;
            const int v = csv.field(f).trimmed().toInt(&ok);
            if (!ok || v < 0 || v > maxCell)
                return at(f, trLayout("'%1' is not a %2 (a whole number from 0 to %3)")
                                 .arg(csv.field(f).toString(), header[f]).arg(maxCell));
            (f == 2 ? p.row : p.column) = v;
        }
        const QString key = p.map + u'\n' + p.region;
        if (const auto before = placed.constFind(key); before != placed.cend())
            return at(1, trLayout("%1 is placed on map %2 already (line %3)").arg(p.region, p.map).arg(*before));
        const QString cell = u"%1\n%2,%3"_s.arg(p.map).arg(p.row).arg(p.column);
        if (const auto other = taken.constFind(cell); other != taken.cend())
            return at(2, trLayout("row %1, column %2 of map %3 holds %4 already").arg(p.row).arg(p.column).arg(p.map, *other));
        placed.insert(key, csv.line());
        taken.insert(cell, p.region);
        layout.m_positions << p;
    }
    if (csv.problem())
        return *csv.problem();
    return layout;
}

Result<TileLayout> TileLayout::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Problem { path, 0, 0, trLayout("cannot be read: %1").arg(f.errorString()), ErrorKind::Unavailable };
    const QString text = QString::fromUtf8(f.readAll());
    return parse(text, path);
}

const TileLayout &TileLayout::bundled()
{
    static const TileLayout layout = [] {
        Result<TileLayout> r = load(u":/data/tile_positions.csv"_s);
        if (!r) // tst_tilemap checks the bundled file; a broken one leaves every map in code order
            qWarning("%s", qPrintable(r.errorText()));
        return r ? *r : TileLayout();
    }();
    return layout;
}

QList<TileLayout::Position> TileLayout::positionsOn(const QString &map) const
{
    QList<Position> out;
    for (const Position &p : m_positions)
        if (p.map == map)
            out << p;
    return out;
}

TilePlacement placeTiles(const TileLayout &layout, const QString &map, QStringList codes)
{
    TilePlacement placement;
    const QSet<QString> shown(codes.cbegin(), codes.cend());
    for (const TileLayout::Position &p : layout.positionsOn(map)) {
        if (!shown.contains(p.region))
            continue;
        placement.cells.insert(p.region, QPoint(p.column, p.row));
        placement.columns = std::max(placement.columns, p.column + 1);
        placement.rows = std::max(placement.rows, p.row + 1);
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    for (const QString &code : std::as_const(codes))
        if (!placement.cells.contains(code))
            placement.byCodeOrder << code;
    if (placement.byCodeOrder.isEmpty())
        return placement;
    // Under the placed tiles (a blank row between), as wide as the layout, or a near-square grid.
    const int n = int(placement.byCodeOrder.size());
    const int width = placement.columns > 0 ? placement.columns : std::max(1, int(std::ceil(std::sqrt(double(n)))));
    const int top = placement.rows > 0 ? placement.rows + 1 : 0;
    for (int i = 0; i < n; ++i)
        placement.cells.insert(placement.byCodeOrder[i], QPoint(i % width, top + i / width));
    placement.columns = std::max(placement.columns, width);
    placement.rows = top + (n + width - 1) / width;
    return placement;
}

} // namespace air
