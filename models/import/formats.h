#pragma once

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

// Vocabularies shared by import, the models and the index engine.
const QStringList &pillarNames();      // the five scored pillars
const QStringList &indicatorPillarNames(); // an indicator's: the five, context and benchmark
const QStringList &indicatorKindNames();   // mass, intensity
const QStringList &sectorNames();      // agriculture, marine, energy, medical
const QStringList &planStatusNames();

} // namespace air
