// The readiness index engine on hand-worked examples: every number below was worked out by hand
// (the reasoning is in the comments), not read back from the engine.
#include "index/aggregate.h"
#include "index/indextypes.h"
#include "index/normalise.h"
#include "index/preprocess.h"
#include "index/statistics.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace air::index;

namespace {

Matrix column(std::initializer_list<double> values)
{
    Matrix m(int(values.size()), 1);
    int r = 0;
    for (double v : values)
        m.at(r++, 0) = v;
    return m;
}

std::vector<double> columnOf(const Matrix &m, int c = 0)
{
    std::vector<double> out;
    for (int r = 0; r < m.rows; ++r)
        out.push_back(m.at(r, c));
    return out;
}

IndicatorSpec spec(const QString &id, int pillar, bool higher = true, double weight = 1.0, int sector = -1)
{
    IndicatorSpec s;
    s.id = id;
    s.pillar = pillar;
    s.higherIsBetter = higher;
    s.weight = weight;
    s.sector = sector;
    return s;
}

bool near(double a, double b, double eps = 1e-9)
{
    return std::fabs(a - b) < eps;
}

#define COMPARE_NEAR(a, b) QVERIFY2(near((a), (b)), qPrintable(u"%1 != %2"_s.arg((a), 0, 'g', 12).arg((b), 0, 'g', 12)))

// Three regions, one pillar, two indicators: A = (10, 5), B = (5, 10), C = (0, 0).
IndexInput threeRegions()
{
    IndexInput in;
    in.framework.pillars = { u"p"_s };
    in.framework.pillarWeights = { 1 };
    in.framework.indicators = { spec(u"x"_s, 0), spec(u"y"_s, 0) };
    in.units = { u"A"_s, u"B"_s, u"C"_s };
    in.scoredUnits = 3;
    in.values = Matrix(3, 2);
    in.values.at(0, 0) = 10;
    in.values.at(0, 1) = 5;
    in.values.at(1, 0) = 5;
    in.values.at(1, 1) = 10;
    in.values.at(2, 0) = 0;
    in.values.at(2, 1) = 0;
    return in;
}

} // namespace

class TestIndexEngine final : public QObject {
    Q_OBJECT
private slots:
    void minMaxAndDirection();
    void minMaxScaleFromScoredUnitsOnly();
    void zScore();
    void rankNormalisation();
    void goalposts();
    void denomination();
    void arithmeticAggregationWithWeights();
    void geometricAggregation();
    void missingChildRescalesWeights();
    void parentWithoutChildrenIsMissing();
    void sectorsBetweenIndicatorsAndPillar();
    void ranksWithTies();
    void imputation();
    void skewnessAndKurtosis();
    void winsorisation();
    void winsorisationOverSeveralPoints();
    void logTransformWhenWinsorisingIsNotEnough();
    void nominalThreeRegions();
    void monteCarloThreeRegionsExact();
    void deterministicAcrossThreads();
    void diagnostics();
    void nonFiniteIntermediatesAreMissing();
};

void TestIndexEngine::minMaxAndDirection()
{
    const Matrix v = column({ 2, 4, 6 });
    QCOMPARE(columnOf(normalise(v, 3, { spec(u"a"_s, 0, true) }, Normalisation::MinMax, Aggregation::Arithmetic)),
        (std::vector<double> { 0, 50, 100 }));
    QCOMPARE(columnOf(normalise(v, 3, { spec(u"a"_s, 0, false) }, Normalisation::MinMax, Aggregation::Arithmetic)),
        (std::vector<double> { 100, 50, 0 }));
    // For a geometric mean the scale is 1..100: 1 + 99 * (4 - 2) / 4 = 50.5.
    QCOMPARE(columnOf(normalise(v, 3, { spec(u"a"_s, 0, true) }, Normalisation::MinMax, Aggregation::Geometric)),
        (std::vector<double> { 1, 50.5, 100 }));
    // No variation: the middle of the scale.
    QCOMPARE(columnOf(normalise(column({ 7, 7 }), 2, { spec(u"a"_s, 0) }, Normalisation::MinMax, Aggregation::Arithmetic)),
        (std::vector<double> { 50, 50 }));
}

