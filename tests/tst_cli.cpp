// The command line as an official or a script uses it: the real executable in a real process.
#include "clisupport.h"
#include "import/bundleddataset.h"
#include "items/observationsmodel.h"
#include "storage/networkfilesystem.h"
#include "storage/sqlite/schema.h"
#include "testsupport.h"

#include <QDate>
#include <QFile>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QRegularExpression>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

using Run = air::test::CliRun;
using air::test::runCli;

class TestCli final : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        if (air::test::onServerEngine()) // a database of its own on the test server, dropped in cleanup
            m_scratch = std::make_unique<air::test::ScratchPostgresDatabase>(air::test::testServer(), u"tst_cli"_s);
    }
    void cleanup() { m_scratch.reset(); }
    void help();
    void versionNamesTheDataset();
    void unknownCommand();
    void importKosisAndExport();
    void failedImportSaysWhereAndWritesNothing();
    void exportToUnwritablePath();
    void exportExcel();
    void check();
    void indexWithUncertaintyAndDetails();
    void indexRefusesBadOptions();
    void districtLevelFromTheCommandLine();
    void checkFindsABrokenSchema();
    void formulaNoteRoundTrips();
    void xlsxRoundTripsThroughTheCommandLine();
    void unusableWeightSetsAreRefused();
    void weightsAreNotOverwrittenWithoutReplace();
    void hostileArguments();
    void reportScalesWithManyObservations();
    void infiniteFiguresAreNotRanked();
    void regionOptionsTakeAliases();
    void gapsCommand();
    void importReportsInKoreanWithLangKo();
    void storageMessagesInKoreanWithLangKo();
    void importsAreInTheHistory();
    void historyOfAnEditedFigure();
    void historyRefusesBadOptions();
    void networkShareIsNamedOnTheCommandLine();

private:
    // What --db takes: a file in the test's folder, or the test's database on the server.
    QString db() const { return m_scratch ? m_scratch->url().toString() : m_dir->filePath(u"cli.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<air::test::ScratchPostgresDatabase> m_scratch;
};

void TestCli::help()
{
    const Run r = runCli({ u"--help"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"export-csv --table"_s));
    const Run importHelp = runCli({ u"import"_s, u"--help"_s });
    QCOMPARE(importHelp.exitCode, 0);
    QVERIFY(importHelp.out.contains(u"--map"_s) && importHelp.out.contains(u"--filter"_s));
}

// Issue 17, 4: --version prints the program's version and the bundled dataset's: its date and the digest
// a database records of the dataset it holds.
void TestCli::versionNamesTheDataset()
{
    const Run r = runCli({ u"--version"_s });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], u"ai-readiness %1"_s.arg(QStringLiteral(AIR_VERSION)));
    static const QRegularExpression dataset(u"^dataset (\\d{4}-\\d{2}-\\d{2}) \\(digest (\\d+-[0-9a-f]{16})\\)$"_s);
    const QRegularExpressionMatch m = dataset.match(lines[1]);
    QVERIFY2(m.hasMatch(), qPrintable(lines[1]));
    QVERIFY(QDate::fromString(m.captured(1), Qt::ISODate).isValid());
    QCOMPARE(m.captured(1), air::BundledDataset::date());
    // The digest is the one a database records of the dataset it was loaded with (check prints it).
    QVERIFY(runCli({ u"--db"_s, db(), u"validate"_s }).exitCode == 0);
    const Run check = runCli({ u"--db"_s, db(), u"check"_s });
    QVERIFY2(check.out.contains(u"bundled dataset: %1\n"_s.arg(m.captured(2))), qPrintable(check.out.left(300)));
}

void TestCli::unknownCommand()
{
    const Run r = runCli({ u"--db"_s, db(), u"frobnicate"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(u"unknown command 'frobnicate'"_s));
}

void TestCli::importKosisAndExport()
{
    const Run imported = runCli({ u"--db"_s, db(), u"import"_s,
        air::test::dataPath(u"kosis/cp949/인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv"_s), u"--map"_s,
        u"인구 천명당=doctors_per_1000"_s, u"--map"_s, u"의료기관 종사 의사수(A)=doctors_in_medical_institutions"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QVERIFY2(imported.out.contains(u"(KOSIS (wide), CP949): 972 rows read"_s), qPrintable(imported.out));
    QVERIFY(imported.out.contains(u"items not mapped, skipped: 주민등록인구(B)"_s));

    const QString out = m_dir->filePath(u"doctors.csv"_s);
    const Run exported = runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"observations"_s, u"--indicator"_s,
        u"doctors_per_1000"_s, u"--region"_s, u"KR-46"_s, u"--year"_s, u"2024"_s, u"-o"_s, out });
    QCOMPARE(exported.exitCode, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(f.readAll());
    QVERIFY2(csv.startsWith(u"region,indicator,year,value,status,source,note\nKR-46,doctors_per_1000,2024,2.6,official,"_s),
        qPrintable(csv));
    QCOMPARE(csv.count(u'\n'), 2);
}

void TestCli::failedImportSaysWhereAndWritesNothing()
{
    QVERIFY(runCli({ u"--db"_s, db(), u"check"_s }).exitCode == 0);
    const Run before = runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"observations"_s });
    const QString file = air::test::dataPath(u"kosis/cp949/broken_고령인구비율_20260324171859.csv"_s);
    const Run r = runCli({ u"--db"_s, db(), u"import"_s, file, u"--map"_s, u"고령인구비율=aged_65_plus_share"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(file + u":17:"_s) && r.err.contains(u"'27.2?' is not a number"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"nothing was written"_s));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"observations"_s }).out, before.out);
}

void TestCli::exportToUnwritablePath()
{
    const QString out = m_dir->filePath(u"no/such/folder/x.csv"_s);
    const Run r = runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"regions"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"cannot write"_s));
    QVERIFY(!QFile::exists(out));
}

void TestCli::exportExcel()
{
    const Run r = runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"regions"_s, u"--excel"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.rawOut.startsWith("\xEF\xBB\xBF" "code,name_ko"));
    QVERIFY(r.out.contains(u"KR-46,전라남도,Jeonnam,1,KR,전남,0\r\n"_s));
}

