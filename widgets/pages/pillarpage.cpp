#include "pages/pillarpage.h"

#include "charts/chartbuilders.h"
#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "dashboardcontext.h"
#include "items/dashboardmodels.h"
#include "items/indicatorcatalogmodel.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

PillarPage::PillarPage(const QString &pillar, DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_pillar(pillar)
    , m_model(new IndicatorValuesModel(this))
    , m_chartModel(new IndicatorValuesModel(this))
{
    auto *layout = new QVBoxLayout(this);
    m_normalised = new QCheckBox(this);
    connect(m_normalised, &QCheckBox::toggled, this, &PillarPage::refresh);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_chart = new ChartPanel(title(), this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chart);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(makeTable(m_model, title()));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(m_normalised);
    layout->addWidget(split, 1);
    layout->addWidget(m_note);
    retranslate();
}

QString PillarPage::title() const
{
    return IndicatorCatalogModel::pillarLabel(m_pillar, m_context->language());
}

void PillarPage::retranslate()
{
    m_normalised->setText(tr("Show the index's normalised scores (0–100) instead of the figures"));
    updateNote();
}

QString PillarPage::note() const
{
    return m_note->text();
}

void PillarPage::updateNote()
{
    QString note = tr("Hover a bar or a cell for its year, status and source. “no data” means no source gives the "
                      "figure; (e) marks an estimate; italic cells are estimates or imputed.");
    if (!m_chartModel->leftOut().isEmpty())
        note += u' ' + tr("Left out of the chart (a change or a balance, not a level; its figures are in the table): %1.")
                           .arg(m_chartModel->leftOut().join(u", "_s));
    m_note->setText(note);
}

void PillarPage::setNormalised(bool normalised)
{
    m_normalised->setChecked(normalised);
}

void PillarPage::refresh()
{
    if (!m_context->hasRun())
        return;
    const QString focus = m_context->focus();
    const QString other = m_context->comparison();
    const QStringList units = { focus, u"KR"_s, other };
    const QStringList names = { m_context->regionName(focus), m_context->regionName(u"KR"_s), m_context->regionName(other) };
    const bool normalised = m_normalised->isChecked();
    using Mode = IndicatorValuesModel::Mode;
    const auto &lines = m_context->comparisonModel().lines();
    m_model->update(lines, m_pillar, m_context->run(), units, names, normalised ? Mode::Normalised : Mode::Figures,
        m_context->language());
    // Indicators in different units share one axis only as shares of the national figure.
    m_chartModel->update(lines, m_pillar, m_context->run(), units, names,
        normalised ? Mode::Normalised : Mode::RelativeToNation, m_context->language());
    showBars(m_chart, *m_chartModel, { palette::focus(), palette::nation(), palette::comparison() },
        normalised ? tr("%1: normalised scores").arg(title())
                   : tr("%1: figures as a percentage of the national figure (figures and units in the table)").arg(title()),
        normalised ? tr("score (0–100)") : tr("% of the national figure (nation = 100)"));
    updateNote();
}

} // namespace air
