#pragma once

#include <QString>
#include <QStringList>

namespace air {

class DashboardContext;
struct IndexRun;

// What the overview, the findings and the briefing say, from the numbers and in the current
// language. One set of functions, so that the window and the report never say different things.
// Every sentence respects the uncertainty: an order between two regions is claimed only where
// their 5-95 % rank intervals do not overlap; otherwise they are "statistically indistinguishable".

// "17개 시도 중 16위 (14~17위)"; a single rank "17위" when the interval is one rank wide.
QString rankPhrase(const DashboardContext &context, const IndexRun &run, int unit);
// "전라남도 AI 준비도 8.5점, 17개 시도 중 17위 (16~17위) · 잠정"
QString readinessHeadline(const DashboardContext &context);
// "AI 활용 기회 71.6점, 17개 시도 중 1위 (1~2위)"
QString opportunityHeadline(const DashboardContext &context);
// Why the headline is provisional, and what the year or weights left out: "잠정: 인프라, 거버넌스 부문
// 자료 부족 (2026년 기준)"; empty when nothing is insufficient.
QString provisionalNote(const DashboardContext &context, const IndexRun &run);
// With a year other than "latest": what that year changes in the indicators used ("2024년 기준: 최신
//자료와 달리 빠진 지표 …"), empty otherwise.
QString selectionNote(const DashboardContext &context);
// The headline's tooltip: what each pillar rests on, and the focus region's missing figures.
QString headlineTooltip(const DashboardContext &context);
// What a pillar (or sector) rests on: "지표 3개, 2022–2025년", or "자료 부족 (지표 1개)".
QString evidenceLine(const DashboardContext &context, const IndexRun &run, const QString &pillar);
// Its tooltip: the indicators with their years (stale ones marked), and what was left out and why.
QString evidenceTooltip(const DashboardContext &context, const IndexRun &run, const QString &pillar);
// The figures the focus region lacks in the pillars that are scored (never silently re-averaged).
QStringList focusMissing(const DashboardContext &context, const IndexRun &run);
// The pillar where the focus region is furthest behind the comparison region (a readiness pillar
// id), or empty when it is behind in none.
QString weakestAgainstComparison(const DashboardContext &context);
// Three to five sentences an official can read aloud (the report's 핵심 메시지 and the overview).
QStringList keyMessages(const DashboardContext &context);
// The overview's findings: the key messages as one paragraph.
QString findingsText(const DashboardContext &context);
// How the readiness ranking agrees with the published indices (Spearman, Kendall, where it differs
// most), and what a low agreement means; empty without a benchmark.
QString benchmarkText(const DashboardContext &context);
// The name of the weights used: "동일 가중치", a stored set's name, or "사용자 지정 (…)" with the values.
QString weightsDescription(const DashboardContext &context);

} // namespace air
