#include "savedview.h"

#include "dashboardcontext.h"
#include "scoring/indexreport.h"

using namespace Qt::StringLiterals;

namespace air {

const QStringList &pageKeys()
{
    static const QStringList keys = { u"overview"_s, u"infrastructure"_s, u"talent"_s, u"industry"_s, u"sector"_s,
        u"governance"_s, u"sectorfit"_s, u"trends"_s, u"ranking"_s, u"plans"_s, u"data"_s, u"gaps"_s, u"scenario"_s };
    return keys;
}

SavedViewRecord viewOf(const DashboardContext &context, const QString &name, const QString &page)
{
    SavedViewRecord v;
    v.name = name.trimmed();
    v.level = context.scope().level;
    v.within = context.scope().within;
    v.region = context.focus();
    v.comparison = context.comparison();
    v.year = context.year();
    v.weightSet = context.weightSet();
    v.normalisation = normalisationName(context.normalisation());
    v.scenario = context.scenarioName();
    v.page = page;
    return v;
}

Status applyView(DashboardContext &context, const SavedViewRecord &view)
{
    auto invalid = [&](const QString &reason) {
        return storageProblem(ErrorKind::Invalid, SavedViewText::tr("view '%1': %2").arg(view.name, reason));
    };
    // What does not depend on the scope is checked before anything changes.
    const QString weights = view.weightSet.isEmpty() ? u"equal"_s : view.weightSet;
    if (!weightSetNames(context.storage()).contains(weights))
        return invalid(SavedViewText::tr("the weight set '%1' is no longer in the database").arg(weights));
    const std::optional<index::Normalisation> n = parseNormalisation(view.normalisation.isEmpty() ? u"minmax"_s : view.normalisation);
    if (!n)
        return invalid(SavedViewText::tr("unknown normalisation '%1'").arg(view.normalisation));
    std::optional<ScenarioRecord> scenario;
    if (!view.scenario.isEmpty()) {
        Result<QList<ScenarioRecord>> scenarios = context.storage().scenarios();
        if (!scenarios)
            return scenarios.problems();
        for (const ScenarioRecord &s : std::as_const(*scenarios))
            if (s.name == view.scenario)
                scenario = s;
        if (!scenario)
            return invalid(SavedViewText::tr("the scenario '%1' is no longer in the database").arg(view.scenario));
    }
    // The scope next; the regions and the year are checked against it, and a refusal puts the window
    // back as it was (a view is opened whole or not at all).
    const RegionScope before = context.scope();
    const QString focusBefore = context.focus(), comparisonBefore = context.comparison();
    const int yearBefore = context.year();
    auto refused = [&](const QString &reason) {
        context.setScope(before);
        context.setFocus(focusBefore);
        context.setComparison(comparisonBefore);
        context.setYear(yearBefore);
        return invalid(reason);
    };
    const RegionScope scope { view.level, view.level == 2 ? view.within : QString() };
    context.setScope(scope);
    if (context.scope() != scope)
        return refused(scope.within.isEmpty() ? SavedViewText::tr("the database has no districts")
                                              : SavedViewText::tr("the database has no districts of %1").arg(scope.within));
    if (!view.region.isEmpty() && !context.regionCodes().contains(view.region))
        return refused(SavedViewText::tr("the region %1 is not among %2").arg(view.region, context.rankedPhrase()));
    if (!view.comparison.isEmpty() && !context.comparisonCodes().contains(view.comparison))
        return refused(SavedViewText::tr("the comparison region %1 is not among %2").arg(view.comparison, context.rankedPhrase()));
    if (view.year != 0 && !context.years().contains(view.year))
        return refused(SavedViewText::tr("the database has no figure of %1 for these regions").arg(view.year));
    if (!view.region.isEmpty())
        context.setFocus(view.region);
    if (!view.comparison.isEmpty())
        context.setComparison(view.comparison);
    context.setYear(view.year);
    context.useStoredWeightSet(weights);
    context.setNormalisation(*n);
    if (scenario)
        context.setScenario(scenario->name, scenario->changes);
    else if (!context.scenarioName().isEmpty() || !context.scenarioChanges().isEmpty())
        context.clearScenario();
    return Ok {};
}

} // namespace air
