#include "pages/pillarpage.h"

#include "charts/chartbuilders.h"
#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "dashboardcontext.h"
#include "findings.h"
#include "items/dashboardmodels.h"
#include "items/indicatorcatalogmodel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

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
    m_evidence = new QLabel(this);
    m_evidence->setTextFormat(Qt::PlainText);
    m_evidence->setWordWrap(true);
    QFont bold = m_evidence->font();
    bold.setBold(true);
    m_evidence->setFont(bold);
    m_chart = new ChartPanel(title(), this);
    m_chart->setObjectName(u"figures"_s); // the slides' file names (02-infrastructure-figures.png)
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_chart);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(scroll);
    split->addWidget(makeTable(m_model, title()));
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    // The chart three fifths from the start: the table's size hint took nearly all and left the chart a
    // strip of 90 pixels (the splitter scales these to its height).
    split->setSizes({ 3000, 2000 });
    layout->addWidget(m_evidence);
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

QString PillarPage::evidence() const
{
    return m_evidence->text();
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
    const IndexRun &run = m_context->runFor(m_pillar);
    QStringList evidence, tips;
    if (m_pillar == u"sector"_s) {
        const int row = m_context->unitRow(focus);
        const double score = row >= 0 ? run.result.index[size_t(row)] : std::nan("");
        evidence << (std::isnan(score) ? tr("AI opportunity: no score (evidence insufficient)")
                                       : tr("AI opportunity of %1: %2 of 100 – a score of its own, not part of readiness")
                                             .arg(names[0], QLocale().toString(score, 'f', 1)));
        for (const IndexDataset::Evidence &e : run.dataset.evidence) {
            evidence << u"%1: %2"_s.arg(IndicatorCatalogModel::sectorLabel(e.pillar, m_context->language()),
                evidenceLine(*m_context, run, e.pillar));
            tips << evidenceTooltip(*m_context, run, e.pillar);
        }
    } else {
        evidence << tr("%1 rests on: %2").arg(title(), evidenceLine(*m_context, run, m_pillar));
        tips << evidenceTooltip(*m_context, run, m_pillar);
    }
    m_evidence->setText(evidence.join(u"   ·   "_s));
    m_evidence->setToolTip(tips.join(u"\n\n"_s));
    m_model->update(lines, m_pillar, m_context->runFor(m_pillar), units, names, normalised ? Mode::Normalised : Mode::Figures,
        m_context->language());
    // Indicators in different units share one axis only as shares of the national figure.
    m_chartModel->update(lines, m_pillar, m_context->runFor(m_pillar), units, names,
        normalised ? Mode::Normalised : Mode::RelativeToNation, m_context->language());
    showBars(m_chart, *m_chartModel, { palette::focus(), palette::nation(), palette::comparison() },
        normalised ? tr("%1: normalised scores").arg(title())
                   : tr("%1: figures as a percentage of the national figure (figures and units in the table)").arg(title()),
        normalised ? tr("score (0–100)") : tr("% of the national figure (nation = 100)"));
    updateNote();
}

} // namespace air
