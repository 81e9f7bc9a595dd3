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
class IndicatorValuesModel;

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
    enum class Kind { Cover, Contents, KeyMessages, Summary, Pillar, PillarTable, SectorFit, Ranking, Plans, Targets, Gaps, Method, Sources };
    // What a page holds: one block, or several stacked where they fit (a pillar's last rows and the next
    // pillar; the method and the first sources), so that no sheet is left half empty.
    struct Block {
        Kind kind;
        int index = 0; // the pillar, or the first source / target row
        int count = 0; // sources, target rows, a pillar's table rows on this page
        QString section;
        int first = 0; // a pillar's continued table: its first row here
        double top = report::contentTop;
        double chartHeight = 0; // a pillar's chart; 0: a text block in place of a chart with no value
    };
    struct PageSpec {
        QList<Block> blocks;
    };

    void planPages();
    void place(Block block, double height, bool newPage);
    void planPillar(int pillar);
    void planTargets();
    void planGaps();
    void planSources();
    void drawCover(QPainter &p) const;
    void drawContents(QPainter &p) const;
    void drawSummary(QPainter &p) const;
    void drawKeyMessages(QPainter &p) const;
    void drawPillar(QPainter &p, const Block &block) const;
    void drawPillarTable(QPainter &p, int pillar, int first, int count, double top) const;
    struct PillarTable {
        QList<report::Column> columns;
        QList<QStringList> rows;
        QList<int> styles;
    };
    PillarTable pillarTable(const QString &key) const;
    QString pillarIntro(const QString &key) const;
    void relativeToNation(IndicatorValuesModel &model, const QString &key) const;
    QString pillarChartGap(const QString &key) const;
    QString pillarChartRest(const QString &key) const;
    int rowsThatFit(const PillarTable &t, int first, double top) const;
    double drawSectorFit(QPainter &p, double top, double chartHeight) const;
    void drawRanking(QPainter &p) const;
    void drawPlans(QPainter &p) const;
    void drawTargets(QPainter &p, int first, int count) const;
    QList<report::Column> targetColumns() const;
    QList<QStringList> targetRows(int first, int count) const;
    void drawGaps(QPainter &p, int first, int count, double top) const;
    QList<report::Column> gapColumns() const;
    QList<QStringList> gapRows(int first, int count) const;
    double gapsOpening() const;
    double drawMethod(QPainter &p) const;
    void drawSources(QPainter &p, int first, int count, double top) const;
    QString sourceLine(int i) const;

    QString regionName() const;
    QString dataYear() const;
    QString weightSetLabel() const;
    QString normalisationLabel() const;

    DashboardContext *m_context;
    QList<PageSpec> m_pages;
    double m_y = report::contentTop; // planning: where the next block goes on the last page
    QList<QStringList> m_sources; // publisher, title, published, id
    QList<QStringList> m_targets;
    QList<QStringList> m_gaps; // the missing figures worth chasing, as the page 자료 공백 shows them
    QString m_date;
};

} // namespace air
