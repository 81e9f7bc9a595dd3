// The storage interface on both engines: the same cases on a SQLite file and on a real PostgreSQL
// server (the fixture "postgres" of tests/CMakeLists.txt starts a throwaway one). Run as
// `tst_storage --engine sqlite` or `tst_storage --engine postgresql`; ctest labels them so.
// Only the interface is used to read and write (as every layer above storage does); a raw
// connection appears only where a case must act as another program (a viewer bypassing the
// program, another desk).
#include "import/bundleddataset.h"
#include "import/importer.h"
#include "items/observationsmodel.h"
#include "scoring/indexreport.h"
#include "items/itemroles.h"
#include "storage/openstorage.h"
#include "storage/sql/sqlstorage.h"
#include "storage/sqlite/schema.h"

#include "postgressupport.h"
#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString g_engine = u"sqlite"_s;

bool onServer()
{
    return g_engine == u"postgresql"_s;
}

// A fresh, empty place for one test function: a file in a temporary folder, or a database of its
// own on the test server. Storages opened on it are desks of one team.
class Place final {
public:
    Place()
    {
        if (onServer()) {
            QString why;
            const QUrl server = test::postgresUrl(&why);
            if (!server.isValid())
                qFatal("%s", qPrintable(why));
            m_scratch = std::make_unique<test::ScratchPostgresDatabase>(server, u"tst_storage"_s);
            if (!m_scratch->isValid())
                qFatal("cannot create a test database: %s", qPrintable(m_scratch->errorText()));
            m_locator = m_scratch->url().toString();
        } else {
            m_locator = m_dir.filePath(u"desk.sqlite"_s);
        }
    }
    const QString &locator() const { return m_locator; }
    QString locatorAs(const QString &user) const
    {
        QUrl url(m_locator);
        url.setUserName(user);
        return url.toString();
    }
    std::shared_ptr<Storage> open(bool bundled = true) const
    {
        Result<std::shared_ptr<Storage>> s = bundled ? openWithBundledData(m_locator) : openStorage(m_locator);
        if (!s)
            qFatal("cannot open %s: %s", qPrintable(m_locator), qPrintable(s.errorText()));
        return *s;
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchPostgresDatabase> m_scratch;
    QString m_locator;
};

// Every table as export-csv writes it, and the history: equal dumps mean nothing changed.
QString dump(Storage &storage)
{
    QString out;
    for (const QString &table : Storage::exportTables()) {
        const Result<TableRows> rows = storage.exportRows(table, {});
        if (!rows)
            return u"cannot read %1: %2"_s.arg(table, rows.errorText());
        out += u"== %1 (%2)\n"_s.arg(table).arg(rows->rows.size());
        for (const QVariantList &row : rows->rows) {
            QStringList fields;
            for (const QVariant &v : row)
                fields << (v.isNull() ? u"∅"_s : v.toString());
            out += fields.join(u'|') + u'\n';
        }
    }
    const Result<QList<HistoryRecord>> history = storage.history({});
    out += u"== history (%1)\n"_s.arg(history ? history->size() : -1);
    // The saved views with who and when, and their history.
    const Result<QList<SavedViewRecord>> views = storage.savedViews();
    out += u"== saved views (%1)\n"_s.arg(views ? views->size() : -1);
    if (views)
        for (const SavedViewRecord &v : *views)
            out += QStringList { v.name, QString::number(v.level), v.within, v.region, v.comparison, QString::number(v.year),
                v.weightSet, v.normalisation, v.scenario, v.page, v.savedBy, v.savedAt }.join(u'|') + u'\n';
    const Result<QList<SavedViewHistoryRecord>> viewHistory = storage.savedViewHistory();
    out += u"== saved view history (%1)\n"_s.arg(viewHistory ? viewHistory->size() : -1);
    const Result<QList<RegionBoundaryRecord>> boundaries = storage.regionBoundaries();
    out += u"== region boundaries (%1)\n"_s.arg(boundaries ? boundaries->size() : -1);
    for (const RegionBoundaryRecord &b : boundaries ? *boundaries : QList<RegionBoundaryRecord>())
        out += QStringList { b.region, boundaryOutlineText(b.rings), b.sourceFile, QString::number(b.feature), b.importedBy,
                   b.importedAt }.join(u'|')
            + u'\n';
    return out;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    if (!test::writeFile(path, bytes))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QString indexCsv(Storage &storage)
{
    IndexDatasetOptions data;
    data.year = 2026;
    index::IndexOptions options;
    options.uncertaintyRuns = 50;
    options.seed = 7;
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(storage, data.scope, false);
    if (!figures)
        return figures.errorText();
    Result<Assessment> run = runAssessment(storage, **figures, data, options);
    if (!run)
        return run.errorText();
    return QString::fromUtf8(air::indexCsv(*run));
}

ObservationEdit editOf(const ObservationRecord &r, double value, const QString &who)
{
    ObservationEdit e;
    e.region = r.region;
    e.indicator = r.indicator;
    e.year = r.year;
    e.oldValue = r.value;
    e.oldStatus = r.status;
    e.oldSourceRef = r.sourceRef;
    e.oldNote = r.note;
    e.value = value;
    e.status = u"user"_s;
    e.note = r.note;
    e.sourceRef = r.sourceRef;
    e.newSource = true;
    e.changedBy = who;
    e.reason = u"test"_s;
    return e;
}

ObservationRecord figure(Storage &storage, const QString &region, const QString &indicator, int year)
{
    ObservationFilter f;
    f.region = region;
    f.indicator = indicator;
    f.year = year;
    const Result<QList<ObservationRecord>> rows = storage.observations(f);
    return rows && !rows->isEmpty() ? rows->first() : ObservationRecord {};
}

// The recorded changes of one figure, oldest first; a failed read stops the test run.
QList<HistoryRecord> historyOf(Storage &storage, const QString &region, const QString &indicator, int year)
{
    ObservationFilter key;
    key.region = region;
    key.indicator = indicator;
    key.year = year;
    const Result<QList<HistoryRecord>> history = storage.history(key);
    if (!history)
        qFatal("cannot read the history: %s", qPrintable(history.errorText()));
    return *history;
}

const QByteArray observationHeader = "region,indicator,year,value,status,source,note\n";

// The id of a source the bundled data hold, for test rows.
QByteArray aSource(Storage &storage)
{
    const Result<QList<SourceRecord>> sources = storage.sources();
    if (!sources || sources->isEmpty())
        qFatal("no sources");
    return sources->first().id.toUtf8();
}

} // namespace

class TestStorage final : public QObject {
    Q_OBJECT
private slots:
    void bundledDataAndIndexAsOnAFile();
    void kosisLayoutsImportAlike();
    void kosisRecipesInTheCatalogue();
    void badInputChangesNothing();
    void twoDesksEditOneFigure();
    void modelShowsTheConflict();
    void twoImportsAtOnce();
    void changesReachAnotherDesk();
    void viewerReadsAndWritesNothing();
    void killedImporterLeavesTheDataAsBefore();
    void newerSchemaIsRefused();
    void olderSchemaTakesTheSameSteps();
    void copyBothWaysKeepsEveryRow();
    void scenariosAreKeptApartFromTheFigures();
    void refreshKeepsSourcesTheHistoryCites();
    void databaseRefusesFiguresWithoutTheirReferences();
    void boundaryImportIsInTheImportLog();
    void importsAreInTheHistory();
    void largeImportMeetsItsOwnRowsAndTheStoredOnes();
    void serverRefusalAfterTheImportMovedOnChangesNothing();
};

// A bundled source that only the history still names (its figure was edited, the new bundled data no
// longer cite it) was deleted by the refresh on SQLite, whose reference check then refused the
// whole refresh: the program could not start on that file again.
void TestStorage::refreshKeepsSourcesTheHistoryCites()
{
    Place place;
    const std::shared_ptr<Storage> desk = place.open();
    QTemporaryDir dir;
    // A source and a figure as the bundled data would bring them.
    const QString sources = writeFile(dir, u"sources.csv"_s,
        "id,publisher,title,url,published,retrieved,licence\n"
        "retired_test_source,test,TEST FIGURES,,2026-01-01,2026-01-01,\n");
    const QString figures = writeFile(dir, u"observations.csv"_s,
        observationHeader + "KR-46,population,1901,1000,estimate,retired_test_source,TEST FIGURE\n");
    ImportOptions asBundled;
    asBundled.origin = Origin::Bundled;
    const auto loaded = Importer::importFiles(*desk, { sources, figures }, asBundled);
    QVERIFY2(loaded.ok(), qPrintable(loaded.errorText()));
    // An official corrects the figure (a user source naming them): the history keeps the old source.
    ObservationEdit edit = editOf(figure(*desk, u"KR-46"_s, u"population"_s, 1901), 1001, u"김철수"_s);
    const auto edited = desk->editObservation(edit);
    QVERIFY2(edited.ok() && edited->written, qPrintable(edited.errorText()));
    // The program's next bundled data: the refresh drops the bundled rows, loads the new ones (which
    // no longer cite the source) and tidies the sources nothing cites.
    QSqlQuery q(static_cast<SqlStorage &>(*desk).connection());
    QVERIFY2(q.exec(u"UPDATE meta SET value = 'older' WHERE key = 'bundled_dataset'"_s), qPrintable(q.lastError().text()));
    const Status refreshed = BundledDataset::ensureLoaded(*desk);
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.errorText()));
    const QList<HistoryRecord> history = historyOf(*desk, u"KR-46"_s, u"population"_s, 1901);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().oldSourceTitle, u"TEST FIGURES"_s);
    QCOMPARE(figure(*desk, u"KR-46"_s, u"population"_s, 1901).value, 1001.0);
    const StorageCheck checked = desk->check();
    QVERIFY2(checked.problems.isEmpty(), qPrintable(checked.problems.join(u"; "_s)));
}

