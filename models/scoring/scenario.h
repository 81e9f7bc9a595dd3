#pragma once

#include "core/result.h"
#include "scoring/indexreport.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace air {

// Scenarios (issue 14): what if some figures were other than they are? A scenario is a list of
// changes (region, indicator, year, value, why), scored beside the baseline with the same choices
// and its own Monte Carlo intervals. The changes live in a copy of the figures: an observation is
// never touched, and nothing of a scenario is ever shown as data.

// How an assessment is computed, so that a scenario is scored exactly as its baseline: the
// dataset's choices, the engine's, and the pillar weights of the window's weight editor (a factor per
// pillar id; none on the command line).
struct AssessmentRecipe {
    IndexDatasetOptions data;
    index::IndexOptions options;
    QHash<QString, double> pillarScale;
};
Result<Assessment> assess(Storage &storage, const IndexFigures &figures, const AssessmentRecipe &recipe);

// The figures with the changes in place of the stored ones. A change names the id the figures are
// stored under (before any denominator); a count (group rule sum) moves the nation's figure of the
// same year by the same difference where both were there, so that shares of the national total stay
// consistent. Changes of a region outside the scope are listed in `skipped` ("KR-11:researchers:2023").
std::shared_ptr<const IndexFigures> applyChanges(const IndexFigures &figures, const QList<ScenarioChange> &changes,
    QStringList *skipped = nullptr);

struct ScenarioOutcome {
    QString name;
    QList<ScenarioChange> changes;
    QStringList skipped;
    Assessment baseline;
    Assessment scenario;
    // The scenario's figures (for the pages that show them).
    std::shared_ptr<const IndexFigures> figures;
};
// The baseline is given (the window has it); the scenario is computed by the same recipe.
Result<ScenarioOutcome> runScenario(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const AssessmentRecipe &recipe, const QString &name, const QList<ScenarioChange> &changes);

// Plan items as changes: `jeonnam` (every item of the plan with an indicator and a target in its unit)
// or `jeonnam:j15,j17`. A chosen item without a target is an error naming it. The change's year is the
// year the baseline uses for the indicator (or its figures' most recent year, when it is not scored);
// its region is the plan's.
struct PlanChoice {
    QString plan;
    QStringList items; // empty: all with targets
};
std::optional<PlanChoice> parsePlanChoice(const QString &text);
Result<QList<ScenarioChange>> changesFromPlans(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const QList<PlanChoice> &choices, const QString &language = QStringLiteral("ko"));
// Why a plan item's change is made, in a language: "계획: 전남 의과대학 신설 (목표 2030년)".
QString planItemReason(const PlanItemRecord &item, const QString &language);
// Every plan item that names an indicator and a target in its unit, with the change it makes.
struct PlanItemChange {
    PlanItemRecord item;
    ScenarioChange change;
};
Result<QList<PlanItemChange>> planItemChanges(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const QString &language = QStringLiteral("ko"));

// The rank places a region would gain from each plan item alone (readiness and opportunity, nominal
// ranks; positive = up), most first.
struct PlanItemGain {
    PlanItemChange item;
    int readinessGain = 0;
    int opportunityGain = 0;
    bool moves = true; // false: the item's indicator does not enter the index (then both gains are 0)
};
Result<QList<PlanItemGain>> rankPlanItems(Storage &storage, const IndexFigures &figures, const Assessment &baseline,
    const AssessmentRecipe &recipe, const QString &region, const QList<PlanItemChange> &items);

// The smallest step past a rival: for each readiness indicator of the focus region (by the id its
// figures are stored under), the smallest value that alone lifts the focus's readiness rank above the
// rival's, searched up to the best value among the scored regions ("not enough alone" beyond), in the
// indicator's own unit as stored and with the decimals its figures have; and the combination that needs
// the smallest total change in normalised units (greedy by gain per normalised unit, exact while the
// index is linear in them). Each answer says whether it holds in the 5-95 % band too: the focus's rank
// interval lies wholly above the rival's.
struct OvertakeStep {
    QString indicator;
    int year = 0;
    double current = index::missing;
    std::optional<double> needed; // empty: not enough alone
    bool holdsInBand = false;
    int decimals = 0;
};
struct Overtake {
    QString focus;
    QString rival;
    int focusRank = 0;
    int rivalRank = 0;
    bool alreadyAbove = false;
    QList<OvertakeStep> alone;
    QList<OvertakeStep> combination; // empty when even every indicator at its best is not enough
    bool combinationHolds = false;
};
Result<Overtake> findOvertake(Storage &storage, const IndexFigures &figures, const AssessmentRecipe &recipe,
    const QString &focus, const QString &rival);

// `scenario`: region,baseline_readiness,baseline_rank,scenario_readiness,scenario_rank,scenario_p05,
// scenario_p95, then the same for opportunity (baseline_opportunity, ...). One row per scored region.
QByteArray scenarioCsv(const ScenarioOutcome &outcome);
// `scenario --overtake`: indicator,year,current,needed,holds_in_band (empty needed: not enough alone).
QByteArray overtakeCsv(const QList<OvertakeStep> &steps);
QString formatChangeValue(double value, int decimals);

// The project's own CSV of scenarios: scenario,region,indicator,year,value,reason,plan,item,description
// (one row per change; a scenario without changes has one row with the change columns empty).
QByteArray scenariosCsv(const QList<ScenarioRecord> &scenarios);
// Reads that format; a bad cell is an error with file, line, column and reason.
Result<QList<ScenarioRecord>> parseScenariosCsv(const QByteArray &bytes, const QString &fileName);
// `--set REGION:INDICATOR:YEAR=VALUE` (the region as given: the caller resolves names).
struct TypedChange {
    QString region;
    QString indicator;
    int year = 0;
    double value = 0;
};
std::optional<TypedChange> parseTypedChange(const QString &text);

} // namespace air
