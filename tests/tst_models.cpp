// The item models on the bundled dataset: QAbstractItemModelTester, values and ranks,
// provenance in tooltips, validation and undo of edits.
#include "items/comparisonmodel.h"
#include "items/indicatorcatalogmodel.h"
#include "items/itemroles.h"
#include "items/observationsmodel.h"
#include "items/valueformat.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

int rowOf(const ComparisonModel &model, const QString &indicator)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(roleOf(ItemRole::IndicatorId)).toString() == indicator)
            return r;
    }
    return -1;
}

} // namespace

class TestModels final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void catalogPassesModelTester();
    void comparisonPassesModelTester();
    void comparisonValuesAndRanks();
    void comparisonUsesDenominators();
    void comparisonForAYear();
    void comparisonShowsMissingAsMissing();
    void observationsPassModelTester();
    void observationsEditValidateUndo();
    void editedFigureIsTheUsersWithItsHistory();
    void conflictingEditKeepsTheirsOrWritesMine();
    void conflictingUndoCanBeForced();
    void valueFormatting();
    void wonAndPlanStatusInWords_data();
    void wonAndPlanStatusInWords();

private:
    std::unique_ptr<test::TempDatabase> m_db;
};

void TestModels::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English));
    m_db = test::openTempDatabase();
}

void TestModels::catalogPassesModelTester()
{
    IndicatorCatalogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSqlDatabase db = m_db->db();
    model.load(test::storageOf(db));
    QVERIFY(model.rowCount() >= 60);
    const int row = model.rowOf(u"doctors_per_1000"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, IndicatorCatalogModel::Name).data().toString(), u"인구 천명당 의사 수"_s);
    model.setLanguage(u"en"_s);
    QCOMPARE(model.index(row, IndicatorCatalogModel::Name).data().toString(), u"Doctors per 1,000 residents"_s);
    QCOMPARE(model.index(row, IndicatorCatalogModel::Pillar).data().toString(), u"AI opportunity"_s);
}

void TestModels::comparisonPassesModelTester()
{
    ComparisonModel model(m_db->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    model.setYear(2024);
    QVERIFY(model.reload());
    model.setLanguage(u"en"_s);
}

void TestModels::comparisonValuesAndRanks()
{
    ComparisonModel model(m_db->store());
    QVERIFY(model.reload());
    const int doctors = rowOf(model, u"doctors_per_1000"_s);
    QVERIFY(doctors >= 0);
    QCOMPARE(model.index(doctors, ComparisonModel::Year).data().toInt(), 2024);
    QCOMPARE(model.index(doctors, ComparisonModel::Focus).data(roleOf(ItemRole::RawValue)).toDouble(), 2.6);
    QCOMPARE(model.index(doctors, ComparisonModel::Nation).data(roleOf(ItemRole::RawValue)).toDouble(), 3.2);
    QCOMPARE(model.index(doctors, ComparisonModel::Comparison).data(roleOf(ItemRole::RawValue)).toDouble(), 2.7);
    // 2024 doctors per 1,000, by hand from the KOSIS file: above Jeonnam's 2.6 are Seoul 4.7, Gwangju 3.8,
    // Busan, Daegu and Daejeon 3.6, Jeonbuk 3.1, Incheon, Gyeonggi and Jeju 2.7: nine regions. Gangwon and
    // Gyeongnam also have 2.6 and share rank 10 with Jeonnam.
    const QString rankText = model.index(doctors, ComparisonModel::Rank).data().toString();
    QCOMPARE(rankText, u"10 / 17"_s);
    const QString tip = model.index(doctors, ComparisonModel::Focus).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"공식 통계"_s) && tip.contains(u"인구 천명당 의료기관 종사 의사수"_s), qPrintable(tip));

    // Lower is better for the share aged 65+: Jeonnam (28.5 in 2025) has the highest share, rank 17.
    const int aged = rowOf(model, u"aged_65_plus_share"_s);
    QCOMPARE(model.index(aged, ComparisonModel::Year).data().toInt(), 2025);
    QCOMPARE(model.index(aged, ComparisonModel::Rank).data(roleOf(ItemRole::RawValue)).toInt(), 17);

    // Another focus region: Gyeonggi's population in 2025 ranks first.
    model.setRegions(u"KR-41"_s, u"KR"_s, u"KR-46"_s);
    QVERIFY(model.reload());
    const int population = rowOf(model, u"population"_s);
    QCOMPARE(model.index(population, ComparisonModel::Rank).data(roleOf(ItemRole::RawValue)).toInt(), 1);
    QCOMPARE(model.index(population, ComparisonModel::Comparison).data(roleOf(ItemRole::RawValue)).toDouble(), 1779135.0);
}

