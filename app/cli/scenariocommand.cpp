#include "cli/commands.h"

#include "io/csvwriter.h"
#include "scoring/scenario.h"

#include <QCommandLineParser>
#include <QFile>

using namespace Qt::StringLiterals;

namespace air::cli {
namespace {

struct Choices {
    IndexDatasetOptions data;
    index::IndexOptions options;
};

// Scenario changes on one figure: a later one wins (--set after --plans after a saved scenario).
void merge(QList<ScenarioChange> &into, const QList<ScenarioChange> &changes)
{
    for (const ScenarioChange &c : changes) {
        auto same = std::find_if(into.begin(), into.end(), [&](const ScenarioChange &u) {
            return u.region == c.region && u.indicator == c.indicator && u.year == c.year;
        });
        if (same == into.end())
            into << c;
        else
            *same = c;
    }
}

int listScenarios(Storage &db, const QString &output)
{
    Result<QList<ScenarioRecord>> all = db.scenarios();
    if (!all) {
        printError(u"scenario: "_s + all.errorText());
        return 1;
    }
    CsvWriter writer;
    writer.writeRow({ u"name"_s, u"changes"_s, u"description"_s, u"created_by"_s, u"created_at"_s, u"updated_by"_s, u"updated_at"_s });
    for (const ScenarioRecord &s : std::as_const(*all))
        writer.writeRow({ s.name, QString::number(s.changes.size()), s.description, s.createdBy, s.createdAt, s.updatedBy,
            s.updatedAt });
    QString error;
    if (!writeOutput(output, writer.data(), &error)) {
        printError(CliText::tr("scenario: cannot write %1: %2").arg(output, error));
        return 1;
    }
    return 0;
}

int printHistory(Storage &db, const QString &output)
{
    Result<QList<ScenarioHistoryRecord>> all = db.scenarioHistory();
    if (!all) {
        printError(u"scenario: "_s + all.errorText());
        return 1;
    }
    CsvWriter writer;
    writer.writeRow({ u"scenario"_s, u"action"_s, u"changes"_s, u"detail"_s, u"changed_by"_s, u"changed_at"_s });
    for (const ScenarioHistoryRecord &h : std::as_const(*all))
        writer.writeRow({ h.scenario, h.action, QString::number(h.changes), h.detail, h.changedBy, h.changedAt });
    QString error;
    if (!writeOutput(output, writer.data(), &error)) {
        printError(CliText::tr("scenario: cannot write %1: %2").arg(output, error));
        return 1;
    }
    return 0;
}

// Every scenario of the file checked against the database before any is saved: all or nothing.
int importScenarios(Storage &db, const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        printError(CliText::tr("scenario: cannot read %1: %2").arg(file, in.errorString()));
        return 1;
    }
    Result<QList<ScenarioRecord>> parsed = parseScenariosCsv(in.readAll(), file);
    if (!parsed) {
        printError(u"scenario: "_s + parsed.errorText());
        return 1;
    }
    Result<QList<RegionRecord>> regions = db.regions();
    Result<QList<IndicatorInfo>> indicators = db.indicators();
    if (!regions || !indicators) {
        printError(u"scenario: "_s + (regions ? indicators.errorText() : regions.errorText()));
        return 1;
    }
    for (ScenarioRecord &s : *parsed) {
        for (ScenarioChange &c : s.changes) {
            // A region as the file names it (a code, a name, an alias) becomes its code.
            const std::optional<QString> code = findRegion(db, c.region);
            if (!code) {
                printError(CliText::tr("scenario: %1: scenario '%2': unknown region '%3'").arg(file, s.name, c.region));
                return 1;
            }
            c.region = *code;
            const bool known = std::any_of(indicators->cbegin(), indicators->cend(),
                [&](const IndicatorInfo &i) { return i.id == c.indicator; });
            if (!known) {
                printError(CliText::tr("scenario: %1: scenario '%2': unknown indicator '%3'").arg(file, s.name, c.indicator));
                return 1;
            }
        }
    }
    for (const ScenarioRecord &s : std::as_const(*parsed)) {
        if (Status saved = db.saveScenario(s); !saved) {
            printError(u"scenario: "_s + saved.errorText());
            return 1;
        }
        printError(CliText::tr("scenario '%1' saved (changes: %2)").arg(s.name).arg(s.changes.size()));
    }
    return 0;
}

QString rankPhrase(const IndexRun &run, int unit)
{
    const int rank = unit >= 0 ? run.result.rank[size_t(unit)] : 0;
    if (rank == 0)
        return u"-"_s;
    if (!run.result.uncertainty)
        return QString::number(rank);
    const auto [low, high] = run.rankInterval(unit);
    return u"%1 (%2-%3)"_s.arg(rank).arg(low, 0, 'f', 0).arg(high, 0, 'f', 0);
}

} // namespace

