#include "export/tableexporter.h"

#include "import/formats.h"
#include "io/csvwriter.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace air {
QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Result<QByteArray> exportTable(Storage &storage, const QString &table, const ExportFilter &filter, bool excel)
{
    const auto format = tableFormatByName(table);
    if (!format) {
        QStringList names;
        for (const TableFormat &f : tableFormats())
            names << f.name;
        return Problem { {}, 0, 0, u"unknown table '%1'; one of: %2"_s.arg(table, names.join(u", "_s)) };
    }
    ObservationFilter rows;
    rows.indicator = filter.indicator;
    rows.region = filter.region;
    rows.year = filter.year;
    const Result<TableRows> stored = storage.exportRows(format->name, rows);
    if (!stored)
        return stored.problems();

    CsvWriter writer(excel);
    writer.writeRow(format->columns());
    const int columns = int(format->columns().size());
    if (stored->columns.size() != columns)
        return storageProblem(ErrorKind::Failed,
            u"the storage gave %1 columns for %2, whose format has %3"_s.arg(stored->columns.size()).arg(table).arg(columns));
    QStringList fields;
    for (const QVariantList &row : stored->rows) {
        fields.clear();
        for (int c = 0; c < columns; ++c) {
            const QVariant &v = row[c];
            if (v.isNull())
                fields << QString();
            else if (v.typeId() == QMetaType::Double)
                fields << formatNumber(v.toDouble());
            else
                fields << v.toString();
        }
        writer.writeRow(fields);
    }
    return writer.data();
}

} // namespace air
