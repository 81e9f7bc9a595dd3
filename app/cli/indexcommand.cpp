#include "cli/commands.h"

#include "scoring/indexreport.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

int runIndex(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Computes two scores per region: AI readiness (infrastructure, talent, industry, governance) with its rank\n"
        "and the 5-95 % rank interval of the Monte Carlo runs, and AI opportunity (agriculture, marine, energy,\n"
        "medical) with its rank; of the 17 regions (and the nation, and groups with --groups), or of districts\n"
        "with --level 2. An indicator enters when two thirds of the regions have a figure no older than\n"
        "--max-age years; a pillar with fewer than two such indicators is 'insufficient' and the index\n"
        "'provisional'. CSV out."_s);
    parser.addHelpOption();
    const QCommandLineOption year(u"year"_s, u"As of a year, or latest (default: as of this year): per indicator, the "
                                             "most recent year up to it with figures for two thirds of the regions."_s,
        u"Y|latest"_s, u"latest"_s);
    const QCommandLineOption maxAge(u"max-age"_s, u"The oldest figure that enters, in years before the year (default 5)."_s,
        u"N"_s, QString::number(defaultMaxAge));
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
                                                           "aggregation); default 1000, 0 for none."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the Monte Carlo runs."_s, u"S"_s, u"1"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"Write to FILE instead of standard output."_s,
        u"FILE"_s);
    const QCommandLineOption details(u"details"_s,
        u"Also write, per indicator, the year used, availability, treatment and flags to FILE."_s, u"FILE"_s);
    parser.addOptions({ year, maxAge, normalise, aggregate, weights, impute, treat, groups, uncertainty, seed, output, details });
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
    bool ageOk = false;
    data.maxAge = parser.value(maxAge).toInt(&ageOk);
    if (!ageOk || data.maxAge < 0 || data.maxAge > 100) {
        printError(u"index: --max-age takes a number of years from 0 to 100, not '%1'"_s.arg(parser.value(maxAge)));
        return 2;
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

    const std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    Storage &db = *database;
    const std::optional<RegionScope> scope = scopeFrom(parser, db, u"index"_s);
    if (!scope)
        return 2;
    data.scope = *scope;
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(db, data.scope, data.groups);
    if (!figures) {
        printError(u"index: "_s + figures.errorText());
        return 1;
    }
    Result<Assessment> run = runAssessment(db, **figures, data, options);
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
    if (const auto &u = run->readiness.result.uncertainty) {
        printError(CliText::tr("uncertainty: %1 runs, seed %2; mean absolute rank change when only one choice varies: "
                   "weights %3, normalisation %4, aggregation %5").arg(u->runs)
                       .arg(options.seed)
                       .arg(u->sensitivityWeights, 0, 'f', 2)
                       .arg(u->sensitivityNormalisation, 0, 'f', 2)
                       .arg(u->sensitivityAggregation, 0, 'f', 2));
    }
    for (const IndexRun *r : { &run->readiness, &run->opportunity }) {
        for (const QString &warning : r->result.warnings)
            printError(u"index: "_s + warning);
    }
    for (const IndexRun *r : { &run->readiness, &run->opportunity }) {
        QStringList insufficient;
        for (const IndexDataset::Evidence &e : r->dataset.evidence) {
            if (!e.sufficient)
                insufficient << u"%1 (%2 indicator%3)"_s.arg(e.pillar).arg(e.indicators.size()).arg(e.indicators.size() == 1 ? u""_s : u"s"_s);
        }
        if (!insufficient.isEmpty())
            printError(u"%1 is provisional: evidence insufficient for %2 (see --details)"_s.arg(
                r->dataset.question == IndexQuestion::Opportunity ? u"opportunity"_s : u"readiness"_s,
                insufficient.join(u", "_s)));
    }
    if (options.normalisation == index::Normalisation::Goalposts) {
        QStringList without;
        for (const IndexRun *r : { &run->readiness, &run->opportunity }) {
            const auto &specs = r->dataset.input.framework.indicators;
            for (size_t i = 0; i < specs.size(); ++i) {
                if (index::isMissing(specs[i].goalLow) || index::isMissing(specs[i].goalHigh))
                    without << specs[i].id;
            }
        }
        if (!without.isEmpty())
            printError(u"goalposts: %1 indicators have none set and were normalised on the observed minimum and maximum: %2"_s
                           .arg(without.size())
                           .arg(without.join(u", "_s)));
    }
    const qsizetype excluded = run->readiness.dataset.excluded.size() + run->opportunity.dataset.excluded.size();
    if (excluded > 0)
        printError(u"%1 indicators left out (too few regions, too old, or their pillar insufficient; see --details)"_s.arg(excluded));
    return 0;
}

} // namespace air::cli
