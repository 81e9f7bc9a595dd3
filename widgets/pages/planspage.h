#pragma once

#include "pages/page.h"

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

private:
    PlanCoverageModel *m_coverage;
    PlanTargetsModel *m_targets;
    QLabel *m_coverageTitle;
    QLabel *m_targetsTitle;
};

} // namespace air
