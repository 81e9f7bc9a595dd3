#pragma once

#include <QDialog>

class QLabel;
class QSlider;

namespace air {

class DashboardContext;

// Sliders per pillar (0–200 % of the weight set's weight) that re-score the index live.
class WeightEditor final : public QDialog {
    Q_OBJECT
public:
    explicit WeightEditor(DashboardContext *context, QWidget *parent = nullptr);
    void setPillarPercent(int pillar, int percent);

private:
    DashboardContext *m_context;
    QList<QSlider *> m_sliders;
    QList<QLabel *> m_values;
};

} // namespace air
