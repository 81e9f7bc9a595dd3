// The item models on the bundled dataset: QAbstractItemModelTester, values and ranks,
// provenance in tooltips, validation and undo of edits.
#include "items/comparisonmodel.h"
#include "items/indicatorcatalogmodel.h"
#include "items/itemroles.h"
#include "items/observationsmodel.h"
#include "items/valueformat.h"

#include "testsupport.h"

#include <QAbstractItemModelTester>
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
    void valueFormatting();

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
    model.load(db);
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
    ComparisonModel model(m_db->db());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload());
    model.setYear(2024);
    QVERIFY(model.reload());
    model.setLanguage(u"en"_s);
}

void TestModels::comparisonValuesAndRanks()
{
    ComparisonModel model(m_db->db());
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
    QVERIFY2(tip.contains(u"official"_s) && tip.contains(u"인구 천명당 의료기관 종사 의사수"_s), qPrintable(tip));

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
    ComparisonModel model(m_db->db());
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
    ComparisonModel model(m_db->db());
    model.setYear(2010);
    QVERIFY(model.reload());
    const int population = rowOf(model, u"population"_s);
    QCOMPARE(model.index(population, ComparisonModel::Year).data().toInt(), 2010);
    QCOMPARE(model.index(population, ComparisonModel::Focus).data(roleOf(ItemRole::RawValue)).toDouble(), 1918485.0);
}

void TestModels::comparisonShowsMissingAsMissing()
{
    ComparisonModel model(m_db->db());
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
    ObservationsModel model(m_db->db());
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
    ObservationsModel model(m_db->db());
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
    QCOMPARE(rejected.count(), 2);
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

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
