#pragma once

// What Qt Charts draws of a chart, read back from the text items of its scene once it is laid out.
#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QStringList>
#include <QTextDocument>

namespace air::test {

// The category labels of a chart's bar-category axes and the entries of its legend that are not drawn
// whole: cut short with "..." (Qt Charts' ChartPresenter::truncatedText), hidden where they would overlap the next
// (VerticalAxis::updateGeometry), or drawn outside the chart. Texts are compared without their white
// space, since a label may be broken into lines anywhere. Each is given with what is drawn of it.
inline QStringList labelsNotDrawnWhole(QChart *chart)
{
    auto bare = [](QString text) { // without white space, U+2028 (a <br>) included
        text.removeIf([](QChar c) { return c.isSpace(); });
        return text;
    };
    const QRectF bounds = chart->sceneBoundingRect().adjusted(-0.5, -0.5, 0.5, 0.5);
    QList<QGraphicsTextItem *> drawn;
    for (QGraphicsItem *item : chart->scene()->items()) {
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
            drawn << text;
    }
    QStringList labels;
    for (QAbstractAxis *axis : chart->axes())
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            labels << categories->categories();
    if (chart->legend()->isVisible())
        for (QLegendMarker *marker : chart->legend()->markers())
            if (marker->isVisible() && !marker->label().isEmpty())
                labels << marker->label();
    QStringList notWhole;
    for (const QString &label : labels) {
        QTextDocument document;
        document.setHtml(label);
        const QString whole = bare(document.toPlainText());
        bool found = false;
        QString partial;
        for (QGraphicsTextItem *text : drawn) {
            const QString shown = bare(text->toPlainText());
            if (shown == whole && bounds.contains(text->sceneBoundingRect()))
                found = true;
            else if (shown.size() > 3 && whole.startsWith(shown.chopped(3)))
                partial = text->toPlainText().simplified();
        }
        if (!found)
            notWhole << QStringLiteral("%1 (drawn: %2)").arg(document.toPlainText().simplified(),
                            partial.isEmpty() ? QStringLiteral("nothing") : partial);
    }
    return notWhole;
}

} // namespace air::test
