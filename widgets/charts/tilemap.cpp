#include "charts/tilemap.h"

#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"

#include <QHash>
#include <QLinearGradient>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

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

const double legendHeight = 44;

} // namespace

TileMap::TileMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(300, 440);
    setAccessibleName(tr("Tile map of the regions"));
    setMouseTracking(true);
}

double TileMap::cellSize() const
{
    return std::min(width() / 4.0, (height() - legendHeight) / 6.0);
}

QRectF TileMap::tileRect(const QString &code) const
{
    const auto place = places().constFind(code);
    if (place == places().cend())
        return {};
    const double cell = cellSize();
    const double gap = cell * 0.06;
    return QRectF(place->x() * cell + gap, place->y() * cell + gap, cell - 2 * gap, cell - 2 * gap);
}

int TileMap::rowOf(const QString &code) const
{
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        if (m_model->code(r) == code)
            return r;
    return -1;
}

QString TileMap::regionAt(const QPointF &pos) const
{
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        if (tileRect(m_model->code(r)).contains(pos))
            return m_model->code(r);
    return {};
}

QString TileMap::hoverText(const QString &code) const
{
    const int r = rowOf(code);
    if (r < 0)
        return {};
    const QString column = m_model->headerData(m_column, Qt::Horizontal).toString();
    const QVariant raw = m_model->index(r, m_column).data(roleOf(ItemRole::RawValue));
    QString text = u"%1\n%2: %3"_s.arg(m_model->rowLabel(r), column,
        raw.isValid() ? tr("%1 of 100").arg(QLocale().toString(raw.toDouble(), 'f', 1)) : tr("no data"));
    const QString rank = m_model->index(r, RankingModel::Rank).data().toString();
    if (m_column == RankingModel::Score && !rank.isEmpty())
        text += u"\n"_s + tr("Rank: %1").arg(rank);
    const QString tip = m_model->index(r, m_column).data(Qt::ToolTipRole).toString();
    if (!tip.isEmpty())
        text += u"\n"_s + tip;
    return text + u"\n"_s + tr("Click to make it the focus region");
}

void TileMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = regionAt(event->position());
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), hoverText(code), this);
    setCursor(code.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
    QWidget::mouseMoveEvent(event);
}

void TileMap::mousePressEvent(QMouseEvent *event)
{
    const QString code = regionAt(event->position());
    if (event->button() == Qt::LeftButton && !code.isEmpty())
        emit regionClicked(code);
    QWidget::mousePressEvent(event);
}

// The colour ramp from 0 to 100 and the grey of "no data".
void TileMap::drawLegend(QPainter &p, const QRectF &area) const
{
    const double swatch = 48;
    const QRectF ramp(area.left() + 8, area.top() + 6, area.width() - swatch - 40, 12);
    QLinearGradient gradient(ramp.topLeft(), ramp.topRight());
    for (int i = 0; i <= 10; ++i)
        gradient.setColorAt(i / 10.0, palette::score(i * 10.0));
    p.setPen(Qt::NoPen);
    p.setBrush(gradient);
    p.drawRect(ramp);
    p.setPen(palette::darkTheme() ? Qt::white : Qt::black);
    p.setFont(chartFont(8));
    const QRectF labels(ramp.left(), ramp.bottom() + 2, ramp.width(), 16);
    p.drawText(labels, Qt::AlignLeft | Qt::AlignTop, u"0"_s);
    p.drawText(labels, Qt::AlignHCenter | Qt::AlignTop, u"50"_s);
    p.drawText(labels, Qt::AlignRight | Qt::AlignTop, u"100"_s);
    const QRectF none(ramp.right() + 24, ramp.top(), 16, 12);
    p.setPen(Qt::NoPen);
    p.setBrush(palette::score(std::nan("")));
    p.drawRect(none);
    p.setPen(palette::darkTheme() ? Qt::white : Qt::black);
    p.drawText(QRectF(none.left() - 20, none.bottom() + 2, swatch + 16, 16), Qt::AlignHCenter | Qt::AlignTop, tr("no data"));
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
    const double cell = cellSize();
    drawLegend(p, QRectF(0, 6 * cell, 4 * cell, legendHeight));
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QRectF tile = tileRect(m_model->code(r));
        if (tile.isEmpty())
            continue;
        const QVariant raw = m_model->index(r, m_column).data(roleOf(ItemRole::RawValue));
        const double value = raw.isValid() ? raw.toDouble() : std::nan("");
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
        // The whole name, never cut (issue 16, 13: "Chungnam" was drawn as "hungnan"): a smaller size
        // where the tile is too narrow for it.
        const QString name = m_model->rowLabel(r);
        QFont nameFont = chartFont(10, true);
        const double room = tile.width() - 6;
        for (double size = 10; size > 5.5; size -= 0.5) {
            nameFont.setPointSizeF(size);
            p.setFont(nameFont); // measured on the painter's device: the screen, or the report's PDF
            if (p.fontMetrics().horizontalAdvance(name) <= room)
                break;
        }
        p.drawText(tile.adjusted(0, 4, 0, -tile.height() / 2), Qt::AlignCenter, name);
        p.setFont(chartFont(9));
        p.drawText(tile.adjusted(0, tile.height() / 2 - 4, 0, -4), Qt::AlignCenter,
            raw.isValid() ? QLocale().toString(value, 'f', 1) : tr("no data"));
    }
}

} // namespace air
