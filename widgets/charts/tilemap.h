#pragma once

#include <QWidget>

namespace air {

class RankingModel;

// A tile map of Korea: one tile per first-level region in its rough geographic place, coloured by
// a score column of the ranking model, labelled in Korean with the score; the focus region drawn
// with a thick border in its colour, and a colour legend under the tiles. Reads the model (raw
// values), so it shows what the table shows. Hovering a tile shows its region, score and rank; a
// click selects the region.
class TileMap final : public QWidget {
    Q_OBJECT
public:
    explicit TileMap(QWidget *parent = nullptr);

    void setModel(const RankingModel *model, int column, const QString &focus);
    QSize sizeHint() const override { return { 360, 510 }; }

    // The region whose tile is at pos ("" for none), and the text its hover shows.
    QString regionAt(const QPointF &pos) const;
    QString hoverText(const QString &code) const;
    QRectF tileRect(const QString &code) const;

signals:
    void regionClicked(const QString &code);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double cellSize() const;
    int rowOf(const QString &code) const;
    void drawLegend(QPainter &p, const QRectF &area) const;

    const RankingModel *m_model = nullptr;
    int m_column = 1;
    QString m_focus;
};

} // namespace air