void TestCli::check()
{
    runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"regions"_s });
    const Run r = runCli({ u"--db"_s, db(), u"check"_s });
    // The bundled dataset's digest is the same in every process: a second start refreshes nothing.
    runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"regions"_s });
    const Run again = runCli({ u"--db"_s, db(), u"check"_s });
    const QString digest = r.out.split(u'\n').filter(u"bundled dataset:"_s).value(0);
    QVERIFY(digest.size() > u"bundled dataset: "_s.size() + 4);
    QCOMPARE(again.out.split(u'\n').filter(u"bundled dataset:"_s).value(0), digest);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"integrity: ok"_s));
    QVERIFY(r.out.contains(u"schema version: %1"_s.arg(air::schema::latestVersion())));
}

void TestCli::indexWithUncertaintyAndDetails()
{
    const QString details = m_dir->filePath(u"details.csv"_s);
    const Run r = runCli({ u"--db"_s, db(), u"index"_s, u"--year"_s, u"2026"_s, u"--groups"_s, u"--uncertainty"_s, u"200"_s,
        u"--seed"_s, u"3"_s, u"--details"_s, details });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.first(),
        u"region,readiness,readiness_rank,readiness_p05,readiness_p95,opportunity,opportunity_rank,infrastructure,talent,"
        "industry,governance,agriculture,marine,energy,medical,status"_s);
    QCOMPARE(lines.size(), 1 + 17 + 1 + 3); // regions, the nation, three groups
    QVERIFY(r.out.contains(u"\njeonnam_gwangju,"_s));
    const QStringList f = lines.filter(u"KR-46,"_s).first().split(u',');
    QVERIFY(f[3].toDouble() <= f[2].toDouble() && f[2].toDouble() <= f[4].toDouble()); // p05 <= nominal <= p95
    QVERIFY(!f[6].isEmpty());                                                            // an opportunity rank
    // A pillar without two recent indicators is "insufficient" in place of a score, and the index provisional.
    QFile d(details);
    QVERIFY(d.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(d.readAll());
    QVERIFY(text.startsWith(u"indicator,question,pillar,year,availability,treatment,flags\n"_s));
    const QStringList header = lines.first().split(u',');
    for (const QString &pillar : { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"governance"_s }) {
        const bool insufficient = text.contains(u",readiness,%1,,,,evidence insufficient"_s.arg(pillar));
        QCOMPARE(f[header.indexOf(pillar)] == u"insufficient"_s, insufficient);
        if (insufficient)
            QCOMPARE(f.last(), u"provisional"_s);
    }
    // The 5G count of January 2020 is older than five years before 2026: left out, and said why.
    QVERIFY2(text.contains(QRegularExpression(u"\n5g_base_stations,readiness,infrastructure,2020,[^\n]*left out: its latest "
                                              "figures with two thirds of the regions are of 2020, older than 5 years before 2026"_s)),
        qPrintable(text));
    QVERIFY2(r.err.contains(u"uncertainty: 200 runs, seed 3; mean absolute rank change"_s), qPrintable(r.err));
    // --max-age 10 lets it in, marked stale; with the bundled 3.5 GHz count of 2020-07-11 (12 regions) and 5G's
    // national share, the infrastructure pillar then rests on three indicators, all of 2020. The broadband
    // figures of 2002 and 2007 stay out.
    const Run older = runCli({ u"--db"_s, db(), u"index"_s, u"--year"_s, u"2026"_s, u"--max-age"_s, u"10"_s,
        u"--uncertainty"_s, u"0"_s, u"--details"_s, details });
    QVERIFY2(older.exitCode == 0, qPrintable(older.err));
    const QByteArray olderDetails = air::test::readFile(details);
    QVERIFY2(olderDetails.contains("\n5g_base_stations,readiness,infrastructure,2020,1.000,,stale (2020)"), olderDetails.constData());
    QVERIFY2(olderDetails.contains(",readiness,infrastructure,,,,\"scored: 3 indicators (5g_base_stations, "
                                   "5g_base_stations_3_5ghz, 5g_base_stations_national_share)\""),
        olderDetails.constData());
    QVERIFY2(olderDetails.contains("\nbroadband_household_penetration,readiness,infrastructure,2002,0.941,,\"left out: its latest "
                                   "figures with two thirds of the regions are of 2002, older than 10 years before 2026\""),
        olderDetails.constData());
    // The same seed gives the same result.
    const Run again = runCli({ u"--db"_s, db(), u"index"_s, u"--year"_s, u"2026"_s, u"--groups"_s, u"--uncertainty"_s,
        u"200"_s, u"--seed"_s, u"3"_s });
    QCOMPARE(again.out, r.out);
}

