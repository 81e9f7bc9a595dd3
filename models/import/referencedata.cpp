#include "import/referencedata.h"


#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace air {

void ViewIndex::insert(const QString &key, int value)
{
    if (auto it = m_map.find(QStringView(key)); it != m_map.end()) {
        it->second = value;
        return;
    }
    m_keys.push_back(key);
    m_map.emplace(QStringView(m_keys.back()), value);
}

int ViewIndex::value(QStringView key, int fallback) const
{
    const auto it = m_map.find(key);
    return it == m_map.end() ? fallback : it->second;
}

QString normaliseRegionName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name) {
        if (!c.isSpace() && c != u'\'')
            out.append(c);
    }
    return out;
}

Status ReferenceData::load(Storage &storage)
{
    const Result<QList<RegionRecord>> regions = storage.regions();
    if (!regions)
        return regions.problems();
    for (const RegionRecord &r : *regions)
        addRegion(r.code, r.ref, r.level, r.parent);
    const Result<QList<RegionAliasRecord>> aliases = storage.regionAliases();
    if (!aliases)
        return aliases.problems();
    for (const RegionAliasRecord &a : *aliases) {
        if (const int index = regionIndex(a.region); index >= 0)
            addAlias(a.alias, index);
    }
    const Result<QList<IndicatorInfo>> indicators = storage.indicators();
    if (!indicators)
        return indicators.problems();
    for (const IndicatorInfo &i : *indicators) {
        const int index = addIndicator(i.id, i.ref);
        setMinimum(index, i.minimum.isNull() ? std::nan("") : i.minimum.toDouble());
        if (!i.kosisTable.isEmpty() && !i.kosisItem.isEmpty())
            setKosisRecipe(index, i.kosisTable, i.kosisItem);
    }
    const Result<QList<SourceRecord>> sources = storage.sources();
    if (!sources)
        return sources.problems();
    for (const SourceRecord &s : *sources)
        addSource(s.id, s.ref);
    return Ok {};
}

int ReferenceData::regionIndex(QStringView codeOrAlias) const
{
    if (const int byCode = m_regionIndex.value(codeOrAlias); byCode >= 0)
        return byCode;
    const QList<int> candidates = regionsForAlias(codeOrAlias);
    return candidates.size() == 1 ? candidates.first() : -1;
}

QList<int> ReferenceData::regionsForAlias(QStringView name) const
{
    return m_aliases.value(normaliseRegionName(name));
}

namespace {

// Levenshtein distance, case-folded.
int editDistance(QStringView a, QStringView b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1].toCaseFolded() == b[j - 1].toCaseFolded() ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

} // namespace

QStringList ReferenceData::nearestRegions(QStringView name, int maxLevel, int limit) const
{
    const QString wanted = normaliseRegionName(name);
    struct Best {
        int distance = std::numeric_limits<int>::max();
        QString alias;
    };
    QHash<int, Best> best;
    for (auto it = m_aliases.cbegin(); it != m_aliases.cend(); ++it) {
        const int distance = editDistance(wanted, it.key());
        for (int region : it.value()) {
            if (m_regions[region].level > maxLevel)
                continue;
            Best &b = best[region];
            // On a tie the longer alias, the full name ("전라남도" rather than "전남").
            if (distance < b.distance || (distance == b.distance && it.key().size() > b.alias.size()))
                b = { distance, it.key() };
        }
    }
    int nearest = std::numeric_limits<int>::max();
    for (const Best &b : std::as_const(best))
        nearest = std::min(nearest, b.distance);
    if (nearest > std::max<qsizetype>(2, wanted.size() / 2))
        return {};
    QList<int> regions;
    for (auto it = best.cbegin(); it != best.cend(); ++it) {
        if (it.value().distance == nearest)
            regions << it.key();
    }
    std::sort(regions.begin(), regions.end(),
        [this](int a, int b) { return m_regions[a].code < m_regions[b].code; });
    QStringList out;
    for (int region : regions.mid(0, limit))
        out << u"%1 (%2)"_s.arg(best.value(region).alias, m_regions[region].code);
    return out;
}

int ReferenceData::addRegion(const QString &code, qint64 ref, int level, const QString &parent)
{
    if (const int existing = m_regionIndex.value(code); existing >= 0) {
        m_regions[existing].ref = ref;
        m_regions[existing].level = level;
        m_regions[existing].parent = parent;
        return existing;
    }
    m_regions.append({ code, ref, level, parent });
    const int index = int(m_regions.size() - 1);
    m_regionIndex.insert(code, index);
    return index;
}

void ReferenceData::addAlias(const QString &alias, int regionIndex)
{
    QList<int> &list = m_aliases[normaliseRegionName(alias)];
    if (!list.contains(regionIndex))
        list.append(regionIndex);
}

int ReferenceData::addIndicator(const QString &id, qint64 ref)
{
    if (const int existing = m_indicatorIndex.value(id); existing >= 0) {
        m_indicators[existing].ref = ref;
        return existing;
    }
    m_indicators.append({ id, ref });
    const int index = int(m_indicators.size() - 1);
    m_indicatorIndex.insert(id, index);
    return index;
}

void ReferenceData::setMinimum(int index, double minimum)
{
    m_indicators[index].minimum = std::isnan(minimum) ? -std::numeric_limits<double>::infinity() : minimum;
}

void ReferenceData::setKosisRecipe(int indicator, const QString &table, const QString &item)
{
    m_recipes.removeIf([&](const KosisRecipe &r) { return r.indicator == indicator; });
    if (!table.isEmpty() && !item.isEmpty())
        m_recipes.append({ table, item, indicator });
}

QString ReferenceData::kosisTitleKey(QStringView title)
{
    QString key;
    key.reserve(title.size());
    for (const QChar c : title) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

QList<ReferenceData::KosisRecipe> ReferenceData::kosisRecipesFor(QStringView title) const
{
    QList<KosisRecipe> out;
    const QString key = kosisTitleKey(title);
    if (key.isEmpty())
        return out;
    for (const KosisRecipe &r : m_recipes) {
        if (kosisTitleKey(r.table) == key)
            out << r;
    }
    return out;
}

QStringList ReferenceData::indicatorIds() const
{
    QStringList ids;
    for (const Indicator &i : m_indicators)
        ids << i.id;
    return ids;
}

int ReferenceData::addSource(const QString &id, qint64 ref)
{
    if (const int existing = m_sourceIndex.value(id); existing >= 0) {
        m_sources[existing].ref = ref;
        return existing;
    }
    m_sources.append({ id, ref });
    const int index = int(m_sources.size() - 1);
    m_sourceIndex.insert(id, index);
    return index;
}

} // namespace air