void TestIndexEngine::minMaxScaleFromScoredUnitsOnly()
{
    // Rows 0-2 scored (2, 4, 6); row 3 (the nation, 8) is placed on their scale: (8 - 2) / 4 * 100 = 150.
    const Matrix n = normalise(column({ 2, 4, 6, 8 }), 3, { spec(u"a"_s, 0) }, Normalisation::MinMax, Aggregation::Arithmetic);
    QCOMPARE(columnOf(n), (std::vector<double> { 0, 50, 100, 150 }));
}

void TestIndexEngine::zScore()
{
    // mean 4, sample sd sqrt(((2-4)^2 + 0 + (6-4)^2) / 2) = 2.
    const Matrix v = column({ 2, 4, 6 });
    QCOMPARE(columnOf(normalise(v, 3, { spec(u"a"_s, 0) }, Normalisation::ZScore, Aggregation::Arithmetic)),
        (std::vector<double> { -1, 0, 1 }));
    QCOMPARE(columnOf(normalise(v, 3, { spec(u"a"_s, 0, false) }, Normalisation::ZScore, Aggregation::Arithmetic)),
        (std::vector<double> { 1, -0.0, -1 }));
    QCOMPARE(columnOf(normalise(v, 3, { spec(u"a"_s, 0) }, Normalisation::ZScore, Aggregation::Geometric)),
        (std::vector<double> { 90, 100, 110 }));
}

void TestIndexEngine::rankNormalisation()
{
    QCOMPARE(columnOf(normalise(column({ 10, 30, 20 }), 3, { spec(u"a"_s, 0) }, Normalisation::Rank, Aggregation::Arithmetic)),
        (std::vector<double> { 1, 3, 2 }));
    QCOMPARE(columnOf(normalise(column({ 5, 5, 1 }), 3, { spec(u"a"_s, 0) }, Normalisation::Rank, Aggregation::Arithmetic)),
        (std::vector<double> { 2.5, 2.5, 1 }));
    QCOMPARE(columnOf(normalise(column({ 10, 30, 20 }), 3, { spec(u"a"_s, 0, false) }, Normalisation::Rank,
                 Aggregation::Arithmetic)),
        (std::vector<double> { 3, 1, 2 }));
}

void TestIndexEngine::goalposts()
{
    IndicatorSpec s = spec(u"a"_s, 0);
    s.goalLow = 0;
    s.goalHigh = 10;
    // 5 is half-way to the target; 12 is past it (100); -1 is below the floor (0).
    QCOMPARE(columnOf(normalise(column({ 5, 12, -1 }), 3, { s }, Normalisation::Goalposts, Aggregation::Arithmetic)),
        (std::vector<double> { 50, 100, 0 }));
    s.higherIsBetter = false;
    QCOMPARE(columnOf(normalise(column({ 2, 10 }), 2, { s }, Normalisation::Goalposts, Aggregation::Arithmetic)),
        (std::vector<double> { 80, 0 }));
}

void TestIndexEngine::denomination()
{
    // 5G: 2,021 stations / 1,851,549 residents x 10,000 = 10.9152...; a missing denominator stays missing.
    Matrix raw(2, 2);
    raw.at(0, 0) = 2021;
    raw.at(1, 0) = 16789;
    raw.at(0, 1) = 3;
    raw.at(1, 1) = 4;
    Matrix den(2, 2);
    den.at(0, 0) = 1851549;
    den.at(1, 0) = missing;
    const Matrix out = denominate(raw, den, { 10000, missing });
    COMPARE_NEAR(out.at(0, 0), 2021.0 / 1851549.0 * 10000.0);
    QVERIFY(isMissing(out.at(1, 0)));
    QCOMPARE(out.at(0, 1), 3.0); // no denominator: as it is
}

