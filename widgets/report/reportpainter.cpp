#include "report/reportpainter.h"

#include <QFontMetricsF>
#include <QTextLayout>
#include <QTextOption>

#include <algorithm>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air::report {

QFont font(int points, bool bold)
{
    QFont f(u"Noto Sans CJK KR"_s);
    f.setPixelSize(points);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

namespace {

QList<QTextLine> layoutLines(QTextLayout &layout, double width)
{
    QList<QTextLine> lines;
    // A name without a break opportunity (200 letters, a URL) wraps anywhere rather than running
    // past the margin (issue 18, 17).
    QTextOption option = layout.textOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height() * 1.15;
        lines << line;
    }
    layout.endLayout();
    return lines;
}

} // namespace

double paragraphHeight(const QString &text, double width, const QFont &f)
{
    double height = 0;
    for (const QString &part : text.split(u'\n')) {
        QTextLayout layout(part, f);
        const QList<QTextLine> lines = layoutLines(layout, width);
        height += lines.isEmpty() ? QFontMetricsF(f).height() * 1.15 : lines.size() * lines.first().height() * 1.15;
    }
    return height;
}

double paragraph(QPainter &p, const QString &text, double x, double y, double width, const QFont &f, const QColor &colour)
{
    p.save();
    p.setFont(f);
    p.setPen(colour.isValid() ? colour : QColor(0x22, 0x22, 0x22));
    double used = 0;
    for (const QString &part : text.split(u'\n')) {
        QTextLayout layout(part, f);
        const QList<QTextLine> lines = layoutLines(layout, width);
        for (const QTextLine &line : lines)
            line.draw(&p, QPointF(x, y + used));
        used += lines.isEmpty() ? QFontMetricsF(f).height() * 1.15 : lines.size() * lines.first().height() * 1.15;
    }
    p.restore();
    return used;
}

double rowHeight(int fontPoints)
{
    return fontPoints * 1.9;
}

namespace {

// A cell's text wraps to its column instead of being cut ("…" lost what an official needs to read).
double cellHeight(const QString &text, double width, const QFont &f)
{
    return text.isEmpty() ? 0 : paragraphHeight(text, width, f);
}

double rowHeightOf(const QList<Column> &columns, const QStringList &cells, const QFont &f, int fontPoints)
{
    double h = rowHeight(fontPoints);
    for (int c = 0; c < columns.size(); ++c)
        h = std::max(h, cellHeight(cells.value(c), columns[c].width - 6, f) + fontPoints * 0.8);
    return h;
}

QStringList headers(const QList<Column> &columns)
{
    QStringList out;
    for (const Column &c : columns)
        out << c.header;
    return out;
}

void drawCell(QPainter &p, const QString &text, const QRectF &cell, Qt::Alignment align, const QFont &f, const QColor &colour,
    int fontPoints)
{
    if (QFontMetricsF(f).horizontalAdvance(text) <= cell.width()) {
        p.setFont(f);
        p.setPen(colour);
        p.drawText(cell, int(align | Qt::AlignVCenter), text);
        return;
    }
    paragraph(p, text, cell.x(), cell.y() + fontPoints * 0.4, cell.width(), f, colour);
}

} // namespace

double tableHeight(const QList<Column> &columns, const QList<QStringList> &rows, int fontPoints)
{
    double h = rowHeightOf(columns, headers(columns), font(fontPoints, true), fontPoints);
    for (const QStringList &row : rows)
        h += rowHeightOf(columns, row, font(fontPoints), fontPoints);
    return h;
}

double table(QPainter &p, double x, double y, const QList<Column> &columns, const QList<QStringList> &rows,
    int fontPoints, const QList<int> &styles)
{
    double width = 0;
    for (const Column &c : columns)
        width += c.width;
    p.save();
    const QFont normal = font(fontPoints);
    const QFont bold = font(fontPoints, true);
    // Header
    const double headerHeight = rowHeightOf(columns, headers(columns), bold, fontPoints);
    p.fillRect(QRectF(x, y, width, headerHeight), QColor(0xE8, 0xEE, 0xF4));
    double cx = x;
    for (const Column &c : columns) {
        drawCell(p, c.header, QRectF(cx + 3, y, c.width - 6, headerHeight), c.align, bold, QColor(0x22, 0x22, 0x22), fontPoints);
        cx += c.width;
    }
    double cy = y + headerHeight;
    for (int r = 0; r < rows.size(); ++r) {
        const int style = styles.value(r);
        const QFont &f = style == 1 ? bold : normal;
        const double h = rowHeightOf(columns, rows[r], f, fontPoints);
        if (style == 1)
            p.fillRect(QRectF(x, cy, width, h), QColor(0xD5, 0x5E, 0x00, 28));
        cx = x;
        for (int c = 0; c < columns.size(); ++c) {
            const QString text = rows[r].value(c);
            const bool missing = style == 2 || text == QObject::tr("no data") || text == u"자료 없음"_s || text == u"no data"_s;
            drawCell(p, text, QRectF(cx + 3, cy, columns[c].width - 6, h), columns[c].align, f,
                missing ? QColor(0x88, 0x88, 0x88) : QColor(0x22, 0x22, 0x22), fontPoints);
            cx += columns[c].width;
        }
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.5));
        p.drawLine(QPointF(x, cy + h), QPointF(x + width, cy + h));
        cy += h;
    }
    p.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
    p.drawLine(QPointF(x, y), QPointF(x + width, y));
    p.drawLine(QPointF(x, y + headerHeight), QPointF(x + width, y + headerHeight));
    p.drawLine(QPointF(x, cy), QPointF(x + width, cy));
    p.restore();
    return cy - y;
}

void header(QPainter &p, const QString &left, const QString &right)
{
    p.save();
    p.setFont(font(8));
    p.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF band(margin, 28, pageWidth - 2 * margin, 14);
    const QFontMetricsF metrics(p.font());
    const double room = band.width() - metrics.horizontalAdvance(right) - 12;
    p.drawText(band, int(Qt::AlignLeft | Qt::AlignVCenter), metrics.elidedText(left, Qt::ElideRight, std::max(room, 0.0)));
    p.drawText(band, int(Qt::AlignRight | Qt::AlignVCenter), right);
    p.setPen(QPen(QColor(0xD5, 0x5E, 0x00), 1.2));
    p.drawLine(QPointF(margin, 46), QPointF(pageWidth - margin, 46));
    p.restore();
}

void footer(QPainter &p, int page, int pages, const QString &note)
{
    p.save();
    p.setFont(font(8));
    p.setPen(QColor(0x66, 0x66, 0x66));
    const QRectF band(margin, pageHeight - 40, pageWidth - 2 * margin, 14);
    p.drawText(band, int(Qt::AlignLeft | Qt::AlignVCenter), note);
    p.drawText(band, int(Qt::AlignRight | Qt::AlignVCenter), u"%1 / %2"_s.arg(page).arg(pages));
    p.restore();
}

double sectionTitle(QPainter &p, const QString &title, double y)
{
    p.save();
    p.setFont(font(16, true));
    p.setPen(QColor(0x1A, 0x1A, 0x1A));
    p.drawText(QRectF(margin, y, pageWidth - 2 * margin, 24), int(Qt::AlignLeft | Qt::AlignVCenter),
        QFontMetricsF(p.font()).elidedText(title, Qt::ElideRight, pageWidth - 2 * margin));
    p.restore();
    return 32;
}

} // namespace air::report
