#include "export/tableexporter.h"
#include "storage/storagetext.h"

#include "import/formats.h"
#include "io/csvwriter.h"
#include "io/xlsxwriter.h"

#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace air {
namespace {

struct ExportedTable {
    TableFormat format;
    TableRows rows;
};

Result<ExportedTable> readTable(Storage &storage, const QString &table, const ExportFilter &filter)
{
    const auto format = tableFormatByName(table);
    if (!format) {
        QStringList names;
        for (const TableFormat &f : tableFormats())
            names << f.name;
        return Problem { {}, 0, 0, StorageText::tr("unknown table '%1'; one of: %2").arg(table, names.join(u", "_s)) };
    }
    ObservationFilter rows;
    rows.indicator = filter.indicator;
    rows.region = filter.region;
    rows.year = filter.year;
    Result<TableRows> stored = storage.exportRows(format->name, rows);
    if (!stored)
        return stored.problems();
    const qsizetype columns = format->columns().size();
    if (stored->columns.size() != columns)
        return storageProblem(ErrorKind::Failed,
            u"the storage gave %1 columns for %2, whose format has %3"_s.arg(stored->columns.size()).arg(table).arg(columns));
    return ExportedTable { *format, std::move(*stored) };
}

} // namespace

QString formatNumber(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

Result<QByteArray> exportTable(Storage &storage, const QString &table, const ExportFilter &filter, bool excel)
{
    const Result<ExportedTable> exported = readTable(storage, table, filter);
    if (!exported)
        return exported.problems();
    CsvWriter writer(excel);
    writer.writeRow(exported->format.columns());
    const qsizetype columns = exported->format.columns().size();
    QStringList fields;
    for (const QVariantList &row : exported->rows.rows) {
        fields.clear();
        for (qsizetype c = 0; c < columns; ++c) {
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

Result<QByteArray> exportTableXlsx(Storage &storage, const QString &table, const ExportFilter &filter)
{
    const Result<ExportedTable> exported = readTable(storage, table, filter);
    if (!exported)
        return exported.problems();
    XlsxSheetData sheet;
    sheet.name = exported->format.name;
    sheet.header = exported->format.columns();
    sheet.rows = exported->rows.rows;

    // The unit of each figure beside it (its number format): one column holds every indicator's.
    const qsizetype valueColumn = exported->format.kind == TableFormat::Kind::Observations ? sheet.header.indexOf(u"value"_s) : -1;
    if (valueColumn >= 0) {
        const Result<ExportedTable> indicators = readTable(storage, u"indicators"_s, {});
        if (!indicators)
            return indicators.problems();
        const qsizetype id = indicators->format.columns().indexOf(u"id"_s);
        const qsizetype unit = indicators->format.columns().indexOf(u"unit"_s);
        QHash<QString, QString> units;
        for (const QVariantList &row : indicators->rows.rows)
            units.insert(row[id].toString(), row[unit].toString());
        const qsizetype indicatorColumn = sheet.header.indexOf(u"indicator"_s);
        for (const QVariantList &row : std::as_const(sheet.rows)) {
            QStringList rowUnits(sheet.header.size());
            rowUnits[valueColumn] = units.value(row[indicatorColumn].toString());
            sheet.units << rowUnits;
        }
    }
    QList<XlsxSheetData> sheets { sheet };

    // The sources the rows name, in the sources format (import reads them with --sheet sources).
    const qsizetype sourceColumn = sheet.header.indexOf(u"source"_s);
    if (sourceColumn >= 0) {
        QSet<QString> named;
        for (const QVariantList &row : std::as_const(sheet.rows))
            named.insert(row[sourceColumn].toString());
        const Result<ExportedTable> sources = readTable(storage, u"sources"_s, {});
        if (!sources)
            return sources.problems();
        XlsxSheetData list;
        list.name = sources->format.name;
        list.header = sources->format.columns();
        for (const QVariantList &row : sources->rows.rows) {
            if (named.contains(row.value(0).toString()))
                list.rows << row;
        }
        sheets << list;
    }
    return writeXlsx(sheets);
}

} // namespace air
