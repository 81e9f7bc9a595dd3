#pragma once

#include "core/result.h"
#include "index/indextypes.h"
#include "scoring/indexdataset.h"

#include <QByteArray>

#include <optional>

namespace air {

// One computation of the index on the database, as the command line, the dashboard and the
// report use it.
struct IndexRun {
    IndexDataset dataset;
    index::IndexOptions options;
    index::IndexResult result;

    // The 5-95 % rank interval of a scored unit, or {0, 0} without uncertainty runs.
    std::pair<double, double> rankInterval(int unit) const;
};

Result<IndexRun> runIndex(Storage &storage, const IndexDatasetOptions &data, const index::IndexOptions &options);
// The same from figures already read.
Result<IndexRun> runIndex(Storage &storage, const IndexFigures &figures, const IndexDatasetOptions &data,
    const index::IndexOptions &options);

// Both questions for the same choices: readiness (or the composite, with a weight set that
// weights the sector pillar) and opportunity.
struct Assessment {
    IndexRun readiness;
    IndexRun opportunity;
};
Result<Assessment> runAssessment(Storage &storage, const IndexFigures &figures, const IndexDatasetOptions &data,
    const index::IndexOptions &options);

// Whether the uncertainty separates two scored units: their 5-95 % rank intervals do not overlap.
// Without uncertainty runs nothing is separated (an order is never claimed on a point estimate alone).
bool ranksSeparated(const IndexRun &run, int a, int b);

// `index -o`: region, readiness, readiness_rank, readiness_p05, readiness_p95, opportunity,
// opportunity_rank, the readiness pillars, the four sectors (a score, or "insufficient"), status
// (complete or provisional). With a composite weight set the first four columns are composite,
// composite_rank, composite_p05, composite_p95. One row per unit (the regions, the nation, groups).
QByteArray indexCsv(const Assessment &assessment);
// `index --details`: indicator,question,pillar,year,availability,treatment,flags per indicator scored, then
// the indicators left out with the reason in flags, then one row per pillar or sector with its evidence.
QByteArray detailsCsv(const Assessment &assessment);

std::optional<index::Normalisation> parseNormalisation(const QString &text);
std::optional<index::Aggregation> parseAggregation(const QString &text);
std::optional<index::Imputation> parseImputation(const QString &text);
std::optional<index::Treatment> parseTreatment(const QString &text);
QString normalisationName(index::Normalisation n);
QString aggregationName(index::Aggregation a);

} // namespace air
