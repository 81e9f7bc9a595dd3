// The command line as an official or a script uses it: the real executable in a real process.
#include "clisupport.h"
#include "database/schema.h"
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

using Run = air::test::CliRun;
using air::test::runCli;

class TestCli final : public QObject {
    Q_OBJECT
private slots:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void help();
    void unknownCommand();
    void importKosisAndExport();
    void failedImportSaysWhereAndWritesNothing();
    void exportToUnwritablePath();
    void exportExcel();
    void check();
    void indexWithUncertaintyAndDetails();
    void indexGoalpostsFromTheIndicator();
    void indexRefusesBadOptions();
    void districtLevelFromTheCommandLine();

private:
    QString db() const { return m_dir->filePath(u"cli.sqlite"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
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
    const Run r = runCli({ u"--db"_s, db(), u"index"_s, u"--groups"_s, u"--uncertainty"_s, u"200"_s, u"--seed"_s, u"3"_s,
        u"--details"_s, details });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    QCOMPARE(lines.first(),
        u"region,score,rank,infrastructure,talent,industry,sector,governance,median_rank,rank_p05,rank_p95,coverage,imputed"_s);
    QCOMPARE(lines.size(), 1 + 17 + 1 + 3); // regions, the nation, three groups
    QVERIFY(r.out.contains(u"\njeonnam_gwangju,"_s));
    const QString jeonnam = lines.filter(u"KR-46,"_s).first();
    const QStringList f = jeonnam.split(u',');
    QVERIFY(f[9].toDouble() <= f[2].toDouble() && f[2].toDouble() <= f[10].toDouble()); // p05 <= nominal <= p95
    QFile d(details);
    QVERIFY(d.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(d.readAll());
    QVERIFY(text.startsWith(u"indicator,year,availability,treatment,flags\n"_s));
    // 13 of the 17 have an AI ordinance at the end of 2025; the yearly series reaches 8 in no year.
    QVERIFY(text.contains(u"\nai_ordinance,2025,0.765,,\n"_s));
    QVERIFY(text.contains(u"ai_ordinance_enacted,2024,0.471,,left out: no year with two thirds of the regions"_s));
    QVERIFY(text.contains(u"\n5g_base_stations,2020,1.000,,"_s));
    QVERIFY2(r.err.contains(u"uncertainty: 200 runs, seed 3; mean absolute rank change"_s), qPrintable(r.err));
    // The same seed gives the same result.
    const Run again = runCli({ u"--db"_s, db(), u"index"_s, u"--groups"_s, u"--uncertainty"_s, u"200"_s, u"--seed"_s, u"3"_s });
    QCOMPARE(again.out, r.out);
}

// Districts imported, then the index, the report and the screenshots at level 2 (ranks worked by
// hand in tst_districts).
void TestCli::districtLevelFromTheCommandLine()
{
    const QString dir = air::test::dataPath(u"kosis/district/"_s);
    const Run imported = runCli({ u"--db"_s, db(), u"import"_s, dir + u"regions_districts.csv"_s, dir + u"sources_test.csv"_s,
        dir + u"observations_TEST_FIGURES.csv"_s });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run r = runCli({ u"--db"_s, db(), u"index"_s, u"--level"_s, u"2"_s, u"--within"_s, u"전남"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.trimmed().split(u'\n');
    // Jeonnam's 22 시군 are bundled, with their figures: the test figures of three of them reach two thirds of
    // the 22 in no year and are left out; doctors per 1,000 (2020, all 22) is scored alone: 화순 7.0 → 100,
    // 광양 1.5 → 0, 여수 2.2 → (2.2 − 1.5) ÷ (7.0 − 1.5) × 100 = 12.7273, 15th.
    QCOMPARE(lines.size(), 1 + 22 + 2); // the 22 districts, then the province and the nation
    QVERIFY2(lines[2].startsWith(u"KR-46-130,12.7273,15,"_s), qPrintable(lines[2])); // 여수
    QVERIFY2(lines[11].startsWith(u"KR-46-790,100.0000,1,"_s), qPrintable(lines[11])); // 화순
    QVERIFY(lines[23].startsWith(u"KR-46,"_s));
    const Run all = runCli({ u"--db"_s, db(), u"index"_s, u"--level"_s, u"2"_s });
    QCOMPARE(all.out.trimmed().split(u'\n').size(), 1 + 2 + 22 + 17 + 1);

    const Run none = runCli({ u"--db"_s, db(), u"index"_s, u"--level"_s, u"2"_s, u"--within"_s, u"KR-41"_s });
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"no districts of 'KR-41'"_s), qPrintable(none.err));
    const Run badLevel = runCli({ u"--db"_s, db(), u"index"_s, u"--level"_s, u"3"_s });
    QCOMPARE(badLevel.exitCode, 2);

    const QString pdf = m_dir->filePath(u"mokpo.pdf"_s);
    const Run report = runCli({ u"--db"_s, db(), u"export-pdf"_s, pdf, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s });
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(air::test::readFile(pdf).startsWith("%PDF-"));
    const Run wrongRegion = runCli({ u"--db"_s, db(), u"export-pdf"_s, pdf, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s,
        u"--region"_s, u"KR-11-140"_s });
    QCOMPARE(wrongRegion.exitCode, 2);
    QVERIFY2(wrongRegion.err.contains(u"KR-46-110, KR-46-130, KR-46-150, KR-46-170"_s), qPrintable(wrongRegion.err));

    const QString shots = m_dir->filePath(u"shots"_s);
    const Run screenshot = runCli({ u"--db"_s, db(), u"screenshot"_s, shots, u"--level"_s, u"2"_s, u"--within"_s, u"KR-46"_s });
    QVERIFY2(screenshot.exitCode == 0, qPrintable(screenshot.err));
    QCOMPARE(QDir(shots).entryList({ u"*.png"_s }).size(), 11);
}

void TestCli::indexGoalpostsFromTheIndicator()
{
    // With goalposts 0..30 for 5G stations per 10,000 residents, Jeonnam's 10.92 scores 36.4 on that
    // indicator instead of 0 with min-max. The infrastructure pillar has three more indicators with figures
    // for two thirds of the regions (5G 3.5 GHz 2020-07-11, broadband 2002 and 2007), without goalposts, where
    // Jeonnam is the lowest of the 17 (0): the pillar is the mean of the four.
    const QString file = m_dir->filePath(u"goal.csv"_s);
    const Run exported = runCli({ u"--db"_s, db(), u"export-csv"_s, u"--table"_s, u"indicators"_s });
    QString csv = exported.out;
    const QStringList header = csv.section(u'\n', 0, 0).split(u',');
    const QString line = csv.split(u'\n').filter(u"5g_base_stations,"_s).first();
    QStringList fields = line.split(u',');
    // The definition holds commas ("10,000"); the columns from goal_low on hold none: count from the end.
    const auto fromEnd = [&](const QString &column) { return fields.size() - (header.size() - header.indexOf(column)); };
    const qsizetype low = fromEnd(u"goal_low"_s), high = fromEnd(u"goal_high"_s);
    QVERIFY(fields[low].isEmpty() && fields[high].isEmpty());
    QCOMPARE(fields[fromEnd(u"min_value"_s)], u"0"_s); // a count cannot be negative
    fields[low] = u"0"_s;
    fields[high] = u"30"_s;
    csv.replace(line, fields.join(u','));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(csv.toUtf8());
    f.close();
    const Run imported = runCli({ u"--db"_s, db(), u"import"_s, file });
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    const Run r = runCli({ u"--db"_s, db(), u"index"_s, u"--normalise"_s, u"goalposts"_s });
    QCOMPARE(r.exitCode, 0);
    const QStringList f46 = r.out.split(u'\n').filter(u"KR-46,"_s).first().split(u',');
    QCOMPARE(f46[3], QString::number((2021.0 / 1851549.0 * 10000.0 / 30.0 * 100.0 + 0.0 + 0.0 + 0.0) / 4.0, 'f', 4));
}

void TestCli::indexRefusesBadOptions()
{
    for (const QStringList &args : { QStringList { u"--normalise"_s, u"log"_s }, QStringList { u"--year"_s, u"soon"_s },
             QStringList { u"--uncertainty"_s, u"-5"_s } }) {
        const Run r = runCli(QStringList { u"--db"_s, db(), u"index"_s } + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
    }
    // Imputation surfaces: Sejong has no AI-data-voucher share (2020), no 3.5 GHz 5G count (2020-07-11) and, as it
    // did not exist yet, no broadband figures (2002, 2007), so mean imputation fills four cells.
    const Run imputed = runCli({ u"--db"_s, db(), u"index"_s, u"--impute"_s, u"mean"_s });
    QCOMPARE(imputed.exitCode, 0);
    QVERIFY2(imputed.out.contains(QRegularExpression(u"\nKR-50,[^\n]*,4\n"_s)), qPrintable(imputed.out));
    QVERIFY(imputed.out.contains(QRegularExpression(u"\nKR-46,[^\n]*,0\n"_s)));

    const Run r = runCli({ u"--db"_s, db(), u"index"_s, u"--weights"_s, u"nonesuch"_s });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"unknown weight set 'nonesuch'"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
