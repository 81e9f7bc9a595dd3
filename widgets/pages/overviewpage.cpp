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
{
    auto *layout = new QGridLayout(this);
    m_headline = new QLabel(this);
    m_headline->setTextFormat(Qt::PlainText); // names from data (issue 18, 2)
    QFont big = m_headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_headline->setFont(big);
    m_headline->setWordWrap(true);
    m_gaps = new QLabel(this);
    m_gaps->setTextFormat(Qt::PlainText);
    m_gaps->setWordWrap(true);
    QFont medium = m_gaps->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.15);
    m_gaps->setFont(medium);
    m_findings = new QLabel(this);
    m_findings->setTextFormat(Qt::PlainText);
    m_findings->setWordWrap(true);
    m_findings->setFont(medium);
    m_findings->setAccessibleName(tr("Findings"));
    m_plansLink = new QLabel(this);
    m_plansLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_plansLink, &QLabel::linkActivated, this, &OverviewPage::plansRequested);
    m_radar = new ChartPanel(tr("Radar of the five pillars"), this);
    m_radar->setMinimumSize(420, 380);
    m_table = makeTable(m_model, tr("Pillar scores"));
    layout->addWidget(m_headline, 0, 0, 1, 2);
    layout->addWidget(m_gaps, 1, 0, 1, 2);
    layout->addWidget(m_radar, 2, 0, 2, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_findings);
    right->addWidget(m_plansLink);
    layout->addLayout(right, 2, 1);
    layout->addWidget(m_table, 3, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);
    layout->setRowStretch(3, 1);
}

void OverviewPage::refresh()
{
    if (!m_context->hasRun())
        return;
    const IndexRun &run = m_context->run();
    const QString focus = m_context->focus();
    const QString other = m_context->comparison();
    const QStringList units = { focus, other, u"KR"_s };
    const QStringList names = { m_context->regionName(focus), m_context->regionName(other), m_context->regionName(u"KR"_s) };
    m_model->update(run, units, names, m_context->language());
    showRadar(m_radar, *m_model, { palette::focus(), palette::comparison(), palette::nation() },
        tr("Pillar scores (0–100, on the scale of %1)").arg(m_context->rankedPhrase()));

    const int row = m_context->unitRow(focus);
    const double score = row >= 0 ? run.result.index[size_t(row)] : std::nan("");
    const int rank = row >= 0 ? run.result.rank[size_t(row)] : 0;
    // A missing score is said in words, never printed as "nan" (issue 18, 3 and 7).
    QString headline = std::isnan(score) ? tr("%1: no composite score (too few figures)").arg(names[0])
                                         : tr("%1: composite score %2 of 100").arg(names[0], QLocale().toString(score, 'f', 1));
    if (rank > 0) {
        headline += tr(", rank %1 of %2").arg(rank).arg(m_context->rankedPhrase());
        if (run.result.uncertainty)
            headline += tr(" (between %1 and %2 in 90 % of %3 uncertainty runs)")
                            .arg(run.result.uncertainty->rankP05[size_t(row)], 0, 'f', 0)
                            .arg(run.result.uncertainty->rankP95[size_t(row)], 0, 'f', 0)
                            .arg(run.result.uncertainty->runs);
    }
    m_headline->setText(headline);
    QStringList gaps;
    for (int k = 1; k < 3; ++k) {
        const int r = m_context->unitRow(units[k]);
        if (r < 0)
            continue;
        const double s = run.result.index[size_t(r)];
        if (std::isnan(s) || std::isnan(score)) {
            gaps << tr("%1: no score (too few figures at this level)").arg(names[k]);
            continue;
        }
        gaps << tr("%1 %2 (gap %3)").arg(names[k], QLocale().toString(s, 'f', 1),
                    QLocale().toString(score - s, 'f', 1));
    }
    m_gaps->setText(gaps.join(u"   ·   "_s));
    m_findings->setText(findings());
    m_plansLink->setText(u"<a href=\"plans\">%1</a>"_s.arg(tr("What do the national, Gyeonggi and Jeonnam plans say about each pillar? →")));
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
