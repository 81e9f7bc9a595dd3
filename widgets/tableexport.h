#pragma once

#include "core/result.h"

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace air {

// A table as a spreadsheet user wants it: a BOM, the header, the cells as shown, and cells that a
// spreadsheet would run as a formula (=, +, -, @) defused with an apostrophe (CsvWriter's Excel mode).
QByteArray modelToCsv(const QAbstractItemModel &model);
bool exportModelCsv(const QAbstractItemModel &model, const QString &path, QString *error);

// The same table as an Excel workbook: figures as numbers (their raw value, ItemRole::RawValue),
// a column's unit in its header where every figure of it shares one, else beside each figure;
// the header row frozen; text always text; and a second sheet naming the source of every figure
// (ItemRole::SourceTitle), with its row, column, year and status.
Result<QByteArray> modelToXlsx(const QAbstractItemModel &model);
bool exportModelXlsx(const QAbstractItemModel &model, const QString &path, QString *error);

// Adds "Export as CSV…" and "Export as Excel…" to a table's context menu.
void addCsvExport(QTableView *table);

} // namespace air
