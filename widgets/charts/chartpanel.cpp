#include "charts/chartpanel.h"

#include "charts/palette.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QFileDialog>
#include <QLegend>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QCursor>
#include <QToolTip>
#include <QXYSeries>
#include <QAbstractBarSeries>
#include <QAbstractAxis>

using namespace Qt::StringLiterals;

namespace air {

QFont chartFont(qreal pointSize, bool bold)
{
    QFont f(u"Noto Sans CJK KR"_s);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferNoShaping); // as the window's font (Language::applyFonts)
    return f;
}

ChartPanel::ChartPanel(const QString &accessibleName, QWidget *parent)
    : QChartView(parent)
{
    setAccessibleName(accessibleName);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(220);
    // QChartView's own empty chart until a builder replaces it: styling a placeholder (its title
    // font is laid out as a text document) took about a tenth of the start-up.
    chart()->setAnimationOptions(QChart::NoAnimation);
}

void ChartPanel::showHover(const QString &text)
{
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, this);
}

void ChartPanel::replaceChart(QChart *chart)
{
    m_hoverText.clear();
    if (m_heightForWidth) {
        m_heightForWidth = nullptr;
        setMinimumHeight(m_ownMinimumHeight);
    }
    QChart *old = this->chart();
    setChart(chart);
    if (old && old != chart)
        delete old;
    applyStyle();
}

void ChartPanel::applyStyle()
{
    QChart *c = chart();
    c->setAnimationOptions(QChart::NoAnimation);
    c->setTheme(palette::darkTheme() ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    c->setTitleFont(chartFont(11, true));
    c->legend()->setFont(chartFont(9));
    c->setBackgroundRoundness(0);
    c->setMargins(QMargins(6, 6, 6, 6));
    for (QAbstractAxis *axis : c->axes()) {
        axis->setLabelsFont(chartFont(8.5));
        axis->setTitleFont(chartFont(9));
    }
}

void ChartPanel::setHeightForWidth(std::function<int(int)> heightForWidth)
{
    if (!m_heightForWidth)
        m_ownMinimumHeight = minimumHeight(); // the page's own, kept under the labels' need
    m_heightForWidth = std::move(heightForWidth);
    followWidth();
}

int ChartPanel::heightForWidth(int width) const
{
    return m_heightForWidth ? m_heightForWidth(width) : QChartView::heightForWidth(width);
}

void ChartPanel::followWidth()
{
    if (m_heightForWidth)
        setMinimumHeight(std::max(m_ownMinimumHeight, m_heightForWidth(width())));
}

void ChartPanel::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    followWidth();
}

QImage ChartPanel::toImage(const QSize &size)
{
    const QSize target = size.isValid() ? size : this->size();
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette::darkTheme() ? Qt::black : Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    render(&painter, QRectF(QPointF(0, 0), QSizeF(target)));
    return image;
}

bool ChartPanel::savePng(const QString &path)
{
    return toImage().save(path, "PNG");
}

bool ChartPanel::saveSvg(const QString &path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(QRect(QPoint(0, 0), size()));
    svg.setTitle(chart()->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    render(&painter);
    return painter.end();
}

int ChartPanel::pointCount() const
{
    int n = 0;
    for (QAbstractSeries *s : chart()->series()) {
        if (auto *xy = qobject_cast<QXYSeries *>(s))
            n += int(xy->count());
        else if (auto *bars = qobject_cast<QAbstractBarSeries *>(s))
            for (QBarSet *set : bars->barSets())
                n += int(set->count());
    }
    return n;
}

void ChartPanel::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    menu.addAction(tr("Copy chart"), this, [this] { QApplication::clipboard()->setImage(toImage()); });
    menu.addAction(tr("Save as PNG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), chart()->title() + u".png"_s,
            tr("PNG image (*.png)"));
        if (!path.isEmpty())
            savePng(path);
    });
    menu.addAction(tr("Save as SVG…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), chart()->title() + u".svg"_s,
            tr("SVG image (*.svg)"));
        if (!path.isEmpty())
            saveSvg(path);
    });
    menu.exec(event->globalPos());
}

} // namespace air
