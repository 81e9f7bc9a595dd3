#include "pages/datapage.h"

#include "dashboardcontext.h"
#include "items/indicatorcatalogmodel.h"
#include "items/observationsmodel.h"
#include "core/datatext.h"
#include "storage/vocabulary.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

DataPage::DataPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_observations(new ObservationsModel(context->storage(), this))
    , m_sources(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_indicator = new QComboBox(this);
    m_region = new QComboBox(this);
    m_undo = new QPushButton(this);
    m_redo = new QPushButton(this);
    m_import = new QPushButton(this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    bar->addWidget(m_indicator, 2);
    bar->addWidget(m_region, 1);
    m_reason = new QLineEdit(this);
    bar->addWidget(m_reason, 2);
    bar->addWidget(m_undo);
    bar->addWidget(m_redo);
    bar->addStretch();
    bar->addWidget(m_import);
    layout->addLayout(bar);
    auto *split = new QSplitter(Qt::Vertical, this);
    QTableView *table = makeTable(m_observations, tr("Observations"));
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table = table;
    auto *figures = new QWidget(split);
    auto *figuresLayout = new QVBoxLayout(figures);
    figuresLayout->setContentsMargins(0, 0, 0, 0);
    figuresLayout->addWidget(table, 1);
    m_history = new QLabel(figures);
    m_history->setTextFormat(Qt::PlainText); // names and reasons come from data
    m_history->setWordWrap(true);
    m_history->setTextInteractionFlags(Qt::TextSelectableByMouse);
    figuresLayout->addWidget(m_history);
    split->addWidget(figures);
    split->addWidget(makeTable(m_sources, tr("Sources")));
    split->setStretchFactor(0, 3);
    layout->addWidget(split, 1);
    connect(m_undo, &QPushButton::clicked, m_observations, &ObservationsModel::undo);
    connect(m_redo, &QPushButton::clicked, m_observations, &ObservationsModel::redo);
    connect(m_import, &QPushButton::clicked, this, &DataPage::importRequested);
    connect(m_reason, &QLineEdit::textChanged, m_observations, &ObservationsModel::setReason);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DataPage::showHistory);
    connect(m_observations, &ObservationsModel::dataChanged, this, &DataPage::showHistory);
    connect(m_observations, &ObservationsModel::modelReset, this, &DataPage::showHistory);
    connect(m_observations, &ObservationsModel::undoStateChanged, this, [this] {
        m_undo->setEnabled(m_observations->canUndo());
        m_redo->setEnabled(m_observations->canRedo());
        m_undo->setToolTip(m_observations->undoText());
        m_redo->setToolTip(m_observations->redoText());
    });
    connect(m_observations, &ObservationsModel::editRejected, this,
        [this](const QString &reason) { QMessageBox::warning(this, tr("Edit refused"), reason); });
    // Another desk changed the figure meanwhile (a team database): theirs is shown, and the
    // official chooses to keep it or to write theirs over it.
    connect(m_observations, &ObservationsModel::editConflict, this, &DataPage::askAboutConflict);
    // An edit changes the figures every page shows.
    connect(m_observations, &ObservationsModel::dataChanged, m_context, &DashboardContext::recompute,
        Qt::QueuedConnection);
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &DataPage::refresh);
    connect(m_region, &QComboBox::currentIndexChanged, this, &DataPage::refresh);
    fillFilters();
    connect(context, &DashboardContext::scopeChanged, this, &DataPage::fillFilters);
    retranslate();
}

void DataPage::askAboutConflict(const QString &message)
{
    // Window-modal but not blocking (open, not exec): the edit that caused it has returned by then.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Changed by another user"), message, QMessageBox::NoButton, this);
    box->setObjectName(u"editConflict"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText); // the other user's name comes from the database
    box->setInformativeText(m_observations->hasRefusedEdit()
            ? tr("Your change (%1) was not saved. Keep theirs, or save yours over it (the change is recorded in the "
                 "figure's history).")
                  .arg(m_observations->refusedValueText())
            : QString());
    QPushButton *keep = box->addButton(tr("Keep theirs"), QMessageBox::RejectRole);
    keep->setObjectName(u"keepTheirs"_s);
    if (m_observations->hasRefusedEdit()) {
        QPushButton *mine = box->addButton(tr("Save mine"), QMessageBox::AcceptRole);
        mine->setObjectName(u"writeMine"_s);
        connect(mine, &QPushButton::clicked, m_observations, [this] { m_observations->writeRefusedEdit(); });
    }
    connect(keep, &QPushButton::clicked, m_observations, &ObservationsModel::discardRefusedEdit);
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->open();
}

