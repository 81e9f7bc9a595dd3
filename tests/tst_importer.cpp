// The importer on real SQLite files: the project's own formats, real KOSIS exports (CP949),
// aliases, --map and --filter, the all-or-nothing guarantee, user rows, and the export round trip.
#include "export/tableexporter.h"
#include "import/formats.h"
#include "import/importer.h"
#include "io/csvwriter.h"
#include "io/xlsxreader.h"

#include "testsupport.h"
#include "xlsxsupport.h"

#include <unzip.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Result<ImportReport> importPaths(test::TempDatabase &t, const QStringList &paths, const ImportOptions &options = ImportOptions())
{
    QSqlDatabase db = t.db();
    return Importer::importFiles(test::storageOf(db), paths, options);
}

const QByteArray observationHeader = "region,indicator,year,value,status,source,note\n";

} // namespace

class TestImporter final : public QObject {
    Q_OBJECT
private slots:
    void ownFormatsIntoEmptyDatabase();
    void realKosisCp949Export();
    void brokenKosisExportChangesNothing();
    void regionAliases_data();
    void regionAliases();
    void kosisNeedsFilter();
    void kosisLongLayout();
    void kosisShortNamesAndMarkers();
    void kosisMapMatchingNothing();
    void kosisDistrictTable();
    void kosisDistrictTableOnFreshDatabase();
    void kosisDistrictNameNeedsItsProvince();
    void kosisDistrictWithProvinceInFront();
    void kosisMisspeltProvinceRefused();
    void failedGroupMemberWriteFailsTheImport();
    void badOwnFiles_data();
    void badOwnFiles();
    void severalFilesOneTransaction();
    void checkOnlyWritesNothing();
    void userRowsAreProtected();
    void fileWithoutSourceColumn();
    void exportRoundTrip();
    void excelExportDefusesFormulas();
    void manyUnknownKosisNamesAreLinear();
    void everyExportDefusesFormulasAndImportRestoresThem();
    void xlsxRoundTripOfEveryTable();
    void xlsxExportKeepsNumbersTextAndHeader();
    void kosisXlsxTwinImportsTheSameFigures_data();
    void kosisXlsxTwinImportsTheSameFigures();
    void xlsxSheetByName();
    void xlsxDatesAndInlineText();
};

void TestImporter::ownFormatsIntoEmptyDatabase()
{
    auto t = test::openTempDatabase(false);
    QTemporaryDir dir;
    const QString regions = writeFile(dir, u"regions.csv"_s,
        "code,name_ko,name_en,level,parent\nKR,전국,Nation,0,\nKR-46,전라남도,Jeonnam,1,KR\n"
        "KR-46-S1,순천시,Suncheon,2,KR-46\n");
    const QString indicators = writeFile(dir, u"indicators.csv"_s,
        "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator\n"
        "doctors,sector,medical,의사,Doctors,명,higher,sum,population\n"
        "population,context,,인구,Population,명,higher,sum,\n");
    const QString sources = writeFile(dir, u"sources.csv"_s,
        "id,publisher,title,url,published,retrieved,licence\ns1,KOSIS,Test table,https://kosis.kr,2025,2026-01-02,KOGL\n");
    const QString observations = writeFile(dir, u"observations.csv"_s,
        observationHeader + "KR-46,population,2024,1788819,official,s1,\nKR,population,2024,51217221,official,s1,\n"
                            "KR-46,doctors,2024,4707,official,s1,\"a note, with a comma\"\n");
    const auto report = importPaths(*t, { regions, indicators, sources, observations });
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->files.size(), 4);
    QCOMPARE(report->files[0].format, u"regions"_s);
    QCOMPARE(report->files[1].written, 2);
    QCOMPARE(report->files[3].format, u"observations"_s);
    QCOMPARE(report->files[3].read, 3);
    QCOMPARE(report->files[3].written, 3);
    QCOMPARE(test::observation(t->db(), u"KR-46"_s, u"population"_s, 2024).toDouble(), 1788819.0);
    QCOMPARE(test::scalar(t->db(), u"SELECT note FROM observation_rows WHERE indicator = 'doctors'"_s).toString(),
        u"a note, with a comma"_s);
    QCOMPARE(test::scalar(t->db(), u"SELECT parent FROM regions WHERE code = 'KR-46-S1'"_s).toString(), u"KR-46"_s);
    QVERIFY(report->toText().contains(u"3 rows read, 3 written"_s));
}

