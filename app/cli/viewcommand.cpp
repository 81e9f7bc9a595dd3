#include "cli/commands.h"

#include "dashboardcontext.h"
#include "io/csvwriter.h"
#include "savedview.h"
#include "scoring/indexreport.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {
namespace {

int listViews(Storage &db, const QString &output)
{
    Result<QList<SavedViewRecord>> all = db.savedViews();
    if (!all) {
        printError(u"view: "_s + all.errorText());
        return 1;
    }
    CsvWriter writer;
    writer.writeRow({ u"name"_s, u"level"_s, u"within"_s, u"region"_s, u"compare"_s, u"year"_s, u"weights"_s,
        u"normalise"_s, u"scenario"_s, u"page"_s, u"saved_by"_s, u"saved_at"_s });
    for (const SavedViewRecord &v : std::as_const(*all))
        writer.writeRow({ v.name, QString::number(v.level), v.within, v.region, v.comparison,
            v.year > 0 ? QString::number(v.year) : u"latest"_s, v.weightSet, v.normalisation, v.scenario, v.page, v.savedBy,
            v.savedAt });
    QString error;
    if (!writeOutput(output, writer.data(), &error)) {
        printError(CliText::tr("view: cannot write %1: %2").arg(output, error));
        return 1;
    }
    return 0;
}

int printViewHistory(Storage &db, const QString &output)
{
    Result<QList<SavedViewHistoryRecord>> all = db.savedViewHistory();
    if (!all) {
        printError(u"view: "_s + all.errorText());
        return 1;
    }
    CsvWriter writer;
    writer.writeRow({ u"view"_s, u"action"_s, u"detail"_s, u"changed_by"_s, u"changed_at"_s });
    for (const SavedViewHistoryRecord &h : std::as_const(*all))
        writer.writeRow({ h.view, h.action, h.detail, h.changedBy, h.changedAt });
    QString error;
    if (!writeOutput(output, writer.data(), &error)) {
        printError(CliText::tr("view: cannot write %1: %2").arg(output, error));
        return 1;
    }
    return 0;
}

} // namespace

