#pragma once

// Small statistics over the present values of a column (NaN = missing), as the engine uses them.
#include <cstdint>
#include <vector>

namespace air::index::stats {

// The present values of column `col` in rows [0, rows) of a row-major matrix with `cols` columns.
std::vector<double> presentValues(const double *data, int rows, int cols, int col);

double mean(const std::vector<double> &v);
double sampleSd(const std::vector<double> &v); // n - 1 in the denominator
double median(std::vector<double> v);
// Percentile with linear interpolation between closest ranks (NumPy's default, R type 7); p in [0, 100].
double percentile(std::vector<double> v, double p);
// Adjusted Fisher-Pearson skewness G1 and excess kurtosis G2 (the sample-adjusted forms of SAS, SPSS
// and Excel); NaN with fewer than 4 values.
double skewness(const std::vector<double> &v);
double kurtosis(const std::vector<double> &v);
// Pearson correlation over the pairs where both are present; NaN with fewer than 3 pairs or no variance.
double pearson(const std::vector<double> &a, const std::vector<double> &b);

// Rank correlations over pairs of values (no missing values; the same length, at least 3): Spearman's
// rho as the Pearson correlation of average ranks (ties share the mean of their ranks), and Kendall's
// tau-b (tie-adjusted). NaN with fewer than 3 pairs or no variance.
double spearman(const std::vector<double> &a, const std::vector<double> &b);
double kendallTauB(const std::vector<double> &a, const std::vector<double> &b);
// Average ranks, 1 for the smallest value (ties share the mean of the ranks they span).
std::vector<double> averageRanks(const std::vector<double> &values);

// Ranks with ties sharing the better (smaller) rank: rank 1 for the largest value when
// `descending`, for the smallest otherwise; 0 for a missing value.
std::vector<int> competitionRanks(const std::vector<double> &values, bool descending);

// A fast, seedable generator (xoshiro256** seeded through splitmix64). One stream per Monte Carlo
// run, seeded from (seed, run), so results do not depend on how runs are spread over threads.
class Random final {
public:
    Random(std::uint64_t seed, std::uint64_t stream);
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    double uniform() { return double(next() >> 11) * 0x1.0p-53; } // [0, 1)

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

} // namespace air::index::stats