void TestImporter::realKosisCp949Export()
{
    auto t = test::openTempDatabase();
    ImportOptions options;
    options.maps = { { u"고령인구비율"_s, u"aged_65_plus_share"_s }, { u"65세이상인구"_s, u"population_aged_65plus"_s } };
    const auto report = importPaths(*t, { test::dataPath(u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s) },
        options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const FileReport &f = report->files.first();
    QCOMPARE(f.encoding, u"CP949"_s);
    QCOMPARE(f.format, u"KOSIS (wide)"_s);
    QCOMPARE(f.read, 18 * 19 * 3);
    // Sejong has no figures before 2012: 5 years x 3 items of '-'.
    QCOMPARE(f.skipped.value(u"no figure in the source ('-')"_s), 5 * 2);
    QCOMPARE(f.skipped.value(u"item not mapped"_s), 18 * 19);
    QCOMPARE(f.written + f.replaced + f.unchanged, (18 * 19 - 5) * 2);

    QSqlDatabase db = t->db();
    QCOMPARE(test::observation(db, u"KR-46"_s, u"aged_65_plus_share"_s, 2024).toDouble(), 27.2);
    QCOMPARE(test::observation(db, u"KR-41"_s, u"aged_65_plus_share"_s, 2024).toDouble(), 16.6);
    QCOMPARE(test::observation(db, u"KR"_s, u"population_aged_65plus"_s, 2025).toDouble(), 10840822.0);
    QCOMPARE(test::observation(db, u"KR-50"_s, u"aged_65_plus_share"_s, 2012).toDouble(), 15.2);
    QVERIFY(!test::observation(db, u"KR-50"_s, u"aged_65_plus_share"_s, 2011).isValid());
    const QString source = test::scalar(db,
        u"SELECT source FROM observation_rows WHERE region = 'KR-46' AND indicator = 'aged_65_plus_share' AND year = 2024"_s)
                               .toString();
    QCOMPARE(source, u"kosis:고령인구비율 시도 시 군 구:2026-03-24"_s);
    QCOMPARE(test::scalar(db, u"SELECT publisher FROM sources WHERE id = ?"_s, { source }).toString(),
        u"통계청 KOSIS 국가통계포털"_s);
    QCOMPARE(test::scalar(db, u"SELECT origin FROM observation_rows WHERE source = ? LIMIT 1"_s, { source }).toString(),
        u"user"_s);
}

void TestImporter::brokenKosisExportChangesNothing()
{
    auto t = test::openTempDatabase();
    const QString before = test::dumpDatabase(t->db());
    ImportOptions options;
    options.maps = { { u"고령인구비율"_s, u"aged_65_plus_share"_s } };
    const QString file = test::dataPath(u"kosis/cp949/broken_고령인구비율_20260324171859.csv"_s);
    const auto report = importPaths(*t, { file }, options);
    QVERIFY(!report.ok());
    const Problem &p = report.problems().first();
    QCOMPARE(p.file, file);
    QCOMPARE(p.line, qint64(17));
    QVERIFY(p.column > 0);
    QVERIFY2(p.reason.contains(u"'27.2?' is not a number"_s), qPrintable(p.reason));
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

void TestImporter::regionAliases_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("code");
    QTest::newRow("ISO code") << u"KR-46"_s << u"KR-46"_s;
    QTest::newRow("full Korean name") << u"전라남도"_s << u"KR-46"_s;
    QTest::newRow("short Korean name") << u"전남"_s << u"KR-46"_s;
    QTest::newRow("English name") << u"Jeollanam-do"_s << u"KR-46"_s;
    QTest::newRow("KOSIS code") << u"36"_s << u"KR-46"_s;
    QTest::newRow("old name 전라북도") << u"전라북도"_s << u"KR-45"_s;
    QTest::newRow("old name 강원도") << u"강원도"_s << u"KR-42"_s;
    QTest::newRow("old name 제주도") << u"제주도"_s << u"KR-49"_s;
    QTest::newRow("spaces inside (KOSIS '서  울')") << u"서  울"_s << u"KR-11"_s;
    QTest::newRow("the nation") << u"전국"_s << u"KR"_s;
}

void TestImporter::regionAliases()
{
    QFETCH(QString, written);
    QFETCH(QString, code);
    auto t = test::openTempDatabase();
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"o.csv"_s,
        observationHeader + u"\"%1\",internet_use_rate,2030,50,estimate,news_kmib_internet_use_2009,test\n"_s.arg(written).toUtf8());
    const auto report = importPaths(*t, { file });
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(test::observation(t->db(), code, u"internet_use_rate"_s, 2030).toDouble(), 50.0);
}

void TestImporter::kosisNeedsFilter()
{
    auto t = test::openTempDatabase();
    const QString before = test::dumpDatabase(t->db());
    const QString file = test::dataPath(u"kosis/one_header_row_성별_20240101000000.csv"_s);
    ImportOptions options;
    options.maps = { { u"성별"_s, u"employed_persons"_s } };
    auto report = importPaths(*t, { file }, options);
    QVERIFY(!report.ok());
    const QString text = report.errorText();
    QVERIFY2(text.contains(u"--filter"_s) && text.contains(u"성별(1)"_s) && text.contains(u"계, 남자, 여자"_s),
        qPrintable(text));
    QCOMPARE(test::dumpDatabase(t->db()), before);

    options.filters = { { u"성별"_s, u"계"_s } };
    report = importPaths(*t, { file }, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->files.first().format, u"KOSIS (wide, one header row)"_s);
    QCOMPARE(report->files.first().skipped.value(u"filtered out (--filter)"_s), 18);
    QCOMPARE(report->files.first().skipped.value(u"no figure in the source ('-')"_s), 1);
    QCOMPARE(test::observation(t->db(), u"KR-46"_s, u"employed_persons"_s, 2023).toDouble(), 11.0);
    QCOMPARE(test::observation(t->db(), u"KR-41"_s, u"employed_persons"_s, 2024).toDouble(), 24.0);

    options.filters = { { u"성별"_s, u"무응답"_s } };
    report = importPaths(*t, { file }, options);
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(u"matches no row"_s), qPrintable(report.errorText()));
}

