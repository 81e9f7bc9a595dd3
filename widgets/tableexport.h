#pragma once

#include <QString>

class QAbstractItemModel;
class QTableView;

namespace air {

// A table as a spreadsheet user wants it: a BOM, the header, the cells as shown, and cells that a
// spreadsheet would run as a formula (=, +, -, @) defused with an apostrophe (CsvWriter's Excel mode).
QByteArray modelToCsv(const QAbstractItemModel &model);
bool exportModelCsv(const QAbstractItemModel &model, const QString &path, QString *error);
// Adds "Export as CSV…" to a table's context menu.
void addCsvExport(QTableView *table);

} // namespace air
