// Maps (issue 17, 1): the tile layout's own data (data/tile_positions.csv), the tile map at the
// provinces' and the districts' level, and GeoJSON boundaries (made-up squares, TEST FIGURES:
// tests/data/boundaries/README.md) imported, stored, drawn as a choropleth and printed as vectors.
// Widgets and painting: QTEST_MAIN, offscreen.
#include "charts/mapsetup.h"
#include "charts/tilemap.h"
#include "dashboardcontext.h"
#include "geo/simplify.h"
#include "geo/utmk.h"
#include "import/boundaryimport.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"
#include "items/tilelayout.h"
#include "language.h"
#include "pages/rankingpage.h"
#include "report/briefingreport.h"

#include "testsupport.h"

#include <QBuffer>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSvgGenerator>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

struct BadLayout {
    QByteArray text;
    qint64 line = 0;
    int column = 0;
    QString reason;
};

// The widget drawn into an image, at its size.
QImage grabbed(TileMap &map)
{
    QImage image(map.size(), QImage::Format_ARGB32);
    image.fill(Qt::white);
    map.render(&image);
    return image;
}

// A FeatureCollection of made-up squares (TEST FIGURES, not boundaries), one for each of Jeonnam's
// districts in the layout, in a grid north-west of the fixture's squares (so that none overlaps them).
QByteArray gridOfSquares()
{
    QByteArrayList features;
    for (const TileLayout::Position &p : TileLayout::bundled().positionsOn(u"KR-46"_s)) {
        const double x = 124.0 + p.column * 0.3, y = 38.0 - p.row * 0.3;
        features << QStringLiteral("{\"type\": \"Feature\", \"properties\": {\"code\": \"%1\"}, \"geometry\": {\"type\": "
                                   "\"Polygon\", \"coordinates\": [[[%2, %3], [%4, %3], [%4, %5], [%2, %5], [%2, %3]]]}}")
                        .arg(p.region)
                        .arg(x)
                        .arg(y)
                        .arg(x + 0.2)
                        .arg(y + 0.2)
                        .toUtf8();
    }
    return "{\"type\": \"FeatureCollection\", \"name\": \"TEST FIGURES: made-up squares\", \"features\": ["
        + features.join(",\n") + "]}";
}

// Every bundled district of Jeonnam with an outline: the grid, then the fixture's squares over it.
void importEveryOutline(Storage &storage)
{
    QTemporaryDir dir;
    const QString grid = dir.filePath(u"grid.geojson"_s);
    if (!test::writeFile(grid, gridOfSquares()))
        qFatal("cannot write %s", qPrintable(grid));
    for (const QString &file : { grid, test::dataPath(u"boundaries/jeonnam_squares_wgs84.geojson"_s) }) {
        const Result<BoundaryImport> imported = importBoundaries(storage, file);
        if (!imported)
            qFatal("%s", qPrintable(imported.errorText()));
    }
}

} // namespace

Q_DECLARE_METATYPE(BadLayout)

class TestMaps final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void layoutCoversEveryBundledRegion();
    void noTwoTilesOfOneMapShareACell();
    void badLayoutRowsAreRefused_data();
    void badLayoutRowsAreRefused();
    void regionsWithoutAPlaceGoInCodeOrder();
    void districtTileMapHoversAndClicks();
    void utmkInverseMatchesProj();
    void simplificationDropsOnlyWhatTheToleranceAllows();
    void boundariesImportForTheMatchedRegions();
    void choroplethPaintsTheOutlines();
    void briefingDrawsTheMapAsVectors();

private:
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestMaps::initTestCase()
{
    Language::applyFonts();
    m_db = test::openTempDatabase();
}

