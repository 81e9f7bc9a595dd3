// District level (시군구, level 2): the index and its ranks among a province's districts and among
// all districts, on a real SQLite file holding the bundled data plus five real districts with
// made-up test figures (tests/data/kosis/district/README.md), worked out by hand below.
#include "storage/sqlite/schema.h"
#include "storage/sql/sql.h"
#include "import/importer.h"
#include "scoring/indexreport.h"

#include "testsupport.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

IndexRun runAt(test::TempDatabase &t, const RegionScope &scope)
{
    QSqlDatabase db = t.db();
    IndexDatasetOptions data;
    data.scope = scope;
    data.groups = true; // asked for, but groups are provinces: not scored at district level
    const Result<IndexRun> run = runIndex(test::storageOf(db), data, index::IndexOptions());
    if (!run)
        qFatal("%s", qPrintable(run.errorText()));
    return *run;
}

struct Expected {
    QString code;
    double score;
    int rank;
};

void compareRanks(const IndexRun &run, const QList<Expected> &expected)
{
    for (const Expected &e : expected) {
        const int row = int(run.dataset.unitCodes.indexOf(e.code));
        QVERIFY2(row >= 0, qPrintable(e.code));
        QCOMPARE(run.result.index[size_t(row)], e.score);
        QCOMPARE(run.result.rank[size_t(row)], e.rank);
    }
}

} // namespace

class TestDistricts final : public QObject {
    Q_OBJECT
private slots:
    void rankWithinOneProvince();
    void rankAmongAllDistricts();
    void provincesStayAsTheyWere();
    void scopeErrors();
    void figureCacheFollowsTheObservations();
    void bundledDistricts();
};

// 목포 internet 80, share 20; 여수 90, no share; 순천 70, 25. Min-max over the three districts:
// internet 50, 100, 0; share 0, –, 100. Infrastructure (both indicators, so it is scored): 25, 100 (internet
// only), 50; the other readiness pillars have no district figures (evidence insufficient), so readiness is
// infrastructure alone and provisional.
void TestDistricts::rankWithinOneProvince()
{
    auto t = test::openTempDatabaseWithDistricts();
    const IndexRun run = runAt(*t, { 2, u"KR-46"_s });
    QCOMPARE(run.dataset.scoredCount(), 3);
    QCOMPARE(run.dataset.unitCodes, (QStringList { u"KR-46-110"_s, u"KR-46-130"_s, u"KR-46-150"_s, u"KR-46"_s, u"KR"_s }));
    QCOMPARE(run.dataset.unitNames.first(), u"목포시"_s);
    compareRanks(run, { { u"KR-46-110"_s, 25.0, 3 }, { u"KR-46-130"_s, 100.0, 1 }, { u"KR-46-150"_s, 50.0, 2 } });
    // The province and the nation are placed on the districts' scale, not ranked among them.
    QCOMPARE(run.result.rank[3], 0);
    QCOMPARE(run.result.rank[4], 0);
    // Only the two indicators with district figures are scored, both for 2025 ("latest").
    QCOMPARE(run.dataset.input.framework.indicators.size(), size_t(2));
    QCOMPARE(run.dataset.years, (QList<int> { 2025, 2025 }));
    QVERIFY(!run.dataset.excluded.isEmpty());
    using Why = IndexDataset::Excluded::Why;
    QVERIFY(run.dataset.excluded.first().why == Why::NoFigures || run.dataset.excluded.first().why == Why::TooFewRegions);
    // Infrastructure is scored on its two indicators; every other pillar lacks evidence: provisional.
    QVERIFY(run.dataset.evidenceOf(u"infrastructure"_s)->sufficient);
    QVERIFY(!run.dataset.evidenceOf(u"talent"_s)->sufficient);
    QVERIFY(run.dataset.provisional());
}

