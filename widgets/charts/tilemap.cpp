#include "charts/tilemap.h"

#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"

#include <QHash>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// Column, row of each region on a 4 x 6 grid: west to east, north to south, roughly.
const QHash<QString, QPoint> &places()
{
    static const QHash<QString, QPoint> p = {
        { u"KR-28"_s, { 0, 0 } }, { u"KR-11"_s, { 1, 0 } }, { u"KR-42"_s, { 2, 0 } },
        { u"KR-44"_s, { 0, 1 } }, { u"KR-41"_s, { 1, 1 } }, { u"KR-43"_s, { 2, 1 } }, { u"KR-47"_s, { 3, 1 } },
        { u"KR-50"_s, { 0, 2 } }, { u"KR-30"_s, { 1, 2 } }, { u"KR-27"_s, { 2, 2 } }, { u"KR-31"_s, { 3, 2 } },
        { u"KR-45"_s, { 0, 3 } }, { u"KR-29"_s, { 1, 3 } }, { u"KR-48"_s, { 2, 3 } }, { u"KR-26"_s, { 3, 3 } },
        { u"KR-46"_s, { 0, 4 } },
        { u"KR-49"_s, { 0, 5 } },
    };
    return p;
}

} // namespace

TileMap::TileMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(300, 400);
    setAccessibleName(tr("Tile map of the regions"));
}

void TileMap::setModel(const RankingModel *model, int column, const QString &focus)
{
    m_model = model;
    m_column = column;
    m_focus = focus;
    update();
}

void TileMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_model)
        return;
    const double cell = std::min(width() / 4.0, height() / 6.0);
    const double gap = cell * 0.06;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const auto place = places().constFind(m_model->code(r));
        if (place == places().cend())
            continue;
        const QVariant raw = m_model->index(r, m_column).data(roleOf(ItemRole::RawValue));
        const double value = raw.isValid() ? raw.toDouble() : std::nan("");
        const QRectF tile(place->x() * cell + gap, place->y() * cell + gap, cell - 2 * gap, cell - 2 * gap);
        p.setPen(Qt::NoPen);
        p.setBrush(palette::score(value));
        p.drawRoundedRect(tile, 6, 6);
        if (m_model->code(r) == m_focus) {
            p.setPen(QPen(palette::focus(), 4));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(tile.adjusted(2, 2, -2, -2), 6, 6);
        }
        const QColor text = palette::score(value).lightness() < 120 ? Qt::white : Qt::black;
        p.setPen(text);
        p.setFont(chartFont(10, true));
        p.drawText(tile.adjusted(0, 4, 0, -tile.height() / 2), Qt::AlignCenter, m_model->rowLabel(r));
        p.setFont(chartFont(9));
        p.drawText(tile.adjusted(0, tile.height() / 2 - 4, 0, -4), Qt::AlignCenter,
            raw.isValid() ? QLocale().toString(value, 'f', 1) : tr("no data"));
    }
}

} // namespace air
