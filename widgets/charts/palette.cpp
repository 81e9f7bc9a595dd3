#include "charts/palette.h"

#include <QApplication>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace air::palette {

QColor focus()
{
    return QColor(0xD5, 0x5E, 0x00);
}

QColor comparison()
{
    return QColor(0x00, 0x72, 0xB2);
}

QColor nation()
{
    return darkTheme() ? QColor(0xBB, 0xBB, 0xBB) : QColor(0x55, 0x55, 0x55);
}

QColor extra(int index)
{
    static const QColor colours[] = { QColor(0x00, 0x9E, 0x73), QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00),
        QColor(0x56, 0xB4, 0xE9), QColor(0xF0, 0xE4, 0x42) };
    return colours[std::abs(index) % 5];
}

QColor score(double value)
{
    if (std::isnan(value))
        return QColor(0xDD, 0xDD, 0xDD);
    const double t = std::clamp(value / 100.0, 0.0, 1.0);
    // From pale yellow-green to deep blue-green (a viridis-like ramp of lightness).
    const QColor lo(0xF7, 0xFC, 0xB9), mid(0x41, 0xAB, 0x5D), hi(0x00, 0x44, 0x52);
    auto mix = [](const QColor &a, const QColor &b, double u) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * u), float(a.greenF() + (b.greenF() - a.greenF()) * u),
            float(a.blueF() + (b.blueF() - a.blueF()) * u));
    };
    return t < 0.5 ? mix(lo, mid, t * 2) : mix(mid, hi, (t - 0.5) * 2);
}

bool darkTheme()
{
    return QApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace air::palette