// The references hold in the database itself, not only in the program: a figure naming a region,
// an indicator or a source that does not exist is refused (SQLite's foreign keys; the server's
// statement-level checks, which name the reference), and so is deleting a source a figure cites.
void TestStorage::databaseRefusesFiguresWithoutTheirReferences()
{
    Place place;
    const std::shared_ptr<Storage> desk = place.open();
    QSqlDatabase db = static_cast<SqlStorage &>(*desk).connection();
    const qint64 region = test::scalar(db, u"SELECT ref FROM regions WHERE code = 'KR-46'"_s).toLongLong();
    const qint64 indicator = test::scalar(db, u"SELECT ref FROM indicators WHERE id = 'population'"_s).toLongLong();
    const qint64 source = test::scalar(db, u"SELECT MIN(source_ref) FROM observations"_s).toLongLong();
    const qint64 missing = 1 << 30;
    QVERIFY(region > 0 && indicator > 0 && source > 0);
    const QString before = test::dumpDatabase(db);
    auto insert = [&](qint64 r, qint64 i, qint64 s) {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, note, origin) "
                  "VALUES (?, ?, 1901, 1, 'estimate', ?, 'TEST FIGURE', 'user')"_s);
        q.addBindValue(r);
        q.addBindValue(i);
        q.addBindValue(s);
        return q.exec() ? QString() : q.lastError().text();
    };
    const QString badRegion = insert(missing, indicator, source);
    const QString badIndicator = insert(region, missing, source);
    const QString badSource = insert(region, indicator, missing);
    QVERIFY2(!badRegion.isEmpty() && !badIndicator.isEmpty() && !badSource.isEmpty(),
        qPrintable(badRegion + u" / "_s + badIndicator + u" / "_s + badSource));
    if (onServer()) {
        QVERIFY2(badRegion.contains(u"names a region"_s), qPrintable(badRegion));
        QVERIFY2(badIndicator.contains(u"names an indicator"_s), qPrintable(badIndicator));
        QVERIFY2(badSource.contains(u"names a source"_s), qPrintable(badSource));
    }
    QCOMPARE(test::dumpDatabase(db), before);
    QSqlQuery remove(db);
    QVERIFY(!remove.exec(u"DELETE FROM sources WHERE ref = %1"_s.arg(source)));
    QCOMPARE(test::dumpDatabase(db), before);
    // And a figure with all three is taken.
    QCOMPARE(insert(region, indicator, source), QString());
}

// A boundary import is a write like a figure import: its entry in the import log names the file and
// says how many outlines it added and replaced.
void TestStorage::boundaryImportIsInTheImportLog()
{
    Place place;
    const std::shared_ptr<Storage> desk = place.open();
    const qsizetype before = desk->imports()->size();
    // Made-up squares (TEST FIGURES), not real outlines.
    auto square = [](const QString &region, double x) {
        return RegionBoundaryRecord { region,
            { { { x, 34.77 }, { x + 0.1, 34.77 }, { x + 0.1, 34.85 }, { x, 34.85 }, { x, 34.77 } } }, u"squares.geojson"_s, 0,
            {}, {} };
    };
    QVERIFY(desk->saveRegionBoundaries({ square(u"KR-46-110"_s, 126.35), square(u"KR-46-130"_s, 127.35) }).ok());
    QVERIFY(desk->saveRegionBoundaries({ square(u"KR-46-110"_s, 126.40) }).ok());
    const QList<ImportLogRecord> log = *desk->imports();
    QCOMPARE(log.size(), before + 2);
    QCOMPARE(log[before].files, u"squares.geojson"_s);
    QCOMPARE(log[before].inserted, 2);
    QCOMPARE(log[before].replaced, 0);
    QCOMPARE(log[before + 1].inserted, 0);
    QCOMPARE(log[before + 1].replaced, 1);
}

