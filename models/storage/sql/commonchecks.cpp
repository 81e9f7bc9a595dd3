#include "storage/sql/commonchecks.h"

#include "storage/sql/sql.h"

using namespace Qt::StringLiterals;

namespace air::sql {

void addCommonChecks(QSqlDatabase &db, StorageCheck &check)
{
    const qint64 unsourced = scalar(db,
        u"SELECT COUNT(*) FROM observations o LEFT JOIN sources s ON s.ref = o.source_ref WHERE s.ref IS NULL"_s)
                                 .toLongLong();
    if (unsourced > 0)
        check.problems << u"%1 observations without a source"_s.arg(unsourced);
    for (const QString &table : { u"regions"_s, u"region_aliases"_s, u"region_groups"_s, u"region_group_members"_s,
             u"indicators"_s, u"sources"_s, u"observations"_s, u"plans"_s, u"plan_items"_s, u"weight_sets"_s,
             u"weights"_s, u"observation_history"_s, u"import_log"_s, u"scenarios"_s, u"scenario_changes"_s,
             u"scenario_history"_s, u"saved_views"_s, u"region_boundaries"_s }) {
        check.counts.append({ table, scalar(db, u"SELECT COUNT(*) FROM %1"_s.arg(table)).toLongLong() });
    }
    check.userRows = scalar(db, u"SELECT COUNT(*) FROM observations WHERE origin = 'user'"_s).toLongLong();
    check.counts.append({ u"observations (user)"_s, check.userRows });
    check.ok = check.problems.isEmpty();
}

} // namespace air::sql
