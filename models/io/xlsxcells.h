#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// How a workbook's cells write what they hold: cell names, date formats and serials, escaped text.
// Internal to the workbook reader (io/xlsxreader.cpp).
namespace air::xlsx {

constexpr int maxColumns = 16384; // XFD, as Excel allows
constexpr qint64 maxRows = 1048576;

// "B17" → (17, 2); row 0 for "B". False for anything else.
bool parseCellName(QStringView text, qint64 *row, int *column);
// Excel's built-in number formats that show a date or a time.
bool isBuiltInDateFormat(int id);
// Whether a number format code shows a date or a time.
bool isDateFormatCode(QStringView code);
// A date serial as ISO 8601 text: 45366 → 2024-03-15, 45366.5 → 2024-03-15T12:00:00.
std::optional<QString> serialToText(double serial, bool date1904);
// An ISO 8601 date cell (t="d"): its date, with the time where it has one.
QString isoDateCell(const QString &value);
// A text as the workbook means it (OOXML's _xHHHH_ escapes decoded).
QString unescapeText(QString text);

} // namespace air::xlsx