// Every write is recorded: an import's entry in the import log (who, when, which files, what it
// wrote), and each figure it replaced in the figure's history, with the file as the reason.
void TestStorage::importsAreInTheHistory()
{
    Place place;
    const std::shared_ptr<Storage> desk = place.open();
    QTemporaryDir dir;
    const QByteArray source = aSource(*desk);
    const QString first = writeFile(dir, u"first.csv"_s,
        observationHeader + "KR-46,population,1901,1000,estimate," + source + ",TEST FIGURE\n"
            + "KR-46,population,1902,1000,estimate," + source + ",TEST FIGURE\n");
    const QString second = writeFile(dir, u"second.csv"_s,
        observationHeader + "KR-46,population,1901,2000,estimate," + source + ",TEST FIGURE corrected\n");
    QVERIFY(Importer::importFiles(*desk, { first }, {}).ok());
    ImportOptions replacing;
    replacing.replaceUserRows = true;
    const auto replaced = Importer::importFiles(*desk, { second }, replacing);
    QVERIFY2(replaced.ok(), qPrintable(replaced.errorText()));
    QCOMPARE(replaced->replaced(), 1);
    // A check-only run writes nothing, not even its entry.
    ImportOptions checking;
    checking.checkOnly = true;
    QVERIFY(Importer::importFiles(*desk, { second }, checking).ok());

    const auto log = desk->imports();
    QVERIFY2(log.ok(), qPrintable(log.errorText()));
    QCOMPARE(log->size(), 3); // the bundled dataset's load, then the two imports
    QCOMPARE(log->at(0).origin, u"bundled"_s);
    QVERIFY(log->at(0).inserted > 1000);
    QCOMPARE(log->at(1).files, u"first.csv"_s);
    QCOMPARE(log->at(1).inserted, 2);
    QCOMPARE(log->at(2).files, u"second.csv"_s);
    QCOMPARE(log->at(2).inserted, 0);
    QCOMPARE(log->at(2).replaced, 1);
    QCOMPARE(log->at(2).changedBy, desk->userName());
    QVERIFY(log->at(1).changedAt <= log->at(2).changedAt);

    const QList<HistoryRecord> history = historyOf(*desk, u"KR-46"_s, u"population"_s, 1901);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().oldValue.toDouble(), 1000.0);
    QCOMPARE(history.first().newValue.toDouble(), 2000.0);
    QCOMPARE(history.first().reason, u"import: second.csv"_s);
    QCOMPARE(history.first().changedBy, desk->userName());
    // Added, not changed: in the import log only.
    QCOMPARE(historyOf(*desk, u"KR-46"_s, u"population"_s, 1902).size(), 0);
}

void TestStorage::bundledDataAndIndexAsOnAFile()
{
    Place place;
    const std::shared_ptr<Storage> storage = place.open();
    QCOMPARE(storage->engineName(), onServer() ? u"PostgreSQL"_s : u"SQLite"_s);
    QVERIFY(!storage->readOnly());
    // The reference: a SQLite file with the same bundled data.
    QTemporaryDir dir;
    const auto file = openWithBundledData(dir.filePath(u"reference.sqlite"_s));
    QVERIFY2(file.ok(), qPrintable(file.errorText()));
    QCOMPARE(dump(*storage), dump(**file));
    const QString index = indexCsv(*storage);
    QVERIFY2(index.startsWith(u"region,"_s), qPrintable(index));
    QCOMPARE(index, indexCsv(**file));
    const StorageCheck check = storage->check();
    QVERIFY2(check.ok, qPrintable(check.problems.join(u'\n')));
    QCOMPARE(check.schemaVersion, schema::latestVersion());
    // Opening again loads nothing twice.
    const QString before = dump(*storage);
    QVERIFY(BundledDataset::ensureLoaded(*place.open(false)).ok());
    QCOMPARE(dump(*storage), before);
}

void TestStorage::kosisLayoutsImportAlike()
{
    struct Case {
        QString file;
        QList<std::pair<QString, QString>> maps;
        QList<std::pair<QString, QString>> filters;
    };
    const QList<Case> cases = {
        { u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s, { { u"고령인구비율"_s, u"aged_65_plus_share"_s } }, {} },
        { u"kosis/one_header_row_성별_20240101000000.csv"_s, { { u"성별"_s, u"employed_persons"_s } }, { { u"성별"_s, u"계"_s } } },
        { u"kosis/cp949/총조사인구_long_20200101120000.csv"_s, { { u"인구 (명)"_s, u"population"_s } }, { { u"연령별"_s, u"계"_s } } },
        { u"kosis/two_rows_short_names_20250101000000.csv"_s, { { u"정보통신업"_s, u"ict_workers"_s } }, {} },
    };
    Place place;
    const std::shared_ptr<Storage> storage = place.open();
    QTemporaryDir dir;
    const auto file = openWithBundledData(dir.filePath(u"reference.sqlite"_s));
    QVERIFY(file.ok());
    for (const Case &c : cases) {
        ImportOptions options;
        options.maps = c.maps;
        options.filters = c.filters;
        options.replaceUserRows = true;
        const auto here = Importer::importFiles(*storage, { test::dataPath(c.file) }, options);
        QVERIFY2(here.ok(), qPrintable(c.file + u": "_s + here.errorText()));
        const auto there = Importer::importFiles(**file, { test::dataPath(c.file) }, options);
        QVERIFY2(there.ok(), qPrintable(there.errorText()));
        QVERIFY2(here->written() + here->replaced() > 0, qPrintable(c.file));
        QCOMPARE(here->toText(), there->toText());
    }
    QCOMPARE(dump(*storage), dump(**file));
}

// The catalogue's KOSIS recipes (schema version 7): stored with the bundled indicators, read back,
// exported and imported again, written by an indicators file that has the columns and kept by one
// that has not; a download of a table with a recipe imports without --map, as on a file.
void TestStorage::kosisRecipesInTheCatalogue()
{
    Place place;
    const std::shared_ptr<Storage> storage = place.open();
    auto recipeOf = [&](const QString &id) -> QString {
        const Result<QList<IndicatorInfo>> all = storage->indicators();
        for (const IndicatorInfo &i : all ? *all : QList<IndicatorInfo>())
            if (i.id == id)
                return i.kosisTable + u'|' + i.kosisItem;
        return u"none"_s;
    };
    QCOMPARE(recipeOf(u"population"_s), u"주민등록인구(시도/시/군/구)|계"_s);
    QCOMPARE(recipeOf(u"doctors_per_1000"_s), u"인구 천명당 의료기관 종사 의사수(시도/시/군/구)|인구 천명당 의료기관 종사 의사수"_s);
    QCOMPARE(recipeOf(u"university_enrolled_students_national_share"_s), u"|"_s);
    const Result<TableRows> exported = storage->exportRows(u"indicators"_s, {});
    QVERIFY(exported.ok());
    QVERIFY(exported->columns.contains(u"kosis_table"_s) && exported->columns.contains(u"kosis_item"_s));

    QTemporaryDir dir;
    const QByteArray header = "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator";
    const QByteArray row = "recipe_test,context,,시험,recipe test,명,higher,sum,";
    ImportOptions replace;
    replace.replaceUserRows = true;
    QVERIFY(Importer::importFiles(*storage, { writeFile(dir, u"with.csv"_s, header + ",kosis_table,kosis_item\n" + row
                                                  + ",시험 통계표(시도),시험 항목\n") }, replace).ok());
    QCOMPARE(recipeOf(u"recipe_test"_s), u"시험 통계표(시도)|시험 항목"_s);
    QVERIFY(Importer::importFiles(*storage, { writeFile(dir, u"without.csv"_s, header + "\n" + row + "\n") }, replace).ok());
    QCOMPARE(recipeOf(u"recipe_test"_s), u"시험 통계표(시도)|시험 항목"_s);
    const auto half = Importer::importFiles(*storage, { writeFile(dir, u"half.csv"_s, header + ",kosis_table,kosis_item\n" + row
                                                        + ",시험 통계표(시도),\n") }, replace);
    QVERIFY(!half.ok());
    QVERIFY2(half.errorText().contains(u"kosis_item"_s), qPrintable(half.errorText()));

    const auto imported = Importer::importFiles(*storage,
        { test::dataPath(u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s) }, replace);
    QVERIFY2(imported.ok(), qPrintable(imported.errorText()));
    QVERIFY2(imported->toText().contains(u"→ aged_65_plus_share"_s), qPrintable(imported->toText()));
}

