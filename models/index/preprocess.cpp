#include "index/preprocess.h"

#include "index/statistics.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air::index {
namespace {

bool needsTreatment(const std::vector<double> &v)
{
    const double skew = stats::skewness(v);
    const double kurt = stats::kurtosis(v);
    return !isMissing(skew) && !isMissing(kurt) && std::fabs(skew) > 2.0 && kurt > 3.5;
}

} // namespace

Matrix denominate(const Matrix &raw, const Matrix &denominators, const std::vector<double> &scales)
{
    Matrix out = raw;
    for (int c = 0; c < raw.cols; ++c) {
        const double scale = scales[size_t(c)];
        if (isMissing(scale))
            continue;
        for (int r = 0; r < raw.rows; ++r) {
            const double d = denominators.at(r, c);
            out.at(r, c) = (isMissing(d) || d == 0 || isMissing(raw.at(r, c))) ? missing : raw.at(r, c) / d * scale;
        }
    }
    return out;
}

void impute(Matrix &values, int scoredUnits, const std::vector<int> &groups, Imputation method,
    std::vector<std::uint8_t> &imputed)
{
    imputed.assign(values.data.size(), 0);
    if (method == Imputation::None)
        return;
    for (int c = 0; c < values.cols; ++c) {
        const std::vector<double> present = stats::presentValues(values.data.data(), scoredUnits, values.cols, c);
        if (present.empty())
            continue;
        const double fill = method == Imputation::Median ? stats::median(present) : stats::mean(present);
        for (int r = 0; r < scoredUnits; ++r) {
            if (!isMissing(values.at(r, c)))
                continue;
            double value = fill;
            if (method == Imputation::GroupMean && r < int(groups.size()) && groups[size_t(r)] >= 0) {
                std::vector<double> members;
                for (int o = 0; o < scoredUnits; ++o) {
                    if (o < int(groups.size()) && groups[size_t(o)] == groups[size_t(r)] && !isMissing(values.at(o, c)))
                        members.push_back(values.at(o, c));
                }
                if (!members.empty())
                    value = stats::mean(members);
            }
            values.at(r, c) = value;
            imputed[size_t(r) * size_t(values.cols) + size_t(c)] = 1;
        }
    }
}

QString treatOutliers(Matrix &values, int scoredUnits, int column)
{
    const std::vector<double> v = stats::presentValues(values.data.data(), scoredUnits, values.cols, column);
    if (!needsTreatment(v))
        return {};
    const bool positive = stats::skewness(v) > 0;
    // Step k: the k most extreme values on the skewed side take the (k+1)-th value.
    std::vector<double> sorted = v;
    std::sort(sorted.begin(), sorted.end());
    if (positive)
        std::reverse(sorted.begin(), sorted.end());
    for (int points = 1; points <= 5 && points < int(sorted.size()); ++points) {
        const double cap = sorted[size_t(points)];
        std::vector<double> w = v;
        for (double &x : w)
            x = positive ? std::min(x, cap) : std::max(x, cap);
        if (needsTreatment(w))
            continue;
        for (int r = 0; r < values.rows; ++r) {
            double &x = values.at(r, column);
            if (!isMissing(x))
                x = positive ? std::min(x, cap) : std::max(x, cap);
        }
        return points == 1 ? u"winsorised 1 point"_s : u"winsorised %1 points"_s.arg(points);
    }
    // Winsorising 5 points was not enough: a log transform of the original values.
    const double lo = *std::min_element(v.begin(), v.end());
    const double hi = *std::max_element(v.begin(), v.end());
    for (int r = 0; r < values.rows; ++r) {
        double &x = values.at(r, column);
        if (isMissing(x))
            continue;
        x = positive ? std::log(std::max(x - lo, 0.0) + 1.0) : -std::log(std::max(hi - x, 0.0) + 1.0);
    }
    return positive ? u"log transform"_s : u"log transform (negative skew)"_s;
}

} // namespace air::index
