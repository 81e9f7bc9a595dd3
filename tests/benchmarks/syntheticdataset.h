#pragma once

#include <QString>

namespace air::bench {

struct SyntheticSize {
    int provinces = 17;
    int districtsPerProvince = 15; // 17 x 15 = 255 districts: about the country's 250 시군구
    int indicators = 200;
    int years = 20;
};

// Writes a reproducible synthetic dataset (fixed seed), clearly labelled synthetic, as the
// project's own CSV files: regions.csv, indicators.csv, sources.csv, observations.csv.
// Returns the number of observation rows written.
qint64 writeSyntheticDataset(const QString &dir, const SyntheticSize &size = {}, quint32 seed = 20261126);

} // namespace air::bench
