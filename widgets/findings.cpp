#include "findings.h"

#include "core/korean.h"
#include "dashboardcontext.h"
#include "items/dashboardmodels.h"
#include "items/indicatorcatalogmodel.h"
#include "scoring/benchmarks.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

struct Findings {
    Q_DECLARE_TR_FUNCTIONS(air::Findings)
};

QString score(double v)
{
    return QLocale().toString(v, 'f', 1);
}

// A score in its own unit: "8.5 of 100" on the 0-100 scales, a z-score or a rank score otherwise.
QString scoreWithUnit(const DashboardContext &context, double v)
{
    switch (context.normalisation()) {
    case index::Normalisation::ZScore: return Findings::tr("%1 (z-score: 0 is the mean of the regions)").arg(score(v));
    case index::Normalisation::Rank: return Findings::tr("%1 (rank score: the share of regions below, 0–100)").arg(score(v));
    case index::Normalisation::MinMax:
    case index::Normalisation::Goalposts: break;
    }
    return Findings::tr("%1 of 100").arg(score(v));
}

QString label(const DashboardContext &context, const QString &pillar)
{
    return IndicatorCatalogModel::groupLabel(pillar, context.language());
}

QString indicatorName(const DashboardContext &context, const QString &id)
{
    if (const IndexFigures *f = context.figures()) {
        for (const IndicatorInfo &info : f->indicators()) {
            if (info.id == id)
                return info.name(context.language());
        }
    }
    return id;
}

QString asOfOf(const DashboardContext &context, const QString &id, int year)
{
    if (const IndexFigures *f = context.figures()) {
        for (const IndicatorInfo &info : f->indicators()) {
            if (info.id == id && !info.asOf.isEmpty() && info.asOf.left(4).toInt() == year && info.asOf.size() > 4)
                return info.asOf;
        }
    }
    return QString::number(year);
}

QString questionName(const IndexRun &run)
{
    if (run.dataset.question == IndexQuestion::Opportunity)
        return Findings::tr("AI opportunity");
    return run.dataset.composite ? Findings::tr("AI readiness and opportunity (composite)") : Findings::tr("AI readiness");
}

} // namespace

QString rankPhrase(const DashboardContext &context, const IndexRun &run, int unit)
{
    if (unit < 0 || unit >= run.dataset.input.scoredUnits || run.result.rank[size_t(unit)] <= 0)
        return Findings::tr("not ranked");
    const QString of = Findings::tr("rank %1 of %2").arg(run.result.rank[size_t(unit)]).arg(context.rankedPhrase());
    if (!run.result.uncertainty)
        return of;
    const auto [low, high] = run.rankInterval(unit);
    const int lo = int(std::lround(low)), hi = int(std::lround(high));
    if (lo == hi)
        return Findings::tr("%1 (rank %2 in 90 % of the uncertainty runs)").arg(of).arg(lo);
    return Findings::tr("%1 (ranks %2–%3 in 90 % of the uncertainty runs)").arg(of).arg(lo).arg(hi);
}

QString provisionalNote(const DashboardContext &context, const IndexRun &run)
{
    QStringList lacking;
    for (const IndexDataset::Evidence &e : run.dataset.evidence) {
        if (!e.sufficient)
            lacking << label(context, e.pillar);
    }
    if (lacking.isEmpty())
        return {};
    const QString when = context.year() == 0 ? Findings::tr("latest figures up to %1").arg(run.dataset.referenceYear)
                                             : Findings::tr("as of %1").arg(run.dataset.referenceYear);
    return Findings::tr("Provisional: evidence insufficient for %1 (%2), left out of the score")
        .arg(lacking.join(Findings::tr(", ")), when);
}

QString readinessHeadline(const DashboardContext &context)
{
    if (!context.hasRun())
        return {};
    const IndexRun &run = context.run();
    const int row = context.unitRow(context.focus());
    const QString name = context.regionName(context.focus());
    if (row < 0 || std::isnan(run.result.index[size_t(row)]))
        return Findings::tr("%1 %2: no score (evidence insufficient)").arg(name, questionName(run));
    QString text = Findings::tr("%1 %2: %3, %4")
                       .arg(name, questionName(run), scoreWithUnit(context, run.result.index[size_t(row)]),
                           rankPhrase(context, run, row));
    if (run.dataset.provisional())
        text += Findings::tr(" · provisional");
    return korean::resolveParticles(text);
}

