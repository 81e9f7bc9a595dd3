#pragma once

#include "index/aggregate.h"
#include "index/indextypes.h"

namespace air::index {

// Monte Carlo over the three choices (JRC/OECD handbook, COINr's uncertainty analysis): each run
// draws every weight with +/- noise, a normalisation (min-max or z-score) and an aggregation
// (arithmetic or geometric), and ranks the scored units. Run r draws from its own stream seeded
// by (seed, r), so the result is the same whatever the number of threads.
// `treated` are the values after imputation and treatment; `nominalRanks` the ranks of the
// nominal computation, against which the sensitivities are measured.
Uncertainty runUncertainty(const Matrix &treated, const IndexInput &input, const IndexOptions &options,
    const std::vector<int> &nominalRanks);

} // namespace air::index
