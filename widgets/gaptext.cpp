#include "gaptext.h"

#include "core/datatext.h"
#include "dashboardcontext.h"
#include "items/valueformat.h"

using namespace Qt::StringLiterals;

namespace air {
namespace {

const IndicatorInfo *infoOf(const DashboardContext &context, const QString &id)
{
    if (const IndexFigures *f = context.figures()) {
        for (const IndicatorInfo &info : f->indicators()) {
            if (info.id == id)
                return &info;
        }
    }
    return nullptr;
}

QString nameOf(const DashboardContext &context, const QString &id)
{
    const IndicatorInfo *info = infoOf(context, id);
    return info ? plainDataText(info->name(context.language())) : id;
}

// KOREAN.md: "2024년", "17위"; in English the bare numbers.
QString yearText(const DashboardContext &context, int year)
{
    return context.language() == u"en"_s ? QString::number(year) : u"%1년"_s.arg(year);
}

QString rankText(const DashboardContext &context, int rank)
{
    if (rank <= 0)
        return GapText::tr("no rank");
    return context.language() == u"en"_s ? QString::number(rank) : u"%1위"_s.arg(rank);
}

} // namespace

QStringList GapText::columnTitles()
{
    return { tr("Indicator"), tr("Year"), tr("Status of the figure"), tr("Rank at the lowest value"), tr("Rank at the highest value"),
        tr("Rank spread"), tr("Where to get it") };
}

QList<GapText::Row> GapText::rows(const DashboardContext &context)
{
    QList<Row> out;
    const QString language = context.language();
    for (const Gap &g : context.gaps().gaps) {
        Row row;
        row.indicator = nameOf(context, g.indicator);
        row.year = yearText(context, g.year);
        if (g.status == Gap::Status::Stale)
            row.status = tr("old figure (%1)").arg(yearText(context, g.year));
        else if (g.entersIfFound)
            row.status = tr("no data (enters the index when found)");
        else
            row.status = tr("no data");
        row.rankIfLowest = rankText(context, g.rankIfLowest);
        row.rankIfHighest = rankText(context, g.rankIfHighest);
        row.spread = QString::number(g.spread());
        row.where = plainDataText(g.where(language));
        QStringList feeds;
        for (const QString &id : g.enters)
            feeds << nameOf(context, id);
        const QString source = g.publisher.isEmpty() ? plainDataText(g.sourceTitle)
                                                     : plainDataText(g.publisher + u" – "_s + g.sourceTitle);
        row.tooltip = tr("Unit: %1\nYear: %2\nSource of the other regions' figures: %3\nAmong the other regions: %4 (%5) to "
                         "%6 (%7)\nEnters: %8")
                          .arg(plainDataText(g.unit), yearText(context, g.year), source, formatValue(g.lowest),
                              context.regionName(g.lowestRegion), formatValue(g.highest), context.regionName(g.highestRegion),
                              feeds.join(u", "_s));
        out << row;
    }
    return out;
}

QString GapText::headline(const DashboardContext &context)
{
    const GapList &list = context.gaps();
    const QString region = context.regionName(context.focus());
    const QString rank = list.rank > 0 ? tr("rank %1 of %2").arg(list.rank).arg(context.rankedPhrase()) : tr("no rank");
    if (list.gaps.isEmpty())
        return tr("%1 has every figure that enters AI readiness, none older than %2 years (%3).").arg(region).arg(staleAge).arg(rank);
    return tr("%1: missing or old figures that enter AI readiness: %2, the one that could move the rank furthest first "
              "(now %3).")
        .arg(region)
        .arg(list.gaps.size())
        .arg(rank);
}

QString GapText::method(const DashboardContext &context)
{
    return tr("The figures of %1 that are missing, or older than %2 years, among those that enter AI readiness (or "
              "would enter it once found). Each is put at the lowest and at the highest value among the other regions "
              "and the readiness rank computed again; the list starts with the widest spread of the two ranks. Nothing "
              "is filled in: a missing figure stays missing.")
        .arg(context.regionName(context.focus()))
        .arg(staleAge);
}

QString GapText::howToFill(bool inWindow)
{
    const QString how = inWindow ? tr("import it with the button below or on the data page")
                                 : tr("import it on the data page of the dashboard or with ai-readiness import FILE");
    return tr("To fill a gap: download the table named under “Where to get it” from KOSIS (kosis.kr) or from the "
              "publisher as CSV, and %1. A KOSIS table the catalogue has a recipe for is recognised by its title and "
              "imported without a mapping; another needs its item mapped to the indicator. The figure then enters "
              "with its source.").arg(how);
}

} // namespace air
