#pragma once

#include "pages/page.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;

namespace air {

class RankingModel;
class TileMap;

// All 17 regions by AI readiness (its rank interval beside it), by AI opportunity or by one pillar, under a
// headline that says what the ranking rests on and how it agrees with published indices: a sortable table and a tile map of Korea, the
// focus region highlighted; the region groups on demand.
class RankingPage final : public Page {
    Q_OBJECT
public:
    explicit RankingPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("ranking"); }
    QString title() const override { return tr("Ranking"); }
    void refresh() override;
    void retranslate() override;
    const RankingModel &model() const { return *m_model; }
    void setShowGroups(bool show);
    TileMap *tileMap() const { return m_map; }
    QString headline() const;

private:
    RankingModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QComboBox *m_by;
    QCheckBox *m_groups;
    TileMap *m_map;
    QLabel *m_headline;
    QLabel *m_method;
};

} // namespace air
