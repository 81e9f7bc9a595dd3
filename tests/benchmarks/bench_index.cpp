// Benchmark (not a test): the index engine's Monte Carlo uncertainty on 17 x 40 (10,000 runs) and
// 250 x 200 (1,000 runs), side by side with a vectorised NumPy implementation of the same
// computation (index_numpy.py, Debian's python3-numpy). Run by hand: ctest -L benchmark -V
#include "index/indextypes.h"
#include "index/statistics.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace air::index;

namespace {

IndexInput synthetic(int units, int indicators, std::uint64_t seed)
{
    IndexInput in;
    in.framework.pillars = { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"governance"_s };
    for (int i = 0; i < indicators; ++i) {
        IndicatorSpec s;
        s.id = u"synthetic_%1"_s.arg(i);
        s.pillar = i % 4;
        in.framework.indicators.push_back(s);
    }
    in.scoredUnits = units;
    in.values = Matrix(units, indicators);
    stats::Random rng(seed, 0);
    for (double &v : in.values.data)
        v = 1.0 + 99.0 * rng.uniform();
    return in;
}

bool writeInput(const IndexInput &in, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QByteArray out;
    for (size_t i = 0; i < in.framework.indicators.size(); ++i)
        out += (i ? "," : "") + QByteArray::number(in.framework.indicators[i].pillar);
    out += '\n';
    for (int r = 0; r < in.values.rows; ++r) {
        for (int c = 0; c < in.values.cols; ++c)
            out += (c ? "," : "") + QByteArray::number(in.values.at(r, c), 'g', 17);
        out += '\n';
    }
    return f.write(out) == out.size();
}

double numpySeconds(const QString &input, int runs, QByteArray *output)
{
    QProcess p;
    const QString python = QFile::exists(u"/usr/bin/python3"_s) ? u"/usr/bin/python3"_s : u"python3"_s;
    p.start(python, { QStringLiteral(AIR_BENCH_DIR "/index_numpy.py"), input, QString::number(runs), u"1"_s });
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "numpy run failed: %s\n", p.readAllStandardError().constData());
        return -1;
    }
    *output = p.readAllStandardOutput();
    for (const QByteArray &line : output->split('\n')) {
        if (line.startsWith("numpy seconds "))
            return line.mid(14).toDouble();
    }
    return -1;
}

void benchmark(const char *name, int units, int indicators, int runs, double target, const QString &dir)
{
    const IndexInput in = synthetic(units, indicators, 11);
    IndexOptions options;
    options.uncertaintyRuns = runs;
    options.seed = 1;
    double best = 1e9;
    IndexResult result = compute(in, options); // warm-up: caches, page faults, clock ramp
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer t;
        t.start();
        result = compute(in, options);
        best = std::min(best, t.nsecsElapsed() / 1e9);
    }
    const QString input = dir + u"/%1x%2.csv"_s.arg(units).arg(indicators);
    writeInput(in, input);
    QByteArray numpyOut;
    double numpy = 1e9;
    for (int i = 0; i < 5; ++i)
        numpy = std::min(numpy, numpySeconds(input, runs, &numpyOut));
    std::printf("%s: %d units x %d indicators, %d runs: engine %.3f s (target < %.0f s), NumPy %.3f s, "
                "engine %.1fx faster (target >= 5x)\n",
        name, units, indicators, runs, best, target, numpy, numpy / best);
    std::printf("  engine: median rank of unit 0: %.1f (%.1f..%.1f); sensitivity: weights %.3f, normalisation %.3f, "
                "aggregation %.3f; nominal ranks",
        result.uncertainty->medianRank[0], result.uncertainty->rankP05[0], result.uncertainty->rankP95[0],
        result.uncertainty->sensitivityWeights, result.uncertainty->sensitivityNormalisation,
        result.uncertainty->sensitivityAggregation);
    for (int u = 0; u < 10 && u < units; ++u)
        std::printf(" %d", result.rank[size_t(u)]);
    std::printf("\n  numpy:  %s", numpyOut.replace("\n", "\n          ").constData());
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    benchmark("small", 17, 40, 10000, 1, dir.path());
    benchmark("large", 250, 200, 1000, 3, dir.path());
    return 0;
}
