#include "missingvaluedelegate.h"

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

} // namespace air
