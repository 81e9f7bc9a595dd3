#pragma once

#include "index/indextypes.h"

namespace air::index {

// Normalises every column over the scored units, direction-aware (a lower-is-better indicator is
// flipped so that higher always means better). The scale comes from the scored units only; the
// other rows (the nation, groups) are placed on it without moving it, so they may fall outside.
//  - MinMax: 0..100, or 1..100 for a geometric mean (which needs positive values);
//  - ZScore: mean 0, standard deviation 1; for a geometric mean 100 + 10 z;
//  - Rank: 1 for the worst .. n for the best, ties sharing the average;
//  - Goalposts: 0..100 (1..100 for a geometric mean) between the indicator's goalposts, clamped.
// A column without variation among the scored units is placed at the middle of the scale.
Matrix normalise(const Matrix &values, int scoredUnits, const std::vector<IndicatorSpec> &indicators,
    Normalisation method, Aggregation aggregation);

} // namespace air::index
