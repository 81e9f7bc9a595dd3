#include "cli/commands.h"

#include "dashboardcontext.h"
#include "language.h"
#include "report/briefingreport.h"
#include "savedview.h"
#include "scoring/indexreport.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace air::cli {

int runExportPdf(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes the briefing report (A4 PDF) for a region."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, u"The PDF to write (through a temporary file; never half-written)."_s);
    const QCommandLineOption region(u"region"_s, u"The focus region: a code, name or alias (default KR-46, "
                                                 "Jeonnam; at --level 2 the first district)."_s, u"CODE"_s);
    const QCommandLineOption compare(u"compare"_s, u"The region to compare with (default KR-41; at --level 2 the "
                                                   "district's province). One region for now: a list is refused."_s,
        u"CODE"_s);
    const QCommandLineOption year(u"year"_s, u"A year, or latest (default)."_s, u"Y|latest"_s, u"latest"_s);
    const QCommandLineOption weights(u"weights"_s, u"A weight set (default equal)."_s, u"NAME"_s, u"equal"_s);
    const QCommandLineOption lang(u"lang"_s, u"ko (default) or en."_s, u"LANG"_s);
    const QCommandLineOption scenario(u"scenario"_s, u"Add the page 'If the plans come true' (계획이 달성되면) for the saved "
                                                     "scenario NAME."_s, u"NAME"_s);
    const QCommandLineOption plans(u"plans"_s, u"Add that page for plan items with targets: PLAN or PLAN:ITEM,ITEM "
                                               "(repeatable; with --scenario, on top of it)."_s, u"PLAN[:ITEM,...]"_s);
    const QCommandLineOption normalise(u"normalise"_s, u"minmax (default), zscore, rank or goalposts."_s, u"METHOD"_s,
        u"minmax"_s);
    const QCommandLineOption view(u"view"_s, u"A saved view (ai-readiness view list): its region, comparison, year, weights, "
                                             "normalisation, scenario and level. Options given beside it override its fields."_s,
        u"NAME"_s);
    parser.addOptions({ region, compare, year, weights, normalise, lang, scenario, plans, view });
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness export-pdf"_s } + arguments);
    if (parser.positionalArguments().size() != 1) {
        printError(CliText::tr("export-pdf: name one FILE"));
        return 2;
    }
    const QString language = parser.isSet(lang) ? parser.value(lang) : global.language;
    if (!language.isEmpty() && language != u"ko"_s && language != u"en"_s) {
        printError(CliText::tr("export-pdf: --lang takes ko or en"));
        return 2;
    }
    Language::install(Language::resolve(language.isEmpty() ? u"ko"_s : language));

    std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    Storage &db = *database;
    // The selection: the saved view's fields (--view), each overridden by an option given beside it.
    SavedViewRecord selection;
    if (parser.isSet(view)) {
        const std::optional<SavedViewRecord> saved = viewFrom(db, parser.value(view), u"export-pdf"_s);
        if (!saved)
            return 2;
        selection = *saved;
    }
    if (parser.isSet(weights) || selection.weightSet.isEmpty())
        selection.weightSet = parser.value(weights);
    // An unknown set is refused as index refuses it (it was printed on the cover while the report
    // used equal weights; issue 18, 8).
    if (const QStringList sets = weightSetNames(db); !sets.contains(selection.weightSet)) {
        printError(u"export-pdf: unknown weight set '%1'; the database has: %2"_s.arg(selection.weightSet, sets.join(u", "_s)));
        return 2;
    }
    if (parser.isSet(normalise) || selection.normalisation.isEmpty()) {
        if (!parseNormalisation(parser.value(normalise))) {
            printError(CliText::tr("export-pdf: --normalise takes minmax, zscore, rank or goalposts, not '%1'").arg(parser.value(normalise)));
            return 2;
        }
        selection.normalisation = parser.value(normalise);
    }
    std::optional<RegionScope> scope = RegionScope { selection.level, selection.within };
    if (!parser.isSet(view) || parser.isSet(u"level"_s) || parser.isSet(u"within"_s))
        scope = scopeFrom(parser, db, u"export-pdf"_s);
    if (!scope)
        return 2;
    DashboardContext context(database, nullptr, *scope);
    context.setLanguage(Language::current());
    if (context.scope() != *scope) {
        printError(CliText::tr("export-pdf: the database has no districts for --level 2%1").arg(
            scope->within.isEmpty() ? QString() : u" --within "_s + scope->within));
        return 2;
    }
    selection.level = scope->level;
    selection.within = scope->within;
    if (parser.isSet(region)) {
        const std::optional<QString> code = regionFrom(context.storage(), parser.value(region),
            context.regionCodes(), u"export-pdf"_s, u"--region"_s);
        if (!code)
            return 2;
        selection.region = *code;
    }
    if (parser.isSet(compare)) {
        QStringList others;
        for (const QString &name : parser.value(compare).split(u',', Qt::SkipEmptyParts)) {
            const std::optional<QString> code = regionFrom(context.storage(), name,
                context.comparisonCodes(), u"export-pdf"_s, u"--compare"_s);
            if (!code)
                return 2;
            if (!others.contains(*code))
                others << *code;
        }
        if (others.isEmpty()) {
            printError(CliText::tr("export-pdf: --compare names no region"));
            return 2;
        }
        // The briefing sets one comparison region beside the focus (its tables and charts have one
        // column for it): a list is refused rather than cut to its first region.
        if (others.size() > 1) {
            printError(CliText::tr("export-pdf: --compare takes one region for now (the briefing compares the focus with one "
                       "region); given %1: %2").arg(others.size()).arg(others.join(u", "_s)));
            return 2;
        }
        selection.comparison = others.first();
    }
    // A year given as an option is taken as it is (a view's year must have figures: applyView checks it).
    std::optional<int> explicitYear;
    if (parser.isSet(year) || !parser.isSet(view)) {
        explicitYear = 0;
        if (parser.value(year) != u"latest"_s) {
            bool ok = false;
            explicitYear = parser.value(year).toInt(&ok);
            if (!ok) {
                printError(CliText::tr("export-pdf: --year takes a year or latest"));
                return 2;
            }
        }
        selection.year = 0;
    }
    if (parser.isSet(scenario))
        selection.scenario = parser.value(scenario);
    if (!selection.scenario.isEmpty() && !parser.isSet(view)) {
        // Checked here for the message the command has always given.
        Result<QList<ScenarioRecord>> saved = db.scenarios();
        if (!saved) {
            printError(u"export-pdf: "_s + saved.errorText());
            return 1;
        }
        if (std::none_of(saved->cbegin(), saved->cend(), [&](const ScenarioRecord &s) { return s.name == selection.scenario; })) {
            printError(CliText::tr("export-pdf: no saved scenario '%1' (ai-readiness scenario --list)").arg(selection.scenario));
            return 2;
        }
    }
    if (Status applied = applyView(context, selection); !applied) {
        printError(u"export-pdf: "_s + applied.errorText());
        return 2;
    }
    if (explicitYear)
        context.setYear(*explicitYear);
    if (!context.hasRun()) {
        printError(CliText::tr("export-pdf: the index could not be computed (unknown weight set?)"));
        return 1;
    }
    // The scenario page: a saved scenario (of the view or --scenario) and/or plan items, scored with
    // the report's own choices.
    if (!selection.scenario.isEmpty() || parser.isSet(plans)) {
        QList<ScenarioChange> changes = context.scenarioChanges();
        QString name = context.scenarioName();
        QList<PlanChoice> choices;
        for (const QString &text : parser.values(plans)) {
            const std::optional<PlanChoice> c = parsePlanChoice(text);
            if (!c) {
                printError(CliText::tr("export-pdf: --plans takes PLAN or PLAN:ITEM,ITEM, not '%1'").arg(text));
                return 2;
            }
            choices << *c;
        }
        if (!choices.isEmpty()) {
            Result<QList<ScenarioChange>> fromPlans = changesFromPlans(db, *context.figures(),
                Assessment { context.run(), context.opportunityRun() }, choices, Language::current());
            if (!fromPlans) {
                printError(u"export-pdf: "_s + fromPlans.errorText());
                return 2;
            }
            for (const ScenarioChange &c : std::as_const(*fromPlans)) {
                changes.erase(std::remove_if(changes.begin(), changes.end(), [&](const ScenarioChange &o) {
                    return o.region == c.region && o.indicator == c.indicator && o.year == c.year;
                }), changes.end());
                changes << c;
            }
            if (name.isEmpty())
                name = CliText::tr("plans %1").arg(parser.values(plans).join(u", "_s));
        }
        if (changes.isEmpty()) {
            printError(CliText::tr("export-pdf: the scenario changes no figure: no scenario page"));
            return 2;
        }
        context.setScenario(name, changes);
    }
    QElapsedTimer timer;
    timer.start();
    const BriefingReport report(&context, context.scenario() != nullptr);
    const Status written = report.writePdf(parser.positionalArguments().first());
    if (!written) {
        printError(u"export-pdf: "_s + written.errorText());
        return 1;
    }
    printError(CliText::tr("%1: %2 pages in %3 ms").arg(parser.positionalArguments().first()).arg(report.pageCount()).arg(timer.elapsed()));
    return 0;
}

} // namespace air::cli
