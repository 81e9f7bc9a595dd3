#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace air {

// One sheet of a workbook to write: a header row (bold, frozen so that it stays in view) and rows
// of cells. A number (a QVariant of a numeric type) is written as a number, a text always as text,
// so that a text a spreadsheet would run as a formula (=, +, -, @) stays text; a null QVariant is
// an empty cell.
struct XlsxSheetData {
    QString name;
    QStringList header;
    QList<QVariantList> rows;
    // Optional, the shape of rows: the unit of a number cell, shown beside it by the cell's number
    // format ("1,788,819 명") while the cell stays a number.
    QList<QStringList> units;
};

// The workbook (.xlsx) of SHEETS, in that order, as bytes: write them with saveFile, which keeps
// the house's rules for the target (a temporary file and a rename, never over a device). libxlsxwriter
// writes only to a file name: it writes into a private temporary folder, removed at once.
Result<QByteArray> writeXlsx(const QList<XlsxSheetData> &sheets);

} // namespace air