void TestModels::comparisonUsesDenominators()
{
    ComparisonModel model(m_db->store());
    QVERIFY(model.reload());
    // 5G base stations per 10,000 residents (2020): 2,021 / 1,851,549 x 10,000 for Jeonnam, the lowest of the
    // 17 regions (by raw counts it would be 15th); Gwangju is first with 28.4.
    const int fiveG = rowOf(model, u"5g_base_stations"_s);
    QCOMPARE(model.index(fiveG, ComparisonModel::Year).data().toInt(), 2020);
    QCOMPARE(model.index(fiveG, ComparisonModel::Unit).data().toString(), u"국/만 명"_s);
    QVERIFY(qFuzzyCompare(model.index(fiveG, ComparisonModel::Focus).data(roleOf(ItemRole::RawValue)).toDouble(),
        2021.0 / 1851549.0 * 10000.0));
    QCOMPARE(model.index(fiveG, ComparisonModel::Rank).data().toString(), u"17 / 17"_s);
    QVERIFY(model.index(fiveG, ComparisonModel::Focus).data(Qt::ToolTipRole).toString().contains(u"2,021"_s));
}

void TestModels::comparisonForAYear()
{
    ComparisonModel model(m_db->store());
    model.setYear(2010);
    QVERIFY(model.reload());
    const int population = rowOf(model, u"population"_s);
    QCOMPARE(model.index(population, ComparisonModel::Year).data().toInt(), 2010);
    QCOMPARE(model.index(population, ComparisonModel::Focus).data(roleOf(ItemRole::RawValue)).toDouble(), 1918485.0);
}

void TestModels::comparisonShowsMissingAsMissing()
{
    ComparisonModel model(m_db->store());
    QVERIFY(model.reload());
    // R&D expenditure has no figure for Jeonnam in any source found.
    const int rnd = rowOf(model, u"rnd_expenditure"_s);
    const QModelIndex focus = model.index(rnd, ComparisonModel::Focus);
    QVERIFY(focus.data(roleOf(ItemRole::IsMissing)).toBool());
    QVERIFY(!focus.data(roleOf(ItemRole::RawValue)).isValid());
    QCOMPARE(focus.data().toString(), u"no data"_s);
    QCOMPARE(model.index(rnd, ComparisonModel::Rank).data().toString(), u"—"_s);
    QVERIFY(!model.index(rnd, ComparisonModel::Comparison).data(roleOf(ItemRole::IsMissing)).toBool());
}

void TestModels::observationsPassModelTester()
{
    ObservationsModel model(m_db->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load());
    QVERIFY(model.rowCount() > 2000);
    ObservationsModel::Filter filter;
    filter.region = u"KR-46"_s;
    filter.indicator = u"population"_s;
    QVERIFY(model.load(filter));
    QCOMPARE(model.rowCount(), 19);
}

