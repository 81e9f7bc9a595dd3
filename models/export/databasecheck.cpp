#include "export/databasecheck.h"

using namespace Qt::StringLiterals;

namespace air {

QString checkText(const StorageCheck &check)
{
    QString out = u"schema version: %1\nbundled dataset: %2\n"_s.arg(check.schemaVersion).arg(check.bundledDataset);
    for (const auto &[table, count] : check.counts)
        out += u"%1: %2\n"_s.arg(table, -22).arg(count);
    if (check.ok)
        out += u"schema: complete; integrity: ok; foreign keys: ok; every observation has a source\n"_s;
    for (const QString &p : check.problems)
        out += u"PROBLEM: %1\n"_s.arg(p);
    return out;
}

} // namespace air
