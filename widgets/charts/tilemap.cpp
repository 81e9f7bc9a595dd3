#include "charts/tilemap.h"
#include "missingvaluedelegate.h"

#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

const double legendHeight = 50; // a title and one or two rows of classes
const double noteHeight = 44; // three lines of 8 points
const int classes = 5; // of 20 points each

} // namespace

TileMap::TileMap(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(300, 440);
    setAccessibleName(tr("Tile map of the regions"));
    setMouseTracking(true);
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

int TileMap::colourClass(double value)
{
    if (std::isnan(value))
        return -1;
    return std::clamp(int(std::floor(value / (100.0 / classes))), 0, classes - 1);
}

QColor TileMap::classColour(int colourClass)
{
    if (colourClass < 0)
        return palette::score(std::nan(""));
    return palette::score((colourClass + 0.5) * (100.0 / classes));
}

void TileMap::setRegions(const QStringList &regions, const QString &map, const TileLayout &layout)
{
    m_placement = placeTiles(layout, map, regions);
    updateGeometry();
    update();
}

void TileMap::setOutlines(const QHash<QString, QPainterPath> &outlines)
{
    m_outlines.clear();
    m_outlineBounds = {};
    QRectF geographic;
    for (const QPainterPath &path : outlines)
        geographic = geographic.united(path.boundingRect());
    // An equirectangular view at the outlines' middle latitude: at a province's scale, shapes as an
    // official knows them from a map.
    m_shrink = std::cos(geographic.center().y() * M_PI / 180.0);
    QTransform projection;
    projection.scale(m_shrink, -1.0);
    for (auto it = outlines.cbegin(); it != outlines.cend(); ++it) {
        QPainterPath projected = projection.map(*it);
        projected.setFillRule(Qt::OddEvenFill);
        m_outlines.insert(it.key(), projected);
        m_outlineBounds = m_outlineBounds.united(projected.boundingRect());
    }
    updateGeometry();
    update();
}

double TileMap::mapHeight(double width) const
{
    if (showsOutlines())
        return m_outlineBounds.width() > 0 ? width * m_outlineBounds.height() / m_outlineBounds.width() : 0;
    return m_placement.columns > 0 ? width / m_placement.columns * m_placement.rows : 0;
}

int TileMap::heightForWidth(int width) const
{
    return int(std::ceil(mapHeight(width) + legendHeight + (note().isEmpty() ? 0 : noteHeight)));
}

double TileMap::cellSize() const
{
    if (m_placement.columns == 0 || m_placement.rows == 0)
        return 0;
    const double room = height() - legendHeight - (note().isEmpty() ? 0 : noteHeight);
    return std::max(0.0, std::min(width() / double(m_placement.columns), room / m_placement.rows));
}

QTransform TileMap::outlineTransform() const
{
    QTransform t;
    if (m_outlineBounds.isEmpty())
        return t;
    const double room = height() - legendHeight - (note().isEmpty() ? 0 : noteHeight);
    const double scale = std::min(width() / m_outlineBounds.width(), room / m_outlineBounds.height());
    t.scale(scale, scale);
    t.translate(-m_outlineBounds.left(), -m_outlineBounds.top());
    return t;
}

QRectF TileMap::mapRect() const
{
    if (showsOutlines())
        return outlineTransform().mapRect(m_outlineBounds);
    const double cell = cellSize();
    return QRectF(0, 0, cell * m_placement.columns, cell * m_placement.rows);
}

QPointF TileMap::mapPoint(const QPointF &lonLat) const
{
    return outlineTransform().map(QPointF(lonLat.x() * m_shrink, -lonLat.y()));
}

QString TileMap::note() const
{
    const QString own = ownNote();
    return m_extraNote.isEmpty() ? own : own.isEmpty() ? m_extraNote : m_extraNote + u' ' + own;
}

QString TileMap::ownNote() const
{
    if (showsOutlines()) {
        QStringList without;
        for (int r = 0; m_model && r < m_model->rowCount(); ++r)
            if (m_placement.cells.contains(m_model->code(r)) && !m_outlines.contains(m_model->code(r)))
                without << m_model->rowLabel(r);
        return without.isEmpty() ? QString() : tr("No boundary imported for: %1").arg(without.join(u", "_s));
    }
    if (m_placement.byCodeOrder.isEmpty())
        return {};
    if (m_placement.byCodeOrder.size() == m_placement.cells.size())
        return tr("No tile layout for these regions: tiles in code order, not in their geographic place.");
    return tr("Regions without a place in the tile layout (%1): under the map, in code order.")
        .arg(m_placement.byCodeOrder.size());
}

QRectF TileMap::tileRect(const QString &code) const
{
    if (showsOutlines())
        return regionPath(code).boundingRect();
    const auto place = m_placement.cells.constFind(code);
    if (place == m_placement.cells.cend())
        return {};
    const double cell = cellSize();
    const double gap = cell * 0.06;
    return QRectF(place->x() * cell + gap, place->y() * cell + gap, cell - 2 * gap, cell - 2 * gap);
}

QRectF TileMap::labelAnchor(const QString &code) const
{
    QRectF largest;
    for (const QPolygonF &part : regionPath(code).toSubpathPolygons()) {
        const QRectF box = part.boundingRect();
        if (box.width() * box.height() > largest.width() * largest.height())
            largest = box;
    }
    return largest;
}

QPainterPath TileMap::regionPath(const QString &code) const
{
    const auto outline = m_outlines.constFind(code);
    if (outline != m_outlines.cend())
        return outlineTransform().map(*outline);
    QPainterPath path;
    if (!showsOutlines())
        path.addRect(tileRect(code));
    return path;
}

int TileMap::rowOf(const QString &code) const
{
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        if (m_model->code(r) == code)
            return r;
    return -1;
}

double TileMap::valueOf(int row) const
{
    const QVariant raw = m_model->index(row, m_column).data(roleOf(ItemRole::RawValue));
    return raw.isValid() ? raw.toDouble() : std::nan("");
}

QString TileMap::regionAt(const QPointF &pos) const
{
    for (int r = 0; m_model && r < m_model->rowCount(); ++r) {
        const QString code = m_model->code(r);
        if (!m_placement.cells.contains(code))
            continue;
        if (showsOutlines() ? regionPath(code).contains(pos) : tileRect(code).contains(pos))
            return code;
    }
    return {};
}

QString TileMap::hoverText(const QString &code) const
{
    const int r = rowOf(code);
    if (r < 0)
        return {};
    const QString column = m_model->headerData(m_column, Qt::Horizontal).toString();
    const double value = valueOf(r);
    QString text = u"%1\n%2: %3"_s.arg(m_model->rowLabel(r), column,
        std::isnan(value) ? tr("no data") : tr("%1 of 100").arg(QLocale().toString(value, 'f', 1)));
    const QString rank = m_model->index(r, RankingModel::Rank).data().toString();
    if (m_column == RankingModel::Score && !rank.isEmpty())
        text += u"\n"_s + tr("Rank: %1").arg(rank);
    const QString tip = m_model->index(r, m_column).data(Qt::ToolTipRole).toString();
    if (!tip.isEmpty())
        text += u"\n"_s + tip;
    if (!m_basis.isEmpty())
        text += u"\n"_s + m_basis;
    return text + u"\n"_s + tr("Click to make it the focus region");
}

void TileMap::mouseMoveEvent(QMouseEvent *event)
{
    const QString code = regionAt(event->position());
    if (code.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), MissingValueDelegate::plainToolTip(hoverText(code)), this);
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

// The five classes and the grey of "no data", each a swatch with its range: one row, or two where the
// labels (measured on the painter's device: the screen, or the report's PDF) do not fit in one.
void TileMap::drawLegend(QPainter &p, const QRectF &area) const
{
    const QColor ink = palette::darkTheme() ? Qt::white : Qt::black;
    p.setFont(chartFont(8));
    p.setPen(ink);
    p.drawText(QRectF(area.left() + 4, area.top() + 2, area.width() - 8, 14), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Score (of 100), in classes of 20 points"));
    QStringList labels;
    for (int c = 0; c < classes; ++c)
        labels << u"%1–%2"_s.arg(c * 100 / classes).arg((c + 1) * 100 / classes);
    labels << tr("no data");
    double widest = 0;
    for (const QString &label : std::as_const(labels))
        widest = std::max(widest, p.fontMetrics().horizontalAdvance(label) + 0.0);
    const double swatch = 12, gap = 3;
    const int perRow = (area.width() - 8) / (labels.size()) >= swatch + gap + widest + 4 ? int(labels.size()) : 3;
    const double step = (area.width() - 8) / perRow;
    for (int i = 0; i < labels.size(); ++i) {
        const int c = i < classes ? i : -1;
        const QRectF box(area.left() + 4 + (i % perRow) * step, area.top() + 18 + (i / perRow) * 15, swatch, swatch);
        p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
        p.setBrush(classColour(c));
        p.drawRect(box);
        p.setPen(ink);
        p.drawText(QRectF(box.right() + gap, box.top() - 2, step - swatch - gap, 16), Qt::AlignLeft | Qt::AlignVCenter, labels[i]);
    }
}

void TileMap::setModel(const RankingModel *model, int column, const QString &focus)
{
    m_model = model;
    m_column = column;
    m_focus = focus;
    updateGeometry();
    update();
}

void TileMap::drawLabel(QPainter &p, int row, const QRectF &box, double value, double nameSize, double valueSize) const
{
    if (box.width() < 24 || box.height() < 20)
        return; // too small for a legible name: the hover and the table say it
    p.setPen(classColour(colourClass(value)).lightness() < 120 ? Qt::white : Qt::black);
    // The whole name, never cut (issue 16, 13: "Chungnam" was drawn as "hungnan"): a smaller size
    // where the box is too narrow for it.
    const QString name = m_model->rowLabel(row);
    QFont nameFont = chartFont(nameSize, true);
    const double room = box.width() - 6;
    for (double size = nameSize; size > 5.5; size -= 0.5) {
        nameFont.setPointSizeF(size);
        p.setFont(nameFont); // measured on the painter's device: the screen, or the report's PDF
        if (p.fontMetrics().horizontalAdvance(name) <= room)
            break;
    }
    p.drawText(box.adjusted(0, 0, 0, -box.height() / 2), Qt::AlignHCenter | Qt::AlignBottom, name);
    p.setFont(chartFont(valueSize));
    p.drawText(box.adjusted(0, box.height() / 2, 0, 0), Qt::AlignHCenter | Qt::AlignTop,
        std::isnan(value) ? tr("no data") : QLocale().toString(value, 'f', 1));
}

void TileMap::drawTile(QPainter &p, int row, const QRectF &tile) const
{
    const double value = valueOf(row);
    p.setPen(Qt::NoPen);
    p.setBrush(classColour(colourClass(value)));
    p.drawRoundedRect(tile, 6, 6);
    if (m_model->code(row) == m_focus) {
        p.setPen(QPen(palette::focus(), 4));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(tile.adjusted(2, 2, -2, -2), 6, 6);
    }
    drawLabel(p, row, tile.adjusted(0, 4, 0, -4), value, 10, 9);
}

void TileMap::drawOutline(QPainter &p, int row, const QPainterPath &path) const
{
    const double value = valueOf(row);
    p.setPen(QPen(palette::darkTheme() ? QColor(0x30, 0x30, 0x30) : Qt::white, 1));
    p.setBrush(classColour(colourClass(value)));
    p.drawPath(path);
}

void TileMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_model)
        return;
    const QRectF map = mapRect();
    drawLegend(p, QRectF(0, map.bottom() + 4, std::max(map.width(), 300.0), legendHeight));
    if (const QString text = note(); !text.isEmpty()) {
        p.setPen(palette::darkTheme() ? QColor(0xCC, 0xCC, 0xCC) : QColor(0x55, 0x55, 0x55));
        p.setFont(chartFont(8));
        p.drawText(QRectF(4, map.bottom() + 4 + legendHeight, std::max(map.width(), 300.0) - 8, noteHeight),
            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text);
    }
    if (!showsOutlines()) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            if (const QRectF tile = tileRect(m_model->code(r)); !tile.isEmpty())
                drawTile(p, r, tile);
        return;
    }
    // Every outline first, then the focus border over its neighbours, then the labels.
    QList<std::pair<int, QPainterPath>> drawn;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString code = m_model->code(r);
        if (!m_placement.cells.contains(code) || !m_outlines.contains(code))
            continue;
        drawn.append({ r, regionPath(code) });
        drawOutline(p, r, drawn.last().second);
    }
    for (const auto &[r, path] : std::as_const(drawn)) {
        if (m_model->code(r) != m_focus)
            continue;
        p.setPen(QPen(palette::focus(), 3));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }
    // Names in the middle of each outline's box, where it is large enough for them.
    for (const auto &[r, path] : std::as_const(drawn)) {
        const QRectF box = labelAnchor(m_model->code(r));
        if (box.width() >= 36 && box.height() >= 26)
            drawLabel(p, r, QRectF(box.center().x() - 45, box.center().y() - 13, 90, 26), valueOf(r), 8, 7.5);
    }
}

} // namespace air
