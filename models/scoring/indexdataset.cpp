#include "scoring/indexdataset.h"

#include "database/schema.h"
#include "database/sql.h"
#include "import/formats.h"
#include "items/indicatorcatalogmodel.h"

#include <QHash>

#include <cmath>
#include <map>

using namespace Qt::StringLiterals;

namespace air {
namespace {

using index::isMissing;
using index::missing;

struct Unit {
    QString code;
    QString nameKo;
    QString nameEn;
    QStringList members; // for a group
};

// indicator -> year -> region -> raw value
using Figures = QHash<QString, std::map<int, QHash<QString, double>>>;

class Builder final {
public:
    Builder(const Figures &figures, const QList<IndicatorInfo> &indicators) : m_figures(figures)
    {
        for (const IndicatorInfo &i : indicators)
            m_info.insert(i.id, i);
    }

    double raw(const QString &indicator, int year, const QString &region) const
    {
        const auto byYear = m_figures.constFind(indicator);
        if (byYear == m_figures.cend())
            return missing;
        const auto cells = byYear->find(year);
        if (cells == byYear->end())
            return missing;
        return cells->second.value(region, missing);
    }

    double value(const IndicatorInfo &info, int year, const QString &region) const
    {
        const double v = raw(info.id, year, region);
        if (info.denominator.isEmpty() || isMissing(v))
            return v;
        const double d = raw(info.denominator, year, region);
        return (isMissing(d) || d == 0) ? missing : v / d * info.scale;
    }

    double groupValue(const IndicatorInfo &info, int year, const QStringList &members) const
    {
        double sum = 0, denominator = 0, weighted = 0, weights = 0;
        const bool mean = info.groupRule.startsWith(u"mean:"_s);
        const QString weightId = mean ? info.groupRule.mid(5) : QString();
        for (const QString &m : members) {
            const double v = raw(info.id, year, m);
            if (isMissing(v))
                return missing; // a group's figure needs every member's
            if (mean) {
                const double w = raw(weightId, year, m);
                const double x = value(info, year, m);
                if (isMissing(w) || isMissing(x))
                    return missing;
                weighted += w * x;
                weights += w;
                continue;
            }
            sum += v;
            if (!info.denominator.isEmpty()) {
                const double d = raw(info.denominator, year, m);
                if (isMissing(d))
                    return missing;
                denominator += d;
            }
        }
        if (mean)
            return weights > 0 ? weighted / weights : missing;
        if (info.denominator.isEmpty())
            return sum;
        return denominator > 0 ? sum / denominator * info.scale : missing;
    }

    std::map<int, QHash<QString, double>> years(const QString &indicator) const { return m_figures.value(indicator); }

private:
    const Figures &m_figures;
    QHash<QString, IndicatorInfo> m_info;
};

Result<QList<Unit>> loadUnits(QSqlDatabase &db, bool groups)
{
    QList<Unit> units;
    Result<QSqlQuery> q = sql::run(db, u"SELECT code, short_ko, name_en FROM regions WHERE level = 1 ORDER BY code"_s);
    if (!q)
        return q.problems();
    while (q->next())
        units.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {} });
    q = sql::run(db, u"SELECT code, short_ko, name_en FROM regions WHERE level = 0 ORDER BY code"_s);
    if (!q)
        return q.problems();
    while (q->next())
        units.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {} });
    if (groups) {
        q = sql::run(db, u"SELECT g.id, g.name_ko, g.name_en, m.region FROM region_groups g "
                         "JOIN region_group_members m ON m.group_id = g.id ORDER BY g.rowid, m.region"_s);
        if (!q)
            return q.problems();
        while (q->next()) {
            if (units.isEmpty() || units.last().code != q->value(0).toString())
                units.append({ q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), {} });
            units.last().members << q->value(3).toString();
        }
    }
    return units;
}

} // namespace

QStringList weightSetNames(QSqlDatabase &db)
{
    QStringList names;
    Result<QSqlQuery> q = sql::run(db, u"SELECT name FROM weight_sets ORDER BY name = 'equal' DESC, name"_s);
    while (q && q->next())
        names << q->value(0).toString();
    return names;
}

