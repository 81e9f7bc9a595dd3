#include "findings.h"

#include "dashboardcontext.h"
#include "items/indicatorcatalogmodel.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

struct Findings {
    Q_DECLARE_TR_FUNCTIONS(air::Findings)
};

} // namespace

QString findingsText(const DashboardContext &context)
{
    if (!context.hasRun())
        return {};
    const IndexRun &run = context.run();
    const int focus = context.unitRow(context.focus());
    if (focus < 0)
        return {};
    const QStringList &pillars = run.dataset.input.framework.pillars;
    const QString language = context.language();
    const QString name = context.regionName(context.focus());
    int best = -1, worst = -1;
    for (int p = 0; p < pillars.size(); ++p) {
        const double v = run.result.pillarScores.at(focus, p);
        if (std::isnan(v))
            continue;
        if (best < 0 || v > run.result.pillarScores.at(focus, best))
            best = p;
        if (worst < 0 || v < run.result.pillarScores.at(focus, worst))
            worst = p;
    }
    auto pillarRank = [&](int p) {
        const double v = run.result.pillarScores.at(focus, p);
        int better = 0;
        for (int u = 0; u < run.dataset.input.scoredUnits; ++u)
            better += run.result.pillarScores.at(u, p) > v ? 1 : 0;
        return better + 1;
    };
    QStringList sentences;
    if (best >= 0)
        sentences << Findings::tr("%1 is strongest in %2 (%3 of 100, rank %4 of %5).")
                         .arg(name, IndicatorCatalogModel::pillarLabel(pillars[best], language),
                             QLocale().toString(run.result.pillarScores.at(focus, best), 'f', 1))
                         .arg(pillarRank(best))
                         .arg(context.rankedPhrase());
    if (worst >= 0 && worst != best)
        sentences << Findings::tr("It is weakest in %1 (%2 of 100, rank %3 of %4).")
                         .arg(IndicatorCatalogModel::pillarLabel(pillars[worst], language),
                             QLocale().toString(run.result.pillarScores.at(focus, worst), 'f', 1))
                         .arg(pillarRank(worst))
                         .arg(context.rankedPhrase());
    // The biggest gap to the comparison region or the nation, over the pillars both have.
    double gap = 0;
    int gapPillar = -1;
    QString gapTo;
    int compared = 0; // pillars that both have: without any, there is nothing to say about gaps
    for (const QString &other : { context.comparison(), u"KR"_s }) {
        const int o = context.unitRow(other);
        if (o < 0)
            continue;
        for (int p = 0; p < pillars.size(); ++p) {
            const double d = run.result.pillarScores.at(o, p) - run.result.pillarScores.at(focus, p);
            compared += std::isnan(d) ? 0 : 1;
            if (!std::isnan(d) && d > gap) {
                gap = d;
                gapPillar = p;
                gapTo = other;
            }
        }
    }
    if (gapPillar >= 0) {
        const int o = context.unitRow(gapTo);
        sentences << Findings::tr("The biggest gap is to %1 in %2: %3 against %4, %5 points behind.")
                         .arg(context.regionName(gapTo), IndicatorCatalogModel::pillarLabel(pillars[gapPillar], language),
                             QLocale().toString(run.result.pillarScores.at(o, gapPillar), 'f', 1),
                             QLocale().toString(run.result.pillarScores.at(focus, gapPillar), 'f', 1),
                             QLocale().toString(gap, 'f', 1));
    } else if (compared > 0) {
        sentences << Findings::tr("%1 is not behind %2 or the nation in any pillar.").arg(name, context.regionName(context.comparison()));
    }
    return sentences.join(u' ');
}

} // namespace air
