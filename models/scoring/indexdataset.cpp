#include "scoring/indexdataset.h"

#include "core/datatext.h"
#include "import/formats.h"
#include "storage/vocabulary.h"
#include "items/indicatorcatalogmodel.h"

#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace air {
namespace {

using index::isMissing;
using index::missing;

using Column = std::vector<double>; // one value per unit row

double at(const Column *column, int unit)
{
    return column ? (*column)[size_t(unit)] : missing;
}

// The indicator's figures for one year, divided by the denominator where it has one; groups
// combine their members by the indicator's group rule. An indicator with `values_from` reads that
// one's figures; a national share (kind mass, values_from, no denominator) divides them by the
// nation's figure of the same year (× 100).
class YearValues final {
public:
    YearValues(const IndexFigures &figures, const IndicatorInfo &info, int year, int nationRow)
        : m_info(info)
        , m_values(figures.column(info.figuresId(), year))
        , m_denominators(info.denominator.isEmpty() ? nullptr : figures.column(info.denominator, year))
        , m_nation(info.isNationalShare() ? at(m_values, nationRow) : missing)
        , m_share(info.isNationalShare())
    {
        if (info.groupRule.startsWith(u"mean:"_s))
            m_groupWeights = figures.column(info.groupRule.mid(5), year);
    }

    bool isEmpty() const { return m_values == nullptr; }

    double value(int unit) const
    {
        const double v = at(m_values, unit);
        if (m_share)
            return share(v);
        if (m_info.denominator.isEmpty() || isMissing(v))
            return v;
        const double d = at(m_denominators, unit);
        return (isMissing(d) || d == 0) ? missing : v / d * m_info.scale;
    }

    double groupValue(const std::vector<int> &members) const
    {
        double sum = 0, denominator = 0, weighted = 0, weights = 0;
        const bool mean = m_info.groupRule.startsWith(u"mean:"_s);
        for (const int m : members) {
            if (m < 0 || isMissing(at(m_values, m)))
                return missing; // a group's figure needs every member's
            if (mean) {
                const double w = at(m_groupWeights, m);
                const double x = value(m);
                if (isMissing(w) || isMissing(x))
                    return missing;
                weighted += w * x;
                weights += w;
                continue;
            }
            sum += at(m_values, m);
            if (!m_info.denominator.isEmpty()) {
                const double d = at(m_denominators, m);
                if (isMissing(d))
                    return missing;
                denominator += d;
            }
        }
        if (mean)
            return weights > 0 ? weighted / weights : missing;
        if (m_share)
            return share(sum);
        if (m_info.denominator.isEmpty())
            return sum;
        return denominator > 0 ? sum / denominator * m_info.scale : missing;
    }

private:
    double share(double v) const
    {
        return (isMissing(v) || isMissing(m_nation) || m_nation == 0) ? missing : v / m_nation * 100.0;
    }

    const IndicatorInfo &m_info;
    const Column *m_values;
    const Column *m_denominators;
    const double m_nation;
    const bool m_share;
    const Column *m_groupWeights = nullptr;
};


} // namespace

