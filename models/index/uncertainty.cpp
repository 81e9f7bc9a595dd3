#include "index/uncertainty.h"

#include "index/normalise.h"
#include "index/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <thread>

namespace air::index {
namespace {

// y += a * x over n units. Cloned for AVX2 where the processor has it: each element's sum is
// formed in the same order either way (no fused multiply-add under ISO C++'s -ffp-contract=off).
__attribute__((target_clones("avx2", "default"))) void axpy(double *__restrict y, double a, const double *__restrict x, int n)
{
    for (int i = 0; i < n; ++i)
        y[i] += a * x[i];
}

// Four AXPYs in one pass over y (one load and store of y instead of four), adding the columns
// in the same order as four calls of axpy would: the same result to the last bit.
__attribute__((target_clones("avx2", "default"))) void axpy4(double *__restrict y, const double *a,
    const double *__restrict x0, const double *__restrict x1, const double *__restrict x2, const double *__restrict x3,
    int n)
{
    const double a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3];
    for (int i = 0; i < n; ++i)
        y[i] = (((y[i] + a0 * x0[i]) + a1 * x1[i]) + a2 * x2[i]) + a3 * x3[i];
}

} // namespace

PackedTree::PackedTree(const Framework &framework, const Matrix &normalised, bool geometric, int units)
    : m_framework(framework)
    , m_units(units)
    , m_cols(normalised.cols)
    , m_geometric(geometric)
{
    const int pillars = int(framework.pillars.size());
    const int sectors = int(framework.sectors.size());
    auto addGroup = [&](int pillar, int sector) {
        Group g;
        g.begin = int(m_order.size());
        g.pillar = pillar;
        g.sector = sector;
        for (int i = 0; i < int(framework.indicators.size()); ++i) {
            const IndicatorSpec &s = framework.indicators[size_t(i)];
            const bool inSector = s.pillar == framework.sectorPillar && s.sector >= 0;
            if (s.pillar == pillar && (sector < 0 ? !inSector : (inSector && s.sector == sector)))
                m_order.push_back(i);
        }
        g.end = int(m_order.size());
        if (g.end > g.begin)
            m_groups.push_back(g);
    };
    for (int p = 0; p < pillars; ++p) {
        addGroup(p, -1);
        if (p == framework.sectorPillar)
            for (int s = 0; s < sectors; ++s)
                addGroup(p, s);
    }
    const size_t n = size_t(units);
    m_values.assign(n * m_order.size(), 0.0);
    m_mask.assign(n * m_order.size(), 0.0);
    for (size_t c = 0; c < m_order.size(); ++c) {
        for (int u = 0; u < units; ++u) {
            const double v = normalised.at(u, m_order[c]);
            if (isMissing(v))
                continue;
            m_values[c * n + size_t(u)] = geometric ? std::log(std::max(v, 1.0)) : v;
            m_mask[c * n + size_t(u)] = 1.0;
        }
    }
    for (const Group &g : m_groups) {
        bool complete = true;
        for (int c = g.begin; c < g.end && complete; ++c)
            complete = std::all_of(m_mask.begin() + long(size_t(c) * n), m_mask.begin() + long(size_t(c + 1) * n),
                [](double m) { return m == 1.0; });
        m_groupComplete.push_back(complete ? 1 : 0);
    }
}

