#pragma once

#include <QColor>
#include <QString>

namespace air::palette {

// Okabe–Ito colours, safe for the common colour-vision deficiencies. Jeonnam (the focus region)
// is always vermillion, the comparison region blue, the nation dark grey.
QColor focus();
QColor comparison();
QColor nation();
QColor extra(int index); // further regions: green, purple, orange, sky blue, yellow
// A sequential scale for scores 0..100 (light to dark blue-green), readable in grey too.
QColor score(double value);
bool darkTheme();

} // namespace air::palette
