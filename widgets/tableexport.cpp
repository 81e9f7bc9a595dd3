#include "tableexport.h"

#include "io/csvwriter.h"
#include "io/savefile.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace air {

QByteArray modelToCsv(const QAbstractItemModel &model)
{
    CsvWriter writer(true);
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal).toString();
    const bool rowHeaders = !model.headerData(0, Qt::Vertical).toString().isEmpty()
        && model.headerData(0, Qt::Vertical).toString() != u"1"_s;
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
}

} // namespace air
