#include "index/aggregate.h"
#include "index/indextypes.h"
#include "index/normalise.h"
#include "index/preprocess.h"
#include "index/statistics.h"
#include "index/uncertainty.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace air::index {
namespace {

void diagnose(const IndexInput &input, IndexResult &result)
{
    const Framework &f = input.framework;
    const int scored = input.scoredUnits;
    const int cols = result.normalised.cols;
    std::vector<std::vector<double>> columns(static_cast<size_t>(cols));
    for (int c = 0; c < cols; ++c) {
        columns[size_t(c)].resize(size_t(scored));
        for (int r = 0; r < scored; ++r)
            columns[size_t(c)][size_t(r)] = result.normalised.at(r, c);
        int present = 0;
        for (int r = 0; r < scored; ++r)
            present += isMissing(input.values.at(r, c)) ? 0 : 1;
        IndicatorReport &report = result.indicators[size_t(c)];
        report.availability = scored > 0 ? double(present) / double(scored) : 0.0;
        if (report.availability < 0.66)
            report.flags << u"availability < 66%"_s;
    }
    // Complete columns (the usual case) are standardised once, so that a pair's correlation is one
    // dot product; a pair with gaps is computed over the units both have.
    std::vector<std::vector<double>> standardised(static_cast<size_t>(cols));
    for (int c = 0; c < cols; ++c) {
        const std::vector<double> &col = columns[size_t(c)];
        if (scored < 3 || std::any_of(col.begin(), col.end(), [](double v) { return isMissing(v); }))
            continue;
        const double m = stats::mean(col);
        double ss = 0;
        for (double v : col)
            ss += (v - m) * (v - m);
        if (ss == 0)
            continue;
        const double scale = 1.0 / std::sqrt(ss);
        for (double v : col)
            standardised[size_t(c)].push_back((v - m) * scale);
    }
    for (int a = 0; a < cols; ++a) {
        for (int b = a + 1; b < cols; ++b) {
            if (f.indicators[size_t(a)].pillar != f.indicators[size_t(b)].pillar)
                continue;
            const auto &za = standardised[size_t(a)];
            const auto &zb = standardised[size_t(b)];
            double r = 0;
            if (!za.empty() && !zb.empty()) {
                // Four independent sums: the loop is bound by the latency of one chain otherwise.
                double lanes[4] = { 0, 0, 0, 0 };
                size_t i = 0;
                for (; i + 4 <= za.size(); i += 4)
                    for (size_t k = 0; k < 4; ++k)
                        lanes[k] += za[i + k] * zb[i + k];
                for (; i < za.size(); ++i)
                    lanes[0] += za[i] * zb[i];
                r = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
            } else {
                r = stats::pearson(columns[size_t(a)], columns[size_t(b)]);
            }
            result.correlations.push_back({ f.indicators[size_t(a)].pillar, a, b, r });
            if (isMissing(r))
                continue;
            const QString rText = QString::number(r, 'f', 2);
            if (r > 0.9) {
                result.indicators[size_t(a)].flags << u"collinear with %1 (%2)"_s.arg(f.indicators[size_t(b)].id, rText);
                result.indicators[size_t(b)].flags << u"collinear with %1 (%2)"_s.arg(f.indicators[size_t(a)].id, rText);
            } else if (r < -0.4) {
                result.indicators[size_t(a)].flags
                    << u"negative correlation with %1 (%2)"_s.arg(f.indicators[size_t(b)].id, rText);
                result.indicators[size_t(b)].flags
                    << u"negative correlation with %1 (%2)"_s.arg(f.indicators[size_t(a)].id, rText);
            }
        }
    }
}

} // namespace

IndexResult compute(const IndexInput &input, const IndexOptions &options)
{
    IndexResult result;
    const int cols = input.values.cols;
    const int rows = input.values.rows;
    result.indicators.resize(size_t(cols));

    result.treated = input.values;
    impute(result.treated, input.scoredUnits, input.imputationGroup, options.imputation, result.imputed);
    for (int c = 0; c < cols; ++c) {
        int imputed = 0;
        for (int r = 0; r < rows; ++r)
            imputed += result.imputed[size_t(r) * size_t(cols) + size_t(c)];
        result.indicators[size_t(c)].imputedCells = imputed;
        if (options.treatment == Treatment::Winsorise)
            result.indicators[size_t(c)].treatment = treatOutliers(result.treated, input.scoredUnits, c);
    }

    result.normalised = normalise(result.treated, input.scoredUnits, input.framework.indicators, options.normalisation,
        options.aggregation);
    // Goalposts are the indicator's own: one without them is normalised on the observed range, and says so.
    if (options.normalisation == Normalisation::Goalposts) {
        for (int c = 0; c < cols; ++c) {
            const IndicatorSpec &spec = input.framework.indicators[size_t(c)];
            if (isMissing(spec.goalLow) || isMissing(spec.goalHigh))
                result.indicators[size_t(c)].flags << u"no goalposts set: the observed minimum and maximum were used"_s;
        }
    }

    const Aggregator aggregator(input.framework);
    const Weights weights = Weights::of(input.framework);
    result.sectorScores = Matrix(rows, aggregator.sectorCount());
    result.pillarScores = Matrix(rows, aggregator.pillarCount());
    result.index.assign(size_t(rows), missing);
    for (int r = 0; r < rows; ++r) {
        const double *row = result.normalised.data.data() + size_t(r) * size_t(cols);
        result.index[size_t(r)] = aggregator.score(row, nullptr, weights, options.aggregation,
            result.sectorScores.data.data() + size_t(r) * size_t(result.sectorScores.cols),
            result.pillarScores.data.data() + size_t(r) * size_t(result.pillarScores.cols));
    }
    result.rank = rankScores(result.index, input.scoredUnits);
    diagnose(input, result);
    if (options.uncertaintyRuns > 0)
        result.uncertainty = runUncertainty(result.treated, input, options, result.rank);
    return result;
}

} // namespace air::index