// Every province and every district of the bundled regions has a tile; the test names any without,
// and any position naming a region the data does not hold.
void TestMaps::layoutCoversEveryBundledRegion()
{
    const Result<QList<RegionRecord>> regions = m_db->store().regions();
    QVERIFY(regions.ok());
    const TileLayout &layout = TileLayout::bundled();
    QVERIFY(!layout.positions().isEmpty());
    QSet<QString> placed;
    for (const TileLayout::Position &p : layout.positions())
        placed.insert(p.map + u'/' + p.region);
    QStringList without, known;
    int provinces = 0, districts = 0;
    for (const RegionRecord &r : std::as_const(*regions)) {
        if (r.level == 0)
            continue;
        const QString map = r.level == 1 ? u"KR"_s : r.parent;
        known << map + u'/' + r.code;
        if (!placed.contains(map + u'/' + r.code))
            without << r.code;
        (r.level == 1 ? provinces : districts)++;
    }
    QVERIFY2(without.isEmpty(), qPrintable(u"no tile for: "_s + without.join(u", "_s)));
    QCOMPARE(provinces, 17);
    QCOMPARE(districts, 22); // Jeonnam's 시군
    QStringList unknown;
    for (const QString &p : std::as_const(placed))
        if (!known.contains(p))
            unknown << p;
    QVERIFY2(unknown.isEmpty(), qPrintable(u"positions of regions the data does not hold: "_s + unknown.join(u", "_s)));
}

void TestMaps::noTwoTilesOfOneMapShareACell()
{
    QHash<QString, QString> cells;
    for (const TileLayout::Position &p : TileLayout::bundled().positions()) {
        const QString cell = u"%1 %2,%3"_s.arg(p.map).arg(p.row).arg(p.column);
        QVERIFY2(!cells.contains(cell), qPrintable(cell + u": "_s + cells.value(cell) + u" and "_s + p.region));
        cells.insert(cell, p.region);
    }
}

void TestMaps::badLayoutRowsAreRefused_data()
{
    QTest::addColumn<BadLayout>("bad");
    QTest::newRow("wrong header") << BadLayout { "map,region,x,y\nKR,KR-11,0,0\n", 1, 1, u"the header must be map,region,row,column"_s };
    QTest::newRow("a row that is no number")
        << BadLayout { "map,region,row,column\nKR,KR-11,0,0\nKR,KR-26,one,1\n", 3, 10, u"'one' is not a row"_s };
    QTest::newRow("a negative column")
        << BadLayout { "map,region,row,column\nKR,KR-11,0,-1\n", 2, 12, u"'-1' is not a column"_s };
    QTest::newRow("too few fields") << BadLayout { "map,region,row,column\nKR,KR-11,0\n", 2, 1, u"3 fields where the header has 4"_s };
    QTest::newRow("a region placed twice")
        << BadLayout { "map,region,row,column\nKR,KR-11,0,0\nKR,KR-11,1,1\n", 3, 4, u"KR-11 is placed on map KR already (line 2)"_s };
    QTest::newRow("two regions in one cell")
        << BadLayout { "map,region,row,column\nKR,KR-11,0,0\nKR,KR-26,0,0\n", 3, 10, u"row 0, column 0 of map KR holds KR-11 already"_s };
    QTest::newRow("an empty region") << BadLayout { "map,region,row,column\nKR,,0,0\n", 2, 4, u"the region is empty"_s };
}

void TestMaps::badLayoutRowsAreRefused()
{
    QFETCH(BadLayout, bad);
    const Result<TileLayout> layout = TileLayout::parse(QString::fromUtf8(bad.text), u"tile_positions.csv"_s);
    QVERIFY(!layout.ok());
    const Problem &p = layout.problems().first();
    QCOMPARE(p.file, u"tile_positions.csv"_s);
    QVERIFY2(p.reason.contains(bad.reason), qPrintable(p.toString()));
    QCOMPARE(p.line, bad.line);
    QCOMPARE(p.column, bad.column);
}