void TestStorage::badInputChangesNothing()
{
    Place place;
    const std::shared_ptr<Storage> storage = place.open();
    const QString before = dump(*storage);
    QTemporaryDir dir;
    // Good rows first, then a bad one: nothing of the file may stay.
    const QByteArray source = aSource(*storage);
    QByteArray csv = observationHeader;
    for (int year = 1901; year < 1951; ++year)
        csv += "KR-46,population," + QByteArray::number(year) + ",1000,estimate," + source + ",TEST\n";
    csv += "KR-46,population,1951,-5,estimate," + source + ",TEST\n";
    const auto report = Importer::importFiles(*storage, { writeFile(dir, u"bad.csv"_s, csv) }, {});
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(u"bad.csv:52"_s), qPrintable(report.errorText()));
    QCOMPARE(dump(*storage), before);
    // A source that does not exist: refused by the importer, nothing written.
    const auto unknown = Importer::importFiles(*storage,
        { writeFile(dir, u"unknown.csv"_s, observationHeader + "KR-46,population,1901,1,estimate,no_such_source,\n") }, {});
    QVERIFY(!unknown.ok());
    QCOMPARE(dump(*storage), before);
    // Not only the program: the engine refuses a figure of a region, indicator or source that does
    // not exist, and the deletion of a source that figures cite.
    QSqlQuery raw(static_cast<SqlStorage &>(*storage).connection());
    QVERIFY(!raw.exec(u"INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, note, origin) "
                      "SELECT 999999, ref, 1901, 1, 'estimate', (SELECT min(ref) FROM sources), '', 'user' FROM indicators LIMIT 1"_s));
    QVERIFY(!raw.exec(u"INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, note, origin) "
                      "SELECT (SELECT min(ref) FROM regions), ref, 1901, 1, 'estimate', 999999, '', 'user' FROM indicators LIMIT 1"_s));
    QVERIFY(!raw.exec(u"DELETE FROM sources WHERE ref = (SELECT min(source_ref) FROM observations)"_s));
    raw.finish();
    QCOMPARE(dump(*storage), before);
}

void TestStorage::twoDesksEditOneFigure()
{
    Place place;
    const std::shared_ptr<Storage> deskA = place.open();
    const std::shared_ptr<Storage> deskB = place.open(false);
    const ObservationRecord read = figure(*deskA, u"KR-46"_s, u"doctors_per_1000"_s, 2024);
    QVERIFY(read.year == 2024);
    // Desk B changes it first.
    const auto b = deskB->editObservation(editOf(read, 3.4, u"홍길동"_s));
    QVERIFY2(b.ok(), qPrintable(b.errorText()));
    QVERIFY(b->written);
    // Desk A, still holding what it read, is refused with B's value and name; nothing is written.
    const auto a = deskA->editObservation(editOf(read, 3.1, u"김철수"_s));
    QVERIFY2(a.ok(), qPrintable(a.errorText()));
    QVERIFY(!a->written);
    QVERIFY(a->conflict.has_value());
    QCOMPARE(a->conflict->value, 3.4);
    QCOMPARE(a->conflict->changedBy, u"홍길동"_s);
    QCOMPARE(figure(*deskA, u"KR-46"_s, u"doctors_per_1000"_s, 2024).value, 3.4);
    // A chooses to write its own: recorded as replacing B's.
    ObservationEdit mine = editOf(read, 3.1, u"김철수"_s);
    mine.force = true;
    const auto forced = deskA->editObservation(mine);
    QVERIFY2(forced.ok() && forced->written, qPrintable(forced.errorText()));
    QCOMPARE(figure(*deskB, u"KR-46"_s, u"doctors_per_1000"_s, 2024).value, 3.1);
    ObservationFilter key;
    key.region = u"KR-46"_s;
    key.indicator = u"doctors_per_1000"_s;
    key.year = 2024;
    const auto history = deskB->history(key);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).newValue.toDouble(), 3.4);
    QCOMPARE(history->at(1).oldValue.toDouble(), 3.4);
    QCOMPARE(history->at(1).newValue.toDouble(), 3.1);
    QCOMPARE(history->at(1).changedBy, u"김철수"_s);
}

void TestStorage::modelShowsTheConflict()
{
    Place place;
    const std::shared_ptr<Storage> deskA = place.open();
    const std::shared_ptr<Storage> deskB = place.open(false);
    ObservationsModel model(*deskA);
    ObservationsModel::Filter filter;
    filter.region = u"KR-46"_s;
    filter.indicator = u"doctors_per_1000"_s;
    filter.year = 2024;
    QVERIFY(model.load(filter));
    QCOMPARE(model.rowCount(), 1);
    const ObservationRecord read = figure(*deskB, u"KR-46"_s, u"doctors_per_1000"_s, 2024);
    QVERIFY(deskB->editObservation(editOf(read, 3.4, u"홍길동"_s)).ok());
    QSignalSpy conflict(&model, &ObservationsModel::editConflict);
    QVERIFY(!model.setData(model.index(0, ObservationsModel::Value), 3.1));
    QCOMPARE(conflict.count(), 1);
    const QString message = conflict.first().first().toString();
    QVERIFY2(message.contains(u"3.4"_s) && message.contains(u"2.6"_s) && message.contains(u"홍길동"_s), qPrintable(message));
    QCOMPARE(model.index(0, ObservationsModel::Value).data(roleOf(ItemRole::RawValue)).toDouble(), 3.4);
    QVERIFY(!model.canUndo());
}

void TestStorage::twoImportsAtOnce()
{
    Place place;
    const std::shared_ptr<Storage> first = place.open();
    const std::shared_ptr<Storage> second = place.open(false);
    QTemporaryDir dir;
    const QByteArray source = aSource(*first);
    auto rows = [&source](const QByteArray &regionA, const QByteArray &regionB) {
        QByteArray csv = observationHeader;
        for (const QByteArray &region : { regionA, regionB })
            for (int year = 1901; year < 2001; ++year)
                csv += region + ",population," + QByteArray::number(year) + ",1000,estimate," + source + ",TEST\n";
        return csv;
    };
    // Years no bundled figure has: every row new.
    const QString a = writeFile(dir, u"a.csv"_s, rows("KR-46", "KR-45"));
    const QString b = writeFile(dir, u"b.csv"_s, rows("KR-41", "KR-11"));
    Result<ImportReport> ra = Problem {}, rb = Problem {};
    QThread *ta = QThread::create([&] {
        ra = Importer::importFiles(*first, { a }, {});
        first->releaseThread();
    });
    QThread *tb = QThread::create([&] {
        rb = Importer::importFiles(*second, { b }, {});
        second->releaseThread();
    });
    ta->start();
    tb->start();
    QVERIFY(ta->wait(120000));
    QVERIFY(tb->wait(120000));
    delete ta;
    delete tb;
    QVERIFY2(ra.ok(), qPrintable(ra.errorText()));
    QVERIFY2(rb.ok(), qPrintable(rb.errorText()));
    QCOMPARE(ra->written(), 200);
    QCOMPARE(rb->written(), 200);
    ObservationFilter f;
    f.indicator = u"population"_s;
    f.regions = { u"KR-46"_s, u"KR-45"_s, u"KR-41"_s, u"KR-11"_s };
    const auto counts = first->countObservations(f);
    QVERIFY(counts.ok());
    QCOMPARE(counts->byOrigin.value(u"user"_s), 400);
}

