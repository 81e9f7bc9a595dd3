#include "pages/sectorfitpage.h"

#include "charts/chartbuilders.h"
#include "charts/chartpanel.h"
#include "dashboardcontext.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

SectorFitPage::SectorFitPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_model(new SectorFitModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_chart = new ChartPanel(tr("Sector fit quadrant"), this);
    m_chart->setObjectName(u"quadrant"_s); // the slides' file names
    m_chart->setMinimumHeight(380);
    m_reading = new QLabel(this);
    m_reading->setTextFormat(Qt::PlainText); // names from data (issue 18, 2)
    m_reading->setWordWrap(true);
    layout->addWidget(m_chart, 3);
    layout->addWidget(makeTable(m_model, tr("Sector diagnosis")), 1);
    layout->addWidget(m_reading);
}

void SectorFitPage::retranslate()
{
    refresh();
}

void SectorFitPage::refresh()
{
    if (!m_context->hasRun())
        return;
    const QString name = m_context->regionName(m_context->focus());
    m_model->update(m_context->comparisonModel().lines(), m_context->opportunityRun(), m_context->focus(), m_context->language());
    showQuadrant(m_chart, *m_model, tr("%1: sector size against AI readiness").arg(name), name);
    QStringList strengths, gaps;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QVariant share = m_model->index(r, 0).data(roleOf(ItemRole::RawValue));
        const QVariant score = m_model->index(r, 1).data(roleOf(ItemRole::RawValue));
        if (!share.isValid() || share.toDouble() <= m_model->populationShare())
            continue;
        if (score.isValid() && score.toDouble() >= 50)
            strengths << m_model->rowLabel(r);
        else
            gaps << m_model->rowLabel(r) + (score.isValid() ? QString() : tr(" (readiness not measurable)"));
    }
    m_reading->setText(
        tr("Right of the dashed line, the sector is larger in %1 than its share of the population. Upper right: "
           "strengths to build AI on (%2). Lower right: sectors where %1 is big but not ready (%3).")
            .arg(name, strengths.isEmpty() ? tr("none") : strengths.join(u", "_s),
                gaps.isEmpty() ? tr("none") : gaps.join(u", "_s)));
}

} // namespace air