void TestModels::observationsEditValidateUndo()
{
    ObservationsModel model(m_db->store());
    ObservationsModel::Filter filter;
    filter.region = u"KR-46"_s;
    filter.indicator = u"doctors_per_1000"_s;
    filter.year = 2024;
    QVERIFY(model.load(filter));
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex value = model.index(0, ObservationsModel::Value);
    QCOMPARE(value.data(roleOf(ItemRole::RawValue)).toDouble(), 2.6);
    QVERIFY(value.data(Qt::ToolTipRole).toString().contains(u"From the bundled dataset"_s));
    QVERIFY(value.flags() & Qt::ItemIsEditable);
    QVERIFY(!(model.index(0, ObservationsModel::Region).flags() & Qt::ItemIsEditable));

    QSignalSpy rejected(&model, &ObservationsModel::editRejected);
    QVERIFY(!model.setData(value, u"abc"_s));
    QVERIFY(!model.setData(model.index(0, ObservationsModel::Status), u"guess"_s));
    // Issue 18, 9: an edit goes through the checks of an import (min_value 0, no subnormal figure).
    QVERIFY(!model.setData(value, u"-5000"_s));
    QVERIFY(!model.setData(value, u"1e-320"_s));
    QCOMPARE(rejected.count(), 4);
    QVERIFY(!model.canUndo());

    QVERIFY(model.setData(value, u"2.7"_s));
    QCOMPARE(test::observation(m_db->db(), u"KR-46"_s, u"doctors_per_1000"_s, 2024).toDouble(), 2.7);
    QCOMPARE(model.index(0, ObservationsModel::Origin).data().toString(), u"user"_s);
    QVERIFY(model.canUndo());
    model.undo();
    QCOMPARE(test::observation(m_db->db(), u"KR-46"_s, u"doctors_per_1000"_s, 2024).toDouble(), 2.6);
    QCOMPARE(model.index(0, ObservationsModel::Origin).data().toString(), u"bundled"_s);
    QVERIFY(model.canRedo());
    model.redo();
    QCOMPARE(test::observation(m_db->db(), u"KR-46"_s, u"doctors_per_1000"_s, 2024).toDouble(), 2.7);
    model.undo();
}

// An edited figure kept "reported" and the newspaper's source: now its status is `user`, its
// source names who, when and why, and the original stays in its history (edit, undo, redo).
void TestModels::editedFigureIsTheUsersWithItsHistory()
{
    ObservationsModel model(m_db->store());
    model.setChangedBy(u"kim"_s);
    model.setReason(u"corrected from the 2024 yearbook"_s);
    ObservationsModel::Filter filter;
    filter.region = u"KR-46"_s;
    filter.indicator = u"doctors_per_1000"_s;
    filter.year = 2024;
    QVERIFY(model.load(filter));
    const QString originalSource = test::scalar(m_db->db(),
        u"SELECT source FROM observation_rows WHERE region = 'KR-46' AND indicator = 'doctors_per_1000' AND year = 2024"_s)
                                       .toString();
    const QString originalStatus = model.index(0, ObservationsModel::Status).data(roleOf(ItemRole::Status)).toString();
    const int before = test::scalar(m_db->db(), u"SELECT COALESCE(MAX(id), 0) FROM observation_history"_s).toInt();
    const int earlier = int(model.history(0).size()); // observationsEditValidateUndo's edits of the same figure
    QVERIFY(model.setData(model.index(0, ObservationsModel::Value), u"2.8"_s));
    QCOMPARE(model.index(0, ObservationsModel::Status).data(roleOf(ItemRole::Status)).toString(), u"user"_s);
    QCOMPARE(model.index(0, ObservationsModel::Status).data().toString(), u"사용자 수정"_s);
    QSqlDatabase db = m_db->db();
    const QString source = test::scalar(db,
        u"SELECT source FROM observation_rows WHERE region = 'KR-46' AND indicator = 'doctors_per_1000' AND year = 2024"_s)
                               .toString();
    QVERIFY2(source.startsWith(u"user:kim:"_s), qPrintable(source));
    QCOMPARE(test::scalar(db, u"SELECT publisher || ' / ' || title || ' / ' || origin FROM sources WHERE id = ?"_s, { source })
                 .toString(),
        u"kim / corrected from the 2024 yearbook / user"_s);
    QCOMPARE(test::scalar(db, u"SELECT status FROM observation_rows WHERE region = 'KR-46' AND indicator = "
                              "'doctors_per_1000' AND year = 2024"_s)
                 .toString(),
        u"user"_s);
    QCOMPARE(model.index(0, ObservationsModel::Source).data().toString(), u"corrected from the 2024 yearbook"_s);
    QCOMPARE(test::scalar(db, u"SELECT old_value || ' ' || new_value || ' ' || old_status || ' ' || new_status || ' ' || "
                              "changed_by || ' ' || reason FROM observation_history WHERE id > ?"_s, { before })
                 .toString(),
        u"2.6 2.8 %1 user kim corrected from the 2024 yearbook"_s.arg(originalStatus));
    QCOMPARE(test::scalar(db, u"SELECT s.id FROM observation_history h JOIN sources s ON s.ref = h.old_source_ref WHERE h.id > ?"_s, { before })
                     .toString(),
        originalSource);
    QCOMPARE(model.history(0).size(), earlier + 1);
    QVERIFY2(model.history(0).last().contains(u"kim"_s), qPrintable(model.history(0).last()));
    QVERIFY(model.index(0, ObservationsModel::Value).data(Qt::ToolTipRole).toString().contains(u"2.6"_s));

    model.undo();
    QCOMPARE(model.index(0, ObservationsModel::Status).data(roleOf(ItemRole::Status)).toString(), originalStatus);
    QCOMPARE(test::scalar(db, u"SELECT source FROM observation_rows WHERE region = 'KR-46' AND indicator = "
                              "'doctors_per_1000' AND year = 2024"_s)
                 .toString(),
        originalSource);
    model.redo();
    QCOMPARE(model.index(0, ObservationsModel::Status).data(roleOf(ItemRole::Status)).toString(), u"user"_s);
    QCOMPARE(test::scalar(db, u"SELECT COUNT(*) FROM observation_history WHERE id > ?"_s, { before }).toInt(), 3);
    QCOMPARE(model.history(0).size(), earlier + 3);
    model.undo();
}