// Districts imported, then the index, the report and the screenshots at level 2 (ranks worked by
// hand in tst_districts).
void TestCli::districtLevelFromTheCommandLine()
{
    // The bundled data hold Jeonnam's 22 시군 with their real figures; the database is the district fixture's
    // (testsupport.h: the bundled districts reduced to the fixture's three, without their figures), so that
    // the made-up figures alone decide the district index, as worked by hand in tst_districts.
    auto fixture = air::test::openTempDatabaseWithDistricts();
    const QString districtDb = fixture->path();
    fixture->storage.reset(); // closed: the command line opens it
    const QString dir = air::test::dataPath(u"kosis/district/"_s);
    const Run imported = runCli({ u"--db"_s, districtDb, u"import"_s, dir + u"regions_districts.csv"_s, dir + u"sources_test.csv"_s,
        dir + u"observations_TEST_FIGURES.csv"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run r = runCli({ u"--db"_s, districtDb, u"index"_s, u"--level"_s, u"2"_s, u"--within"_s, u"전남"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 1 + 3 + 2); // three districts, then the province and the nation
    QVERIFY2(lines[2].startsWith(u"KR-46-130,100.0000,1,"_s), qPrintable(lines[2])); // 여수
    QVERIFY(lines[4].startsWith(u"KR-46,"_s));
    QVERIFY2(lines[1].endsWith(u",provisional"_s), qPrintable(lines[1])); // only infrastructure has district figures
    // Mean imputation fills 여수's missing share of data centres: one cell, reported in --details.
    const QString details = m_dir->filePath(u"district-details.csv"_s);
    const Run imputed = runCli({ u"--db"_s, districtDb, u"index"_s, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s,
        u"--impute"_s, u"mean"_s, u"--details"_s, details });
    QVERIFY2(imputed.exitCode == 0, qPrintable(imputed.err));
    QVERIFY2(QString::fromUtf8(air::test::readFile(details)).contains(
                 QRegularExpression(u"\nprivate_datacenter_share,readiness,infrastructure,2025,0.667,,[^\n]*1 imputed"_s)),
        qPrintable(QString::fromUtf8(air::test::readFile(details))));
    // Goalposts 0..100 for internet use and 0..50 for the share: 목포 80 → 80 and 20 → 40, pillar 60.
    // An indicator without goalposts is not silently min-max normalised: the command says so.
    const Run noGoals = runCli({ u"--db"_s, districtDb, u"index"_s, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s,
        u"--normalise"_s, u"goalposts"_s });
    QVERIFY2(noGoals.err.contains(u"goalposts: 2 indicators have none set"_s), qPrintable(noGoals.err));
    const QString goals = m_dir->filePath(u"goals.csv"_s);
    QFile g(goals);
    QVERIFY(g.open(QIODevice::WriteOnly));
    g.write("id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator,goal_low,goal_high\n"
            "internet_use_rate,infrastructure,,인터넷 이용률,Internet use rate,%,higher,mean:population,,0,100\n"
            "private_datacenter_share,infrastructure,,민간 데이터센터 비중,Share of private data centres,%,higher,sum,,0,50\n");
    g.close();
    // internet_use_rate is a bundled indicator: its goalposts change only with --replace (issue 18, 2).
    QCOMPARE(runCli({ u"--db"_s, districtDb, u"import"_s, goals }).exitCode, 1);
    const Run importedGoals = runCli({ u"--db"_s, districtDb, u"import"_s, goals, u"--replace"_s });
    QVERIFY2(importedGoals.exitCode == 0, qPrintable(importedGoals.err));
    const Run withGoals = runCli({ u"--db"_s, districtDb, u"index"_s, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s,
        u"--normalise"_s, u"goalposts"_s });
    QVERIFY2(!withGoals.err.contains(u"goalposts:"_s), qPrintable(withGoals.err));
    const QStringList mokpo = withGoals.out.split(u'\n').filter(u"KR-46-110,"_s).first().split(u',');
    QCOMPARE(mokpo[1], u"60.0000"_s);

    // validate on a made-up benchmark: readiness 목포 25, 여수 100, 순천 50 against 2, 3, 1. Ranks
    // (ascending) 1, 3, 2 and 2, 3, 1: d = -1, 0, 1, rho = 1 - 6 * 2 / (3 * 8) = 0.5; pairs: two
    // concordant, one discordant, tau = 1/3. 목포 and 순천 differ by one rank each.
    const QString bench = m_dir->filePath(u"bench.csv"_s);
    QFile b(bench);
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator\n"
            "made_up_benchmark,benchmark,,시험용 비교 지수,Made-up benchmark,점,higher,sum,\n");
    b.close();
    const QString benchFigures = m_dir->filePath(u"bench-figures.csv"_s);
    QFile bf(benchFigures);
    QVERIFY(bf.open(QIODevice::WriteOnly));
    bf.write("region,indicator,year,value,status,source,note\n"
             "KR-46-110,made_up_benchmark,2025,2,estimate,district_test_figures,TEST FIGURE\n"
             "KR-46-130,made_up_benchmark,2025,3,estimate,district_test_figures,TEST FIGURE\n"
             "KR-46-150,made_up_benchmark,2025,1,estimate,district_test_figures,TEST FIGURE\n");
    bf.close();
    // Without goalposts again: the agreement is with the min-max readiness ranking.
    const Run importedBench = runCli({ u"--db"_s, districtDb, u"import"_s, bench, benchFigures });
    QVERIFY2(importedBench.exitCode == 0, qPrintable(importedBench.err));
    const Run validate = runCli({ u"--db"_s, districtDb, u"validate"_s, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s });
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.err));
    const QStringList rows = validate.out.trimmed().split(u'\n');
    QCOMPARE(rows.first(), u"benchmark,year,regions,spearman,kendall,largest_disagreements"_s);
    QCOMPARE(rows.filter(u"made_up_benchmark,"_s).first(),
        u"made_up_benchmark,2025,3,0.500,0.333,\"KR-46-110 (readiness 3, benchmark 2); KR-46-150 (readiness 2, benchmark 3)\""_s);
    const Run all = runCli({ u"--db"_s, districtDb, u"index"_s, u"--level"_s, u"2"_s });
    QCOMPARE(all.out.trimmed().split(u'\n').size(), 1 + 5 + 17 + 1);

    const Run none = runCli({ u"--db"_s, districtDb, u"index"_s, u"--level"_s, u"2"_s, u"--within"_s, u"KR-41"_s });
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"no districts of 'KR-41'"_s), qPrintable(none.err));
    const Run badLevel = runCli({ u"--db"_s, districtDb, u"index"_s, u"--level"_s, u"3"_s });
    QCOMPARE(badLevel.exitCode, 2);

    const QString pdf = m_dir->filePath(u"mokpo.pdf"_s);
    const Run report = runCli({ u"--db"_s, districtDb, u"export-pdf"_s, pdf, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(air::test::readFile(pdf).startsWith("%PDF-"));
    const Run wrongRegion = runCli({ u"--db"_s, districtDb, u"export-pdf"_s, pdf, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s,
        u"--region"_s, u"KR-11-140"_s });
    QCOMPARE(wrongRegion.exitCode, 2);
    QVERIFY2(wrongRegion.err.contains(u"KR-46-110, KR-46-130, KR-46-150"_s), qPrintable(wrongRegion.err));

    const QString shots = m_dir->filePath(u"shots"_s);
    const Run screenshot = runCli({ u"--db"_s, districtDb, u"screenshot"_s, shots, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s });
    QVERIFY2(screenshot.exitCode == 0, qPrintable(screenshot.err));
    QCOMPARE(QDir(shots).entryList({ u"*.png"_s }).size(), 13);
}

void TestCli::indexRefusesBadOptions()
{
    for (const QStringList &args : { QStringList { u"--normalise"_s, u"log"_s }, QStringList { u"--year"_s, u"soon"_s },
             QStringList { u"--uncertainty"_s, u"-5"_s } }) {
        const Run r = runCli(QStringList { u"--db"_s, db(), u"index"_s } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
    const Run age = runCli({ u"--db"_s, db(), u"index"_s, u"--max-age"_s, u"old"_s });
    QCOMPARE(age.exitCode, 2);
    QVERIFY2(age.err.contains(u"--max-age"_s), qPrintable(age.err));

    const Run r = runCli({ u"--db"_s, db(), u"index"_s, u"--weights"_s, u"nonesuch"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"unknown weight set 'nonesuch'"_s), qPrintable(r.err));
}

namespace {
// A connection of the test's own to the database LOCATOR names (a file or the test server's database),
// past the program, as a careless tool would write.
QSqlDatabase directConnection(const QString &locator, const QString &name)
{
    if (air::isServerLocator(locator))
        return air::test::openPostgres(QUrl(locator), name);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(locator);
    db.open();
    return db;
}

void sqlOn(const QString &path, const QStringList &statements)
{
    const QString name = u"direct-"_s + path;
    {
        QSqlDatabase db = directConnection(path, name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        for (const QString &s : statements)
            QVERIFY2(q.exec(s), qPrintable(s));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}
} // namespace

// Issue 18, 11: with a view dropped, check said "integrity: ok".
void TestCli::checkFindsABrokenSchema()
{
    QVERIFY(runCli({ u"--db"_s, db(), u"check"_s }).exitCode == 0);
    sqlOn(db(), { u"DROP VIEW observation_rows"_s });
    const Run r = runCli({ u"--db"_s, db(), u"check"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains(u"schema: the view observation_rows is missing"_s), qPrintable(r.out));
}

// Issue 18, 12: a note exported as '=1+1 (defused) came back from import with the apostrophe.
void TestCli::formulaNoteRoundTrips()
{
    const QString in = m_dir->filePath(u"in.csv"_s);
    QVERIFY(air::test::writeFile(in, "region,indicator,year,value,status,source,note\n"
                                     "KR-46,population,2030,1,estimate,kosis_population_2007_2025,=1+1\n"));
    QVERIFY(runCli({ u"--db"_s, db(), u"import"_s, in }).exitCode == 0);
    const QString out = m_dir->filePath(u"out.csv"_s);
    QVERIFY(runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"observations"_s, u"--year"_s, u"2030"_s,
                u"-o"_s, out })
                .exitCode
        == 0);
    QVERIFY(air::test::readFile(out).contains(",'=1+1"));
    const QString other = m_dir->filePath(u"other.sqlite"_s);
    const Run imported = runCli({ u"--db"_s, other, u"import"_s, out });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(runCli({ u"--db"_s, other, u"export-csv"_s, u"--table"_s, u"observations"_s, u"--year"_s, u"2030"_s }).out,
        QString::fromUtf8(air::test::readFile(out)));
    air::Database::Options options;
    const auto database = air::Database::open(other, options);
    QVERIFY(database.ok());
    QCOMPARE(air::test::scalar(database->connection(), u"SELECT note FROM observations o JOIN regions r ON r.ref = "
                                                         "o.region_ref WHERE r.code = 'KR-46' AND o.year = 2030"_s)
                 .toString(),
        u"=1+1"_s);
    database->closeThreadConnection();
}

// Issue 18, 8 and 7: export-pdf took an unknown weight set (equal weights, the wrong name on the
// cover); a set whose pillars all weigh 0 printed "nan점".
void TestCli::xlsxRoundTripsThroughTheCommandLine()
{
    const QString in = m_dir->filePath(u"in.csv"_s);
    QVERIFY(air::test::writeFile(in, "region,indicator,year,value,status,source,note\n"
                                     "KR-46,population,2030,1788819,estimate,kosis_population_2007_2025,=1+1\n" // TEST FIGURES
                                     "KR-41,population,2030,13.5,estimate,kosis_population_2007_2025,\n"));
    QVERIFY(runCli({ u"--db"_s, db(), u"import"_s, in }).exitCode == 0);
    const QString out = m_dir->filePath(u"out.xlsx"_s);
    const QStringList exportArgs = { u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"observations"_s, u"--year"_s, u"2030"_s };
    Run r = runCli(exportArgs + QStringList { u"--xlsx"_s, u"-o"_s, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(air::test::readFile(out).startsWith("PK\x03\x04"));

    r = runCli(exportArgs + QStringList { u"--xlsx"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"-o FILE"_s), qPrintable(r.err));
    r = runCli(exportArgs + QStringList { u"--xlsx"_s, u"--excel"_s, u"-o"_s, out });
    QCOMPARE(r.exitCode, 2);

    const QString other = m_dir->filePath(u"other.sqlite"_s);
    r = runCli({ u"--db"_s, other, u"import"_s, out });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"(observations, Excel, sheet observations): 2 rows read"_s), qPrintable(r.out));
    QCOMPARE(runCli({ u"--db"_s, other, u"export-csv"_s, u"--table"_s, u"observations"_s, u"--year"_s, u"2030"_s }).out,
        runCli(exportArgs).out);

    r = runCli({ u"--db"_s, other, u"import"_s, out, u"--sheet"_s, u"nope"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"no sheet named 'nope'; its sheets: observations, sources"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"nothing was written"_s));
    r = runCli({ u"--db"_s, other, u"--lang"_s, u"ko"_s, u"import"_s, out, u"--sheet"_s, u"nope"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"'nope' 시트가 없습니다"_s), qPrintable(r.err));
    // The sources sheet in the sources format: import reads it with --sheet.
    r = runCli({ u"--db"_s, other, u"import"_s, out, u"--sheet"_s, u"sources"_s, u"--check"_s });
    QVERIFY2(r.exitCode == 0 && r.out.contains(u"(sources, Excel, sheet sources): 1 rows read"_s), qPrintable(r.out + r.err));
}

void TestCli::unusableWeightSetsAreRefused()
{
    const QString pdf = m_dir->filePath(u"x.pdf"_s);
    Run r = runCli({ u"--db"_s, db(), u"export-pdf"_s, pdf, u"--weights"_s, u"eqaul"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"unknown weight set 'eqaul'"_s), qPrintable(r.err));
    QVERIFY(!QFile::exists(pdf));

    const QString zero = m_dir->filePath(u"zero.csv"_s);
    QByteArray rows = "weight_set,target_kind,target,weight\n";
    for (const char *pillar : { "infrastructure", "talent", "industry", "sector", "governance" })
        rows += QByteArray("zero,pillar,") + pillar + ",0\n";
    QVERIFY(air::test::writeFile(zero, rows));
    QVERIFY(runCli({ u"--db"_s, db(), u"import"_s, zero }).exitCode == 0);
    r = runCli({ u"--db"_s, db(), u"index"_s, u"--weights"_s, u"zero"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"gives every pillar (or sector) a weight of 0"_s), qPrintable(r.err));
    QVERIFY(!r.out.contains(u"nan"_s));
}

// Issue 18, 15: a second weights file overwrote a stored weight without --replace.
void TestCli::weightsAreNotOverwrittenWithoutReplace()
{
    const QString first = m_dir->filePath(u"w1.csv"_s), second = m_dir->filePath(u"w2.csv"_s);
    QVERIFY(air::test::writeFile(first, "weight_set,target_kind,target,weight\nmine,pillar,talent,2\n"));
    QVERIFY(air::test::writeFile(second, "weight_set,target_kind,target,weight\nmine,pillar,talent,3\n"));
    QVERIFY(runCli({ u"--db"_s, db(), u"import"_s, first }).exitCode == 0);
    Run r = runCli({ u"--db"_s, db(), u"import"_s, second });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"would overwrite the weight 2"_s) && r.err.contains(u"--replace"_s), qPrintable(r.err));
    QVERIFY(runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"weights"_s }).out.contains(u"mine,pillar,talent,2"_s));
    r = runCli({ u"--db"_s, db(), u"import"_s, second, u"--replace"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"weights"_s }).out.contains(u"mine,pillar,talent,3"_s));
}