Result<IndexDataset> loadIndexDataset(QSqlDatabase &db, const IndexDatasetOptions &options)
{
    if (!weightSetNames(db).contains(options.weightSet))
        return Problem { {}, 0, 0, u"unknown weight set '%1'; the database has: %2"_s.arg(options.weightSet,
                                      weightSetNames(db).join(u", "_s)) };
    Result<QList<Unit>> units = loadUnits(db, options.groups);
    if (!units)
        return units.problems();
    int scored = 0;
    for (const Unit &u : *units)
        scored += u.members.isEmpty() && u.code != u"KR"_s ? 1 : 0;

    Figures figures;
    Result<QSqlQuery> q = sql::run(db, u"SELECT i.id, o.year, r.code, o.value FROM "_s + schema::comparedObservations()
            + u" JOIN indicators i ON i.ref = o.indicator_ref"_s);
    if (!q)
        return q.problems();
    while (q->next())
        figures[q->value(0).toString()][q->value(1).toInt()].insert(q->value(2).toString(), q->value(3).toDouble());

    const QList<IndicatorInfo> all = IndicatorCatalogModel::loadIndicators(db);
    const Builder builder(figures, all);

    QHash<QString, double> weights;
    q = sql::run(db, u"SELECT target_kind, target, weight FROM weights WHERE weight_set = ?"_s, { options.weightSet });
    if (!q)
        return q.problems();
    while (q->next())
        weights.insert(q->value(0).toString() + u':' + q->value(1).toString(), q->value(2).toDouble());
    auto weightOf = [&](const QString &kind, const QString &target) { return weights.value(kind + u':' + target, 1.0); };

    IndexDataset out;
    index::Framework &f = out.input.framework;
    f.pillars = pillarNames();
    f.sectors = sectorNames();
    f.sectorPillar = int(f.pillars.indexOf(u"sector"_s));
    for (const QString &p : f.pillars)
        f.pillarWeights.push_back(weightOf(u"pillar"_s, p));
    for (const QString &s : f.sectors)
        f.sectorWeights.push_back(weightOf(u"sector"_s, s));

    const int needed = int(std::ceil(scored * 2.0 / 3.0));
    std::vector<std::vector<double>> columns;
    for (const IndicatorInfo &info : all) {
        if (info.pillar == u"context"_s)
            continue;
        // The year: as asked, or the latest with two thirds of the scored regions.
        int year = options.year;
        int bestYear = 0, bestCount = 0;
        if (year == 0) {
            const auto byYear = builder.years(info.id);
            for (auto it = byYear.rbegin(); it != byYear.rend(); ++it) {
                int count = 0;
                for (int u = 0; u < scored; ++u)
                    count += isMissing(builder.value(info, it->first, (*units)[u].code)) ? 0 : 1;
                if (count > bestCount) {
                    bestCount = count;
                    bestYear = it->first;
                }
                if (count >= needed) {
                    year = it->first;
                    break;
                }
            }
        } else {
            bestYear = year;
            for (int u = 0; u < scored; ++u)
                bestCount += isMissing(builder.value(info, year, (*units)[u].code)) ? 0 : 1;
        }
        const double availability = scored > 0 ? double(bestCount) / double(scored) : 0;
        if (year == 0) {
            out.excluded.append({ info.id, bestYear, availability,
                bestYear == 0 ? u"no figures"_s
                              : u"no year with two thirds of the regions (best: %1 regions in %2)"_s.arg(bestCount).arg(bestYear) });
            continue;
        }
        if (bestCount == 0) {
            out.excluded.append({ info.id, year, 0, u"no regional figure for %1"_s.arg(year) });
            continue;
        }
        std::vector<double> col;
        for (const Unit &u : *units)
            col.push_back(u.members.isEmpty() ? builder.value(info, year, u.code) : builder.groupValue(info, year, u.members));
        columns.push_back(std::move(col));
        index::IndicatorSpec spec;
        spec.id = info.id;
        spec.pillar = int(f.pillars.indexOf(info.pillar));
        spec.sector = info.pillar == u"sector"_s ? int(f.sectors.indexOf(info.sector)) : -1;
        spec.higherIsBetter = info.direction != u"lower"_s;
        spec.weight = weightOf(u"indicator"_s, info.id);
        if (!info.goalLow.isNull())
            spec.goalLow = info.goalLow.toDouble();
        if (!info.goalHigh.isNull())
            spec.goalHigh = info.goalHigh.toDouble();
        f.indicators.push_back(spec);
        out.years << year;
    }

    out.input.scoredUnits = scored;
    out.input.values = index::Matrix(int(units->size()), int(columns.size()));
    for (int c = 0; c < int(columns.size()); ++c)
        for (int r = 0; r < int(units->size()); ++r)
            out.input.values.at(r, c) = columns[size_t(c)][size_t(r)];

    // Group-mean imputation draws on the capital region and the rest.
    QSet<QString> capital;
    q = sql::run(db, u"SELECT code FROM regions WHERE capital_region = 1"_s);
    while (q && q->next())
        capital.insert(q->value(0).toString());
    for (int u = 0; u < scored; ++u)
        out.input.imputationGroup.push_back(capital.contains((*units)[u].code) ? 0 : 1);
    for (const Unit &u : *units) {
        out.unitCodes << u.code;
        out.unitNames << u.nameKo;
        out.unitNamesEn << u.nameEn;
        out.input.units << u.code;
    }
    return out;
}

} // namespace air
