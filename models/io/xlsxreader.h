#pragma once

#include "core/result.h"
#include "io/csvparser.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace air {

// One sheet of an Excel workbook (.xlsx) as the rows a CSV file would give: every row that holds a
// value, numbered as the sheet numbers it, its cells from column A as text. Numbers are the text
// the workbook stores ("2.6", "1817697"), dates (a number in a date format, or a date cell) are
// written 2024-03-15 (with a time, 2024-03-15T09:30:00), booleans TRUE and FALSE. A merged range
// stands for each cell it covers (KOSIS merges a period over its items). Each row has at least as
// many cells as the first row (the header), as a spreadsheet saved as CSV would have.
struct XlsxSheet {
    QString name;
    QStringList sheetNames; // every sheet of the workbook, in its order
    QList<SplitRecord> rows;
};

// The limits that keep a hostile workbook from exhausting memory. A part (a file inside the ZIP)
// that declares or inflates to more than its limit is refused before or while it is read.
struct XlsxLimits {
    qint64 maxSheetBytes = qint64(256) << 20;        // the sheet's XML
    qint64 maxSharedStringBytes = qint64(128) << 20; // the shared-string table's XML
    qint64 maxOtherPartBytes = qint64(16) << 20;     // workbook, relationships, styles
    qint64 maxSharedStrings = qint64(1) << 20;
    qint64 maxCells = qint64(4) << 20;               // after filling gaps and merged ranges
    int maxEntries = 10000;                          // files in the ZIP
};

// True when BYTES start like a ZIP archive (an .xlsx workbook is one).
bool looksLikeZip(const QByteArray &bytes);

// Reads sheet SHEETNAME (the first sheet when empty) of the workbook BYTES. A damaged or hostile
// file, a sheet that does not exist, a formula, an error value or a shared string that is not
// there is refused: every problem names FILENAME, the sheet and the cell (Problem::sheet).
Result<XlsxSheet> readXlsxSheet(const QByteArray &bytes, const QString &fileName, const QString &sheetName = {},
    const XlsxLimits &limits = {});

} // namespace air