void PackedTree::scores(const Weights &weights, std::vector<double> &out, std::vector<double> &scratch) const
{
    const size_t n = size_t(m_units);
    const size_t groups = m_groups.size();
    // scratch: per group, the weighted sums (groups x units), then the weight sums where a group
    // has gaps (groups x units).
    scratch.assign(2 * groups * n, 0.0);
    double *sums = scratch.data();
    double *weightSums = scratch.data() + groups * n;
    std::vector<double> completeWeight(groups, 0.0);
    for (size_t g = 0; g < groups; ++g) {
        const Group &group = m_groups[g];
        double w[4];
        int c = group.begin;
        for (; c + 4 <= group.end; c += 4) {
            for (int k = 0; k < 4; ++k)
                w[k] = std::max(weights.indicator[size_t(m_order[size_t(c + k)])], 0.0);
            const double *x = m_values.data() + size_t(c) * n;
            axpy4(sums + g * n, w, x, x + n, x + 2 * n, x + 3 * n, int(n));
            if (m_groupComplete[g]) {
                completeWeight[g] = (((completeWeight[g] + w[0]) + w[1]) + w[2]) + w[3];
            } else {
                const double *m = m_mask.data() + size_t(c) * n;
                axpy4(weightSums + g * n, w, m, m + n, m + 2 * n, m + 3 * n, int(n));
            }
        }
        for (; c < group.end; ++c) {
            const double wc = std::max(weights.indicator[size_t(m_order[size_t(c)])], 0.0);
            axpy(sums + g * n, wc, m_values.data() + size_t(c) * n, int(n));
            if (m_groupComplete[g])
                completeWeight[g] += wc;
            else
                axpy(weightSums + g * n, wc, m_mask.data() + size_t(c) * n, int(n));
        }
    }
    out.resize(n);
    for (size_t u = 0; u < n; ++u) {
        double indexSum = 0, indexWeight = 0, pillarSum = 0, pillarWeight = 0;
        int current = -1;
        auto closePillar = [&] {
            if (current >= 0 && pillarWeight > 0) {
                const double pw = weights.pillar[size_t(current)];
                if (pw > 0) {
                    indexSum += pw * (pillarSum / pillarWeight);
                    indexWeight += pw;
                }
            }
            pillarSum = pillarWeight = 0;
        };
        for (size_t g = 0; g < groups; ++g) {
            const Group &group = m_groups[g];
            if (group.pillar != current) {
                closePillar();
                current = group.pillar;
            }
            const double s = sums[g * n + u];
            const double d = m_groupComplete[g] ? completeWeight[g] : weightSums[g * n + u];
            if (group.sector < 0) { // direct indicators: each a child of the pillar
                pillarSum += s;
                pillarWeight += d;
            } else if (d > 0) {     // a sector: its mean is one child of the pillar
                const double ws = weights.sector[size_t(group.sector)];
                if (ws > 0) {
                    pillarSum += ws * (s / d);
                    pillarWeight += ws;
                }
            }
        }
        closePillar();
        out[u] = indexWeight > 0 ? indexSum / indexWeight : missing;
    }
}

namespace {

struct Choice {
    bool noisyWeights;
    int normalisation; // 0 min-max, 1 z-score, -1 draw
    int aggregation;   // 0 arithmetic, 1 geometric, -1 draw
};

// What the runs of one kind add up to: a histogram of ranks per unit, and the total absolute
// rank change against the nominal ranks. Both are sums of integers: merging the threads' parts
// gives the same result whatever their number.
struct Tally {
    int units = 0;
    std::vector<std::int32_t> histogram; // units x (units + 1)
    std::int64_t change = 0;
    std::int64_t ranked = 0;

