#pragma once

#include "pages/page.h"

class QComboBox;
class QLabel;

namespace air {

class PlanCoverageModel;
class PlanTargetsModel;

// The national, Gyeonggi and Jeonnam plans side by side: which pillars (and sectors) each covers,
// with Jeonnam's gaps marked, and the items with a target against where they stand.
class PlansPage final : public Page {
    Q_OBJECT
public:
    explicit PlansPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("plans"); }
    QString title() const override { return tr("Plans"); }
    void refresh() override;
    void retranslate() override;
    const PlanCoverageModel &coverage() const { return *m_coverage; }
    const PlanTargetsModel &targets() const { return *m_targets; }
    // Shows the items of one pillar (the overview's link: the pillar of the largest gap); ""
    // for all.
    void showPillar(const QString &pillar);
    QString pillar() const;

private:
    void updateCoverageTitle();

    PlanCoverageModel *m_coverage;
    PlanTargetsModel *m_targets;
    QLabel *m_coverageTitle;
    QLabel *m_targetsTitle;
    QComboBox *m_pillar;
};

} // namespace air