Result<std::shared_ptr<const IndexFigures>> IndexFigures::load(Storage &storage, const RegionScope &scope, bool groups)
{
    auto out = std::make_shared<IndexFigures>();
    out->m_scope = scope;
    const Result<QList<RegionRecord>> regions = storage.regions();
    if (!regions)
        return regions.problems();
    QHash<QString, const RegionRecord *> byCode;
    for (const RegionRecord &r : *regions)
        byCode.insert(r.code, &r);
    QList<const RegionRecord *> sorted;
    for (const RegionRecord &r : *regions)
        sorted << &r;
    std::sort(sorted.begin(), sorted.end(), [](const RegionRecord *a, const RegionRecord *b) { return a->code < b->code; });
    auto isCapital = [&](const RegionRecord &r) {
        if (r.capitalRegion)
            return true;
        const RegionRecord *parent = byCode.value(r.parent);
        return parent && parent->capitalRegion;
    };
    auto addRegions = [&](const std::function<bool(const RegionRecord &)> &wanted) {
        for (const RegionRecord *r : std::as_const(sorted)) {
            if (!wanted(*r))
                continue;
            out->m_units.append({ r->code, plainDataText(r->displayNameKo()), plainDataText(r->nameEn), {} });
            out->m_capital.push_back(isCapital(*r));
        }
    };
    if (scope.level == 2) {
        addRegions([&](const RegionRecord &r) { return r.level == 2 && (scope.within.isEmpty() || r.parent == scope.within); });
        out->m_scored = int(out->m_units.size());
        if (out->m_scored == 0)
            return storageProblem(ErrorKind::NotFound, scope.within.isEmpty()
                    ? u"the database has no districts (level 2 regions); import a regions file with them first"_s
                    : u"the database has no districts of '%1'; import a regions file with them first"_s.arg(scope.within));
        // The province, or every province, placed on the districts' scale for comparison.
        addRegions([&](const RegionRecord &r) { return scope.within.isEmpty() ? r.level == 1 : r.code == scope.within; });
    } else {
        addRegions([](const RegionRecord &r) { return r.level == 1; });
        out->m_scored = int(out->m_units.size());
    }
    addRegions([](const RegionRecord &r) { return r.level == 0; });

    QHash<QString, int> rowOfCode;
    for (int u = 0; u < out->m_units.size(); ++u)
        rowOfCode.insert(out->m_units[u].code, u);
    QStringList codes; // the units with figures of their own (not the groups)
    for (const Unit &u : std::as_const(out->m_units))
        codes << u.code;
    if (groups && scope.level == 1) {
        const Result<QList<RegionGroupRecord>> groupRecords = storage.regionGroups();
        if (!groupRecords)
            return groupRecords.problems();
        for (const RegionGroupRecord &g : *groupRecords) {
            Unit unit { g.id, plainDataText(g.nameKo), plainDataText(g.nameEn), {} };
            for (const QString &member : g.members)
                unit.members.push_back(rowOfCode.value(member, -1));
            out->m_units.append(std::move(unit));
            out->m_capital.push_back(false);
        }
    }
    out->m_nationRow = int(rowOfCode.value(vocabulary::nation, -1));

    Result<QList<IndicatorInfo>> indicators = IndicatorCatalogModel::loadIndicators(storage);
    if (!indicators)
        return indicators.problems();
    out->m_indicators = std::make_shared<QList<IndicatorInfo>>(std::move(*indicators));

    Result<FigureColumns> figures = storage.figures(codes);
    if (!figures)
        return figures.problems();
    // Groups have no figures of their own: their columns are as long as the region list; pad them.
    const size_t unitCount = size_t(out->m_units.size());
    for (auto &byYear : *figures)
        for (auto &[year, column] : byYear)
            column.resize(unitCount, missing);
    out->m_figures = std::make_shared<const FigureColumns>(std::move(*figures));
    return std::shared_ptr<const IndexFigures>(std::move(out));
}

std::shared_ptr<const IndexFigures> IndexFigures::withFigure(const QString &indicator, int year, int unit, double value) const
{
    auto copy = std::make_shared<IndexFigures>(*this);
    copy->changedColumn(indicator, year)[size_t(unit)] = value;
    return copy;
}

const Column *IndexFigures::column(const QString &indicator, int year) const
{
    for (const FigureColumns *table : { &m_changed, m_figures.get() }) {
        if (!table)
            continue;
        const auto byYear = table->constFind(indicator);
        if (byYear == table->cend())
            continue;
        if (const auto it = byYear->find(year); it != byYear->end())
            return &it->second;
    }
    return nullptr;
}

FigureColumns IndexFigures::table() const
{
    FigureColumns out = m_figures ? *m_figures : FigureColumns();
    for (auto it = m_changed.cbegin(); it != m_changed.cend(); ++it)
        for (const auto &[year, column] : it.value())
            out[it.key()][year] = column;
    return out;
}

Column &IndexFigures::changedColumn(const QString &indicator, int year)
{
    std::map<int, Column> &byYear = m_changed[indicator];
    if (const auto it = byYear.find(year); it != byYear.end())
        return it->second;
    const Column *stored = column(indicator, year);
    return byYear.emplace(year, stored ? *stored : Column(size_t(m_units.size()), missing)).first->second;
}

double IndexFigures::raw(const QString &indicator, int year, int unit) const
{
    return at(column(indicator, year), unit);
}

double IndexFigures::value(const IndicatorInfo &info, int year, int unit) const
{
    return YearValues(*this, info, year, m_nationRow).value(unit);
}

QList<int> IndexFigures::allYears() const
{
    std::set<int> years;
    for (const FigureColumns *table : { &m_changed, m_figures.get() })
        if (table)
            for (const auto &byYear : *table)
                for (const auto &[year, column] : byYear)
                    years.insert(year);
    return QList<int>(years.rbegin(), years.rend());
}

