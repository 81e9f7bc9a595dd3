#include "importdialog.h"

#include "import/boundaryimport.h"
#include "import/formats.h"
#include "import/kosisimport.h"
#include "import/kosisreader.h"
#include "io/csvparser.h"
#include "io/textdecoder.h"
#include "items/indicatorcatalogmodel.h"

#include <QCheckBox>
#include <algorithm>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

ImportDialog::ImportDialog(std::shared_ptr<Storage> storage, QWidget *parent)
    : QDialog(parent)
    , m_storage(std::move(storage))
{
    setWindowTitle(tr("Import data"));
    auto *layout = new QVBoxLayout(this);

    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(tr("No file chosen"), this);
    m_fileLabel->setTextFormat(Qt::PlainText); // file names and errors quote data (issue 18, 2)
    m_fileLabel->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose files…"), this);
    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    fileRow->addWidget(m_fileLabel, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    m_detected = new QLabel(this);
    m_detected->setTextFormat(Qt::PlainText);
    layout->addWidget(m_detected);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_preview = new QTableWidget(split);
    m_preview->setAccessibleName(tr("Preview of the file"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping = new QTableWidget(0, 2, split);
    m_mapping->setAccessibleName(tr("Items and the indicators they fill"));
    m_mapping->setHorizontalHeaderLabels({ tr("KOSIS item"), tr("Indicator") });
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    layout->addWidget(split, 1);

    m_filterBox = new QWidget(this);
    m_filters = new QFormLayout(m_filterBox);
    layout->addWidget(m_filterBox);

    m_replace = new QCheckBox(tr("Overwrite figures that a user entered or imported earlier"), this);
    layout->addWidget(m_replace);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_report = new QPlainTextEdit(this);
    m_report->setReadOnly(true);
    m_report->setAccessibleName(tr("Import report"));
    m_report->setMaximumBlockCount(2000);
    layout->addWidget(m_report);

    auto *buttons = new QDialogButtonBox(this);
    m_checkButton = buttons->addButton(tr("Check"), QDialogButtonBox::ActionRole);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);
    resize(900, 700);
}

ImportDialog::~ImportDialog()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker; // its finished() reached no one: the dialog is going
    }
}

void ImportDialog::done(int result)
{
    if (m_running) {
        m_report->appendPlainText(tr("The import is still running: the dialog closes when it has finished."));
        return;
    }
    QDialog::done(result);
}

void ImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import CSV files"), QString(),
        tr("CSV files, Excel workbooks and GeoJSON boundaries (*.csv *.txt *.xlsx *.geojson *.json);;All files (*)"));
    if (!files.isEmpty())
        setFiles(files);
}

void ImportDialog::setFiles(const QStringList &files)
{
    m_files = files;
    QStringList names;
    for (const QString &f : files)
        names << QFileInfo(f).fileName();
    m_fileLabel->setText(names.join(u", "_s));
    m_report->clear();
    m_progress->setValue(0);
    showPreview();
    m_checkButton->setEnabled(!files.isEmpty());
    m_importButton->setEnabled(!files.isEmpty());
}