// A district the layout does not know (a user's, another province's) still gets a tile: under the
// placed ones, in code order, and the map says so.
void TestMaps::regionsWithoutAPlaceGoInCodeOrder()
{
    const TileLayout &layout = TileLayout::bundled();
    const TilePlacement jeonnam = placeTiles(layout, u"KR-46"_s, { u"KR-46-999"_s, u"KR-46-110"_s, u"KR-46-995"_s });
    QCOMPARE(jeonnam.byCodeOrder, (QStringList { u"KR-46-995"_s, u"KR-46-999"_s }));
    QCOMPARE(jeonnam.cells.value(u"KR-46-110"_s), QPoint(1, 3)); // 목포: west, the fourth row
    QVERIFY(jeonnam.cells.value(u"KR-46-995"_s).y() > 3);
    QCOMPARE(jeonnam.cells.value(u"KR-46-999"_s), jeonnam.cells.value(u"KR-46-995"_s) + QPoint(1, 0));
    // Districts of three provinces (no one map): every tile in code order, deterministic.
    const QStringList codes = { u"KR-26-110"_s, u"KR-11-110"_s, u"KR-46-110"_s, u"KR-11-140"_s };
    const TilePlacement mixed = placeTiles(layout, QString(), codes);
    QCOMPARE(mixed.byCodeOrder, (QStringList { u"KR-11-110"_s, u"KR-11-140"_s, u"KR-26-110"_s, u"KR-46-110"_s }));
    QCOMPARE(mixed.cells.value(u"KR-11-110"_s), QPoint(0, 0));
    QCOMPARE(mixed.cells.value(u"KR-26-110"_s), QPoint(0, 1));
    QCOMPARE(placeTiles(layout, QString(), codes).cells, mixed.cells);
    QSet<QString> distinct;
    for (const QPoint &cell : mixed.cells)
        distinct.insert(u"%1,%2"_s.arg(cell.x()).arg(cell.y()));
    QCOMPARE(distinct.size(), codes.size());
    TileMap map;
    map.setRegions(codes, QString());
    QVERIFY2(map.note().contains(u"code order"_s), qPrintable(map.note()));
    map.setRegions({ u"KR-46-110"_s, u"KR-46-130"_s }, u"KR-46"_s);
    QVERIFY(map.note().isEmpty());
}