// Issue 18, 16 and 18: --db naming a FIFO hung; --db "" and :memory: were taken; export-pdf --help
// opened (and created) the database; escape sequences from a file reached the terminal raw.
void TestCli::hostileArguments()
{
    const QString fifo = m_dir->filePath(u"db.fifo"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    Run r = runCli({ u"--db"_s, fifo, u"check"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"not a regular file"_s), qPrintable(r.err));

    r = runCli({ u"--db"_s, QString(), u"check"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--db needs a file name"_s), qPrintable(r.err));
    r = runCli({ u"--db"_s, u":memory:"_s, u"check"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"':memory:' is not one"_s), qPrintable(r.err));

    const QString fresh = m_dir->filePath(u"never/created.sqlite"_s);
    r = runCli({ u"--db"_s, fresh, u"export-pdf"_s, u"--help"_s });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"--weights"_s));
    QVERIFY(!QFileInfo::exists(fresh) && !QFileInfo::exists(m_dir->filePath(u"never"_s)));

    const QString hostile = m_dir->filePath(u"ansi.csv"_s);
    QVERIFY(air::test::writeFile(hostile, "region,indicator,year,value,status,source,note\n"
                                          "\x1b]0;owned\x07\x1b[2J,population,2030,1,estimate,kosis_population_2007_2025,\n"));
    r = runCli({ u"--db"_s, db(), u"import"_s, hostile });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.contains(QChar(0x1b)) && !r.err.contains(QChar(0x07)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"\\x1B]0;owned\\x07\\x1B[2J"_s), qPrintable(r.err));
}

