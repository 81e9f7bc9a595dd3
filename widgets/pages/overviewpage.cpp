#include "pages/overviewpage.h"

#include "charts/chartbuilders.h"
#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "dashboardcontext.h"
#include "items/dashboardmodels.h"
#include "items/indicatorcatalogmodel.h"
#include "items/itemroles.h"
#include "findings.h"

#include <QGridLayout>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

OverviewPage::OverviewPage(DashboardContext *context, QWidget *parent)
    : Page(context, parent)
    , m_model(new PillarScoresModel(this))
    , m_radarModel(new PillarScoresModel(this))
{
    auto *layout = new QGridLayout(this);
    m_headline = new QLabel(this);
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_gaps = new QLabel(this);
    m_gaps->setTextFormat(Qt::PlainText);
    m_gaps->setWordWrap(true);
    QFont medium = m_gaps->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.15);
    m_gaps->setFont(medium);
    m_findings = new QLabel(this);
    m_findings->setWordWrap(true);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setFont(medium);
    m_findings->setAccessibleName(tr("Findings"));
    m_plansLink = new QLabel(this);
    m_plansLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_plansLink, &QLabel::linkActivated, this, &OverviewPage::plansRequested);
    m_provisional = new QLabel(this);
    m_provisional->setTextFormat(Qt::PlainText);
    m_provisional->setWordWrap(true);
    m_provisional->setStyleSheet(u"color: #9a3412;"_s);
    m_opportunity = new QLabel(this);
    m_opportunity->setTextFormat(Qt::PlainText);
    m_opportunity->setWordWrap(true);
    m_opportunity->setFont(medium);
    m_radar = new ChartPanel(tr("Radar of the readiness pillars"), this);
    m_radar->setObjectName(u"pillars"_s); // the slides' file names (01-overview-pillars.png)
    m_radar->setMinimumSize(380, 340);
    m_scatter = new ChartPanel(tr("Readiness against opportunity"), this);
    m_scatter->setObjectName(u"readiness-opportunity"_s);
    m_scatter->setMinimumSize(380, 340);
    m_table = makeTable(m_model, tr("Pillar scores"));
    layout->addWidget(m_headline, 0, 0, 1, 3);
    layout->addWidget(m_provisional, 1, 0, 1, 3);
    layout->addWidget(m_opportunity, 2, 0, 1, 3);
    layout->addWidget(m_gaps, 3, 0, 1, 3);
    layout->addWidget(m_radar, 4, 0, 2, 1);
    layout->addWidget(m_scatter, 4, 1, 2, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_findings);
    right->addWidget(m_plansLink);
    layout->addLayout(right, 4, 2);
    layout->addWidget(m_table, 5, 2);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 3);
    layout->setColumnStretch(2, 3);
    layout->setRowStretch(5, 1);
}

void OverviewPage::refresh()
{
    if (!m_context->hasRun())
        return;
    const IndexRun &run = m_context->run();
    const IndexRun &opportunity = m_context->opportunityRun();
    const QString focus = m_context->focus();
    const QString other = m_context->comparison();
    const QStringList units = { focus, other, u"KR"_s };
    const QStringList names = { m_context->regionName(focus), m_context->regionName(other), m_context->regionName(u"KR"_s) };
    m_model->update(run, opportunity, units, names, m_context->language());
    m_radarModel->update(run, opportunity, units, names, m_context->language(), false);
    showRadarOrBars(m_radar, *m_radarModel, { palette::focus(), palette::comparison(), palette::nation() },
        tr("Readiness pillars (0–100, on the scale of %1)").arg(m_context->rankedPhrase()), tr("score (0–100)"));

    const int row = m_context->unitRow(focus);
    const double score = row >= 0 ? run.result.index[size_t(row)] : std::nan("");
    m_headline->setText(readinessHeadline(*m_context));
    m_headline->setToolTip(headlineTooltip(*m_context));
    QStringList notes;
    for (const QString &note : { provisionalNote(*m_context, run), selectionNote(*m_context) })
        if (!note.isEmpty())
            notes << note;
    m_provisional->setText(notes.join(u'\n'));
    m_provisional->setVisible(!m_provisional->text().isEmpty());
    m_opportunity->setText(opportunityHeadline(*m_context));
    QStringList gaps;
    for (int k = 1; k < 3; ++k) {
        const int r = m_context->unitRow(units[k]);
        if (r < 0)
            continue;
        const double s = run.result.index[size_t(r)];
        if (std::isnan(s) || std::isnan(score)) {
            gaps << tr("%1: no score (evidence insufficient)").arg(names[k]);
            continue;
        }
        gaps << tr("%1 %2 (difference %3)").arg(names[k], QLocale().toString(s, 'f', 1),
                    QLocale().toString(score - s, 'f', 1));
    }
    m_gaps->setText(gaps.join(u"   ·   "_s));

    // The chart of every region waits for the rank intervals, which follow the window's first paint:
    // 13 M instructions that the first paint does not need.
    if (run.result.uncertainty)
        showScatter(run, opportunity, focus, other);
    m_findings->setText(findings());
    m_plansPillar = weakestAgainstComparison(*m_context);
    const QString pillarName = IndicatorCatalogModel::pillarLabel(m_plansPillar, m_context->language());
    m_plansLink->setText(m_plansPillar.isEmpty()
            ? u"<a href=\"plans\">%1</a>"_s.arg(tr("What do the national, Gyeonggi and Jeonnam plans say about each pillar? →"))
            : u"<a href=\"plans\">%1</a>"_s.arg(
                  tr("What do the plans say about %1, the largest gap to %2? →").arg(pillarName, names[1]).toHtmlEscaped()));
}

void OverviewPage::showScatter(const IndexRun &run, const IndexRun &opportunity, const QString &focus, const QString &other)
{
    QList<RegionPoint> points;
    for (int u = 0; u < run.dataset.input.scoredUnits; ++u) {
        const double x = run.result.index[size_t(u)];
        const double y = opportunity.result.index[size_t(u)];
        if (std::isnan(x) || std::isnan(y))
            continue;
        const QString &code = run.dataset.unitCodes[u];
        points.append({ m_context->regionName(code), x, y,
            code == focus ? RegionPoint::Role::Focus
                          : (code == other ? RegionPoint::Role::Comparison : RegionPoint::Role::Other) });
    }
    showReadinessOpportunity(m_scatter, points,
        tr("AI readiness against AI opportunity, %1").arg(m_context->rankedPhrase()),
        tr("AI readiness (0–100)"), tr("AI opportunity (0–100)"));

}

QString OverviewPage::headline() const
{
    return m_headline->text();
}

QString OverviewPage::findings() const
{
    return findingsText(*m_context);
}

} // namespace air
