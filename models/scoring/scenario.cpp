#include "scoring/scenario.h"

#include "import/formats.h"
#include "io/csvparser.h"
#include "io/csvwriter.h"
#include "io/textdecoder.h"
#include "storage/vocabulary.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

using index::isMissing;
using index::missing;

std::shared_ptr<const IndexFigures> IndexFigures::withChanges(const QList<ScenarioChange> &changes, QStringList *skipped) const
{
    auto out = std::make_shared<IndexFigures>(*this);
    QHash<QString, const IndicatorInfo *> infos;
    for (const IndicatorInfo &info : *m_indicators)
        infos.insert(info.id, &info);
    for (const ScenarioChange &c : changes) {
        const int row = unitRow(c.region);
        if (row < 0 || !m_units[row].members.empty()) {
            if (skipped)
                *skipped << u"%1:%2:%3"_s.arg(c.region, c.indicator).arg(c.year);
            continue;
        }
        std::vector<double> &column = out->changedColumn(c.indicator, c.year);
        const double old = column[size_t(row)];
        column[size_t(row)] = c.value;
        // A count's national figure includes the region's: it moves by the same difference (only where
        // both were known: a national total of unknown parts is left as its source gives it).
        const IndicatorInfo *info = infos.value(c.indicator);
        if (info && info->groupRule == u"sum"_s && m_nationRow >= 0 && row != m_nationRow && !isMissing(old)
            && !isMissing(column[size_t(m_nationRow)]))
            column[size_t(m_nationRow)] += c.value - old;
    }
    return out;
}

std::shared_ptr<const IndexFigures> applyChanges(const IndexFigures &figures, const QList<ScenarioChange> &changes,
    QStringList *skipped)
{
    return figures.withChanges(changes, skipped);
}

namespace {

void scalePillars(index::Framework &f, const QHash<QString, double> &scale)
{
    for (size_t p = 0; p < f.pillarWeights.size(); ++p)
        f.pillarWeights[p] *= scale.value(f.pillars[qsizetype(p)], 1.0);
}

Result<IndexRun> runOne(Storage &storage, const IndexFigures &figures, const AssessmentRecipe &recipe, IndexQuestion question,
    const index::IndexOptions &options)
{
    IndexDatasetOptions data = recipe.data;
    data.question = question;
    Result<IndexDataset> dataset = buildIndexDataset(storage, figures, data);
    if (!dataset)
        return dataset.problems();
    scalePillars(dataset->input.framework, recipe.pillarScale);
    IndexRun run { std::move(*dataset), options, {} };
    run.result = index::compute(run.dataset.input, options);
    return run;
}

int rankOf(const IndexRun &run, int unit)
{
    return unit >= 0 && unit < int(run.result.rank.size()) ? run.result.rank[size_t(unit)] : 0;
}

} // namespace

Result<Assessment> assess(Storage &storage, const IndexFigures &figures, const AssessmentRecipe &recipe)
{
    Result<IndexRun> r = runOne(storage, figures, recipe, IndexQuestion::Readiness, recipe.options);
    if (!r)
        return r.problems();
    Result<IndexRun> o = runOne(storage, figures, recipe, IndexQuestion::Opportunity, recipe.options);
    if (!o)
        return o.problems();
    return Assessment { std::move(*r), std::move(*o) };
}

Result<ScenarioOutcome> runScenario(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const AssessmentRecipe &recipe, const QString &name, const QList<ScenarioChange> &changes)
{
    ScenarioOutcome out;
    out.name = name;
    out.changes = changes;
    out.baseline = baseline;
    out.figures = applyChanges(figures, changes, &out.skipped);
    Result<Assessment> scenario = assess(storage, *out.figures, recipe);
    if (!scenario)
        return scenario.problems();
    out.scenario = std::move(*scenario);
    return out;
}

std::optional<PlanChoice> parsePlanChoice(const QString &text)
{
    PlanChoice choice;
    const qsizetype colon = text.indexOf(u':');
    choice.plan = (colon < 0 ? text : text.left(colon)).trimmed();
    if (choice.plan.isEmpty())
        return std::nullopt;
    if (colon >= 0) {
        for (const QString &item : text.mid(colon + 1).split(u',', Qt::SkipEmptyParts))
            choice.items << item.trimmed();
        if (choice.items.isEmpty())
            return std::nullopt;
    }
    return choice;
}