void TestIndexEngine::arithmeticAggregationWithWeights()
{
    Framework f;
    f.pillars = { u"p"_s };
    f.indicators = { spec(u"a"_s, 0, true, 1), spec(u"b"_s, 0, true, 3) };
    const Aggregator agg(f);
    const double row[] = { 0, 100 };
    double pillar = 0;
    // (1 x 0 + 3 x 100) / 4 = 75.
    COMPARE_NEAR(agg.score(row, nullptr, Weights::of(f), Aggregation::Arithmetic, nullptr, &pillar), 75.0);
    COMPARE_NEAR(pillar, 75.0);
}

void TestIndexEngine::geometricAggregation()
{
    Framework f;
    f.pillars = { u"p"_s };
    f.indicators = { spec(u"a"_s, 0), spec(u"b"_s, 0) };
    const Aggregator agg(f);
    // sqrt(1 x 100) = 10; with weights 1 and 3: 1^(1/4) x 100^(3/4) = 31.6227...
    const double row[] = { 1, 100 };
    COMPARE_NEAR(agg.score(row, nullptr, Weights::of(f), Aggregation::Geometric), 10.0);
    f.indicators[1].weight = 3;
    COMPARE_NEAR(Aggregator(f).score(row, nullptr, Weights::of(f), Aggregation::Geometric), std::pow(100.0, 0.75));
}

void TestIndexEngine::missingChildRescalesWeights()
{
    Framework f;
    f.pillars = { u"p"_s };
    f.indicators = { spec(u"a"_s, 0, true, 1), spec(u"b"_s, 0, true, 1), spec(u"c"_s, 0, true, 2) };
    // b is missing: (1 x 100 + 2 x 50) / (1 + 2) = 66.67, not / 4.
    const double row[] = { 100, missing, 50 };
    COMPARE_NEAR(Aggregator(f).score(row, nullptr, Weights::of(f), Aggregation::Arithmetic), 200.0 / 3.0);
}

void TestIndexEngine::parentWithoutChildrenIsMissing()
{
    Framework f;
    f.pillars = { u"p"_s, u"q"_s };
    f.indicators = { spec(u"a"_s, 0), spec(u"b"_s, 1) };
    const Aggregator agg(f);
    const double row[] = { 40, missing };
    double pillars[2];
    // q has no available child: missing; the index is p alone (40), not (40 + 0) / 2.
    COMPARE_NEAR(agg.score(row, nullptr, Weights::of(f), Aggregation::Arithmetic, nullptr, pillars), 40.0);
    QVERIFY(isMissing(pillars[1]));
    const double none[] = { missing, missing };
    QVERIFY(isMissing(agg.score(none, nullptr, Weights::of(f), Aggregation::Arithmetic)));
}

void TestIndexEngine::sectorsBetweenIndicatorsAndPillar()
{
    Framework f;
    f.pillars = { u"talent"_s, u"sector"_s };
    f.sectors = { u"agriculture"_s, u"marine"_s };
    f.sectorPillar = 1;
    // Agriculture has three indicators, marine one: the pillar is the mean of the two sectors,
    // not of the four indicators. agriculture = (10 + 20 + 30) / 3 = 20; marine = 80; pillar = 50.
    f.indicators = { spec(u"t"_s, 0), spec(u"a1"_s, 1, true, 1, 0), spec(u"a2"_s, 1, true, 1, 0),
        spec(u"a3"_s, 1, true, 1, 0), spec(u"m"_s, 1, true, 1, 1) };
    const double row[] = { 70, 10, 20, 30, 80 };
    double sectors[2], pillars[2];
    const double index = Aggregator(f).score(row, nullptr, Weights::of(f), Aggregation::Arithmetic, sectors, pillars);
    COMPARE_NEAR(sectors[0], 20.0);
    COMPARE_NEAR(sectors[1], 80.0);
    COMPARE_NEAR(pillars[1], 50.0);
    COMPARE_NEAR(index, 60.0); // (70 + 50) / 2
}