// Issue 18, 17: 402,000 observations of one region (2,000 indicators × 201 years) made export-pdf
// take 3.9 GB and 14 s (a hash table per indicator and year in the comparison model).
void TestCli::reportScalesWithManyObservations()
{
    QByteArray indicators = "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator\n";
    QByteArray observations = "region,indicator,year,value,status,source,note\n";
    for (int i = 0; i < 2000; ++i) {
        const QByteArray id = "big_" + QByteArray::number(i);
        indicators += id + ",infrastructure,,큰지표" + QByteArray::number(i) + ",Big " + QByteArray::number(i)
            + ",개,higher,sum,\n";
        for (int year = 1900; year <= 2100; ++year)
            observations += "KR-46," + id + "," + QByteArray::number(year) + "," + QByteArray::number(year)
                + ",estimate,kosis_population_2007_2025,\n";
    }
    const QString ind = m_dir->filePath(u"big_indicators.csv"_s), obs = m_dir->filePath(u"big_observations.csv"_s);
    QVERIFY(air::test::writeFile(ind, indicators) && air::test::writeFile(obs, observations));
    const Run imported = runCli({ u"--db"_s, db(), u"import"_s, ind, obs });
    QVERIFY2(imported.exitCode == 0 && imported.out.contains(u"402,000 written"_s), qPrintable(imported.err + imported.out));
    QElapsedTimer timer;
    timer.start();
    const Run r = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"export-pdf"_s, m_dir->filePath(u"big.pdf"_s) });
    const qint64 ms = timer.elapsed();
    QVERIFY2(r.exitCode == 0, qPrintable(u"exit %1 after %2 ms: %3 %4"_s.arg(r.exitCode).arg(ms).arg(r.err, r.out)));
    struct rusage usage {};
    QVERIFY(::getrusage(RUSAGE_CHILDREN, &usage) == 0);
    qInfo("export-pdf with 402,000 observations of one region: %lld ms, largest child %ld MB", ms, usage.ru_maxrss / 1024);
    // KB: under 1 GB (the defect took 3.8 GB); AddressSanitizer's shadow memory and redzones roughly
    // double a program's footprint, so the sanitised build allows 2.5 GB (the defect would take far more).
#if defined(__SANITIZE_ADDRESS__)
    constexpr long limitKb = 2560L * 1024;
#else
    constexpr long limitKb = 1024L * 1024;
#endif
    QVERIFY2(usage.ru_maxrss < limitKb, qPrintable(u"%1 MB"_s.arg(usage.ru_maxrss / 1024)));
}

