#include "index/statistics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace air::index::stats {
namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

std::uint64_t splitmix(std::uint64_t &x)
{
    std::uint64_t z = (x += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

std::vector<double> presentValues(const double *data, int rows, int cols, int col)
{
    std::vector<double> out;
    out.reserve(size_t(rows));
    for (int r = 0; r < rows; ++r) {
        const double v = data[size_t(r) * size_t(cols) + size_t(col)];
        if (!std::isnan(v))
            out.push_back(v);
    }
    return out;
}

double mean(const std::vector<double> &v)
{
    if (v.empty())
        return nan;
    return std::accumulate(v.begin(), v.end(), 0.0) / double(v.size());
}

double sampleSd(const std::vector<double> &v)
{
    if (v.size() < 2)
        return nan;
    const double m = mean(v);
    double ss = 0;
    for (double x : v)
        ss += (x - m) * (x - m);
    return std::sqrt(ss / double(v.size() - 1));
}

double median(std::vector<double> v)
{
    return percentile(std::move(v), 50.0);
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return nan;
    std::sort(v.begin(), v.end());
    const double h = (double(v.size()) - 1.0) * p / 100.0;
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, v.size() - 1);
    return v[lo] + (h - double(lo)) * (v[hi] - v[lo]);
}

double skewness(const std::vector<double> &v)
{
    const double n = double(v.size());
    if (v.size() < 4)
        return nan;
    const double m = mean(v);
    double m2 = 0, m3 = 0;
    for (double x : v) {
        const double d = x - m;
        m2 += d * d;
        m3 += d * d * d;
    }
    m2 /= n;
    m3 /= n;
    if (m2 == 0)
        return 0;
    const double g1 = m3 / std::pow(m2, 1.5);
    return g1 * std::sqrt(n * (n - 1)) / (n - 2);
}

double kurtosis(const std::vector<double> &v)
{
    const double n = double(v.size());
    if (v.size() < 4)
        return nan;
    const double m = mean(v);
    double m2 = 0, m4 = 0;
    for (double x : v) {
        const double d2 = (x - m) * (x - m);
        m2 += d2;
        m4 += d2 * d2;
    }
    m2 /= n;
    m4 /= n;
    if (m2 == 0)
        return 0;
    const double g2 = m4 / (m2 * m2) - 3.0;
    return ((n + 1) * g2 + 6) * (n - 1) / ((n - 2) * (n - 3));
}

double pearson(const std::vector<double> &a, const std::vector<double> &b)
{
    double sa = 0, sb = 0;
    int n = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (std::isnan(a[i]) || std::isnan(b[i]))
            continue;
        sa += a[i];
        sb += b[i];
        ++n;
    }
    if (n < 3)
        return nan;
    const double ma = sa / n, mb = sb / n;
    double sab = 0, saa = 0, sbb = 0;
    for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
        if (std::isnan(a[i]) || std::isnan(b[i]))
            continue;
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa == 0 || sbb == 0)
        return nan;
    return sab / std::sqrt(saa * sbb);
}

std::vector<int> competitionRanks(const std::vector<double> &values, bool descending)
{
    std::vector<int> ranks(values.size(), 0);
    for (size_t i = 0; i < values.size(); ++i) {
        if (std::isnan(values[i]))
            continue;
        int better = 0;
        for (size_t j = 0; j < values.size(); ++j) {
            if (std::isnan(values[j]))
                continue;
            if (descending ? values[j] > values[i] : values[j] < values[i])
                ++better;
        }
        ranks[i] = better + 1;
    }
    return ranks;
}

Random::Random(std::uint64_t seed, std::uint64_t stream)
{
    std::uint64_t x = seed ^ (stream * 0xD1B54A32D192ED03ULL);
    for (auto &s : m_s)
        s = splitmix(x);
}

std::vector<double> averageRanks(const std::vector<double> &values)
{
    std::vector<size_t> order(values.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (size_t i = 0; i < order.size();) {
        size_t j = i;
        while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
            ++j;
        const double shared = (double(i) + double(j)) / 2.0 + 1.0;
        for (size_t k = i; k <= j; ++k)
            ranks[order[k]] = shared;
        i = j + 1;
    }
    return ranks;
}

double spearman(const std::vector<double> &a, const std::vector<double> &b)
{
    if (a.size() != b.size() || a.size() < 3)
        return std::numeric_limits<double>::quiet_NaN();
    return pearson(averageRanks(a), averageRanks(b));
}

double kendallTauB(const std::vector<double> &a, const std::vector<double> &b)
{
    const size_t n = a.size();
    if (b.size() != n || n < 3)
        return std::numeric_limits<double>::quiet_NaN();
    double concordant = 0, discordant = 0, tiesA = 0, tiesB = 0;
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = i + 1; j < n; ++j) {
            const double da = a[i] - a[j];
            const double db = b[i] - b[j];
            if (da == 0 && db == 0)
                continue;
            if (da == 0)
                ++tiesA;
            else if (db == 0)
                ++tiesB;
            else if ((da > 0) == (db > 0))
                ++concordant;
            else
                ++discordant;
        }
    }
    const double denominator = std::sqrt((concordant + discordant + tiesA) * (concordant + discordant + tiesB));
    return denominator > 0 ? (concordant - discordant) / denominator : std::numeric_limits<double>::quiet_NaN();
}

} // namespace air::index::stats
