#pragma once

#include <QStyledItemDelegate>

namespace air {

// Draws cells whose model says they are missing (ItemRole::IsMissing) in grey italics, and
// estimates (ItemRole::Status == "estimate") in italics, so that a missing or estimated figure
// never looks like a measured one.
class MissingValueDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // Tooltips quote names from data: shown as plain text (escaped), never as rich text.
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
        const QModelIndex &index) override;

    // TEXT (plain) as a tooltip that Qt will not take for rich text.
    static QString plainToolTip(const QString &text);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace air
