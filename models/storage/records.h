#pragma once

// The plain values the storage hands to the layers above it, and takes from them. Nothing here
// knows an engine: a record is what a row means, not how it is stored.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <vector>

namespace air {

enum class Origin { Bundled, User };

struct RegionRecord {
    qint64 ref = 0;
    QString code;     // KR, KR-11, ..., KR-46-110
    QString nameKo;
    QString nameEn;
    QString shortKo;  // 전남; may be empty
    int level = 1;    // 0 the nation, 1 a province (시도), 2 a district (시군구)
    QString parent;   // a district's province
    bool capitalRegion = false;
    QString displayNameKo() const { return shortKo.isEmpty() ? nameKo : shortKo; }
};

struct RegionAliasRecord {
    QString alias;
    QString region;
};

struct RegionGroupRecord {
    QString id;
    QString nameKo;
    QString nameEn;
    QStringList members; // region codes, in code order
};

struct IndicatorInfo {
    qint64 ref = 0;
    QString id;
    QString pillar;
    QString sector;
    QString nameKo;
    QString nameEn;
    QString unit;
    QString direction;
    QString groupRule;
    QString denominator;
    double scale = 1;
    QString ratioUnit;
    QString definition;
    QVariant goalLow;  // goalposts for distance-to-target normalisation; null when not set
    QVariant goalHigh;
    QVariant minimum;  // the smallest value a figure may take (0 for counts); null when any
    QString kind;       // readiness pillars: "mass" (a share of the national total) or "intensity" (a rate)
    QString valuesFrom; // the indicator whose figures this one takes (it has none of its own), or empty
    QString asOf;       // the date or period its latest figure describes: 2020-01-17, 2020 H1, 2024
    // Its KOSIS recipe, where its figures come from a KOSIS table: the table's title as KOSIS gives it
    // and the item that fills it (import recognises a download of that table by its title). Empty: none.
    QString kosisTable;
    QString kosisItem;
    // Raw figures are read under this id.
    const QString &figuresId() const { return valuesFrom.isEmpty() ? id : valuesFrom; }
    // A count's share of the national total: the figures of valuesFrom divided by the nation's.
    bool isNationalShare() const { return kind == u"mass" && !valuesFrom.isEmpty() && denominator.isEmpty(); }
    QString name(const QString &language) const { return language == u"en" ? nameEn : nameKo; }
};

struct SourceRecord {
    qint64 ref = 0;
    QString id;
    QString publisher;
    QString title;
    QString url;
    QString published;
    QString retrieved;
    QString licence;
    QString tableTitle;
    QString tableId;
    QString note;
    QString origin;
    QString titleEn; // the English report's rendering of the title; empty: the title as published
    const QString &titleIn(const QString &language) const { return language == u"en" && !titleEn.isEmpty() ? titleEn : title; }
};

struct PlanRecord {
    QString id;
    QString nameKo;
    QString nameEn;
    QString region; // the region whose plan it is; empty for the national plan
    QString period;
};

struct PlanItemRecord {
    QString plan;
    QString item;
    QString pillar;
    QString sector;
    QString titleKo;
    QString titleEn;
    QVariant targetValue; // null: no target
    QString targetUnit;
    QString targetUnitKo;
    QVariant targetYear;
    QVariant budgetKrw;
    QString status;
    QString source;
    QString note;
    QString noteKo;
    // The indicator the item would move (its figures' id), and the value it promises in that
    // indicator's own unit where the plan states one; empty / null otherwise.
    QString indicator;
    QVariant indicatorTarget;
    QString title(const QString &language) const { return language == u"en" && !titleEn.isEmpty() ? titleEn : titleKo; }
};

struct WeightRecord {
    QString targetKind; // pillar, sector, indicator
    QString target;
    double weight = 0;
};

struct FactRecord {
    QString id;
    QString pillar;
    QString sector;
    QString scope;
    QString textKo;
    QString textEn;
    QVariant value;
    QString unit;
    QString asOf;
    QString source;
    QString note;
};

// Observations by filter: every field left empty matches everything.
struct ObservationFilter {
    QString indicator;
    QString region;
    QStringList regions; // any of these
    int year = 0;        // 0: every year
};

// One figure as stored, with what the screens show beside it.
struct ObservationRecord {
    QString region;
    QString regionNameKo;
    QString regionNameEn;
    int regionLevel = 1;
    QString indicator;
    QString indicatorNameKo;
    QString indicatorNameEn;
    QString unit;
    int year = 0;
    double value = 0;
    QString status; // official, reported, estimate, user
    qint64 sourceRef = 0;
    QString source;
    QString sourceTitle;
    QString sourceTitleEn; // empty where the source has no English title of its own
    QString sourcePublisher;
    QString note;
    QString origin; // bundled, user
};

// An edit of one figure from the window: what it was when read (so that a change by another desk
// since then is found, not overwritten) and what it becomes. A new value gets a user source of its
// own (who, when, why); the change is recorded in the figure's history.
struct ObservationEdit {
    QString region;
    QString indicator;
    int year = 0;
    // As read.
    double oldValue = 0;
    QString oldStatus;
    qint64 oldSourceRef = 0;
    QString oldNote;
    // As written.
    double value = 0;
    QString status;
    QString note;
    qint64 sourceRef = 0;   // kept when newSource is false
    bool newSource = false; // record a user source naming changedBy, reason and the time
    QString origin = QStringLiteral("user"); // an undo puts a bundled figure back as bundled
    QString changedBy;
    QString reason;
    // Write even when the figure changed since it was read (the user chose "write mine").
    bool force = false;
};

// A refused edit's other side: the figure as another desk left it.
struct ObservationConflict {
    double value = 0;
    QString status;
    QString note;
    QString changedBy; // from its history, when recorded
    QString changedAt; // ISO 8601, UTC
};

struct HistoryRecord {
    QString region;
    QString indicator;
    int year = 0;
    QVariant oldValue; // null: the figure did not exist
    QVariant newValue; // null: it was deleted
    QString oldStatus;
    QString newStatus;
    QString oldSourceTitle;
    QString oldSourcePublisher;
    QString newSourceTitle;
    QString newSourcePublisher;
    QString changedBy;
    QString changedAt; // ISO 8601 with milliseconds, UTC
    QString reason;
};

// One import, as the import log keeps it (the figures it replaced are in the history as well).
struct ImportLogRecord {
    QString changedBy;
    QString changedAt; // ISO 8601 with milliseconds, UTC
    QString origin;    // bundled, user
    QString files;     // the files' names, comma-separated
    qint64 inserted = 0;
    qint64 replaced = 0;
};

// How many figures a filter matches, by status and by origin.
struct ObservationCounts {
    qint64 total = 0;
    QHash<QString, qint64> byStatus; // official, reported, estimate, user
    QHash<QString, qint64> byOrigin; // bundled, user
};

// Per indicator id and year, one value per requested region (index::missing where none).
using FigureColumns = QHash<QString, std::map<int, std::vector<double>>>;

// A table for export-csv: its columns and rows as stored.
struct TableRows {
    QStringList columns;
    QList<QVariantList> rows;
};

// Every row of every table, as stored (refs included), for `copy` between engines.
struct StorageDump {
    struct Table {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    QList<Table> tables; // in an order where referenced rows come first
    QString bundledDataset;
    qint64 rowCount() const
    {
        qint64 n = 0;
        for (const Table &t : tables)
            n += t.rows.size();
        return n;
    }
};

// A scenario (DESIGN.md, scenarios): a named set of changed figures, stored apart from the
// observations; it never changes a figure and never appears as data. A change names a figure by
// region, indicator (the id its figures are stored under) and year, with the value it would take
// in the indicator's own unit (before any denominator) and why; one built from a plan item names it.
struct ScenarioChange {
    QString region;
    QString indicator;
    int year = 0;
    double value = 0;
    QString reason;
    QString plan; // empty for a typed change
    QString item;
    bool operator==(const ScenarioChange &o) const
    {
        return region == o.region && indicator == o.indicator && year == o.year && value == o.value
            && reason == o.reason && plan == o.plan && item == o.item;
    }
};

struct ScenarioRecord {
    QString name;
    QString description;
    QList<ScenarioChange> changes; // by region, indicator, year
    QString createdBy;
    QString createdAt; // ISO 8601, UTC
    QString updatedBy;
    QString updatedAt;
};

// What was done to a scenario (saved, renamed, deleted), by whom and when: the scenarios' history,
// kept when the scenario itself is deleted.
struct ScenarioHistoryRecord {
    QString scenario;
    QString action; // save, rename, delete
    int changes = 0; // how many changes the scenario held after the action
    QString detail;  // a rename: the old name
    QString changedBy;
    QString changedAt; // ISO 8601 with milliseconds, UTC
};

// A saved view (보기 저장): the selection the window shows, under a name, to open again in one click or
// to give to export-pdf and screenshot (--view NAME). An empty text or year 0 is a field not set: the
// program's default (Jeonnam, Gyeonggi, the latest figures, equal weights, min-max, no scenario, the
// overview) applies when the view is opened.
struct SavedViewRecord {
    QString name;
    int level = 1;          // 1: the provinces; 2: districts
    QString within;         // level 2: the province whose districts are ranked; empty for every district
    QString region;         // the focus region's code
    QString comparison;     // the comparison region's code
    int year = 0;           // 0: each indicator's latest figure
    QString weightSet;
    QString normalisation;  // minmax, zscore, rank, goalposts (normalisationName)
    QString scenario;       // a saved scenario's name
    QString page;           // the page's key (overview, infrastructure, ..., scenario)
    QString savedBy;
    QString savedAt;        // ISO 8601 with milliseconds, UTC
    // The selection, without who and when.
    bool sameSelection(const SavedViewRecord &o) const
    {
        return name == o.name && level == o.level && within == o.within && region == o.region && comparison == o.comparison
            && year == o.year && weightSet == o.weightSet && normalisation == o.normalisation && scenario == o.scenario
            && page == o.page;
    }
};

// What was done to a saved view (saved, replaced, deleted), by whom and when; kept when the view is deleted.
struct SavedViewHistoryRecord {
    QString view;
    QString action;  // save, delete
    QString detail;  // a save: the selection in a few words
    QString changedBy;
    QString changedAt; // ISO 8601 with milliseconds, UTC
};

// `check`: the storage's health in a few lines.
// A region's boundary as a user imported it (a GeoJSON file), simplified: rings of (longitude,
// latitude) points in WGS84 degrees, each closed (its last point is its first); outer rings and holes
// alike (drawn with the odd-even rule). Stored as text (boundaryOutlineText).
struct RegionBoundaryRecord {
    QString region;
    QList<QList<QPointF>> rings;
    QString sourceFile; // the file's name, without its folder
    int feature = 0;    // the feature's index in that file (0-based, as the import's messages name it)
    QString importedBy;
    QString importedAt;
    qsizetype pointCount() const
    {
        qsizetype n = 0;
        for (const QList<QPointF> &ring : rings)
            n += ring.size();
        return n;
    }
};

// The stored form of an outline: "lon lat,lon lat,...;lon lat,..." (six decimals), and back (an
// empty list for text that is not one).
QString boundaryOutlineText(const QList<QList<QPointF>> &rings);
QList<QList<QPointF>> boundaryOutlineFromText(const QString &text);

struct StorageCheck {
    bool ok = true;
    QStringList problems;
    QList<QPair<QString, qint64>> counts;
    int schemaVersion = 0;
    QString bundledDataset;
    qint64 userRows = 0;
};

} // namespace air
