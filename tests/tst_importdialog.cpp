// File ▸ Import in the window: preview, mapping of KOSIS items, the worker-thread import with its
// report, and the mapping remembered per table title. Widgets, so QTEST_MAIN (offscreen).
#include "importdialog.h"

#include "testsupport.h"
#include "xlsxsupport.h"

#include <QComboBox>
#include <QLabel>
#include <QCoreApplication>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

QTableWidget *mappingTable(ImportDialog &dialog)
{
    for (QTableWidget *t : dialog.findChildren<QTableWidget *>()) {
        if (t->columnCount() == 2 && t->cellWidget(0, 1))
            return t;
    }
    return nullptr;
}

} // namespace

class TestImportDialog final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void importsKosisWithMappingAndRemembersIt();
    void failedImportShowsWhereAndWritesNothing();
    void problemCellIsSelectedInThePreview();
    void closingWaitsForTheWorker();
    void previewsAKosisWorkbook();
    void importsGeoJsonBoundaries();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    const QString m_file = test::dataPath(u"kosis/cp949/고령인구비율_시도_시_군_구__20260324171859.csv"_s);
};

void TestImportDialog::initTestCase()
{
    QCoreApplication::setOrganizationName(u"air-tests"_s);
    QCoreApplication::setApplicationName(u"tst_importdialog"_s);
    QSettings().remove(u"importMappings"_s); // mappings remembered by an earlier run of this suite
    m_db = test::openTempDatabase();
}

void TestImportDialog::importsKosisWithMappingAndRemembersIt()
{
    {
        ImportDialog dialog(m_db->storage);
        dialog.setFiles({ m_file });
        QTableWidget *mapping = mappingTable(dialog);
        QVERIFY(mapping);
        QCOMPARE(mapping->rowCount(), 3);
        QCOMPARE(mapping->item(0, 0)->text(), u"고령인구비율(A÷B×100) (%)"_s);
        auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(0, 1));
        QVERIFY(combo);
        // The table has a KOSIS recipe in the catalogue: its mapping is proposed (전체인구 has none).
        QCOMPARE(combo->currentData().toString(), u"aged_65_plus_share"_s);
        QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(1, 1))->currentData().toString(), u"population_aged_65plus"_s);
        QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(2, 1))->currentData().toString(), QString());
        combo->setCurrentIndex(combo->findData(u"aged_65_plus_share"_s));
        QVERIFY(combo->currentIndex() > 0);

        QSignalSpy finished(&dialog, &ImportDialog::importFinished);
        dialog.import();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        const QString report = dialog.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(report.contains(u"1,026 rows read"_s), qPrintable(report));
        QCOMPARE(test::scalar(m_db->db(),
                     u"SELECT source FROM observation_rows WHERE region = 'KR-46' AND indicator = 'aged_65_plus_share' "
                     "AND year = 2024"_s)
                     .toString(),
            u"kosis:고령인구비율 시도 시 군 구:2026-03-24"_s);
    }
    // A second dialog on the same table proposes the same mapping.
    ImportDialog again(m_db->storage);
    again.setFiles({ m_file });
    QTableWidget *mapping = mappingTable(again);
    QVERIFY(mapping);
    auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(0, 1));
    QCOMPARE(combo->currentData().toString(), u"aged_65_plus_share"_s);
    QCOMPARE(again.options().maps.size(), 2);
}

void TestImportDialog::previewsAKosisWorkbook()
{
    // The Excel twin of the same KOSIS table: the same items to map, the rows as the sheet numbers them.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"고령인구비율_시도_시_군_구__20260324171859.xlsx"_s);
    QVERIFY(test::writeFile(path, test::kosisTwin(test::readFile(m_file), true)));
    ImportDialog dialog(m_db->storage);
    dialog.setFiles({ path });
    QTableWidget *mapping = mappingTable(dialog);
    QVERIFY(mapping);
    QCOMPARE(mapping->rowCount(), 3);
    QCOMPARE(mapping->item(0, 0)->text(), u"고령인구비율(A÷B×100) (%)"_s);
    bool named = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        named = named || label->text().contains(u"Excel, sheet 데이터"_s);
    QVERIFY(named);
}

