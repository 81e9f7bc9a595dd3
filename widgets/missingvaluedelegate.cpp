#include "missingvaluedelegate.h"
#include <QAbstractItemView>
#include <QToolTip>
#include <QHelpEvent>

#include "items/itemroles.h"

#include <QPalette>

using namespace Qt::StringLiterals;

namespace air {

void MissingValueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(roleOf(ItemRole::IsMissing)).toBool()) {
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, option->palette.color(QPalette::Disabled, QPalette::Text));
    } else if (index.data(roleOf(ItemRole::Status)).toString() == u"estimate"_s) {
        option->font.setItalic(true);
    }
}

bool MissingValueDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
    const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        const QString text = index.data(Qt::ToolTipRole).toString();
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
            return false;
        }
        QToolTip::showText(event->globalPos(), plainToolTip(text), view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QString MissingValueDelegate::plainToolTip(const QString &text)
{
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace air