// Five districts: internet 80, 90, 70, 100, 60 → 50, 75, 25, 100, 0; share 20, –, 25, 30, 10 →
// 50, –, 75, 100, 0. Index 50, 75, 50, 100, 0: 서울 중구 first, 목포 and 순천 share rank 3.
void TestDistricts::rankAmongAllDistricts()
{
    auto t = test::openTempDatabaseWithDistricts();
    const IndexRun run = runAt(*t, { 2, {} });
    QCOMPARE(run.dataset.scoredCount(), 5);
    QCOMPARE(run.dataset.unitCodes.last(), u"KR"_s);
    // Every province is placed on the districts' scale for comparison, unranked.
    QCOMPARE(run.dataset.unitCodes.size(), 5 + 17 + 1);
    QCOMPARE(run.result.rank[size_t(run.dataset.unitCodes.indexOf(u"KR-46"_s))], 0);
    QVERIFY(!run.dataset.unitCodes.contains(u"capital_region"_s));
    compareRanks(run, { { u"KR-11-140"_s, 100.0, 1 }, { u"KR-26-110"_s, 0.0, 5 }, { u"KR-46-110"_s, 50.0, 3 },
                          { u"KR-46-130"_s, 75.0, 2 }, { u"KR-46-150"_s, 50.0, 3 } });
    // 서울 중구 is in the capital region through its province: the group-mean imputation's group.
    QCOMPARE(run.dataset.input.imputationGroup, (std::vector<int> { 0, 1, 1, 1, 1 }));
}

// Districts in the database change nothing at province level.
void TestDistricts::provincesStayAsTheyWere()
{
    auto plain = test::openTempDatabase();
    auto withDistricts = test::openTempDatabaseWithDistricts();
    const IndexRun before = runAt(*plain, {});
    const IndexRun after = runAt(*withDistricts, {});
    QCOMPARE(after.dataset.unitCodes, before.dataset.unitCodes);
    QCOMPARE(after.dataset.scoredCount(), 17);
    QCOMPARE(after.result.index, before.result.index);
    QCOMPARE(after.result.rank, before.result.rank);
}

void TestDistricts::scopeErrors()
{
    auto t = test::openTempDatabaseWithDistricts();
    QSqlDatabase db = t->db();
    const Result<RegionScope> byName = resolveScope(test::storageOf(db), u"2"_s, u"전남"_s);
    QVERIFY2(byName.ok(), qPrintable(byName.errorText()));
    QCOMPARE(byName->within, u"KR-46"_s);
    const Result<RegionScope> byAlias = resolveScope(test::storageOf(db), u"2"_s, u"Jeollanam-do"_s); // an alias of 전남
    QVERIFY2(byAlias.ok(), qPrintable(byAlias.errorText()));
    QCOMPARE(byAlias->within, u"KR-46"_s);
    QVERIFY(resolveScope(test::storageOf(db), u"3"_s, {}).errorText().contains(u"--level takes 1"_s));
    QVERIFY(resolveScope(test::storageOf(db), u"1"_s, u"KR-46"_s).errorText().contains(u"with --level 2"_s));
    const QString unknown = resolveScope(test::storageOf(db), u"2"_s, u"목포"_s).errorText();
    QVERIFY2(unknown.contains(u"KR-46 (3 districts)"_s), qPrintable(unknown));
    // A province without districts: a clear error, not an empty ranking.
    IndexDatasetOptions data;
    data.scope = { 2, u"KR-41"_s };
    const QString none = runIndex(test::storageOf(db), data, {}).errorText();
    QVERIFY2(none.contains(u"no districts of 'KR-41'"_s), qPrintable(none));
}

