#include "scoring/indexreport.h"

#include "import/formats.h"
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

Result<IndexRun> runIndex(Storage &storage, const IndexDatasetOptions &data, const index::IndexOptions &options)
{
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(storage, data.scope, data.groups);
    if (!figures)
        return figures.problems();
    return runIndex(storage, **figures, data, options);
}

Result<IndexRun> runIndex(Storage &storage, const IndexFigures &figures, const IndexDatasetOptions &data,
    const index::IndexOptions &options)
{
    Result<IndexDataset> dataset = buildIndexDataset(storage, figures, data);
    if (!dataset)
        return dataset.problems();
    IndexRun run { std::move(*dataset), options, {} };
    run.result = index::compute(run.dataset.input, options);
    return run;
}

Result<Assessment> runAssessment(Storage &storage, const IndexFigures &figures, const IndexDatasetOptions &data,
    const index::IndexOptions &options)
{
    IndexDatasetOptions readiness = data;
    readiness.question = IndexQuestion::Readiness;
    Result<IndexRun> r = runIndex(storage, figures, readiness, options);
    if (!r)
        return r.problems();
    IndexDatasetOptions opportunity = data;
    opportunity.question = IndexQuestion::Opportunity;
    Result<IndexRun> o = runIndex(storage, figures, opportunity, options);
    if (!o)
        return o.problems();
    return Assessment { std::move(*r), std::move(*o) };
}

std::pair<double, double> IndexRun::rankInterval(int unit) const
{
    if (!result.uncertainty || unit < 0 || unit >= dataset.input.scoredUnits)
        return { 0, 0 };
    return { result.uncertainty->rankP05[size_t(unit)], result.uncertainty->rankP95[size_t(unit)] };
}

bool ranksSeparated(const IndexRun &run, int a, int b)
{
    if (!run.result.uncertainty || a < 0 || b < 0 || a >= run.dataset.input.scoredUnits
        || b >= run.dataset.input.scoredUnits || run.result.rank[size_t(a)] == 0 || run.result.rank[size_t(b)] == 0)
        return false;
    const auto [aLow, aHigh] = run.rankInterval(a);
    const auto [bLow, bHigh] = run.rankInterval(b);
    return aHigh < bLow || bHigh < aLow;
}

namespace {

QString pillarCell(const IndexRun &run, const QString &pillar, double score)
{
    const IndexDataset::Evidence *e = run.dataset.evidenceOf(pillar);
    if (e && !e->sufficient)
        return u"insufficient"_s;
    return number(score);
}

} // namespace

QByteArray indexCsv(const Assessment &a)
{
    const IndexRun &r = a.readiness;
    const IndexRun &o = a.opportunity;
    const QString headline = r.dataset.composite ? u"composite"_s : u"readiness"_s;
    QStringList header = { u"region"_s, headline, headline + u"_rank"_s, headline + u"_p05"_s, headline + u"_p95"_s,
        u"opportunity"_s, u"opportunity_rank"_s };
    header += readinessPillarNames();
    header += sectorNames();
    header << u"status"_s;
    CsvWriter writer;
    writer.writeRow(header);
    const auto rank = [](const IndexRun &run, int u) {
        return run.result.rank[size_t(u)] > 0 ? QString::number(run.result.rank[size_t(u)]) : QString();
    };
    const QString status = r.dataset.provisional() ? u"provisional"_s : u"complete"_s;
    for (int u = 0; u < r.dataset.unitCodes.size(); ++u) {
        const bool ranked = r.result.rank[size_t(u)] > 0 && r.result.uncertainty;
        const auto [low, high] = r.rankInterval(u);
        QStringList row = { r.dataset.unitCodes[u], number(r.result.index[size_t(u)]), rank(r, u),
            ranked ? number(low, 1) : QString(), ranked ? number(high, 1) : QString(), number(o.result.index[size_t(u)]),
            rank(o, u) };
        const QStringList &pillars = r.dataset.input.framework.pillars;
        for (const QString &p : readinessPillarNames())
            row << pillarCell(r, p, r.result.pillarScores.at(u, int(pillars.indexOf(p))));
        for (int s = 0; s < sectorNames().size(); ++s)
            row << pillarCell(o, sectorNames()[s], o.result.sectorScores.at(u, s));
        row << status;
        writer.writeRow(row);
    }
    return writer.data();
}

QByteArray detailsCsv(const Assessment &a)
{
    CsvWriter writer;
    writer.writeRow({ u"indicator"_s, u"question"_s, u"pillar"_s, u"year"_s, u"availability"_s, u"treatment"_s, u"flags"_s });
    for (const IndexRun *run : { &a.readiness, &a.opportunity }) {
        const QString question = run->dataset.question == IndexQuestion::Opportunity ? u"opportunity"_s : u"readiness"_s;
        const auto &specs = run->dataset.input.framework.indicators;
        const auto &f = run->dataset.input.framework;
        for (size_t i = 0; i < specs.size(); ++i) {
            const index::IndicatorReport &rep = run->result.indicators[i];
            QStringList flags = rep.flags;
            if (rep.imputedCells > 0)
                flags << u"%1 imputed"_s.arg(rep.imputedCells);
            const int year = run->dataset.years[qsizetype(i)];
            if (run->dataset.referenceYear - year > staleAge)
                flags << u"stale (%1)"_s.arg(year);
            const QString group = specs[i].sector >= 0 ? f.sectors[specs[i].sector] : f.pillars[specs[i].pillar];
            writer.writeRow({ specs[i].id, question, group, QString::number(year), number(rep.availability, 3),
                rep.treatment, flags.join(u"; "_s) });
        }
        for (const IndexDataset::Excluded &e : run->dataset.excluded)
            writer.writeRow({ e.indicator, question, e.pillar, e.bestYear > 0 ? QString::number(e.bestYear) : QString(),
                number(e.availability, 3), QString(), u"left out: "_s + e.reason });
        for (const IndexDataset::Evidence &e : run->dataset.evidence)
            writer.writeRow({ QString(), question, e.pillar, QString(), QString(), QString(),
                (e.sufficient ? u"scored: %1 indicators"_s : u"evidence insufficient: %1 indicators"_s)
                        .arg(e.indicators.size())
                    + (e.indicators.isEmpty() ? QString() : u" (%1)"_s.arg(e.indicators.join(u", "_s))) });
    }
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