void ImportDialog::showPreview()
{
    m_preview->clear();
    m_previewLines.clear();
    m_mapping->setRowCount(0);
    m_items.clear();
    m_tableTitle.clear();
    while (m_filters->rowCount() > 0)
        m_filters->removeRow(0);
    if (m_files.isEmpty())
        return;
    if (isBoundaryFile(m_files.first())) {
        m_detected->setText(tr("GeoJSON boundaries: Check reads the outlines and matches them to regions, Import stores "
                               "them (a boundary file is imported on its own)."));
        return;
    }

    Result<InputFile> file = Importer::readInputFile(m_files.first());
    if (!file) {
        m_detected->setText(file.errorText());
        return;
    }
    // CSV text or a workbook's first sheet: the rows import will read.
    Result<TableSource> text = openTableSource(file->name, file->bytes);
    if (!text) {
        m_detected->setText(text.errorText());
        return;
    }
    CsvParser parser = text->parser();
    QList<QStringList> rows;
    int columns = 0;
    while (rows.size() < 20 && parser.next()) {
        QStringList row;
        for (QStringView f : parser.fields())
            row << f.toString();
        columns = qMax(columns, int(row.size()));
        rows << row;
        m_previewLines << parser.line();
    }
    m_preview->setRowCount(int(rows.size()));
    m_preview->setColumnCount(columns);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows[r].size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(rows[r][c]));
    QStringList lineNumbers; // the file's line numbers, as the error messages give them
    for (qint64 line : std::as_const(m_previewLines))
        lineNumbers << QString::number(line);
    m_preview->setVerticalHeaderLabels(lineNumbers);

    if (rows.isEmpty())
        return;
    if (const auto format = detectTableFormat(rows.first())) {
        m_detected->setText(tr("Format: %1 · encoding: %2").arg(format->name, text->encoding));
        m_mapping->hide();
        return;
    }
    CsvParser records = text->parser();
    Result<KosisTable> table = readKosisTable(records, file->name);
    if (!table) {
        m_detected->setText(tr("Not a recognised format: %1").arg(table.errorText()));
        return;
    }
    m_detected->setText(tr("KOSIS table “%1” · encoding: %2 · %3 rows")
                            .arg(table->title, text->encoding)
                            .arg(table->rows.size()));
    m_tableTitle = table->title;
    m_items = table->items;

    const Result<QList<IndicatorInfo>> loaded = IndicatorCatalogModel::loadIndicators(*m_storage);
    const QList<IndicatorInfo> indicators = loaded ? *loaded : QList<IndicatorInfo>();
    QSettings settings;
    const QVariantMap remembered = settings.value(u"importMappings/"_s + m_tableTitle).toMap();
    // A table the catalogue has a KOSIS recipe for: the recipe's mapping, unless one was remembered.
    const QStringList recipe = remembered.isEmpty() ? kosisRecipeIndicators(indicators, m_tableTitle, m_items) : QStringList();
    if (std::any_of(recipe.cbegin(), recipe.cend(), [](const QString &id) { return !id.isEmpty(); }))
        m_detected->setText(m_detected->text() + u" · "_s + tr("the catalogue's KOSIS recipe for this table proposes the mapping"));
    m_mapping->show();
    m_mapping->setRowCount(int(m_items.size()));
    for (int r = 0; r < m_items.size(); ++r) {
        m_mapping->setItem(r, 0, new QTableWidgetItem(m_items[r]));
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("(skip)"), QString());
        for (const IndicatorInfo &i : indicators)
            combo->addItem(u"%1 — %2"_s.arg(i.id, i.nameKo), i.id);
        const int index = combo->findData(recipe.isEmpty() ? remembered.value(m_items[r]).toString() : recipe.value(r));
        combo->setCurrentIndex(index < 0 ? 0 : index);
        m_mapping->setCellWidget(r, 1, combo);
    }
    const QMap<QString, QStringList> values = table->classificationValues();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto *combo = new QComboBox(m_filterBox);
        combo->addItems(it.value());
        combo->setProperty("column", it.key());
        const int index = combo->findText(remembered.value(u"filter:"_s + it.key()).toString());
        if (index >= 0)
            combo->setCurrentIndex(index);
        m_filters->addRow(it.key(), combo);
    }
}

ImportOptions ImportDialog::options() const
{
    ImportOptions options;
    options.replaceUserRows = m_replace->isChecked();
    for (int r = 0; r < m_mapping->rowCount() && !m_tableTitle.isEmpty(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(r, 1));
        if (combo && !combo->currentData().toString().isEmpty())
            options.maps.append({ m_items[r], combo->currentData().toString() });
    }
    for (int r = 0; r < m_filters->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(m_filters->itemAt(r, QFormLayout::FieldRole)->widget());
        if (combo)
            options.filters.append({ combo->property("column").toString(), combo->currentText() });
    }
    return options;
}

