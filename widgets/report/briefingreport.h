#pragma once

#include "report/reportpainter.h"

#include "core/result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

class QPainter;

namespace air {

class DashboardContext;

// The briefing an official hands to a superior (A4): cover, contents, summary, one section per
// pillar, sector fit, ranking, plans, data notes. One routine draws page N onto any QPainter in
// points (595 x 842): the PDF writer, the printer and the preview all use it (STYLE.md #9), so they
// never drift apart. Charts are the dashboard's own chart classes rendered through their scene,
// so they stay vector; text stays text. It reads the context's current selection and index.
class BriefingReport final {
    Q_DECLARE_TR_FUNCTIONS(air::BriefingReport)
public:
    explicit BriefingReport(DashboardContext *context);

    int pageCount() const { return int(m_pages.size()); }
    void renderPage(QPainter &painter, int page) const;

    // Writes the PDF through a temporary file and a rename: on failure no file is left.
    Status writePdf(const QString &path) const;
    QImage preview(int page, double scale = 1.5) const;

    struct Section {
        QString title;
        int page; // 0-based
    };
    QList<Section> sections() const;

private:
    enum class Kind { Cover, Contents, KeyMessages, Summary, Pillar, PillarTable, SectorFit, Ranking, Plans, Targets, Method, Sources };
    struct PageSpec {
        Kind kind;
        int index = 0; // the pillar, or the first source / target row
        int count = 0; // sources, target rows, a pillar's table rows on this page
        QString section;
        int first = 0; // a pillar's continued table: its first row here
    };

    void planPages();
    void drawCover(QPainter &p) const;
    void drawContents(QPainter &p) const;
    void drawSummary(QPainter &p) const;
    void drawKeyMessages(QPainter &p) const;
    void drawPillar(QPainter &p, int pillar, int firstPageRows) const;
    void drawPillarTable(QPainter &p, int pillar, int first, int count) const;
    struct PillarTable {
        QList<report::Column> columns;
        QList<QStringList> rows;
        QList<int> styles;
    };
    PillarTable pillarTable(const QString &key) const;
    QString pillarIntro(const QString &key) const;
    double pillarChartHeight(int indicators) const;
    double pillarTableTop(const QString &key, int indicators) const;
    int rowsThatFit(const PillarTable &t, int first, double top) const;
    void drawSectorFit(QPainter &p) const;
    void drawRanking(QPainter &p) const;
    void drawPlans(QPainter &p) const;
    void drawTargets(QPainter &p, int first, int count) const;
    QList<report::Column> targetColumns() const;
    QList<QStringList> targetRows(int first, int count) const;
    void drawMethod(QPainter &p) const;
    void drawSources(QPainter &p, int first, int count) const;

    QString regionName() const;
    QString dataYear() const;
    QString weightSetLabel() const;
    QString normalisationLabel() const;

    DashboardContext *m_context;
    QList<PageSpec> m_pages;
    QList<QStringList> m_sources; // publisher, title, published, id
    QList<QStringList> m_targets;
    QString m_date;
};

} // namespace air
