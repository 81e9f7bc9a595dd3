#pragma once

#include "storage/records.h"

#include <QString>

namespace air {

// `ai-readiness check`: the storage's health in a few lines.
QString checkText(const StorageCheck &check);

} // namespace air