QString opportunityHeadline(const DashboardContext &context)
{
    if (!context.hasRun())
        return {};
    const IndexRun &run = context.opportunityRun();
    const int row = context.unitRow(context.focus());
    if (row < 0 || std::isnan(run.result.index[size_t(row)]))
        return Findings::tr("AI opportunity: no score (evidence insufficient)");
    QString text = Findings::tr("AI opportunity (where AI would pay off: agriculture, marine, energy, medical): %1, %2")
                       .arg(scoreWithUnit(context, run.result.index[size_t(row)]), rankPhrase(context, run, row));
    if (run.dataset.provisional())
        text += Findings::tr(" · provisional");
    return text;
}

QString evidenceLine(const DashboardContext &context, const IndexRun &run, const QString &pillar)
{
    const IndexDataset::Evidence *e = run.dataset.evidenceOf(pillar);
    if (!e)
        return {};
    const int n = int(e->indicators.size());
    Q_UNUSED(context);
    if (!e->sufficient)
        return n == 1 ? Findings::tr("evidence insufficient (1 indicator with enough recent figures; two needed)")
                      : Findings::tr("evidence insufficient (%1 indicators with enough recent figures; two needed)").arg(n);
    const QString years = e->firstYear() == e->lastYear() ? QString::number(e->firstYear())
                                                          : u"%1–%2"_s.arg(e->firstYear()).arg(e->lastYear());
    return Findings::tr("%1 indicators, %2").arg(n).arg(years);
}

QString evidenceTooltip(const DashboardContext &context, const IndexRun &run, const QString &pillar)
{
    const IndexDataset::Evidence *e = run.dataset.evidenceOf(pillar);
    if (!e)
        return {};
    QStringList lines;
    lines << Findings::tr("%1 rests on:").arg(label(context, pillar));
    for (qsizetype i = 0; i < e->indicators.size(); ++i) {
        const int year = e->years[i];
        QString line = u"· %1 (%2)"_s.arg(indicatorName(context, e->indicators[i]), asOfOf(context, e->indicators[i], year));
        if (run.dataset.referenceYear - year > staleAge)
            line += Findings::tr(" – old figure (%1)").arg(year);
        lines << line;
    }
    if (e->indicators.isEmpty())
        lines << Findings::tr("· no indicator with figures for two thirds of the regions within %1 years").arg(run.dataset.maxAge);
    const QList<IndexDataset::Excluded> out = run.dataset.excludedOf(pillar);
    if (!out.isEmpty()) {
        lines << Findings::tr("Left out of the index:");
        for (const IndexDataset::Excluded &x : out) {
            QString why;
            switch (x.why) {
            case IndexDataset::Excluded::Why::NoFigures: why = Findings::tr("no figures"); break;
            case IndexDataset::Excluded::Why::TooFewRegions:
                why = Findings::tr("fewer than two thirds of the regions (%1 %2)").arg(qRound(x.availability * 100)).arg(u"%"_s);
                break;
            case IndexDataset::Excluded::Why::TooOld:
                why = Findings::tr("old figures (%1, more than %2 years)").arg(x.bestYear).arg(run.dataset.maxAge);
                break;
            case IndexDataset::Excluded::Why::PillarInsufficient: why = Findings::tr("its pillar lacks a second indicator"); break;
            }
            lines << u"· %1: %2"_s.arg(indicatorName(context, x.indicator), why);
        }
    }
    return lines.join(u'\n');
}

QStringList focusMissing(const DashboardContext &context, const IndexRun &run)
{
    QStringList out;
    const int row = context.unitRow(context.focus());
    if (row < 0)
        return out;
    const auto &specs = run.dataset.input.framework.indicators;
    for (size_t c = 0; c < specs.size(); ++c) {
        if (std::isnan(run.dataset.input.values.at(row, int(c))))
            out << indicatorName(context, specs[c].id);
    }
    return out;
}