namespace {

// The year a change of an indicator's figures applies to: the one the baseline scores (any indicator
// whose figures are stored under that id), else the figures' most recent year.
int yearFor(const IndexFigures &figures, const Assessment &baseline, const QString &indicator, int fallback)
{
    for (const IndexRun *run : { &baseline.readiness, &baseline.opportunity }) {
        const auto &specs = run->dataset.input.framework.indicators;
        for (size_t c = 0; c < specs.size(); ++c) {
            for (const IndicatorInfo &info : figures.indicators())
                if (info.id == specs[c].id && info.figuresId() == indicator)
                    return run->dataset.years[qsizetype(c)];
        }
    }
    const std::vector<int> years = figures.years(indicator);
    return years.empty() ? fallback : years.back();
}

} // namespace

QString planItemReason(const PlanItemRecord &item, const QString &language)
{
    const QString title = item.title(language);
    if (item.targetYear.isNull())
        return language == u"en"_s ? u"Plan: %1"_s.arg(title) : u"계획: %1"_s.arg(title);
    return language == u"en"_s ? u"Plan: %1 (target %2)"_s.arg(title).arg(item.targetYear.toInt())
                                : u"계획: %1 (목표 %2년)"_s.arg(title).arg(item.targetYear.toInt());
}

Result<QList<PlanItemChange>> planItemChanges(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const QString &language)
{
    Result<QList<PlanRecord>> plans = storage.plans();
    if (!plans)
        return plans.problems();
    Result<QList<PlanItemRecord>> items = storage.planItems();
    if (!items)
        return items.problems();
    QHash<QString, QString> regionOf;
    for (const PlanRecord &p : std::as_const(*plans))
        regionOf.insert(p.id, p.region);
    QList<PlanItemChange> out;
    for (const PlanItemRecord &item : std::as_const(*items)) {
        const QString region = regionOf.value(item.plan);
        if (item.indicator.isEmpty() || item.indicatorTarget.isNull() || region.isEmpty())
            continue;
        ScenarioChange c;
        c.region = region;
        c.indicator = item.indicator;
        c.year = yearFor(figures, baseline, item.indicator, item.targetYear.isNull() ? 0 : item.targetYear.toInt());
        c.value = item.indicatorTarget.toDouble();
        c.reason = planItemReason(item, language);
        c.plan = item.plan;
        c.item = item.item;
        out.append({ item, c });
    }
    return out;
}

Result<QList<ScenarioChange>> changesFromPlans(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const QList<PlanChoice> &choices, const QString &language)
{
    Result<QList<PlanItemChange>> all = planItemChanges(storage, figures, baseline, language);
    if (!all)
        return all.problems();
    Result<QList<PlanRecord>> plans = storage.plans();
    Result<QList<PlanItemRecord>> items = storage.planItems();
    if (!plans)
        return plans.problems();
    if (!items)
        return items.problems();
    QList<ScenarioChange> out;
    for (const PlanChoice &choice : choices) {
        const bool known = std::any_of(plans->cbegin(), plans->cend(), [&](const PlanRecord &p) { return p.id == choice.plan; });
        if (!known) {
            QStringList ids;
            for (const PlanRecord &p : std::as_const(*plans))
                ids << p.id;
            return Problem { {}, 0, 0, u"--plans: unknown plan '%1'; the database has: %2"_s.arg(choice.plan, ids.join(u", "_s)) };
        }
        if (choice.items.isEmpty()) {
            for (const PlanItemChange &c : std::as_const(*all))
                if (c.item.plan == choice.plan)
                    out << c.change;
            continue;
        }
        for (const QString &wanted : choice.items) {
            const auto it = std::find_if(all->cbegin(), all->cend(),
                [&](const PlanItemChange &c) { return c.item.plan == choice.plan && c.item.item == wanted; });
            if (it != all->cend()) {
                out << it->change;
                continue;
            }
            const bool exists = std::any_of(items->cbegin(), items->cend(),
                [&](const PlanItemRecord &i) { return i.plan == choice.plan && i.item == wanted; });
            if (!exists)
                return Problem { {}, 0, 0, u"--plans: plan '%1' has no item '%2'"_s.arg(choice.plan, wanted) };
            return Problem { {}, 0, 0,
                u"--plans: item %1:%2 states no target in an indicator's unit (plans.csv: indicator, indicator_target); "
                "type the change with --set"_s.arg(choice.plan, wanted) };
        }
    }
    // One change per figure: a later item on the same figure wins (two ordinance items set the same 1).
    QList<ScenarioChange> unique;
    for (const ScenarioChange &c : std::as_const(out)) {
        auto same = std::find_if(unique.begin(), unique.end(), [&](const ScenarioChange &u) {
            return u.region == c.region && u.indicator == c.indicator && u.year == c.year;
        });
        if (same == unique.end())
            unique << c;
        else
            *same = c;
    }
    return unique;
}