// The ranking page at district level shows Jeonnam's 22 시군 on their tiles; hovering one gives its
// score with the unit, the year and the source; a click makes it the focus.
void TestMaps::districtTileMapHoversAndClicks()
{
    DashboardContext context(m_db->storage, nullptr, RegionScope { 2, u"KR-46"_s });
    QCOMPARE(context.scope(), (RegionScope { 2, u"KR-46"_s }));
    RankingPage page(&context);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    TileMap *map = page.tileMap();
    QVERIFY(map->isVisible());
    QVERIFY(!map->showsOutlines());
    QVERIFY2(map->note().isEmpty(), qPrintable(map->note()));
    for (const QString &code : context.regionCodes())
        QVERIFY2(!map->tileRect(code).isEmpty(), qPrintable(code));
    // West to east, north to south: 영광 north-west of 해남, 광양 east of 목포.
    QVERIFY(map->tileRect(u"KR-46-870"_s).top() < map->tileRect(u"KR-46-820"_s).top());
    QVERIFY(map->tileRect(u"KR-46-230"_s).left() > map->tileRect(u"KR-46-110"_s).left());
    const QRectF yeosu = map->tileRect(u"KR-46-130"_s);
    QCOMPARE(map->regionAt(yeosu.center()), u"KR-46-130"_s);
    QSignalSpy clicked(map, &TileMap::regionClicked);
    QTest::mouseClick(map, Qt::LeftButton, {}, yeosu.center().toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), u"KR-46-130"_s);
    QCOMPARE(context.focus(), u"KR-46-130"_s);
    // The colour of a tile is its score's class, and the legend names the classes.
    const QImage image = grabbed(*map);
    const RankingModel &model = page.model();
    int checked = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QRectF tile = map->tileRect(model.code(r));
        if (tile.isEmpty() || model.code(r) == context.focus())
            continue;
        const QVariant raw = model.index(r, RankingModel::Score).data(roleOf(ItemRole::RawValue));
        const QColor expected = TileMap::classColour(TileMap::colourClass(raw.isValid() ? raw.toDouble() : std::nan("")));
        const QColor seen = image.pixelColor(QPointF(tile.left() + 8, tile.bottom() - 8).toPoint());
        QVERIFY2(std::abs(seen.red() - expected.red()) + std::abs(seen.green() - expected.green())
                    + std::abs(seen.blue() - expected.blue()) < 12,
            qPrintable(model.code(r) + u": "_s + seen.name() + u" against "_s + expected.name()));
        ++checked;
    }
    QCOMPARE(checked, 21);

    // Where the districts have scores (three of Jeonnam's, with made-up test figures: testsupport.h),
    // the hover gives the score with its unit, the year of the figures and their source.
    auto scored = test::openTempDatabaseWithDistricts();
    DashboardContext districts(scored->storage, nullptr, RegionScope { 2, u"KR-46"_s });
    RankingPage three(&districts);
    three.resize(1200, 800);
    three.refresh();
    const QString hover = three.tileMap()->hoverText(u"KR-46-130"_s);
    QVERIFY2(hover.startsWith(districts.regionName(u"KR-46-130"_s) + u"\n"_s), qPrintable(hover));
    QVERIFY2(hover.contains(QRegularExpression(u"Readiness: \\d+\\.\\d of 100"_s)), qPrintable(hover)); // the unit
    QVERIFY2(hover.contains(QRegularExpression(u"Year: latest figure of each indicator \\(20\\d\\d"_s)), qPrintable(hover));
    QVERIFY2(hover.contains(u"Source: computed by this program from the published statistics listed on the data page"_s),
        qPrintable(hover));
    QCOMPARE(TileMap::colourClass(0), 0);
    QCOMPARE(TileMap::colourClass(19.9), 0);
    QCOMPARE(TileMap::colourClass(20), 1);
    QCOMPARE(TileMap::colourClass(100), 4);
    QCOMPARE(TileMap::colourClass(std::nan("")), -1);
}

// The inverse of UTM-K (EPSG:5179) against PROJ 9.1.1, an implementation of its own:
//   echo "1665000 915000" | cs2cs -f %.9f EPSG:5179 EPSG:4326  →  34.976337987 126.568792207
//   echo "1640000 920000" | cs2cs -f %.9f EPSG:5179 EPSG:4326  →  34.751330970 126.625951565
//   echo "34.8 126.5" | cs2cs -f %.4f EPSG:4326 EPSG:5179      →  1645504.7804 908525.2384
// (cs2cs writes EPSG:5179 northing first; Debian's proj-bin, run when this test was written.)
void TestMaps::utmkInverseMatchesProj()
{
    const QPointF a = geo::utmkToLonLat(915000, 1665000);
    QVERIFY2(std::abs(a.x() - 126.568792207) < 1e-8 && std::abs(a.y() - 34.976337987) < 1e-8,
        qPrintable(u"%1 %2"_s.arg(a.x(), 0, 'f', 9).arg(a.y(), 0, 'f', 9)));
    const QPointF b = geo::utmkToLonLat(920000, 1640000);
    QVERIFY2(std::abs(b.x() - 126.625951565) < 1e-8 && std::abs(b.y() - 34.751330970) < 1e-8,
        qPrintable(u"%1 %2"_s.arg(b.x(), 0, 'f', 9).arg(b.y(), 0, 'f', 9)));
    const QPointF origin = geo::utmkToLonLat(1000000, 2000000);
    QVERIFY2(std::abs(origin.x() - 127.5) < 1e-9 && std::abs(origin.y() - 38.0) < 1e-9,
        qPrintable(u"%1 %2"_s.arg(origin.x(), 0, 'f', 12).arg(origin.y(), 0, 'f', 12)));
    const QPointF forward = geo::lonLatToUtmk(126.5, 34.8);
    QVERIFY2(std::abs(forward.x() - 908525.2384) < 0.001 && std::abs(forward.y() - 1645504.7804) < 0.001,
        qPrintable(u"%1 %2"_s.arg(forward.x(), 0, 'f', 4).arg(forward.y(), 0, 'f', 4)));
}

