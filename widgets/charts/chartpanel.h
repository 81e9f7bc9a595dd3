#pragma once

#include <QChartView>

#include <functional>

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

    // Hover on a bar or a point: its text (value, unit, year, status, source) as a tooltip at the
    // cursor; an empty text hides it. The builders connect the series' hovered signals here.
    void showHover(const QString &text);
    QString hoverText() const { return m_hoverText; }

    // The height (pixels) the chart needs at a width (pixels) for every label to be drawn whole: the
    // panel's minimum height follows its width (a page's scroll area scrolls it), and the report makes its
    // chart that tall. Set by a builder after replaceChart(), which clears it.
    void setHeightForWidth(std::function<int(int)> heightForWidth);
    bool hasHeightForWidth() const override { return bool(m_heightForWidth); }
    int heightForWidth(int width) const override;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void followWidth();

    QString m_hoverText;
    std::function<int(int)> m_heightForWidth;
    int m_ownMinimumHeight = 0;
};

QFont chartFont(qreal pointSize = 9, bool bold = false);

} // namespace air