void TestImporter::kosisLongLayout()
{
    auto t = test::openTempDatabase();
    ImportOptions options;
    options.maps = { { u"인구 (명)"_s, u"population"_s } };
    options.filters = { { u"연령별"_s, u"계"_s } };
    const auto report = importPaths(*t, { test::dataPath(u"kosis/cp949/총조사인구_long_20200101120000.csv"_s) }, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const FileReport &f = report->files.first();
    QCOMPARE(f.format, u"KOSIS (long)"_s);
    QCOMPARE(f.skipped.value(u"urban/rural subtotal (읍부·면부·동부), not a region"_s), 1);
    QCOMPARE(f.skipped.value(u"filtered out (--filter)"_s), 2 * 3);
    QCOMPARE(test::observation(t->db(), u"KR-41"_s, u"population"_s, 2010).toDouble(), 11196053.0);
    QCOMPARE(test::observation(t->db(), u"KR"_s, u"population"_s, 2010).toDouble(), 47990761.0);
}

void TestImporter::kosisShortNamesAndMarkers()
{
    auto t = test::openTempDatabase();
    ImportOptions options;
    options.maps = { { u"정보통신업"_s, u"ict_workers"_s } };
    const auto report = importPaths(*t, { test::dataPath(u"kosis/two_rows_short_names_20250101000000.csv"_s) }, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const FileReport &f = report->files.first();
    QCOMPARE(test::observation(t->db(), u"KR-11"_s, u"ict_workers"_s, 2023).toDouble(), 600.0);
    QCOMPARE(f.skipped.value(u"suppressed in the source (X)"_s), 1);
    QCOMPARE(f.skipped.value(u"unknown region name"_s), 1);
    QVERIFY(f.notes.join(u'\n').contains(u"창원시"_s));
    QVERIFY(f.notes.join(u'\n').contains(u"items not mapped, skipped: 사업체 (개)"_s));
}

void TestImporter::kosisMapMatchingNothing()
{
    auto t = test::openTempDatabase();
    ImportOptions options;
    options.maps = { { u"고령인구비율"_s, u"aged_65_plus_share"_s }, { u"없는항목"_s, u"population"_s } };
    const auto report = importPaths(*t, { test::dataPath(u"kosis/고령인구비율_시도_시_군_구__20260324171859.csv"_s) }, options);
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(u"--map 없는항목=population matched no item"_s), qPrintable(report.errorText()));
}

namespace {

ImportOptions ageingMap()
{
    ImportOptions options;
    options.maps = { { u"고령인구비율"_s, u"aged_65_plus_share"_s } };
    return options;
}

} // namespace

void TestImporter::kosisDistrictTable()
{
    auto t = test::openTempDatabaseWithDistricts();
    const auto report = importPaths(*t,
        { test::dataPath(u"kosis/district/고령인구비율_시군구_TEST_FIGURES_20261126093000.csv"_s) }, ageingMap());
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const FileReport &f = report->files.first();
    // The two 중구 are told apart by the province row above each.
    QCOMPARE(test::observation(t->db(), u"KR-11-140"_s, u"aged_65_plus_share"_s, 2025).toDouble(), 21.1);
    QCOMPARE(test::observation(t->db(), u"KR-26-110"_s, u"aged_65_plus_share"_s, 2025).toDouble(), 30.1);
    QCOMPARE(test::observation(t->db(), u"KR-46-110"_s, u"aged_65_plus_share"_s, 2026).toDouble(), 19.2);
    QCOMPARE(test::observation(t->db(), u"KR-46-150"_s, u"aged_65_plus_share"_s, 2025).toDouble(), 17.1);
    QVERIFY(test::observation(t->db(), u"KR-46-130"_s, u"aged_65_plus_share"_s, 2026).isNull()); // "-"
    // The province rows are the provinces' figures.
    QCOMPARE(test::observation(t->db(), u"KR-46"_s, u"aged_65_plus_share"_s, 2026).toDouble(), 26.5);
    QCOMPARE(f.skipped.value(u"urban/rural subtotal (읍부·면부·동부), not a region"_s), 2);
    QCOMPARE(f.skipped.value(u"unknown region name"_s), 2); // 광양시: not among the fixture's districts
    QVERIFY2(f.notes.join(u'\n').contains(u"광양시"_s), qPrintable(f.notes.join(u'\n')));
}

// A KOSIS district table of Jeonnam on a fresh database: the bundled 시군 are enough, no regions file is
// imported first. The two 중구 (Seoul, Busan) are not bundled: skipped as unknown, and named in the notes.
void TestImporter::kosisDistrictTableOnFreshDatabase()
{
    auto t = test::openTempDatabase();
    QCOMPARE(test::scalar(t->db(), u"SELECT COUNT(*) FROM regions WHERE level = 2"_s).toInt(), 22);
    const auto report = importPaths(*t,
        { test::dataPath(u"kosis/district/고령인구비율_시군구_TEST_FIGURES_20261126093000.csv"_s) }, ageingMap());
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const FileReport &f = report->files.first();
    QCOMPARE(test::observation(t->db(), u"KR-46-110"_s, u"aged_65_plus_share"_s, 2025).toDouble(), 19.1);
    QCOMPARE(test::observation(t->db(), u"KR-46-110"_s, u"aged_65_plus_share"_s, 2026).toDouble(), 19.2);
    QCOMPARE(test::observation(t->db(), u"KR-46-150"_s, u"aged_65_plus_share"_s, 2026).toDouble(), 17.2);
    QCOMPARE(test::observation(t->db(), u"KR-46-230"_s, u"aged_65_plus_share"_s, 2026).toDouble(), 15.2);
    QVERIFY(test::observation(t->db(), u"KR-46-130"_s, u"aged_65_plus_share"_s, 2026).isNull()); // "-"
    QCOMPARE(test::observation(t->db(), u"KR-46"_s, u"aged_65_plus_share"_s, 2026).toDouble(), 26.5);
    QCOMPARE(f.skipped.value(u"unknown region name"_s), 4); // 서울 중구 and 부산 중구, two years each
    QVERIFY2(f.notes.join(u'\n').contains(u"중구"_s), qPrintable(f.notes.join(u'\n')));
    QCOMPARE(test::scalar(t->db(), u"SELECT COUNT(*) FROM observation_rows WHERE region LIKE 'KR-46-%' "
                                   "AND indicator = 'aged_65_plus_share' AND origin = 'user'"_s)
                 .toInt(),
        7);
}

void TestImporter::kosisDistrictNameNeedsItsProvince()
{
    auto t = test::openTempDatabaseWithDistricts();
    const QString before = test::dumpDatabase(t->db());
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"district_without_province.csv"_s,
        "\"행정구역(시군구)별\",2025\n\"행정구역(시군구)별\",고령인구비율 (%)\n\"목포시\",19.1\n\"중구\",21.1\n"_ba);
    const auto report = importPaths(*t, { file }, ageingMap());
    QVERIFY(!report.ok());
    const Problem &p = report.problems().first();
    QCOMPARE(p.line, 4);
    QCOMPARE(p.column, 1);
    QVERIFY2(p.reason.contains(u"'중구' names a district in several provinces (KR-11, KR-26)"_s), qPrintable(p.reason));
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

void TestImporter::kosisDistrictWithProvinceInFront()
{
    auto t = test::openTempDatabaseWithDistricts();
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"district_with_province.csv"_s,
        "\"행정구역(시군구)별\",2025\n\"행정구역(시군구)별\",고령인구비율 (%)\n\"부산광역시 중구\",30.1\n\"서울 중구\",21.1\n"_ba);
    const auto report = importPaths(*t, { file }, ageingMap());
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(test::observation(t->db(), u"KR-26-110"_s, u"aged_65_plus_share"_s, 2025).toDouble(), 30.1);
    QCOMPARE(test::observation(t->db(), u"KR-11-140"_s, u"aged_65_plus_share"_s, 2025).toDouble(), 21.1);
}

