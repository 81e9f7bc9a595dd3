#pragma once

#include "index/indextypes.h"

namespace air::index {

// Divides each figure by its denominator (same unit, same year) times the indicator's scale:
// 5G base stations / population x 10,000. A missing or zero denominator makes the cell missing.
// `denominators` has the shape of `raw`; a column whose scale is NaN is left as it is.
Matrix denominate(const Matrix &raw, const Matrix &denominators, const std::vector<double> &scales);

// Fills missing cells of the scored units (rows [0, scoredUnits)) by the column's mean, median or
// the mean of the unit's imputation group; marks them in `imputed`. Other rows stay as they are.
void impute(Matrix &values, int scoredUnits, const std::vector<int> &groups, Imputation method,
    std::vector<std::uint8_t> &imputed);

// Outlier treatment of one column, as the JRC/COINr rule: when |skewness| > 2 and kurtosis > 3.5
// over the scored units, winsorise one point at a time (at step k the k most extreme values on the
// skewed side take the (k+1)-th value), up to 5 points; if the rule still fails, a log transform
// of the original values instead. The
// same transformation is applied to every row, so that the nation and groups stay on the scale.
// Returns a description of what was done ("" when nothing was needed).
QString treatOutliers(Matrix &values, int scoredUnits, int column);

} // namespace air::index
