#include "cli/commands.h"

#include "export/tableexporter.h"

#include <QCommandLineParser>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace air::cli {

int runExportCsv(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes one table in the project's own CSV format (UTF-8), or as an Excel workbook (--xlsx),\n"
        "readable again by import."_s);
    parser.addHelpOption();
    const QCommandLineOption table(u"table"_s,
        u"observations, indicators, regions, sources, plans, region_aliases, region_groups or weights."_s, u"TABLE"_s);
    const QCommandLineOption indicator(u"indicator"_s, u"Only this indicator (observations)."_s, u"ID"_s);
    const QCommandLineOption region(u"region"_s, u"Only this region (observations)."_s, u"CODE"_s);
    const QCommandLineOption year(u"year"_s, u"Only this year (observations)."_s, u"Y"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"Write to FILE instead of standard output."_s,
        u"FILE"_s);
    const QCommandLineOption excel(u"excel"_s,
        u"For spreadsheets: a BOM and CRLF line ends. (Text cells starting with = + - @ are always defused\nwith an apostrophe, which import removes again.)"_s);
    const QCommandLineOption xlsx(u"xlsx"_s,
        u"An Excel workbook (.xlsx, needs -o FILE): the table with numbers as numbers, units beside the figures,\n"
        "the header row frozen, text always as text, and a sheet of the sources its rows name."_s);
    parser.addOptions({ table, indicator, region, year, output, excel, xlsx });
    parser.process(QStringList { u"ai-readiness export-csv"_s } + arguments);

    if (!parser.isSet(table)) {
        printError(CliText::tr("export-csv: --table is required (see ai-readiness export-csv --help)"));
        return 2;
    }
    if (parser.isSet(xlsx) && parser.isSet(excel)) {
        printError(CliText::tr("export-csv: --xlsx and --excel exclude each other (--excel is CSV for spreadsheets)"));
        return 2;
    }
    if (parser.isSet(xlsx) && (parser.value(output).isEmpty() || (parser.value(output) == u"-"_s && isatty(STDOUT_FILENO)))) {
        printError(CliText::tr("export-csv: --xlsx writes a workbook, not text: name the file with -o FILE"));
        return 2;
    }
    ExportFilter filter;
    filter.indicator = parser.value(indicator);
    if (parser.isSet(year)) {
        bool ok = false;
        filter.year = parser.value(year).toInt(&ok);
        if (!ok) {
            printError(CliText::tr("export-csv: --year %1 is not a year").arg(parser.value(year)));
            return 2;
        }
    }
    const std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    if (parser.isSet(region)) {
        QStringList codes;
        const Result<QList<RegionRecord>> regions = database->regions();
        for (const RegionRecord &r : regions ? *regions : QList<RegionRecord>())
            codes << r.code;
        const std::optional<QString> code = regionFrom(*database, parser.value(region), codes, u"export-csv"_s, u"--region"_s);
        if (!code)
            return 2;
        filter.region = *code;
    }
    Result<QByteArray> csv = parser.isSet(xlsx) ? exportTableXlsx(*database, parser.value(table), filter)
                                                : exportTable(*database, parser.value(table), filter, parser.isSet(excel));
    if (!csv) {
        printError(u"export-csv: "_s + csv.errorText());
        return 1;
    }
    QString error;
    if (!writeOutput(parser.value(output), *csv, &error)) {
        printError(CliText::tr("export-csv: cannot write %1: %2").arg(parser.value(output), error));
        return 1;
    }
    return 0;
}

} // namespace air::cli
