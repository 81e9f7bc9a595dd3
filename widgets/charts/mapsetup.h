#pragma once

#include <QString>

namespace air {

class DashboardContext;
class RankingModel;
class TileMap;

// Which layout map the scope's regions are on: "KR" for the provinces, a province's code for its
// districts, or empty for a country's districts from several provinces.
QString layoutMapOf(const DashboardContext &context);
// The year and source of the scores a map column shows (for the hover).
QString mapBasis(const DashboardContext &context, int column);
// One routine for the ranking page and the briefing: the scope's regions, their outlines where
// imported, the hover's basis and the model's column.
void setUpMap(TileMap &map, const DashboardContext &context, const RankingModel &model, int column);

} // namespace air