void TestMaps::simplificationDropsOnlyWhatTheToleranceAllows()
{
    // A 10 km square with a point 30 m off its south edge, and one 200 m off its east edge.
    const QList<QPointF> ring = { { 126.0, 34.0 }, { 126.05, 34.00027 }, { 126.1, 34.0 }, { 126.1022, 34.05 }, { 126.1, 34.1 },
        { 126.0, 34.1 }, { 126.0, 34.0 } };
    const QList<QPointF> kept = geo::simplifyRing(ring, geo::boundaryToleranceMetres);
    QCOMPARE(kept.size(), 6);
    QVERIFY(!kept.contains(QPointF(126.05, 34.00027)));
    QVERIFY(kept.contains(QPointF(126.1022, 34.05)));
    QCOMPARE(kept.first(), kept.last());
    // A ring already at four points stays as it is.
    const QList<QPointF> triangle = { { 126.0, 34.0 }, { 126.00001, 34.0 }, { 126.0, 34.00001 }, { 126.0, 34.0 } };
    QCOMPARE(geo::simplifyRing(triangle, 1000), triangle);
}

// Both fixtures: the matched regions' outlines stored, the unmatched feature listed, UTM-K converted.
void TestMaps::boundariesImportForTheMatchedRegions()
{
    auto t = test::openTempDatabase();
    const QString wgs84 = test::dataPath(u"boundaries/jeonnam_squares_wgs84.geojson"_s);
    const Result<BoundaryImport> checked = importBoundaries(t->store(), wgs84, true);
    QVERIFY2(checked.ok(), qPrintable(checked.errorText()));
    QCOMPARE(t->store().regionBoundaries()->size(), 0); // a check writes nothing
    const Result<BoundaryImport> first = importBoundaries(t->store(), wgs84);
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    QCOMPARE(first->coordinateSystem, u"WGS84 (EPSG:4326)"_s);
    QCOMPARE(first->features, 5);
    QCOMPARE(first->unmatched.size(), 1);
    QVERIFY2(first->unmatched.first().startsWith(u"features[4] (가상군): no region with that code or name"_s),
        qPrintable(first->unmatched.first()));
    const QString report = boundaryReport(*first, false);
    QVERIFY2(report.contains(u"4 boundaries imported"_s) && report.contains(u"가상군"_s), qPrintable(report));
    QCOMPARE(first->pointsRead, 5 + 5 + 6 + 15);
    QCOMPARE(first->pointsKept, 5 + 5 + 5 + 15);     // 순천's point on its edge dropped
    const Result<QList<RegionBoundaryRecord>> stored = t->store().regionBoundaries();
    QVERIFY(stored.ok());
    QStringList codes;
    for (const RegionBoundaryRecord &b : *stored)
        codes << b.region;
    QCOMPARE(codes, (QStringList { u"KR-46-110"_s, u"KR-46-130"_s, u"KR-46-150"_s, u"KR-46-910"_s }));
    const RegionBoundaryRecord &mokpo = stored->first();
    QCOMPARE(mokpo.rings.size(), 1);
    QCOMPARE(mokpo.rings.first().first(), QPointF(126.35, 34.77));
    QCOMPARE(mokpo.sourceFile, u"jeonnam_squares_wgs84.geojson"_s);
    QCOMPARE(mokpo.feature, 0);
    QVERIFY(!mokpo.importedAt.isEmpty());
    QCOMPARE(stored->last().rings.size(), 3); // 신안: a square with its hole, and another square

    const Result<BoundaryImport> utmk = importBoundaries(t->store(), test::dataPath(u"boundaries/jeonnam_squares_utmk.geojson"_s));
    QVERIFY2(utmk.ok(), qPrintable(utmk.errorText()));
    QCOMPARE(utmk->coordinateSystem, u"UTM-K (EPSG:5179)"_s);
    const Result<QList<RegionBoundaryRecord>> naju = t->store().regionBoundaries({ u"KR-46-170"_s });
    QVERIFY(naju.ok() && naju->size() == 1);
    const QPointF corner = naju->first().rings.first().first(); // (915000, 1665000); PROJ, above
    QVERIFY2(std::abs(corner.x() - 126.568792) < 1.5e-6 && std::abs(corner.y() - 34.976338) < 1.5e-6,
        qPrintable(u"%1 %2"_s.arg(corner.x(), 0, 'f', 7).arg(corner.y(), 0, 'f', 7)));
    QCOMPARE(t->store().regionBoundaries()->size(), 6);
    // Without a crs member, UTM-K is told from the coordinates' range.
    QTemporaryDir dir;
    QByteArray undeclared = test::readFile(test::dataPath(u"boundaries/jeonnam_squares_utmk.geojson"_s));
    undeclared.replace("\"crs\": { \"type\": \"name\", \"properties\": { \"name\": \"urn:ogc:def:crs:EPSG::5179\" } },", "");
    QVERIFY(!undeclared.contains("crs"));
    QVERIFY(test::writeFile(dir.filePath(u"undeclared.geojson"_s), undeclared));
    const Result<BoundaryImport> guessed = importBoundaries(t->store(), dir.filePath(u"undeclared.geojson"_s), true);
    QVERIFY2(guessed.ok(), qPrintable(guessed.errorText()));
    QCOMPARE(guessed->coordinateSystem, u"UTM-K (EPSG:5179)"_s);
    // The database says what it holds.
    const StorageCheck check = t->store().check();
    QVERIFY(check.ok);
    QVERIFY(check.counts.contains({ u"region_boundaries"_s, 6 }));
}

