#include "storage/records.h"

using namespace Qt::StringLiterals;

namespace air {

QString boundaryOutlineText(const QList<QList<QPointF>> &rings)
{
    QStringList ringTexts;
    for (const QList<QPointF> &ring : rings) {
        QStringList points;
        points.reserve(ring.size());
        for (const QPointF &p : ring)
            points << u"%1 %2"_s.arg(p.x(), 0, 'f', 6).arg(p.y(), 0, 'f', 6);
        ringTexts << points.join(u',');
    }
    return ringTexts.join(u';');
}

QList<QList<QPointF>> boundaryOutlineFromText(const QString &text)
{
    QList<QList<QPointF>> rings;
    for (QStringView ringText : QStringView(text).split(u';', Qt::SkipEmptyParts)) {
        QList<QPointF> ring;
        for (QStringView pointText : ringText.split(u',', Qt::SkipEmptyParts)) {
            const QList<QStringView> xy = pointText.trimmed().split(u' ', Qt::SkipEmptyParts);
            bool okX = false, okY = false;
            const double x = xy.value(0).toDouble(&okX), y = xy.value(1).toDouble(&okY);
            if (xy.size() != 2 || !okX || !okY)
                return {};
            ring << QPointF(x, y);
        }
        rings << ring;
    }
    return rings;
}

} // namespace air