int IndexFigures::unitRow(const QString &code) const
{
    for (int u = 0; u < m_units.size(); ++u)
        if (m_units[u].code == code)
            return u;
    return -1;
}

std::vector<int> IndexFigures::years(const QString &indicator) const
{
    std::set<int> years;
    for (const FigureColumns *table : { &m_changed, m_figures.get() }) {
        if (!table)
            continue;
        if (const auto byYear = table->constFind(indicator); byYear != table->cend())
            for (const auto &[year, column] : *byYear)
                years.insert(year);
    }
    return { years.begin(), years.end() };
}

QStringList weightSetNames(Storage &storage)
{
    const Result<QStringList> names = storage.weightSetNames();
    return names ? *names : QStringList { u"equal"_s };
}

QList<std::pair<QString, int>> provincesWithDistricts(Storage &storage)
{
    std::map<QString, int> counts;
    if (const Result<QList<RegionRecord>> regions = storage.regions(); regions) {
        for (const RegionRecord &r : *regions)
            if (r.level == 2)
                ++counts[r.parent];
    }
    return { counts.begin(), counts.end() };
}

QStringList matchRegions(Storage &storage, const QString &text)
{
    QStringList matches;
    const Result<QList<RegionRecord>> regions = storage.regions();
    const Result<QList<RegionAliasRecord>> aliases = storage.regionAliases();
    if (!regions || !aliases)
        return matches;
    for (const RegionRecord &r : *regions) {
        if (text == r.code || text == r.nameKo || text == r.shortKo || text.compare(r.nameEn, Qt::CaseInsensitive) == 0)
            matches << r.code;
    }
    for (const RegionAliasRecord &a : *aliases) {
        if (a.alias.compare(text, Qt::CaseInsensitive) == 0 && !matches.contains(a.region))
            matches << a.region;
    }
    return matches;
}

std::optional<QString> findRegion(Storage &storage, const QString &text, int maxLevel)
{
    const Result<QList<RegionRecord>> regions = storage.regions();
    if (!regions)
        return std::nullopt;
    QStringList accepted;
    for (const QString &code : matchRegions(storage, text)) {
        for (const RegionRecord &r : *regions)
            if (r.code == code && r.level <= maxLevel)
                accepted << code;
    }
    if (accepted.size() == 1)
        return accepted.first();
    return std::nullopt;
}

Result<RegionScope> resolveScope(Storage &storage, const QString &level, const QString &within)
{
    RegionScope scope;
    if (level != u"1"_s && level != u"2"_s)
        return Problem { {}, 0, 0, u"--level takes 1 (provinces, 시도) or 2 (districts, 시군구), not '%1'"_s.arg(level) };
    scope.level = level.toInt();
    if (within.isEmpty())
        return scope;
    if (scope.level != 2)
        return Problem { {}, 0, 0, u"--within limits districts to one province: use it with --level 2"_s };
    const std::optional<QString> province = findRegion(storage, within, 1);
    if (province) {
        const Result<QList<RegionRecord>> regions = storage.regions();
        for (const RegionRecord &r : regions ? *regions : QList<RegionRecord>())
            if (r.code == *province && r.level == 1)
                scope.within = r.code;
    }
    if (scope.within.isEmpty()) {
        QStringList known;
        for (const auto &[code, count] : provincesWithDistricts(storage))
            known << u"%1 (%2 districts)"_s.arg(code).arg(count);
        return Problem { {}, 0, 0, u"--within: '%1' is not a province; provinces with districts: %2"_s.arg(within,
                                      known.isEmpty() ? u"none (import a regions file with districts first)"_s : known.join(u", "_s)) };
    }
    return scope;
}

Result<IndexDataset> loadIndexDataset(Storage &storage, const IndexDatasetOptions &options)
{
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(storage, options.scope, options.groups);
    if (!figures)
        return figures.problems();
    return buildIndexDataset(storage, **figures, options);
}

const QStringList &readinessPillarNames()
{
    static const QStringList names = { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"governance"_s };
    return names;
}

int IndexDataset::Evidence::firstYear() const
{
    return years.isEmpty() ? 0 : *std::min_element(years.cbegin(), years.cend());
}

int IndexDataset::Evidence::lastYear() const
{
    return years.isEmpty() ? 0 : *std::max_element(years.cbegin(), years.cend());
}

bool IndexDataset::provisional() const
{
    return std::any_of(evidence.cbegin(), evidence.cend(), [](const Evidence &e) { return !e.sufficient; });
}

