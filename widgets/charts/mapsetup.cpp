#include "charts/mapsetup.h"

#include "charts/tilemap.h"
#include "dashboardcontext.h"
#include "items/dashboardmodels.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace air {
QString layoutMapOf(const DashboardContext &context)
{
    const RegionScope &scope = context.scope();
    if (scope.level == 1)
        return u"KR"_s;
    if (!scope.within.isEmpty())
        return scope.within;
    QString parent;
    for (const QString &code : context.regionCodes()) {
        const QString p = context.parentOf(code);
        if (!parent.isEmpty() && p != parent)
            return {};
        parent = p;
    }
    return parent;
}

QString mapBasis(const DashboardContext &context, int column)
{
    const bool opportunity = column == RankingModel::Opportunity || column == RankingModel::OpportunityRank;
    const IndexRun &run = opportunity ? context.opportunityRun() : context.run();
    const QStringList &pillars = run.dataset.input.framework.pillars;
    const int pillar = column - int(RankingModel::FirstPillar);
    QSet<QString> indicators;
    int first = 0, last = 0;
    for (const IndexDataset::Evidence &e : run.dataset.evidence) {
        if (pillar >= 0 && pillar < pillars.size() && e.pillar != pillars[pillar])
            continue;
        for (qsizetype i = 0; i < e.indicators.size(); ++i) {
            indicators.insert(e.indicators[i]);
            first = first == 0 ? e.years[i] : std::min(first, e.years[i]);
            last = std::max(last, e.years[i]);
        }
    }
    if (indicators.isEmpty())
        return QCoreApplication::translate("TileMap", "No score: no indicator has recent figures for two thirds of these regions");
    const QString years = first == last ? QString::number(first) : u"%1–%2"_s.arg(first).arg(last);
    const QString year = context.year() == 0
        ? QCoreApplication::translate("TileMap", "Year: latest figure of each indicator (%1)").arg(years)
        : QCoreApplication::translate("TileMap", "Year: as of %1 (figures of %2)").arg(context.year()).arg(years);
    return year + u"\n"_s
        + QCoreApplication::translate("TileMap",
            "Source: computed by this program from the published statistics listed on the data page (indicators: %1)")
              .arg(indicators.size());
}

void setUpMap(TileMap &map, const DashboardContext &context, const RankingModel &model, int column)
{
    const QStringList regions = context.regionCodes();
    map.setRegions(regions, layoutMapOf(context));
    // Outlines only when every region shown has one: no region may vanish from the map. Until then the
    // tiles, with a note of what is missing.
    QStringList without;
    for (const QString &code : regions)
        if (!context.outlines().contains(code))
            without << context.regionName(code);
    const bool complete = without.isEmpty() && !regions.isEmpty();
    map.setOutlines(complete ? context.outlines() : QHash<QString, QPainterPath>());
    map.setExtraNote(!context.outlinesProblem().isEmpty()
            ? QCoreApplication::translate("TileMap", "The stored boundaries cannot be read (%1): tiles instead.")
                  .arg(context.outlinesProblem())
        : complete || context.outlines().isEmpty()
            ? QString()
            : QCoreApplication::translate("TileMap", "Boundaries imported for %1 of %2 regions: tiles until every one has its "
                                                     "boundary (missing: %3).")
                  .arg(regions.size() - without.size())
                  .arg(regions.size())
                  .arg(without.join(u", "_s)));
    map.setBasis(mapBasis(context, column));
    map.setModel(&model, column, context.focus());
}

} // namespace air
