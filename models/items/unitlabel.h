#pragma once

#include <QString>

namespace air {

// A unit as the data stores it (Korean, as KOSIS writes it) in the language of the reader:
// "명/천명" is "per 1,000 residents" in English. Units without an English form are returned as they are.
QString unitLabel(const QString &unit, const QString &language);

} // namespace air