Result<QList<PlanItemGain>> rankPlanItems(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const AssessmentRecipe &recipe, const QString &region, const QList<PlanItemChange> &items)
{
    AssessmentRecipe nominal = recipe;
    nominal.options.uncertaintyRuns = 0;
    const int unit = figures.unitRow(region);
    QList<PlanItemGain> out;
    for (const PlanItemChange &item : items) {
        PlanItemGain gain;
        gain.item = item;
        std::shared_ptr<const IndexFigures> changed = applyChanges(figures, { item.change });
        Result<Assessment> a = assess(storage, *changed, nominal);
        if (!a)
            return a.problems();
        const auto gained = [&](const IndexRun &before, const IndexRun &after) {
            const int b = rankOf(before, unit), n = rankOf(after, unit);
            return b > 0 && n > 0 ? b - n : 0;
        };
        gain.readinessGain = gained(baseline.readiness, a->readiness);
        gain.opportunityGain = gained(baseline.opportunity, a->opportunity);
        bool enters = false;
        for (const IndexRun *run : { &baseline.readiness, &baseline.opportunity })
            for (const auto &spec : run->dataset.input.framework.indicators)
                for (const IndicatorInfo &info : figures.indicators())
                    if (info.id == spec.id && info.figuresId() == item.change.indicator)
                        enters = true;
        gain.moves = enters;
        out << gain;
    }
    std::stable_sort(out.begin(), out.end(), [](const PlanItemGain &a, const PlanItemGain &b) {
        return a.readinessGain + a.opportunityGain > b.readinessGain + b.opportunityGain;
    });
    return out;
}

// ---- the smallest step past a rival -------------------------------------------------------------

namespace {

// How many decimals the figures of a column have (at most 4): the printed step.
int decimalsOf(const std::vector<double> &values)
{
    int decimals = 0;
    for (const double v : values) {
        if (isMissing(v))
            continue;
        for (int d = decimals; d <= 4; ++d) {
            const double scaled = v * std::pow(10.0, d);
            if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, std::abs(scaled))) {
                decimals = d;
                break;
            }
            decimals = std::max(decimals, d);
        }
    }
    return std::min(decimals, 4);
}

double roundToward(double v, int decimals, bool up)
{
    const double step = std::pow(10.0, -decimals);
    const double scaled = v / step;
    // A value a hair above a round number stays that number (floating-point noise of the search).
    const double nearest = std::round(scaled);
    if (std::abs(scaled - nearest) < 1e-9 * std::max(1.0, std::abs(scaled)))
        return nearest * step;
    return (up ? std::ceil(scaled) : std::floor(scaled)) * step;
}

// One readiness indicator's figures the search may change: the id they are stored under and the year,
// with the columns of the readiness dataset they fill.
struct Candidate {
    QString id;
    int year = 0;
    std::vector<int> columns;
    bool higherIsBetter = true;
    double current = missing;
    double best = missing; // the raw value at which the focus is the best of the scored units on every column
    double minimum = missing;
    int decimals = 0;
};

class Search final {
public:
    Search(Storage &storage, const IndexFigures &figures, const AssessmentRecipe &recipe, int focus, int rival)
        : m_storage(storage), m_figures(figures), m_recipe(recipe), m_focus(focus), m_rival(rival)
    {
        m_nominal = recipe.options;
        m_nominal.uncertaintyRuns = 0;
    }

