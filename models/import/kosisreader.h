#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace air {

class CsvParser;

// A KOSIS period cell: 2024, "2024 p)" (preliminary), 2024.06 (a month) ...
struct KosisPeriod {
    int year = 0;
    int subPeriod = 0; // 0 for an annual figure
    bool preliminary = false;
};
std::optional<KosisPeriod> parseKosisPeriod(QStringView text);

// Removes HTML tags (KOSIS puts <br> in item names) and folds white space.
QString cleanKosisItemName(QStringView name);

// One figure of a KOSIS table, with where it stands in the file.
struct KosisCell {
    int row = 0;   // index into KosisTable::rows
    int item = 0;  // index into KosisTable::items
    KosisPeriod period;
    QString value; // as written: a number, "-", "X", ...
    qint64 line = 0;
    int column = 0;
};

struct KosisRow {
    QString regionLabel; // the region as written ("전라남도", "서  울", "'36")
    QString regionCode;  // the KOSIS code column of the long layout, if any
    QStringList classes; // values of the other classification columns, in classificationNames order
    qint64 line = 0;
    int column = 1; // of the region label (or code) in the file
};

// A KOSIS export read into one shape, whichever layout it came in (../shared/data/KOSIS.md):
// wide with two header rows (period, then item) or one (period only; the item is the table),
// or long with a title line and code columns.
struct KosisTable {
    enum class Layout { WideTwoRows, WideOneRow, Long };
    Layout layout = Layout::WideTwoRows;
    QString title;
    QString regionColumn;
    QStringList classificationNames; // classification columns other than the region
    QStringList items;               // cleaned item names
    QList<KosisRow> rows;
    QList<KosisCell> cells;

    // Rows are districts (시군구) under their provinces: the region column is 행정구역(시군구)별.
    bool isDistrictTable() const { return regionColumn.contains(u"시군구"); }

    // Distinct values of each classification column, in order of appearance.
    QMap<QString, QStringList> classificationValues() const;
};

// True when the first record looks like a KOSIS export rather than one of our own formats.
bool looksLikeKosis(const QStringList &firstRecord);

// The table title from a KOSIS file name: "고령인구비율_시도_시_군_구__20260324171859.csv" →
// "고령인구비율 시도 시 군 구".
QString kosisTitleFromFileName(const QString &fileName);

Result<KosisTable> readKosisTable(QStringView text, const QString &fileName);
// The same from the records of PARSER (a CSV text's, or an Excel sheet's rows), from where it stands.
Result<KosisTable> readKosisTable(CsvParser &parser, const QString &fileName);

} // namespace air
