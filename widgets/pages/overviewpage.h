#pragma once

#include "pages/page.h"

class QLabel;
class QTableView;

namespace air {

class PillarScoresModel;

// Jeonnam at a glance: its composite score and rank among the 17 (with the uncertainty interval),
// the gaps to the comparison region and the nation, a radar of the five pillars, and three
// sentences of findings generated from the numbers.
class OverviewPage final : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    void refresh() override;

    QString findings() const;
    QString headline() const;

signals:
    // The reader asked what the plans say about the weakest pillar (the link under the findings).
    void plansRequested();

private:
    PillarScoresModel *m_model;
    QLabel *m_headline;
    QLabel *m_gaps;
    QLabel *m_findings;
    QLabel *m_plansLink;
    ChartPanel *m_radar;
    QTableView *m_table;
};

} // namespace air
