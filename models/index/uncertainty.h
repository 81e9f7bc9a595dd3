#pragma once

#include "index/aggregate.h"
#include "index/indextypes.h"

namespace air::index {

// The aggregation tree laid out for many evaluations: the indicators reordered so that each
// pillar's direct indicators and each sector's indicators are contiguous groups, stored
// indicator-major (one column of all units after another), missing cells as 0 with a mask. A run
// is then a sequence of AXPYs over all units at once: each unit's sums still add its indicators
// in the same order as Aggregator::score, so the result does not depend on the vector width.
class PackedTree final {
public:
    PackedTree(const Framework &framework, const Matrix &normalised, bool geometric, int units);

    int units() const { return m_units; }
    // The index of every unit for one run's weights; for the geometric mean the log of the index
    // (monotonic, so the ranks are the same). NaN when every pillar of a unit is missing.
    // `scratch` is reused between calls.
    void scores(const Weights &weights, std::vector<double> &out, std::vector<double> &scratch) const;

private:
    struct Group {
        int begin = 0;
        int end = 0;
        int pillar = 0;
        int sector = -1; // -1: the pillar's direct indicators (each a child of the pillar)
    };
    const Framework &m_framework;
    int m_units = 0;
    int m_cols = 0;
    bool m_geometric = false;
    std::vector<int> m_order; // packed column -> framework indicator
    std::vector<Group> m_groups;
    std::vector<double> m_values;      // packed columns x units, missing = 0
    std::vector<double> m_mask;        // 1 present, 0 missing
    std::vector<std::uint8_t> m_groupComplete; // per group: every unit has every indicator
};

// Monte Carlo over the three choices (JRC/OECD handbook, COINr's uncertainty analysis): each run
// draws every weight with +/- noise, a normalisation (min-max or z-score) and an aggregation
// (arithmetic or geometric), and ranks the scored units. Run r draws from its own stream seeded
// by (seed, r), and the threads' results are merged as counts, so the result is the same
// whatever the number of threads. `treated` are the values after imputation and treatment;
// `nominalRanks` the ranks of the nominal computation, against which sensitivities are measured.
Uncertainty runUncertainty(const Matrix &treated, const IndexInput &input, const IndexOptions &options,
    const std::vector<int> &nominalRanks);

} // namespace air::index
