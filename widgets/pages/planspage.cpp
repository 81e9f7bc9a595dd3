#include "pages/planspage.h"

#include "dashboardcontext.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"

#include "import/formats.h"
#include "items/indicatorcatalogmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// A gap in Jeonnam's plan is painted in the focus colour, so that the matrix reads at a glance.
class CoverageDelegate final : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        if (index.data(roleOf(ItemRole::Status)).toString() == u"gap"_s) {
            painter->fillRect(option.rect, QColor(0xD5, 0x5E, 0x00, 60));
        } else if (index.data(roleOf(ItemRole::RawValue)).toInt() > 0) {
            painter->fillRect(option.rect, QColor(0x00, 0x72, 0xB2, 30));
        }
        QStyleOptionViewItem o = option;
        o.displayAlignment = Qt::AlignCenter;
        QStyledItemDelegate::paint(painter, o, index);
    }
};

} // namespace

PlansPage::PlansPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_coverage(new PlanCoverageModel(this))
    , m_targets(new PlanTargetsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_coverageTitle = new QLabel(this);
    m_targetsTitle = new QLabel(this);
    QFont bold = m_coverageTitle->font();
    bold.setBold(true);
    m_coverageTitle->setFont(bold);
    m_targetsTitle->setFont(bold);
    QTableView *coverage = makeTable(m_coverage, tr("Plan coverage"));
    coverage->setItemDelegate(new CoverageDelegate(coverage));
    coverage->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    coverage->setMinimumHeight(290);
    QTableView *targets = makeTable(m_targets, tr("Plan targets"));
    targets->setWordWrap(true);
    targets->verticalHeader()->hide(); // the item is a column
    m_coverageTitle->setWordWrap(true);
    m_pillar = new QComboBox(this);
    m_pillar->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *targetsBar = new QHBoxLayout;
    targetsBar->addWidget(m_targetsTitle, 1);
    targetsBar->addWidget(m_pillar);
    layout->addWidget(m_coverageTitle);
    layout->addWidget(coverage, 2);
    layout->addLayout(targetsBar);
    layout->addWidget(targets, 3);
    retranslate();
    connect(m_pillar, &QComboBox::currentIndexChanged, this, [this] {
        m_targets->update(m_context->storage(), m_context->language(), pillar());
    });
}

QString PlansPage::pillar() const
{
    return m_pillar->currentData().toString();
}

void PlansPage::showPillar(const QString &pillar)
{
    m_pillar->setCurrentIndex(std::max(0, m_pillar->findData(pillar)));
}

void PlansPage::retranslate()
{
    m_targetsTitle->setText(tr("Items with a target or a budget, and where they stand according to their sources"));
    const QString chosen = m_pillar->currentData().toString();
    m_pillar->blockSignals(true);
    m_pillar->clear();
    m_pillar->addItem(tr("All pillars"), QString());
    for (const QString &p : pillarNames())
        m_pillar->addItem(IndicatorCatalogModel::pillarLabel(p, m_context->language()), p);
    m_pillar->setCurrentIndex(std::max(0, m_pillar->findData(chosen)));
    m_pillar->blockSignals(false);
    m_pillar->setAccessibleName(tr("Pillar"));
    updateCoverageTitle();
}

void PlansPage::updateCoverageTitle()
{
    bool gaps = false;
    for (int r = 0; r < m_coverage->rowCount() && !gaps; ++r)
        for (int c = 0; c < m_coverage->columnCount() && !gaps; ++c)
            gaps = m_coverage->index(r, c).data(roleOf(ItemRole::Status)).toString() == u"gap"_s;
    // The orange of the legend only where the table has it.
    m_coverageTitle->setText(gaps ? tr("Which pillars each plan covers (number of items; hover for the titles). "
                                       "Shaded in orange: a gap in Jeonnam's plan where another plan has items.")
                                  : tr("Which pillars each plan covers (number of items; hover for the titles). "
                                       "No gap: Jeonnam's plan has items wherever another plan has."));
}

void PlansPage::refresh()
{
    m_coverage->update(m_context->storage(), m_context->language());
    m_targets->update(m_context->storage(), m_context->language(), pillar());
    updateCoverageTitle();
}

} // namespace air