QString selectionNote(const DashboardContext &context)
{
    const DashboardContext::SelectionChanges &c = context.selectionChanges();
    if (c.dropped.isEmpty() && c.added.isEmpty())
        return {};
    QStringList dropped, added;
    for (const QString &id : c.dropped)
        dropped << indicatorName(context, id);
    for (const QString &id : c.added)
        added << indicatorName(context, id);
    QStringList parts;
    if (!dropped.isEmpty())
        parts << Findings::tr("left out against the latest figures: %1").arg(dropped.join(Findings::tr(", ")));
    if (!added.isEmpty())
        parts << Findings::tr("added: %1").arg(added.join(Findings::tr(", ")));
    return Findings::tr("As of %1, the index rests on other indicators than with the latest figures (%2): a different rank "
                        "reflects the figures used, not a change in the region.")
        .arg(context.year())
        .arg(parts.join(u"; "_s));
}

QString headlineTooltip(const DashboardContext &context)
{
    if (!context.hasRun())
        return {};
    QStringList parts;
    for (const IndexRun *run : { &context.run(), &context.opportunityRun() }) {
        for (const IndexDataset::Evidence &e : run->dataset.evidence)
            parts << u"%1: %2"_s.arg(label(context, e.pillar), evidenceLine(context, *run, e.pillar));
        const QStringList missing = focusMissing(context, *run);
        if (!missing.isEmpty())
            parts << Findings::tr("%1 has no figure for: %2 (its pillar is averaged over the others)")
                         .arg(context.regionName(context.focus()), missing.join(Findings::tr(", ")));
    }
    return korean::resolveParticles(parts.join(u'\n'));
}

QString weakestAgainstComparison(const DashboardContext &context)
{
    if (!context.hasRun())
        return {};
    const IndexRun &run = context.run();
    const int focus = context.unitRow(context.focus());
    const int other = context.unitRow(context.comparison());
    if (focus < 0 || other < 0)
        return {};
    QString worst;
    double gap = 0;
    const QStringList &pillars = run.dataset.input.framework.pillars;
    for (int p = 0; p < pillars.size(); ++p) {
        if (pillars[p] == u"sector"_s)
            continue;
        const double d = run.result.pillarScores.at(other, p) - run.result.pillarScores.at(focus, p);
        if (!std::isnan(d) && d > gap) {
            gap = d;
            worst = pillars[p];
        }
    }
    return worst;
}