int runScenario(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"What if some figures were other than they are? Scores a scenario (typed changes, plan items with targets, a\n"
        "saved scenario) beside the baseline, with the same choices and its own Monte Carlo rank intervals. A scenario\n"
        "never changes a figure: it is kept apart from the observations. CSV out, one row per region:\n"
        "region,baseline_readiness,baseline_rank,scenario_readiness,scenario_rank,scenario_p05,scenario_p95, then the\n"
        "same for opportunity. With --overtake: for each readiness indicator of --region, the smallest value that\n"
        "alone lifts its readiness rank above the rival's, as CSV indicator,year,current,needed,holds_in_band\n"
        "(values in the indicator's own unit as stored, so that --set can apply them; empty needed: not enough alone)."_s);
    parser.addHelpOption();
    const QCommandLineOption set(u"set"_s, u"A changed figure: REGION:INDICATOR:YEAR=VALUE (the indicator's own unit, before any "
                                           "denominator). Repeatable."_s, u"CHANGE"_s);
    const QCommandLineOption reason(u"reason"_s, u"Why, for the typed changes (recorded with them)."_s, u"TEXT"_s);
    const QCommandLineOption plans(u"plans"_s, u"Plan items with a target in an indicator's unit: PLAN (all of them) or "
                                               "PLAN:ITEM,ITEM. Repeatable."_s, u"PLAN[:ITEM,...]"_s);
    const QCommandLineOption save(u"save"_s, u"Save the scenario in the database under NAME (replacing one of that name)."_s,
        u"NAME"_s);
    const QCommandLineOption name(u"name"_s, u"Start from the saved scenario NAME."_s, u"NAME"_s);
    const QCommandLineOption description(u"description"_s, u"A description saved with --save."_s, u"TEXT"_s);
    const QCommandLineOption list(u"list"_s, u"List the saved scenarios (CSV)."_s);
    const QCommandLineOption history(u"history"_s, u"Print what was done to scenarios (saved, renamed, deleted), oldest first."_s);
    const QCommandLineOption rename(u"rename"_s, u"Rename the scenario --name to NEW."_s, u"NEW"_s);
    const QCommandLineOption remove(u"delete"_s, u"Delete the saved scenario NAME."_s, u"NAME"_s);
    const QCommandLineOption exportFile(u"export"_s, u"Write the scenario --name (or every saved one) to FILE in the project's "
                                                     "CSV format: scenario,region,indicator,year,value,reason,plan,item,description."_s,
        u"FILE"_s);
    const QCommandLineOption importFile(u"import"_s, u"Save the scenarios of FILE (the format --export writes); all or nothing."_s,
        u"FILE"_s);
    const QCommandLineOption overtake(u"overtake"_s, u"The smallest step past the region CODE (see above)."_s, u"CODE"_s);
    const QCommandLineOption region(u"region"_s, u"The focus region of --overtake (default: 전남, KR-46)."_s, u"CODE"_s,
        u"KR-46"_s);
    const QCommandLineOption combination(u"combination"_s, u"With --overtake: write the combination that needs the smallest "
                                                           "total change in normalised units to FILE (same columns)."_s,
        u"FILE"_s);
    const QCommandLineOption year(u"year"_s, u"As of a year, or latest (default)."_s, u"Y|latest"_s, u"latest"_s);
    const QCommandLineOption weights(u"weights"_s, u"A weight set stored in the database (default: equal)."_s, u"NAME"_s,
        u"equal"_s);
    const QCommandLineOption uncertainty(u"uncertainty"_s, u"Monte Carlo runs (default 1000; 500 with --overtake)."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the Monte Carlo runs."_s, u"S"_s, u"1"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"Write to FILE instead of standard output."_s,
        u"FILE"_s);
    parser.addOptions({ set, reason, plans, save, name, description, list, history, rename, remove, exportFile, importFile,
        overtake, region, combination, year, weights, uncertainty, seed, output });
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness scenario"_s } + arguments);
    if (!parser.positionalArguments().isEmpty()) {
        printError(CliText::tr("scenario: unexpected argument '%1' (see ai-readiness scenario --help)")
                       .arg(parser.positionalArguments().first()));
        return 2;
    }
    if (parser.isSet(rename) && !parser.isSet(name)) {
        printError(CliText::tr("scenario: --rename needs --name (the scenario to rename)"));
        return 2;
    }

    Choices choices;
    choices.data.weightSet = parser.value(weights);
    if (parser.value(year) != u"latest"_s) {
        bool ok = false;
        choices.data.year = parser.value(year).toInt(&ok);
        if (!ok || choices.data.year < 1900 || choices.data.year > 2100) {
            printError(CliText::tr("scenario: --year takes a year or latest, not '%1'").arg(parser.value(year)));
            return 2;
        }
    }
    bool runsOk = true, seedOk = false;
    choices.options.uncertaintyRuns = parser.isSet(uncertainty) ? parser.value(uncertainty).toInt(&runsOk)
                                                                : (parser.isSet(overtake) ? 500 : 1000);
    choices.options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!runsOk || choices.options.uncertaintyRuns < 0 || !seedOk) {
        printError(CliText::tr("scenario: --uncertainty and --seed take whole numbers"));
        return 2;
    }
    QList<TypedChange> typed;
    for (const QString &text : parser.values(set)) {
        const std::optional<TypedChange> c = parseTypedChange(text);
        if (!c) {
            printError(CliText::tr("scenario: --set takes REGION:INDICATOR:YEAR=VALUE (e.g. KR-46:researchers:2023=12000), "
                                   "not '%1'").arg(text));
            return 2;
        }
        typed << *c;
    }
    QList<PlanChoice> planChoices;
    for (const QString &text : parser.values(plans)) {
        const std::optional<PlanChoice> c = parsePlanChoice(text);
        if (!c) {
            printError(CliText::tr("scenario: --plans takes PLAN or PLAN:ITEM,ITEM, not '%1'").arg(text));
            return 2;
        }
        planChoices << *c;
    }

    const std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    Storage &db = *database;
    const QString out = parser.value(output);

    if (parser.isSet(list))
        return listScenarios(db, out);
    if (parser.isSet(history))
        return printHistory(db, out);
    if (parser.isSet(remove)) {
        if (Status s = db.deleteScenario(parser.value(remove)); !s) {
            printError(u"scenario: "_s + s.errorText());
            return 1;
        }
        printError(CliText::tr("scenario '%1' deleted").arg(parser.value(remove)));
        return 0;
    }
    if (parser.isSet(importFile))
        return importScenarios(db, parser.value(importFile));

    QList<ScenarioChange> changes;
    QString scenarioName = parser.value(save);
    QString scenarioDescription = parser.value(description);
    if (parser.isSet(name)) {
        Result<QList<ScenarioRecord>> all = db.scenarios();
        if (!all) {
            printError(u"scenario: "_s + all.errorText());
            return 1;
        }
        const auto it = std::find_if(all->cbegin(), all->cend(), [&](const ScenarioRecord &s) { return s.name == parser.value(name); });
        if (it == all->cend()) {
            QStringList names;
            for (const ScenarioRecord &s : std::as_const(*all))
                names << s.name;
            printError(CliText::tr("scenario: no saved scenario '%1'; saved: %2")
                           .arg(parser.value(name), names.isEmpty() ? CliText::tr("none") : names.join(u", "_s)));
            return 1;
        }
        if (parser.isSet(rename)) {
            if (Status s = db.renameScenario(it->name, parser.value(rename)); !s) {
                printError(u"scenario: "_s + s.errorText());
                return 1;
            }
            printError(CliText::tr("scenario '%1' renamed to '%2'").arg(it->name, parser.value(rename)));
            return 0;
        }
        changes = it->changes;
        if (scenarioName.isEmpty())
            scenarioName = it->name;
        if (scenarioDescription.isEmpty())
            scenarioDescription = it->description;
    }
    if (parser.isSet(exportFile)) {
        Result<QList<ScenarioRecord>> all = db.scenarios();
        if (!all) {
            printError(u"scenario: "_s + all.errorText());
            return 1;
        }
        QList<ScenarioRecord> chosen;
        for (const ScenarioRecord &s : std::as_const(*all))
            if (!parser.isSet(name) || s.name == parser.value(name))
                chosen << s;
        QString error;
        if (!writeOutput(parser.value(exportFile), scenariosCsv(chosen), &error)) {
            printError(CliText::tr("scenario: cannot write %1: %2").arg(parser.value(exportFile), error));
            return 1;
        }
        return 0;
    }

    const std::optional<RegionScope> scope = scopeFrom(parser, db, u"scenario"_s);
    if (!scope)
        return 2;
    choices.data.scope = *scope;
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(db, choices.data.scope, false);
    if (!figures) {
        printError(u"scenario: "_s + figures.errorText());
        return 1;
    }
    AssessmentRecipe recipe { choices.data, choices.options, {} };
    Result<Assessment> baseline = assess(db, **figures, recipe);
    if (!baseline) {
        printError(u"scenario: "_s + baseline.errorText());
        return 1;
    }

    // Plan items, then typed changes, each on the figure it names.
    if (!planChoices.isEmpty()) {
        Result<QList<ScenarioChange>> fromPlans = changesFromPlans(db, **figures, *baseline, planChoices,
            global.language.isEmpty() ? u"en"_s : global.language);
        if (!fromPlans) {
            printError(u"scenario: "_s + fromPlans.errorText());
            return 2;
        }
        merge(changes, *fromPlans);
    }
    QStringList regionCodes;
    if (Result<QList<RegionRecord>> regions = db.regions(); regions)
        for (const RegionRecord &r : *regions)
            regionCodes << r.code;
    QHash<QString, IndicatorInfo> indicators;
    for (const IndicatorInfo &info : (*figures)->indicators())
        indicators.insert(info.id, info);
    QList<ScenarioChange> typedChanges;
    for (const TypedChange &t : std::as_const(typed)) {
        const std::optional<QString> code = regionFrom(db, t.region, regionCodes, u"scenario"_s, u"--set"_s);
        if (!code)
            return 2;
        if (!indicators.contains(t.indicator)) {
            printError(CliText::tr("scenario: --set: unknown indicator '%1'").arg(t.indicator));
            return 2;
        }
        if (const IndicatorInfo &info = indicators[t.indicator]; !info.valuesFrom.isEmpty()) {
            printError(CliText::tr("scenario: --set: %1 takes its figures from %2: change %2").arg(t.indicator, info.valuesFrom));
            return 2;
        }
        typedChanges << ScenarioChange { *code, t.indicator, t.year, t.value, parser.value(reason), {}, {} };
    }
    merge(changes, typedChanges);

    if (parser.isSet(save)) {
        if (Status s = db.saveScenario({ scenarioName, scenarioDescription, changes, {}, {}, {}, {} }); !s) {
            printError(u"scenario: "_s + s.errorText());
            return 1;
        }
        printError(CliText::tr("scenario '%1' saved (changes: %2)").arg(scenarioName).arg(changes.size()));
    }

    if (parser.isSet(overtake)) {
        QStringList ranked;
        for (const IndexFigures::Unit &u : (*figures)->units().mid(0, (*figures)->scoredUnits()))
            ranked << u.code;
        const std::optional<QString> rival = regionFrom(db, parser.value(overtake), ranked, u"scenario"_s, u"--overtake"_s);
        const std::optional<QString> focus = rival ? regionFrom(db, parser.value(region), ranked, u"scenario"_s, u"--region"_s)
                                                   : std::nullopt;
        if (!rival || !focus)
            return 2;
        std::shared_ptr<const IndexFigures> start = applyChanges(**figures, changes);
        Result<Overtake> found = findOvertake(db, *start, recipe, *focus, *rival);
        if (!found) {
            printError(u"scenario: "_s + found.errorText());
            return 1;
        }
        QString error;
        if (!writeOutput(out, overtakeCsv(found->alone), &error)) {
            printError(CliText::tr("scenario: cannot write %1: %2").arg(out, error));
            return 1;
        }
        if (parser.isSet(combination) && !writeOutput(parser.value(combination), overtakeCsv(found->combination), &error)) {
            printError(CliText::tr("scenario: cannot write %1: %2").arg(parser.value(combination), error));
            return 1;
        }
        if (found->alreadyAbove)
            printError(CliText::tr("overtake: %1 (rank %2) is already above %3 (rank %4)")
                           .arg(*focus).arg(found->focusRank).arg(*rival).arg(found->rivalRank));
        else
            printError(CliText::tr("overtake: %1 is rank %2, %3 rank %4 in readiness; %5 indicator(s) can do it alone; "
                                   "the combination takes %6 indicator(s)%7")
                           .arg(*focus).arg(found->focusRank).arg(*rival).arg(found->rivalRank)
                           .arg(std::count_if(found->alone.cbegin(), found->alone.cend(), [](const OvertakeStep &s) { return s.needed.has_value(); }))
                           .arg(found->combination.size())
                           .arg(found->combination.isEmpty() ? CliText::tr(" (not found: even every indicator at its best is not enough)")
                                    : (found->combinationHolds ? CliText::tr(", and it holds in the 5-95 % band")
                                                               : CliText::tr(", but not in the 5-95 % band"))));
        return 0;
    }

    Result<ScenarioOutcome> outcome = air::runScenario(db, **figures, *baseline, recipe, scenarioName, changes);
    if (!outcome) {
        printError(u"scenario: "_s + outcome.errorText());
        return 1;
    }
    QString error;
    if (!writeOutput(out, scenarioCsv(*outcome), &error)) {
        printError(CliText::tr("scenario: cannot write %1: %2").arg(out, error));
        return 1;
    }
    for (const QString &s : std::as_const(outcome->skipped))
        printError(CliText::tr("scenario: %1 is outside the regions scored here: left out").arg(s));
    const int focusRow = (*figures)->unitRow(findRegion(db, parser.value(region)).value_or(parser.value(region)));
    if (focusRow >= 0 && focusRow < (*figures)->scoredUnits())
        printError(CliText::tr("scenario%1: changes: %2; readiness rank of %3: %4 -> %5; opportunity: %6 -> %7")
                       .arg(scenarioName.isEmpty() ? QString() : u" '%1'"_s.arg(scenarioName), QString::number(changes.size()),
                           (*figures)->units()[focusRow].code,
                           rankPhrase(outcome->baseline.readiness, focusRow), rankPhrase(outcome->scenario.readiness, focusRow),
                           rankPhrase(outcome->baseline.opportunity, focusRow),
                           rankPhrase(outcome->scenario.opportunity, focusRow)));
    return 0;
}

} // namespace air::cli
