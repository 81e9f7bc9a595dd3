#pragma once

#include <QSet>

namespace air {

class ImportSession;
struct KosisTable;

// Turns the figures of a KOSIS table into observations: applies --filter, maps items through
// --map, matches regions through their aliases, skips (and counts) what is not a first-level
// region or has no value. Returns the indices of the --map options that matched an item.
QSet<int> importKosisTable(ImportSession &session, const KosisTable &table);

} // namespace air
