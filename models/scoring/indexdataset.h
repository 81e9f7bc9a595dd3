#pragma once

#include "core/result.h"
#include "index/indextypes.h"

#include <QSqlDatabase>
#include <QStringList>

namespace air {

struct IndexDatasetOptions {
    int year = 0;             // 0: "latest", per indicator
    bool groups = false;      // score 수도권, 비수도권, 전남+광주 as units of their own
    QString weightSet = QStringLiteral("equal");
};

// The engine's input read from the database: the 17 first-level regions (scored and ranked),
// then the nation and, on demand, the region groups, placed on the regions' scale.
struct IndexDataset {
    index::IndexInput input;
    QStringList unitCodes;  // KR-11, ..., KR, capital_region, ...
    QStringList unitNames;  // Korean short names
    QStringList unitNamesEn;
    QList<int> years;       // per scored indicator: the year used
    struct Excluded {
        QString indicator;
        int bestYear = 0;
        double availability = 0;
        QString reason;
    };
    QList<Excluded> excluded; // indicators left out, and why
};

// "latest" takes, for each indicator separately, the most recent year in which at least two
// thirds of the scored regions have a figure; an indicator with no such year is left out (and
// listed). An explicit year is taken as it is. Indicators with a denominator are divided by it,
// region by region, same year. Groups combine their members by each indicator's group rule
// (sum, or a mean weighted by the named indicator), and only when every member has a figure.
Result<IndexDataset> loadIndexDataset(QSqlDatabase &db, const IndexDatasetOptions &options);

// The weight sets stored in the database ("equal" always exists).
QStringList weightSetNames(QSqlDatabase &db);

} // namespace air