// Issue 18, 7 and 3: a population of 1e-320 (stored before the bounds at import) made every
// per-resident figure of Seoul infinite: Seoul ranked 1st with coverage 1.000 and no flag.
void TestCli::infiniteFiguresAreNotRanked()
{
    // Any command but check loads the bundled dataset into a new file.
    QVERIFY(runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"regions"_s }).exitCode == 0);
    {
        QVariant region, indicator;
        {
            QSqlDatabase direct = directConnection(db(), u"refs"_s);
            region = air::test::scalar(direct, u"SELECT ref FROM regions WHERE code = 'KR-11'"_s);
            indicator = air::test::scalar(direct, u"SELECT ref FROM indicators WHERE id = 'population'"_s);
            direct.close();
        }
        QSqlDatabase::removeDatabase(u"refs"_s);
        QVERIFY2(region.toLongLong() > 0 && indicator.toLongLong() > 0, "refs");
        sqlOn(db(), { u"UPDATE observations SET value = 1e-320, origin = 'user' WHERE region_ref = %1 AND indicator_ref = %2"_s.arg(
                          region.toLongLong())
                          .arg(indicator.toLongLong()) });
    }
    QCOMPARE(runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"observations"_s, u"--region"_s, u"KR-11"_s,
                 u"--indicator"_s, u"population"_s, u"--year"_s, u"2024"_s })
                 .out.section(u'\n', 1, 1)
                 .section(u',', 3, 3),
        u"1e-320"_s);
    const QString details = m_dir->filePath(u"details.csv"_s);
    const Run r = runCli({ u"--db"_s, db(), u"index"_s, u"--uncertainty"_s, u"50"_s, u"--details"_s, details });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString rows = r.out.section(u'\n', 1); // after the header (which says "infrastructure")
    QVERIFY2(!rows.contains(u"inf"_s, Qt::CaseInsensitive) && !rows.contains(u"nan"_s, Qt::CaseInsensitive),
        qPrintable(rows));
    QVERIFY2(air::test::readFile(details).contains("not a finite number"), air::test::readFile(details).constData());
}

// --region 전남 and --compare 경기 were refused as unknown though --within 전남 worked, and
// --compare A,B,C quietly used A alone.
void TestCli::regionOptionsTakeAliases()
{
    const QString pdf = m_dir->filePath(u"alias.pdf"_s);
    const Run aliases = runCli({ u"--db"_s, db(), u"export-pdf"_s, pdf, u"--region"_s, u"전남"_s, u"--compare"_s,
        u"Gyeonggi-do"_s });
    QVERIFY2(aliases.exitCode == 0, qPrintable(aliases.err));
    const Run list = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"export-pdf"_s, pdf, u"--compare"_s, u"경기,서울,KR-26"_s });
    QCOMPARE(list.exitCode, 2);
    QVERIFY2(list.err.contains(u"given 3: KR-41, KR-11, KR-26"_s), qPrintable(list.err));
    const Run unknown = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"export-pdf"_s, pdf, u"--region"_s, u"전라남"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"--region: unknown region '전라남'"_s), qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(u"Jeollanam-do"_s), qPrintable(unknown.err));
    const Run unknownCompare = runCli({ u"--db"_s, db(), u"--lang"_s, u"en"_s, u"export-pdf"_s, pdf, u"--compare"_s, u"KR-41,Atlantis"_s });
    QCOMPARE(unknownCompare.exitCode, 2);
    QVERIFY2(unknownCompare.err.contains(u"--compare: unknown region 'Atlantis'"_s), qPrintable(unknownCompare.err));
    // The briefing's command speaks Korean unless told otherwise, its errors too.
    const Run korean = runCli({ u"--db"_s, db(), u"export-pdf"_s, pdf, u"--region"_s, u"전라남"_s });
    QCOMPARE(korean.exitCode, 2);
    QVERIFY2(korean.err.contains(u"알 수 없는 지역 '전라남'"_s), qPrintable(korean.err));
    const Run csv = runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"observations"_s, u"--region"_s,
        u"jeollanam-do"_s, u"--indicator"_s, u"population"_s });
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(csv.out.contains(u"KR-46,population"_s));
    QVERIFY(!csv.out.contains(u"KR-41,population"_s));
}

// `gaps`: CSV with its header, Jeonnam by default, a region by alias, a summary on stderr; an unknown
// region or option is refused with exit code 2; the same rows whatever the output language, where
// the KOSIS item is written 항목 in Korean.
void TestCli::gapsCommand()
{
    const Run jeonnam = runCli({ u"--db"_s, db(), u"gaps"_s });
    QVERIFY2(jeonnam.exitCode == 0, qPrintable(jeonnam.err));
    QVERIFY(jeonnam.out.startsWith(u"indicator,region,year,status,rank_if_lowest,rank_if_highest,spread,where\n"_s));
    const QStringList rows = jeonnam.out.trimmed().split(u'\n').mid(1);
    QVERIFY(!rows.isEmpty());
    for (const QString &row : rows)
        QVERIFY2(row.section(u',', 1, 1) == u"KR-46"_s
                && (row.section(u',', 3, 3) == u"missing"_s || row.section(u',', 3, 3) == u"stale"_s), qPrintable(row));
    QVERIFY2(jeonnam.err.contains(u"KR-46: readiness rank"_s), qPrintable(jeonnam.err));
    const Run alias = runCli({ u"--db"_s, db(), u"gaps"_s, u"--region"_s, u"전라남도"_s });
    QCOMPARE(alias.out, jeonnam.out);
    const Run gyeonggi = runCli({ u"--db"_s, db(), u"gaps"_s, u"--region"_s, u"Gyeonggi-do"_s });
    QVERIFY2(gyeonggi.exitCode == 0 && gyeonggi.out.contains(u",KR-41,"_s), qPrintable(gyeonggi.err));
    const Run unknown = runCli({ u"--db"_s, db(), u"gaps"_s, u"--region"_s, u"전라남"_s });
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(u"unknown region '전라남'"_s), qPrintable(unknown.err));
    const Run badYear = runCli({ u"--db"_s, db(), u"gaps"_s, u"--year"_s, u"soon"_s });
    QCOMPARE(badYear.exitCode, 2);
    const Run korean = runCli({ u"--db"_s, db(), u"--lang"_s, u"ko"_s, u"gaps"_s });
    QCOMPARE(korean.exitCode, 0);
    QCOMPARE(korean.out.count(u'\n'), jeonnam.out.count(u'\n'));
    QVERIFY2(korean.err.contains(u"AI 준비도"_s), qPrintable(korean.err));
}

