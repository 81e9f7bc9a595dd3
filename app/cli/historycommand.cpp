#include "cli/commands.h"

#include "export/tableexporter.h"
#include "io/csvwriter.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace air::cli {

namespace {

// A figure before or after a change: empty when it did not exist (old) or was deleted (new).
QString valueText(const QVariant &value)
{
    return value.isNull() ? QString() : formatNumber(value.toDouble());
}

} // namespace

int runHistory(const GlobalOptions &global, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Prints the recorded changes of the figures (edits in the window, their undos and redos, "
                                     "and figures an import replaced, with the files as the reason), oldest first, as CSV:\n"
                                     "region,indicator,year,old_value,new_value,old_status,new_status,changed_by,changed_at,reason\n"
                                     "With --imports, the import log instead: one line per import committed:\n"
                                     "changed_at,changed_by,origin,files,inserted,replaced"_s);
    parser.addHelpOption();
    const QCommandLineOption indicator(u"indicator"_s, u"Only this indicator."_s, u"ID"_s);
    const QCommandLineOption region(u"region"_s, u"Only this region (a code, a name or an alias: KR-46, 전남)."_s, u"CODE"_s);
    const QCommandLineOption year(u"year"_s, u"Only this year."_s, u"Y"_s);
    const QCommandLineOption output(QStringList { u"o"_s, u"output"_s }, u"Write to FILE instead of standard output."_s,
        u"FILE"_s);
    const QCommandLineOption imports(u"imports"_s, u"The import log: who imported which files when, and what it wrote."_s);
    parser.addOptions({ indicator, region, year, imports, output });
    parser.process(QStringList { u"ai-readiness history"_s } + arguments);
    if (!parser.positionalArguments().isEmpty()) {
        printError(CliText::tr("history: unexpected argument '%1' (see ai-readiness history --help)")
                       .arg(parser.positionalArguments().first()));
        return 2;
    }

    ObservationFilter filter;
    if (parser.isSet(year)) {
        bool ok = false;
        filter.year = parser.value(year).toInt(&ok);
        if (!ok || filter.year <= 0) {
            printError(CliText::tr("history: --year %1 is not a year").arg(parser.value(year)));
            return 2;
        }
    }
    const std::shared_ptr<Storage> database = openDatabase(global);
    if (!database)
        return 1;
    if (parser.isSet(indicator)) {
        const Result<QList<IndicatorInfo>> indicators = database->indicators();
        if (!indicators) {
            printError(u"history: "_s + indicators.errorText());
            return 1;
        }
        QStringList ids;
        for (const IndicatorInfo &i : *indicators)
            ids << i.id;
        filter.indicator = parser.value(indicator).trimmed();
        if (!ids.contains(filter.indicator)) {
            // The ids that contain what was typed, else the first ones: the catalogue has some 150.
            QStringList like;
            for (const QString &id : ids)
                if (!filter.indicator.isEmpty() && id.contains(filter.indicator, Qt::CaseInsensitive))
                    like << id;
            if (!like.isEmpty())
                printError(CliText::tr("history: --indicator: unknown indicator '%1'; similar ones: %2")
                               .arg(filter.indicator, like.join(u", "_s)));
            else
                printError(CliText::tr("history: --indicator: unknown indicator '%1'; the indicators are %2")
                               .arg(filter.indicator,
                                   ids.mid(0, 30).join(u", "_s)
                                       + (ids.size() > 30 ? u", … (%1 in all)"_s.arg(ids.size()) : QString())));
            return 2;
        }
    }
    if (parser.isSet(region)) {
        const Result<QList<RegionRecord>> regions = database->regions();
        if (!regions) {
            printError(u"history: "_s + regions.errorText());
            return 1;
        }
        QStringList codes;
        for (const RegionRecord &r : *regions)
            codes << r.code;
        const std::optional<QString> code = regionFrom(*database, parser.value(region), codes, u"history"_s, u"--region"_s);
        if (!code)
            return 2;
        filter.region = *code;
    }

    if (parser.isSet(imports)) {
        if (parser.isSet(indicator) || parser.isSet(region) || parser.isSet(year)) {
            printError(CliText::tr("history: --imports lists whole imports; it takes no --indicator, --region or --year"));
            return 2;
        }
        const Result<QList<ImportLogRecord>> log = database->imports();
        if (!log) {
            printError(u"history: "_s + log.errorText());
            return 1;
        }
        CsvWriter csv;
        csv.writeRow({ u"changed_at"_s, u"changed_by"_s, u"origin"_s, u"files"_s, u"inserted"_s, u"replaced"_s });
        for (const ImportLogRecord &i : *log)
            csv.writeRow({ i.changedAt, i.changedBy, i.origin, i.files, QString::number(i.inserted), QString::number(i.replaced) });
        QString error;
        if (!writeOutput(parser.value(output), csv.data(), &error)) {
            printError(CliText::tr("history: cannot write %1: %2").arg(parser.value(output), error));
            return 1;
        }
        return 0;
    }

    const Result<QList<HistoryRecord>> history = database->history(filter);
    if (!history) {
        printError(u"history: "_s + history.errorText());
        return 1;
    }
    CsvWriter csv;
    csv.writeRow({ u"region"_s, u"indicator"_s, u"year"_s, u"old_value"_s, u"new_value"_s, u"old_status"_s,
        u"new_status"_s, u"changed_by"_s, u"changed_at"_s, u"reason"_s });
    for (const HistoryRecord &h : *history)
        csv.writeRow({ h.region, h.indicator, QString::number(h.year), valueText(h.oldValue), valueText(h.newValue),
            h.oldStatus, h.newStatus, h.changedBy, h.changedAt, h.reason });
    QString error;
    if (!writeOutput(parser.value(output), csv.data(), &error)) {
        printError(CliText::tr("history: cannot write %1: %2").arg(parser.value(output), error));
        return 1;
    }
    return 0;
}

} // namespace air::cli
