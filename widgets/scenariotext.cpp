#include "scenariotext.h"

#include "dashboardcontext.h"
#include "findings.h"
#include "core/datatext.h"
#include "import/formats.h"
#include "items/indicatorcatalogmodel.h"
#include "items/unitlabel.h"
#include "items/valueformat.h"

#include <QLabel>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace air {

QString ScenarioText::band(const DashboardContext &context)
{
    const QString name = context.scenarioName().isEmpty() ? tr("unsaved") : plainDataText(context.scenarioName());
    return tr("Scenario: %1").arg(name);
}

QLabel *ScenarioText::makeBand(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(u"scenarioBand"_s);
    label->setTextFormat(Qt::PlainText); // the name comes from the database
    label->setAutoFillBackground(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::Window, bandColour());
    palette.setColor(QPalette::WindowText, Qt::white);
    label->setPalette(palette);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setContentsMargins(8, 4, 8, 4);
    return label;
}

QString ScenarioText::signedNumber(double v)
{
    if (index::isMissing(v))
        return {};
    const QString text = QLocale().toString(std::abs(v), 'f', 1);
    if (text == QLocale().toString(0.0, 'f', 1))
        return text;
    return (v > 0 ? u"+"_s : u"−"_s) + text;
}

QString ScenarioText::rankLine(const DashboardContext &context, IndexQuestion question)
{
    const ScenarioOutcome *s = context.scenario();
    if (!s)
        return {};
    const IndexRun &before = question == IndexQuestion::Readiness ? s->baseline.readiness : s->baseline.opportunity;
    const IndexRun &after = question == IndexQuestion::Readiness ? s->scenario.readiness : s->scenario.opportunity;
    const int unit = context.unitRow(context.focus());
    const QString what = question == IndexQuestion::Readiness ? tr("AI readiness") : tr("AI opportunity");
    return tr("%1 of %2: %3 → %4").arg(what, context.regionName(context.focus()), rankPhrase(context, before, unit),
        rankPhrase(context, after, unit));
}

QStringList ScenarioText::pillarHeader()
{
    return { tr("Pillar"), tr("Baseline"), tr("Scenario"), tr("Difference") };
}

QList<QStringList> ScenarioText::pillarRows(const DashboardContext &context)
{
    QList<QStringList> rows;
    const ScenarioOutcome *s = context.scenario();
    if (!s)
        return rows;
    const int unit = context.unitRow(context.focus());
    if (unit < 0)
        return rows;
    const QLocale locale;
    auto score = [&](double v) { return index::isMissing(v) ? tr("no figure") : locale.toString(v, 'f', 1); };
    auto row = [&](const QString &label, double before, double after) {
        rows << QStringList { label, score(before), score(after),
            index::isMissing(before) || index::isMissing(after) ? QString() : signedNumber(after - before) };
    };
    const IndexRun &br = s->baseline.readiness, &sr = s->scenario.readiness;
    row(tr("AI readiness"), br.result.index[size_t(unit)], sr.result.index[size_t(unit)]);
    const QStringList &pillars = br.dataset.input.framework.pillars;
    for (const QString &p : readinessPillarNames()) {
        const int column = int(pillars.indexOf(p));
        const IndexDataset::Evidence *e = br.dataset.evidenceOf(p);
        const QString label = IndicatorCatalogModel::pillarLabel(p, context.language());
        if (column < 0 || (e && !e->sufficient)) {
            rows << QStringList { label, tr("evidence insufficient"), tr("evidence insufficient"), QString() };
            continue;
        }
        row(label, br.result.pillarScores.at(unit, column), sr.result.pillarScores.at(unit, column));
    }
    const IndexRun &bo = s->baseline.opportunity, &so = s->scenario.opportunity;
    row(tr("AI opportunity"), bo.result.index[size_t(unit)], so.result.index[size_t(unit)]);
    for (int sector = 0; sector < sectorNames().size(); ++sector) {
        const QString id = sectorNames()[sector];
        const IndexDataset::Evidence *e = bo.dataset.evidenceOf(id);
        const QString label = IndicatorCatalogModel::sectorLabel(id, context.language());
        if (e && !e->sufficient) {
            rows << QStringList { label, tr("evidence insufficient"), tr("evidence insufficient"), QString() };
            continue;
        }
        row(label, bo.result.sectorScores.at(unit, sector), so.result.sectorScores.at(unit, sector));
    }
    return rows;
}

QString ScenarioText::indicatorLabel(const DashboardContext &context, const QString &id)
{
    if (const IndexFigures *figures = context.figures()) {
        for (const IndicatorInfo &info : figures->indicators())
            if (info.id == id)
                return tr("%1 (%2)").arg(plainDataText(info.name(context.language())), unitLabel(info.unit, context.language()));
    }
    return id;
}

QStringList ScenarioText::changeHeader()
{
    return { tr("Region"), tr("Indicator (unit)"), tr("Year"), tr("Figure now"), tr("Scenario"), tr("Why") };
}

QList<QStringList> ScenarioText::changeRows(const DashboardContext &context)
{
    QList<QStringList> rows;
    const IndexFigures *figures = context.figures();
    const Result<QList<PlanItemRecord>> items = context.storage().planItems();
    for (const ScenarioChange &c : context.scenarioChanges()) {
        const int unit = figures ? figures->unitRow(c.region) : -1;
        const double now = unit >= 0 ? figures->raw(c.indicator, c.year, unit) : index::missing;
        // A plan item's change says why in the reader's language (the stored reason is in the language it was made in).
        QString why = c.reason;
        if (!c.plan.isEmpty() && items)
            for (const PlanItemRecord &item : *items)
                if (item.plan == c.plan && item.item == c.item)
                    why = planItemReason(item, context.language());
        rows << QStringList { context.regionName(c.region), indicatorLabel(context, c.indicator), QString::number(c.year),
            index::isMissing(now) ? tr("no figure") : formatValue(now), formatValue(c.value), plainDataText(why) };
    }
    return rows;
}

QStringList ScenarioText::gainHeader()
{
    return { tr("Plan item"), tr("Indicator (unit)"), tr("Target (year applied)"), tr("Readiness rank"), tr("Opportunity rank") };
}

QList<QStringList> ScenarioText::gainRows(const DashboardContext &context, const QList<PlanItemGain> &gains)
{
    auto places = [](int gain) {
        if (gain == 0)
            return tr("no change");
        return gain > 0 ? tr("up by %1").arg(gain) : tr("down by %1").arg(-gain);
    };
    QList<QStringList> rows;
    for (const PlanItemGain &g : gains) {
        rows << QStringList { plainDataText(g.item.item.title(context.language())),
            indicatorLabel(context, g.item.change.indicator),
            tr("%1 (%2)").arg(formatValue(g.item.change.value)).arg(g.item.change.year),
            g.moves ? places(g.readinessGain) : tr("left out of the index"), g.moves ? places(g.opportunityGain) : tr("left out of the index") };
    }
    return rows;
}

QString ScenarioText::caveat(const DashboardContext &context)
{
    (void)context;
    return tr("A scenario is not data: its changed figures are kept apart from the observations and never replace "
              "one. The other regions keep their figures as they are; a count changed for a region moves the national "
              "total by the same amount. Ranks are among the regions scored, with the 5–95 % interval of the "
              "uncertainty runs (weights ±25 %, normalisation, aggregation).");
}

} // namespace air