// With boundaries stored, the ranking page draws the outlines as paths: a point inside a square is
// its region, a point in 신안's hole is none; the colours follow the scores.
void TestMaps::choroplethPaintsTheOutlines()
{
    auto t = test::openTempDatabase();
    {
        // Some districts only: the tiles stay (no district may vanish from the map), and say why.
        QVERIFY(importBoundaries(t->store(), test::dataPath(u"boundaries/jeonnam_squares_wgs84.geojson"_s)).ok());
        DashboardContext context(t->storage, nullptr, RegionScope { 2, u"KR-46"_s });
        RankingPage page(&context);
        page.refresh();
        QVERIFY(!page.tileMap()->showsOutlines());
        QVERIFY2(page.tileMap()->note().startsWith(u"Boundaries imported for 4 of 22 regions"_s), qPrintable(page.tileMap()->note()));
        QVERIFY(!page.tileMap()->tileRect(u"KR-46-820"_s).isEmpty());
    }
    importEveryOutline(t->store());
    DashboardContext context(t->storage, nullptr, RegionScope { 2, u"KR-46"_s });
    RankingPage page(&context);
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.refresh();
    TileMap *map = page.tileMap();
    QVERIFY(map->showsOutlines());
    QCOMPARE(map->regionAt(map->mapPoint({ 126.40, 34.81 })), u"KR-46-110"_s); // inside 목포's square
    QCOMPARE(map->regionAt(map->mapPoint({ 127.65, 34.75 })), u"KR-46-130"_s); // 여수
    QCOMPARE(map->regionAt(map->mapPoint({ 126.11, 34.81 })), u"KR-46-910"_s); // 신안, outside its hole
    QCOMPARE(map->regionAt(map->mapPoint({ 126.15, 34.85 })), QString());      // in the hole
    QCOMPARE(map->regionAt(map->mapPoint({ 127.00, 34.90 })), QString());      // between the squares
    QVERIFY2(map->note().isEmpty(), qPrintable(map->note()));
    QCOMPARE(map->regionAt(map->mapPoint({ 124.1 + 5 * 0.3, 38.1 })), u"KR-46-730"_s); // 구례, a grid square
    {
        // A stored outline damaged from outside: the tiles, and the map says why (review: it was silent).
        QSqlQuery damage(t->db());
        QVERIFY(damage.exec(u"UPDATE region_boundaries SET outline = 'garbage' WHERE region = 'KR-46-110'"_s));
        DashboardContext damaged(t->storage, nullptr, RegionScope { 2, u"KR-46"_s });
        RankingPage again(&damaged);
        again.refresh();
        QVERIFY(!again.tileMap()->showsOutlines());
        QVERIFY2(again.tileMap()->note().contains(u"cannot be read"_s), qPrintable(again.tileMap()->note()));
    }
    const QString hover = map->hoverText(u"KR-46-110"_s); // the bundled districts have no score: the hover says why
    QVERIFY2(hover.contains(u"Source:"_s) || hover.contains(u"No score: no indicator has recent figures"_s), qPrintable(hover));
    QSignalSpy clicked(map, &TileMap::regionClicked);
    QTest::mouseClick(map, Qt::LeftButton, {}, map->mapPoint({ 127.45, 34.95 }).toPoint());
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().first().toString(), u"KR-46-150"_s);
    context.setFocus(u"KR-46-130"_s);
    page.refresh();
    const QImage image = grabbed(*map);
    const RankingModel &model = page.model();
    for (const auto &[code, point] : { std::pair { u"KR-46-110"_s, QPointF(126.40, 34.81) }, { u"KR-46-150"_s, QPointF(127.45, 34.95) } }) {
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.code(r) == code)
                row = r;
        QVERIFY(row >= 0);
        const QVariant raw = model.index(row, RankingModel::Score).data(roleOf(ItemRole::RawValue));
        const QColor expected = TileMap::classColour(TileMap::colourClass(raw.isValid() ? raw.toDouble() : std::nan("")));
        const QColor seen = image.pixelColor(map->mapPoint(point).toPoint());
        QVERIFY2(std::abs(seen.red() - expected.red()) + std::abs(seen.green() - expected.green())
                    + std::abs(seen.blue() - expected.blue()) < 12,
            qPrintable(code + u": "_s + seen.name() + u" against "_s + expected.name()));
    }
    // Drawn as vector paths: the same painter routine into SVG holds paths and no image.
    QBuffer svg;
    QSvgGenerator generator;
    generator.setOutputDevice(&svg);
    generator.setSize(map->size());
    {
        QPainter p(&generator);
        map->render(&p);
    }
    QVERIFY(svg.data().contains("<path"));
    QVERIFY(!svg.data().contains("<image"));
}