void ImportDialog::rememberMapping() const
{
    if (m_tableTitle.isEmpty())
        return;
    QVariantMap map;
    const ImportOptions o = options();
    for (const auto &[text, indicator] : o.maps)
        map.insert(text, indicator);
    for (const auto &[column, value] : o.filters)
        map.insert(u"filter:"_s + column, value);
    QSettings().setValue(u"importMappings/"_s + m_tableTitle, map);
}

void ImportDialog::run(bool checkOnly)
{
    if (m_running || m_files.isEmpty())
        return;
    m_running = true;
    m_checkButton->setEnabled(false);
    m_importButton->setEnabled(false);
    m_progress->setValue(0);
    m_report->setPlainText(checkOnly ? tr("Checking…") : tr("Importing…"));
    rememberMapping();

    ImportOptions opts = options();
    opts.checkOnly = checkOnly;
    opts.progress = [this](const QString &, double fraction) {
        QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, int(fraction * 1000)));
    };
    const std::shared_ptr<Storage> storage = m_storage;
    const QStringList files = m_files;
    QThread *worker = QThread::create([this, storage, files, opts, checkOnly] {
        if (std::any_of(files.cbegin(), files.cend(), isBoundaryFile)) {
            Result<BoundaryImport> boundaries = files.size() == 1
                ? importBoundaries(*storage, files.first(), checkOnly)
                : Result<BoundaryImport>(Problem { files.first(), 0, 0,
                      tr("a GeoJSON file of boundaries is imported on its own, not with other files") });
            storage->releaseThread();
            const bool ok = boundaries.ok();
            const QString text = ok ? boundaryReport(*boundaries, checkOnly) : boundaries.errorText() + u"\n"_s + tr("Nothing was written.");
            QMetaObject::invokeMethod(
                this, [this, ok, text, checkOnly] { onFinished(ok, text, checkOnly, Problem {}); }, Qt::QueuedConnection);
            return;
        }
        Result<ImportReport> report = Importer::importFiles(*storage, files, opts);
        storage->releaseThread();
        const bool ok = report.ok();
        const QString text = ok ? report->toText() : report.errorText() + u"\n"_s + tr("Nothing was written.");
        const Problem first = ok ? Problem {} : report.problems().value(0);
        QMetaObject::invokeMethod(
            this, [this, ok, text, checkOnly, first] { onFinished(ok, text, checkOnly, first); }, Qt::QueuedConnection);
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker] {
        if (m_worker == worker)
            m_worker = nullptr;
        worker->deleteLater();
    });
    worker->start();
}

void ImportDialog::onFinished(bool ok, const QString &text, bool checkOnly, const Problem &first)
{
    m_running = false;
    m_progress->setValue(1000);
    m_report->setPlainText(text);
    if (!ok)
        showProblemInPreview(first);
    m_checkButton->setEnabled(true);
    m_importButton->setEnabled(true);
    emit importFinished(ok, text, checkOnly);
    if (ok && !checkOnly)
        m_importButton->setText(tr("Import again"));
    if (ok && !checkOnly)
        setResult(QDialog::Accepted);
}

void ImportDialog::showProblemInPreview(const Problem &problem)
{
    if (m_files.isEmpty() || problem.file != m_files.first() || problem.line <= 0)
        return;
    const int row = int(m_previewLines.indexOf(problem.line));
    if (row < 0)
        return; // beyond the rows shown
    const int column = problem.column >= 1 && problem.column <= m_preview->columnCount() ? problem.column - 1 : 0;
    m_preview->setCurrentCell(row, column);
    if (QTableWidgetItem *item = m_preview->item(row, column)) {
        item->setToolTip(problem.reason);
        m_preview->scrollToItem(item, QAbstractItemView::PositionAtCenter);
    }
    m_preview->setFocus();
}

} // namespace air
