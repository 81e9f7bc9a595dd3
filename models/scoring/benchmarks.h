#pragma once

#include "scoring/indexreport.h"

#include <QList>
#include <QString>

namespace air {

// How the readiness ranking agrees with a published regional index (pillar `benchmark`: KISTEP's
// R-COSTII, ...): rank correlations over the regions both have, and where they disagree most.
// A readiness index far from a published innovation-capacity index measures something else: the
// method page says so, and the weights are never tuned to the benchmark.
struct BenchmarkAgreement {
    QString indicator;
    QString nameKo;
    QString nameEn;
    int year = 0;
    int regions = 0;     // scored regions with both a readiness score and a benchmark figure
    double spearman = 0; // NaN with fewer than 3 regions
    double kendall = 0;
    struct Disagreement {
        QString code;
        int readinessRank = 0; // among the regions compared, 1 = best
        int benchmarkRank = 0;
    };
    QList<Disagreement> largest; // up to three, the largest rank difference first
};

// One entry per benchmark indicator with figures: its most recent year up to the reference year
// with at least three regions that also have a readiness score.
QList<BenchmarkAgreement> benchmarkAgreement(const IndexRun &readiness, const IndexFigures &figures);

// The agreement below which the method page explains the difference (issue: Spearman 0.5).
constexpr double benchmarkAgreementFloor = 0.5;

} // namespace air
