#pragma once

#include "core/result.h"
#include "index/indextypes.h"
#include "scoring/indexdataset.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <optional>

namespace air {

// One computation of the index on the database, as the command line, the dashboard and the
// report use it.
struct IndexRun {
    IndexDataset dataset;
    index::IndexOptions options;
    index::IndexResult result;
};

Result<IndexRun> runIndex(QSqlDatabase &db, const IndexDatasetOptions &data, const index::IndexOptions &options);

// `index -o`: region,score,rank, one column per pillar, with uncertainty median_rank,rank_p05,rank_p95,
// then coverage (share of the scored indicators the unit has) and imputed (cells filled in).
// One row per unit (the regions, the nation, the groups).
QByteArray indexCsv(const IndexRun &run);
// `index --details`: indicator,year,availability,treatment,flags per indicator scored, then the
// indicators left out with the reason in flags.
QByteArray detailsCsv(const IndexRun &run);

std::optional<index::Normalisation> parseNormalisation(const QString &text);
std::optional<index::Aggregation> parseAggregation(const QString &text);
std::optional<index::Imputation> parseImputation(const QString &text);
std::optional<index::Treatment> parseTreatment(const QString &text);
QString normalisationName(index::Normalisation n);
QString aggregationName(index::Aggregation a);

} // namespace air