namespace {

ObservationsModel::Filter doctorsOfJeonnam2024()
{
    ObservationsModel::Filter filter;
    filter.region = u"KR-46"_s;
    filter.indicator = u"doctors_per_1000"_s;
    filter.year = 2024;
    return filter;
}

QList<HistoryRecord> historyOf(Storage &storage, const ObservationsModel::Filter &f)
{
    ObservationFilter key;
    key.region = f.region;
    key.indicator = f.indicator;
    key.year = f.year;
    const Result<QList<HistoryRecord>> history = storage.history(key);
    return history ? *history : QList<HistoryRecord>();
}

} // namespace

// Two desks on one file (two SqliteStorage objects; on one thread they share its connection): the
// second desk edits a figure the first has read. The first desk's edit is refused with both values
// and the other desk's name, nothing written; keeping theirs writes nothing; saving mine is a forced
// write recorded in the history after theirs, and undone like any edit (their figure comes back).
void TestModels::conflictingEditKeepsTheirsOrWritesMine()
{
    const auto t = test::openTempDatabase();
    const std::shared_ptr<Storage> otherDesk = test::openDesk(t->locator());
    QVERIFY(otherDesk);
    const ObservationsModel::Filter filter = doctorsOfJeonnam2024();
    ObservationsModel mine(t->store());
    mine.setChangedBy(u"kim"_s);
    mine.setReason(u"from the 2024 yearbook"_s);
    QVERIFY(mine.load(filter));
    QCOMPARE(mine.index(0, ObservationsModel::Value).data(roleOf(ItemRole::RawValue)).toDouble(), 2.6);

    ObservationsModel theirs(*otherDesk);
    theirs.setChangedBy(u"홍길동"_s);
    QVERIFY(theirs.load(filter));
    QVERIFY(theirs.setData(theirs.index(0, ObservationsModel::Value), u"3.4"_s));
    QCOMPARE(historyOf(t->store(), filter).size(), 1);

    QSignalSpy conflict(&mine, &ObservationsModel::editConflict);
    QSignalSpy rejected(&mine, &ObservationsModel::editRejected);
    QVERIFY(!mine.setData(mine.index(0, ObservationsModel::Value), u"3.1"_s));
    QCOMPARE(conflict.count(), 1);
    QCOMPARE(rejected.count(), 0);
    const QString message = conflict.first().first().toString();
    QVERIFY2(QRegularExpression(u"^Changed by another user: 2\\.6 → 3\\.4 \\(홍길동, \\d\\d:\\d\\d\\)$"_s).match(message).hasMatch(),
        qPrintable(message));
    // Nothing written; their figure is shown; the choice is offered.
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 3.4);
    QCOMPARE(historyOf(t->store(), filter).size(), 1);
    QCOMPARE(mine.index(0, ObservationsModel::Value).data(roleOf(ItemRole::RawValue)).toDouble(), 3.4);
    QVERIFY(mine.hasRefusedEdit());
    QCOMPARE(mine.refusedValueText(), u"3.1"_s);
    QVERIFY(!mine.canUndo());

    // Keep theirs: nothing more happens.
    mine.discardRefusedEdit();
    QVERIFY(!mine.hasRefusedEdit());
    QVERIFY(!mine.writeRefusedEdit());
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 3.4);
    QCOMPARE(historyOf(t->store(), filter).size(), 1);

    // The other desk changes it again, by a raw write that leaves no history; this time mine is saved.
    QSqlQuery q(static_cast<SqlStorage &>(*otherDesk).connection());
    QVERIFY2(q.exec(u"UPDATE observations SET value = 3.5 WHERE region_ref = (SELECT ref FROM regions WHERE code = 'KR-46') "
                    "AND indicator_ref = (SELECT ref FROM indicators WHERE id = 'doctors_per_1000') AND year = 2024"_s),
        qPrintable(q.lastError().text()));
    QVERIFY(!mine.setData(mine.index(0, ObservationsModel::Value), u"3.1"_s));
    QCOMPARE(conflict.count(), 2);
    QVERIFY2(conflict.last().first().toString().startsWith(u"Changed by another user: 3.4 → 3.5 ("_s),
        qPrintable(conflict.last().first().toString()));
    // The history's last change (홍길동's, to 3.4) is not the one that made 3.5: its author is unknown.
    QVERIFY2(!conflict.last().first().toString().contains(u"홍길동"_s), qPrintable(conflict.last().first().toString()));
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 3.5);
    QVERIFY(mine.writeRefusedEdit());
    QVERIFY(!mine.hasRefusedEdit());
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 3.1);
    QCOMPARE(mine.index(0, ObservationsModel::Value).data(roleOf(ItemRole::RawValue)).toDouble(), 3.1);
    QCOMPARE(mine.index(0, ObservationsModel::Status).data(roleOf(ItemRole::Status)).toString(), u"user"_s);
    QList<HistoryRecord> history = historyOf(t->store(), filter);
    QCOMPARE(history.size(), 2);
    QCOMPARE(history.at(0).oldValue.toDouble(), 2.6);
    QCOMPARE(history.at(0).newValue.toDouble(), 3.4);
    QCOMPARE(history.at(0).changedBy, u"홍길동"_s);
    QCOMPARE(history.at(1).oldValue.toDouble(), 3.5); // theirs, as it stood when mine was written
    QCOMPARE(history.at(1).newValue.toDouble(), 3.1);
    QCOMPARE(history.at(1).newStatus, u"user"_s);
    QCOMPARE(history.at(1).changedBy, u"kim"_s);
    QCOMPARE(history.at(1).reason, u"from the 2024 yearbook"_s);
    QVERIFY(mine.history(0).last().contains(u"kim"_s));

    // Undone like any edit: their figure comes back, and the redo writes mine again.
    QVERIFY(mine.canUndo());
    mine.undo();
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 3.5);
    QCOMPARE(mine.index(0, ObservationsModel::Value).data(roleOf(ItemRole::RawValue)).toDouble(), 3.5);
    QVERIFY(!mine.canUndo());
    mine.redo();
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 3.1);
    QCOMPARE(historyOf(t->store(), filter).size(), 4);
    QCOMPARE(conflict.count(), 2);

    // Only a note edited over their new value: the choice names the note, and saving it keeps their value.
    QVERIFY(theirs.load(filter));
    QVERIFY(theirs.setData(theirs.index(0, ObservationsModel::Value), u"4"_s));
    const QString noteBefore = mine.index(0, ObservationsModel::Note).data().toString();
    QVERIFY(!mine.setData(mine.index(0, ObservationsModel::Note), u"checked against the yearbook"_s));
    QCOMPARE(conflict.count(), 3);
    QCOMPARE(mine.refusedValueText(), u"checked against the yearbook"_s);
    QVERIFY(mine.writeRefusedEdit());
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 4.0);
    QCOMPARE(mine.index(0, ObservationsModel::Note).data().toString(), u"checked against the yearbook"_s);
    QCOMPARE(historyOf(t->store(), filter).last().newValue.toDouble(), 4.0);
    mine.undo(); // their figure, without the note
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 4.0);
    QCOMPARE(mine.index(0, ObservationsModel::Note).data().toString(), noteBefore);
}