// "전라남" for "전라남도" used to be skipped as an unknown name, the import reported valid and
// Jeonnam's own row was gone.
void TestImporter::kosisMisspeltProvinceRefused()
{
    auto t = test::openTempDatabase();
    const QString before = test::dumpDatabase(t->db());
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"misspelt_20250101000000.csv"_s,
        "\"행정구역별\",2023\n\"행정구역별\",정보통신업 종사자 (명)\n\"전국\",1000\n\"서울특별시\",600\n"
        "\"전라남\",50\n"_ba);
    ImportOptions options;
    options.maps = { { u"정보통신업"_s, u"ict_workers"_s } };
    const auto report = importPaths(*t, { file }, options);
    QVERIFY(!report.ok());
    const Problem &p = report.problems().first();
    QCOMPARE(p.line, 5);
    QCOMPARE(p.column, 1);
    QVERIFY2(p.reason.contains(u"'전라남'"_s), qPrintable(p.reason));
    QVERIFY2(p.reason.contains(u"nearest: 전라남도 (KR-46)"_s), qPrintable(p.reason));
    QCOMPARE(test::dumpDatabase(t->db()), before); // all or nothing: Seoul's row is not kept either
}

// Two statements inside the import's transaction had their result unchecked: a refused write was
// reported as written.
void TestImporter::failedGroupMemberWriteFailsTheImport()
{
    auto t = test::openTempDatabase();
    QSqlQuery trigger(t->db());
    if (test::onServerEngine()) {
        QVERIFY(trigger.exec(u"CREATE FUNCTION refuse_members() RETURNS trigger LANGUAGE plpgsql AS "
                             "$$ BEGIN RAISE EXCEPTION 'members refused'; END $$"_s));
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_members BEFORE INSERT ON region_group_members "
                             "FOR EACH ROW EXECUTE FUNCTION refuse_members()"_s));
    } else {
        QVERIFY(trigger.exec(u"CREATE TRIGGER refuse_members BEFORE INSERT ON region_group_members "
                             "BEGIN SELECT RAISE(ABORT, 'members refused'); END"_s));
    }
    const QString before = test::dumpDatabase(t->db());
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"region_groups.csv"_s,
        "group,name_ko,name_en,member\nsouth_west,서남권,South-west,KR-46\n"_ba);
    const auto report = importPaths(*t, { file });
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(u"members refused"_s), qPrintable(report.errorText()));
    QCOMPARE(report.problems().first().line, 2);
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

void TestImporter::badOwnFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("reason");

    const QByteArray h = observationHeader;
    const QByteArray good = "KR-46,population,2030,1,official,kosis_population_2007_2025,\n";
    QTest::newRow("empty file") << QByteArray() << qint64(0) << 0 << u"empty"_s;
    QTest::newRow("header only") << h << qint64(1) << 0 << u"header only"_s;
    QTest::newRow("unknown header") << QByteArray("foo,bar\n1,2\n") << qint64(1) << 1 << u"unknown header"_s;
    QTest::newRow("too few columns") << h + good + "KR-46,population,2031\n" << qint64(3) << 3 << u"has 3 columns"_s;
    QTest::newRow("too many columns") << h + "KR-46,population,2031,1,official,kosis_population_2007_2025,,x\n"
                                      << qint64(2) << 7 << u"has 8 columns"_s;
    QTest::newRow("unknown region") << h + good + "KR-99,population,2030,1,official,kosis_population_2007_2025,\n"
                                    << qint64(3) << 1 << u"unknown region 'KR-99'"_s;
    QTest::newRow("unknown indicator") << h + "KR-46,nonsense,2030,1,official,kosis_population_2007_2025,\n" << qint64(2)
                                       << 2 << u"unknown indicator"_s;
    QTest::newRow("non-numeric value") << h + "KR-46,population,2030,abc,official,kosis_population_2007_2025,\n"
                                       << qint64(2) << 4 << u"'abc' is not a finite number"_s;
    QTest::newRow("NaN") << h + "KR-46,population,2030,NaN,official,kosis_population_2007_2025,\n" << qint64(2) << 4
                         << u"not a finite number"_s;
    QTest::newRow("inf") << h + "KR-46,population,2030,inf,official,kosis_population_2007_2025,\n" << qint64(2) << 4
                         << u"not a finite number"_s;
    QTest::newRow("1e999") << h + "KR-46,population,2030,1e999,official,kosis_population_2007_2025,\n" << qint64(2) << 4
                           << u"not a finite number"_s;
    QTest::newRow("year 0") << h + "KR-46,population,0,1,official,kosis_population_2007_2025,\n" << qint64(2) << 3
                            << u"not a year"_s;
    QTest::newRow("year 99999") << h + "KR-46,population,99999,1,official,kosis_population_2007_2025,\n" << qint64(2)
                                << 3 << u"not a year"_s;
    QTest::newRow("year as text") << h + "KR-46,population,작년,1,official,kosis_population_2007_2025,\n" << qint64(2)
                                  << 3 << u"not a year"_s;
    QTest::newRow("unknown status") << h + "KR-46,population,2030,1,guess,kosis_population_2007_2025,\n" << qint64(2)
                                    << 5 << u"status 'guess'"_s;
    QTest::newRow("unknown source") << h + "KR-46,population,2030,1,official,nowhere,\n" << qint64(2) << 6
                                    << u"unknown source"_s;
    QTest::newRow("duplicate key in one file") << h + good + good << qint64(3) << 4 << u"appears twice"_s;
    QTest::newRow("unbalanced quote") << h + "KR-46,population,2030,1,official,\"kosis_population_2007_2025,\n"
                                      << qint64(2) << 34 << u"never closed"_s;
    QTest::newRow("quote inside an unquoted field") << h + "KR-46,popu\"lation,2030,1,official,x,\n" << qint64(2) << 11
                                                    << u"quote inside"_s;
    QTest::newRow("embedded NUL") << h + QByteArray("KR-46,population,2030,1\0,official,x,\n", 38) << qint64(2) << 24
                                  << u"NUL"_s;
    QTest::newRow("ZIP renamed to .csv, cut short") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << qint64(0) << 0
                                         << u"starts as a ZIP archive (an Excel .xlsx workbook is one) but is not a complete one"_s;
}

