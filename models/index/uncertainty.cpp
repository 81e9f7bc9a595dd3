#include "index/uncertainty.h"

#include "index/normalise.h"
#include "index/statistics.h"

#include <algorithm>
#include <thread>

namespace air::index {
namespace {

// The normalised values (and their logs) for one normalisation x aggregation pair, scored rows only.
struct Variant {
    Matrix values;
    Matrix logs;
};

Variant makeVariant(const Matrix &treated, const IndexInput &input, Normalisation n, Aggregation a)
{
    Variant v;
    v.values = normalise(treated, input.scoredUnits, input.framework.indicators, n, a);
    v.logs = v.values;
    for (double &x : v.logs.data) {
        if (!isMissing(x))
            x = std::log(std::max(x, 1e-300));
    }
    return v;
}

struct Choice {
    bool noisyWeights;
    int normalisation; // 0 min-max, 1 z-score, -1 draw
    int aggregation;   // 0 arithmetic, 1 geometric, -1 draw
};

// Ranks of the scored units for one run.
void runOnce(const Variant (&variants)[2][2], const Aggregator &aggregator, const Weights &nominal, double noise,
    std::uint64_t seed, std::uint64_t run, const Choice &choice, int scored, std::int16_t *ranksOut,
    std::vector<double> &scratch)
{
    stats::Random rng(seed, run);
    Weights w = nominal;
    if (choice.noisyWeights) {
        for (auto *list : { &w.indicator, &w.sector, &w.pillar }) {
            for (double &x : *list)
                x *= 1.0 + noise * (2.0 * rng.uniform() - 1.0);
        }
    }
    const int n = choice.normalisation >= 0 ? choice.normalisation : int(rng.next() >> 63);
    const int a = choice.aggregation >= 0 ? choice.aggregation : int(rng.next() >> 63);
    const Variant &v = variants[n][a];
    const Aggregation aggregation = a == 0 ? Aggregation::Arithmetic : Aggregation::Geometric;
    scratch.resize(size_t(scored));
    for (int u = 0; u < scored; ++u) {
        const size_t row = size_t(u) * size_t(v.values.cols);
        scratch[size_t(u)] = aggregator.score(v.values.data.data() + row, v.logs.data.data() + row, w, aggregation);
    }
    const std::vector<int> ranks = rankScores(scratch, scored);
    for (int u = 0; u < scored; ++u)
        ranksOut[u] = std::int16_t(ranks[size_t(u)]);
}

// All runs of one kind, spread over threads; ranks[run * scored + unit].
std::vector<std::int16_t> runMany(const Variant (&variants)[2][2], const Aggregator &aggregator,
    const Weights &nominal, const IndexOptions &options, std::uint64_t streamBase, int runs, const Choice &choice,
    int scored)
{
    std::vector<std::int16_t> ranks(size_t(runs) * size_t(scored), 0);
    int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, runs));
    auto work = [&](int first, int last) {
        std::vector<double> scratch;
        for (int r = first; r < last; ++r)
            runOnce(variants, aggregator, nominal, options.weightNoise, options.seed, streamBase + std::uint64_t(r),
                choice, scored, ranks.data() + size_t(r) * size_t(scored), scratch);
    };
    std::vector<std::thread> pool;
    const int chunk = (runs + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, std::min(runs, t * chunk), std::min(runs, (t + 1) * chunk));
    work(0, std::min(runs, chunk));
    for (std::thread &t : pool)
        t.join();
    return ranks;
}

double meanAbsoluteChange(const std::vector<std::int16_t> &ranks, int runs, int scored, const std::vector<int> &nominal)
{
    double sum = 0;
    long count = 0;
    for (int r = 0; r < runs; ++r) {
        for (int u = 0; u < scored; ++u) {
            const int rank = ranks[size_t(r) * size_t(scored) + size_t(u)];
            if (rank == 0 || nominal[size_t(u)] == 0)
                continue;
            sum += std::abs(rank - nominal[size_t(u)]);
            ++count;
        }
    }
    return count > 0 ? sum / double(count) : 0.0;
}

} // namespace

Uncertainty runUncertainty(const Matrix &treated, const IndexInput &input, const IndexOptions &options,
    const std::vector<int> &nominalRanks)
{
    const int scored = input.scoredUnits;
    const int runs = options.uncertaintyRuns;
    Uncertainty u;
    u.runs = runs;
    const Variant variants[2][2] = {
        { makeVariant(treated, input, Normalisation::MinMax, Aggregation::Arithmetic),
            makeVariant(treated, input, Normalisation::MinMax, Aggregation::Geometric) },
        { makeVariant(treated, input, Normalisation::ZScore, Aggregation::Arithmetic),
            makeVariant(treated, input, Normalisation::ZScore, Aggregation::Geometric) },
    };
    const Aggregator aggregator(input.framework);
    const Weights nominal = Weights::of(input.framework);

    const std::vector<std::int16_t> ranks
        = runMany(variants, aggregator, nominal, options, 0, runs, Choice { true, -1, -1 }, scored);
    u.medianRank.assign(size_t(scored), missing);
    u.rankP05.assign(size_t(scored), missing);
    u.rankP95.assign(size_t(scored), missing);
    std::vector<double> column;
    for (int unit = 0; unit < scored; ++unit) {
        column.clear();
        for (int r = 0; r < runs; ++r) {
            const int rank = ranks[size_t(r) * size_t(scored) + size_t(unit)];
            if (rank > 0)
                column.push_back(rank);
        }
        if (column.empty())
            continue;
        u.medianRank[size_t(unit)] = stats::percentile(column, 50);
        u.rankP05[size_t(unit)] = stats::percentile(column, 5);
        u.rankP95[size_t(unit)] = stats::percentile(column, 95);
    }

    // Sensitivity to each choice alone, the other two at their nominal settings. The nominal
    // normalisation for these is min-max unless z-score was chosen; likewise for aggregation.
    const int nominalN = options.normalisation == Normalisation::ZScore ? 1 : 0;
    const int nominalA = options.aggregation == Aggregation::Geometric ? 1 : 0;
    const std::vector<std::int16_t> weightOnly = runMany(variants, aggregator, nominal, options,
        std::uint64_t(1) << 40, runs, Choice { true, nominalN, nominalA }, scored);
    u.sensitivityWeights = meanAbsoluteChange(weightOnly, runs, scored, nominalRanks);
    for (int which = 0; which < 2; ++which) {
        double total = 0;
        for (int alternative = 0; alternative < 2; ++alternative) {
            const Choice choice = which == 0 ? Choice { false, alternative, nominalA } : Choice { false, nominalN, alternative };
            const std::vector<std::int16_t> one = runMany(variants, aggregator, nominal, options, 0, 1, choice, scored);
            total += meanAbsoluteChange(one, 1, scored, nominalRanks);
        }
        (which == 0 ? u.sensitivityNormalisation : u.sensitivityAggregation) = total / 2.0;
    }
    return u;
}

} // namespace air::index
