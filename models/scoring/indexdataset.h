#pragma once

#include "core/result.h"
#include "index/indextypes.h"
#include "storage/storage.h"

#include <QHash>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace air {

// Which regions are scored and ranked: the 17 provinces (level 1), or districts (시군구, level 2),
// all of them or those of one province.
struct RegionScope {
    int level = 1;
    QString within; // level 2 only: a province's code (KR-46), or empty for every district

    bool operator==(const RegionScope &other) const { return level == other.level && within == other.within; }
    bool operator!=(const RegionScope &other) const { return !(*this == other); }
};

// Two questions, two scores (DESIGN.md): readiness (can the region build and use AI?) over the
// pillars infrastructure, talent, industry and governance; opportunity (where would AI pay off?)
// over the four sectors. A weight set that weights the sector pillar makes readiness a composite
// of both (the bundled set "composite"); it is never the default.
enum class IndexQuestion { Readiness, Opportunity };

// The evidence rules: an indicator enters when at least two thirds of the scored regions have a
// figure of a year no older than maxAge years before the reference year; a pillar (or a sector) is
// scored only with at least two such indicators. A figure more than staleAge years old is stale.
constexpr int defaultMaxAge = 5;
constexpr int staleAge = 3;

struct IndexDatasetOptions {
    int year = 0;             // 0: "latest" (as of this calendar year); a year: as of that year
    bool groups = false;      // level 1: score 수도권, 비수도권, 전남+광주 as units of their own
    QString weightSet = QStringLiteral("equal");
    RegionScope scope;
    IndexQuestion question = IndexQuestion::Readiness;
    int maxAge = defaultMaxAge;
    int referenceYear = 0;    // "latest" counts ages from this year; 0: the current calendar year
};

// The pillars of each question, in order; the sector pillar's id is "sector".
const QStringList &readinessPillarNames();

// The figures of one scope as read from the database once: the units (scored regions first,
// then the references placed on their scale: the province for `within` or every province, the nation, groups),
// and per indicator and year a value per unit. A year, weight or normalisation change builds
// a new dataset from it without reading the database again.
class IndexFigures final {
public:
    struct Unit {
        QString code;
        QString nameKo;
        QString nameEn;
        std::vector<int> members; // a group: its members' unit rows
    };

    static Result<std::shared_ptr<const IndexFigures>> load(Storage &storage, const RegionScope &scope, bool groups);

    const RegionScope &scope() const { return m_scope; }
    const QList<Unit> &units() const { return m_units; }
    int scoredUnits() const { return m_scored; }
    const QList<IndicatorInfo> &indicators() const { return *m_indicators; }
    // The raw figure of an indicator (by id) for a unit row, or index::missing.
    double raw(const QString &indicator, int year, int unit) const;
    // The figure as compared: divided by the same year's denominator where the indicator has one.
    double value(const IndicatorInfo &info, int year, int unit) const;
    // Years with any figure stored under an id (an indicator's figuresId()), ascending.
    std::vector<int> years(const QString &indicator) const;
    // Years with any figure of any indicator, descending.
    QList<int> allYears() const;
    int unitRow(const QString &code) const;
    int nationRow() const { return m_nationRow; }
    bool isCapitalRegion(int unit) const { return m_capital[size_t(unit)]; } // a district: its province's
    // The column of raw figures of an indicator (by id) and year, one per unit row; null when none.
    const std::vector<double> *column(const QString &indicator, int year) const;
    // Every column, the changed ones laid over the stored ones (a copy: for checks and tests).
    FigureColumns table() const;
    // A copy with a scenario's changes in place of the stored figures (scoring/scenario.h, applyChanges).
    std::shared_ptr<const IndexFigures> withChanges(const QList<ScenarioChange> &changes, QStringList *skipped) const;
    // A copy with one raw figure set (the gap list's "what if the figure were …"): never written
    // anywhere, never shown as data.
    std::shared_ptr<const IndexFigures> withFigure(const QString &indicator, int year, int unit, double value) const;

private:
    RegionScope m_scope;
    QList<Unit> m_units;
    int m_scored = 0;
    std::shared_ptr<const QList<IndicatorInfo>> m_indicators;
    // The figures as read, shared by every copy (a scenario, a gap's "what if"); the columns a copy
    // changed are its own, in m_changed, laid over them. A change of one figure copies one column,
    // not the table (a million values at district level).
    std::shared_ptr<const FigureColumns> m_figures;
    FigureColumns m_changed;
    std::vector<double> &changedColumn(const QString &indicator, int year);
    std::vector<bool> m_capital;
    int m_nationRow = -1;
};

