// The missing figures worth chasing (issue 14, 3), worked by hand on four made-up regions, and the
// KOSIS recipes of the catalogue (issue 14, 4): a download of a known table imports without --map,
// exactly as it does with the explicit --map, and --map still overrides.
#include "import/importer.h"
#include "scoring/gaps.h"
#include "scoring/indexreport.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

// TEST FIGURES, made up so that the ranks can be worked by hand. Four regions (A the focus), as of
// 2026 with a maximum age of 5 and figures older than 3 years stale; min-max, arithmetic, equal weights.
//   infrastructure: m_infra 2025 (A missing; B 0, C 50, D 100), i2 2025 (A 60, B 0, C 100, D 0)
//   talent: a_talent 2021 (stale: A 50, B 100, C 0, D 50), t2 2025 (A 0, B 100, C 50, D 0),
//           z_talent 2025 (B 0, C 100 only: two of four regions, left out; with A's figure, three)
//   industry: n1 2025 (A missing), the pillar's only indicator: insufficient, so A's figure would not
//           enter either, and it is not on the list.
// Today: infrastructure A 60, B 0, C 75, D 50; talent A 25, B 100, C 25, D 25; readiness A 42.5,
// B 50, C 50, D 37.5: A ranks 3rd.
// m_infra at B's 0: infrastructure A 30, readiness 27.5, 4th; at D's 100: 80, 52.5, 1st. Spread 3.
// a_talent at C's 0: talent A 0, readiness 30, 4th; at B's 100: talent 50, readiness 55, 1st. Spread 3,
//   after m_infra: a missing figure before a stale one at the same spread (whatever the names' order).
// z_talent enters with A's figure: at 0, talent A 16.7, readiness 38.3 (B 33.3, C 62.5, D 37.5), 2nd;
//   at 100, talent A 50, readiness 55, 2nd. Spread 0.
const QByteArray regions = "code,name_ko,name_en,level,parent\n"
                           "KR,전국,Nation,0,\nKR-91,가,A,1,KR\nKR-92,나,B,1,KR\nKR-93,다,C,1,KR\nKR-94,라,D,1,KR\n";
const QByteArray sources = "id,publisher,title,url,published,retrieved,licence,table_title\n"
                           "made_up,TEST,TEST FIGURES,test,,,,TEST TABLE\n";
const QByteArray indicators =
    "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator,scale,ratio_unit,definition,goal_low,goal_high,"
    "min_value,kind,values_from,as_of,kosis_table,kosis_item\n"
    "m_infra,infrastructure,,가,m_infra,개,higher,sum,,1,,,,,,intensity,,2025,시험 통계표(시도),시험 항목\n"
    "i2,infrastructure,,나,i2,개,higher,sum,,1,,,,,,intensity,,2025,,\n"
    "a_talent,talent,,다,a_talent,개,higher,sum,,1,,,,,,intensity,,2021,,\n"
    "t2,talent,,라,t2,개,higher,sum,,1,,,,,,intensity,,2025,,\n"
    "z_talent,talent,,마,z_talent,개,higher,sum,,1,,,,,,intensity,,2025,,\n"
    "n1,industry,,바,n1,개,higher,sum,,1,,,,,,intensity,,2025,,\n";

QByteArray observations()
{
    QByteArray out = "region,indicator,year,value,status,source\n";
    const auto add = [&](const char *indicator, int year, std::initializer_list<std::pair<const char *, int>> values) {
        for (const auto &[region, value] : values)
            out += QByteArray(region) + ',' + indicator + ',' + QByteArray::number(year) + ','
                + QByteArray::number(value) + ",estimate,made_up\n";
    };
    add("m_infra", 2025, { { "KR-92", 0 }, { "KR-93", 50 }, { "KR-94", 100 } });
    add("i2", 2025, { { "KR-91", 60 }, { "KR-92", 0 }, { "KR-93", 100 }, { "KR-94", 0 } });
    add("a_talent", 2021, { { "KR-91", 50 }, { "KR-92", 100 }, { "KR-93", 0 }, { "KR-94", 50 } });
    add("t2", 2025, { { "KR-91", 0 }, { "KR-92", 100 }, { "KR-93", 50 }, { "KR-94", 0 } });
    add("z_talent", 2025, { { "KR-92", 0 }, { "KR-93", 100 } });
    add("n1", 2025, { { "KR-92", 1 }, { "KR-93", 2 }, { "KR-94", 3 } });
    return out;
}

