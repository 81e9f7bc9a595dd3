#pragma once

#include "scoring/scenario.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QWidget;

namespace air {

class DashboardContext;

// What the scenario page and the briefing's page "계획이 달성되면" say about a scenario, in the
// current language: one set of functions, so that the window and the report never differ.
struct ScenarioText {
    Q_DECLARE_TR_FUNCTIONS(air::ScenarioText)
public:
    // The band every screen and page showing a scenario carries: "시나리오: 솔라시도 AI 클러스터".
    static QString band(const DashboardContext &context);
    static QColor bandColour() { return QColor(0x5E, 0x3C, 0x99); } // a violet no chart uses
    static QLabel *makeBand(QWidget *parent);
    // "AI 준비도: 17개 시도 중 16위 (16~17위) → 17개 시도 중 15위 (14~17위)"
    static QString rankLine(const DashboardContext &context, IndexQuestion question);
    // Per readiness pillar and per sector: name, baseline, scenario, difference (scores to one decimal).
    static QStringList pillarHeader();
    static QList<QStringList> pillarRows(const DashboardContext &context);
    // Per change: region, indicator (unit), year, the figure now, the scenario's value, why.
    static QStringList changeHeader();
    static QList<QStringList> changeRows(const DashboardContext &context);
    // Per plan item: the item, its indicator, rank places gained alone (readiness, opportunity).
    static QStringList gainHeader();
    static QList<QStringList> gainRows(const DashboardContext &context, const QList<PlanItemGain> &gains);
    // The sentence under the tables: what a scenario is and is not.
    static QString caveat(const DashboardContext &context);
    // The indicator's name and unit in the current language: "연구원 (명)".
    static QString indicatorLabel(const DashboardContext &context, const QString &id);
    static QString signedNumber(double v);
};

} // namespace air
