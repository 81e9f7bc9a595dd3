#include "pages/gapspage.h"

#include "dashboardcontext.h"
#include "gaptext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace air {
namespace {

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

GapsPage::GapsPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_headline = plainLabel(this);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_method = plainLabel(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_method);
    QTableView *table = makeTable(m_model, tr("Data gaps"));
    table->verticalHeader()->hide();
    // "Where to get it" holds the longest texts: it takes the room left and wraps.
    table->setWordWrap(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(table, 1);
    m_howTo = plainLabel(this);
    layout->addWidget(m_howTo);
    auto *buttons = new QHBoxLayout;
    m_import = new QPushButton(this);
    connect(m_import, &QPushButton::clicked, this, &GapsPage::importRequested);
    buttons->addWidget(m_import);
    buttons->addStretch();
    layout->addLayout(buttons);
    retranslate();
}

void GapsPage::retranslate()
{
    m_howTo->setText(GapText::howToFill(true));
    m_import->setText(tr("Import a downloaded table…"));
    if (m_context->hasRun())
        refresh();
}

QString GapsPage::headline() const
{
    return m_headline->text();
}

void GapsPage::refresh()
{
    if (!m_context->hasRun())
        return;
    m_headline->setText(GapText::headline(*m_context));
    m_method->setText(GapText::method(*m_context));
    const QList<GapText::Row> rows = GapText::rows(*m_context);
    m_model->clear();
    m_model->setHorizontalHeaderLabels(GapText::columnTitles());
    for (const GapText::Row &r : rows) {
        QList<QStandardItem *> items;
        for (const QString &text : { r.indicator, r.year, r.status, r.rankIfLowest, r.rankIfHighest, r.spread, r.where }) {
            auto *item = new QStandardItem(text);
            item->setEditable(false);
            item->setToolTip(r.tooltip);
            items << item;
        }
        for (int c : { 1, 3, 4, 5 })
            items[c]->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_model->appendRow(items);
    }
}

} // namespace air