    Status prepare()
    {
        Result<IndexRun> base = runOne(m_storage, m_figures, m_recipe, IndexQuestion::Readiness, m_nominal);
        if (!base)
            return base.problems();
        m_base = std::move(*base);
        QHash<QString, const IndicatorInfo *> infos;
        for (const IndicatorInfo &info : m_figures.indicators())
            infos.insert(info.id, &info);
        const auto &specs = m_base.dataset.input.framework.indicators;
        for (size_t c = 0; c < specs.size(); ++c) {
            const IndicatorInfo *info = infos.value(specs[c].id);
            if (!info)
                continue;
            const int year = m_base.dataset.years[qsizetype(c)];
            auto it = std::find_if(m_candidates.begin(), m_candidates.end(),
                [&](const Candidate &k) { return k.id == info->figuresId() && k.year == year; });
            if (it == m_candidates.end()) {
                Candidate k;
                k.id = info->figuresId();
                k.year = year;
                k.higherIsBetter = specs[c].higherIsBetter;
                k.current = m_figures.raw(k.id, year, m_focus);
                if (const IndicatorInfo *stored = infos.value(k.id); stored && !stored->minimum.isNull())
                    k.minimum = stored->minimum.toDouble();
                std::vector<double> values;
                for (int u = 0; u < m_figures.scoredUnits(); ++u)
                    values.push_back(m_figures.raw(k.id, year, u));
                k.decimals = decimalsOf(values);
                m_candidates.push_back(k);
                it = m_candidates.end() - 1;
            }
            it->columns.push_back(int(c));
            m_infoOfColumn.insert(int(c), info);
        }
        for (const IndicatorInfo &info : m_figures.indicators())
            if (info.groupRule == u"sum"_s)
                m_countIds.insert(info.id);
        for (Candidate &k : m_candidates)
            k.best = bestValue(k);
        return Ok {};
    }

    const IndexRun &base() const { return m_base; }
    std::vector<Candidate> &candidates() { return m_candidates; }

    // The focus's index minus the rival's with these changes (nominal): > 0 is above.
    double margin(const QList<ScenarioChange> &changes)
    {
        const index::IndexResult r = computeWith(changes);
        const double f = r.index[size_t(m_focus)], v = r.index[size_t(m_rival)];
        if (isMissing(f) || r.rank[size_t(m_focus)] == 0)
            return -std::numeric_limits<double>::infinity();
        if (isMissing(v))
            return std::numeric_limits<double>::infinity();
        return r.rank[size_t(m_focus)] < r.rank[size_t(m_rival)] ? std::max(f - v, 1e-12) : std::min(f - v, 0.0);
    }
    bool above(const QList<ScenarioChange> &changes) { return margin(changes) > 0; }

    // The focus's normalised score summed over the columns of these candidates.
    double normalised(const QList<ScenarioChange> &changes, const Candidate &k)
    {
        const index::IndexResult r = computeWith(changes);
        double sum = 0;
        for (const int c : k.columns) {
            const double n = r.normalised.at(m_focus, c);
            sum += isMissing(n) ? 0 : n;
        }
        return sum;
    }

    ScenarioChange change(const Candidate &k, double value) const
    {
        ScenarioChange c;
        c.region = m_figures.units()[m_focus].code;
        c.indicator = k.id;
        c.year = k.year;
        c.value = value;
        return c;
    }

    // The full path (the figures changed, the dataset rebuilt, as `--set` does): above the rival, and
    // whether the uncertainty runs agree (the focus's 5-95 % interval wholly above the rival's).
    struct Check {
        bool above = false;
        bool holds = false;
    };
    Result<Check> check(const QList<ScenarioChange> &changes, bool withBand)
    {
        std::shared_ptr<const IndexFigures> changed = applyChanges(m_figures, changes);
        Result<IndexRun> run = runOne(m_storage, *changed, m_recipe, IndexQuestion::Readiness,
            withBand ? m_recipe.options : m_nominal);
        if (!run)
            return run.problems();
        Check out;
        const int f = rankOf(*run, m_focus), v = rankOf(*run, m_rival);
        out.above = f > 0 && (v == 0 || f < v);
        if (withBand && out.above && run->result.uncertainty) {
            const auto [fLow, fHigh] = run->rankInterval(m_focus);
            const auto [vLow, vHigh] = run->rankInterval(m_rival);
            (void)fLow;
            (void)vHigh;
            out.holds = fHigh < vLow;
        }
        return out;
    }