QStringList keyMessages(const DashboardContext &context)
{
    QStringList out;
    if (!context.hasRun())
        return out;
    const IndexRun &run = context.run();
    const int focus = context.unitRow(context.focus());
    const int other = context.unitRow(context.comparison());
    const QString name = context.regionName(context.focus());
    const QString otherName = context.regionName(context.comparison());
    if (focus < 0)
        return out;

    // 1. Readiness and its rank, with the interval.
    const double r = run.result.index[size_t(focus)];
    if (!std::isnan(r))
        out << Findings::tr("%1's %2 is %3, %4.")
                   .arg(name, questionName(run), scoreWithUnit(context, r), rankPhrase(context, run, focus));
    if (run.dataset.provisional())
        out << provisionalNote(context, run) + Findings::tr(".");

    // 2. Against the comparison region: an order only where the intervals separate.
    // Without the uncertainty runs (before they follow the first paint) neither an order nor its absence
    // can be said.
    if (run.result.uncertainty && other >= 0 && other < run.dataset.input.scoredUnits && !std::isnan(r)
        && !std::isnan(run.result.index[size_t(other)])) {
        if (!ranksSeparated(run, focus, other))
            out << Findings::tr("The ranks of %1 and %2 are statistically indistinguishable (their 5–95 % rank intervals overlap).")
                       .arg(name, otherName);
        else if (run.result.rank[size_t(focus)] > run.result.rank[size_t(other)])
            out << Findings::tr("%1 lags behind %2 by %3 points (their rank intervals do not overlap).")
                       .arg(name, otherName, score(run.result.index[size_t(other)] - r));
        else
            out << Findings::tr("%1 is ahead of %2 by %3 points (their rank intervals do not overlap).")
                       .arg(name, otherName, score(r - run.result.index[size_t(other)]));
    }

    // 3. The weakest pillar against the comparison region, and what the plans say about it.
    const QString weakest = weakestAgainstComparison(context);
    if (!weakest.isEmpty()) {
        const int p = int(run.dataset.input.framework.pillars.indexOf(weakest));
        const double mine = run.result.pillarScores.at(focus, p), theirs = run.result.pillarScores.at(other, p);
        QString sentence = Findings::tr("The largest gap to %1 is in %2 (%3 against %4).")
                               .arg(otherName, label(context, weakest), score(mine), score(theirs));
        const QStringList items = planItemTitles(context.storage(), weakest, context.focus(), context.language());
        if (items.isEmpty())
            sentence += Findings::tr(" %1's plans have no item for this pillar.").arg(name);
        else
            sentence += Findings::tr(" %1's plans have %2 items for it: %3.")
                            .arg(name)
                            .arg(items.size())
                            .arg(items.mid(0, 3).join(Findings::tr(", ")) + (items.size() > 3 ? Findings::tr(" and others") : QString()));
        out << sentence;
    }

    // 4. Opportunity, as its own score.
    const IndexRun &o = context.opportunityRun();
    const double opp = o.result.index[size_t(focus)];
    if (!std::isnan(opp))
        out << Findings::tr("AI opportunity (the size of agriculture, marine, energy and medical) is %1, %2%3.")
                   .arg(scoreWithUnit(context, opp), rankPhrase(context, o, focus),
                       o.dataset.provisional() ? Findings::tr(" (provisional: some sectors lack evidence)") : QString());

    // 5. The figures the focus region lacks where a pillar is scored.
    const QStringList missing = focusMissing(context, run);
    if (!missing.isEmpty())
        out << Findings::tr("Indicators without a figure for %1 (%2) are left out of its pillar scores.").arg(name, missing.join(Findings::tr(", ")));

    for (QString &s : out)
        s = korean::resolveParticles(s);
    return out;
}

QString findingsText(const DashboardContext &context)
{
    return keyMessages(context).join(u' ');
}

QString benchmarkText(const DashboardContext &context)
{
    if (!context.hasRun() || !context.figures())
        return {};
    QStringList parts;
    for (const BenchmarkAgreement &a : benchmarkAgreement(context.run(), *context.figures())) {
        QStringList largest;
        for (const BenchmarkAgreement::Disagreement &d : a.largest)
            largest << Findings::tr("%1 (readiness %2, benchmark %3)")
                           .arg(context.regionName(d.code))
                           .arg(d.readinessRank)
                           .arg(d.benchmarkRank);
        QString text = Findings::tr("Agreement with %1 (%2, %3 regions): Spearman %4, Kendall %5.")
                           .arg(context.language() == u"en"_s ? a.nameEn : a.nameKo)
                           .arg(a.year)
                           .arg(a.regions)
                           .arg(QLocale().toString(a.spearman, 'f', 2), QLocale().toString(a.kendall, 'f', 2));
        if (!largest.isEmpty())
            text += Findings::tr(" Largest differences: %1.").arg(largest.join(Findings::tr(", ")));
        if (a.spearman < benchmarkAgreementFloor)
            text += Findings::tr(" The agreement is low: this readiness index measures something other than %1 "
                                 "(see the method page); the weights are not tuned to it.")
                        .arg(context.language() == u"en"_s ? a.nameEn : a.nameKo);
        parts << korean::resolveParticles(text);
    }
    return parts.join(u' ');
}

QString weightsDescription(const DashboardContext &context)
{
    QString set = context.weightSet() == u"equal"_s ? Findings::tr("equal weights") : context.weightSet();
    if (!context.weightsEdited())
        return set;
    QStringList values;
    const std::vector<double> w = context.pillarWeights();
    const QStringList &pillars = DashboardContext::editorPillars();
    for (qsizetype p = 0; p < pillars.size() && size_t(p) < w.size(); ++p)
        values << u"%1 %2"_s.arg(label(context, pillars[p]), QLocale().toString(w[size_t(p)], 'f', 2));
    return Findings::tr("custom (%1 × %2)").arg(set, values.join(Findings::tr(", ")));
}

} // namespace air
