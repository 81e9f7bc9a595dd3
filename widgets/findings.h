#pragma once

#include <QString>

namespace air {

class DashboardContext;

// Three sentences from the numbers, in the current language: the focus region's strongest pillar,
// its weakest, and the biggest gap to the comparison region or the nation. The overview and the
// briefing report both say exactly this.
QString findingsText(const DashboardContext &context);

} // namespace air