    // The smallest value of one candidate (with `others` already applied) that puts the focus above,
    // searched between its current value and its best; nothing when even the best is not enough.
    std::optional<double> threshold(const Candidate &k, const QList<ScenarioChange> &others)
    {
        const double from = isMissing(k.current) ? worstValue(k) : k.current;
        const double to = k.best;
        if (isMissing(from) || isMissing(to))
            return std::nullopt;
        auto with = [&](double v) {
            QList<ScenarioChange> all = others;
            all << change(k, v);
            return all;
        };
        if (!above(with(to)))
            return std::nullopt;
        if (above(with(from)))
            return from;
        double lo = 0, hi = 1; // fractions of the way from `from` to `to`
        for (int i = 0; i < 60 && hi - lo > 1e-12; ++i) {
            const double mid = (lo + hi) / 2;
            if (above(with(from + mid * (to - from))))
                hi = mid;
            else
                lo = mid;
        }
        return from + hi * (to - from);
    }

private:
    index::IndexResult computeWith(const QList<ScenarioChange> &changes)
    {
        std::shared_ptr<const IndexFigures> changed = applyChanges(m_figures, changes);
        index::IndexInput input = m_base.dataset.input;
        QSet<int> touched;
        for (const ScenarioChange &c : changes)
            for (const Candidate &k : m_candidates)
                if (k.id == c.indicator && k.year == c.year)
                    for (const int col : k.columns)
                        touched.insert(col);
        for (const int col : std::as_const(touched)) {
            const IndicatorInfo *info = m_infoOfColumn.value(col);
            const int year = m_base.dataset.years[col];
            for (int u = 0; u < input.scoredUnits; ++u)
                input.values.at(u, col) = changed->value(*info, year, u);
        }
        return index::compute(input, m_nominal);
    }

    // The compared value of a column for the focus with its raw figure at v (the nation's count moved
    // with it, as applyChanges does), in closed form: the search for the best value calls it often.
    double compared(const Candidate &k, int column, double v) const
    {
        const IndicatorInfo *info = m_infoOfColumn.value(column);
        if (info->isNationalShare()) {
            double nation = m_figures.raw(k.id, k.year, m_figures.nationRow());
            if (!isMissing(nation) && !isMissing(k.current) && m_countIds.contains(k.id))
                nation += v - k.current;
            return isMissing(nation) || nation == 0 ? missing : v / nation * 100.0;
        }
        if (!info->denominator.isEmpty()) {
            const double d = m_figures.raw(info->denominator, k.year, m_focus);
            return isMissing(d) || d == 0 ? missing : v / d * info->scale;
        }
        return v;
    }

    // The raw value at which the focus's compared value of every column reaches the best (or, for
    // worstValue, the worst) among the other scored units.
    double rawFor(const Candidate &k, bool best) const
    {
        double result = missing;
        for (const int c : k.columns) {
            const IndicatorInfo *info = m_infoOfColumn.value(c);
            double target = missing;
            for (int u = 0; u < m_figures.scoredUnits(); ++u) {
                if (u == m_focus)
                    continue;
                const double x = m_figures.value(*info, k.year, u);
                if (isMissing(x))
                    continue;
                const bool better = k.higherIsBetter ? x > target : x < target;
                const bool wanted = best ? better : !better;
                if (isMissing(target) || wanted)
                    target = x;
            }
            if (isMissing(target) || isMissing(compared(k, c, 1.0)))
                continue;
            // The compared value grows with the raw figure (a denominator or the nation's total is
            // positive): bracket the raw value that reaches the target, then bisect.
            const double scale = std::max(1.0, isMissing(k.current) ? 1.0 : std::abs(k.current));
            double hi = scale, lo = isMissing(k.minimum) ? -scale : k.minimum;
            for (int i = 0; i < 200 && compared(k, c, hi) < target; ++i)
                hi *= 2;
            for (int i = 0; i < 200 && isMissing(k.minimum) && compared(k, c, lo) > target; ++i)
                lo *= 2;
            if (compared(k, c, hi) < target || compared(k, c, lo) > target)
                continue;
            for (int i = 0; i < 100; ++i) {
                const double mid = (lo + hi) / 2;
                (compared(k, c, mid) < target ? lo : hi) = mid;
            }
            const double raw = k.higherIsBetter ? hi : lo;
            if (isMissing(result))
                result = raw;
            else
                result = (k.higherIsBetter == best) ? std::max(result, raw) : std::min(result, raw);
        }
        if (!isMissing(result) && !isMissing(k.minimum))
            result = std::max(result, k.minimum);
        return result;
    }
    double bestValue(const Candidate &k) const { return rawFor(k, true); }
    double worstValue(const Candidate &k) const { return rawFor(k, false); }

