#pragma once

#include "pages/page.h"

class QLabel;
class QTableView;

namespace air {

class PillarScoresModel;
struct IndexRun;

// Jeonnam at a glance: its AI readiness score and rank among the 17 (with the uncertainty interval,
// and "provisional" with what is missing), its AI opportunity as a score of its own, the differences
// to the comparison region and the nation, a radar of the readiness pillars, every region's readiness
// against its opportunity, and the key messages generated from the numbers.
class OverviewPage final : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    void refresh() override;

    QString findings() const;
    QString headline() const;
    // The pillar the plans link opens: the largest gap to the comparison region (empty: none).
    QString plansPillar() const { return m_plansPillar; }

signals:
    // The reader asked what the plans say about the weakest pillar (the link under the findings).
    void plansRequested();

private:
    void showScatter(const IndexRun &run, const IndexRun &opportunity, const QString &focus, const QString &other);

    PillarScoresModel *m_model;
    PillarScoresModel *m_radarModel;
    QLabel *m_headline;
    QLabel *m_provisional;
    QLabel *m_opportunity;
    ChartPanel *m_scatter;
    QString m_plansPillar;
    QLabel *m_gaps;
    QLabel *m_findings;
    QLabel *m_plansLink;
    ChartPanel *m_radar;
    QTableView *m_table;
};

} // namespace air