// The briefing at district level with boundaries: the ranking page holds the choropleth as vector
// paths (pdfimages finds no image in the whole PDF) and its region names as text.
void TestMaps::briefingDrawsTheMapAsVectors()
{
    const QString pdfimages = QStandardPaths::findExecutable(u"pdfimages"_s);
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdfimages.isEmpty() || pdftotext.isEmpty())
        QSKIP("poppler-utils (pdfimages, pdftotext) not installed");
    auto t = test::openTempDatabase();
    importEveryOutline(t->store());
    DashboardContext context(t->storage, nullptr, RegionScope { 2, u"KR-46"_s });
    QCOMPARE(context.outlines().size(), 22);
    const BriefingReport report(&context);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"districts.pdf"_s);
    QVERIFY(report.writePdf(path).ok());
    QProcess images;
    images.start(pdfimages, { u"-list"_s, path });
    QVERIFY(images.waitForFinished(60000));
    const QStringList lines = QString::fromUtf8(images.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2); // the header and its rule: no image at all
    QProcess text;
    text.start(pdftotext, { u"-layout"_s, path, u"-"_s });
    QVERIFY(text.waitForFinished(60000));
    const QString all = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(all.contains(u"Score (of 100), in classes of 20 points"_s), qPrintable(all.left(400))); // the map's legend, as text
}

QTEST_MAIN(TestMaps)
#include "tst_maps.moc"
