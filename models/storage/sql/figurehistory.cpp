#include "storage/sql/figurehistory.h"

using namespace Qt::StringLiterals;

namespace air::sql {

QString figureChangeStatement()
{
    return u"INSERT INTO observation_history (region_ref, indicator_ref, year, old_value, new_value, old_status, "
           "new_status, old_source_ref, new_source_ref, changed_by, changed_at, reason) "
           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
}

QVariantList figureChangeValues(const FigureChange &change)
{
    return { change.regionRef, change.indicatorRef, change.year, change.oldValue, change.newValue, change.oldStatus,
        change.newStatus, change.oldSourceRef, change.newSourceRef, change.changedBy, change.changedAt, change.reason };
}

} // namespace air::sql