// The import's messages were English in the Korean window and with --lang ko.
void TestCli::importReportsInKoreanWithLangKo()
{
    const QString bad = air::test::dataPath(u"bad/negative_count.csv"_s);
    const Run english = runCli({ u"--db"_s, db(), u"import"_s, bad });
    QCOMPARE(english.exitCode, 1);
    QVERIFY2(english.err.contains(u"cannot be negative"_s), qPrintable(english.err));
    const Run korean = runCli({ u"--db"_s, db(), u"--lang"_s, u"ko"_s, u"import"_s, bad });
    QCOMPARE(korean.exitCode, 1);
    QVERIFY2(korean.err.contains(u"최솟값"_s) && korean.err.contains(u"가져오기 실패"_s), qPrintable(korean.err));
    const Run checked = runCli({ u"--db"_s, db(), u"--lang"_s, u"ko"_s, u"import"_s, u"--check"_s,
        air::test::dataPath(u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s), u"--map"_s,
        u"고령인구비율=aged_65_plus_share"_s });
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    QVERIFY2(checked.out.contains(u"행 읽음"_s) && checked.out.contains(u"검사만 함"_s), qPrintable(checked.out));
}

// The storage layer's refusals were English with --lang ko (issue 15).
void TestCli::storageMessagesInKoreanWithLangKo()
{
    const Run table = runCli({ u"--db"_s, db(), u"--lang"_s, u"ko"_s, u"export-csv"_s, u"--table"_s, u"nonesuch"_s });
    QVERIFY(table.exitCode != 0);
    QVERIFY2(table.err.contains(u"알 수 없는 표: 'nonesuch'"_s), qPrintable(table.err));
    const QString file = m_dir->filePath(u"desk.sqlite"_s);
    const Run grant = runCli({ u"--db"_s, file, u"--lang"_s, u"ko"_s, u"team"_s, u"grant"_s, u"kim"_s, u"viewer"_s });
    QVERIFY(grant.exitCode != 0);
    QVERIFY2(grant.err.contains(u"팀 역할은 팀 데이터베이스에만 있습니다"_s), qPrintable(grant.err));
    const Run english = runCli({ u"--db"_s, file, u"team"_s, u"grant"_s, u"kim"_s, u"viewer"_s });
    QVERIFY2(english.err.contains(u"team roles need a team database"_s), qPrintable(english.err));
    // The scenarios' refusals as well: the scenario page shows them as the storage words them.
    const Run missing = runCli({ u"--db"_s, db(), u"--lang"_s, u"ko"_s, u"scenario"_s, u"--delete"_s, u"없는 시나리오"_s });
    QVERIFY(missing.exitCode != 0);
    QVERIFY2(missing.err.contains(u"'없는 시나리오' 시나리오가 없습니다"_s), qPrintable(missing.err));
    const Run unknownRegion = runCli({ u"--db"_s, db(), u"--lang"_s, u"ko"_s, u"scenario"_s, u"--set"_s,
        u"KR-99:ai_companies:2024=3"_s, u"--save"_s, u"틀린 지역"_s });
    QVERIFY(unknownRegion.exitCode != 0);
    QVERIFY2(unknownRegion.err.contains(u"알 수 없는 지역"_s), qPrintable(unknownRegion.err));
}

// `history --imports` lists every import; a figure an import replaced is in the figure's history
// with the file as the reason.
void TestCli::importsAreInTheHistory()
{
    const QString first = m_dir->filePath(u"first.csv"_s);
    const QString second = m_dir->filePath(u"second.csv"_s);
    QVERIFY(air::test::writeFile(first, "region,indicator,year,value,status,source,note\n"
                                        "KR-46,population,1901,1000,estimate,kosis_population_2007_2025,TEST FIGURE\n"));
    QVERIFY(air::test::writeFile(second, "region,indicator,year,value,status,source,note\n"
                                         "KR-46,population,1901,2000,estimate,kosis_population_2007_2025,TEST FIGURE\n"));
    QVERIFY(runCli({ u"--db"_s, db(), u"import"_s, first }).exitCode == 0);
    const Run replaced = runCli({ u"--db"_s, db(), u"import"_s, second, u"--replace"_s });
    QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
    const Run log = runCli({ u"--db"_s, db(), u"history"_s, u"--imports"_s });
    QVERIFY2(log.exitCode == 0, qPrintable(log.err));
    const QStringList lines = log.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header, the bundled dataset, the two imports
    QCOMPARE(lines.at(0), u"changed_at,changed_by,origin,files,inserted,replaced"_s);
    QVERIFY2(lines.at(1).contains(u",bundled,"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).endsWith(u",user,first.csv,1,0"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).endsWith(u",user,second.csv,0,1"_s), qPrintable(lines.at(3)));
    const Run figure = runCli({ u"--db"_s, db(), u"history"_s, u"--region"_s, u"전남"_s, u"--year"_s, u"1901"_s });
    QVERIFY2(figure.exitCode == 0, qPrintable(figure.err));
    const QStringList rows = figure.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 2);
    QVERIFY2(rows.at(1).startsWith(u"KR-46,population,1901,1000,2000,estimate,estimate,"_s), qPrintable(rows.at(1)));
    QVERIFY2(rows.at(1).endsWith(u",import: second.csv"_s), qPrintable(rows.at(1)));
    QCOMPARE(runCli({ u"--db"_s, db(), u"history"_s, u"--imports"_s, u"--year"_s, u"1901"_s }).exitCode, 2);
}