    explicit Tally(int n = 0) : units(n), histogram(size_t(n) * size_t(n + 1), 0) { }
    void merge(const Tally &o)
    {
        for (size_t i = 0; i < histogram.size(); ++i)
            histogram[i] += o.histogram[i];
        change += o.change;
        ranked += o.ranked;
    }
};

// Competition ranks (1 = best, ties share the better rank; 0 for a missing score), in O(n)
// expected time: a counting sort into n buckets by value (a monotone mapping, so the buckets are
// in order), then an insertion sort that only has to fix the order inside each bucket.
void rankInto(const std::vector<double> &scores, std::vector<int> &order, std::vector<int> &ranks,
    std::vector<int> &buckets)
{
    const int n = int(scores.size());
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    int present = 0;
    for (double s : scores) {
        if (!std::isfinite(s))
            continue;
        lo = std::min(lo, s);
        hi = std::max(hi, s);
        ++present;
    }
    ranks.assign(size_t(n), 0);
    if (present == 0)
        return;
    order.resize(size_t(present));
    buckets.assign(size_t(present) + 1, 0);
    const double scale = hi > lo ? double(present) / (hi - lo) : 0.0;
    // Clamped in double before the conversion: a range that overflows (hi - lo = inf) gives
    // inf * 0 = NaN, and converting NaN or a huge value to int is undefined.
    auto bucketOf = [&](double s) {
        const double b = (hi - s) * scale;
        return b >= 0 && b < double(present - 1) ? int(b) : (b >= 0 ? present - 1 : 0);
    };
    for (double s : scores) {
        if (std::isfinite(s))
            ++buckets[size_t(bucketOf(s)) + 1];
    }
    for (int b = 0; b < present; ++b)
        buckets[size_t(b) + 1] += buckets[size_t(b)];
    for (int u = 0; u < n; ++u) {
        const double s = scores[size_t(u)];
        if (std::isfinite(s))
            order[size_t(buckets[size_t(bucketOf(s))]++)] = u;
    }
    for (int i = 1; i < present; ++i) {
        const int u = order[size_t(i)];
        const double k = scores[size_t(u)];
        int j = i - 1;
        while (j >= 0 && scores[size_t(order[size_t(j)])] < k) {
            order[size_t(j + 1)] = order[size_t(j)];
            --j;
        }
        order[size_t(j + 1)] = u;
    }
    int rank = 0;
    for (int i = 0; i < present; ++i) {
        const int u = order[size_t(i)];
        if (i == 0 || scores[size_t(u)] != scores[size_t(order[size_t(i - 1)])])
            rank = i + 1;
        ranks[size_t(u)] = rank;
    }
}

// A run's stream draws its normalisation and aggregation first, then its weights.
std::pair<int, int> drawChoice(stats::Random &rng, const Choice &choice)
{
    const int n = int(rng.next() >> 63);
    const int a = int(rng.next() >> 63);
    return { choice.normalisation >= 0 ? choice.normalisation : n, choice.aggregation >= 0 ? choice.aggregation : a };
}

// A batch of runs of one kind: the choice, the first stream and the number of runs.
struct Job {
    Choice choice;
    std::uint64_t streamBase;
    int runs;
};

// All the runs of several jobs in one parallel region (one start of the threads), each job
// counted in its own Tally.
std::vector<Tally> runJobs(const PackedTree *(&trees)[2][2], const Weights &nominal, const IndexOptions &options,
    const std::vector<Job> &jobs, const std::vector<int> &nominalRanks)
{
    const int units = trees[0][0]->units();
    // Every run as (job, run), grouped by the variant it draws so that one variant's values stay
    // in cache while its runs are evaluated. The order of evaluation changes no run's result.
    struct Item {
        std::uint8_t variant;
        std::uint8_t job;
        int run;
    };
    std::vector<Item> items;
    for (size_t j = 0; j < jobs.size(); ++j) {
        for (int r = 0; r < jobs[j].runs; ++r) {
            stats::Random rng(options.seed, jobs[j].streamBase + std::uint64_t(r));
            const auto [n, a] = drawChoice(rng, jobs[j].choice);
            items.push_back({ std::uint8_t(n * 2 + a), std::uint8_t(j), r });
        }
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &x, const Item &y) { return x.variant < y.variant; });
    const int total = int(items.size());
    int threads = options.threads > 0 ? options.threads : int(std::max(1u, std::thread::hardware_concurrency()));
    threads = std::max(1, std::min(threads, total));

    std::vector<std::vector<Tally>> parts(static_cast<size_t>(threads));
    auto work = [&](int part, int first, int last) {
        // Everything a run writes stays local to this thread until the end (no shared cache lines).
        std::vector<Tally> tallies(jobs.size(), Tally(units));
        Weights w = nominal;
        std::vector<double> scores, scratch;
        std::vector<int> rankOrder, ranks, buckets;
        for (int i = first; i < last; ++i) {
            const Item &item = items[size_t(i)];
            const Job &job = jobs[item.job];
            stats::Random rng(options.seed, job.streamBase + std::uint64_t(item.run));
            const auto [n, a] = drawChoice(rng, job.choice);
            if (job.choice.noisyWeights) {
                for (auto [from, to] : { std::pair { &nominal.indicator, &w.indicator },
                         std::pair { &nominal.sector, &w.sector }, std::pair { &nominal.pillar, &w.pillar } }) {
                    for (size_t k = 0; k < from->size(); ++k)
                        (*to)[k] = (*from)[k] * (1.0 + options.weightNoise * (2.0 * rng.uniform() - 1.0));
                }
            } else {
                w = nominal;
            }
            trees[n][a]->scores(w, scores, scratch);
            rankInto(scores, rankOrder, ranks, buckets);
            Tally &tally = tallies[item.job];
            std::int64_t change = 0, ranked = 0;
            for (int u = 0; u < units; ++u) {
                const int rank = ranks[size_t(u)];
                if (rank == 0)
                    continue;
                ++tally.histogram[size_t(u) * size_t(units + 1) + size_t(rank)];
                if (nominalRanks[size_t(u)] > 0) {
                    change += std::abs(rank - nominalRanks[size_t(u)]);
                    ++ranked;
                }
            }
            tally.change += change;
            tally.ranked += ranked;
        }
        parts[size_t(part)] = std::move(tallies);
    };
    std::vector<std::thread> pool;
    const int chunk = (total + threads - 1) / threads;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work, t, std::min(total, t * chunk), std::min(total, (t + 1) * chunk));
    work(0, 0, std::min(total, chunk));
    for (std::thread &t : pool)
        t.join();
    std::vector<Tally> result(jobs.size(), Tally(units));
    for (const std::vector<Tally> &p : parts)
        for (size_t j = 0; j < p.size(); ++j)
            result[j].merge(p[j]);
    return result;
}

