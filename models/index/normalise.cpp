#include "index/normalise.h"

#include "index/statistics.h"

#include <algorithm>

namespace air::index {
namespace {

void minMax(const Matrix &in, Matrix &out, int scored, int c, bool higher, bool geometric, double lo, double hi,
    bool clamp)
{
    const double floor = geometric ? 1.0 : 0.0;
    const double span = 100.0 - floor;
    for (int r = 0; r < in.rows; ++r) {
        const double x = in.at(r, c);
        if (isMissing(x))
            continue;
        double v;
        if (hi == lo)
            v = floor + span / 2.0;
        else
            v = floor + span * (higher ? (x - lo) / (hi - lo) : (hi - x) / (hi - lo));
        if (clamp)
            v = std::clamp(v, floor, 100.0);
        out.at(r, c) = v;
    }
    (void)scored;
}

} // namespace

Matrix normalise(const Matrix &values, int scoredUnits, const std::vector<IndicatorSpec> &indicators,
    Normalisation method, Aggregation aggregation)
{
    Matrix out(values.rows, values.cols);
    const bool geometric = aggregation == Aggregation::Geometric;
    for (int c = 0; c < values.cols; ++c) {
        const IndicatorSpec &spec = indicators[size_t(c)];
        const std::vector<double> present = stats::presentValues(values.data.data(), scoredUnits, values.cols, c);
        if (present.empty())
            continue;
        const double lo = *std::min_element(present.begin(), present.end());
        const double hi = *std::max_element(present.begin(), present.end());
        switch (method) {
        case Normalisation::MinMax:
            minMax(values, out, scoredUnits, c, spec.higherIsBetter, geometric, lo, hi, false);
            break;
        case Normalisation::Goalposts: {
            const double gLo = isMissing(spec.goalLow) ? lo : spec.goalLow;
            const double gHi = isMissing(spec.goalHigh) ? hi : spec.goalHigh;
            minMax(values, out, scoredUnits, c, spec.higherIsBetter, geometric, gLo, gHi, true);
            break;
        }
        case Normalisation::ZScore: {
            const double m = stats::mean(present);
            const double sd = stats::sampleSd(present);
            for (int r = 0; r < values.rows; ++r) {
                const double x = values.at(r, c);
                if (isMissing(x))
                    continue;
                double z = (isMissing(sd) || sd == 0) ? 0.0 : (x - m) / sd;
                if (!spec.higherIsBetter)
                    z = -z;
                out.at(r, c) = geometric ? std::max(100.0 + 10.0 * z, 1e-9) : z;
            }
            break;
        }
        case Normalisation::Rank:
            for (int r = 0; r < values.rows; ++r) {
                const double x = values.at(r, c);
                if (isMissing(x))
                    continue;
                double below = 0, equal = 0;
                for (double p : present) {
                    const bool worse = spec.higherIsBetter ? p < x : p > x;
                    below += worse ? 1 : 0;
                    equal += p == x ? 1 : 0;
                }
                // Average rank among ties; a row that is not scored counts itself as one of them.
                const double ties = std::max(equal, 1.0);
                out.at(r, c) = below + (ties + 1.0) / 2.0;
            }
            break;
        }
    }
    return out;
}

} // namespace air::index
