#pragma once

#include "storage/storage.h"

#include <QSqlDatabase>

#include <functional>

namespace air {

// What both engines share: the catalogue, the observations, the edits and the history in SQL that
// SQLite and PostgreSQL read alike, through Qt SQL with bound values. Each engine adds its
// connections, its schema steps and its fast paths (SqliteStorage, PostgresStorage).
class SqlStorage : public Storage {
public:
    Result<QList<RegionRecord>> regions() override;
    Result<QList<RegionAliasRecord>> regionAliases() override;
    Result<QList<RegionGroupRecord>> regionGroups() override;
    Result<QList<IndicatorInfo>> indicators() override;
    Result<QList<SourceRecord>> sources() override;
    Result<QList<PlanRecord>> plans() override;
    Result<QList<PlanItemRecord>> planItems() override;
    Result<QList<FactRecord>> facts() override;
    Result<QStringList> weightSetNames() override;
    Result<QList<WeightRecord>> weights(const QString &weightSet) override;

    Result<QString> metaValue(const QString &key) override;
    Result<FigureColumns> figures(const QStringList &regionCodes) override;
    Result<qint64> observationsVersion() override;
    Result<QList<ObservationRecord>> observations(const ObservationFilter &filter) override;
    Result<QHash<QString, int>> yearsPerIndicator() override;
    Result<ObservationCounts> countObservations(const ObservationFilter &filter) override;
    Result<EditOutcome> editObservation(const ObservationEdit &edit) override;
    Result<QList<HistoryRecord>> history(const ObservationFilter &filter) override;
    Result<QList<ScenarioRecord>> scenarios() override;
    Status saveScenario(const ScenarioRecord &scenario) override;
    Status renameScenario(const QString &name, const QString &newName) override;
    Status deleteScenario(const QString &name) override;
    Result<QList<ScenarioHistoryRecord>> scenarioHistory() override;
    Result<QList<SavedViewRecord>> savedViews() override;        // sqlsavedviews.cpp
    Result<SavedViewRecord> savedView(const QString &name) override;
    Status saveView(const SavedViewRecord &view) override;
    Status deleteView(const QString &name) override;
    Result<QList<SavedViewHistoryRecord>> savedViewHistory() override;
    Result<QList<ImportLogRecord>> imports() override;
    Result<QList<RegionBoundaryRecord>> regionBoundaries(const QStringList &regionCodes = {}) override;
    Status saveRegionBoundaries(const QList<RegionBoundaryRecord> &boundaries) override;
    Result<TableRows> exportRows(const QString &table, const ObservationFilter &filter) override;
    Result<StorageDump> dumpAll() override;
    Status restoreAll(const StorageDump &dump) override;

    // The calling thread's connection (opened on first use). For the engine's own code and the
    // tests that inspect a real database; nothing above the storage may call it.
    virtual QSqlDatabase connection() const = 0;

protected:
    SqlStorage() = default;
    // A failed statement as a problem of the right kind (read-only, busy, conflict, ...).
    virtual Problem problemOf(const QSqlError &error, const QString &what) const;
    // The join from regions to observations that keeps the regions first in the plan, so that each
    // region's rows come through the region-major primary key (SQLite: CROSS JOIN, which it never
    // reorders; 50 ms at a million district rows against 0.15 ms).
    virtual QString regionsFirstJoin() const { return QStringLiteral("JOIN"); }
    // Around a restore: SQLite turns its row-by-row reference checks off (and checks once at the
    // end); PostgreSQL sets its identity sequences past the copied refs.
    virtual Status beforeRestore(QSqlDatabase &db) { (void)db; return Ok {}; }
    virtual Status afterRestore(QSqlDatabase &db) { (void)db; return Ok {}; }
    // Observations' region filter as SQL with its bound values: "r.code IN (?, ?)".
    static QString whereOf(const ObservationFilter &filter, QVariantList *values);

    // A write of the program's own rows (a scenario saved, renamed, deleted): refused on a read-only
    // database, saying what was not done; in one transaction, rolled back unless the body and the
    // commit succeed.
    Problem readOnlyRefusal(const QString &notDone) const;
    Status writeInTransaction(const QString &notDone, const std::function<Status(QSqlDatabase &)> &body);

private:
    Status checkScenarioChanges(const QString &name, const QList<ScenarioChange> &changes);
};

} // namespace air
