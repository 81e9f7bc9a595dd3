// The bundled dataset (data/*.csv): loads cleanly, every figure has a source and a status, the
// framework is complete, and anchor figures match their sources.
#include "import/bundleddataset.h"
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
    void jeonnamDistricts();
    void everySourceHasUrlOrDocumentName();
    void kosisSourcesNameTheirTable();
    void calculatedRowsNameMethodAndInputs();
    void asOfForEveryIndicatorWithFigures();
    void kindsAndTwins();
    void benchmarkPillar();
    void facts();

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
    const auto report = Importer::importData(test::storageOf(db), inputs, options);
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
    // "official" only for agency tables: every official figure cites a KOSIS table, a calculation from them, or
    // the interior ministry's resident-registration statistics.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observation_rows o JOIN sources s ON s.id = o.source "
                              "WHERE o.status = 'official' AND s.licence NOT LIKE '%KOGL%' AND s.publisher NOT LIKE '행정안전부%'"_s)
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
    for (const QString &pillar : { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"sector"_s, u"governance"_s, u"benchmark"_s })
        QVERIFY2(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE pillar = ?"_s, { pillar }).toInt() > 0,
            qPrintable(pillar));
    for (const QString &sector : { u"agriculture"_s, u"marine"_s, u"energy"_s, u"medical"_s })
        QVERIFY2(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE pillar = 'sector' AND sector = ?"_s, { sector })
                     .toInt()
                > 1,
            qPrintable(sector));
    // Every indicator has figures, except the mass twins, whose figures are those of values_from.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators i WHERE COALESCE(i.values_from, '') = '' AND NOT EXISTS "
                              "(SELECT 1 FROM observations o WHERE o.indicator_ref = i.ref)"_s)
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators i WHERE COALESCE(i.values_from, '') <> '' AND EXISTS "
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
    // The nation, the 17 provinces and Jeonnam's 22 시군 each have a name, an English name and a KOSIS code.
    for (const QString &kind : { u"name"_s, u"english"_s, u"kosis_code"_s })
        QCOMPARE(test::scalar(db, u"SELECT COUNT(DISTINCT region) FROM region_aliases WHERE kind = ?"_s, { kind }).toInt(),
            18 + 22);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(DISTINCT a.region) FROM region_aliases a JOIN regions r ON r.code = a.region "
                              "WHERE a.kind = 'short' AND r.level = 1"_s)
                 .toInt(),
        17);
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
    QCOMPARE(test::joined(db, u"SELECT region FROM region_group_members WHERE group_id = 'jeonnam_gwangju' "
                              "ORDER BY region"_s),
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
    QTest::newRow("Jeonnam islands at the end of 2024") << u"KR-46"_s << u"islands_total"_s << 2024 << 2018.0;
    QTest::newRow("Jeonnam share of national R&D 2022") << u"KR-46"_s << u"rnd_expenditure_share"_s << 2022 << 0.8;
    QTest::newRow("Jeonnam medical school places 2025") << u"KR-46"_s << u"medical_school_quota_allocated"_s << 2025
                                                        << 0.0;
    QTest::newRow("Gwangju AI businesses, basis year 2024") << u"KR-29"_s << u"ai_related_businesses"_s << 2024
                                                            << 1810.0;
    QTest::newRow("Jeonnam coastline, 2014 survey") << u"KR-46"_s << u"coastline_km"_s << 2014 << 6743.0;
    QTest::newRow("Mokpo residents 2024") << u"KR-46-110"_s << u"resident_population"_s << 2024 << 209252.0;
    QTest::newRow("Jeonnam AI graduate schools") << u"KR-46"_s << u"ai_graduate_schools"_s << 2021 << 0.0;
}

void TestBundledDataset::anchorFigures()
{
    QFETCH(QString, region);
    QFETCH(QString, indicator);
    QFETCH(int, year);
    QFETCH(double, value);
    const QVariant v = test::observation(m_db->db(), region, indicator, year);
    QVERIFY2(v.isValid(), qPrintable(region + u" "_s + indicator));
    QCOMPARE(v.toDouble(), value);
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
                              "WHERE o.source_ref = s.ref) AND NOT EXISTS (SELECT 1 FROM plan_items p WHERE p.source = s.id) "
                              "AND NOT EXISTS (SELECT 1 FROM facts f WHERE f.source = s.id)"_s)
                 .toInt(),
        0);
}

void TestBundledDataset::threePlans()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::joined(db, u"SELECT id FROM plans ORDER BY id"_s),
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
    // Every note and target unit has its Korean text.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM plan_items WHERE (COALESCE(note, '') <> '' AND COALESCE(note_ko, '') = '') "
                              "OR (COALESCE(target_unit, '') <> '' AND COALESCE(target_unit_ko, '') = '')"_s)
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db, u"SELECT target_unit_ko FROM plan_items WHERE plan = 'jeonnam' AND title_en LIKE 'Medical school%'"_s)
                 .toString(),
        u"명 (정원)"_s);
}