void TestImporter::badOwnFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(qint64, line);
    QFETCH(int, column);
    QFETCH(QString, reason);
    auto t = test::openTempDatabase();
    const QString before = test::dumpDatabase(t->db());
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"bad.csv"_s, content);
    const auto report = importPaths(*t, { file });
    QVERIFY(!report.ok());
    const Problem &p = report.problems().first();
    QVERIFY2(p.reason.contains(reason), qPrintable(p.toString()));
    QCOMPARE(p.file, file);
    QCOMPARE(p.line, line);
    QCOMPARE(p.column, column);
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

void TestImporter::severalFilesOneTransaction()
{
    auto t = test::openTempDatabase();
    const QString before = test::dumpDatabase(t->db());
    QTemporaryDir dir;
    const QString good = writeFile(dir, u"good.csv"_s,
        observationHeader + "KR-46,population,2030,1,estimate,kosis_population_2007_2025,test\n");
    const QString bad = writeFile(dir, u"bad.csv"_s,
        observationHeader + "KR-46,population,2031,x,estimate,kosis_population_2007_2025,test\n");
    const auto report = importPaths(*t, { good, bad });
    QVERIFY(!report.ok());
    QCOMPARE(report.problems().first().file, bad);
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

void TestImporter::checkOnlyWritesNothing()
{
    auto t = test::openTempDatabase();
    const QString before = test::dumpDatabase(t->db());
    ImportOptions options;
    options.checkOnly = true;
    options.maps = { { u"고령인구비율"_s, u"aged_65_plus_share"_s } };
    const auto report = importPaths(*t, { test::dataPath(u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s) },
        options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QVERIFY(report->checkOnly);
    QVERIFY(report->toText().contains(u"nothing was written"_s));
    QCOMPARE(report->files.first().replaced + report->files.first().unchanged + report->files.first().written,
        18 * 19 - 5);
    QCOMPARE(test::dumpDatabase(t->db()), before);
}

void TestImporter::userRowsAreProtected()
{
    auto t = test::openTempDatabase();
    QTemporaryDir dir;
    const QString first = writeFile(dir, u"first.csv"_s,
        observationHeader + "KR-46,population,2024,1788820,estimate,kosis_population_2007_2025,my correction\n");
    auto report = importPaths(*t, { first });
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->files.first().replaced, 1); // a bundled figure may be replaced by a user's
    QCOMPARE(test::scalar(t->db(),
                 u"SELECT origin FROM observation_rows WHERE region = 'KR-46' AND indicator = 'population' AND year = 2024"_s)
                 .toString(),
        u"user"_s);

    const QString second = writeFile(dir, u"second.csv"_s,
        observationHeader + "KR-46,population,2024,1,estimate,kosis_population_2007_2025,overwrite\n");
    const QString before = test::dumpDatabase(t->db());
    report = importPaths(*t, { second });
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(u"would overwrite your own figure 1788820"_s), qPrintable(report.errorText()));
    QCOMPARE(report.problems().first().line, qint64(2));
    QCOMPARE(test::dumpDatabase(t->db()), before);

    ImportOptions replace;
    replace.replaceUserRows = true;
    report = importPaths(*t, { second }, replace);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(test::observation(t->db(), u"KR-46"_s, u"population"_s, 2024).toDouble(), 1.0);

    // The same figure again is "unchanged", not a conflict.
    report = importPaths(*t, { second });
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->files.first().unchanged, 1);
}

void TestImporter::fileWithoutSourceColumn()
{
    auto t = test::openTempDatabase();
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"my_figures.csv"_s, "region,indicator,year,value\n전남,population,2030,5\n");
    const auto report = importPaths(*t, { file });
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    const QString source = test::scalar(t->db(),
        u"SELECT source FROM observation_rows WHERE region = 'KR-46' AND indicator = 'population' AND year = 2030"_s)
                               .toString();
    QVERIFY2(source.startsWith(u"file:my_figures.csv:"_s), qPrintable(source));
    QCOMPARE(test::scalar(t->db(), u"SELECT title FROM sources WHERE id = ?"_s, { source }).toString(), u"my_figures.csv"_s);
    QCOMPARE(test::scalar(t->db(), u"SELECT status FROM observation_rows WHERE source = ?"_s, { source }).toString(),
        u"reported"_s);
}

void TestImporter::exportRoundTrip()
{
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    QTemporaryDir dir;
    QStringList files;
    QMap<QString, QByteArray> exported;
    for (const QString &table : { u"regions"_s, u"region_aliases"_s, u"region_groups"_s, u"sources"_s,
             u"indicators"_s, u"observations"_s, u"plans"_s }) {
        const auto csv = exportTable(test::storageOf(db), table, {}, false);
        QVERIFY2(csv.ok(), qPrintable(csv.errorText()));
        exported.insert(table, *csv);
        files << writeFile(dir, table + u".csv"_s, *csv);
    }
    // Importing the export into the same database changes nothing but the import log, which records
    // that it ran (and that it wrote nothing).
    const QString before = test::dumpDatabase(db, { u"import_log"_s });
    ImportOptions asBundled;
    asBundled.origin = Origin::Bundled;
    auto report = Importer::importFiles(test::storageOf(db), files, asBundled);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->written(), 0);
    QCOMPARE(report->replaced(), 0);
    QCOMPARE(test::dumpDatabase(db, { u"import_log"_s }), before);
    const auto log = test::storageOf(db).imports();
    QVERIFY(log.ok());
    QCOMPARE(log->last().inserted, 0);
    QCOMPARE(log->last().replaced, 0);

    // Into a fresh database, then exported again: the same bytes.
    auto fresh = test::openTempDatabase(false);
    QSqlDatabase freshDb = fresh->db();
    report = Importer::importFiles(test::storageOf(freshDb), files, {});
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    for (auto it = exported.cbegin(); it != exported.cend(); ++it) {
        const auto again = exportTable(test::storageOf(freshDb), it.key(), {}, false);
        QVERIFY(again.ok());
        QCOMPARE(*again, it.value());
    }
}