void TestIndexEngine::ranksWithTies()
{
    // 70 and 70 share rank 1; 50 is third (two better); 10 fourth; missing has no rank.
    QCOMPARE(rankScores({ 50, 70, 70, 10, missing }, 5), (std::vector<int> { 3, 1, 1, 4, 0 }));
    // Units beyond the scored ones get no rank and do not push the others down.
    QCOMPARE(rankScores({ 50, 70, 99 }, 2), (std::vector<int> { 2, 1, 0 }));
}

void TestIndexEngine::imputation()
{
    // Column: 1, missing, 3, 8 (scored), and a 5th unscored row that stays missing.
    Matrix m = column({ 1, missing, 3, 8, missing });
    std::vector<std::uint8_t> flags;
    Matrix mean = m;
    impute(mean, 4, {}, Imputation::Mean, flags);
    COMPARE_NEAR(mean.at(1, 0), 4.0); // (1 + 3 + 8) / 3
    QCOMPARE(flags[1], std::uint8_t(1));
    QCOMPARE(flags[0], std::uint8_t(0));
    QVERIFY(isMissing(mean.at(4, 0)));
    Matrix median = m;
    impute(median, 4, {}, Imputation::Median, flags);
    COMPARE_NEAR(median.at(1, 0), 3.0);
    // Group mean: units 0 and 1 in group 0, units 2 and 3 in group 1: unit 1 takes unit 0's 1.
    Matrix group = m;
    impute(group, 4, { 0, 0, 1, 1 }, Imputation::GroupMean, flags);
    COMPARE_NEAR(group.at(1, 0), 1.0);
    Matrix none = m;
    impute(none, 4, {}, Imputation::None, flags);
    QVERIFY(isMissing(none.at(1, 0)));
}

void TestIndexEngine::skewnessAndKurtosis()
{
    // Excel's documented examples: SKEW(3,4,5,2,3,4,5,6,4,7) = 0.359543; KURT(same) = -0.151800.
    const std::vector<double> v = { 3, 4, 5, 2, 3, 4, 5, 6, 4, 7 };
    QVERIFY(near(stats::skewness(v), 0.359543, 1e-6));
    QVERIFY(near(stats::kurtosis(v), -0.151799637, 1e-6));
    // Percentiles as NumPy: of 1..5, the 5th is 1.2 and the 95th 4.8.
    QVERIFY(near(stats::percentile({ 1, 2, 3, 4, 5 }, 5), 1.2));
    QVERIFY(near(stats::percentile({ 5, 4, 3, 2, 1 }, 95), 4.8));
}

void TestIndexEngine::winsorisation()
{
    // Sixteen ones and one 100: skewness 4.12, kurtosis 17 (> 2 and > 3.5). Winsorising the
    // single outlier (100 takes the next value in, 1) leaves no variation: the rule is met after
    // one point. The nation's row (50) is clamped to the same cap.
    Matrix m(18, 1, 1.0);
    m.at(16, 0) = 100;
    m.at(17, 0) = 50;
    QCOMPARE(treatOutliers(m, 17, 0), u"winsorised 1 point"_s);
    QCOMPARE(m.at(16, 0), 1.0);
    QCOMPARE(m.at(17, 0), 1.0);
    // A symmetric column needs nothing.
    Matrix plain = column({ 1, 2, 3, 4, 5 });
    QCOMPARE(treatOutliers(plain, 5, 0), QString());
    QCOMPARE(plain.at(4, 0), 5.0);
}

void TestIndexEngine::winsorisationOverSeveralPoints()
{
    // Twelve ones and 10, 100, ..., 10^6 (skewness 4.18, kurtosis 17.6). Step 1 caps 10^6 at 10^5:
    // still failing. Step 2 caps the two largest at 10^4, the third value: the rule is met (NumPy agrees).
    Matrix m(18, 1, 1.0);
    const double big[] = { 10, 100, 1000, 10000, 100000, 1000000 };
    for (int i = 0; i < 6; ++i)
        m.at(12 + i, 0) = big[i];
    QCOMPARE(treatOutliers(m, 18, 0), u"winsorised 2 points"_s);
    QCOMPARE(m.at(17, 0), 10000.0);
    QCOMPARE(m.at(16, 0), 10000.0);
    QCOMPARE(m.at(15, 0), 10000.0);
    QCOMPARE(m.at(14, 0), 1000.0);
}

