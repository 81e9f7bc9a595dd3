#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace air {

class DashboardContext;

// The missing figures worth chasing (DashboardContext::gaps) in words, for the page 자료 공백 and the
// briefing's section alike: one place, so that screen and print say the same.
struct GapText {
    Q_DECLARE_TR_FUNCTIONS(air::GapText)
public:
    struct Row {
        QString indicator;
        QString year;
        QString status;
        QString rankIfLowest;
        QString rankIfHighest;
        QString spread;
        QString where;
        QString tooltip; // unit, year, source, the other regions' range, what it feeds
    };
    static QList<Row> rows(const DashboardContext &context);
    static QStringList columnTitles();
    // "전남의 AI 준비도에 들어갈 수치 중 없거나 오래된 수치 5개 (현재 17개 시도 중 16위): …"
    static QString headline(const DashboardContext &context);
    // What the list is and how it was worked out (the report's opening paragraph).
    static QString method(const DashboardContext &context);
    // How an official goes from "missing" to "imported".
    static QString howToFill(bool inWindow);
};

} // namespace air
