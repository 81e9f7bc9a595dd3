#include "pages/trendspage.h"

#include "charts/chartbuilders.h"
#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "dashboardcontext.h"
#include "storage/vocabulary.h"
#include "items/dashboardmodels.h"
#include "items/indicatorcatalogmodel.h"
#include "items/unitlabel.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

TrendsPage::TrendsPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_model(new TrendModel(this))
{
    auto *layout = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    m_indicator = new QComboBox(this);
    m_indicator->setAccessibleName(tr("Indicator"));
    m_indicator->setMinimumContentsLength(28);
    m_regions = new QListWidget(this);
    m_regions->setAccessibleName(tr("More regions"));
    m_regions->setMaximumWidth(180);
    fillRegions();
    connect(context, &DashboardContext::scopeChanged, this, &TrendsPage::fillRegions);
    left->addWidget(new QLabel(tr("More regions:"), this));
    left->addWidget(m_regions);
    layout->addLayout(left);
    auto *right = new QVBoxLayout;
    right->addWidget(m_indicator);
    m_chart = new ChartPanel(tr("Trend"), this);
    m_chart->setObjectName(u"trend"_s); // the slides' file names
    m_chart->setMinimumHeight(360);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    QTableView *table = makeTable(m_model, tr("Trend"));
    table->verticalHeader()->hide(); // the year is the first column
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    right->addWidget(split, 1);
    layout->addLayout(right, 1);
    fillIndicators();
    connect(m_indicator, &QComboBox::currentIndexChanged, this, &TrendsPage::refresh);
    connect(m_regions, &QListWidget::itemChanged, this, [this] {
        QStringList codes;
        for (int i = 0; i < m_regions->count(); ++i)
            if (m_regions->item(i)->checkState() == Qt::Checked)
                codes << m_regions->item(i)->data(Qt::UserRole).toString();
        m_context->setExtraRegions(codes);
    });
}

// The regions of the scope (the provinces, or the districts), none ticked.
void TrendsPage::fillRegions()
{
    m_regions->blockSignals(true);
    m_regions->clear();
    for (const QString &code : m_context->regionCodes()) {
        auto *item = new QListWidgetItem(m_context->regionName(code), m_regions);
        item->setData(Qt::UserRole, code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_regions->blockSignals(false);
    m_context->setExtraRegions({});
}

// A readiness indicator (not a context one such as ageing), the one with the most years.
QString TrendsPage::defaultIndicator(Storage &storage)
{
    const Result<QList<IndicatorInfo>> indicators = storage.indicators();
    const Result<QHash<QString, int>> years = storage.yearsPerIndicator();
    if (!indicators || !years)
        return {};
    QString best;
    int bestYears = 0;
    qint64 bestRef = 0;
    for (const IndicatorInfo &i : *indicators) {
        const int n = years->value(i.id);
        if (i.pillar == u"context"_s || n == 0)
            continue;
        if (n > bestYears || (n == bestYears && i.ref < bestRef)) {
            best = i.id;
            bestYears = n;
            bestRef = i.ref;
        }
    }
    return best;
}

void TrendsPage::fillIndicators()
{
    const QString current = m_indicator->currentData().toString();
    m_indicator->blockSignals(true);
    m_indicator->clear();
    const Result<QList<IndicatorInfo>> indicators = IndicatorCatalogModel::loadIndicators(m_context->storage());
    for (const IndicatorInfo &i : indicators ? *indicators : QList<IndicatorInfo>())
        m_indicator->addItem(u"%1 · %2"_s.arg(IndicatorCatalogModel::pillarLabel(i.pillar, m_context->language()),
                                 i.name(m_context->language())),
            i.id);
    const int index = m_indicator->findData(current.isEmpty() ? defaultIndicator(m_context->storage()) : current);
    m_indicator->setCurrentIndex(std::max(0, index));
    m_indicator->blockSignals(false);
}

QString TrendsPage::indicator() const
{
    return m_indicator->currentData().toString();
}

void TrendsPage::setIndicator(const QString &id)
{
    m_indicator->setCurrentIndex(m_indicator->findData(id));
}

void TrendsPage::retranslate()
{
    fillIndicators();
    for (int i = 0; i < m_regions->count(); ++i)
        m_regions->item(i)->setText(m_context->regionName(m_regions->item(i)->data(Qt::UserRole).toString()));
}

void TrendsPage::refresh()
{
    QStringList codes = { m_context->focus(), m_context->comparison(), vocabulary::nation };
    for (const QString &c : m_context->extraRegions())
        if (!codes.contains(c))
            codes << c;
    QStringList names;
    for (const QString &c : codes)
        names << m_context->regionName(c);
    const QString id = m_indicator->currentData().toString();
    m_model->update(m_context->storage(), id, codes, names);
    QString unit;
    const Result<QList<IndicatorInfo>> indicators = m_context->storage().indicators();
    for (const IndicatorInfo &i : indicators ? *indicators : QList<IndicatorInfo>())
        if (i.id == id)
            unit = unitLabel(i.denominator.isEmpty() ? i.unit : i.ratioUnit, m_context->language());
    QList<QColor> colours = { palette::focus(), palette::comparison(), palette::nation() };
    for (int k = 0; k < 5; ++k)
        colours << palette::extra(k);
    showLines(m_chart, *m_model, colours, m_indicator->currentText(), unit);
}

} // namespace air
