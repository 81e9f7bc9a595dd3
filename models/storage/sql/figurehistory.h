#pragma once

#include <QString>
#include <QVariant>

namespace air::sql {

// One change of a figure, as a line of its history: an edit from the data page or the command
// line, or an import that replaced the figure. The old value is null for a figure that had none.
struct FigureChange {
    qint64 regionRef = 0;
    qint64 indicatorRef = 0;
    int year = 0;
    QVariant oldValue;
    double newValue = 0;
    QString oldStatus;
    QString newStatus;
    qint64 oldSourceRef = 0;
    qint64 newSourceRef = 0;
    QString changedBy;
    QString changedAt; // UTC, ISO 8601 with milliseconds
    QString reason;
};

// The one statement that writes such a line, and its values in the statement's order. Each caller
// runs it in its own transaction, so that a refusal becomes a problem of its engine's kind.
QString figureChangeStatement();
QVariantList figureChangeValues(const FigureChange &change);

} // namespace air::sql