// An undo refused because the other desk changed the figure after this desk's edit: forced, it puts
// this desk's earlier figure back over theirs, and the redo is still there.
void TestModels::conflictingUndoCanBeForced()
{
    const auto t = test::openTempDatabase();
    const std::shared_ptr<Storage> otherDesk = test::openDesk(t->locator());
    const ObservationsModel::Filter filter = doctorsOfJeonnam2024();
    ObservationsModel mine(t->store());
    mine.setChangedBy(u"kim"_s);
    QVERIFY(mine.load(filter));
    QVERIFY(mine.setData(mine.index(0, ObservationsModel::Value), u"2.7"_s));
    ObservationsModel theirs(*otherDesk);
    theirs.setChangedBy(u"홍길동"_s);
    QVERIFY(theirs.load(filter));
    QVERIFY(theirs.setData(theirs.index(0, ObservationsModel::Value), u"3.4"_s));

    QSignalSpy conflict(&mine, &ObservationsModel::editConflict);
    mine.undo();
    QCOMPARE(conflict.count(), 1);
    QVERIFY2(conflict.first().first().toString().startsWith(u"Changed by another user: 2.7 → 3.4 (홍길동, "_s),
        qPrintable(conflict.first().first().toString()));
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 3.4);
    QVERIFY(mine.canUndo()); // not undone
    QVERIFY(mine.writeRefusedEdit());
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 2.6);
    QVERIFY(!mine.canUndo());
    QVERIFY(mine.canRedo());
    const QList<HistoryRecord> history = historyOf(t->store(), filter);
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.last().oldValue.toDouble(), 3.4);
    QCOMPARE(history.last().newValue.toDouble(), 2.6);
    mine.redo();
    QCOMPARE(test::observation(t->db(), filter.region, filter.indicator, filter.year).toDouble(), 2.7);
}

