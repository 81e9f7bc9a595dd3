#include "cli/commands.h"

#include "scoring/indexreport.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

int runIndex(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Computes the readiness index: scores and ranks of the 17 regions (and the nation, and groups with\n"
        "--groups), or of districts with --level 2 (and their province, and the nation), one score per pillar, and with --uncertainty the Monte Carlo rank intervals. CSV out."_s);
    parser.addHelpOption();
    const QCommandLineOption year(u"year"_s, u"A year, or latest (default): per indicator, the most recent year "
                                             "with figures for two thirds of the regions."_s, u"Y|latest"_s, u"latest"_s);
    const QCommandLineOption normalise(u"normalise"_s, u"minmax (default), zscore, rank or goalposts."_s, u"METHOD"_s,
        u"minmax"_s);
    const QCommandLineOption aggregate(u"aggregate"_s, u"arithmetic (default) or geometric."_s, u"METHOD"_s,
        u"arithmetic"_s);
    const QCommandLineOption weights(u"weights"_s, u"A weight set stored in the database (default: equal)."_s,
        u"NAME"_s, u"equal"_s);
    const QCommandLineOption impute(u"impute"_s, u"none (default), mean, median or group-mean."_s, u"METHOD"_s,
        u"none"_s);
    const QCommandLineOption treat(u"treat"_s, u"none (default) or winsorise."_s, u"METHOD"_s, u"none"_s);
    const QCommandLineOption groups(u"groups"_s, u"Also score 수도권, 비수도권 and 전남+광주 as units."_s);
    const QCommandLineOption uncertainty(u"uncertainty"_s, u"Monte Carlo runs (weights +/-25 %, normalisation, "
                                                           "aggregation)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the Monte Carlo runs."_s, u"S"_s, u"1"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"Write to FILE instead of standard output."_s,
        u"FILE"_s);
    const QCommandLineOption details(u"details"_s,
        u"Also write, per indicator, the year used, availability, treatment and flags to FILE."_s, u"FILE"_s);
    parser.addOptions({ year, normalise, aggregate, weights, impute, treat, groups, uncertainty, seed, output, details });
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness index"_s } + arguments);

    IndexDatasetOptions data;
    data.groups = parser.isSet(groups);
    data.weightSet = parser.value(weights);
    if (parser.value(year) != u"latest"_s) {
        bool ok = false;
        data.year = parser.value(year).toInt(&ok);
        if (!ok || data.year < 1900 || data.year > 2100) {
            printError(CliText::tr("index: --year takes a year or latest, not '%1'").arg(parser.value(year)));
            return 2;
        }
    }
    index::IndexOptions options;
    const auto n = parseNormalisation(parser.value(normalise));
    const auto a = parseAggregation(parser.value(aggregate));
    const auto i = parseImputation(parser.value(impute));
    const auto t = parseTreatment(parser.value(treat));
    bool runsOk = false, seedOk = false;
    options.uncertaintyRuns = parser.value(uncertainty).toInt(&runsOk);
    options.seed = parser.value(seed).toULongLong(&seedOk);
    if (!n || !a || !i || !t || !runsOk || options.uncertaintyRuns < 0 || !seedOk) {
        printError(CliText::tr("index: an option has a value it does not take (see ai-readiness index --help)"));
        return 2;
    }
    options.normalisation = *n;
    options.aggregation = *a;
    options.imputation = *i;
    options.treatment = *t;

    const std::optional<Database> database = openDatabase(global);
    if (!database)
        return 1;
    QSqlDatabase db = database->connection();
    const std::optional<RegionScope> scope = scopeFrom(parser, db, u"index"_s);
    if (!scope)
        return 2;
    data.scope = *scope;
    Result<IndexRun> run = air::runIndex(db, data, options);
    if (!run) {
        printError(u"index: "_s + run.errorText());
        return 1;
    }
    QString error;
    if (parser.isSet(details) && !writeOutput(parser.value(details), detailsCsv(*run), &error)) {
        printError(CliText::tr("index: cannot write %1: %2").arg(parser.value(details), error));
        return 1;
    }
    if (!writeOutput(parser.value(output), indexCsv(*run), &error)) {
        printError(CliText::tr("index: cannot write %1: %2").arg(parser.value(output), error));
        return 1;
    }
    if (const auto &u = run->result.uncertainty) {
        printError(CliText::tr("uncertainty: %1 runs, seed %2; mean absolute rank change when only one choice varies: "
                   "weights %3, normalisation %4, aggregation %5").arg(u->runs)
                       .arg(options.seed)
                       .arg(u->sensitivityWeights, 0, 'f', 2)
                       .arg(u->sensitivityNormalisation, 0, 'f', 2)
                       .arg(u->sensitivityAggregation, 0, 'f', 2));
    }
    if (!run->dataset.excluded.isEmpty())
        printError(CliText::tr("%1 indicators left out for want of figures (see --details)").arg(run->dataset.excluded.size()));
    return 0;
}

} // namespace air::cli
