#pragma once

#include "storage/records.h"

#include <QSet>
#include <QStringList>

namespace air {

class ImportSession;
struct KosisTable;

// Turns the figures of a KOSIS table into observations: applies --filter, maps items through
// --map, matches regions through their aliases, skips (and counts) what is not a first-level
// region or has no value. Returns the indices of the --map options that matched an item.
QSet<int> importKosisTable(ImportSession &session, const KosisTable &table);

// The catalogue's KOSIS recipe for a table titled `title`: per item, the indicator its recipe names, or
// empty (the import dialog proposes it as the mapping).
QStringList kosisRecipeIndicators(const QList<IndicatorInfo> &indicators, const QString &title, const QStringList &items);

} // namespace air