    Storage &m_storage;
    const IndexFigures &m_figures;
    const AssessmentRecipe &m_recipe;
    index::IndexOptions m_nominal;
    int m_focus;
    int m_rival;
    IndexRun m_base;
    std::vector<Candidate> m_candidates;
    QHash<int, const IndicatorInfo *> m_infoOfColumn;
    QSet<QString> m_countIds; // stored ids whose group rule is sum (the nation's figure moves with them)
};

// A threshold rounded to the figures' decimals, away from the current value, and checked on the full
// path: the printed value lifts the rank, one step less does not (the step is then taken again).
Result<std::optional<double>> settle(Search &search, const Candidate &k, double threshold, const QList<ScenarioChange> &others)
{
    const bool up = k.higherIsBetter;
    const double step = std::pow(10.0, -k.decimals) * (up ? 1 : -1);
    double value = roundToward(threshold, k.decimals, up);
    auto with = [&](double v) {
        QList<ScenarioChange> all = others;
        all << search.change(k, v);
        return all;
    };
    for (int i = 0; i < 4; ++i) {
        Result<Search::Check> c = search.check(with(value), false);
        if (!c)
            return c.problems();
        if (c->above)
            break;
        value += step;
        if (i == 3)
            return std::optional<double>();
    }
    for (int i = 0; i < 4; ++i) {
        const double less = value - step;
        if (!isMissing(k.current) && (up ? less < k.current : less > k.current))
            break;
        Result<Search::Check> c = search.check(with(less), false);
        if (!c)
            return c.problems();
        if (!c->above)
            break;
        value = less;
    }
    return std::optional<double>(value);
}

} // namespace

Result<Overtake> findOvertake(Storage &storage, const IndexFigures &figures, const AssessmentRecipe &recipe,
    const QString &focus, const QString &rival)
{
    const int f = figures.unitRow(focus), r = figures.unitRow(rival);
    if (f < 0 || f >= figures.scoredUnits())
        return Problem { {}, 0, 0, u"--region: '%1' is not among the regions ranked"_s.arg(focus) };
    if (r < 0 || r >= figures.scoredUnits())
        return Problem { {}, 0, 0, u"--overtake: '%1' is not among the regions ranked"_s.arg(rival) };
    if (f == r)
        return Problem { {}, 0, 0, u"--overtake names the focus region itself"_s };
    Search search(storage, figures, recipe, f, r);
    if (Status s = search.prepare(); !s)
        return s.problems();
    Overtake out;
    out.focus = focus;
    out.rival = rival;
    out.focusRank = rankOf(search.base(), f);
    out.rivalRank = rankOf(search.base(), r);
    out.alreadyAbove = out.focusRank > 0 && out.rivalRank > 0 && out.focusRank < out.rivalRank;

    for (const Candidate &k : search.candidates()) {
        OvertakeStep step { k.id, k.year, k.current, std::nullopt, false, k.decimals };
        if (const std::optional<double> t = search.threshold(k, {})) {
            Result<std::optional<double>> value = settle(search, k, *t, {});
            if (!value)
                return value.problems();
            step.needed = *value;
            if (step.needed) {
                Result<Search::Check> band = search.check({ search.change(k, *step.needed) }, true);
                if (!band)
                    return band.problems();
                step.holdsInBand = band->holds;
            }
        }
        out.alone << step;
    }

    // The combination: each candidate's gain in the margin per normalised unit when taken to its best;
    // the best gains first, each to its best, the last one only as far as it must go.
    struct Ratio {
        const Candidate *k;
        double ratio;
    };
    QList<Ratio> ratios;
    const double margin0 = search.margin({});
    for (const Candidate &k : search.candidates()) {
        if (isMissing(k.best) || isMissing(k.current))
            continue;
        const QList<ScenarioChange> best { search.change(k, k.best) };
        const double cost = search.normalised(best, k) - search.normalised({}, k);
        const double gain = search.margin(best) - margin0;
        if (cost > 1e-9 && gain > 0 && std::isfinite(gain))
            ratios << Ratio { &k, gain / cost };
    }
    std::sort(ratios.begin(), ratios.end(), [](const Ratio &a, const Ratio &b) { return a.ratio > b.ratio; });
    QList<ScenarioChange> taken;
    QList<const Candidate *> takenCandidates;
    bool found = out.alreadyAbove;
    for (const Ratio &ratio : std::as_const(ratios)) {
        if (found)
            break;
        const Candidate &k = *ratio.k;
        if (const std::optional<double> t = search.threshold(k, taken)) {
            Result<std::optional<double>> value = settle(search, k, *t, taken);
            if (!value)
                return value.problems();
            if (*value) {
                taken << search.change(k, **value);
                takenCandidates << &k;
                found = true;
                break;
            }
        }
        taken << search.change(k, roundToward(k.best, k.decimals, k.higherIsBetter));
        takenCandidates << &k;
    }
    if (found && !taken.isEmpty()) {
        Result<Search::Check> band = search.check(taken, true);
        if (!band)
            return band.problems();
        out.combinationHolds = band->holds;
        for (qsizetype i = 0; i < taken.size(); ++i) {
            const Candidate &k = *takenCandidates[i];
            out.combination << OvertakeStep { k.id, k.year, k.current, taken[i].value, band->holds, k.decimals };
        }
    }
    return out;
}