std::unique_ptr<test::TempDatabase> fourRegions()
{
    auto t = test::openTempDatabase(false);
    const QList<InputFile> files = { { u"regions.csv"_s, regions }, { u"sources.csv"_s, sources },
        { u"indicators.csv"_s, indicators }, { u"observations.csv"_s, observations() } };
    const auto report = Importer::importData(t->store(), files, {});
    if (!report)
        qFatal("%s", qPrintable(report.errorText()));
    return t;
}

GapList gapsOf(Storage &storage, const QString &region)
{
    GapOptions options;
    options.region = region;
    options.data.year = 2026;
    const auto figures = IndexFigures::load(storage, {}, false);
    if (!figures)
        qFatal("%s", qPrintable(figures.errorText()));
    const Result<GapList> gaps = findGaps(storage, **figures, options);
    if (!gaps)
        qFatal("%s", qPrintable(gaps.errorText()));
    return *gaps;
}

Result<ImportReport> importKosis(Storage &storage, const QString &file, const QList<std::pair<QString, QString>> &maps)
{
    ImportOptions options;
    options.maps = maps;
    return Importer::importFiles(storage, { test::dataPath(file) }, options);
}

} // namespace

class TestGaps final : public QObject {
    Q_OBJECT
private slots:
    void gapsInOrderOnFourRegions();
    void gapsChangeNothing();
    void whereNamesTheRecipe();
    void gapsOnTheBundledData();
    void recipeImportEqualsExplicitMap_data();
    void recipeImportEqualsExplicitMap();
    void mapOverridesTheRecipe();
    void recipeItemIsNotAPartOfALongerName();
    void unknownTableStillAsksForMap();
};

void TestGaps::gapsInOrderOnFourRegions()
{
    auto t = fourRegions();
    const GapList list = gapsOf(t->store(), u"KR-91"_s);
    QCOMPARE(list.rank, 3);
    QCOMPARE(list.ranked, 4);
    QCOMPARE(QString::fromUtf8(gapsCsv(list, u"en"_s)),
        u"indicator,region,year,status,rank_if_lowest,rank_if_highest,spread,where\n"
        "m_infra,KR-91,2025,missing,4,1,3,\"TEST: 시험 통계표(시도), item 시험 항목\"\n"
        "a_talent,KR-91,2021,stale,4,1,3,TEST: TEST TABLE\n"
        "z_talent,KR-91,2025,missing,2,2,0,TEST: TEST TABLE\n"_s);
    QVERIFY(!list.gaps[0].entersIfFound);
    QVERIFY(list.gaps[2].entersIfFound);
    QCOMPARE(list.gaps[0].lowestRegion, u"KR-92"_s);
    QCOMPARE(list.gaps[0].highestRegion, u"KR-94"_s);
    QCOMPARE(list.gaps[1].lowest, 0.0);
    QCOMPARE(list.gaps[1].highest, 100.0);
}

