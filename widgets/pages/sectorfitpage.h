#pragma once

#include "pages/page.h"

class QLabel;

namespace air {

class SectorFitModel;

// Agriculture, marine, energy, medical: the focus region's share of the national total of each
// sector against its AI readiness in that sector – strengths to build AI on, gaps to close.
class SectorFitPage final : public Page {
    Q_OBJECT
public:
    explicit SectorFitPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("sectorfit"); }
    QString title() const override { return tr("Sector diagnosis"); }
    void refresh() override;
    void retranslate() override;
    const SectorFitModel &model() const { return *m_model; }

private:
    SectorFitModel *m_model;
    ChartPanel *m_chart;
    QLabel *m_reading;
};

} // namespace air
