#pragma once

#include <QChartView>

namespace air {

// A chart as every page shows it: animations off (PITFALLS: rendering and tests), fonts set
// explicitly (Noto Sans CJK KR), the light or dark theme of the system, an accessible name, and a
// context menu to copy the chart or save it as PNG or SVG (vector).
class ChartPanel final : public QChartView {
    Q_OBJECT
public:
    explicit ChartPanel(const QString &accessibleName, QWidget *parent = nullptr);

    // Replaces the chart (a QPolarChart for a radar); the panel takes ownership.
    void replaceChart(QChart *chart);
    void applyStyle();

    QImage toImage(const QSize &size = {});
    bool savePng(const QString &path);
    bool saveSvg(const QString &path);

    // The number of data points the chart shows (for tests: a chart is never silently empty).
    int pointCount() const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
};

QFont chartFont(qreal pointSize = 9, bool bold = false);

} // namespace air
