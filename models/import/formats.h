#pragma once

#include "core/result.h"
#include "io/csvparser.h"
#include "io/textdecoder.h"
#include "io/xlsxreader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace air {

// The project's own CSV formats (UTF-8, comma, header row), recognised by their first columns.
// What data/ holds, what import reads and what export-csv writes.
struct TableFormat {
    enum class Kind { Regions, RegionAliases, RegionGroups, Sources, Indicators, Observations, Plans, Weights, Facts };
    Kind kind;
    QString name;          // as --table takes it and reports show it
    QStringList required;  // the columns a file must start with, in this order
    QStringList optional;  // recognised by name after them
    QStringList columns() const { return required + optional; }
};

const QList<TableFormat> &tableFormats();
std::optional<TableFormat> detectTableFormat(const QStringList &header);
std::optional<TableFormat> tableFormatByName(const QString &name);

// A file to import as records, whatever kind it is: CSV text (UTF-8 or CP949, decoded) or one
// sheet of an Excel workbook (.xlsx, recognised by its content, whatever its name), whose rows
// reach the same readers as a CSV file's.
struct TableSource {
    QString fileName;
    QString text;                   // CSV: the decoded text
    std::optional<XlsxSheet> sheet; // a workbook: the sheet's rows
    QString encoding;               // as reports show it: "UTF-8", "CP949", "Excel (sheet 데이터)"

    bool isWorkbook() const { return sheet.has_value(); }
    // A parser at the first record; it refers to this source, which must outlive it.
    CsvParser parser() const;
};

// SHEET names the sheet of a workbook (the first when empty); CSV files ignore it.
Result<TableSource> openTableSource(const QString &fileName, const QByteArray &bytes, const QString &sheet = {});

// Vocabularies shared by import, the models and the index engine.
const QStringList &pillarNames();      // the five scored pillars
const QStringList &indicatorPillarNames(); // an indicator's: the five, context and benchmark
const QStringList &indicatorKindNames();   // mass, intensity
const QStringList &sectorNames();      // agriculture, marine, energy, medical
const QStringList &planStatusNames();

} // namespace air
