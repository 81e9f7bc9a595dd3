#include "scoring/gaps.h"

#include "io/csvwriter.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air {
namespace {

struct GapText {
    Q_DECLARE_TR_FUNCTIONS(air::Gaps)
};

using index::isMissing;

const IndicatorInfo *infoOf(const IndexFigures &figures, const QString &id)
{
    for (const IndicatorInfo &info : figures.indicators()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

Result<IndexDataset> datasetOf(const QList<WeightRecord> &weights, const IndexFigures &figures, const GapOptions &options)
{
    Result<IndexDataset> dataset = buildIndexDataset(weights, figures, options.data);
    if (!dataset || options.pillarScale.isEmpty())
        return dataset;
    index::Framework &f = dataset->input.framework;
    for (size_t p = 0; p < f.pillarWeights.size(); ++p)
        f.pillarWeights[p] *= options.pillarScale.value(f.pillars[qsizetype(p)], 1.0);
    return dataset;
}

// The focus region's readiness rank on these figures, and whether `indicator` entered the index.
Result<int> rankOn(const QList<WeightRecord> &weights, const IndexFigures &figures, const GapOptions &options, int unit,
    const QString &indicator, bool *entered)
{
    Result<IndexDataset> dataset = datasetOf(weights, figures, options);
    if (!dataset)
        return dataset.problems();
    const auto &specs = dataset->input.framework.indicators;
    *entered = std::any_of(specs.cbegin(), specs.cend(), [&](const index::IndicatorSpec &s) { return s.id == indicator; });
    const index::IndexResult result = index::compute(dataset->input, options.index);
    return result.rank[size_t(unit)];
}

// A figure wanted: the raw figure of one indicator (with figures of its own) and year.
struct Wanted {
    QString figuresId;
    int year = 0;
    Gap::Status status = Gap::Status::Missing;
    bool entersIfFound = false;
    QStringList enters;
};

// The focus region's rank with the raw figure `raw` in every column the figure feeds, each as the
// dataset compares it (buildIndexDataset's rules: divided by the denominator, or by the nation's
// figure for a share of the national total).
int rankWithCells(const IndexDataset &dataset, const IndexFigures &figures, const GapOptions &options, int focus,
    const Wanted &w, double raw)
{
    index::IndexInput input = dataset.input;
    const auto &specs = input.framework.indicators;
    for (size_t c = 0; c < specs.size(); ++c) {
        const IndicatorInfo *info = infoOf(figures, specs[c].id);
        if (!info || info->figuresId() != w.figuresId || dataset.years[qsizetype(c)] != w.year)
            continue;
        double v = raw;
        if (info->isNationalShare()) {
            const double nation = figures.raw(w.figuresId, w.year, figures.nationRow());
            v = isMissing(nation) || nation == 0 ? index::missing : raw / nation * 100.0;
        } else if (!info->denominator.isEmpty()) {
            const double d = figures.raw(info->denominator, w.year, focus);
            v = isMissing(d) || d == 0 ? index::missing : raw / d * info->scale;
        }
        input.values.at(focus, int(c)) = v;
    }
    return index::compute(input, options.index).rank[size_t(focus)];
}

void want(QList<Wanted> &wanted, const QString &figuresId, int year, Gap::Status status, bool ifFound, const QString &enters)
{
    for (Wanted &w : wanted) {
        if (w.figuresId == figuresId && w.year == year) {
            if (!w.enters.contains(enters))
                w.enters << enters;
            return;
        }
    }
    wanted.append({ figuresId, year, status, ifFound, { enters } });
}

// Where the other regions' figures of that year come from: their most frequent source.
void fillWhere(Storage &storage, const QHash<QString, SourceRecord> &sources, const QString &focus, Gap &gap)
{
    ObservationFilter filter;
    filter.indicator = gap.indicator;
    filter.year = gap.year;
    const Result<QList<ObservationRecord>> records = storage.observations(filter);
    if (!records)
        return;
    QHash<QString, int> counts;
    for (const ObservationRecord &o : *records) {
        if (o.region != focus)
            ++counts[o.source];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    if (const auto it = sources.constFind(best); it != sources.cend()) {
        gap.publisher = it->publisher;
        gap.sourceTitle = it->title;
        gap.tableTitle = it->tableTitle;
        gap.tableId = it->tableId;
    }
}

} // namespace

QString Gap::where(const QString &language) const
{
    const bool ko = language != u"en"_s;
    QString table = !kosisTable.isEmpty() ? kosisTable : (!tableTitle.isEmpty() ? tableTitle : sourceTitle);
    if (!tableId.isEmpty() && !table.contains(tableId))
        table += u" ("_s + tableId + u')';
    // A table whose title already begins with its publisher (a press release cited by its own name):
    // the publisher once.
    const bool named = table == publisher || table.startsWith(publisher + u':');
    QString text = publisher.isEmpty() || named ? table : (table.isEmpty() ? publisher : publisher + u": "_s + table);
    if (!kosisItem.isEmpty())
        text += (ko ? u", 항목 "_s : u", item "_s) + kosisItem;
    return text;
}

Result<GapList> findGaps(Storage &storage, const IndexFigures &figures, const GapOptions &given)
{
    GapOptions options = given;
    options.data.question = IndexQuestion::Readiness;
    options.index.uncertaintyRuns = 0;
    const int focus = figures.unitRow(options.region);
    if (focus < 0 || focus >= figures.scoredUnits())
        return Problem { {}, 0, 0, GapText::tr("'%1' is not one of the regions ranked here").arg(options.region) };

    // The weight set is read once: every dataset below is built on it.
    const Result<QList<WeightRecord>> weights = storage.weights(options.data.weightSet);
    if (!weights)
        return weights.problems();
    Result<IndexDataset> baseline = datasetOf(*weights, figures, options);
    if (!baseline)
        return baseline.problems();
    const index::IndexResult today = index::compute(baseline->input, options.index);
    GapList out;
    out.region = options.region;
    out.rank = today.rank[size_t(focus)];
    out.ranked = baseline->scoredCount();
    out.referenceYear = baseline->referenceYear;

    // The figures wanted: of the indicators that entered, the focus region's missing or stale ones;
    // of those left out for too few regions, the ones the focus region's figure would bring in.
    QList<Wanted> wanted;
    const auto &specs = baseline->input.framework.indicators;
    for (size_t c = 0; c < specs.size(); ++c) {
        const IndicatorInfo *info = infoOf(figures, specs[c].id);
        const int year = baseline->years[qsizetype(c)];
        if (!info)
            continue;
        const bool held = !isMissing(figures.raw(info->figuresId(), year, focus));
        if (!held)
            want(wanted, info->figuresId(), year, Gap::Status::Missing, false, info->id);
        else if (baseline->referenceYear - year > staleAge)
            want(wanted, info->figuresId(), year, Gap::Status::Stale, false, info->id);
    }
    for (const IndexDataset::Excluded &e : std::as_const(baseline->excluded)) {
        if (e.why != IndexDataset::Excluded::Why::TooFewRegions || e.bestYear < baseline->referenceYear - baseline->maxAge)
            continue;
        const IndicatorInfo *info = infoOf(figures, e.indicator);
        if (info && isMissing(figures.raw(info->figuresId(), e.bestYear, focus)))
            want(wanted, info->figuresId(), e.bestYear, Gap::Status::Missing, true, info->id);
    }

    QHash<QString, SourceRecord> sources;
    if (const Result<QList<SourceRecord>> all = storage.sources(); all) {
        for (const SourceRecord &s : *all)
            sources.insert(s.id, s);
    }
    for (const Wanted &w : std::as_const(wanted)) {
        const IndicatorInfo *primary = infoOf(figures, w.figuresId);
        if (!primary)
            continue;
        // The lowest and highest value among the other regions, as the index compares them.
        Gap gap;
        for (int u = 0; u < figures.scoredUnits(); ++u) {
            const double v = figures.value(*primary, w.year, u);
            if (u == focus || isMissing(v))
                continue;
            if (isMissing(gap.lowest) || v < gap.lowest) {
                gap.lowest = v;
                gap.lowestRegion = figures.units()[u].code;
            }
            if (isMissing(gap.highest) || v > gap.highest) {
                gap.highest = v;
                gap.highestRegion = figures.units()[u].code;
            }
        }
        if (isMissing(gap.lowest))
            continue;
        // The raw figure that gives the focus region that value: per resident, its own denominator.
        double perUnit = 1;
        if (!primary->denominator.isEmpty()) {
            const double d = figures.raw(primary->denominator, w.year, focus);
            if (isMissing(d) || d == 0)
                continue; // its denominator is missing too: the figure alone would not enter
            perUnit = d / primary->scale;
        }
        // An indicator that entered: its cells in the computed input (the figure and every indicator it
        // feeds, such as its share of the national total), without reading or copying the figures.
        // One that would enter: the dataset built again on a copy of the figures with it placed.
        Result<int> low = 0, high = 0;
        if (!w.entersIfFound) {
            low = rankWithCells(*baseline, figures, options, focus, w, gap.lowest * perUnit);
            high = rankWithCells(*baseline, figures, options, focus, w, gap.highest * perUnit);
        } else {
            bool enteredLow = false, enteredHigh = false;
            low = rankOn(*weights, *figures.withFigure(w.figuresId, w.year, focus, gap.lowest * perUnit), options, focus,
                w.enters.first(), &enteredLow);
            high = rankOn(*weights, *figures.withFigure(w.figuresId, w.year, focus, gap.highest * perUnit), options, focus,
                w.enters.first(), &enteredHigh);
            if (low && high && (!enteredLow || !enteredHigh))
                continue; // its pillar would still lack evidence: the figure would not enter
        }
        if (!low)
            return low.problems();
        if (!high)
            return high.problems();
        gap.indicator = w.figuresId;
        gap.enters = w.enters;
        gap.region = options.region;
        gap.year = w.year;
        gap.status = w.status;
        gap.entersIfFound = w.entersIfFound;
        gap.rankIfLowest = *low;
        gap.rankIfHighest = *high;
        gap.unit = primary->denominator.isEmpty() || primary->ratioUnit.isEmpty() ? primary->unit : primary->ratioUnit;
        gap.kosisTable = primary->kosisTable;
        gap.kosisItem = primary->kosisItem;
        fillWhere(storage, sources, options.region, gap);
        out.gaps << gap;
    }
    std::stable_sort(out.gaps.begin(), out.gaps.end(), [](const Gap &a, const Gap &b) {
        if (a.spread() != b.spread())
            return a.spread() > b.spread();
        if (a.status != b.status)
            return a.status == Gap::Status::Missing;
        if (a.indicator != b.indicator)
            return a.indicator < b.indicator;
        return a.year > b.year;
    });
    return out;
}

QByteArray gapsCsv(const GapList &list, const QString &language)
{
    CsvWriter writer;
    writer.writeRow({ u"indicator"_s, u"region"_s, u"year"_s, u"status"_s, u"rank_if_lowest"_s, u"rank_if_highest"_s,
        u"spread"_s, u"where"_s });
    for (const Gap &g : list.gaps) {
        writer.writeRow({ g.indicator, g.region, QString::number(g.year),
            g.status == Gap::Status::Missing ? u"missing"_s : u"stale"_s, QString::number(g.rankIfLowest),
            QString::number(g.rankIfHighest), QString::number(g.spread()), g.where(language) });
    }
    return writer.data();
}

} // namespace air