void TestImporter::excelExportDefusesFormulas()
{
    QCOMPARE(CsvWriter::escapeField(u"=SUM(A1:A9)"_s, true), u"'=SUM(A1:A9)"_s);
    QCOMPARE(CsvWriter::escapeField(u"+cmd"_s, true), u"'+cmd"_s);
    QCOMPARE(CsvWriter::escapeField(u"-x"_s, true), u"'-x"_s);
    QCOMPARE(CsvWriter::escapeField(u"@SUM(1)"_s, true), u"'@SUM(1)"_s);
    QCOMPARE(CsvWriter::escapeField(u"-3.5"_s, true), u"-3.5"_s);
    // Issue 18, 18: the window's tables show locale-formatted figures; a negative one stays a number.
    QCOMPARE(CsvWriter::escapeField(u"-12,345"_s, true), u"\"-12,345\""_s);
    QCOMPARE(CsvWriter::escapeField(u"-1,234,567.89"_s, true), u"\"-1,234,567.89\""_s);
    QCOMPARE(CsvWriter::escapeField(u"-1,2+3"_s, true), u"\"'-1,2+3\""_s);
    QCOMPARE(CsvWriter::escapeField(u"=a,b"_s, true), u"\"'=a,b\""_s);
    QCOMPARE(CsvWriter::escapeField(u"=SUM(A1)"_s, false), u"'=SUM(A1)"_s); // plain exports defuse too

    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    const auto csv = exportTable(test::storageOf(db), u"observations"_s, { u"ict_workers_change_2021_2024"_s, u"KR-46"_s, 0 }, true);
    QVERIFY(csv.ok());
    QVERIFY(csv->startsWith("\xEF\xBB\xBF" "region,indicator"));
    QVERIFY(csv->contains("\r\n"));
    QVERIFY2(csv->contains(",-"), "negative numbers stay numbers");
    QVERIFY(!csv->contains(",'-"));
}

void TestImporter::everyExportDefusesFormulasAndImportRestoresThem()
{
    // A region named like a formula: the plain export defuses it, and importing that export
    // gives back the exact name.
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    QTemporaryDir dir;
    const QString formula = u"=HYPERLINK(\"http://x\",\"y\")"_s;
    const QString regions = writeFile(dir, u"regions.csv"_s,
        "code,name_ko,name_en,level,parent\nKR-46-F1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",@cmd,2,KR-46\n");
    auto report = Importer::importFiles(test::storageOf(db), { regions }, {});
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(test::scalar(db, u"SELECT name_ko FROM regions WHERE code = 'KR-46-F1'"_s).toString(), formula);

    const auto csv = exportTable(test::storageOf(db), u"regions"_s, {}, false);
    QVERIFY(csv.ok());
    QVERIFY2(csv->contains("\"'=HYPERLINK("), csv->constData());
    QVERIFY(csv->contains(",'@cmd,"));
    QVERIFY(!csv->contains(",=HYPERLINK"));

    auto fresh = test::openTempDatabase(false);
    QSqlDatabase freshDb = fresh->db();
    report = Importer::importFiles(test::storageOf(freshDb), { writeFile(dir, u"again.csv"_s, *csv) }, {});
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(test::scalar(freshDb, u"SELECT name_ko FROM regions WHERE code = 'KR-46-F1'"_s).toString(), formula);
    QCOMPARE(test::scalar(freshDb, u"SELECT name_en FROM regions WHERE code = 'KR-46-F1'"_s).toString(), u"@cmd"_s);
}

// Issue 18, 13: the KOSIS reader looked up unknown region names, item columns and classification
// values in lists: 100,000 unknown names took 23.5 s (35 s on this machine), 200,000 61 s.
void TestImporter::manyUnknownKosisNamesAreLinear()
{
    QByteArray csv = "\"행정구역별\",2023\n\"행정구역별\",고령인구비율 (%)\n\"전국\",19.0\n\"전라남도\",26.1\n";
    for (int i = 0; i < 100000; ++i)
        csv += "\"없는지역" + QByteArray::number(i) + "군\",1.0\n"; // district-like: skipped with a note
    QTemporaryDir dir;
    const QString path = dir.filePath(u"kosis_unknown.csv"_s);
    QVERIFY(test::writeFile(path, csv));
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    ImportOptions options;
    options.checkOnly = true;
    options.maps = { { u"고령인구비율"_s, u"aged_65_plus_share"_s } };
    QElapsedTimer timer;
    timer.start();
    const auto report = Importer::importFiles(test::storageOf(db), { path }, options);
    const qint64 ms = timer.elapsed();
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QVERIFY(report->toText().contains(u"없는지역0군"_s));
    qInfo("100,000 unknown KOSIS region names: %lld ms", ms);
    QVERIFY2(ms < 10000, qPrintable(u"%1 ms"_s.arg(ms)));
}

namespace {

// The figures an import left, as text: region, indicator, year, value, status (not the source,
// whose id names the file it came from).
QStringList figures(QSqlDatabase db)
{
    QStringList out;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT region, indicator, year, value, status FROM observation_rows ORDER BY region, indicator, year"_s))
        qFatal("%s", qPrintable(q.lastError().text()));
    while (q.next())
        out << u"%1,%2,%3,%4,%5"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                   formatNumber(q.value(3).toDouble()), q.value(4).toString());
    return out;
}

// One part of a ZIP archive (a workbook), through minizip's unzip from a temporary file.
QByteArray zipPart(const QByteArray &zip, const QString &name)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"book.zip"_s);
    if (!test::writeFile(path, zip))
        qFatal("cannot write the zip");
    unzFile zf = unzOpen(path.toLocal8Bit().constData());
    if (!zf)
        return {};
    QByteArray out;
    if (unzLocateFile(zf, name.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zf) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zf, buffer, sizeof buffer)) > 0)
            out.append(buffer, n);
        unzCloseCurrentFile(zf);
    }
    unzClose(zf);
    return out;
}

} // namespace