void TestStorage::changesReachAnotherDesk()
{
    Place place;
    const std::shared_ptr<Storage> watcher = place.open();
    const std::shared_ptr<Storage> editor = place.open(false);
    QStringList seen;
    QObject context;
    const bool watching = watcher->watchChanges(&context, [&seen](const QString &what) { seen << what; });
    if (!onServer()) {
        QVERIFY(!watching); // a file cannot tell: the window offers 새로 고침 instead
        return;
    }
    QVERIFY(watching);
    // The watching desk's own connection on another thread (as the import dialog's worker has) is not
    // another desk: its change is not announced as one.
    bool ownEdit = false;
    QThread *worker = QThread::create([&] {
        const ObservationRecord mine = figure(*watcher, u"KR-46"_s, u"doctors_per_1000"_s, 2023);
        ownEdit = watcher->editObservation(editOf(mine, 2.7, u"watcher"_s)).ok();
        watcher->releaseThread();
    });
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(ownEdit);
    QTest::qWait(1000); // a notice would have arrived by now
    QVERIFY2(seen.isEmpty(), qPrintable(seen.join(u" / "_s)));
    const ObservationRecord read = figure(*editor, u"KR-46"_s, u"doctors_per_1000"_s, 2024);
    QVERIFY(editor->editObservation(editOf(read, 2.9, u"editor"_s)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 5000);
    QVERIFY2(seen.first().startsWith(u"update"_s), qPrintable(seen.first()));
    // What and who, without the server's session number.
    QCOMPARE(seen.first(), u"update "_s + editor->userName());
    // The index of the watching desk sees the change once it reloads.
    QCOMPARE(figure(*watcher, u"KR-46"_s, u"doctors_per_1000"_s, 2024).value, 2.9);
}

void TestStorage::viewerReadsAndWritesNothing()
{
    Place place;
    const std::shared_ptr<Storage> owner = place.open();
    if (!onServer()) {
        // A file's equivalent: opened read-only, it refuses imports and edits.
        StorageOptions readOnly;
        readOnly.readOnly = true;
        const auto viewer = openStorage(place.locator(), readOnly);
        QVERIFY(viewer.ok());
        QVERIFY((*viewer)->readOnly());
        QCOMPARE((*viewer)->initTeam().errorKind(), ErrorKind::Invalid);
        const auto edit = (*viewer)->editObservation(editOf(figure(**viewer, u"KR-46"_s, u"doctors_per_1000"_s, 2024), 9, u"v"_s));
        QCOMPARE(edit.errorKind(), ErrorKind::ReadOnly);
        return;
    }
    QVERIFY2(owner->initTeam().ok(), qPrintable(owner->initTeam().errorText()));
    const QString user = u"viewer_%1"_s.arg(QCoreApplication::applicationPid());
    {
        QSqlDatabase admin = static_cast<SqlStorage &>(*owner).connection();
        QSqlQuery q(admin);
        QVERIFY2(q.exec(u"DROP ROLE IF EXISTS %1"_s.arg(user)) || true, "");
        QVERIFY2(q.exec(u"CREATE ROLE %1 LOGIN"_s.arg(user)), qPrintable(q.lastError().text()));
    }
    QVERIFY2(owner->grantTeamRole(user, u"viewer"_s).ok(), qPrintable(owner->grantTeamRole(user, u"viewer"_s).errorText()));
    const QString before = dump(*owner);
    {
        const auto viewer = openWithBundledData(place.locatorAs(user));
        QVERIFY2(viewer.ok(), qPrintable(viewer.errorText()));
        QVERIFY((*viewer)->readOnly());
        QCOMPARE(dump(**viewer), before); // reads everything
        QTemporaryDir dir;
        const auto report = Importer::importFiles(**viewer,
            { writeFile(dir, u"v.csv"_s, observationHeader + "KR-46,population,1901,1,estimate," + aSource(**viewer) + ",\n") }, {});
        QCOMPARE(report.errorKind(), ErrorKind::ReadOnly);
        const auto edit = (*viewer)->editObservation(editOf(figure(**viewer, u"KR-46"_s, u"doctors_per_1000"_s, 2024), 9, user));
        QCOMPARE(edit.errorKind(), ErrorKind::ReadOnly);
        // Not only the program: the server itself refuses the viewer's writes.
        QSqlDatabase raw = static_cast<SqlStorage &>(**viewer).connection();
        QSqlQuery q(raw);
        QVERIFY(!q.exec(u"UPDATE observations SET value = 0"_s));
        QCOMPARE(q.lastError().nativeErrorCode(), u"42501"_s);
        (*viewer)->releaseThread();
    }
    QCOMPARE(dump(*owner), before);
    QSqlQuery cleanup(static_cast<SqlStorage &>(*owner).connection());
    (void)cleanup.exec(u"REVOKE air_viewer FROM %1"_s.arg(user));
}

// Up to count indicators that take figures of their own (not derived from others) and accept a
// value of at most lowest (their minimum is none or below it).
QStringList storedIndicators(Storage &storage, double lowest, int count)
{
    QStringList ids;
    const Result<QList<IndicatorInfo>> all = storage.indicators();
    if (!all)
        qFatal("cannot read the indicators: %s", qPrintable(all.errorText()));
    for (const IndicatorInfo &i : *all)
        if (i.valuesFrom.isEmpty() && (i.minimum.isNull() || i.minimum.toDouble() <= lowest) && ids.size() < count)
            ids << i.id;
    return ids;
}

// Rows of districts, which the bundled data gives no figure: enough for the bulk path (COPY on a
// server, the C API on a file), values from value(row number).
QByteArray districtRows(Storage &storage, const QStringList &indicators, int years, const std::function<double(int)> &value)
{
    const QByteArray source = aSource(storage);
    QByteArray csv = observationHeader;
    const Result<QList<RegionRecord>> regions = storage.regions();
    int n = 0;
    for (const RegionRecord &r : regions ? *regions : QList<RegionRecord>()) {
        if (r.level != 2)
            continue;
        for (const QString &indicator : indicators)
            for (int year = 1901; year < 1901 + years; ++year)
                csv += r.code.toUtf8() + "," + indicator.toUtf8() + "," + QByteArray::number(year) + ","
                    + QByteArray::number(value(n++)) + ",estimate," + source + ",TEST FIGURE\n";
    }
    return csv;
}

void TestStorage::largeImportMeetsItsOwnRowsAndTheStoredOnes()
{
    Place place;
    const std::shared_ptr<Storage> desk = place.open();
    QTemporaryDir dir;
    // Two files of one import with the same 220 keys (22 districts, 10 years): the second file's rows
    // meet the first's, written in the same transaction (on a server: the keys this import sent by
    // COPY, which a COPY of the second file would have collided with).
    const QStringList population = { u"population"_s };
    const QString first = writeFile(dir, u"first.csv"_s, districtRows(*desk, population, 10, [](int n) { return 1000 + n; }));
    const QString second = writeFile(dir, u"second.csv"_s, districtRows(*desk, population, 10, [](int n) { return 5000 + n; }));
    ImportOptions replacing;
    replacing.replaceUserRows = true;
    const auto both = Importer::importFiles(*desk, { first, second }, replacing);
    QVERIFY2(both.ok(), qPrintable(both.errorText()));
    QCOMPARE(both->files.size(), 2);
    QCOMPARE(both->files.at(0).written, 220);
    QCOMPARE(both->files.at(1).written, 0);
    QCOMPARE(both->files.at(1).replaced, 220);
    QCOMPARE(figure(*desk, u"KR-46-110"_s, u"population"_s, 1901).value, 5000.0);
    // A later import of the same keys: now they are the server's, asked for batch by batch.
    const QString third = writeFile(dir, u"third.csv"_s, districtRows(*desk, population, 10, [](int n) { return 9000 + n; }));
    const auto again = Importer::importFiles(*desk, { third }, replacing);
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
    QCOMPARE(again->files.at(0).written, 0);
    QCOMPARE(again->files.at(0).replaced, 220);
    QCOMPARE(figure(*desk, u"KR-46-110"_s, u"population"_s, 1901).value, 9000.0);
    QCOMPARE(historyOf(*desk, u"KR-46-110"_s, u"population"_s, 1901).size(), 2);
    // One batch of both: the 220 stored keys and 220 new years (1911-1920) of the same districts.
    QByteArray mixed = districtRows(*desk, population, 20, [](int n) { return 20000 + n; });
    const QString fourth = writeFile(dir, u"fourth.csv"_s, mixed);
    const auto both2 = Importer::importFiles(*desk, { fourth }, replacing);
    QVERIFY2(both2.ok(), qPrintable(both2.errorText()));
    QCOMPARE(both2->files.at(0).written, 220);
    QCOMPARE(both2->files.at(0).replaced, 220);
    QCOMPARE(figure(*desk, u"KR-46-110"_s, u"population"_s, 1901).value, 20000.0);
    QCOMPARE(figure(*desk, u"KR-46-110"_s, u"population"_s, 1920).value, 20019.0);
}

void TestStorage::serverRefusalAfterTheImportMovedOnChangesNothing()
{
    if (!onServer())
        QSKIP("a server's COPY runs while the importer reads on; a file's import has no such stage");
    Place place;
    const std::shared_ptr<Storage> desk = place.open();
    // The server refuses one row of the first batch (a constraint this test adds as the owner),
    // which the importer learns only after it has read and handed over the next batch.
    QSqlQuery owner(static_cast<SqlStorage &>(*desk).connection());
    QVERIFY2(owner.exec(u"ALTER TABLE observations ADD CONSTRAINT test_refuses_a_row CHECK (value <> 4321) NOT VALID"_s),
        qPrintable(owner.lastError().text()));
    const QStringList indicators = storedIndicators(*desk, 1, 60);
    QCOMPARE(indicators.size(), 60);
    // 22 districts x 60 indicators x 60 years = 79,200 rows: more than one batch of 65,536.
    const QByteArray rows = districtRows(*desk, indicators, 60, [](int n) { return n == 100 ? 4321 : 1 + n % 50; });
    QTemporaryDir dir;
    const QString file = writeFile(dir, u"big.csv"_s, rows);
    const QString before = dump(*desk);
    const auto report = Importer::importFiles(*desk, { file }, {});
    QVERIFY(!report.ok());
    QVERIFY2(report.errorText().contains(u"test_refuses_a_row"_s), qPrintable(report.errorText().left(600)));
    // Named where it is: the file's line 102 (the header, then row 100 from 0), with the server's kind,
    // once, though the importer had read on to the next batch when the server refused it.
    QCOMPARE(report.problems().size(), 1);
    QCOMPARE(report.problems().first().line, 102);
    QVERIFY(report.problems().first().file.endsWith(u"big.csv"_s));
    QCOMPARE(report.errorKind(), ErrorKind::Conflict);
    QCOMPARE(dump(*desk), before);
    // A check only says the same: the rows went to the server and came back refused.
    ImportOptions checking;
    checking.checkOnly = true;
    const auto checked = Importer::importFiles(*desk, { file }, checking);
    QVERIFY(!checked.ok());
    QCOMPARE(checked.problems().size(), 1);
    QCOMPARE(checked.problems().first().line, 102);
    // So does a refusal in the last batch of a file, found at the end of the import.
    const QString small = writeFile(dir, u"small.csv"_s, districtRows(*desk, { indicators.first() }, 10, [](int n) {
        return n == 150 ? 4321 : 1 + n;
    }));
    const auto last = Importer::importFiles(*desk, { small }, checking);
    QVERIFY(!last.ok());
    QCOMPARE(last.problems().size(), 1);
    QCOMPARE(last.problems().first().line, 152);
    QVERIFY(last.problems().first().file.endsWith(u"small.csv"_s));
    QCOMPARE(dump(*desk), before);
    QVERIFY(owner.exec(u"ALTER TABLE observations DROP CONSTRAINT test_refuses_a_row"_s));
    // The connection is whole again: the same file goes in.
    const auto again = Importer::importFiles(*desk, { file }, {});
    QVERIFY2(again.ok(), qPrintable(again.errorText().left(600)));
    QCOMPARE(again->written(), 79200);
}

void TestStorage::killedImporterLeavesTheDataAsBefore()
{
    Place place;
    const std::shared_ptr<Storage> storage = place.open();
    const QString before = dump(*storage);
    QTemporaryDir dir;
    const QByteArray source = aSource(*storage);
    QByteArray csv = observationHeader;
    // Enough rows (about 200,000) that the import is still running when it is killed.
    const QStringList indicators = storedIndicators(*storage, 1000, 60);
    QList<QByteArray> provinces;
    const Result<QList<RegionRecord>> regions = storage->regions();
    QVERIFY(regions.ok());
    for (const RegionRecord &r : *regions)
        if (r.level == 1)
            provinces << r.code.toUtf8();
    for (int year = 1901; year <= 2000; ++year)
        for (const QByteArray &region : std::as_const(provinces))
            for (const QString &indicator : std::as_const(indicators))
                csv += region + "," + indicator.toUtf8() + "," + QByteArray::number(year) + ",1000,estimate," + source
                    + ",TEST\n";
    const QString file = writeFile(dir, u"big.csv"_s, csv);
    storage->releaseThread();
    QProcess importer;
    importer.start(QStringLiteral(AIR_EXECUTABLE), { u"--db"_s, place.locator(), u"import"_s, file });
    QVERIFY(importer.waitForStarted());
    QTest::qWait(300);
    // Never kill(0, ...): that would be this whole process group.
    if (importer.state() != QProcess::Running || importer.processId() <= 0)
        QFAIL(qPrintable(u"the import ended before it could be killed: "_s + QString::fromUtf8(importer.readAllStandardError())));
    ::kill(pid_t(importer.processId()), SIGKILL);
    QVERIFY(importer.waitForFinished(10000));
    QCOMPARE(importer.exitStatus(), QProcess::CrashExit);
    // Whatever it had written is gone; and it holds no lock: the next import goes through.
    const std::shared_ptr<Storage> after = place.open(false);
    QCOMPARE(dump(*after), before);
    const auto again = Importer::importFiles(*after,
        { writeFile(dir, u"small.csv"_s, observationHeader + "KR-46,population,1901,1,estimate," + source + ",\n") }, {});
    QVERIFY2(again.ok(), qPrintable(again.errorText()));
}

void TestStorage::newerSchemaIsRefused()
{
    Place place;
    {
        const std::shared_ptr<Storage> storage = place.open(false);
        QSqlDatabase raw = static_cast<SqlStorage &>(*storage).connection();
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(schema::latestVersion() + 1)));
        storage->releaseThread();
    }
    const auto again = openStorage(place.locator());
    QVERIFY(!again.ok());
    QCOMPARE(again.errorKind(), ErrorKind::Incompatible);
    QVERIFY2(again.errorText().contains(u"newer"_s), qPrintable(again.errorText()));
}