// ---- CSV --------------------------------------------------------------------------------------

namespace {

QString number(double v, int decimals = 4)
{
    return isMissing(v) ? QString() : QString::number(v, 'f', decimals);
}

QString rankText(const IndexRun &run, int unit)
{
    const int r = rankOf(run, unit);
    return r > 0 ? QString::number(r) : QString();
}

} // namespace

QString formatChangeValue(double value, int decimals)
{
    if (isMissing(value))
        return {};
    QString text = QString::number(value, 'f', std::clamp(decimals, 0, 6));
    if (text == u"-0"_s)
        text = u"0"_s;
    return text;
}

QByteArray scenarioCsv(const ScenarioOutcome &o)
{
    CsvWriter writer;
    writer.writeRow({ u"region"_s, u"baseline_readiness"_s, u"baseline_rank"_s, u"scenario_readiness"_s, u"scenario_rank"_s,
        u"scenario_p05"_s, u"scenario_p95"_s, u"baseline_opportunity"_s, u"baseline_opportunity_rank"_s,
        u"scenario_opportunity"_s, u"scenario_opportunity_rank"_s, u"scenario_opportunity_p05"_s,
        u"scenario_opportunity_p95"_s });
    const IndexRun &br = o.baseline.readiness, &sr = o.scenario.readiness;
    const IndexRun &bo = o.baseline.opportunity, &so = o.scenario.opportunity;
    auto interval = [](const IndexRun &run, int u) -> std::pair<QString, QString> {
        if (rankOf(run, u) == 0 || !run.result.uncertainty)
            return {};
        const auto [low, high] = run.rankInterval(u);
        return { number(low, 1), number(high, 1) };
    };
    for (int u = 0; u < sr.dataset.scoredCount(); ++u) {
        const auto [rLow, rHigh] = interval(sr, u);
        const auto [oLow, oHigh] = interval(so, u);
        writer.writeRow({ sr.dataset.unitCodes[u], number(br.result.index[size_t(u)]), rankText(br, u),
            number(sr.result.index[size_t(u)]), rankText(sr, u), rLow, rHigh, number(bo.result.index[size_t(u)]),
            rankText(bo, u), number(so.result.index[size_t(u)]), rankText(so, u), oLow, oHigh });
    }
    return writer.data();
}

QByteArray overtakeCsv(const QList<OvertakeStep> &steps)
{
    CsvWriter writer;
    writer.writeRow({ u"indicator"_s, u"year"_s, u"current"_s, u"needed"_s, u"holds_in_band"_s });
    for (const OvertakeStep &s : steps)
        writer.writeRow({ s.indicator, QString::number(s.year), formatChangeValue(s.current, s.decimals),
            s.needed ? formatChangeValue(*s.needed, s.decimals) : QString(),
            s.needed ? (s.holdsInBand ? u"yes"_s : u"no"_s) : QString() });
    return writer.data();
}

namespace {

const QStringList &scenarioColumns()
{
    static const QStringList columns = { u"scenario"_s, u"region"_s, u"indicator"_s, u"year"_s, u"value"_s, u"reason"_s,
        u"plan"_s, u"item"_s, u"description"_s };
    return columns;
}

} // namespace

