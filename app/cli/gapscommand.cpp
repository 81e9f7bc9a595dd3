#include "cli/commands.h"

#include "scoring/gaps.h"
#include "scoring/indexreport.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

int runGaps(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Lists the missing figures worth chasing: every missing or stale figure (more than 3 years old) of the\n"
        "region that would enter its AI readiness (of the indicators the evidence rules let in, and of those\n"
        "its figure would bring in), ranked by how far it could move the region's readiness rank: the rank is\n"
        "recomputed with the figure at the lowest and at the highest value among the other regions, and the\n"
        "spread of the two is what finding the figure could change. 'where' names the publisher and the table\n"
        "that give the other regions' figures, with the KOSIS table and item where the catalogue has a recipe\n"
        "(a download of that table then imports without --map). Nothing is filled: missing stays missing.\n"
        "CSV out: indicator,region,year,status,rank_if_lowest,rank_if_highest,spread,where."_s);
    parser.addHelpOption();
    const QCommandLineOption region(u"region"_s, u"The region (default KR-46, 전남): a code, a name or an alias."_s,
        u"CODE"_s);
    const QCommandLineOption year(u"year"_s, u"As of a year, or latest (default)."_s, u"Y|latest"_s, u"latest"_s);
    const QCommandLineOption maxAge(u"max-age"_s, u"The oldest figure that enters, in years before the year (default 5)."_s,
        u"N"_s, QString::number(defaultMaxAge));
    const QCommandLineOption weights(u"weights"_s, u"A weight set stored in the database (default: equal)."_s,
        u"NAME"_s, u"equal"_s);
    const QCommandLineOption normalise(u"normalise"_s, u"minmax (default), zscore, rank or goalposts."_s, u"METHOD"_s,
        u"minmax"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"Write to FILE instead of standard output."_s,
        u"FILE"_s);
    parser.addOptions({ region, year, maxAge, weights, normalise, output });
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness gaps"_s } + arguments);

    GapOptions options;
    options.data.weightSet = parser.value(weights);
    if (parser.value(year) != u"latest"_s) {
        bool ok = false;
        options.data.year = parser.value(year).toInt(&ok);
        if (!ok || options.data.year < 1900 || options.data.year > 2100) {
            printError(CliText::tr("gaps: --year takes a year or latest, not '%1'").arg(parser.value(year)));
            return 2;
        }
    }
    bool ageOk = false;
    options.data.maxAge = parser.value(maxAge).toInt(&ageOk);
    if (!ageOk || options.data.maxAge < 0 || options.data.maxAge > 100) {
        printError(CliText::tr("gaps: --max-age takes a number of years from 0 to 100, not '%1'").arg(parser.value(maxAge)));
        return 2;
    }
    const auto n = parseNormalisation(parser.value(normalise));
    if (!n) {
        printError(CliText::tr("gaps: --normalise takes minmax, zscore, rank or goalposts, not '%1'").arg(parser.value(normalise)));
        return 2;
    }
    options.index.normalisation = *n;

    const std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    Storage &db = *database;
    const std::optional<RegionScope> scope = scopeFrom(parser, db, u"gaps"_s);
    if (!scope)
        return 2;
    options.data.scope = *scope;
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(db, options.data.scope, false);
    if (!figures) {
        printError(u"gaps: "_s + figures.errorText());
        return 1;
    }
    QStringList ranked;
    for (int u = 0; u < (*figures)->scoredUnits(); ++u)
        ranked << (*figures)->units()[u].code;
    if (parser.isSet(region)) {
        const std::optional<QString> code = regionFrom(db, parser.value(region), ranked, u"gaps"_s, u"--region"_s);
        if (!code)
            return 2;
        options.region = *code;
    } else if (!ranked.contains(options.region)) {
        options.region = ranked.value(0); // districts: the first one of the scope
    }
    const Result<GapList> gaps = findGaps(db, **figures, options);
    if (!gaps) {
        printError(u"gaps: "_s + gaps.errorText());
        return 1;
    }
    QString error;
    if (!writeOutput(parser.value(output), gapsCsv(*gaps, global.language == u"ko"_s ? u"ko"_s : u"en"_s), &error)) {
        printError(CliText::tr("gaps: cannot write %1: %2").arg(parser.value(output), error));
        return 1;
    }
    printError(CliText::tr("%1: readiness rank %2 of %3; figures worth chasing: %4")
                   .arg(gaps->region)
                   .arg(gaps->rank)
                   .arg(gaps->ranked)
                   .arg(gaps->gaps.size()));
    return 0;
}

} // namespace air::cli