const IndexDataset::Evidence *IndexDataset::evidenceOf(const QString &pillar) const
{
    for (const Evidence &e : evidence) {
        if (e.pillar == pillar)
            return &e;
    }
    return nullptr;
}

QList<IndexDataset::Excluded> IndexDataset::excludedOf(const QString &pillar) const
{
    QList<Excluded> out;
    for (const Excluded &e : excluded) {
        if (e.pillar == pillar)
            out << e;
    }
    return out;
}
namespace {

// A weight set whose pillars all weigh 0 (or whose weights the bounds at import would refuse, in
// a database written before them) scores nothing: refused rather than printed as "nan점".
Status checkWeightsUsable(const QString &set, const std::vector<double> &pillarWeights)
{
    double total = 0;
    for (double w : pillarWeights) {
        if (!std::isfinite(w) || w < 0 || w > 1e3)
            return Problem { {}, 0, 0, u"weight set '%1' has a weight of %2; weights are 0 or between 0.001 and 1000"_s.arg(set).arg(w) };
        total += w;
    }
    if (total <= 0)
        return Problem { {}, 0, 0, u"weight set '%1' gives every pillar (or sector) a weight of 0: it scores nothing"_s.arg(set) };
    return Ok {};
}

} // namespace

Result<IndexDataset> buildIndexDataset(Storage &storage, const IndexFigures &figures, const IndexDatasetOptions &options)
{
    const Result<QList<WeightRecord>> stored = storage.weights(options.weightSet);
    if (!stored)
        return stored.problems();
    return buildIndexDataset(*stored, figures, options);
}