// The what-ifs are computed, never stored: the database is the same before and after.
void TestGaps::gapsChangeNothing()
{
    auto t = fourRegions();
    QVERIFY(IndexFigures::load(t->store(), {}, false).ok()); // the figure cache is written on the first read
    const QString before = test::dumpDatabase(t->db());
    (void)gapsOf(t->store(), u"KR-91"_s);
    (void)gapsOf(t->store(), u"KR-94"_s);
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

void TestGaps::whereNamesTheRecipe()
{
    auto t = fourRegions();
    const GapList list = gapsOf(t->store(), u"KR-91"_s);
    QCOMPARE(list.gaps[0].where(u"ko"_s), u"TEST: 시험 통계표(시도), 항목 시험 항목"_s);
    QCOMPARE(list.gaps[0].kosisTable, u"시험 통계표(시도)"_s);
}

// On the bundled data: every gap is one of Jeonnam's, no figure of Jeonnam's is filled, the order
// holds, and each row names where to get it.
void TestGaps::gapsOnTheBundledData()
{
    auto t = test::openTempDatabase();
    const auto figures = IndexFigures::load(t->store(), {}, false);
    QVERIFY(figures.ok());
    const QString before = test::dumpDatabase(t->db());
    GapOptions options;
    options.data.referenceYear = 2026;
    const Result<GapList> list = findGaps(t->store(), **figures, options);
    QVERIFY2(list.ok(), qPrintable(list.errorText()));
    QVERIFY(!list->gaps.isEmpty());
    for (qsizetype i = 0; i < list->gaps.size(); ++i) {
        const Gap &g = list->gaps[i];
        QCOMPARE(g.region, u"KR-46"_s);
        QVERIFY2(!g.where(u"ko"_s).isEmpty(), qPrintable(g.indicator));
        if (g.status == Gap::Status::Missing)
            QVERIFY(test::observation(t->db(), u"KR-46"_s, g.indicator, g.year).isNull());
        else
            QVERIFY(2026 - g.year > staleAge);
        if (i > 0)
            QVERIFY(list->gaps[i - 1].spread() >= g.spread());
        // The ranks as the whole index gives them with the figure placed among the raw figures (the
        // list changes only the computed cells, also of the figure's share of the national total).
        const IndicatorInfo *info = nullptr;
        for (const IndicatorInfo &i : (*figures)->indicators())
            if (i.id == g.indicator)
                info = &i;
        QVERIFY(info);
        const int focus = (*figures)->unitRow(u"KR-46"_s);
        const double perUnit = info->denominator.isEmpty() ? 1 : (*figures)->raw(info->denominator, g.year, focus) / info->scale;
        for (const auto &[value, rank] : { std::pair { g.lowest, g.rankIfLowest }, std::pair { g.highest, g.rankIfHighest } }) {
            IndexDatasetOptions data = options.data;
            const auto placed = (*figures)->withFigure(g.indicator, g.year, focus, value * perUnit);
            const Result<IndexRun> run = runIndex(t->store(), *placed, data, index::IndexOptions());
            QVERIFY(run.ok());
            QCOMPARE(run->result.rank[size_t(focus)], rank);
        }
    }
    QVERIFY(std::any_of(list->gaps.cbegin(), list->gaps.cend(), [](const Gap &g) { return g.enters.size() > 1; }));
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

// The real KOSIS exports kept in tests/data/kosis/ (their tables have recipes in the bundled
// catalogue): without --map and with the --map that says the same, the database ends up the same.
void TestGaps::recipeImportEqualsExplicitMap_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("maps");
    QTest::newRow("고령인구비율, two items of three (UTF-8)")
        << u"kosis/고령인구비율_시도_시_군_구__20260324171859.csv"_s
        << QStringList { u"고령인구비율=aged_65_plus_share"_s, u"65세이상인구=population_aged_65plus"_s };
    QTest::newRow("고령인구비율 (CP949)") << u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s
                                       << QStringList { u"고령인구비율=aged_65_plus_share"_s,
                                              u"65세이상인구=population_aged_65plus"_s };
    QTest::newRow("의사수: one item's name inside the other's")
        << u"kosis/인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv"_s
        << QStringList { u"인구 천명당=doctors_per_1000"_s, u"의료기관 종사 의사수=doctors_in_medical_institutions"_s };
}

void TestGaps::recipeImportEqualsExplicitMap()
{
    QFETCH(QString, file);
    QFETCH(QStringList, maps);
    QList<std::pair<QString, QString>> pairs;
    for (const QString &m : maps)
        pairs << std::pair { m.section(u'=', 0, 0), m.section(u'=', 1) };
    auto byRecipe = test::openTempDatabase();
    auto byMap = test::openTempDatabase();
    const auto recipe = importKosis(byRecipe->store(), file, {});
    QVERIFY2(recipe.ok(), qPrintable(recipe.errorText()));
    const auto mapped = importKosis(byMap->store(), file, pairs);
    QVERIFY2(mapped.ok(), qPrintable(mapped.errorText()));
    QVERIFY(recipe->written() + recipe->replaced() + recipe->files.first().unchanged > 0);
    QCOMPARE(recipe->written(), mapped->written());
    QCOMPARE(recipe->replaced(), mapped->replaced());
    QCOMPARE(recipe->files.first().skipped, mapped->files.first().skipped);
    // Equal but for the times in the import log and the history (each import has its entry, and each
    // bundled figure it replaced its line in the history): those are compared without the times.
    const QStringList timed { u"import_log"_s, u"observation_history"_s };
    QCOMPARE(test::dumpDatabase(byRecipe->db(), timed), test::dumpDatabase(byMap->db(), timed));
    const QString untimed = u"SELECT region_ref, indicator_ref, year, old_value, new_value, old_source_ref, new_source_ref, "
                            "reason FROM observation_history ORDER BY id"_s;
    QCOMPARE(test::joinedRows(byRecipe->db(), untimed), test::joinedRows(byMap->db(), untimed));
    // The report names the recipe it used; the --map import names none.
    QVERIFY2(recipe->toText().contains(u"KOSIS recipe"_s), qPrintable(recipe->toText()));
    QVERIFY(!mapped->toText().contains(u"KOSIS recipe"_s));
}

// --map given: the recipe is not used, only what --map names is imported.
void TestGaps::mapOverridesTheRecipe()
{
    auto t = test::openTempDatabase();
    const auto report = importKosis(t->store(), u"kosis/고령인구비율_시도_시_군_구__20260324171859.csv"_s,
        { { u"65세이상인구"_s, u"population_aged_65plus"_s } });
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QVERIFY(!report->toText().contains(u"KOSIS recipe"_s));
    QVERIFY2(report->toText().contains(u"고령인구비율"_s), qPrintable(report->toText())); // listed as not mapped
}

// "의료기관 종사 의사수" is the recipe of doctors_in_medical_institutions; the item "인구 천명당 의료기관
// 종사 의사수 (A÷B×1000)" contains it but is doctors_per_1000's, never both.
void TestGaps::recipeItemIsNotAPartOfALongerName()
{
    auto t = test::openTempDatabase();
    const auto report = importKosis(t->store(), u"kosis/인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv"_s, {});
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const QString text = report->toText();
    QVERIFY2(text.contains(u"→ doctors_per_1000"_s) && text.contains(u"→ doctors_in_medical_institutions"_s), qPrintable(text));
    QCOMPARE(test::observation(t->db(), u"KR-46"_s, u"doctors_per_1000"_s, 2024).toDouble(), 2.6);
}

// A table the catalogue has no recipe for still asks for --map, and says it found no recipe.
void TestGaps::unknownTableStillAsksForMap()
{
    auto t = test::openTempDatabase();
    const auto report = importKosis(t->store(), u"kosis/two_rows_short_names_20250101000000.csv"_s, {});
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(u"no KOSIS recipe"_s), qPrintable(report.errorText()));
    QVERIFY(report.errorText().contains(u"--map"_s));
}

QTEST_GUILESS_MAIN(TestGaps)
#include "tst_gaps.moc"
