#pragma once

#include <QLocale>
#include <QString>

namespace air {

// A figure as an official reads it: thousands separators of the current language, as few
// decimals as the figure needs (1,788,819; 28.5; 2.6; 0.125).
QString formatValue(double value, const QLocale &locale = QLocale());

} // namespace air
