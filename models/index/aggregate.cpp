#include "index/aggregate.h"

#include <cmath>

namespace air::index {
namespace {

// Weighted mean of the present children: arithmetic on values, geometric through logs.
struct Accumulator {
    double sum = 0;
    double weight = 0;

    void add(double value, double w) {
        if (isMissing(value) || w <= 0)
            return;
        sum += w * value;
        weight += w;
    }
    double arithmetic() const { return weight > 0 ? sum / weight : missing; }
    double geometric() const { return weight > 0 ? std::exp(sum / weight) : missing; }
};

double logOf(double v)
{
    return std::log(std::max(v, 1.0)); // geometric scales start at 1; the nation or a group below it is floored
}

} // namespace

Weights Weights::of(const Framework &f)
{
    Weights w;
    for (const IndicatorSpec &i : f.indicators)
        w.indicator.push_back(i.weight);
    w.sector = f.sectorWeights;
    w.sector.resize(size_t(f.sectors.size()), 1.0);
    w.pillar = f.pillarWeights;
    w.pillar.resize(size_t(f.pillars.size()), 1.0);
    return w;
}

Aggregator::Aggregator(const Framework &framework)
    : m_pillarIndicators(size_t(framework.pillars.size()))
    , m_sectorIndicators(size_t(framework.sectors.size()))
    , m_sectorPillar(framework.sectorPillar)
{
    for (int i = 0; i < int(framework.indicators.size()); ++i) {
        const IndicatorSpec &spec = framework.indicators[size_t(i)];
        if (spec.pillar == m_sectorPillar && spec.sector >= 0)
            m_sectorIndicators[size_t(spec.sector)].push_back(i);
        else
            m_pillarIndicators[size_t(spec.pillar)].push_back(i);
    }
}

double Aggregator::score(const double *values, const double *logs, const Weights &weights, Aggregation aggregation,
    double *sectorScores, double *pillarScores) const
{
    const bool geometric = aggregation == Aggregation::Geometric;
    auto childValue = [&](int indicator) {
        if (!geometric)
            return values[indicator];
        return logs ? logs[indicator] : (isMissing(values[indicator]) ? missing : logOf(values[indicator]));
    };

    // Sector scores, kept on the value scale (not logs) so that they read like pillar scores.
    double sectorValue[16];
    const int sectors = int(m_sectorIndicators.size());
    for (int s = 0; s < sectors; ++s) {
        Accumulator acc;
        for (int i : m_sectorIndicators[size_t(s)])
            acc.add(childValue(i), weights.indicator[size_t(i)]);
        sectorValue[s] = geometric ? acc.geometric() : acc.arithmetic();
        if (sectorScores)
            sectorScores[s] = sectorValue[s];
    }

    Accumulator index;
    for (int p = 0; p < int(m_pillarIndicators.size()); ++p) {
        Accumulator acc;
        for (int i : m_pillarIndicators[size_t(p)])
            acc.add(childValue(i), weights.indicator[size_t(i)]);
        if (p == m_sectorPillar) {
            for (int s = 0; s < sectors; ++s)
                acc.add(geometric && !isMissing(sectorValue[s]) ? std::log(sectorValue[s]) : sectorValue[s],
                    weights.sector[size_t(s)]);
        }
        const double pillar = geometric ? acc.geometric() : acc.arithmetic();
        if (pillarScores)
            pillarScores[p] = pillar;
        index.add(geometric && !isMissing(pillar) ? std::log(pillar) : pillar, weights.pillar[size_t(p)]);
    }
    return geometric ? index.geometric() : index.arithmetic();
}

std::vector<int> rankScores(const std::vector<double> &scores, int scoredUnits)
{
    std::vector<int> ranks(scores.size(), 0);
    for (int i = 0; i < scoredUnits; ++i) {
        if (isMissing(scores[size_t(i)]))
            continue;
        int better = 0;
        for (int j = 0; j < scoredUnits; ++j) {
            if (!isMissing(scores[size_t(j)]) && scores[size_t(j)] > scores[size_t(i)])
                ++better;
        }
        ranks[size_t(i)] = better + 1;
    }
    return ranks;
}

} // namespace air::index