void TestModels::valueFormatting()
{
    const QLocale en(QLocale::English);
    QCOMPARE(formatValue(1788819, en), u"1,788,819"_s);
    QCOMPARE(formatValue(28.5, en), u"28.5"_s);
    QCOMPARE(formatValue(2.6, en), u"2.6"_s);
    QCOMPARE(formatValue(0.125, en), u"0.125"_s);
    QCOMPARE(formatValue(-6.4, en), u"-6.4"_s);
    QCOMPARE(formatValue(1234.5, QLocale(QLocale::Korean)), u"1,235"_s);
}

// Budgets were "100,000억 원" and statuses `under_way` on the plans page.
void TestModels::wonAndPlanStatusInWords_data()
{
    QTest::addColumn<double>("won");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::newRow("10 trillion") << 1e13 << u"ko"_s << u"10조 원"_s;
    QTest::newRow("2.9 trillion") << 2.9e12 << u"ko"_s << u"2조 9,000억 원"_s;
    QTest::newRow("42.6 billion") << 4.26e10 << u"ko"_s << u"426억 원"_s;
    QTest::newRow("395.9 billion") << 3.959e11 << u"ko"_s << u"3,959억 원"_s;
    QTest::newRow("150 million") << 1.5e8 << u"ko"_s << u"1억 5,000만 원"_s;
    QTest::newRow("english trillion") << 1.46e12 << u"en"_s << u"1.46 trillion won"_s;
    QTest::newRow("english billion") << 4.26e10 << u"en"_s << u"42.6 billion won"_s;
}

void TestModels::wonAndPlanStatusInWords()
{
    QFETCH(double, won);
    QFETCH(QString, language);
    QFETCH(QString, text);
    QCOMPARE(formatWon(won, language), text);
    QCOMPARE(planStatusLabel(u"under_way"_s, u"ko"_s), u"추진 중"_s);
    QCOMPARE(planStatusLabel(u"enacted"_s, u"ko"_s), u"제정"_s);
    QCOMPARE(planStatusLabel(u"under_way"_s, u"en"_s), u"under way"_s);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
