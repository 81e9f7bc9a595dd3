#pragma once

#include "pages/page.h"

class QCheckBox;
class QLabel;

namespace air {

class IndicatorValuesModel;

// One pillar (or the sector-fit pillar's indicators): horizontal bars per indicator for the focus
// region, the nation and the comparison region, as figures with their units or as the index's
// normalised scores; missing figures said as missing, estimates and imputed values marked.
class PillarPage final : public Page {
    Q_OBJECT
public:
    PillarPage(const QString &pillar, DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return m_pillar; }
    QString title() const override;
    void refresh() override;
    void retranslate() override;
    void setNormalised(bool normalised);
    QString evidence() const;
    const IndicatorValuesModel &model() const { return *m_model; }
    const IndicatorValuesModel &chartModel() const { return *m_chartModel; }
    QString note() const;

private:
    void updateNote();

    QString m_pillar;
    IndicatorValuesModel *m_model;      // the table: figures or scores
    IndicatorValuesModel *m_chartModel; // the chart: scores, or figures relative to the nation
    QCheckBox *m_normalised;
    QLabel *m_note;
    QLabel *m_evidence;
    ChartPanel *m_chart;
};

} // namespace air