void DataPage::fillFilters()
{
    const QString indicator = m_indicator->currentData().toString();
    const QString region = m_region->currentData().toString();
    m_indicator->blockSignals(true);
    m_region->blockSignals(true);
    m_indicator->clear();
    m_region->clear();
    m_indicator->addItem(tr("All indicators"), QString());
    const Result<QList<IndicatorInfo>> indicators = IndicatorCatalogModel::loadIndicators(m_context->storage());
    for (const IndicatorInfo &i : indicators ? *indicators : QList<IndicatorInfo>())
        m_indicator->addItem(i.name(m_context->language()), i.id);
    m_region->addItem(tr("All regions"), QString());
    m_region->addItem(m_context->regionName(vocabulary::nation), vocabulary::nation);
    for (const QString &code : m_context->regionCodes())
        m_region->addItem(m_context->regionName(code), code);
    m_indicator->setCurrentIndex(std::max(0, m_indicator->findData(indicator)));
    m_region->setCurrentIndex(std::max(0, m_region->findData(region.isEmpty() ? m_context->focus() : region)));
    m_indicator->blockSignals(false);
    m_region->blockSignals(false);
}

QString DataPage::historyText() const
{
    return m_history->text();
}

void DataPage::showHistory()
{
    const int row = m_table->currentIndex().row();
    const QStringList changes = m_observations->history(row);
    if (row < 0) {
        m_history->setText(tr("Select a figure to see its changes."));
        return;
    }
    m_history->setText(changes.isEmpty() ? tr("This figure has not been changed.")
                                         : tr("Changes of this figure:") + u'\n' + changes.join(u'\n'));
}

void DataPage::retranslate()
{
    m_reason->setPlaceholderText(tr("Reason for the next edits (default: user edit)"));
    m_reason->setAccessibleName(tr("Reason for the edit"));
    m_undo->setText(tr("Undo"));
    m_redo->setText(tr("Redo"));
    m_import->setText(tr("Import…"));
    m_import->setEnabled(!m_context->storage().readOnly());
    m_import->setToolTip(m_import->isEnabled() ? QString() : tr("The database is open read-only"));
    m_indicator->setAccessibleName(tr("Indicator"));
    m_region->setAccessibleName(tr("Region"));
    fillFilters();
    m_observations->setLanguage(m_context->language());
    showHistory();
}

void DataPage::refresh()
{
    ObservationsModel::Filter filter;
    filter.indicator = m_indicator->currentData().toString();
    filter.region = m_region->currentData().toString();
    // A reload after an edit would move the rows under the user's eyes: only when the filter
    // changed or nothing was edited (the undo history survives a reload either way).
    const ObservationsModel::Filter &shown = m_observations->filter();
    if (!m_observations->canUndo() || filter.indicator != shown.indicator || filter.region != shown.region)
        m_observations->load(filter);
    // The source by its name first; the id (what an observations file cites) last. The title as published,
    // in English its English rendering where the data give one.
    m_sources->clear();
    m_sources->setHorizontalHeaderLabels(
        { tr("Publisher"), tr("Title"), tr("URL or path"), tr("Published"), tr("Licence"), tr("ID") });
    if (const Result<QList<SourceRecord>> sources = m_context->storage().sources(); sources) {
        for (const SourceRecord &s : *sources) {
            QList<QStandardItem *> row;
            for (const QString &text : { s.publisher, s.titleIn(m_context->language()), s.url, s.published, s.licence, s.id }) {
                auto *item = new QStandardItem(plainDataText(text));
                item->setEditable(false);
                row << item;
            }
            m_sources->appendRow(row);
        }
    }
    m_undo->setEnabled(m_observations->canUndo());
    m_redo->setEnabled(m_observations->canRedo());
}

} // namespace air
