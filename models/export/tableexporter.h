#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace air {

struct ExportFilter {
    QString indicator;
    QString region;
    int year = 0; // 0: every year
};

// export-csv: one table in the project's own CSV format, readable again by import (a round trip
// changes nothing), or in Excel mode for spreadsheets.
Result<QByteArray> exportTable(QSqlDatabase &db, const QString &table, const ExportFilter &filter, bool excel);

// A number written as briefly as it can be read back exactly.
QString formatNumber(double value);

} // namespace air
