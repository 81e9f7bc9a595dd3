#include "tableexport.h"

#include "io/csvwriter.h"
#include "io/savefile.h"
#include "io/xlsxwriter.h"
#include "items/itemroles.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// The vertical header when it names the rows (not Qt's default numbers).
bool hasRowHeaders(const QAbstractItemModel &model)
{
    const QString first = model.headerData(0, Qt::Vertical).toString();
    return !first.isEmpty() && first != u"1"_s;
}

bool isFigure(const QVariant &raw)
{
    return raw.isValid() && !raw.isNull() && raw.canConvert<double>() && raw.typeId() != QMetaType::QString;
}

} // namespace

QByteArray modelToCsv(const QAbstractItemModel &model)
{
    CsvWriter writer(true);
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    const bool rowHeaders = hasRowHeaders(model);
    if (rowHeaders)
        header.prepend(QString());
    writer.writeRow(header);
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        if (rowHeaders)
            row << model.headerData(r, Qt::Vertical).toString();
        for (int c = 0; c < model.columnCount(); ++c)
            row << model.index(r, c).data().toString();
        writer.writeRow(row);
    }
    return writer.data();
}

bool exportModelCsv(const QAbstractItemModel &model, const QString &path, QString *error)
{
    const Status saved = saveFile(path, modelToCsv(model));
    if (!saved && error)
        *error = saved.problems().first().reason;
    return saved.ok();
}

Result<QByteArray> modelToXlsx(const QAbstractItemModel &model)
{
    const bool rowHeaders = hasRowHeaders(model);
    const int columns = model.columnCount();
    const int rows = model.rowCount();

    // A column's unit goes into its header when all its figures share one.
    QStringList columnUnit(columns);
    QList<bool> mixedUnits(columns, false);
    for (int c = 0; c < columns; ++c) {
        for (int r = 0; r < rows; ++r) {
            const QModelIndex index = model.index(r, c);
            if (!isFigure(index.data(roleOf(ItemRole::RawValue))))
                continue;
            const QString unit = index.data(roleOf(ItemRole::Unit)).toString();
            if (columnUnit[c].isNull())
                columnUnit[c] = unit.isNull() ? u""_s : unit;
            else if (columnUnit[c] != unit)
                mixedUnits[c] = true;
        }
    }

    XlsxSheetData table;
    table.name = QObject::tr("Table");
    if (rowHeaders)
        table.header << QString();
    QStringList headers;
    for (int c = 0; c < columns; ++c) {
        const QString header = model.headerData(c, Qt::Horizontal).toString();
        headers << header;
        const bool unitInHeader = !mixedUnits[c] && !columnUnit[c].isEmpty() && !header.contains(columnUnit[c]);
        table.header << (unitInHeader ? QObject::tr("%1 (%2)").arg(header, columnUnit[c]) : header);
    }

    XlsxSheetData sources;
    sources.name = QObject::tr("Sources");
    sources.header = { QObject::tr("Row"), QObject::tr("Column"), QObject::tr("Figure"), QObject::tr("Year"),
        QObject::tr("Status"), QObject::tr("Source") };
    for (int r = 0; r < rows; ++r) {
        QVariantList row;
        QStringList units;
        if (rowHeaders) {
            row << model.headerData(r, Qt::Vertical).toString();
            units << QString();
        }
        const QString rowName = rowHeaders ? model.headerData(r, Qt::Vertical).toString() : model.index(r, 0).data().toString();
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant raw = index.data(roleOf(ItemRole::RawValue));
            if (isFigure(raw)) {
                row << raw.toDouble();
                units << (mixedUnits[c] ? index.data(roleOf(ItemRole::Unit)).toString() : QString());
                const QString source = index.data(roleOf(ItemRole::SourceTitle)).toString();
                if (!source.isEmpty()) {
                    const QVariant year = index.data(roleOf(ItemRole::Year));
                    sources.rows << QVariantList { rowName, headers[c], raw.toDouble(),
                        year.toInt() > 0 ? QVariant(year.toInt()) : QVariant(), index.data(roleOf(ItemRole::Status)).toString(), source };
                }
            } else {
                const QString text = index.data().toString();
                row << (text.isEmpty() ? QVariant() : QVariant(text));
                units << QString();
            }
        }
        table.rows << row;
        table.units << units;
    }
    return writeXlsx({ table, sources });
}

bool exportModelXlsx(const QAbstractItemModel &model, const QString &path, QString *error)
{
    Result<QByteArray> workbook = modelToXlsx(model);
    if (!workbook) {
        if (error)
            *error = workbook.problems().first().reason;
        return false;
    }
    const Status saved = saveFile(path, *workbook);
    if (!saved && error)
        *error = saved.problems().first().reason;
    return saved.ok();
}

void addCsvExport(QTableView *table)
{
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *action = new QAction(QObject::tr("Export as CSV…"), table);
    QObject::connect(action, &QAction::triggered, table, [table] {
        const QString path = QFileDialog::getSaveFileName(table, QObject::tr("Export table"),
            table->accessibleName() + u".csv"_s, QObject::tr("CSV for spreadsheets (*.csv)"));
        QString error;
        if (!path.isEmpty() && table->model() && !exportModelCsv(*table->model(), path, &error))
            QMessageBox::warning(table, QObject::tr("Export table"), QObject::tr("Cannot write %1: %2").arg(path, error));
    });
    table->addAction(action);
    auto *excel = new QAction(QObject::tr("Export as Excel…"), table);
    QObject::connect(excel, &QAction::triggered, table, [table] {
        const QString path = QFileDialog::getSaveFileName(table, QObject::tr("Export table"),
            table->accessibleName() + u".xlsx"_s, QObject::tr("Excel workbook (*.xlsx)"));
        if (path.isEmpty() || !table->model())
            return;
        QString error;
        if (!exportModelXlsx(*table->model(), path, &error))
            QMessageBox::warning(table, QObject::tr("Export table"), QObject::tr("Cannot write %1: %2").arg(path, error));
    });
    table->addAction(excel);
}

} // namespace air