void TestBundledDataset::jeonnamDistricts()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM regions WHERE level = 2 AND parent = 'KR-46'"_s).toInt(), 22);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM regions WHERE level = 2 AND (name_en = '' OR code NOT LIKE 'KR-46-___')"_s)
                 .toInt(),
        0);
    // The administrative code, both generations of the statistical code, and the names with their province.
    for (const auto &[alias, code] : { std::pair { u"46110"_s, u"KR-46-110"_s }, std::pair { u"36010"_s, u"KR-46-110"_s },
             std::pair { u"46710"_s, u"KR-46-710"_s }, std::pair { u"36310"_s, u"KR-46-710"_s },
             std::pair { u"36510"_s, u"KR-46-710"_s }, std::pair { u"전남 목포시"_s, u"KR-46-110"_s },
             std::pair { u"전라남도 신안군"_s, u"KR-46-910"_s }, std::pair { u"Sinan-gun"_s, u"KR-46-910"_s } })
        QCOMPARE(test::scalar(db, u"SELECT region FROM region_aliases WHERE alias = ?"_s, { alias }).toString(), code);
    // The 22 시군's residents add up to the province's row of the same table, every year.
    for (const int year : { 2022, 2023, 2024 })
        QCOMPARE(test::scalar(db, u"SELECT SUM(value) FROM observation_rows WHERE indicator = 'resident_population' "
                                  "AND region LIKE 'KR-46-%' AND year = ?"_s,
                     { year })
                     .toDouble(),
            test::observation(db, u"KR-46"_s, u"resident_population"_s, year).toDouble());
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observation_rows WHERE indicator = 'vacant_dwellings' "
                              "AND region LIKE 'KR-46-%' AND year = 2023"_s)
                 .toInt(),
        22);
}

void TestBundledDataset::everySourceHasUrlOrDocumentName()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources WHERE url = ''"_s).toInt(), 0);
    // The seed article is a source like any other: publisher, title, date.
    QCOMPARE(test::scalar(db, u"SELECT publisher || '|' || published FROM sources WHERE id = 'plan_seed_article_2025'"_s)
                 .toString(),
        u"AI타임스 (AI Times)|2025-02"_s);
    // Its title in Korean for the Korean report, with the English rendering for the English one (issue 16, 14);
    // a published Korean title has no English rendering of its own (the English report cites it as published).
    QCOMPARE(test::scalar(db, u"SELECT title || '|' || title_en FROM sources WHERE id = 'plan_seed_article_2025'"_s).toString(),
        u"제3차 국가인공지능위원회와 전남 AI 전략 전문가 제언 (이 프로젝트의 출발점이 된 기사)|"
        "제3차 국가인공지능위원회와 전남 AI 전략 전문가 제언 (the seed article of the project)"_s);
    QVERIFY(test::scalar(db, u"SELECT title_en IS NULL FROM sources WHERE id = 'kosis_ageing_2007_2025'"_s).toBool());
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources WHERE title LIKE '%export kept%' OR title LIKE '% via %'"_s).toInt(), 0);
    QCOMPARE(test::scalar(db, u"SELECT published FROM sources WHERE id = 'news_tf_nia_grants_2023'"_s).toString(),
        u"2023-10-16"_s);
}

void TestBundledDataset::kosisSourcesNameTheirTable()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources WHERE licence LIKE '%KOGL%' AND table_title = ''"_s).toInt(), 0);
    QCOMPARE(test::scalar(db, u"SELECT table_id FROM sources WHERE id = 'kosis_doctors_2007_2024'"_s).toString(),
        u"DT_1YL20981"_s);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources WHERE table_id = 'DT_1JU1512'"_s).toInt(), 1);
    // The districts' codes are recorded with their sources.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources WHERE id LIKE 'codes_%'"_s).toInt(), 2);
    // Where a date is not known, the note says so instead of leaving it silently empty.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sources WHERE (published = '' OR retrieved = '') AND note = ''"_s).toInt(),
        0);
    // Calculations from two tables are attributed to both.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(DISTINCT source) FROM observation_rows WHERE indicator IN "
                              "('higher_ed_students_per_1000', 'public_hospital_beds_per_1000') AND source LIKE 'calc_%'"_s)
                 .toInt(),
        2);
}

void TestBundledDataset::calculatedRowsNameMethodAndInputs()
{
    QSqlDatabase db = m_db->db();
    QVERIFY(test::scalar(db, u"SELECT COUNT(*) FROM observations WHERE note LIKE 'calculated%'"_s).toInt() > 100);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observations WHERE note LIKE '%calculated%' "
                              "AND NOT (note LIKE '%calculated: %; inputs: %')"_s)
                 .toInt(),
        0);
}

