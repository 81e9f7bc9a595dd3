#pragma once

#include "core/result.h"
#include "index/indextypes.h"
#include "scoring/indexdataset.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace air {

// The missing figures worth chasing (issue 14, 3): every figure of the focus region that is missing
// or stale and that would enter its AI readiness — the indicators the evidence rules let in, and
// those that would come in with the figure found — ranked by how far the figure could move the
// region's readiness rank. The rank is recomputed with the figure at the lowest and at the highest
// value among the other regions (as the index compares them: per resident where the indicator has a
// denominator); the spread of the two ranks is what the figure could change. Nothing is filled:
// the figures placed are what-ifs of this computation, never stored, never shown as data.
struct Gap {
    enum class Status { Missing, Stale };
    QString indicator;     // the indicator whose figures are wanted (an indicator with figures of its own)
    QStringList enters;    // the readiness indicators it feeds (itself, a share of the national total, ...)
    QString region;
    int year = 0;          // missing: the year the index uses (or would use); stale: the year of the figure held
    Status status = Status::Missing;
    bool entersIfFound = false; // left out today: with this figure the indicator enters the index
    int rankIfLowest = 0;
    int rankIfHighest = 0;
    double lowest = index::missing;  // among the other regions, as the index compares them
    double highest = index::missing;
    QString lowestRegion;  // codes
    QString highestRegion;
    QString unit;          // of the compared value (the indicator's, or its ratio unit)
    // Where to get it: the source that gives the other regions' figures of that year, and the KOSIS
    // recipe where the catalogue has one.
    QString publisher;
    QString sourceTitle;
    QString tableTitle;
    QString tableId;
    QString kosisTable;
    QString kosisItem;

    int spread() const { return rankIfLowest > rankIfHighest ? rankIfLowest - rankIfHighest : rankIfHighest - rankIfLowest; }
    // "통계청 KOSIS (e-지방지표): 고령인구비율(시도/시/군/구), item 고령인구비율" ("항목" in Korean).
    QString where(const QString &language) const;
};

struct GapList {
    QString region;
    int rank = 0;        // the readiness rank today
    int ranked = 0;      // of how many regions
    int referenceYear = 0;
    QList<Gap> gaps;     // by spread, widest first; then missing before stale; then by indicator
};

struct GapOptions {
    QString region = QStringLiteral("KR-46");
    IndexDatasetOptions data;   // its question is readiness, whatever it says
    index::IndexOptions index;  // no uncertainty runs: ranks on the point estimate
    // The window's weight editor: factors on the weight set's pillar weights, by pillar id.
    QHash<QString, double> pillarScale;
};

Result<GapList> findGaps(Storage &storage, const IndexFigures &figures, const GapOptions &options);

// `gaps -o`: indicator,region,year,status,rank_if_lowest,rank_if_highest,spread,where (status:
// missing or stale).
QByteArray gapsCsv(const GapList &list, const QString &language);

} // namespace air