// The engine's input: the scored regions of the scope, then the references placed on their
// scale.
struct IndexDataset {
    index::IndexInput input;
    RegionScope scope;
    QStringList unitCodes;  // KR-11, ..., KR, capital_region, ...  or  KR-46-..., KR-46, KR
    QStringList unitNames;  // Korean short names
    QStringList unitNamesEn;
    QList<int> years;       // per scored indicator: the year used
    struct Excluded {
        enum class Why { NoFigures, TooFewRegions, TooOld, PillarInsufficient };
        QString indicator;
        int bestYear = 0;
        double availability = 0;
        QString reason;
        Why why = Why::NoFigures;
        QString pillar;     // its pillar, or its sector for the sector pillar
    };
    QList<Excluded> excluded; // indicators left out, and why

    // What each pillar (readiness) or sector (opportunity, and the sector pillar of a composite)
    // rests on: the indicators that entered and their years; insufficient with fewer than two.
    struct Evidence {
        QString pillar;          // a pillar id, or a sector id
        QStringList indicators;  // entered (also when the pillar is insufficient: then fewer than two)
        QList<int> years;        // per indicator
        bool sufficient = false;
        int firstYear() const;
        int lastYear() const;
    };
    QList<Evidence> evidence;
    IndexQuestion question = IndexQuestion::Readiness;
    bool composite = false;  // readiness weighted with the sector pillar (a composite weight set)
    int referenceYear = 0;
    int maxAge = defaultMaxAge;
    QString weightSet;

    int scoredCount() const { return input.scoredUnits; }
    // Provisional while any pillar (or sector) of the question lacks evidence.
    bool provisional() const;
    const Evidence *evidenceOf(const QString &pillar) const;
    QList<Excluded> excludedOf(const QString &pillar) const;
};

// "latest" takes, for each indicator separately, the most recent year in which at least two
// thirds of the scored regions have a figure; an indicator with no such year is left out (and
// listed). An explicit year is taken as it is. Indicators with a denominator are divided by it,
// region by region, same year. Groups combine their members by each indicator's group rule
// (sum, or a mean weighted by the named indicator), and only when every member has a figure.
Result<IndexDataset> loadIndexDataset(Storage &storage, const IndexDatasetOptions &options);
// The same from figures already read; the database is asked only for the weight set.
Result<IndexDataset> buildIndexDataset(Storage &storage, const IndexFigures &figures, const IndexDatasetOptions &options);
// The same with the weight set already read (options.weightSet names it): for callers that build
// many datasets on one set, such as the gap list and the smallest step past a rival, so that a
// team server is asked once, not once per dataset.
Result<IndexDataset> buildIndexDataset(const QList<WeightRecord> &weightSet, const IndexFigures &figures,
    const IndexDatasetOptions &options);

// The weight sets stored in the database ("equal" always exists).
QStringList weightSetNames(Storage &storage);

// A scope from the command line or settings: level "1" or "2", and for level 2 optionally a
// province by code or name (KR-46, 전라남도, 전남, Jeollanam-do). Errors name what is accepted.
Result<RegionScope> resolveScope(Storage &storage, const QString &level, const QString &within);

// The provinces that have districts (level 2 regions), with how many, in code order.
QList<std::pair<QString, int>> provincesWithDistricts(Storage &storage);

// A region by its code, a name, a short name, its English name or an alias (전남, Jeollanam-do),
// among the regions of at most maxLevel; nothing when unknown or ambiguous.
std::optional<QString> findRegion(Storage &storage, const QString &text, int maxLevel = 2);
// Every region a text may name: by code, name, short name, English name (any case) or alias.
QStringList matchRegions(Storage &storage, const QString &text);

} // namespace air
