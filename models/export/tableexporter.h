#pragma once

#include "core/result.h"
#include "storage/storage.h"

#include <QByteArray>
#include <QString>

namespace air {

struct ExportFilter {
    QString indicator;
    QString region;
    int year = 0; // 0: every year
};

// export-csv: one table in the project's own CSV format, readable again by import (a round trip
// changes nothing), or in Excel mode for spreadsheets.
Result<QByteArray> exportTable(Storage &storage, const QString &table, const ExportFilter &filter, bool excel);

// export-csv --xlsx: the same table as an Excel workbook (.xlsx), which import reads back as it
// reads the CSV (a round trip changes nothing): its first sheet is the table (numbers as numbers,
// each observation's unit beside its figure, the header row frozen, text always text), and a table
// whose rows name sources (observations, plans, facts) gets a second sheet, "sources", with those
// sources in the sources format.
Result<QByteArray> exportTableXlsx(Storage &storage, const QString &table, const ExportFilter &filter);

// A number written as briefly as it can be read back exactly.
QString formatNumber(double value);

} // namespace air
