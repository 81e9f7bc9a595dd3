// Bad input never changes the database: every file under tests/data/bad/ (listed in cases.csv
// with the file, line, column and reason the error must name), plus the cases that cannot be
// committed (a 2 GB file, a directory, a file without read permission) generated here.
#include "import/boundaryimport.h"
#include "import/importer.h"
#include "io/csvparser.h"
#include "io/textdecoder.h"
#include "io/xlsxreader.h"

#include "clisupport.h"
#include "testsupport.h"
#include "xlsxsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace air;
using test::CliRun;
using test::openToEveryone;
using test::runCli;

namespace {

struct BadCase {
    QString file;
    QStringList options;
    qint64 line = 0;
    int column = 0;
    QString reason;
};

QList<BadCase> readManifest()
{
    QFile f(test::dataPath(u"bad/cases.csv"_s));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read tests/data/bad/cases.csv");
    const auto decoded = decodeText(f.readAll(), u"cases.csv"_s);
    if (!decoded)
        qFatal("%s", qPrintable(decoded.errorText()));
    CsvParser parser(decoded->text, u"cases.csv"_s);
    QList<BadCase> cases;
    bool header = true;
    while (parser.next()) {
        if (std::exchange(header, false))
            continue;
        if (parser.size() != 5)
            qFatal("cases.csv line %lld: expected 5 columns", parser.line());
        cases.append({ parser.field(0).toString(), parser.field(1).toString().split(u' ', Qt::SkipEmptyParts),
            parser.field(2).toLongLong(), parser.field(3).toInt(), parser.field(4).toString() });
    }
    if (parser.problem())
        qFatal("%s", qPrintable(parser.problem()->toString()));
    return cases;
}

bool parseOptions(const QStringList &words, ImportOptions *options)
{
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        const QString &value = words[i + 1];
        const qsizetype eq = value.indexOf(u'=');
        if (eq <= 0)
            return false;
        const std::pair<QString, QString> pair { value.left(eq), value.mid(eq + 1) };
        if (words[i] == u"--map"_s)
            options->maps.append(pair);
        else if (words[i] == u"--filter"_s)
            options->filters.append(pair);
        else
            return false;
    }
    return words.size() % 2 == 0;
}

} // namespace

Q_DECLARE_METATYPE(BadCase)

struct BadBoundaries {
    QByteArray bytes;
    qint64 line = 0;
    int column = 0;
    QString reason;
};
Q_DECLARE_METATYPE(BadBoundaries)

struct BadWorkbook {
    QString name;
    QByteArray bytes;
    QString sheetOption;
    qint64 row = 0;
    int column = 0;
    QString sheet; // the sheet the problem names, or none
    QString reason;
};
Q_DECLARE_METATYPE(BadWorkbook)

class TestBadInput final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void manifestCoversEveryFile();
    void badFile_data();
    void badFile();
    void badWorkbook_data();
    void badWorkbook();
    void workbookLimitsBoundMemory();
    void twoGigabyteFileIsRefused();
    void directoryIsRefused();
    void unreadableFileIsRefused();
    void hostileNamesAreStoredAsText();
    void badBoundaries_data();
    void badBoundaries();
    void twoGigabyteBoundaryFileIsRefused();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    QString m_before;
};

void TestBadInput::initTestCase()
{
    m_db = test::openTempDatabase();
    m_before = test::dumpDatabase(m_db->db());
}

void TestBadInput::manifestCoversEveryFile()
{
    const QList<BadCase> cases = readManifest();
    QVERIFY2(cases.size() >= 30, "the issue asks for at least 30 bad-input cases");
    QStringList listed;
    for (const BadCase &c : cases)
        listed << c.file;
    QStringList onDisk = QDir(test::dataPath(u"bad"_s)).entryList({ u"*.csv"_s }, QDir::Files, QDir::Name);
    onDisk.removeAll(u"cases.csv"_s);
    listed.sort();
    QCOMPARE(listed, onDisk);
}