QByteArray scenariosCsv(const QList<ScenarioRecord> &scenarios)
{
    CsvWriter writer;
    writer.writeRow(scenarioColumns());
    for (const ScenarioRecord &s : scenarios) {
        if (s.changes.isEmpty())
            writer.writeRow({ s.name, {}, {}, {}, {}, {}, {}, {}, s.description });
        for (const ScenarioChange &c : s.changes)
            writer.writeRow({ s.name, c.region, c.indicator, QString::number(c.year), QString::number(c.value, 'g', 17),
                c.reason, c.plan, c.item, s.description });
    }
    return writer.data();
}

Result<QList<ScenarioRecord>> parseScenariosCsv(const QByteArray &bytes, const QString &fileName)
{
    Result<DecodedText> text = decodeText(bytes, fileName);
    if (!text)
        return text.problems();
    CsvParser parser(text->text, fileName);
    auto problem = [&](int column, const QString &reason) {
        return Problem { fileName, parser.line(), column, reason };
    };
    if (!parser.next())
        return parser.problem() ? *parser.problem() : Problem { fileName, 1, 1, u"the file is empty"_s };
    QHash<QString, int> at;
    for (qsizetype i = 0; i < parser.size(); ++i)
        at.insert(parser.field(i).trimmed().toString().toLower(), int(i));
    for (const QString &required : { u"scenario"_s, u"region"_s, u"indicator"_s, u"year"_s, u"value"_s }) {
        if (!at.contains(required))
            return problem(1, u"not a scenarios file: the header needs %1 (found: %2)"_s.arg(scenarioColumns().join(u","_s),
                                   QStringList(at.keys()).join(u","_s)));
    }
    QList<ScenarioRecord> out;
    QHash<QString, qsizetype> byName;
    while (parser.next()) {
        auto field = [&](const QString &name) {
            const int c = at.value(name, -1);
            return c < 0 ? QString() : CsvWriter::restoreDefused(parser.field(c).trimmed()).toString();
        };
        auto columnOf = [&](const QString &name) { return at.value(name, 0) + 1; };
        const QString name = field(u"scenario"_s);
        if (name.isEmpty())
            return problem(columnOf(u"scenario"_s), u"a row without a scenario name"_s);
        if (!byName.contains(name)) {
            byName.insert(name, out.size());
            out.append(ScenarioRecord { name, field(u"description"_s), {}, {}, {}, {}, {} });
        }
        ScenarioRecord &s = out[byName.value(name)];
        const QString region = field(u"region"_s);
        const QString indicator = field(u"indicator"_s);
        if (region.isEmpty() && indicator.isEmpty() && field(u"value"_s).isEmpty())
            continue; // a scenario without changes
        if (region.isEmpty())
            return problem(columnOf(u"region"_s), u"the region is empty"_s);
        if (indicator.isEmpty())
            return problem(columnOf(u"indicator"_s), u"the indicator is empty"_s);
        bool ok = false;
        const int year = field(u"year"_s).toInt(&ok);
        if (!ok || year < 1900 || year > 2100)
            return problem(columnOf(u"year"_s), u"'%1' is not a year"_s.arg(field(u"year"_s)));
        const double value = field(u"value"_s).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return problem(columnOf(u"value"_s), u"'%1' is not a number"_s.arg(field(u"value"_s)));
        s.changes.append({ region, indicator, year, value, field(u"reason"_s), field(u"plan"_s), field(u"item"_s) });
    }
    if (parser.problem())
        return *parser.problem();
    return out;
}

std::optional<TypedChange> parseTypedChange(const QString &text)
{
    // REGION:INDICATOR:YEAR=VALUE; a region's name has no colon, an indicator id none either.
    const qsizetype equals = text.lastIndexOf(u'=');
    if (equals < 0)
        return std::nullopt;
    const QStringList key = text.left(equals).split(u':');
    if (key.size() != 3)
        return std::nullopt;
    TypedChange c;
    c.region = key[0].trimmed();
    c.indicator = key[1].trimmed();
    bool yearOk = false, valueOk = false;
    c.year = key[2].trimmed().toInt(&yearOk);
    c.value = text.mid(equals + 1).trimmed().toDouble(&valueOk);
    if (c.region.isEmpty() || c.indicator.isEmpty() || !yearOk || !valueOk || !std::isfinite(c.value) || c.year < 1900
        || c.year > 2100)
        return std::nullopt;
    return c;
}

} // namespace air
