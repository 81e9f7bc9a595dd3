#include "scoring/benchmarks.h"

#include "index/statistics.h"
#include "items/indicatorcatalogmodel.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// Ranks 1 = best among the given values, ties sharing the better rank.
std::vector<int> ranksOf(const std::vector<double> &values, bool higherIsBetter)
{
    return index::stats::competitionRanks(values, higherIsBetter);
}

} // namespace

QList<BenchmarkAgreement> benchmarkAgreement(const IndexRun &readiness, const IndexFigures &figures)
{
    QList<BenchmarkAgreement> out;
    const int scored = readiness.dataset.input.scoredUnits;
    for (const IndicatorInfo &info : figures.indicators()) {
        if (info.pillar != u"benchmark"_s)
            continue;
        const std::vector<int> years = figures.years(info.figuresId());
        for (auto it = years.rbegin(); it != years.rend(); ++it) {
            if (*it > readiness.dataset.referenceYear)
                continue;
            std::vector<int> units;
            std::vector<double> scores, bench;
            for (int u = 0; u < scored; ++u) {
                const double s = readiness.result.index[size_t(u)];
                const double b = figures.value(info, *it, u);
                if (std::isnan(s) || std::isnan(b) || !std::isfinite(s) || !std::isfinite(b))
                    continue;
                units.push_back(u);
                scores.push_back(s);
                bench.push_back(b);
            }
            if (units.size() < 3)
                continue;
            const bool higher = info.direction != u"lower"_s;
            BenchmarkAgreement a;
            a.indicator = info.id;
            a.nameKo = info.nameKo;
            a.nameEn = info.nameEn;
            a.year = *it;
            a.regions = int(units.size());
            // Correlate "goodness": a benchmark where lower is better (a rank) is turned around.
            std::vector<double> oriented = bench;
            if (!higher) {
                for (double &v : oriented)
                    v = -v;
            }
            a.spearman = index::stats::spearman(scores, oriented);
            a.kendall = index::stats::kendallTauB(scores, oriented);
            const std::vector<int> r = ranksOf(scores, true);
            const std::vector<int> b = ranksOf(bench, higher);
            std::vector<size_t> order(units.size());
            for (size_t i = 0; i < order.size(); ++i)
                order[i] = i;
            std::stable_sort(order.begin(), order.end(),
                [&](size_t x, size_t y) { return std::abs(r[x] - b[x]) > std::abs(r[y] - b[y]); });
            for (size_t k = 0; k < order.size() && k < 3; ++k) {
                const size_t i = order[k];
                if (r[i] == b[i])
                    break;
                a.largest.append({ readiness.dataset.unitCodes[units[i]], r[i], b[i] });
            }
            out << a;
            break;
        }
    }
    return out;
}

} // namespace air