void TestImporter::xlsxRoundTripOfEveryTable()
{
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    QTemporaryDir dir;
    QStringList files;
    QMap<QString, QByteArray> csv;
    const QStringList tables = { u"regions"_s, u"region_aliases"_s, u"region_groups"_s, u"sources"_s, u"indicators"_s,
        u"observations"_s, u"plans"_s, u"facts"_s, u"weights"_s };
    QCOMPARE(tables.size(), tableFormats().size()); // every table the program has
    for (const QString &table : tables) {
        const auto workbook = exportTableXlsx(test::storageOf(db), table, {});
        QVERIFY2(workbook.ok(), qPrintable(workbook.errorText()));
        QVERIFY(looksLikeZip(*workbook));
        files << writeFile(dir, table + u".xlsx"_s, *workbook);
        const auto text = exportTable(test::storageOf(db), table, {}, false);
        QVERIFY(text.ok());
        csv.insert(table, *text);
    }
    // Importing the workbooks into the same database changes nothing but the import log (its entry).
    const QString before = test::dumpDatabase(db, { u"import_log"_s });
    ImportOptions asBundled;
    asBundled.origin = Origin::Bundled;
    auto report = Importer::importFiles(test::storageOf(db), files, asBundled);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->replaced(), 0);
    QCOMPARE(test::dumpDatabase(db, { u"import_log"_s }), before);
    // A weight set counts as written whenever it is read, from CSV as from a workbook.
    for (const FileReport &f : report->files)
        QVERIFY2(f.written == 0 || f.format == u"weights"_s, qPrintable(f.file));
    QCOMPARE(report->files[5].format, u"observations"_s);
    QVERIFY2(report->files[5].encoding.contains(u"observations"_s), qPrintable(report->files[5].encoding));

    // Into a fresh database, then exported as CSV: the same bytes as the CSV export of the first.
    auto fresh = test::openTempDatabase(false);
    QSqlDatabase freshDb = fresh->db();
    report = Importer::importFiles(test::storageOf(freshDb), files, {});
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    for (const QString &table : tables) {
        const auto again = exportTable(test::storageOf(freshDb), table, {}, false);
        QVERIFY(again.ok());
        QVERIFY2(*again == csv.value(table), qPrintable(table));
    }
}

void TestImporter::xlsxExportKeepsNumbersTextAndHeader()
{
    auto t = test::openTempDatabase();
    QSqlDatabase db = t->db();
    QTemporaryDir dir;
    // A note that a spreadsheet would run as a formula, and a figure that needs 17 digits.
    const QString file = writeFile(dir, u"formula.csv"_s,
        observationHeader + "KR-46,population,2031,0.30000000000000004,estimate,kosis_population_2007_2025,\"=HYPERLINK(\"\"x\"\")\"\n"
                            "KR-46,population,2032,1788819,estimate,kosis_population_2007_2025,@SUM(A1)\n"
                            "KR-46,population,2033,1,estimate,kosis_population_2007_2025,\"two\r\nlines _x0041_ \"\n"); // TEST FIGURES
    auto report = importPaths(*t, { file });
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    ExportFilter filter;
    filter.region = u"KR-46"_s;
    filter.indicator = u"population"_s;
    const auto workbook = exportTableXlsx(test::storageOf(db), u"observations"_s, filter);
    QVERIFY2(workbook.ok(), qPrintable(workbook.errorText()));
    const QByteArray sheet = zipPart(*workbook, u"xl/worksheets/sheet1.xml"_s);
    QVERIFY2(sheet.contains("state=\"frozen\"") && sheet.contains("ySplit=\"1\""), sheet.left(600).constData());
    QVERIFY(!sheet.contains("<f>"));
    QVERIFY2(sheet.contains("<v>1788819</v>"), "a figure is a number cell");
    const QByteArray strings = zipPart(*workbook, u"xl/sharedStrings.xml"_s);
    QVERIFY(strings.contains("=HYPERLINK(&quot;x&quot;)") || strings.contains("=HYPERLINK(\"x\")"));
    QVERIFY(strings.contains("0.30000000000000004")); // kept exact, as text
    // The unit beside each figure, in its number format; the sources the rows name, on a sheet.
    QVERIFY(zipPart(*workbook, u"xl/styles.xml"_s).contains("General&quot; 명&quot;"));
    const QByteArray book = zipPart(*workbook, u"xl/workbook.xml"_s);
    QVERIFY2(book.contains("name=\"observations\"") && book.contains("name=\"sources\""), book.constData());

    // Read back: the texts as written, the figures exact.
    const auto sheetRows = readXlsxSheet(*workbook, u"x.xlsx"_s);
    QVERIFY2(sheetRows.ok(), qPrintable(sheetRows.errorText()));
    QCOMPARE(sheetRows->sheetNames, QStringList({ u"observations"_s, u"sources"_s }));
    bool sawFormula = false;
    bool sawLines = false;
    for (const SplitRecord &r : sheetRows->rows) {
        // A carriage return (which XML cannot keep) and a text that looks like OOXML's escape of one.
        if (r.fields.value(2) == u"2033"_s) {
            QCOMPARE(r.fields.value(6), u"two\r\nlines _x0041_"_s); // import trims a field
            sawLines = true;
        }
        if (r.fields.value(2) == u"2031"_s) {
            QCOMPARE(r.fields.value(3).toDouble(), 0.1 + 0.2);
            QCOMPARE(r.fields.value(6), u"=HYPERLINK(\"x\")"_s);
            sawFormula = true;
        }
    }
    QVERIFY(sawFormula);
    QVERIFY(sawLines);
    const auto sources = readXlsxSheet(*workbook, u"x.xlsx"_s, u"sources"_s);
    QVERIFY(sources.ok());
    QCOMPARE(sources->rows.size(), 2); // the header and the one source the rows name
    QCOMPARE(sources->rows[1].fields.value(0), u"kosis_population_2007_2025"_s);
}

void TestImporter::kosisXlsxTwinImportsTheSameFigures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("maps");
    QTest::addColumn<QStringList>("filters");
    QTest::addColumn<bool>("merged");
    QTest::addColumn<QString>("format");
    const QStringList ageing = { u"고령인구비율=aged_65_plus_share"_s, u"65세이상인구=population_aged_65plus"_s };
    QTest::newRow("wide, two header rows, periods merged over their items (CP949 twin)")
        << u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s << ageing << QStringList() << true << u"KOSIS (wide)"_s;
    QTest::newRow("wide, two header rows, every cell written")
        << u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s << ageing << QStringList() << false << u"KOSIS (wide)"_s;
    QTest::newRow("wide, doctors per 1,000")
        << u"kosis/cp949/인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv"_s
        << QStringList { u"인구 천명당=doctors_per_1000"_s, u"의료기관 종사 의사수(A)=doctors_in_medical_institutions"_s }
        << QStringList() << true << u"KOSIS (wide)"_s;
    QTest::newRow("wide, one header row, a classification column")
        << u"kosis/one_header_row_성별_20240101000000.csv"_s << QStringList { u"성별=employed_persons"_s }
        << QStringList { u"성별=계"_s } << true << u"KOSIS (wide, one header row)"_s;
    QTest::newRow("long, title line and code columns")
        << u"kosis/cp949/총조사인구_long_20200101120000.csv"_s << QStringList { u"인구 (명)=population"_s }
        << QStringList { u"연령별=계"_s } << false << u"KOSIS (long)"_s;
}

