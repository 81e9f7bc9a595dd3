// KOSIS exports in both layouts and their variants, read into one shape.
#include "import/kosisreader.h"
#include "io/textdecoder.h"

#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using air::KosisTable;

namespace {

air::Result<KosisTable> readFixture(const QString &relative)
{
    QFile f(air::test::dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        return air::Problem { relative, 0, 0, u"fixture missing"_s };
    const auto text = air::decodeText(f.readAll(), relative);
    if (!text)
        return text.problems();
    return air::readKosisTable(text->text, f.fileName());
}

} // namespace

class TestKosisReader final : public QObject {
    Q_OBJECT
private slots:
    void periods_data();
    void periods();
    void itemNames();
    void titleFromFileName();
    void wideTwoRowsRealExport();
    void wideTwoRowsCp949();
    void wideOneRowWithClassification();
    void shortNamesAndMarkers();
    void longLayout();
    void badHeaders_data();
    void badHeaders();
};

void TestKosisReader::periods_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("sub");
    QTest::addColumn<bool>("preliminary");
    QTest::addColumn<bool>("valid");
    QTest::newRow("year") << u"2024"_s << 2024 << 0 << false << true;
    QTest::newRow("preliminary 'p)'") << u"2024 p)"_s << 2024 << 0 << true << true;
    QTest::newRow("month") << u"2024.06"_s << 2024 << 6 << false << true;
    QTest::newRow("quarter") << u"2024 2/4"_s << 2024 << 2 << false << true;
    QTest::newRow("text") << u"계"_s << 0 << 0 << false << false;
    QTest::newRow("year out of range") << u"0999"_s << 0 << 0 << false << false;
}

void TestKosisReader::periods()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, sub);
    QFETCH(bool, preliminary);
    QFETCH(bool, valid);
    const auto p = air::parseKosisPeriod(text);
    QCOMPARE(p.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(p->year, year);
    QCOMPARE(p->subPeriod, sub);
    QCOMPARE(p->preliminary, preliminary);
}

void TestKosisReader::itemNames()
{
    QCOMPARE(air::cleanKosisItemName(u"인구 천명당 의사수<br>(A÷B×1000)"_s), u"인구 천명당 의사수(A÷B×1000)"_s);
    QCOMPARE(air::cleanKosisItemName(u"65세이상인구<br>(A) (명)"_s), u"65세이상인구(A) (명)"_s);
    QCOMPARE(air::cleanKosisItemName(u"  a <b>b</b>  c "_s), u"a b c"_s);
}

void TestKosisReader::titleFromFileName()
{
    QCOMPARE(air::kosisTitleFromFileName(u"/x/고령인구비율_시도_시_군_구__20260324171859.csv"_s),
        u"고령인구비율 시도 시 군 구"_s);
    QCOMPARE(air::kosisTitleFromFileName(u"plain.csv"_s), u"plain"_s);
}

void TestKosisReader::wideTwoRowsRealExport()
{
    const auto table = readFixture(u"kosis/고령인구비율_시도_시_군_구__20260324171859.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.errorText()));
    QCOMPARE(table->layout, KosisTable::Layout::WideTwoRows);
    QCOMPARE(table->regionColumn, u"행정구역별(1)"_s);
    QVERIFY(table->classificationNames.isEmpty());
    QCOMPARE(table->items,
        (QStringList { u"고령인구비율(A÷B×100) (%)"_s, u"65세이상인구(A) (명)"_s, u"전체인구(B) (명)"_s }));
    QCOMPARE(table->rows.size(), 18);
    QCOMPARE(table->cells.size(), 18 * 19 * 3);
    // 전라남도, 2024, 고령인구비율 = 27.2 (the anchor in the KOSIS file).
    bool found = false;
    for (const auto &cell : table->cells) {
        if (table->rows[cell.row].regionLabel == u"전라남도"_s && cell.period.year == 2024 && cell.item == 0) {
            QCOMPARE(cell.value, u"27.2"_s);
            QCOMPARE(cell.line, qint64(17));
            found = true;
        }
    }
    QVERIFY(found);
}

void TestKosisReader::wideTwoRowsCp949()
{
    const auto table = readFixture(u"kosis/cp949/인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.errorText()));
    QCOMPARE(table->regionColumn, u"행정구역별"_s);
    QCOMPARE(table->items.first(), u"인구 천명당 의료기관 종사 의사수(A÷B×1000)"_s);
    QCOMPARE(table->rows.at(9).regionLabel, u"경기도"_s);
}

void TestKosisReader::wideOneRowWithClassification()
{
    const auto table = readFixture(u"kosis/one_header_row_성별_20240101000000.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.errorText()));
    QCOMPARE(table->layout, KosisTable::Layout::WideOneRow);
    QCOMPARE(table->regionColumn, u"행정구역(시군구)별(1)"_s);
    QCOMPARE(table->classificationNames, QStringList { u"성별(1)"_s });
    QCOMPARE(table->items, QStringList { u"one header row 성별"_s });
    QCOMPARE(table->classificationValues().value(u"성별(1)"_s), (QStringList { u"계"_s, u"남자"_s, u"여자"_s }));
}

void TestKosisReader::shortNamesAndMarkers()
{
    const auto table = readFixture(u"kosis/two_rows_short_names_20250101000000.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.errorText()));
    QCOMPARE(table->items, (QStringList { u"정보통신업종사자 (명)"_s, u"사업체 (개)"_s }));
    QCOMPARE(table->rows.at(1).regionLabel, u"서  울"_s);
    QCOMPARE(table->cells.at(4).value, u"X"_s);
}

void TestKosisReader::longLayout()
{
    const auto table = readFixture(u"kosis/cp949/총조사인구_long_20200101120000.csv"_s);
    QVERIFY2(table.ok(), qPrintable(table.errorText()));
    QCOMPARE(table->layout, KosisTable::Layout::Long);
    QCOMPARE(table->title, u"총조사인구 총괄(시도/성/5세연령별)"_s);
    QCOMPARE(table->regionColumn, u"행정구역별"_s);
    QCOMPARE(table->classificationNames, QStringList { u"연령별"_s });
    QCOMPARE(table->items, (QStringList { u"인구 (명)"_s, u"남자 (명)"_s, u"여자 (명)"_s }));
    QCOMPARE(table->rows.size(), 7);
    QCOMPARE(table->rows.at(1).regionLabel, u"읍부"_s);
    QCOMPARE(table->rows.at(3).regionCode, u"31"_s); // the leading apostrophe is gone
    QCOMPARE(table->rows.at(3).line, qint64(7));
}

void TestKosisReader::badHeaders_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("reason");
    QTest::newRow("KOSIS, second header row missing") << u"kosis/bad_missing_item_row.csv"_s << qint64(2)
                                                      << u"second header row"_s;
    QTest::newRow("KOSIS, year and item rows disagree") << u"kosis/bad_header_lengths.csv"_s << qint64(2)
                                                        << u"two header rows disagree"_s;
}

void TestKosisReader::badHeaders()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(QString, reason);
    const auto table = readFixture(file);
    QVERIFY(!table.ok());
    QCOMPARE(table.problems().first().line, line);
    QVERIFY2(table.problems().first().reason.contains(reason), qPrintable(table.errorText()));
}

QTEST_GUILESS_MAIN(TestKosisReader)
#include "tst_kosisreader.moc"