// Percentile (linear between closest ranks, as NumPy) of the ranks counted in a histogram.
double percentileOf(const std::int32_t *histogram, int maxRank, std::int64_t count, double p)
{
    auto kth = [&](std::int64_t k) { // the k-th smallest (0-based)
        std::int64_t seen = 0;
        for (int r = 1; r <= maxRank; ++r) {
            seen += histogram[r];
            if (seen > k)
                return double(r);
        }
        return double(maxRank);
    };
    const double h = double(count - 1) * p / 100.0;
    const std::int64_t lo = std::int64_t(std::floor(h));
    const double a = kth(lo);
    const double b = lo + 1 < count ? kth(lo + 1) : a;
    return a + (h - double(lo)) * (b - a);
}

double meanChange(const Tally &t)
{
    return t.ranked > 0 ? double(t.change) / double(t.ranked) : 0.0;
}

} // namespace

Uncertainty runUncertainty(const Matrix &treated, const IndexInput &input, const IndexOptions &options,
    const std::vector<int> &nominalRanks)
{
    const int scored = input.scoredUnits;
    const int runs = options.uncertaintyRuns;
    Uncertainty u;
    u.runs = runs;
    const Framework &f = input.framework;
    const Matrix minmaxA = normalise(treated, scored, f.indicators, Normalisation::MinMax, Aggregation::Arithmetic);
    const Matrix minmaxG = normalise(treated, scored, f.indicators, Normalisation::MinMax, Aggregation::Geometric);
    const Matrix zA = normalise(treated, scored, f.indicators, Normalisation::ZScore, Aggregation::Arithmetic);
    const Matrix zG = normalise(treated, scored, f.indicators, Normalisation::ZScore, Aggregation::Geometric);
    const PackedTree t00(f, minmaxA, false, scored), t01(f, minmaxG, true, scored), t10(f, zA, false, scored),
        t11(f, zG, true, scored);
    const PackedTree *trees[2][2] = { { &t00, &t01 }, { &t10, &t11 } };
    const Weights nominal = Weights::of(f);

    // One parallel region for everything: the full Monte Carlo; the sensitivity to the weights alone
    // (the other two choices nominal: min-max unless z-score was chosen, arithmetic unless
    // geometric was); and one run for each alternative normalisation and aggregation alone.
    const int nominalN = options.normalisation == Normalisation::ZScore ? 1 : 0;
    const int nominalA = options.aggregation == Aggregation::Geometric ? 1 : 0;
    const std::vector<Job> jobs = {
        { Choice { true, -1, -1 }, 0, runs },
        { Choice { true, nominalN, nominalA }, std::uint64_t(1) << 40, runs },
        { Choice { false, 0, nominalA }, 0, 1 },
        { Choice { false, 1, nominalA }, 0, 1 },
        { Choice { false, nominalN, 0 }, 0, 1 },
        { Choice { false, nominalN, 1 }, 0, 1 },
    };
    const std::vector<Tally> tallies = runJobs(trees, nominal, options, jobs, nominalRanks);
    const Tally &all = tallies[0];
    u.medianRank.assign(size_t(scored), missing);
    u.rankP05.assign(size_t(scored), missing);
    u.rankP95.assign(size_t(scored), missing);
    for (int unit = 0; unit < scored; ++unit) {
        const std::int32_t *h = all.histogram.data() + size_t(unit) * size_t(scored + 1);
        const std::int64_t count = std::accumulate(h, h + scored + 1, std::int64_t(0));
        if (count == 0)
            continue;
        u.medianRank[size_t(unit)] = percentileOf(h, scored, count, 50);
        u.rankP05[size_t(unit)] = percentileOf(h, scored, count, 5);
        u.rankP95[size_t(unit)] = percentileOf(h, scored, count, 95);
    }
    u.sensitivityWeights = meanChange(tallies[1]);
    u.sensitivityNormalisation = (meanChange(tallies[2]) + meanChange(tallies[3])) / 2.0;
    u.sensitivityAggregation = (meanChange(tallies[4]) + meanChange(tallies[5])) / 2.0;
    return u;
}

} // namespace air::index