void TestStorage::olderSchemaTakesTheSameSteps()
{
    Place place;
    const int latest = schema::latestVersion();
    QVERIFY(latest >= 9);
    // The tables the last step creates (for example region_boundaries in version 10): absent before it, there after.
    QStringList lastTables;
    static const QRegularExpression created(u"^CREATE TABLE (\\w+)"_s);
    for (const QString &statement : schema::stepStatements(latest - 1))
        if (const QRegularExpressionMatch m = created.match(statement); m.hasMatch())
            lastTables << m.captured(1);
    QVERIFY(!lastTables.isEmpty());
    {
        // A database at the version before: on a server, the latest one with the last step undone
        // by hand, its team roles set up; a file is made at that version.
        std::shared_ptr<Storage> storage;
        if (onServer()) {
            storage = place.open(false);
            QVERIFY(storage->initTeam().ok());
            QSqlQuery q(static_cast<SqlStorage &>(*storage).connection());
            for (const QString &table : std::as_const(lastTables))
                QVERIFY(q.exec(u"DROP TABLE %1"_s.arg(table)));
            QVERIFY(q.exec(u"UPDATE meta SET value = '%1' WHERE key = 'schema_version'"_s.arg(latest - 1)));
            // An older program's version of a server function (here one that checks nothing).
            QVERIFY(q.exec(u"CREATE OR REPLACE FUNCTION air_observations_references() RETURNS trigger LANGUAGE plpgsql "
                           "AS $$ BEGIN RETURN NULL; END $$"_s));
        } else {
            StorageOptions older;
            older.schemaVersion = latest - 1;
            const auto opened = openStorage(place.locator(), older);
            QVERIFY2(opened.ok(), qPrintable(opened.errorText()));
            storage = *opened;
        }
        QSqlQuery q(static_cast<SqlStorage &>(*storage).connection());
        for (const QString &table : std::as_const(lastTables))
            QVERIFY2(!q.exec(u"SELECT count(*) FROM %1"_s.arg(table)), qPrintable(table));
        storage->releaseThread();
    }
    const std::shared_ptr<Storage> again = place.open();
    QCOMPARE(again->check().schemaVersion, latest);
    QVERIFY(again->check().ok);
    QSqlQuery q(static_cast<SqlStorage &>(*again).connection());
    for (const QString &table : std::as_const(lastTables))
        QVERIFY2(q.exec(u"SELECT count(*) FROM %1"_s.arg(table)), qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(u"SELECT count(*) FROM import_log WHERE origin = 'bundled'"_s) && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(q.value(0).toInt(), 1); // and the bundled dataset's load is its first entry
    // The saved views' tables (the step before) work through the storage: a view saved, with its history.
    SavedViewRecord view;
    view.name = u"after the step"_s;
    const Status saved = again->saveView(view);
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    QCOMPARE(again->savedViewHistory()->size(), 1);
    // `check` counts the new table's rows.
    const StorageCheck check = again->check();
    QVERIFY(std::any_of(check.counts.cbegin(), check.counts.cend(),
        [](const auto &count) { return count.first == u"region_boundaries"_s && count.second == 0; }));
    if (onServer()) {
        // The team's roles reach the new tables: a viewer reads them, an editor writes them.
        for (const QString &table : std::as_const(lastTables)) {
            QVERIFY(q.exec(u"SELECT has_table_privilege('air_viewer', '%1', 'SELECT'), "
                           "has_table_privilege('air_editor', '%1', 'INSERT')"_s.arg(table)) && q.next());
            QVERIFY2(q.value(0).toBool(), qPrintable(table));
            QVERIFY2(q.value(1).toBool(), qPrintable(table));
        }
        // And the server's functions are this program's again: a figure without its region is refused.
        QVERIFY(!q.exec(u"INSERT INTO observations (region_ref, indicator_ref, year, value, status, source_ref, note, origin) "
                        "SELECT 1073741824, indicator_ref, 1901, 1, 'estimate', source_ref, '', 'user' FROM observations LIMIT 1"_s));
        QVERIFY2(q.lastError().text().contains(u"names a region"_s), qPrintable(q.lastError().text()));
    }
}

void TestStorage::copyBothWaysKeepsEveryRow()
{
    Place place;
    const std::shared_ptr<Storage> source = place.open();
    // A user's figure with its history, besides the bundled rows.
    const ObservationRecord read = figure(*source, u"KR-46"_s, u"doctors_per_1000"_s, 2024);
    QVERIFY(source->editObservation(editOf(read, 3.3, u"홍길동"_s)).ok());
    // And a saved view (issue 17, 3).
    SavedViewRecord view;
    view.name = u"국장 보고"_s;
    view.region = u"KR-46"_s;
    view.year = 2024;
    QVERIFY(source->saveView(view).ok());
    // And a region's boundary (a made-up square, TEST FIGURES), so that the copy carries the table.
    RegionBoundaryRecord square { u"KR-46-110"_s,
        { { { 126.35, 34.77 }, { 126.45, 34.77 }, { 126.45, 34.85 }, { 126.35, 34.85 }, { 126.35, 34.77 } } },
        u"squares.geojson"_s, 0, {}, {} };
    QVERIFY(source->saveRegionBoundaries({ square }).ok());
    const QString before = dump(*source);
    QVERIFY(before.contains(u"== region boundaries (1)\nKR-46-110|126.350000 34.770000,"_s));
    QVERIFY(before.contains(u"== saved views (1)\n국장 보고|1||KR-46||2024|"_s));
    const auto dumped = source->dumpAll();
    QVERIFY2(dumped.ok(), qPrintable(dumped.errorText()));
    // Into a file, and from that file into a new place of this engine.
    QTemporaryDir dir;
    const auto file = openStorage(dir.filePath(u"copy.sqlite"_s));
    QVERIFY(file.ok());
    QVERIFY2((*file)->restoreAll(*dumped).ok(), qPrintable((*file)->restoreAll(*dumped).errorText()));
    QCOMPARE(dump(**file), before);
    QVERIFY((*file)->check().ok);
    Place back;
    const std::shared_ptr<Storage> target = back.open(false);
    const auto again = (*file)->dumpAll();
    QVERIFY(again.ok());
    const Status restored = target->restoreAll(*again);
    QVERIFY2(restored.ok(), qPrintable(restored.errorText()));
    QCOMPARE(dump(*target), before);
    QCOMPARE(target->history({})->size(), 1);
    QVERIFY(target->check().ok);
    // The copy keeps the bundled dataset's version: opening it loads nothing again.
    QVERIFY(BundledDataset::ensureLoaded(*target).ok());
    QCOMPARE(dump(*target), before);
    // A target that holds figures is refused, and left as it was.
    QCOMPARE(target->restoreAll(*again).errorKind(), ErrorKind::Conflict);
    QCOMPARE(dump(*target), before);
    // After a copy, new rows get refs of their own (the server's sequences continue after the copied ones).
    QTemporaryDir more;
    const auto added = Importer::importFiles(*target,
        { writeFile(more, u"new.csv"_s, "id,publisher,title,url,published,retrieved,licence\nnew_source,Test,After the copy,,,,\n") }, {});
    QVERIFY2(added.ok(), qPrintable(added.errorText()));
}

// Issue 14: a scenario is stored apart from the observations, on both engines: saved, read back,
// replaced, renamed, deleted, each recorded in the scenarios' history; a bad change is refused and
// writes nothing; the figures never change; a copy carries the scenarios and their history.
void TestStorage::scenariosAreKeptApartFromTheFigures()
{
    Place place;
    const std::shared_ptr<Storage> desk = place.open();
    const QString figuresBefore = dump(*desk);
    const ScenarioRecord clinic { u"솔라시도 AI 클러스터"_s, u"the plans, and more researchers"_s,
        { { u"KR-46"_s, u"medical_school_quota_allocated"_s, 2025, 100, u"계획: 의과대학"_s, u"jeonnam"_s, u"j15"_s },
            { u"KR-46"_s, u"researchers"_s, 2023, 12000.5, u"typed"_s, {}, {} } },
        {}, {}, {}, {} };
    const Status first = desk->saveScenario(clinic);
    QVERIFY2(first.ok(), qPrintable(first.errorText()));
    Result<QList<ScenarioRecord>> saved = desk->scenarios();
    QVERIFY2(saved.ok(), qPrintable(saved.errorText()));
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->first().name, clinic.name);
    QCOMPARE(saved->first().description, clinic.description);
    QCOMPARE(saved->first().changes, clinic.changes);
    QVERIFY(!saved->first().createdAt.isEmpty());
    QCOMPARE(dump(*desk), figuresBefore); // the figures, the catalogue and their history as they were

    // Saved again under the same name: its changes are the new ones.
    ScenarioRecord fewer = clinic;
    fewer.changes.removeLast();
    QVERIFY(desk->saveScenario(fewer).ok());
    QCOMPARE(desk->scenarios()->first().changes, fewer.changes);
    // A change naming an unknown region or indicator, or one figure twice, is refused, and nothing changes.
    ScenarioRecord bad = fewer;
    bad.changes << ScenarioChange { u"KR-99"_s, u"researchers"_s, 2023, 1, {}, {}, {} };
    QCOMPARE(desk->saveScenario(bad).errorKind(), ErrorKind::Invalid);
    bad.changes.last() = ScenarioChange { u"KR-46"_s, u"no_such_indicator"_s, 2023, 1, {}, {}, {} };
    QCOMPARE(desk->saveScenario(bad).errorKind(), ErrorKind::Invalid);
    bad.changes.last() = bad.changes.first();
    QCOMPARE(desk->saveScenario(bad).errorKind(), ErrorKind::Invalid);
    QCOMPARE(desk->scenarios()->first().changes, fewer.changes);

    // Renamed (its changes follow it), onto a taken name refused, deleted; unknown names are NotFound.
    QVERIFY(desk->saveScenario({ u"other"_s, {}, {}, {}, {}, {}, {} }).ok());
    QCOMPARE(desk->renameScenario(clinic.name, u"other"_s).errorKind(), ErrorKind::Conflict);
    QVERIFY(desk->renameScenario(clinic.name, u"계획 달성"_s).ok());
    QCOMPARE(desk->renameScenario(u"nobody"_s, u"x"_s).errorKind(), ErrorKind::NotFound);
    saved = desk->scenarios();
    QCOMPARE(saved->size(), 2);
    QCOMPARE(saved->at(1).name, u"계획 달성"_s);
    QCOMPARE(saved->at(1).changes, fewer.changes);
    QVERIFY(desk->deleteScenario(u"other"_s).ok());
    QCOMPARE(desk->deleteScenario(u"other"_s).errorKind(), ErrorKind::NotFound);
    QCOMPARE(desk->scenarios()->size(), 1);

    // Every save, rename and delete is in the history, with who and when.
    Result<QList<ScenarioHistoryRecord>> history = desk->scenarioHistory();
    QVERIFY(history.ok());
    QStringList actions;
    for (const ScenarioHistoryRecord &h : *history) {
        actions << h.action + u':' + h.scenario + u':' + QString::number(h.changes);
        QVERIFY(!h.changedAt.isEmpty());
        QCOMPARE(h.changedBy, desk->userName());
    }
    QCOMPARE(actions, (QStringList { u"save:솔라시도 AI 클러스터:2"_s, u"save:솔라시도 AI 클러스터:1"_s, u"save:other:0"_s,
                          u"rename:계획 달성:1"_s, u"delete:other:0"_s }));
    QCOMPARE(history->at(3).detail, clinic.name);
    QCOMPARE(dump(*desk), figuresBefore);

    // A copy into a new file carries the scenarios and their history.
    const auto dumped = desk->dumpAll();
    QVERIFY(dumped.ok());
    QTemporaryDir dir;
    const auto file = openStorage(dir.filePath(u"copy.sqlite"_s));
    QVERIFY(file.ok());
    QVERIFY2((*file)->restoreAll(*dumped).ok(), qPrintable((*file)->restoreAll(*dumped).errorText()));
    QCOMPARE((*file)->scenarios()->first().changes, fewer.changes);
    QCOMPARE((*file)->scenarioHistory()->size(), history->size());
    QVERIFY((*file)->check().ok);
    // ... and the copy records its own next action after the copied ones.
    QVERIFY((*file)->deleteScenario(u"계획 달성"_s).ok());
    QCOMPARE((*file)->scenarioHistory()->size(), history->size() + 1);
}

} // namespace air

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments();
    if (const qsizetype at = arguments.indexOf(u"--engine"_s); at >= 0 && at + 1 < arguments.size()) {
        air::g_engine = arguments.at(at + 1);
        arguments.remove(at, 2);
    }
    air::TestStorage test;
    return QTest::qExec(&test, arguments);
}

#include "tst_storage.moc"