// `history` prints what an edit in the window recorded: who, when, old and new, why.
void TestCli::historyOfAnEditedFigure()
{
    {
        const std::shared_ptr<air::Storage> storage = air::test::openDesk(db());
        QVERIFY(air::BundledDataset::ensureLoaded(*storage).ok());
        air::ObservationsModel model(*storage);
        model.setChangedBy(u"kim"_s);
        model.setReason(u"=corrected, from the 2024 yearbook"_s); // a comma to quote, a formula to defuse
        air::ObservationsModel::Filter filter;
        filter.region = u"KR-46"_s;
        filter.indicator = u"doctors_per_1000"_s;
        filter.year = 2024;
        QVERIFY(model.load(filter));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.setData(model.index(0, air::ObservationsModel::Value), u"2.7"_s));
        model.undo();
        storage->releaseThread();
    }
    const Run all = runCli({ u"--db"_s, db(), u"history"_s });
    QVERIFY2(all.exitCode == 0, qPrintable(all.err));
    const QStringList lines = all.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QCOMPARE(lines.at(0), u"region,indicator,year,old_value,new_value,old_status,new_status,changed_by,changed_at,reason"_s);
    const QRegularExpression edit(
        uR"(^KR-46,doctors_per_1000,2024,2\.6,2\.7,(official|reported|estimate),user,kim,(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z),"'=corrected, from the 2024 yearbook"$)"_s);
    const QRegularExpressionMatch first = edit.match(lines.at(1));
    QVERIFY2(first.hasMatch(), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"KR-46,doctors_per_1000,2024,2.7,2.6,user,%1,kim,"_s.arg(first.captured(1))),
        qPrintable(lines.at(2)));
    QVERIFY2(lines.at(2).endsWith(u",\"Undo: =corrected, from the 2024 yearbook\""_s), qPrintable(lines.at(2)));

    // The filters, the region by an alias; a figure without changes gives the header alone.
    const Run jeonnam = runCli({ u"--db"_s, db(), u"history"_s, u"--region"_s, u"전남"_s, u"--indicator"_s,
        u"doctors_per_1000"_s, u"--year"_s, u"2024"_s });
    QVERIFY2(jeonnam.exitCode == 0, qPrintable(jeonnam.err));
    QCOMPARE(jeonnam.out, all.out);
    const Run gyeonggi = runCli({ u"--db"_s, db(), u"history"_s, u"--region"_s, u"Gyeonggi-do"_s });
    QVERIFY2(gyeonggi.exitCode == 0, qPrintable(gyeonggi.err));
    QCOMPARE(gyeonggi.out, lines.at(0) + u'\n');
    const Run otherYear = runCli({ u"--db"_s, db(), u"history"_s, u"--year"_s, u"2023"_s });
    QCOMPARE(otherYear.out, lines.at(0) + u'\n');

    const QString file = m_dir->filePath(u"history.csv"_s);
    const Run toFile = runCli({ u"--db"_s, db(), u"history"_s, u"-o"_s, file });
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QCOMPARE(QString::fromUtf8(air::test::readFile(file)), all.out);
}

void TestCli::historyRefusesBadOptions()
{
    const Run year = runCli({ u"--db"_s, db(), u"history"_s, u"--year"_s, u"last"_s });
    QCOMPARE(year.exitCode, 2);
    QVERIFY2(year.err.contains(u"--year last is not a year"_s), qPrintable(year.err));
    const Run indicator = runCli({ u"--db"_s, db(), u"history"_s, u"--indicator"_s, u"doctors"_s });
    QCOMPARE(indicator.exitCode, 2);
    QVERIFY2(indicator.err.contains(u"unknown indicator 'doctors'; similar ones: "_s) && indicator.err.contains(u"doctors_per_1000"_s)
            && !indicator.err.contains(u"population"_s),
        qPrintable(indicator.err));
    const Run unlike = runCli({ u"--db"_s, db(), u"history"_s, u"--indicator"_s, u"zzz"_s });
    QCOMPARE(unlike.exitCode, 2);
    QVERIFY2(unlike.err.contains(u"unknown indicator 'zzz'; the indicators are "_s) && unlike.err.contains(u" in all)"_s),
        qPrintable(unlike.err));
    const Run region = runCli({ u"--db"_s, db(), u"history"_s, u"--region"_s, u"전라남"_s });
    QCOMPARE(region.exitCode, 2);
    QVERIFY2(region.err.contains(u"history: --region: unknown region '전라남'"_s), qPrintable(region.err));
    const Run extra = runCli({ u"--db"_s, db(), u"history"_s, u"KR-46"_s });
    QCOMPARE(extra.exitCode, 2);
    QVERIFY2(extra.err.contains(u"unexpected argument 'KR-46'"_s), qPrintable(extra.err));
    // Nothing was printed as output on an error.
    QVERIFY(year.out.isEmpty() && indicator.out.isEmpty() && unlike.out.isEmpty() && region.out.isEmpty() && extra.out.isEmpty());
}

// A database file on a network share (AIR_TEST_NETWORK_FS stands for the mount): opened, with the reason
// it is unsafe and the team database named, in English and with --lang ko in Korean.
void TestCli::networkShareIsNamedOnTheCommandLine()
{
    const QString share = m_dir->filePath(u"share"_s);
    QVERIFY(QDir().mkpath(share));
    const QString path = share + u"/team.sqlite"_s;
    qputenv(air::testNetworkFileSystemVariable, share.toUtf8());
    const Run english = runCli({ u"--db"_s, path, u"history"_s });
    const Run korean = runCli({ u"--db"_s, path, u"--lang"_s, u"ko"_s, u"history"_s });
    qunsetenv(air::testNetworkFileSystemVariable);
    QVERIFY2(english.exitCode == 0, qPrintable(english.err));
    QVERIFY2(english.err.contains(u"note: %1 lies on a network file system (nfs)"_s.arg(path)), qPrintable(english.err));
    QVERIFY2(english.err.contains(u"--db postgresql://USER@HOST/DB"_s), qPrintable(english.err));
    QVERIFY2(korean.exitCode == 0, qPrintable(korean.err));
    QVERIFY2(korean.err.contains(u"참고: %1 파일이 네트워크 파일 시스템(nfs)에 있습니다"_s.arg(path))
            && korean.err.contains(u"팀 데이터베이스"_s),
        qPrintable(korean.err));
    // The same file without the share: no such note.
    const Run local = runCli({ u"--db"_s, path, u"history"_s });
    QVERIFY2(local.exitCode == 0, qPrintable(local.err));
    QVERIFY2(!local.err.contains(u"network file system"_s), qPrintable(local.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
