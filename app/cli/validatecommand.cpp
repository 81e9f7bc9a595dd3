#include "cli/commands.h"

#include "io/csvwriter.h"
#include "scoring/benchmarks.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

int runValidate(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Checks the readiness ranking against the published regional indices in the database (pillar\n"
        "benchmark: KISTEP's R-COSTII, ...): for each, the regions both have, Spearman's rho and Kendall's tau-b\n"
        "of the two rankings, and the three regions where they disagree most (readiness rank, benchmark rank,\n"
        "both among the regions compared). Readiness as `index` computes it by default (latest, equal weights).\n"
        "CSV out: benchmark,year,regions,spearman,kendall,largest_disagreements."_s);
    parser.addHelpOption();
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"Write to FILE instead of standard output."_s,
        u"FILE"_s);
    parser.addOption(output);
    parser.addOptions(scopeOptions());
    parser.process(QStringList { u"ai-readiness validate"_s } + arguments);

    const std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    Storage &db = *database;
    const std::optional<RegionScope> scope = scopeFrom(parser, db, u"validate"_s);
    if (!scope)
        return 2;
    IndexDatasetOptions data;
    data.scope = *scope;
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(db, data.scope, false);
    if (!figures) {
        printError(u"validate: "_s + figures.errorText());
        return 1;
    }
    index::IndexOptions options; // the point estimate: rank correlations need no Monte Carlo runs
    Result<IndexRun> run = air::runIndex(db, **figures, data, options);
    if (!run) {
        printError(u"validate: "_s + run.errorText());
        return 1;
    }
    CsvWriter writer;
    writer.writeRow({ u"benchmark"_s, u"year"_s, u"regions"_s, u"spearman"_s, u"kendall"_s, u"largest_disagreements"_s });
    const QList<BenchmarkAgreement> agreements = benchmarkAgreement(*run, **figures);
    for (const BenchmarkAgreement &a : agreements) {
        QStringList largest;
        for (const BenchmarkAgreement::Disagreement &d : a.largest)
            largest << u"%1 (readiness %2, benchmark %3)"_s.arg(d.code).arg(d.readinessRank).arg(d.benchmarkRank);
        writer.writeRow({ a.indicator, QString::number(a.year), QString::number(a.regions),
            QString::number(a.spearman, 'f', 3), QString::number(a.kendall, 'f', 3), largest.join(u"; "_s) });
    }
    QString error;
    if (!writeOutput(parser.value(output), writer.data(), &error)) {
        printError(u"validate: cannot write %1: %2"_s.arg(parser.value(output), error));
        return 1;
    }
    if (agreements.isEmpty())
        printError(u"validate: the database holds no benchmark with figures for three regions that readiness scores"_s);
    if (run->dataset.provisional())
        printError(u"validate: readiness is provisional (a pillar's evidence is insufficient; see index --details)"_s);
    return 0;
}

} // namespace air::cli