Result<IndexDataset> buildIndexDataset(const QList<WeightRecord> &weightSet, const IndexFigures &figures,
    const IndexDatasetOptions &options)
{
    QHash<QString, double> weights;
    for (const WeightRecord &w : weightSet)
        weights.insert(w.targetKind + u':' + w.target, w.weight);
    auto weightOf = [&](const QString &kind, const QString &target) { return weights.value(kind + u':' + target, 1.0); };

    const QList<IndexFigures::Unit> &units = figures.units();
    const int scored = figures.scoredUnits();
    IndexDataset out;
    out.scope = figures.scope();
    out.question = options.question;
    out.weightSet = options.weightSet;
    out.maxAge = options.maxAge;
    out.referenceYear = options.year > 0 ? options.year
                                         : (options.referenceYear > 0 ? options.referenceYear : QDate::currentDate().year());
    index::Framework &f = out.input.framework;
    if (options.question == IndexQuestion::Opportunity) {
        f.pillars = { u"sector"_s };
    } else {
        f.pillars = readinessPillarNames();
        out.composite = weights.value(u"pillar:sector"_s, 0.0) > 0;
        if (out.composite)
            f.pillars << u"sector"_s;
    }
    f.sectors = sectorNames();
    f.sectorPillar = int(f.pillars.indexOf(u"sector"_s));
    for (const QString &p : f.pillars)
        f.pillarWeights.push_back(weightOf(u"pillar"_s, p));
    for (const QString &s : f.sectors)
        f.sectorWeights.push_back(weightOf(u"sector"_s, s));
    // The opportunity question has one pillar, the sectors: its sector weights must score something.
    if (Status usable = checkWeightsUsable(options.weightSet,
            options.question == IndexQuestion::Opportunity ? f.sectorWeights : f.pillarWeights);
        !usable)
        return usable.problems();

    const QString scoredWord = figures.scope().level == 2 ? u"districts"_s : u"regions"_s;
    const int nationRow = figures.unitRow(u"KR"_s);
    auto countScored = [&](const YearValues &v) {
        int count = 0;
        for (int u = 0; u < scored; ++u)
            count += isMissing(v.value(u)) ? 0 : 1;
        return count;
    };
    const int needed = int(std::ceil(scored * 2.0 / 3.0));
    const int oldestYear = out.referenceYear - options.maxAge;

    // The candidates: per indicator of the question's pillars, the latest year up to the reference
    // year with figures for two thirds of the scored regions, no older than the maximum age.
    struct Candidate {
        const IndicatorInfo *info;
        QString group; // the pillar, or the sector for the sector pillar
        int year;
        double availability;
    };
    QList<Candidate> candidates;
    for (const IndicatorInfo &info : figures.indicators()) {
        if (!f.pillars.contains(info.pillar))
            continue;
        const QString group = info.pillar == u"sector"_s ? info.sector : info.pillar;
        int year = 0, bestYear = 0, bestCount = 0;
        const std::vector<int> years = figures.years(info.figuresId());
        for (auto it = years.rbegin(); it != years.rend(); ++it) {
            if (*it > out.referenceYear)
                continue;
            const int count = countScored(YearValues(figures, info, *it, nationRow));
            if (count > bestCount) {
                bestCount = count;
                bestYear = *it;
            }
            if (count >= needed) {
                year = *it;
                break;
            }
        }
        const double availability = scored > 0 ? double(bestCount) / double(scored) : 0;
        using Why = IndexDataset::Excluded::Why;
        if (bestYear == 0) {
            out.excluded.append({ info.id, 0, 0, u"no figures up to %1"_s.arg(out.referenceYear), Why::NoFigures, group });
            continue;
        }
        if (year == 0) {
            out.excluded.append({ info.id, bestYear, availability,
                u"no year with two thirds of the %1 (best: %2 %1 in %3)"_s.arg(scoredWord).arg(bestCount).arg(bestYear),
                Why::TooFewRegions, group });
            continue;
        }
        if (year < oldestYear) {
            out.excluded.append({ info.id, year, availability,
                u"its latest figures with two thirds of the %1 are of %2, older than %3 years before %4"_s.arg(scoredWord)
                    .arg(year)
                    .arg(options.maxAge)
                    .arg(out.referenceYear),
                Why::TooOld, group });
            continue;
        }
        candidates.append({ &info, group, year, availability });
    }

    // The evidence per pillar (and per sector): fewer than two indicators is not enough to score it.
    QStringList groups;
    for (const QString &p : std::as_const(f.pillars)) {
        if (p == u"sector"_s)
            groups += f.sectors;
        else
            groups << p;
    }
    for (const QString &g : std::as_const(groups)) {
        IndexDataset::Evidence e;
        e.pillar = g;
        for (const Candidate &c : std::as_const(candidates)) {
            if (c.group == g) {
                e.indicators << c.info->id;
                e.years << c.year;
            }
        }
        e.sufficient = e.indicators.size() >= 2;
        out.evidence << e;
    }

    std::vector<std::vector<double>> columns;
    for (const Candidate &c : std::as_const(candidates)) {
        const IndicatorInfo &info = *c.info;
        if (!out.evidenceOf(c.group)->sufficient) {
            out.excluded.append({ info.id, c.year, c.availability,
                u"the %1 has fewer than two indicators with enough recent figures"_s.arg(
                    info.pillar == u"sector"_s ? u"sector"_s : u"pillar"_s),
                IndexDataset::Excluded::Why::PillarInsufficient, c.group });
            continue;
        }
        const YearValues values(figures, info, c.year, nationRow);
        std::vector<double> col;
        col.reserve(size_t(units.size()));
        for (int u = 0; u < units.size(); ++u)
            col.push_back(units[u].members.empty() ? values.value(u) : values.groupValue(units[u].members));
        // A share of the national total says nothing about the nation itself (100 % by definition): the
        // nation is placed on the regions' scale by the intensities alone.
        if (info.kind == u"mass"_s && nationRow >= 0)
            col[size_t(nationRow)] = missing;
        columns.push_back(std::move(col));
        index::IndicatorSpec spec;
        spec.id = info.id;
        spec.pillar = int(f.pillars.indexOf(info.pillar));
        spec.sector = info.pillar == u"sector"_s ? int(f.sectors.indexOf(info.sector)) : -1;
        spec.higherIsBetter = info.direction != u"lower"_s;
        spec.weight = weightOf(u"indicator"_s, info.id);
        if (!info.goalLow.isNull())
            spec.goalLow = info.goalLow.toDouble();
        if (!info.goalHigh.isNull())
            spec.goalHigh = info.goalHigh.toDouble();
        f.indicators.push_back(spec);
        out.years << c.year;
    }

    out.input.scoredUnits = scored;
    out.input.values = index::Matrix(int(units.size()), int(columns.size()));
    for (int c = 0; c < int(columns.size()); ++c)
        for (int r = 0; r < int(units.size()); ++r)
            out.input.values.at(r, c) = columns[size_t(c)][size_t(r)];

    // Group-mean imputation draws on the capital region and the rest.
    for (int u = 0; u < scored; ++u)
        out.input.imputationGroup.push_back(figures.isCapitalRegion(u) ? 0 : 1);
    for (const IndexFigures::Unit &u : units) {
        out.unitCodes << u.code;
        out.unitNames << u.nameKo;
        out.unitNamesEn << u.nameEn;
        out.input.units << u.code;
    }
    return out;
}

} // namespace air
