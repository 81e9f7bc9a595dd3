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

// A number written as briefly as it can be read back exactly.
QString formatNumber(double value);

} // namespace air