void TestIndexEngine::logTransformWhenWinsorisingIsNotEnough()
{
    // Eighty ones and six 100s (skewness 3.44, kurtosis 10.1): the six equal outliers mean that
    // capping the 5 most extreme at the 6th value changes nothing, so the rule still fails after
    // five points and the original values are log-transformed instead: log(x - min + 1).
    Matrix m(86, 1, 1.0);
    for (int i = 80; i < 86; ++i)
        m.at(i, 0) = 100;
    QCOMPARE(treatOutliers(m, 86, 0), u"log transform"_s);
    COMPARE_NEAR(m.at(0, 0), 0.0);
    COMPARE_NEAR(m.at(85, 0), std::log(100.0));
}

void TestIndexEngine::nominalThreeRegions()
{
    // Min-max: A = (100, 50), B = (50, 100), C = (0, 0). Arithmetic: A = B = 75, C = 0.
    const IndexResult r = compute(threeRegions(), IndexOptions {});
    COMPARE_NEAR(r.index[0], 75.0);
    COMPARE_NEAR(r.index[1], 75.0);
    COMPARE_NEAR(r.index[2], 0.0);
    QCOMPARE(r.rank, (std::vector<int> { 1, 1, 3 }));
    COMPARE_NEAR(r.pillarScores.at(0, 0), 75.0);
}

void TestIndexEngine::monteCarloThreeRegionsExact()
{
    // A and B mirror each other in every normalisation (min-max or z-score) and aggregation
    // (arithmetic or geometric): A is ahead exactly when the drawn weight of x exceeds that of y,
    // which happens in half of the runs; C is last in every run. So: C's rank is 3 in all runs;
    // A's and B's ranks are 1 or 2, each about half the time (p05 = 1, p95 = 2).
    // Sensitivity: normalisation and aggregation alone never break the A-B tie (0); weights alone
    // break it in every run, moving one of the three from rank 1 to 2: 1/3 exactly.
    IndexOptions options;
    options.uncertaintyRuns = 10000;
    options.seed = 42;
    const IndexResult r = compute(threeRegions(), options);
    QVERIFY(r.uncertainty);
    const Uncertainty &u = *r.uncertainty;
    QCOMPARE(u.rankP05[2], 3.0);
    QCOMPARE(u.medianRank[2], 3.0);
    QCOMPARE(u.rankP95[2], 3.0);
    QCOMPARE(u.rankP05[0], 1.0);
    QCOMPARE(u.rankP95[0], 2.0);
    QCOMPARE(u.rankP05[1], 1.0);
    QCOMPARE(u.rankP95[1], 2.0);
    QCOMPARE(u.sensitivityNormalisation, 0.0);
    QCOMPARE(u.sensitivityAggregation, 0.0);
    COMPARE_NEAR(u.sensitivityWeights, 1.0 / 3.0);
}

void TestIndexEngine::deterministicAcrossThreads()
{
    IndexInput in;
    in.framework.pillars = { u"p"_s, u"q"_s };
    for (int i = 0; i < 12; ++i)
        in.framework.indicators.push_back(spec(u"i%1"_s.arg(i), i % 2, i % 3 != 0));
    in.scoredUnits = 17;
    in.values = Matrix(17, 12);
    stats::Random rng(7, 0);
    for (double &v : in.values.data)
        v = rng.uniform() * 100;
    in.values.at(3, 4) = missing;
    IndexOptions options;
    options.uncertaintyRuns = 500;
    options.seed = 2026;
    options.threads = 1;
    const IndexResult one = compute(in, options);
    options.threads = 4;
    const IndexResult four = compute(in, options);
    QCOMPARE(one.uncertainty->medianRank, four.uncertainty->medianRank);
    QCOMPARE(one.uncertainty->rankP05, four.uncertainty->rankP05);
    QCOMPARE(one.uncertainty->rankP95, four.uncertainty->rankP95);
    QCOMPARE(one.uncertainty->sensitivityWeights, four.uncertainty->sensitivityWeights);
    options.seed = 2027;
    const IndexResult other = compute(in, options);
    QVERIFY(other.uncertainty->sensitivityWeights != one.uncertainty->sensitivityWeights);
}

