#pragma once

// Item models behind the dashboard's charts and tables. Each is a plain table: DisplayRole gives
// formatted text for tables; ItemRole::RawValue the number (invalid when missing) that charts and
// sorting use (STYLE.md #3). They are filled from an IndexRun and the comparison lines, so the
// chart and the table beside it always show the same figures.
#include "items/comparisonmodel.h"
#include "scoring/indexreport.h"

#include <QAbstractTableModel>

namespace air {

// Small base: a grid of cells with raw values, display text, tooltips and a missing flag.
class GridModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Cell {
        QVariant raw;       // double; invalid = missing
        QString text;       // as shown
        QString tooltip;
        QString status;     // "estimate" marks estimates
        bool imputed = false;
    };
    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Cell &cell(int row, int column) const { return m_cells[size_t(row) * size_t(m_columns.size()) + size_t(column)]; }
    QString rowLabel(int row) const { return m_rows.value(row); }
    QString columnLabel(int column) const { return m_columns.value(column); }

protected:
    void reset(const QStringList &rows, const QStringList &columns, std::vector<Cell> cells);

private:
    QStringList m_rows;
    QStringList m_columns;
    std::vector<Cell> m_cells;
};

// Rows: the readiness pillars ("자료 부족" where the evidence is insufficient), then AI opportunity as a
// score of its own; columns: the focus region, the comparison region, the nation.
class PillarScoresModel final : public GridModel {
    Q_OBJECT
public:
    using GridModel::GridModel;
    // withOpportunity: add the row of AI opportunity (a table; a radar of readiness leaves it out).
    void update(const IndexRun &run, const IndexRun &opportunity, const QStringList &units, const QStringList &unitNames,
        const QString &language, bool withOpportunity = true);
};

// One pillar's indicators (rows) for the focus region, the nation and the comparison region
// (columns): the figures with units, or the normalised scores of the index.
class IndicatorValuesModel final : public GridModel {
    Q_OBJECT
public:
    // Figures with their units; the index's normalised scores; or the figures as a percentage of the
    // national figure (for a chart that puts indicators of different units side by side).
    enum class Mode { Figures, Normalised, RelativeToNation };
    using GridModel::GridModel;
    void update(const QList<ComparisonModel::Line> &lines, const QString &pillar, const IndexRun &run,
        const QStringList &units, const QStringList &unitNames, Mode mode, const QString &language);
    QString indicatorId(int row) const { return m_ids.value(row); }
    // RelativeToNation: the indicators left out because they are changes or balances, not levels
    // (a growth rate as a percentage of the nation's growth rate means nothing).
    const QStringList &leftOut() const { return m_leftOut; }

private:
    static bool isLevel(const ComparisonModel::Line &line);

    QStringList m_ids;
    QStringList m_leftOut;
};

// Rows: the four sectors; columns: the focus region's share of the national total of the sector's
// size indicator (%), and its readiness score in that sector (0-100).
class SectorFitModel final : public GridModel {
    Q_OBJECT
public:
    using GridModel::GridModel;
    // The indicator that says how big each sector is in a region (raw counts, summable).
    static QString sizeIndicator(const QString &sector);
    void update(const QList<ComparisonModel::Line> &lines, const IndexRun &run, const QString &focus,
        const QString &language);
    double populationShare() const { return m_populationShare; }

private:
    double m_populationShare = 0;
};

// Rows: years; column 0 the year, then one column per region: an indicator over time
// (denominated, as in the comparison).
class TrendModel final : public GridModel {
    Q_OBJECT
public:
    using GridModel::GridModel;
    bool update(Storage &storage, const QString &indicator, const QStringList &regions, const QStringList &names);
};

// Rows: the 17 regions (and the groups when asked); columns: name, readiness, its rank and 5-95 %
// rank interval, opportunity and its rank, and one column per readiness pillar.
class RankingModel final : public GridModel {
    Q_OBJECT
public:
    enum Column { Name, Score, Rank, Interval, Opportunity, OpportunityRank, FirstPillar };
    using GridModel::GridModel;
    void update(const IndexRun &run, const IndexRun &opportunity, const QStringList &names, bool groups,
        const QString &language);
    QString code(int row) const { return m_codes.value(row); }

private:
    QStringList m_codes;
};

// Rows: infrastructure, talent, industry, the four sectors, governance; columns: the plans.
// A cell counts the plan's items there; IsMissing marks a gap (no item) in Jeonnam's plan where
// another plan has one.
class PlanCoverageModel final : public GridModel {
    Q_OBJECT
public:
    using GridModel::GridModel;
    void update(Storage &storage, const QString &language);
};

// Plan items with a target: plan, title, target, year, budget, status, and the current value
// where one is known.
class PlanTargetsModel final : public GridModel {
    Q_OBJECT
public:
    using GridModel::GridModel;
    // pillar: only that pillar's items ("" for all).
    void update(Storage &storage, const QString &language, const QString &pillar = {});
};

// The titles of the plan items for a pillar in the plans of a region (Jeonnam's own plan for KR-46),
// in the language's words.
QStringList planItemTitles(Storage &storage, const QString &pillar, const QString &region, const QString &language);

} // namespace air
