#include "cli/commands.h"

#include "import/boundaryimport.h"
#include "import/importer.h"
#include "import/importtext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air::cli {
namespace {

bool splitPairs(const QStringList &values, const QString &option, QList<std::pair<QString, QString>> *out)
{
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(u'=');
        if (eq <= 0 || eq == v.size() - 1) {
            printError(CliText::tr("--%1 %2: expected TEXT=VALUE").arg(option, v));
            return false;
        }
        out->append({ v.left(eq), v.mid(eq + 1) });
    }
    return true;
}

} // namespace

int runImport(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Imports CSV files of the project's own formats (observations, regions, indicators, sources, plans, ...)\n"
        "and KOSIS exports (wide or long, UTF-8 or CP949), or the same tables as Excel workbooks (.xlsx),\n"
        "into the database, all files in one transaction: on any error nothing is written.\n"
        "A GeoJSON file (.geojson, .json) of administrative boundaries (SGIS: Polygon or MultiPolygon features\n"
        "named by code or name, in WGS84 or UTM-K EPSG:5179) is imported on its own: its outlines are matched\n"
        "to regions through the aliases, simplified and stored; the maps then draw them."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"FILE"_s, u"Files to import, in order (regions and indicators first)."_s, u"FILE..."_s);
    const QCommandLineOption map(u"map"_s,
        u"Map every KOSIS item whose name (HTML tags removed) contains TEXT to INDICATOR. Repeatable."_s,
        u"TEXT=INDICATOR"_s);
    const QCommandLineOption filter(u"filter"_s,
        u"Keep only rows whose KOSIS classification COLUMN (연령별, 성별, ...) has VALUE. Repeatable."_s,
        u"COLUMN=VALUE"_s);
    const QCommandLineOption check(u"check"_s, u"Validate and report, write nothing."_s);
    const QCommandLineOption replace(u"replace"_s, u"Allow overwriting figures a user entered or imported earlier."_s);
    const QCommandLineOption sheet(u"sheet"_s,
        u"The sheet of an Excel workbook to read (default: its first sheet)."_s, u"NAME"_s);
    parser.addOptions({ map, filter, check, replace, sheet });
    parser.process(QStringList { u"ai-readiness import"_s } + arguments);

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        printError(CliText::tr("import: name at least one FILE (see ai-readiness import --help)"));
        return 2;
    }
    ImportOptions options;
    options.checkOnly = parser.isSet(check);
    options.replaceUserRows = parser.isSet(replace);
    options.sheet = parser.value(sheet);
    if (!splitPairs(parser.values(map), u"map"_s, &options.maps)
        || !splitPairs(parser.values(filter), u"filter"_s, &options.filters))
        return 2;

    const qsizetype boundaryFiles = std::count_if(files.cbegin(), files.cend(), isBoundaryFile);
    if (boundaryFiles > 0 && files.size() > 1) {
        printError(CliText::tr("import: a GeoJSON file of boundaries is imported on its own, not with other files"));
        return 2;
    }
    const std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    if (boundaryFiles > 0) {
        Result<BoundaryImport> boundaries = importBoundaries(*database, files.first(), options.checkOnly);
        if (!boundaries) {
            printError(boundaries.errorText());
            printError(ImportText::tr("import failed: nothing was written"));
            return 1;
        }
        printOut(boundaryReport(*boundaries, options.checkOnly) + u"\n"_s);
        return 0;
    }
    Result<ImportReport> report = Importer::importFiles(*database, files, options);
    if (!report) {
        printError(report.errorText());
        printError(ImportText::tr("import failed: nothing was written"));
        return 1;
    }
    printOut(report->toText());
    return 0;
}

} // namespace air::cli
