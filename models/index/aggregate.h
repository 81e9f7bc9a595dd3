#pragma once

#include "index/indextypes.h"

namespace air::index {

struct Weights {
    std::vector<double> indicator;
    std::vector<double> sector;
    std::vector<double> pillar;

    static Weights of(const Framework &framework);
};

// The tree indicator -> sector (sector-fit pillar) -> pillar -> index, built once, evaluated
// many times (the Monte Carlo runs). A missing child is left out of its parent's mean and the
// remaining weights are rescaled; a parent with no available child is missing.
class Aggregator final {
public:
    explicit Aggregator(const Framework &framework);

    // One unit: `values` is its row of normalised values, `logs` the same row's natural logs
    // (used by the geometric mean; may be null for the arithmetic mean). Writes the sector and
    // pillar scores when the pointers are given; returns the index.
    double score(const double *values, const double *logs, const Weights &weights, Aggregation aggregation,
        double *sectorScores = nullptr, double *pillarScores = nullptr) const;

    int pillarCount() const { return int(m_pillarIndicators.size()); }
    int sectorCount() const { return int(m_sectorIndicators.size()); }

private:
    std::vector<std::vector<int>> m_pillarIndicators; // direct indicator children per pillar
    std::vector<std::vector<int>> m_sectorIndicators; // indicator children per sector
    int m_sectorPillar = -1;
};

// Ranks of the scored units by score: 1 the best, ties sharing the better rank, 0 when missing.
std::vector<int> rankScores(const std::vector<double> &scores, int scoredUnits);

} // namespace air::index