void TestBadInput::badFile_data()
{
    QTest::addColumn<BadCase>("badCase");
    for (const BadCase &c : readManifest())
        QTest::newRow(qPrintable(c.file)) << c;
}

void TestBadInput::badFile()
{
    QFETCH(BadCase, badCase);
    ImportOptions options;
    QVERIFY2(parseOptions(badCase.options, &options), qPrintable(badCase.options.join(u' ')));
    const QString path = test::dataPath(u"bad/"_s + badCase.file);
    QSqlDatabase db = m_db->db();
    const auto report = Importer::importFiles(test::storageOf(db), { path }, options);
    QVERIFY2(!report.ok(), "a bad file was accepted");
    const Problem &p = report.problems().first();
    const QByteArray all = report.errorText().toUtf8();
    QCOMPARE(p.file, path);
    QVERIFY2(p.reason.contains(badCase.reason), all.constData());
    QVERIFY2(p.line == badCase.line, all.constData());
    QVERIFY2(p.column == badCase.column, all.constData());
    QCOMPARE(test::dumpDatabase(m_db->db()), m_before);
}

void TestBadInput::badWorkbook_data()
{
    QTest::addColumn<BadWorkbook>("bad");
    const QByteArray good = test::observationsWorkbook();
    const QByteArray sheet1 = "xl/worksheets/sheet1.xml";
    QTest::newRow("broken ZIP: a workbook cut in half")
        << BadWorkbook { u"cut.xlsx"_s, good.left(good.size() / 2), {}, 0, 0, {},
               u"starts as a ZIP archive (an Excel .xlsx workbook is one) but is not a complete one"_s };
    QTest::newRow("named .xlsx, but CSV inside")
        << BadWorkbook { u"csv.xlsx"_s, "region,indicator,year,value\n", {}, 0, 0, {},
               u"named like an Excel workbook but is none"_s };
    QTest::newRow("a ZIP archive that is no workbook")
        << BadWorkbook { u"zip.xlsx"_s, test::zipParts({ { u"data.csv"_s, "region,indicator,year,value\n" } }), {}, 0, 0,
               {}, u"this is a ZIP archive, not an Excel workbook"_s };
    QTest::newRow("the sheet asked for is missing")
        << BadWorkbook { u"sheets.xlsx"_s, good, u"없는시트"_s, 0, 0, {}, u"no sheet named '없는시트'; its sheets: 데이터"_s };
    QTest::newRow("a formula cell")
        << BadWorkbook { u"formula.xlsx"_s,
               test::observationsWorkbook("<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>KR-41</t></is></c>"
                                          "<c r=\"D3\"><f>SUM(D1:D2)</f><v>1</v></c></row>"),
               {}, 3, 4, u"데이터"_s, u"the cell holds a formula (=SUM(D1:D2))"_s };
    QTest::newRow("a shared-string index out of range")
        << BadWorkbook { u"strings.xlsx"_s, test::observationsWorkbook("<row r=\"3\"><c r=\"C3\" t=\"s\"><v>999</v></c></row>"),
               {}, 3, 3, u"데이터"_s, u"refers to shared text 999, but the workbook holds"_s };
    QTest::newRow("a 2 GB declared size")
        << BadWorkbook { u"huge.xlsx"_s, test::declareSize(good, QString::fromLatin1(sheet1), 0x80000000u), {}, 0, 0, {},
               u"declares 2048 MB of data in one part, more than the 256 MB"_s };
    QTest::newRow("a part inflating past the size it declares")
        << BadWorkbook { u"bomb.xlsx"_s, test::declareSize(good, QString::fromLatin1(sheet1), 100), {}, 0, 0, {},
               u"the workbook is damaged"_s };
    QTest::newRow("a spreadsheet error value")
        << BadWorkbook { u"error.xlsx"_s, test::observationsWorkbook("<row r=\"3\"><c r=\"D3\" t=\"e\"><v>#DIV/0!</v></c></row>"),
               {}, 3, 4, u"데이터"_s, u"the cell holds the spreadsheet error #DIV/0!"_s };
    QTest::newRow("a value that is no number, named by its cell")
        << BadWorkbook { u"value.xlsx"_s,
               test::observationsWorkbook("<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>KR-41</t></is></c>"
                                          "<c r=\"B7\" t=\"inlineStr\"><is><t>population</t></is></c><c r=\"C7\"><v>2030</v></c>"
                                          "<c r=\"D7\" t=\"inlineStr\"><is><t>abc</t></is></c></row>"),
               {}, 7, 4, u"데이터"_s, u"'abc' is not a finite number"_s };
    // A DTD whose entities double ten times over: a few hundred bytes that would expand to gigabytes.
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">";
    for (char c = 'b'; c <= 'k'; ++c)
        laughs += QByteArray("<!ENTITY ") + c + " \"" + QByteArray("&") + char(c - 1) + ";&" + char(c - 1) + ";&" + char(c - 1)
            + ";&" + char(c - 1) + ";&" + char(c - 1) + ";&" + char(c - 1) + ";&" + char(c - 1) + ";&" + char(c - 1) + ";\">";
    laughs += "]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\">"
              "<c r=\"A1\" t=\"inlineStr\"><is><t>&k;</t></is></c></row></sheetData></worksheet>";
    const QByteArray dtd = test::zipParts({ { u"[Content_Types].xml"_s, "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>" },
            { u"xl/workbook.xml"_s,
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                "<sheet name=\"데이터\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
            { u"xl/_rels/workbook.xml.rels"_s,
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet1.xml\"/></Relationships>" },
            { u"xl/worksheets/sheet1.xml"_s, laughs } });
    QTest::newRow("entity expansion (a DTD)")
        << BadWorkbook { u"laughs.xlsx"_s, dtd, {}, 0, 0, {}, u"document type declaration (DTD)"_s };
}

void TestBadInput::badWorkbook()
{
    QFETCH(BadWorkbook, bad);
    QTemporaryDir dir;
    const QString path = dir.filePath(bad.name);
    QVERIFY(test::writeFile(path, bad.bytes));
    ImportOptions options;
    options.sheet = bad.sheetOption;
    QSqlDatabase db = m_db->db();
    const auto report = Importer::importFiles(test::storageOf(db), { path }, options);
    QVERIFY2(!report.ok(), "a bad workbook was accepted");
    const Problem &p = report.problems().first();
    const QByteArray all = report.errorText().toUtf8();
    QCOMPARE(p.file, path);
    QVERIFY2(p.reason.contains(bad.reason), all.constData());
    QVERIFY2(p.line == bad.row && p.column == bad.column, all.constData());
    QCOMPARE(p.sheet, bad.sheet);
    if (!bad.sheet.isEmpty()) {
        const QString where = u"%1, sheet %2, cell %3: "_s.arg(path, bad.sheet, cellName(bad.row, bad.column));
        QVERIFY2(p.toString().startsWith(where), all.constData());
    }
    QCOMPARE(test::dumpDatabase(m_db->db()), m_before);
}

void TestBadInput::workbookLimitsBoundMemory()
{
    // The limits, made small: a shared-string table and a sheet beyond them are refused before
    // they are held, and a merged range over the whole sheet fills only where the sheet has values.
    XlsxLimits limits;
    limits.maxSharedStrings = 3;
    const QByteArray fiveTexts = test::makeWorkbook({ { u"S"_s, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>", {} } },
        { u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s });
    auto sheet = readXlsxSheet(fiveTexts, u"t.xlsx"_s, {}, limits);
    QVERIFY(!sheet.ok());
    QVERIFY2(sheet.errorText().contains(u"more than 3 different texts"_s), qPrintable(sheet.errorText()));

    limits = XlsxLimits();
    limits.maxCells = 5;
    QByteArray rows;
    for (int r = 1; r <= 3; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\"><c r=\"A" + QByteArray::number(r) + "\"><v>1</v></c><c r=\"B"
            + QByteArray::number(r) + "\"><v>2</v></c></row>";
    sheet = readXlsxSheet(test::makeWorkbook({ { u"S"_s, rows, {} } }), u"t.xlsx"_s, {}, limits);
    QVERIFY(!sheet.ok());
    QVERIFY2(sheet.errorText().contains(u"t.xlsx, sheet S, cell B3: the sheet has more than 5 cells"_s), qPrintable(sheet.errorText()));

    const QByteArray whole = test::makeWorkbook({ { u"S"_s, rows, "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>" } });
    sheet = readXlsxSheet(whole, u"t.xlsx"_s);
    QVERIFY2(sheet.ok(), qPrintable(sheet.errorText()));
    QCOMPARE(sheet->rows.size(), 3);
    // Within the data only (two columns, not 16,384); a cell that holds a value of its own keeps it.
    QCOMPARE(sheet->rows[2].fields, QStringList({ u"1"_s, u"2"_s }));
}

void TestBadInput::twoGigabyteFileIsRefused()
{
    // A sparse file: 2 GiB long, no disk used. Reading it whole would need 2 GiB of memory;
    // the importer refuses files over its limit before reading a byte.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.csv"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("region,indicator,year,value,status,source,note\n");
    QVERIFY(f.resize(qint64(2) << 30));
    f.close();
    QSqlDatabase db = m_db->db();
    const auto report = Importer::importFiles(test::storageOf(db), { path }, ImportOptions());
    QVERIFY(!report.ok());
    QCOMPARE(report.problems().first().file, path);
    QVERIFY2(report.errorText().contains(u"too large"_s), qPrintable(report.errorText()));
    QCOMPARE(test::dumpDatabase(m_db->db()), m_before);
}

void TestBadInput::directoryIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(u"folder.csv"_s));
    const QString path = dir.filePath(u"folder.csv"_s);
    QSqlDatabase db = m_db->db();
    const auto report = Importer::importFiles(test::storageOf(db), { path }, ImportOptions());
    QVERIFY(!report.ok());
    QCOMPARE(report.problems().first().file, path);
    QVERIFY2(report.errorText().contains(u"directory"_s), qPrintable(report.errorText()));
    QCOMPARE(test::dumpDatabase(m_db->db()), m_before);
}

void TestBadInput::unreadableFileIsRefused()
{
    if (::geteuid() != 0)
        QSKIP("needs root to run the program as 'nobody'");
    QTemporaryDir dir;
    openToEveryone(dir);
    const auto place = test::openTempDatabase(false);
    const QString database = test::onServerEngine() ? place->locator() : dir.filePath(u"db.sqlite"_s);
    QVERIFY(runCli({ u"--db"_s, database, u"check"_s }).exitCode == 0);
    QFile::setPermissions(database, QFileDevice::Permissions(0x6666));
    const QString secret = dir.filePath(u"secret.csv"_s);
    QVERIFY(test::writeFile(
        secret, "region,indicator,year,value,status,source,note\nKR-46,population,2024,1,official,kosis,\n"));
    QVERIFY(QFile::setPermissions(secret, QFileDevice::Permissions())); // mode 000

    const CliRun run = runCli({ u"--db"_s, database, u"import"_s, secret }, true);
    QVERIFY2(run.exitCode == 1, qPrintable(run.err));
    QVERIFY2(run.err.contains(secret), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"permission"_s, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"nothing was written"_s), qPrintable(run.err));
}

void TestBadInput::hostileNamesAreStoredAsText()
{
    auto t = test::openTempDatabase();
    QTemporaryDir dir;
    const QString hostile = u"x'); DROP TABLE observations;--"_s;
    const QString path = dir.filePath(u"regions.csv"_s);
    QVERIFY(test::writeFile(path,
        "code,name_ko,name_en,level,parent\n" + u"KR-46-X1,\"%1\",\"%1\",2,KR-46\n"_s.arg(hostile).toUtf8()));
    const QString indicators = dir.filePath(u"indicators.csv"_s);
    QVERIFY(test::writeFile(indicators,
        "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator\n"
            + u"hostile_one,context,,\"%1\",\"%1\",명,higher,sum,\n"_s.arg(hostile).toUtf8()));

    QSqlDatabase db = t->db();
    const qint64 observationsBefore = test::scalar(db, u"SELECT count(*) FROM observations"_s).toLongLong();
    const auto report = Importer::importFiles(test::storageOf(db), { path, indicators }, ImportOptions());
    QVERIFY2(report.ok(), qPrintable(report.errorText()));
    QCOMPARE(test::scalar(db, u"SELECT name_ko FROM regions WHERE code = 'KR-46-X1'"_s).toString(), hostile);
    QCOMPARE(
        test::scalar(db, u"SELECT name_en FROM indicators WHERE id = 'hostile_one'"_s).toString(), hostile);
    QCOMPARE(test::scalar(db, u"SELECT count(*) FROM observations"_s).toLongLong(), observationsBefore);
}


// GeoJSON boundaries (issue 17, 1): every broken file names the file, the feature (features[N]) or the
// line and column of bad JSON, and the reason, and leaves the database as it was. The squares are made
// up (TEST FIGURES), named as Jeonnam's districts.
void TestBadInput::badBoundaries_data()
{
    QTest::addColumn<BadBoundaries>("bad");
    // QByteArray results, not QStringBuilder ones that would refer to the parameters after the return.
    const auto collection = [](const QByteArray &features) -> QByteArray {
        return "{\"type\": \"FeatureCollection\", \"features\": [" + features + "]}";
    };
    const auto feature = [](const QByteArray &geometry, const QByteArray &name = "전라남도 목포시") -> QByteArray {
        return "{\"type\": \"Feature\", \"properties\": {\"adm_nm\": \"" + name + "\"}, \"geometry\": " + geometry + "}";
    };
    const QByteArray square = "{\"type\": \"Polygon\", \"coordinates\": [[[126.35, 34.77], [126.45, 34.77], [126.45, 34.85], "
                              "[126.35, 34.85], [126.35, 34.77]]]}";
    // Column 23: where QJsonParseError's offset stands, on the first character of "geometry" after its quote.
    QTest::newRow("bad JSON: a comma missing on line 3")
        << BadBoundaries { "{\"type\": \"FeatureCollection\",\n \"features\": [\n  {\"type\": \"Feature\" \"geometry\": null}]}", 3, 23,
               u"not valid JSON"_s };
    QTest::newRow("not a FeatureCollection")
        << BadBoundaries { "{\"type\": \"Feature\", \"geometry\": null}", 0, 0, u"not a GeoJSON FeatureCollection"_s };
    QTest::newRow("no features") << BadBoundaries { collection(""), 0, 0, u"has no features"_s };
    QTest::newRow("wrong geometry type: a LineString")
        << BadBoundaries { collection(feature(square) + "," + feature("{\"type\": \"LineString\", \"coordinates\": [[126.4, 34.8], [126.5, 34.9]]}")),
               0, 0, u"features[1]: its geometry is a LineString; a boundary is a Polygon or a MultiPolygon"_s };
    QTest::newRow("no geometry") << BadBoundaries { collection(feature("null")), 0, 0, u"features[0]: it has no geometry"_s };
    QTest::newRow("ring not closed")
        << BadBoundaries { collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[126.35, 34.77], [126.45, 34.77], "
                                              "[126.45, 34.85], [126.35, 34.85], [126.36, 34.77]]]}")),
               0, 0, u"features[0]: ring 1 is not closed"_s };
    QTest::newRow("ring of three points")
        << BadBoundaries { collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[126.35, 34.77], [126.45, 34.77], [126.35, 34.77]]]}")),
               0, 0, u"features[0]: ring 1 has 3 points; a closed ring needs 4 or more"_s };
    QTest::newRow("a position that is not two numbers")
        << BadBoundaries { collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[126.35, 34.77], [126.45, \"34.77\"], "
                                              "[126.45, 34.85], [126.35, 34.77]]]}")),
               0, 0, u"features[0]: point 2 of ring 1 is not a position"_s };
    QTest::newRow("coordinates out of range: latitude and longitude swapped")
        << BadBoundaries { collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[34.77, 126.35], [34.77, 126.45], "
                                              "[34.85, 126.45], [34.77, 126.35]]]}")),
               0, 0, u"neither longitude and latitude"_s };
    QTest::newRow("coordinates out of range: a point outside Korea")
        << BadBoundaries { collection(feature(square) + "," + feature("{\"type\": \"Polygon\", \"coordinates\": [[[139.7, 35.6], [139.8, 35.6], "
                                              "[139.8, 35.7], [139.7, 35.6]]]}", "전라남도 여수시")),
               0, 0, u"features[1]: point 1 of ring 1 lies outside Korea"_s };
    QTest::newRow("another coordinate system declared (EPSG:5186)")
        << BadBoundaries { "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
                           "\"urn:ogc:def:crs:EPSG::5186\"}}, \"features\": [" + feature(square) + "]}",
               0, 0, u"the coordinates are in urn:ogc:def:crs:EPSG::5186"_s };
    // Found by review: a UTM-K point beyond any range converts to NaN, which passed the "inside Korea" test.
    QTest::newRow("a UTM-K point that converts to no number")
        << BadBoundaries { "{\"type\": \"FeatureCollection\", \"crs\": {\"type\": \"name\", \"properties\": {\"name\": "
                           "\"urn:ogc:def:crs:EPSG::5179\"}}, \"features\": ["
                + feature("{\"type\": \"Polygon\", \"coordinates\": [[[950000, 1700000], [1000000, 1700000], [1e308, 1e308], "
                          "[1000000, 1750000], [950000, 1700000]]]}")
                + "]}",
               0, 0, u"features[0]: point 3 of ring 1 lies outside Korea"_s };
    // And a ring of one point repeated: closed, but it encloses nothing, so its region would vanish from the map.
    QTest::newRow("a ring that encloses no area")
        << BadBoundaries { collection(feature("{\"type\": \"Polygon\", \"coordinates\": [[[126.5, 34.5], [126.5, 34.5], "
                                              "[126.5, 34.5], [126.5, 34.5], [126.5, 34.5]]]}")),
               0, 0, u"features[0]: ring 1 encloses no area"_s };
    QTest::newRow("no feature matches a region")
        << BadBoundaries { collection(feature(square, "가상군")), 0, 0, u"no feature matches a region"_s };
}

