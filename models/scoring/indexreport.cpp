#include "scoring/indexreport.h"

#include "io/csvwriter.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

QString number(double v, int decimals = 4)
{
    return index::isMissing(v) ? QString() : QString::number(v, 'f', decimals);
}

} // namespace

Result<IndexRun> runIndex(QSqlDatabase &db, const IndexDatasetOptions &data, const index::IndexOptions &options)
{
    Result<IndexDataset> dataset = loadIndexDataset(db, data);
    if (!dataset)
        return dataset.problems();
    IndexRun run { std::move(*dataset), options, {} };
    run.result = index::compute(run.dataset.input, options);
    return run;
}

QByteArray indexCsv(const IndexRun &run)
{
    const index::IndexResult &r = run.result;
    QStringList header = { u"region"_s, u"score"_s, u"rank"_s };
    header += run.dataset.input.framework.pillars;
    if (r.uncertainty)
        header += { u"median_rank"_s, u"rank_p05"_s, u"rank_p95"_s };
    // After the columns the issue fixes: each unit's coverage (the share of the scored indicators it
    // has a figure for, before imputation) and how many of its cells were imputed.
    header += { u"coverage"_s, u"imputed"_s };
    const int cols = run.dataset.input.values.cols;
    CsvWriter writer;
    writer.writeRow(header);
    for (int u = 0; u < run.dataset.unitCodes.size(); ++u) {
        QStringList row = { run.dataset.unitCodes[u], number(r.index[size_t(u)]),
            r.rank[size_t(u)] > 0 ? QString::number(r.rank[size_t(u)]) : QString() };
        for (int p = 0; p < r.pillarScores.cols; ++p)
            row << number(r.pillarScores.at(u, p));
        if (r.uncertainty) {
            const bool scored = u < run.dataset.input.scoredUnits;
            row << (scored ? number(r.uncertainty->medianRank[size_t(u)], 1) : QString())
                << (scored ? number(r.uncertainty->rankP05[size_t(u)], 1) : QString())
                << (scored ? number(r.uncertainty->rankP95[size_t(u)], 1) : QString());
        }
        int present = 0, imputed = 0;
        for (int c = 0; c < cols; ++c) {
            present += std::isfinite(run.dataset.input.values.at(u, c)) ? 1 : 0; // inf is no figure (issue 18, 7)
            imputed += r.imputed.empty() ? 0 : r.imputed[size_t(u) * size_t(cols) + size_t(c)];
        }
        row << number(cols > 0 ? double(present) / double(cols) : 0.0, 3) << QString::number(imputed);
        writer.writeRow(row);
    }
    return writer.data();
}

QByteArray detailsCsv(const IndexRun &run)
{
    CsvWriter writer;
    writer.writeRow({ u"indicator"_s, u"year"_s, u"availability"_s, u"treatment"_s, u"flags"_s });
    const auto &specs = run.dataset.input.framework.indicators;
    for (size_t i = 0; i < specs.size(); ++i) {
        const index::IndicatorReport &rep = run.result.indicators[i];
        QStringList flags = rep.flags;
        if (rep.imputedCells > 0)
            flags << u"%1 imputed"_s.arg(rep.imputedCells);
        writer.writeRow({ specs[i].id, QString::number(run.dataset.years[qsizetype(i)]), number(rep.availability, 3),
            rep.treatment, flags.join(u"; "_s) });
    }
    for (const IndexDataset::Excluded &e : run.dataset.excluded)
        writer.writeRow({ e.indicator, e.bestYear > 0 ? QString::number(e.bestYear) : QString(), number(e.availability, 3),
            QString(), u"left out: "_s + e.reason });
    return writer.data();
}

std::optional<index::Normalisation> parseNormalisation(const QString &text)
{
    if (text == u"minmax"_s)
        return index::Normalisation::MinMax;
    if (text == u"zscore"_s)
        return index::Normalisation::ZScore;
    if (text == u"rank"_s)
        return index::Normalisation::Rank;
    if (text == u"goalposts"_s)
        return index::Normalisation::Goalposts;
    return std::nullopt;
}

std::optional<index::Aggregation> parseAggregation(const QString &text)
{
    if (text == u"arithmetic"_s)
        return index::Aggregation::Arithmetic;
    if (text == u"geometric"_s)
        return index::Aggregation::Geometric;
    return std::nullopt;
}

std::optional<index::Imputation> parseImputation(const QString &text)
{
    if (text == u"none"_s)
        return index::Imputation::None;
    if (text == u"mean"_s)
        return index::Imputation::Mean;
    if (text == u"median"_s)
        return index::Imputation::Median;
    if (text == u"group-mean"_s)
        return index::Imputation::GroupMean;
    return std::nullopt;
}

std::optional<index::Treatment> parseTreatment(const QString &text)
{
    if (text == u"none"_s)
        return index::Treatment::None;
    if (text == u"winsorise"_s || text == u"winsorize"_s)
        return index::Treatment::Winsorise;
    return std::nullopt;
}

QString normalisationName(index::Normalisation n)
{
    switch (n) {
    case index::Normalisation::MinMax: return u"minmax"_s;
    case index::Normalisation::ZScore: return u"zscore"_s;
    case index::Normalisation::Rank: return u"rank"_s;
    case index::Normalisation::Goalposts: return u"goalposts"_s;
    }
    return {};
}

QString aggregationName(index::Aggregation a)
{
    return a == index::Aggregation::Geometric ? u"geometric"_s : u"arithmetic"_s;
}

} // namespace air
