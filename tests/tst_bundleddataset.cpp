// The bundled dataset (data/*.csv): loads cleanly, every figure has a source and a status, the
// framework is complete, and anchor figures match their sources.
#include "database/bundleddataset.h"
#include "import/importer.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

class TestBundledDataset final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void loadsWithoutErrorOrWarning();
    void everyObservationHasSourceAndStatus();
    void everyIndicatorIsComplete();
    void requiredIndicatorsExist();
    void everyRegionHasItsAliases();
    void regionGroups();
    void anchorFigures_data();
    void anchorFigures();
    void timeSeriesAreKept();
    void everySourceIsCitedAndDescribed();
    void threePlans();

private:
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestBundledDataset::initTestCase()
{
    m_db = test::openTempDatabase();
}

void TestBundledDataset::loadsWithoutErrorOrWarning()
{
    auto fresh = test::openTempDatabase(false);
    QList<InputFile> inputs;
    for (const QString &path : BundledDataset::files()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        inputs << InputFile { path, f.readAll() };
    }
    QCOMPARE(inputs.size(), 9);
    ImportOptions options;
    options.origin = Origin::Bundled;
    QSqlDatabase db = fresh->db();
    const auto report = Importer::importData(db, inputs, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    for (const FileReport &f : report->files) {
        QVERIFY2(f.skipped.isEmpty(), qPrintable(f.file));
        QVERIFY2(f.notes.isEmpty(), qPrintable(f.file + u": "_s + f.notes.join(u"; "_s)));
        QCOMPARE(f.encoding, u"UTF-8"_s);
        QVERIFY(f.written > 0);
        QCOMPARE(f.replaced, 0);
    }
}

void TestBundledDataset::everyObservationHasSourceAndStatus()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observations o LEFT JOIN sources s ON s.ref = o.source_ref "
                              "WHERE s.ref IS NULL"_s)
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observations WHERE status NOT IN ('official','reported','estimate')"_s)
                 .toInt(),
        0);
    // "official" only for agency tables: every official figure cites a KOSIS table or a calculation from them.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observation_rows o JOIN sources s ON s.id = o.source "
                              "WHERE o.status = 'official' AND s.licence NOT LIKE '%KOGL%'"_s)
                 .toInt(),
        0);
}

void TestBundledDataset::everyIndicatorIsComplete()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE unit = '' OR name_ko = '' OR name_en = '' "
                              "OR definition = '' OR direction NOT IN ('higher', 'lower')"_s)
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE pillar = 'sector' AND sector IS NULL"_s).toInt(), 0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE group_rule LIKE 'mean:%' "
                              "AND substr(group_rule, 6) NOT IN (SELECT id FROM indicators)"_s)
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE denominator IS NOT NULL AND ratio_unit = ''"_s)
                 .toInt(),
        0);
    for (const QString &pillar : { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"sector"_s, u"governance"_s })
        QVERIFY2(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE pillar = ?"_s, { pillar }).toInt() > 0,
            qPrintable(pillar));
    for (const QString &sector : { u"agriculture"_s, u"marine"_s, u"energy"_s, u"medical"_s })
        QVERIFY2(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE pillar = 'sector' AND sector = ?"_s, { sector })
                     .toInt()
                > 1,
            qPrintable(sector));
    // Every indicator has figures.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators i WHERE NOT EXISTS "
                              "(SELECT 1 FROM observations o WHERE o.indicator_ref = i.ref)"_s)
                 .toInt(),
        0);
}

void TestBundledDataset::requiredIndicatorsExist()
{
    QSqlDatabase db = m_db->db();
    for (const QString &id : { u"population"_s, u"area_km2"_s, u"grdp"_s, u"aged_65_plus_share"_s, u"doctors_per_1000"_s })
        QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE id = ?"_s, { id }).toInt(), 1);
}

void TestBundledDataset::everyRegionHasItsAliases()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM regions WHERE level = 1"_s).toInt(), 17);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM regions WHERE level = 0 AND code = 'KR'"_s).toInt(), 1);
    for (const QString &kind : { u"name"_s, u"english"_s, u"kosis_code"_s })
        QCOMPARE(test::scalar(db, u"SELECT COUNT(DISTINCT region) FROM region_aliases WHERE kind = ?"_s, { kind }).toInt(),
            18);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(DISTINCT region) FROM region_aliases WHERE kind = 'short'"_s).toInt(), 17);
    for (const auto &[alias, code] : { std::pair { u"강원도"_s, u"KR-42"_s }, std::pair { u"전라북도"_s, u"KR-45"_s },
             std::pair { u"제주도"_s, u"KR-49"_s }, std::pair { u"36"_s, u"KR-46"_s }, std::pair { u"31"_s, u"KR-41"_s } })
        QCOMPARE(test::scalar(db, u"SELECT region FROM region_aliases WHERE alias = ?"_s, { alias }).toString(), code);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM regions WHERE capital_region = 1"_s).toInt(), 3);
}