void TestIndexEngine::diagnostics()
{
    // Three indicators in one pillar over five units: b = 2a (r = 1: collinear), c = -a (r = -1),
    // d has two of five figures (availability 40%).
    IndexInput in;
    in.framework.pillars = { u"p"_s };
    in.framework.indicators = { spec(u"a"_s, 0), spec(u"b"_s, 0), spec(u"c"_s, 0), spec(u"d"_s, 0) };
    in.scoredUnits = 5;
    in.values = Matrix(5, 4);
    for (int r = 0; r < 5; ++r) {
        in.values.at(r, 0) = r;
        in.values.at(r, 1) = 2 * r;
        in.values.at(r, 2) = -r;
    }
    in.values.at(0, 3) = 1;
    in.values.at(1, 3) = 2;
    const IndexResult res = compute(in, IndexOptions {});
    QVERIFY(res.indicators[0].flags.join(u';').contains(u"collinear with b (1.00)"_s));
    QVERIFY(res.indicators[0].flags.join(u';').contains(u"negative correlation with c (-1.00)"_s));
    COMPARE_NEAR(res.indicators[3].availability, 0.4);
    QVERIFY(res.indicators[3].flags.contains(u"availability < 66%"_s));
    QVERIFY(!res.indicators[0].flags.contains(u"availability < 66%"_s));
}

// Issue 18, 3 and 7: a weight of 1e307 made A's score infinite, and the Monte Carlo's rank
// bucketing turned it into a NaN bucket index (SIGSEGV); a figure divided by a denominator of
// 1e-320 (inf) was normalised and ranked.
void TestIndexEngine::nonFiniteIntermediatesAreMissing()
{
    IndexInput in = threeRegions();
    in.framework.indicators[0].weight = 3e306; // A: 3e306 * 100 overflows; B: 3e306 * 50 = 1.5e308 does not
    IndexOptions options;
    options.uncertaintyRuns = 200;
    options.threads = 1;
    const IndexResult r = compute(in, options);
    QVERIFY(isMissing(r.index[0]));
    QCOMPARE(r.rank[0], 0);
    QVERIFY(std::isfinite(r.index[1]) && std::isfinite(r.index[2]));
    QCOMPARE(r.rank[1], 1);
    QVERIFY2(!r.warnings.isEmpty() && r.warnings.first().contains(u"A"_s), qPrintable(r.warnings.join(u"; "_s)));
    QVERIFY(r.uncertainty.has_value());

    IndexInput denominated = threeRegions();
    denominated.values.at(1, 0) = std::numeric_limits<double>::infinity(); // 5 / 1e-320
    const IndexResult d = compute(denominated, IndexOptions {});
    QVERIFY(isMissing(d.normalised.at(1, 0)));
    // x over the finite figures (10, 0): A (100, 50) = 75, B (-, 100) = 100, C (0, 0) = 0.
    COMPARE_NEAR(d.index[0], 75.0);
    COMPARE_NEAR(d.index[1], 100.0);
    QVERIFY2(d.indicators[0].flags.join(u' ').contains(u"not a finite number"_s),
        qPrintable(d.indicators[0].flags.join(u"; "_s)));
    QVERIFY(d.indicators[0].availability < 0.7);
}

QTEST_GUILESS_MAIN(TestIndexEngine)
#include "tst_indexengine.moc"