void TestBundledDataset::asOfForEveryIndicatorWithFigures()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators i WHERE COALESCE(i.as_of, '') = '' AND EXISTS "
                              "(SELECT 1 FROM observations o WHERE o.indicator_ref = i.ref)"_s)
                 .toInt(),
        0);
    for (const auto &[id, asOf] : { std::pair { u"5g_base_stations"_s, u"2020-01-17"_s },
             std::pair { u"ai_data_voucher_demand_share"_s, u"2020 H1"_s }, std::pair { u"islands_total"_s, u"2024-12-31"_s },
             std::pair { u"healthcare_institutions"_s, u"2023 Q1"_s }, std::pair { u"venture_firms"_s, u"2023-08"_s } })
        QCOMPARE(test::scalar(db, u"SELECT as_of FROM indicators WHERE id = ?"_s, { id }).toString(), asOf);
}

void TestBundledDataset::kindsAndTwins()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE pillar IN ('infrastructure', 'talent', 'industry', "
                              "'governance') AND COALESCE(kind, '') NOT IN ('intensity', 'mass')"_s)
                 .toInt(),
        0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM indicators WHERE pillar IN ('context', 'sector', 'benchmark') "
                              "AND COALESCE(kind, '') <> ''"_s)
                 .toInt(),
        0);
    for (const QString &id : { u"rnd_expenditure_share"_s, u"private_datacenter_share"_s, u"ai_data_voucher_demand_share"_s })
        QCOMPARE(test::scalar(db, u"SELECT kind FROM indicators WHERE id = ?"_s, { id }).toString(), u"mass"_s);
    for (const QString &id : { u"5g_base_stations"_s, u"university_enrolled_students"_s, u"graduate_enrolled_students"_s,
             u"researchers"_s, u"ict_workers"_s, u"ict_establishments"_s, u"prof_sci_tech_workers"_s }) {
        const QString twin = id + u"_national_share"_s;
        QCOMPARE(test::scalar(db, u"SELECT kind || '|' || values_from || '|' || unit || '|' || group_rule || '|' || "
                                  "COALESCE(denominator, '') || '|' || pillar FROM indicators WHERE id = ?"_s,
                     { twin })
                     .toString(),
            u"mass|%1|%|sum||%2"_s.arg(id,
                test::scalar(db, u"SELECT pillar FROM indicators WHERE id = ?"_s, { id }).toString()));
    }
}

void TestBundledDataset::benchmarkPillar()
{
    QSqlDatabase db = m_db->db();
    QCOMPARE(test::joined(db, u"SELECT id FROM indicators WHERE pillar = 'benchmark' ORDER BY id"_s),
        u"r_costii_index,r_costii_rank"_s);
    QCOMPARE(test::scalar(db, u"SELECT direction FROM indicators WHERE id = 'r_costii_rank'"_s).toString(), u"lower"_s);
    // The conflict of the sources on Gyeongbuk's score is recorded with the figure kept.
    QVERIFY(test::scalar(db, u"SELECT note FROM observation_rows WHERE indicator = 'r_costii_index' AND region = 'KR-47'"_s)
                .toString()
                .contains(u"6.7"_s));
}

void TestBundledDataset::facts()
{
    QSqlDatabase db = m_db->db();
    QVERIFY(test::scalar(db, u"SELECT COUNT(*) FROM facts"_s).toInt() > 50);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM facts f LEFT JOIN sources s ON s.id = f.source WHERE s.id IS NULL"_s)
                 .toInt(),
        0);
    for (const QString &pillar : { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"governance"_s })
        QVERIFY2(test::scalar(db, u"SELECT COUNT(*) FROM facts WHERE pillar = ?"_s, { pillar }).toInt() > 0, qPrintable(pillar));
    for (const QString &sector : { u"agriculture"_s, u"marine"_s, u"energy"_s, u"medical"_s })
        QVERIFY2(test::scalar(db, u"SELECT COUNT(*) FROM facts WHERE sector = ?"_s, { sector }).toInt() > 0, qPrintable(sector));
    QCOMPARE(test::scalar(db, u"SELECT text_ko FROM facts WHERE id = 'dc_private_capital_share_2024'"_s).toString(),
        u"수도권에 민간 데이터센터 85곳 중 72.9%가 있습니다 (2024년)."_s);
    // A bloc figure is never a region's value.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observations o JOIN regions r ON r.ref = o.region_ref "
                              "WHERE r.code IN (SELECT id FROM region_groups)"_s)
                 .toInt(),
        0);
}

QTEST_GUILESS_MAIN(TestBundledDataset)
#include "tst_bundleddataset.moc"
