// The briefing's page "계획이 달성되면" (issue 14): the context's scenario beside the baseline, under the
// band every page showing a scenario carries. The same texts as the window's scenario page
// (ScenarioText), so that screen and paper say the same.
#include "report/briefingreport.h"

#include "dashboardcontext.h"
#include "report/reportpainter.h"
#include "scenariotext.h"

#include <QPainter>

using namespace Qt::StringLiterals;

namespace air {

using namespace report;

double BriefingReport::drawScenario(QPainter &p) const
{
    const ScenarioOutcome *scenario = m_context->scenario();
    const double width = pageWidth - 2 * margin;
    double y = contentTop;
    if (!scenario)
        return y;
    // The band: what this page shows is a scenario, not the figures as they are.
    const QFont bandFont = font(11, true);
    const double bandHeight = paragraphHeight(ScenarioText::band(*m_context), width - 16, bandFont) + 10;
    p.fillRect(QRectF(margin, y, width, bandHeight), ScenarioText::bandColour());
    paragraph(p, ScenarioText::band(*m_context), margin + 8, y + 5, width - 16, bandFont, Qt::white);
    y += bandHeight + 10;
    y += sectionTitle(p, tr("If the plans come true"), y);
    for (const IndexQuestion q : { IndexQuestion::Readiness, IndexQuestion::Opportunity })
        y += paragraph(p, ScenarioText::rankLine(*m_context, q), margin, y, width, font(10, true)) + 4;
    y += 6;
    const QStringList ph = ScenarioText::pillarHeader();
    const QList<Column> pillarColumns = { { ph[0], 200 }, { ph[1], 100, Qt::AlignRight }, { ph[2], 100, Qt::AlignRight },
        { ph[3], width - 400, Qt::AlignRight } };
    y += table(p, margin, y, pillarColumns, ScenarioText::pillarRows(*m_context), 8) + 12;

    y += paragraph(p, tr("What the scenario changes"), margin, y, width, font(10, true)) + 4;
    const QStringList ch = ScenarioText::changeHeader();
    const QList<Column> changeColumns = { { ch[0], 55 }, { ch[1], 150 }, { ch[2], 40, Qt::AlignRight },
        { ch[3], 62, Qt::AlignRight }, { ch[4], 62, Qt::AlignRight }, { ch[5], width - 369 } };
    y += table(p, margin, y, changeColumns, ScenarioText::changeRows(*m_context), 7) + 12;

    // Each plan item of the scenario alone: the rank places it would bring.
    QList<PlanItemChange> items;
    for (const ScenarioChange &c : scenario->changes) {
        if (c.plan.isEmpty())
            continue;
        if (Result<QList<PlanItemRecord>> all = m_context->storage().planItems(); all)
            for (const PlanItemRecord &item : *all)
                if (item.plan == c.plan && item.item == c.item)
                    items.append({ item, c });
    }
    if (!items.isEmpty()) {
        Result<QList<PlanItemGain>> gains = rankPlanItems(m_context->storage(), *m_context->figures(), scenario->baseline,
            m_context->recipe(), m_context->focus(), items);
        if (gains) {
            y += paragraph(p, tr("Each plan item alone"), margin, y, width, font(10, true)) + 4;
            const QStringList gh = ScenarioText::gainHeader();
            const QList<Column> gainColumns = { { gh[0], 150 }, { gh[1], 130 }, { gh[2], 69, Qt::AlignRight },
                { gh[3], 75 }, { gh[4], width - 424 } };
            y += table(p, margin, y, gainColumns, ScenarioText::gainRows(*m_context, *gains), 7) + 12;
        }
    }
    y += paragraph(p, ScenarioText::caveat(*m_context), margin, y, width, font(8), QColor(0x44, 0x44, 0x44)) + 4;
    return y;
}

} // namespace air