// District scopes read their figures from figure_cache while the observations' version is the one
// the cache was written at; any change of an observation, by the importer or by hand, bumps it.
void TestDistricts::figureCacheFollowsTheObservations()
{
    AIR_SQLITE_ONLY("the figure cache is a table of the SQLite file (the server reads the figures afresh)");
    auto t = test::openTempDatabaseWithDistricts();
    QSqlDatabase db = t->db();
    const RegionScope all { 2, {} };
    auto mokpoInternet = [&] {
        const auto figures = IndexFigures::load(test::storageOf(db), all, false);
        return (*figures)->raw(u"internet_use_rate"_s, 2025, (*figures)->unitRow(u"KR-46-110"_s));
    };
    QCOMPARE(mokpoInternet(), 80.0);
    const qint64 version = schema::observationsVersion(db);
    // One cached scope (its key is the list of its regions), at the current version.
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM figure_cache"_s).toInt(), 1);
    QCOMPARE(test::scalar(db, u"SELECT observations_version FROM figure_cache"_s).toLongLong(), version);

    // The cache is what is read: with the version put back by hand, a changed figure stays unseen.
    QVERIFY(sql::exec(db, u"UPDATE observations SET value = 99 WHERE year = 2025 AND region_ref = "
                          "(SELECT ref FROM regions WHERE code = 'KR-46-110') AND indicator_ref = "
                          "(SELECT ref FROM indicators WHERE id = 'internet_use_rate')"_s).ok());
    QCOMPARE(schema::observationsVersion(db), version + 1); // the trigger
    QVERIFY(sql::exec(db, u"UPDATE meta SET value = '%1' WHERE key = 'observations_version'"_s.arg(version)).ok());
    QCOMPARE(mokpoInternet(), 80.0);
    // With the version as the trigger left it, the change is read.
    QVERIFY(sql::exec(db, u"UPDATE meta SET value = '%1' WHERE key = 'observations_version'"_s.arg(version + 1)).ok());
    QCOMPARE(mokpoInternet(), 99.0);

    // An import bumps the version once, whatever its number of rows, and keeps the triggers.
    const qint64 beforeImport = schema::observationsVersion(db);
    QTemporaryDir dir;
    const QString file = dir.filePath(u"more.csv"_s);
    QVERIFY(test::writeFile(file, "region,indicator,year,value,status,source,note\n"
                                  "KR-46-110,internet_use_rate,2025,81,estimate,district_test_figures,TEST FIGURE\n"
                                  "KR-46-110,internet_use_rate,2024,79,estimate,district_test_figures,TEST FIGURE\n"));
    ImportOptions replace;
    replace.replaceUserRows = true;
    const auto imported = Importer::importFiles(test::storageOf(db), { file }, replace);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QCOMPARE(schema::observationsVersion(db), beforeImport + 1);
    QCOMPARE(mokpoInternet(), 81.0);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger'"_s).toInt(), 3);
    // A delete by hand bumps it too (once per row, through the trigger).
    QVERIFY(sql::exec(db, u"DELETE FROM observations WHERE year = 2024 AND region_ref = "
                          "(SELECT ref FROM regions WHERE code = 'KR-46-110')"_s).ok());
    QCOMPARE(schema::observationsVersion(db), beforeImport + 2);
}

// Jeonnam's 22 시군 as bundled, with their real figures (no fixture). The only district indicator that two
// thirds of the 22 have in one year is doctors per 1,000 (KOSIS DT_1YL20981, 2020, sector medical): older
// than five years before 2026, it is left out and said why; let in with --max-age 10, it is alone in its
// sector, which stays insufficient. The bundled district figures give no index: they are there to be seen.
void TestDistricts::bundledDistricts()
{
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    auto run = [&](int maxAge) {
        IndexDatasetOptions data;
        data.scope = { 2, u"KR-46"_s };
        data.question = IndexQuestion::Opportunity;
        data.referenceYear = 2026;
        data.maxAge = maxAge;
        const Result<IndexRun> r = runIndex(test::storageOf(db), data, index::IndexOptions());
        if (!r)
            qFatal("%s", qPrintable(r.errorText()));
        return *r;
    };
    const IndexRun latest = run(defaultMaxAge);
    QCOMPARE(latest.dataset.scoredCount(), 22);
    QCOMPARE(latest.dataset.input.framework.indicators.size(), size_t(0));
    const auto doctors = std::find_if(latest.dataset.excluded.cbegin(), latest.dataset.excluded.cend(),
        [](const IndexDataset::Excluded &e) { return e.indicator == u"doctors_per_1000"_s; });
    QVERIFY(doctors != latest.dataset.excluded.cend());
    QCOMPARE(doctors->bestYear, 2020);
    QVERIFY2(doctors->why == IndexDataset::Excluded::Why::TooOld, qPrintable(doctors->reason));

    const IndexRun older = run(10);
    const IndexDataset::Evidence *medical = older.dataset.evidenceOf(u"medical"_s);
    QVERIFY(medical);
    QCOMPARE(medical->indicators, QStringList { u"doctors_per_1000"_s });
    QCOMPARE(older.dataset.input.framework.indicators.size(), size_t(0));
}

QTEST_GUILESS_MAIN(TestDistricts)
#include "tst_districts.moc"
