#pragma once

// The readiness index engine's vocabulary: plain values, no SQL and no item models (DESIGN.md),
// so that it can be tested by hand-worked examples, timed alone and run on many threads.
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace air::index {

constexpr double missing = std::numeric_limits<double>::quiet_NaN();
inline bool isMissing(double v)
{
    return std::isnan(v);
}

enum class Normalisation { MinMax, ZScore, Rank, Goalposts };
enum class Aggregation { Arithmetic, Geometric };
enum class Imputation { None, Mean, Median, GroupMean };
enum class Treatment { None, Winsorise };

// Units x indicators, row-major; NaN marks a missing cell.
struct Matrix {
    int rows = 0;
    int cols = 0;
    std::vector<double> data;

    Matrix() = default;
    Matrix(int r, int c, double fill = missing) : rows(r), cols(c), data(size_t(r) * size_t(c), fill) { }
    double &at(int r, int c) { return data[size_t(r) * size_t(cols) + size_t(c)]; }
    double at(int r, int c) const { return data[size_t(r) * size_t(cols) + size_t(c)]; }
};

struct IndicatorSpec {
    QString id;
    int pillar = 0;            // index into Framework::pillars
    int sector = -1;           // index into Framework::sectors, for the sector-fit pillar
    bool higherIsBetter = true;
    double weight = 1.0;       // within its sector or pillar
    double goalLow = missing;  // goalposts (distance to a target); missing: the observed min and max
    double goalHigh = missing;
};

// indicator -> sector (for the sector-fit pillar) -> pillar -> index
struct Framework {
    QStringList pillars;
    QStringList sectors;
    std::vector<double> pillarWeights; // same length as pillars; default 1
    std::vector<double> sectorWeights; // same length as sectors; default 1
    int sectorPillar = -1;             // the pillar whose indicators are grouped by sector first
    std::vector<IndicatorSpec> indicators;
};

struct IndexInput {
    Framework framework;
    QStringList units;         // row names: the scored regions first, then the nation and groups
    int scoredUnits = 0;       // rows [0, scoredUnits) set the scale and are ranked
    std::vector<int> imputationGroup; // per scored unit, for group-mean imputation (-1: none)
    Matrix values;             // already denominated
};

struct IndexOptions {
    Normalisation normalisation = Normalisation::MinMax;
    Aggregation aggregation = Aggregation::Arithmetic;
    Imputation imputation = Imputation::None;
    Treatment treatment = Treatment::None;
    int uncertaintyRuns = 0;
    std::uint64_t seed = 1;
    int threads = 0; // 0: as many as the machine has
    double weightNoise = 0.25; // +/- share of each weight in the Monte Carlo runs
};

struct IndicatorReport {
    double availability = 0; // share of the scored units with a figure
    QString treatment;       // "", "winsorised 2 points", "log transform"
    int imputedCells = 0;
    QStringList flags;       // "availability < 66%", "collinear with X (0.93)", "negative correlation with Y (-0.52)"
};

struct Correlation {
    int pillar = 0;
    int a = 0;
    int b = 0;
    double r = missing;
};

struct Uncertainty {
    int runs = 0;
    std::vector<double> medianRank; // per scored unit
    std::vector<double> rankP05;
    std::vector<double> rankP95;
    // Mean absolute rank change over the scored units when only that choice varies.
    double sensitivityWeights = 0;
    double sensitivityNormalisation = 0;
    double sensitivityAggregation = 0;
};

struct IndexResult {
    Matrix treated;    // after imputation and treatment, before normalisation
    Matrix normalised; // direction-aware, on the scale of the scored units
    std::vector<std::uint8_t> imputed; // per cell of `treated`, 1 if imputed
    Matrix sectorScores;  // units x sectors
    Matrix pillarScores;  // units x pillars
    std::vector<double> index; // per unit
    std::vector<int> rank;     // per unit: 1 = best among the scored units; 0 = no rank (missing, or not scored)
    std::vector<IndicatorReport> indicators;
    std::vector<Correlation> correlations;
    std::optional<Uncertainty> uncertainty;
    // What the engine left out because the arithmetic gave no finite number (a figure divided by
    // a denominator near 0, extreme weights): such a value is missing, never ranked or printed.
    QStringList warnings;
};

IndexResult compute(const IndexInput &input, const IndexOptions &options);

} // namespace air::index