void TestImportDialog::failedImportShowsWhereAndWritesNothing()
{
    const QString before = test::dumpDatabase(m_db->db());
    ImportDialog dialog(m_db->storage);
    const QString broken = test::dataPath(u"kosis/cp949/broken_고령인구비율_20260324171859.csv"_s);
    dialog.setFiles({ broken });
    auto *combo = qobject_cast<QComboBox *>(mappingTable(dialog)->cellWidget(0, 1));
    combo->setCurrentIndex(combo->findData(u"aged_65_plus_share"_s));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.import();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    const QString report = dialog.findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(report.contains(broken + u":17:"_s) && report.contains(u"'27.2?'"_s), qPrintable(report));
    QCOMPARE(test::dumpDatabase(m_db->db()), before);
}

void TestImportDialog::problemCellIsSelectedInThePreview()
{
    ImportDialog dialog(m_db->storage);
    dialog.setFiles({ test::dataPath(u"bad/negative_count.csv"_s) });
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.check();
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.first().at(0).toBool());
    QTableWidget *preview = nullptr;
    for (QTableWidget *t : dialog.findChildren<QTableWidget *>())
        if (t->accessibleName() == u"Preview of the file"_s)
            preview = t;
    QVERIFY(preview && preview->currentItem());
    // Line 3, column 4 (D): the -5.
    QCOMPARE(preview->currentRow(), 2);
    QCOMPARE(preview->currentColumn(), 3);
    QCOMPARE(preview->currentItem()->text(), u"-5"_s);
    QVERIFY(preview->currentItem()->toolTip().contains(u"cannot be negative"_s));
}

// QDialog::finished(int) is no longer hidden by the import's own signal.
static_assert(std::is_same_v<decltype(&ImportDialog::finished), void (QDialog::*)(int)>);

// The dialog could be closed while its worker ran; the worker then called into a dead dialog and the
// dashboard never heard the import had finished.
void TestImportDialog::closingWaitsForTheWorker()
{
    ImportDialog dialog(m_db->storage);
    dialog.setFiles({ test::dataPath(u"bad/negative_count.csv"_s) });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    QSignalSpy closed(&dialog, &QDialog::finished);
    dialog.check();
    QVERIFY(dialog.isRunning());
    dialog.reject();
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QCOMPARE(closed.size(), 0);
    QVERIFY(finished.wait(30000));
    QVERIFY(!dialog.isRunning());
    dialog.reject();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(closed.size(), 1);
}

// Issue 17, 1: the dialog takes a GeoJSON file of boundaries (made-up squares, TEST FIGURES): Check
// reads and matches it and writes nothing, Import stores the outlines and lists the feature left out.
void TestImportDialog::importsGeoJsonBoundaries()
{
    auto t = test::openTempDatabase();
    ImportDialog dialog(t->storage);
    dialog.setFiles({ test::dataPath(u"boundaries/jeonnam_squares_wgs84.geojson"_s) });
    QSignalSpy finished(&dialog, &ImportDialog::importFinished);
    dialog.check();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().at(0).toBool());
    QString report = dialog.findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(report.contains(u"4 boundaries would be imported"_s), qPrintable(report));
    QCOMPARE(t->store().regionBoundaries()->size(), 0);
    dialog.import();
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.last().at(0).toBool());
    report = dialog.findChild<QPlainTextEdit *>()->toPlainText();
    QVERIFY2(report.contains(u"4 boundaries imported"_s) && report.contains(u"features[4] (가상군)"_s), qPrintable(report));
    QCOMPARE(t->store().regionBoundaries()->size(), 4);
}

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