int runView(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Saved views (보기 저장): a selection of the dashboard under a name, to open in the window (보기 menu) or to\n"
        "give to export-pdf, screenshot and export-slides (--view NAME).\n"
        "  view save NAME [options]   saves the selection the options name (replacing a view of that name);\n"
        "                             options not given take the defaults export-pdf takes\n"
        "  view list [-o FILE]        CSV: name,level,within,region,compare,year,weights,normalise,scenario,page,saved_by,saved_at\n"
        "  view history [-o FILE]     CSV: view,action,detail,changed_by,changed_at (every save and delete, oldest first)\n"
        "  view delete NAME"_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"ACTION"_s, u"save, list, history or delete."_s);
    parser.addPositionalArgument(u"NAME"_s, u"The view's name (save, delete)."_s);
    const QCommandLineOption region(u"region"_s, u"The focus region: a code, name or alias (default KR-46; at --level 2 the "
                                                 "first district)."_s, u"CODE"_s);
    const QCommandLineOption compare(u"compare"_s, u"The comparison region (default KR-41; at --level 2 the province)."_s,
        u"CODE"_s);
    const QCommandLineOption year(u"year"_s, u"A year with figures, or latest (default)."_s, u"Y|latest"_s, u"latest"_s);
    const QCommandLineOption weights(u"weights"_s, u"A weight set stored in the database (default equal)."_s, u"NAME"_s,
        u"equal"_s);
    const QCommandLineOption normalise(u"normalise"_s, u"minmax (default), zscore, rank or goalposts."_s, u"METHOD"_s,
        u"minmax"_s);
    const QCommandLineOption scenario(u"scenario"_s, u"A saved scenario shown beside the baseline."_s, u"NAME"_s);
    const QCommandLineOption page(u"page"_s, u"The page the window opens the view on: %1 (default overview)."_s.arg(
                                                 pageKeys().join(u", "_s)),
        u"PAGE"_s, u"overview"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"list, history: write to FILE instead of standard "
                                                                        "output."_s, u"FILE"_s);
    parser.addOptions({ region, compare, year, weights, normalise, scenario, page, output });
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness view"_s } + arguments);
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool named = action == u"save"_s || action == u"delete"_s;
    if (!named && action != u"list"_s && action != u"history"_s) {
        printError(CliText::tr("view: name an action: save NAME, list, history or delete NAME"));
        return 2;
    }
    if (positional.size() != (named ? 2 : 1) || (named && positional[1].trimmed().isEmpty())) {
        printError(named ? CliText::tr("view %1: name one view").arg(action) : CliText::tr("view %1: takes no name").arg(action));
        return 2;
    }
    std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    Storage &db = *database;
    if (action == u"list"_s)
        return listViews(db, parser.value(output));
    if (action == u"history"_s)
        return printViewHistory(db, parser.value(output));
    const QString name = positional[1].trimmed();
    if (action == u"delete"_s) {
        if (Status s = db.deleteView(name); !s) {
            printError(u"view: "_s + s.errorText());
            return s.errorKind() == ErrorKind::NotFound ? 2 : 1;
        }
        printError(CliText::tr("view '%1' deleted").arg(name));
        return 0;
    }

    // save: every option checked against the database before anything is written.
    SavedViewRecord view;
    view.name = name;
    if (!pageKeys().contains(parser.value(page))) {
        printError(CliText::tr("view: --page takes one of %1, not '%2'").arg(pageKeys().join(u", "_s), parser.value(page)));
        return 2;
    }
    view.page = parser.value(page);
    const std::optional<index::Normalisation> n = parseNormalisation(parser.value(normalise));
    if (!n) {
        printError(CliText::tr("view: --normalise takes minmax, zscore, rank or goalposts, not '%1'").arg(parser.value(normalise)));
        return 2;
    }
    view.normalisation = normalisationName(*n);
    if (parser.value(year) != u"latest"_s) {
        bool ok = false;
        view.year = parser.value(year).toInt(&ok);
        if (!ok || view.year <= 0) {
            printError(CliText::tr("view: --year takes a year or latest, not '%1'").arg(parser.value(year)));
            return 2;
        }
    }
    if (const QStringList sets = weightSetNames(db); !sets.contains(parser.value(weights))) {
        printError(CliText::tr("view: unknown weight set '%1'; the database has: %2").arg(parser.value(weights), sets.join(u", "_s)));
        return 2;
    }
    view.weightSet = parser.value(weights);
    view.scenario = parser.value(scenario);
    const std::optional<RegionScope> scope = scopeFrom(parser, db, u"view"_s);
    if (!scope)
        return 2;
    DashboardContext context(database, nullptr, *scope, true);
    if (context.scope() != *scope) {
        printError(CliText::tr("%1: the database has no districts for this --level/--within").arg(u"view"_s));
        return 2;
    }
    view.level = scope->level;
    view.within = scope->within;
    view.region = context.focus();
    view.comparison = context.comparison();
    if (parser.isSet(region)) {
        const std::optional<QString> code = regionFrom(db, parser.value(region), context.regionCodes(), u"view"_s, u"--region"_s);
        if (!code)
            return 2;
        view.region = *code;
    }
    if (parser.isSet(compare)) {
        const std::optional<QString> code = regionFrom(db, parser.value(compare), context.comparisonCodes(), u"view"_s,
            u"--compare"_s);
        if (!code)
            return 2;
        view.comparison = *code;
    }
    if (view.year != 0 && !context.years().contains(view.year)) {
        QStringList years;
        for (const int y : context.years())
            years << QString::number(y);
        printError(CliText::tr("view: --year %1: no figure of that year for these regions; the years with figures are %2")
                       .arg(view.year)
                       .arg(years.join(u", "_s)));
        return 2;
    }
    if (Status s = db.saveView(view); !s) {
        printError(u"view: "_s + s.errorText());
        return s.errorKind() == ErrorKind::Invalid ? 2 : 1;
    }
    printError(CliText::tr("view '%1' saved").arg(name));
    return 0;
}

} // namespace air::cli