void TestImporter::kosisXlsxTwinImportsTheSameFigures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, maps);
    QFETCH(QStringList, filters);
    QFETCH(bool, merged);
    QFETCH(QString, format);
    ImportOptions options;
    for (const QString &m : maps)
        options.maps.append({ m.section(u'=', 0, 0), m.section(u'=', 1) });
    for (const QString &f : filters)
        options.filters.append({ f.section(u'=', 0, 0), f.section(u'=', 1) });

    const QString csvPath = test::dataPath(file);
    QTemporaryDir dir;
    const QString xlsxPath = writeFile(dir, QFileInfo(csvPath).completeBaseName() + u".xlsx"_s,
        test::kosisTwin(test::readFile(csvPath), merged));

    auto fromCsv = test::openTempDatabase();
    const auto csvReport = importPaths(*fromCsv, { csvPath }, options);
    QVERIFY2(csvReport.ok(), qPrintable(csvReport.errorText()));
    auto fromXlsx = test::openTempDatabase();
    const auto xlsxReport = importPaths(*fromXlsx, { xlsxPath }, options);
    QVERIFY2(xlsxReport.ok(), qPrintable(xlsxReport.errorText()));

    const FileReport &a = csvReport->files.first();
    const FileReport &b = xlsxReport->files.first();
    QCOMPARE(b.format, format);
    QCOMPARE(a.format, format);
    QCOMPARE(b.encoding, u"Excel, sheet 데이터"_s);
    QCOMPARE(b.read, a.read);
    QCOMPARE(b.written, a.written);
    QCOMPARE(b.skipped, a.skipped);
    QVERIFY(b.read > 0);
    const QStringList expected = figures(fromCsv->db());
    QCOMPARE(figures(fromXlsx->db()), expected);
}

void TestImporter::xlsxSheetByName()
{
    auto t = test::openTempDatabase();
    QTemporaryDir dir;
    // TEST FIGURES: a notes sheet first, the figures on the second.
    test::SheetBuilder notes;
    notes.addRow(1, { u"이 통합 문서는 시험용입니다"_s });
    test::SheetBuilder figuresSheet;
    figuresSheet.addRow(1, { u"region"_s, u"indicator"_s, u"year"_s, u"value"_s, u"status"_s, u"source"_s, u"note"_s });
    figuresSheet.addRow(2, { u"KR-46"_s, u"population"_s, u"2033"_s, u"1234"_s, u"estimate"_s, u"kosis_population_2007_2025"_s });
    QStringList strings = figuresSheet.strings();
    QByteArray notesXml = notes.sheetData();
    // The notes sheet's one string goes after the figures sheet's strings.
    notesXml.replace("<v>0</v>", QByteArray("<v>" + QByteArray::number(strings.size()) + "</v>"));
    strings << notes.strings();
    const QString path = writeFile(dir, u"book.xlsx"_s,
        test::makeWorkbook({ { u"설명"_s, notesXml, {} }, { u"수치"_s, figuresSheet.sheetData(), {} } }, strings));

    auto report = importPaths(*t, { path });
    QVERIFY(!report.ok()); // the first sheet is no table
    QCOMPARE(report.problems().first().sheet, u"설명"_s);
    QVERIFY2(report.errorText().contains(u"book.xlsx, sheet 설명, cell A1: "_s), qPrintable(report.errorText()));

    ImportOptions options;
    options.sheet = u"수치"_s;
    report = importPaths(*t, { path }, options);
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(report->files.first().written, 1);
    QCOMPARE(test::observation(t->db(), u"KR-46"_s, u"population"_s, 2033).toDouble(), 1234.0);
}

void TestImporter::xlsxDatesAndInlineText()
{
    // TEST FIGURES. A date typed in a cell (a serial in a date format, built-in 14 and a custom
    // yyyy-mm-dd), a date cell, an inline string with a phonetic guide, a boolean, a number as stored.
    const QByteArray styles = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                              "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/>"
                              "<numFmt numFmtId=\"165\" formatCode=\"#,##0&quot;명&quot;\"/></numFmts>"
                              "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
                              "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>45366</v></c><c r=\"B1\" s=\"2\"><v>45366.5</v></c>"
                            "<c r=\"C1\" t=\"d\"><v>2024-03-15T00:00:00</v></c>"
                            "<c r=\"D1\" t=\"inlineStr\"><is><r><t>전라</t></r><r><t>남도</t></r><rPh sb=\"0\" eb=\"1\"><t>ㅈ</t></rPh></is></c>"
                            "<c r=\"E1\" t=\"b\"><v>1</v></c><c r=\"F1\" s=\"3\"><v>1788819</v></c>"
                            "<c r=\"H1\"><v>2.6000000000000001</v></c></row>"
                            "<row r=\"3\"><c r=\"B3\"><v>1</v></c></row>";
    const QByteArray book = test::makeWorkbook({ { u"Sheet1"_s, rows, {} } }, {}, styles);
    const auto sheet = readXlsxSheet(book, u"dates.xlsx"_s);
    QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
    QCOMPARE(sheet->rows.size(), 2);
    QCOMPARE(sheet->rows[0].fields, QStringList({ u"2024-03-15"_s, u"2024-03-15T12:00:00"_s, u"2024-03-15"_s,
                                        u"전라남도"_s, u"TRUE"_s, u"1788819"_s, QString(), u"2.6000000000000001"_s }));
    // Row 3 (row 2 has no value and no record), as wide as the header: the empty cells are empty fields.
    QCOMPARE(sheet->rows[1].line, 3);
    QCOMPARE(sheet->rows[1].fields.size(), 8);
    QCOMPARE(sheet->rows[1].fields[1], u"1"_s);
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
