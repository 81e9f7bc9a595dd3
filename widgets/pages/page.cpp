#include "pages/page.h"

#include "charts/chartpanel.h"
#include "dashboardcontext.h"
#include "missingvaluedelegate.h"
#include "tableexport.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

namespace air {

Page::Page(DashboardContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    // Only visible pages redraw at once; a hidden page redraws when it is shown.
    connect(context, &DashboardContext::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
}

QList<ChartPanel *> Page::charts() const
{
    return findChildren<ChartPanel *>();
}

QTableView *Page::makeTable(QAbstractItemModel *model, const QString &accessibleName)
{
    auto *table = new QTableView(this);
    table->setModel(model);
    table->setAccessibleName(accessibleName);
    table->setItemDelegate(new MissingValueDelegate(table));
    table->setAlternatingRowColors(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Columns as wide as their content: a stretched last column pushed a unit or a note to the
    // window's edge.
    table->horizontalHeader()->setStretchLastSection(false);
    addCsvExport(table);
    return table;
}

void Page::showEvent(QShowEvent *event)
{
    if (m_stale) {
        m_stale = false;
        refresh();
    }
    QWidget::showEvent(event);
}

void Page::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace air
