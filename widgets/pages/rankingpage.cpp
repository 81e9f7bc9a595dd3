#include "pages/rankingpage.h"

#include "charts/mapsetup.h"
#include "charts/tilemap.h"
#include "dashboardcontext.h"
#include "findings.h"
#include "items/dashboardmodels.h"
#include "items/indicatorcatalogmodel.h"
#include "items/itemroles.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

RankingPage::RankingPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_model(new RankingModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
{
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(roleOf(ItemRole::RawValue)); // sort on numbers, not on formatted text
    auto *outer = new QVBoxLayout(this);
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_headline->setFont(bold);
    m_method = new QLabel(this);
    m_method->setTextFormat(Qt::PlainText);
    m_method->setWordWrap(true);
    outer->addWidget(m_headline);
    auto *layout = new QHBoxLayout;
    outer->addLayout(layout, 1);
    outer->addWidget(m_method);
    auto *left = new QVBoxLayout;
    auto *bar = new QHBoxLayout;
    m_by = new QComboBox(this);
    m_groups = new QCheckBox(this);
    bar->addWidget(m_by);
    bar->addWidget(m_groups);
    bar->addStretch();
    left->addLayout(bar);
    QTableView *table = makeTable(m_sorted, tr("Ranking"));
    table->setSortingEnabled(true);
    table->sortByColumn(RankingModel::Score, Qt::DescendingOrder);
    table->verticalHeader()->hide(); // the region is the first column
    left->addWidget(table, 1);
    layout->addLayout(left, 3);
    m_map = new TileMap(this);
    layout->addWidget(m_map, 2);
    connect(m_map, &TileMap::regionClicked, m_context, &DashboardContext::setFocus);
    connect(m_by, &QComboBox::currentIndexChanged, this, &RankingPage::refresh);
    connect(m_groups, &QCheckBox::toggled, this, &RankingPage::refresh);
    retranslate();
}

void RankingPage::retranslate()
{
    const int current = std::max(0, m_by->currentIndex());
    m_by->blockSignals(true);
    m_by->clear();
    m_by->addItem(tr("Map: AI readiness"), int(RankingModel::Score));
    m_by->addItem(tr("Map: AI opportunity"), int(RankingModel::Opportunity));
    const QStringList &pillars = readinessPillarNames();
    for (int p = 0; p < pillars.size(); ++p)
        m_by->addItem(tr("Map: %1").arg(IndicatorCatalogModel::pillarLabel(pillars[p], m_context->language())),
            int(RankingModel::FirstPillar) + p);
    m_by->setCurrentIndex(current);
    m_by->blockSignals(false);
    m_groups->setText(tr("Show the capital region, the other regions and Jeonnam with Gwangju"));
}

QString RankingPage::headline() const
{
    return m_headline->text();
}

void RankingPage::setShowGroups(bool show)
{
    m_groups->setChecked(show);
}

void RankingPage::refresh()
{
    if (!m_context->hasRun())
        return;
    const IndexRun &run = m_context->run();
    QStringList names;
    for (const QString &code : run.dataset.unitCodes)
        names << m_context->regionName(code);
    // Groups are the provinces'; the map follows the level (provinces, or a province's districts).
    const bool provinces = m_context->scope().level == 1;
    m_groups->setVisible(provinces);
    m_model->update(run, m_context->opportunityRun(), names, provinces && m_groups->isChecked(), m_context->language());
    const QString note = provisionalNote(*m_context, run);
    m_headline->setText(readinessHeadline(*m_context) + (note.isEmpty() ? QString() : u"\n"_s + note));
    m_headline->setToolTip(headlineTooltip(*m_context));
    m_method->setText(benchmarkText(*m_context));
    setUpMap(*m_map, *m_context, *m_model, m_by->currentData().toInt());
}

} // namespace air
