#pragma once

#include <Qt>

namespace air {

// Roles beyond Qt's own, shared by every item model of the program (STYLE.md #3): DisplayRole
// carries formatted text, RawValueRole the number that sorting and charts use.
enum class ItemRole : int {
    RawValue = Qt::UserRole + 1, // double, or an invalid QVariant when the figure is missing
    Status,                      // "official", "reported", "estimate"
    SourceTitle,                 // the source's title
    Origin,                      // "bundled" or "user"
    IsMissing,                   // bool
    IndicatorId,                 // QString
    RegionCode,                  // QString
    Year,                        // int
    Unit,                        // QString
};

constexpr int roleOf(ItemRole r)
{
    return int(r);
}

} // namespace air
