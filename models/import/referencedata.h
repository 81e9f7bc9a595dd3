#pragma once

#include "core/result.h"
#include "storage/storage.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <deque>
#include <limits>
#include <unordered_map>

namespace air {

// A string → index map that can be queried with a QStringView without allocating
// (Qt 6.4's QHash has no heterogeneous lookup). Keys are owned by the map.
class ViewIndex final {
public:
    void insert(const QString &key, int value);
    int value(QStringView key, int fallback = -1) const;
    bool contains(QStringView key) const { return value(key) >= 0; }

private:
    struct Hash {
        size_t operator()(QStringView v) const noexcept { return qHash(v); }
    };
    std::deque<QString> m_keys;
    std::unordered_map<QStringView, int, Hash> m_map;
};

// Normalises a region name for alias lookup: no white space, no leading apostrophe
// (KOSIS writes "서  울" and "'11").
QString normaliseRegionName(QStringView name);

// The regions, indicators and sources an import validates against: what the database holds
// when the import starts, plus what earlier files and rows of the same import add.
class ReferenceData final {
public:
    struct Region {
        QString code;
        qint64 ref = 0; // regions.ref
        int level = 1;
        QString parent;
    };
    struct Indicator {
        QString id;
        qint64 ref = 0; // indicators.ref
        double minimum = -std::numeric_limits<double>::infinity(); // min_value; counts have 0
    };

    Status load(Storage &storage);

    int regionIndex(QStringView codeOrAlias) const;
    // All regions an alias may mean (a district name may be shared by several provinces).
    QList<int> regionsForAlias(QStringView name) const;
    const Region &region(int index) const { return m_regions[index]; }
    qsizetype regionCount() const { return m_regions.size(); }
    qsizetype indicatorCount() const { return m_indicators.size(); }
    int addRegion(const QString &code, qint64 ref, int level, const QString &parent);
    // The regions (level <= maxLevel) whose names or aliases are nearest to name by edit distance,
    // at most limit of them, each as "alias (code)"; none when even the nearest is far off.
    QStringList nearestRegions(QStringView name, int maxLevel, int limit = 3) const;
    void addAlias(const QString &alias, int regionIndex);

    int indicatorIndex(QStringView id) const { return m_indicatorIndex.value(id); }
    const Indicator &indicator(int index) const { return m_indicators[index]; }
    int addIndicator(const QString &id, qint64 ref);
    void setMinimum(int index, double minimum);
    QStringList indicatorIds() const;

    // The KOSIS recipes of the catalogue: a table's title and the item that fills an indicator. A
    // later recipe for the same indicator (an indicators file of the same import) replaces the earlier.
    struct KosisRecipe {
        QString table;
        QString item;
        int indicator = -1;
    };
    void setKosisRecipe(int indicator, const QString &table, const QString &item);
    // The recipes whose table is the one titled `title` (compared without spaces and punctuation, so
    // that the title KOSIS writes in a file name, "고령인구비율_시도_시_군_구_", matches
    // "고령인구비율(시도/시/군/구)"), in catalogue order.
    QList<KosisRecipe> kosisRecipesFor(QStringView title) const;
    static QString kosisTitleKey(QStringView title);

    int sourceIndex(QStringView id) const { return m_sourceIndex.value(id); }
    qint64 sourceRef(int index) const { return m_sources[index].ref; }
    const QString &sourceId(int index) const { return m_sources[index].id; }
    int addSource(const QString &id, qint64 ref);

private:
    QList<Region> m_regions;
    ViewIndex m_regionIndex;
    QHash<QString, QList<int>> m_aliases;
    QList<Indicator> m_indicators;
    QList<KosisRecipe> m_recipes;
    ViewIndex m_indicatorIndex;
    struct Source {
        QString id;
        qint64 ref = 0;
    };
    QList<Source> m_sources;
    ViewIndex m_sourceIndex;
};

} // namespace air