void TestBundledDataset::regionGroups()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM region_group_members WHERE group_id = 'capital_region'"_s).toInt(), 3);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM region_group_members WHERE group_id = 'non_capital_region'"_s).toInt(),
        14);
    QCOMPARE(test::scalar(db, u"SELECT group_concat(region) FROM (SELECT region FROM region_group_members "
                              "WHERE group_id = 'jeonnam_gwangju' ORDER BY region)"_s)
                 .toString(),
        u"KR-29,KR-46"_s);
    QCOMPARE(test::scalar(db, u"SELECT name_ko FROM region_groups WHERE id = 'capital_region'"_s).toString(), u"수도권"_s);
}

void TestBundledDataset::anchorFigures_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<int>("year");
    QTest::addColumn<double>("value");
    QTest::newRow("Jeonnam population 2024") << u"KR-46"_s << u"population"_s << 2024 << 1788819.0;
    QTest::newRow("Gyeonggi population 2024") << u"KR-41"_s << u"population"_s << 2024 << 13694685.0;
    QTest::newRow("Jeonnam doctors per 1,000 2024") << u"KR-46"_s << u"doctors_per_1000"_s << 2024 << 2.6;
    QTest::newRow("Jeonnam share aged 65+ 2025") << u"KR-46"_s << u"aged_65_plus_share"_s << 2025 << 28.5;
    QTest::newRow("Jeonnam share aged 65+ 2007 (KOSIS series)") << u"KR-46"_s << u"aged_65_plus_share"_s << 2007 << 17.2;
    QTest::newRow("Jeonnam GRDP 2024") << u"KR-46"_s << u"grdp"_s << 2024 << 104.0;
    QTest::newRow("Jeonnam fisheries 2024") << u"KR-46"_s << u"fisheries_production"_s << 2024 << 1860658.0;
    QTest::newRow("Jeonnam cultivated land 2024") << u"KR-46"_s << u"cultivated_land_area"_s << 2024 << 274000.0;
    QTest::newRow("Jeonnam islands 2024") << u"KR-46"_s << u"islands"_s << 2024 << 2018.0;
    QTest::newRow("Jeonnam AI graduate schools") << u"KR-46"_s << u"ai_graduate_schools"_s << 2021 << 0.0;
}

void TestBundledDataset::anchorFigures()
{
    QFETCH(QString, region);
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(double, value);
    QCOMPARE(test::observation(m_db->db(), region, indicator, year).toDouble(), value);
}

void TestBundledDataset::timeSeriesAreKept()
{
    QSqlDatabase db = m_db->db();
    for (const auto &[indicator, first, last] : { std::tuple { u"population"_s, 2007, 2025 },
             std::tuple { u"aged_65_plus_share"_s, 2007, 2025 }, std::tuple { u"doctors_per_1000"_s, 2007, 2024 } }) {
        const int years = last - first + 1;
        QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observation_rows WHERE indicator = ? AND region = 'KR-46'"_s,
                     { indicator })
                     .toInt(),
            years);
        // Sejong exists from 2012.
        QCOMPARE(test::scalar(db, u"SELECT MIN(year) FROM observation_rows WHERE indicator = ? AND region = 'KR-50'"_s,
                     { indicator })
                     .toInt(),
            2012);
    }
}

void TestBundledDataset::everySourceIsCitedAndDescribed()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources WHERE publisher = '' OR title = '' OR licence = ''"_s).toInt(),
        0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources s WHERE NOT EXISTS (SELECT 1 FROM observations o "
                              "WHERE o.source_ref = s.ref) AND NOT EXISTS (SELECT 1 FROM plan_items p WHERE p.source = s.id)"_s)
                 .toInt(),
        0);
}

void TestBundledDataset::threePlans()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT group_concat(id) FROM (SELECT id FROM plans ORDER BY id)"_s).toString(),
        u"gyeonggi,jeonnam,national"_s);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM plan_items WHERE plan = 'gyeonggi' AND item BETWEEN 'g03' AND 'g06'"_s)
                 .toInt(),
        4);
    QCOMPARE(test::scalar(db, u"SELECT target_value FROM plan_items WHERE plan = 'jeonnam' AND title_en LIKE 'Medical school%'"_s)
                 .toDouble(),
        100.0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(DISTINCT sector) FROM plan_items WHERE plan = 'jeonnam' AND pillar = 'sector'"_s)
                 .toInt(),
        4);
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
