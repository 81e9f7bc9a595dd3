#pragma once

#include <QWidget>

namespace air {

class RankingModel;

// A tile map of Korea: one tile per first-level region in its rough geographic place, coloured by
// a score column of the ranking model, labelled in Korean with the score; the focus region drawn
// with a thick border in its colour. Reads the model (raw values), so it shows what the table shows.
class TileMap final : public QWidget {
    Q_OBJECT
public:
    explicit TileMap(QWidget *parent = nullptr);

    void setModel(const RankingModel *model, int column, const QString &focus);
    QSize sizeHint() const override { return { 360, 470 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    const RankingModel *m_model = nullptr;
    int m_column = 1;
    QString m_focus;
};

} // namespace air