void TestBadInput::badBoundaries()
{
    QFETCH(BadBoundaries, bad);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"boundaries.geojson"_s);
    QVERIFY(test::writeFile(path, bad.bytes));
    const Result<BoundaryImport> imported = importBoundaries(m_db->store(), path);
    QVERIFY2(!imported.ok(), "a bad file was accepted");
    const Problem &p = imported.problems().first();
    QCOMPARE(p.file, path);
    QVERIFY2(p.reason.contains(bad.reason), qPrintable(imported.errorText()));
    QCOMPARE(p.line, bad.line);
    QCOMPARE(p.column, bad.column);
    QCOMPARE(test::dumpDatabase(m_db->db()), m_before);
    // The command line says the same, and writes nothing either.
    const CliRun run = runCli({ u"--db"_s, m_db->locator(), u"import"_s, path });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(bad.reason), qPrintable(run.err));
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
    QCOMPARE(test::dumpDatabase(m_db->db()), m_before);
}

void TestBadInput::twoGigabyteBoundaryFileIsRefused()
{
    // A sparse file, refused by its size before a byte is read.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"huge.geojson"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"type\": \"FeatureCollection\", \"features\": [");
    QVERIFY(f.resize(qint64(2) << 30));
    f.close();
    const Result<BoundaryImport> imported = importBoundaries(m_db->store(), path);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.problems().first().file, path);
    QVERIFY2(imported.errorText().contains(u"the file is 2048 MB; boundaries are read up to 256 MB"_s), qPrintable(imported.errorText()));
    QCOMPARE(test::dumpDatabase(m_db->db()), m_before);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
