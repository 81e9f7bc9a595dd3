#pragma once

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QStringList>

namespace air {

// `ai-readiness check`: the database's health in a few lines.
struct DatabaseCheck {
    bool ok = true;
    QStringList problems;
    QList<QPair<QString, qint64>> counts;
    int schemaVersion = 0;
    QString bundledDataset;

    QString toText() const;
};

DatabaseCheck checkDatabase(QSqlDatabase &db);

} // namespace air
