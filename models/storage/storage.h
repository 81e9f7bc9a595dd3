#pragma once

#include "core/result.h"
#include "storage/records.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QObject;

namespace air {

class ImportWriter;

// Where the program's figures live: a SQLite file for one desk, or a PostgreSQL server for a
// team (DESIGN.md, layers). Everything above this interface (the import, the index, the item
// models, the window, the report and the commands) asks through these typed calls and never
// sees an engine, a connection or SQL; CMake keeps it so (Qt Sql and SQLite are private to the
// storage library). Every failure carries an ErrorKind beside its message.
//
// One Storage is shared by the threads of the program; each thread gets a connection of its own
// (PITFALLS.md: a connection belongs to the thread that made it). A worker thread calls
// releaseThread() before it ends.
class Storage {
public:
    virtual ~Storage();
    Storage(const Storage &) = delete;
    Storage &operator=(const Storage &) = delete;

    // "SQLite" or "PostgreSQL".
    virtual QString engineName() const = 0;
    // The file's path, or the server's URL without any password.
    virtual QString locator() const = 0;
    // True when imports and edits are refused (a file without write permission, a viewer's role).
    virtual bool readOnly() const = 0;
    // What opening did that the user should know (a -wal file folded in, a network file system).
    virtual QStringList notices() const = 0;
    // Who writes, as recorded in the history: the database user, or the OS user for a file.
    virtual QString userName() const = 0;
    // Closes the calling thread's connection.
    virtual void releaseThread() = 0;

    // The catalogue: small tables, read whole.
    virtual Result<QList<RegionRecord>> regions() = 0;            // in ref order
    virtual Result<QList<RegionAliasRecord>> regionAliases() = 0;
    virtual Result<QList<RegionGroupRecord>> regionGroups() = 0;  // in the order they were added
    virtual Result<QList<IndicatorInfo>> indicators() = 0;        // in pillar order, then id
    virtual Result<QList<SourceRecord>> sources() = 0;            // by publisher, then title
    virtual Result<QList<PlanRecord>> plans() = 0;                // national, Gyeonggi, Jeonnam, others
    virtual Result<QList<PlanItemRecord>> planItems() = 0;        // by plan, then item
    virtual Result<QList<FactRecord>> facts() = 0;
    virtual Result<QStringList> weightSetNames() = 0;             // "equal" first
    virtual Result<QList<WeightRecord>> weights(const QString &weightSet) = 0; // NotFound for an unknown set

    // A value of the storage's own bookkeeping (bundled_dataset, schema_version); empty when unset.
    virtual Result<QString> metaValue(const QString &key) = 0;

    // The figures of the given regions: per indicator id and year, one value per region in the
    // order given (index::missing where none). The dashboard's hot path.
    virtual Result<FigureColumns> figures(const QStringList &regionCodes) = 0;
    // Bumped on every change of an observation: a cache of figures is valid while it holds.
    virtual Result<qint64> observationsVersion() = 0;
    virtual Result<QList<ObservationRecord>> observations(const ObservationFilter &filter) = 0;
    virtual Result<ObservationCounts> countObservations(const ObservationFilter &filter) = 0;
    // Per indicator id, how many distinct years have a figure.
    virtual Result<QHash<QString, int>> yearsPerIndicator() = 0;

    // One figure edited in the window. Refused (written = false, with the other side) when the
    // figure changed since it was read, unless the edit is forced; ReadOnly when writes are refused.
    struct EditOutcome {
        bool written = false;
        ObservationRecord record;           // as stored after the edit (or as found, on a conflict)
        std::optional<ObservationConflict> conflict;
    };
    virtual Result<EditOutcome> editObservation(const ObservationEdit &edit) = 0;
    // Every recorded change of the figures the filter matches, oldest first.
    virtual Result<QList<HistoryRecord>> history(const ObservationFilter &filter) = 0;
    // Every import committed, oldest first.
    virtual Result<QList<ImportLogRecord>> imports() = 0;

    // Scenarios (what-if sets of changed figures), apart from the observations: every saved one
    // with its changes, by name. Saving replaces a scenario of the same name (its changes are then
    // those given); a save, a rename and a delete are recorded in scenarioHistory(). ReadOnly when
    // writes are refused; NotFound for an unknown name; Conflict for a rename onto a taken name;
    // Invalid for a change naming an unknown region or indicator (nothing is written then).
    virtual Result<QList<ScenarioRecord>> scenarios() = 0;
    virtual Status saveScenario(const ScenarioRecord &scenario) = 0;
    virtual Status renameScenario(const QString &name, const QString &newName) = 0;
    virtual Status deleteScenario(const QString &name) = 0;
    virtual Result<QList<ScenarioHistoryRecord>> scenarioHistory() = 0; // oldest first

    // Saved views (보기 저장): by name. Saving replaces a view of the same name; a save and a delete are
    // recorded in savedViewHistory(). ReadOnly when writes are refused; NotFound for an unknown name;
    // Invalid for a view without a name, a level other than 1 or 2, or naming a region, weight set,
    // normalisation or scenario the database does not have (nothing is written then).
    virtual Result<QList<SavedViewRecord>> savedViews() = 0; // by name
    virtual Result<SavedViewRecord> savedView(const QString &name) = 0;
    virtual Status saveView(const SavedViewRecord &view) = 0;
    virtual Status deleteView(const QString &name) = 0;
    virtual Result<QList<SavedViewHistoryRecord>> savedViewHistory() = 0; // oldest first

    // Boundaries of regions (imported from GeoJSON): those of the regions given, or all when none
    // is given, by region code. Saving replaces the outlines of the regions it names, in one
    // transaction; ReadOnly when writes are refused, Invalid for an unknown region or a ring of
    // fewer than four points (nothing is written then).
    virtual Result<QList<RegionBoundaryRecord>> regionBoundaries(const QStringList &regionCodes = {}) = 0;
    virtual Status saveRegionBoundaries(const QList<RegionBoundaryRecord> &boundaries) = 0;

    // An import: everything it writes, in one transaction (ImportWriter). ReadOnly, or Busy when
    // another import holds the write lock beyond the wait.
    virtual Result<std::unique_ptr<ImportWriter>> beginImport() = 0;

    // export-csv: the tables the project's own CSV formats describe, as stored.
    static const QStringList &exportTables();
    virtual Result<TableRows> exportRows(const QString &table, const ObservationFilter &filter) = 0;

    // `copy`: every row of every table (bundled and user rows, sources, weight sets, history), and
    // the same into a storage that holds nothing yet, all or nothing.
    virtual Result<StorageDump> dumpAll() = 0;
    virtual Status restoreAll(const StorageDump &dump) = 0;

    // `check`: integrity, references, counts.
    virtual StorageCheck check() = 0;

    // Live: calls onChange (with what changed and who) when another desk changes the figures, on the
    // calling thread's event loop, while context lives. False where the storage cannot tell (a file).
    virtual bool watchChanges(QObject *context, std::function<void(const QString &what)> onChange);

    // A team's database (PostgreSQL): `team init` sets up the roles viewer, editor and owner;
    // `team grant` gives one to a user. A file has no roles: Invalid.
    virtual Status initTeam();
    virtual Status grantTeamRole(const QString &user, const QString &role);

protected:
    Storage() = default;
};

} // namespace air
