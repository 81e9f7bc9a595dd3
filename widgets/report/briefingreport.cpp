#include "report/briefingreport.h"
#include "core/datatext.h"

#include "charts/chartbuilders.h"
#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "charts/mapsetup.h"
#include "charts/tilemap.h"
#include "dashboardcontext.h"
#include "findings.h"
#include "gaptext.h"
#include "storage/vocabulary.h"
#include "import/formats.h"
#include "io/savefile.h"
#include "items/dashboardmodels.h"
#include "items/indicatorcatalogmodel.h"
#include "items/itemroles.h"
#include "items/unitlabel.h"
#include "items/valueformat.h"
#include "report/reportpainter.h"

#include <QBarCategoryAxis>
#include <QBuffer>
#include <QDate>
#include <QGraphicsScene>
#include <QPdfWriter>
#include <QPicture>

#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace air {
namespace {

using namespace report;

// The report's pillar pages: the readiness pillars, then AI opportunity (the sector pillar).
const QStringList &pillars()
{
    static const QStringList names = readinessPillarNames() + QStringList { u"sector"_s };
    return names;
}

// A block's bottom, measured by drawing it once where nothing shows.
double measured(const std::function<double(QPainter &)> &draw)
{
    QPicture picture;
    QPainter painter(&picture);
    return draw(painter);
}

// The space between two blocks sharing a page; a table of up to shortTable rows is kept on one page.
constexpr double blockGap = 24;
constexpr int shortTable = 8;

// A pillar chart's height for its bars, within a page, and never shorter than its labels need.
double chartHeightFor(int categories, double labelsNeed)
{
    return std::max(std::clamp(80.0 + 18.0 * categories, 200.0, 440.0), labelsNeed);
}
// The shortest it may be drawn to let its table fit on the page.
double shortestChartFor(int categories, double labelsNeed)
{
    return std::max({ 200.0, 80.0 + 15.0 * categories, labelsNeed });
}
// Pillar charts are laid out at this many pixels to the point (the labels' font is set in pixels).
constexpr double pillarPixelsPerPoint = 1.7;
// Their category labels' size (as on screen), and the smallest they shrink to where a page is short.
constexpr double chartLabelPoints = 8.5;
constexpr double smallestChartLabelPoints = 7;

// The rows of a pillar's chart (focus, nation, comparison as a percentage of the nation) where the focus
// or the comparison region has a bar: a category with no bar says nothing the table beside it does not,
// and two dozen of them leave no room for the labels.
class ChartedRows final : public GridModel {
public:
    explicit ChartedRows(const GridModel &source)
    {
        QStringList rows, columns;
        std::vector<Cell> cells;
        for (int c = 0; c < source.columnCount(); ++c)
            columns << source.columnLabel(c);
        for (int r = 0; r < source.rowCount(); ++r) {
            bool bar = false;
            for (int c = 0; c < source.columnCount(); ++c)
                bar = bar || (c != 1 && source.cell(r, c).raw.isValid());
            if (!bar)
                continue;
            rows << source.rowLabel(r);
            for (int c = 0; c < source.columnCount(); ++c)
                cells.push_back(source.cell(r, c));
        }
        reset(rows, columns, std::move(cells));
    }
};

// A dashboard chart laid out at `target`'s size (points) at `pixelsPerPoint`.
void layOut(ChartPanel &panel, const QRectF &target, double pixelsPerPoint)
{
    const QSizeF size(target.width() * pixelsPerPoint, target.height() * pixelsPerPoint);
    panel.resize(size.toSize());
    panel.chart()->resize(size);
    panel.scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    QCoreApplication::processEvents(); // let the chart lay out its axes before it is drawn (PITFALLS.md)
}

// A chart laid out by layOut(), drawn into `target` (points) through its scene: vector output.
void renderChart(QPainter &p, ChartPanel &panel, const QRectF &target)
{
    panel.scene()->render(&p, target, panel.scene()->sceneRect());
}

// A dashboard chart drawn into `target` (points) through its scene: vector output.
void drawChart(QPainter &p, ChartPanel &panel, const QRectF &target, double pixelsPerPoint = 1.35)
{
    layOut(panel, target, pixelsPerPoint);
    renderChart(p, panel, target);
}

} // namespace

BriefingReport::BriefingReport(DashboardContext *context, bool scenarioPage)
    : m_context(context)
    , m_date(QLocale().toString(QDate::currentDate(), QLocale::LongFormat))
    , m_scenarioPage(scenarioPage && context->scenario())
{
    // The title as published; the English report takes its English rendering where the data give one.
    if (const Result<QList<SourceRecord>> sources = context->storage().sources(); sources) {
        for (const SourceRecord &s : *sources)
            m_sources << QStringList { plainDataText(s.publisher), plainDataText(s.titleIn(context->language())),
                plainDataText(s.published), s.id };
    }
    PlanTargetsModel targets;
    targets.update(context->storage(), context->language());
    for (int r = 0; r < targets.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < targets.columnCount(); ++c)
            row << plainDataText(targets.index(r, c).data().toString());
        m_targets << row;
    }
    planPages();
}

QString BriefingReport::regionName() const
{
    return m_context->regionName(m_context->focus());
}

QString BriefingReport::weightSetLabel() const
{
    return weightsDescription(*m_context);
}

QString BriefingReport::normalisationLabel() const
{
    switch (m_context->normalisation()) {
    case index::Normalisation::MinMax: return tr("Min–max (0–100)");
    case index::Normalisation::ZScore: return tr("z-score");
    case index::Normalisation::Rank: return tr("Rank");
    case index::Normalisation::Goalposts: return tr("Distance to target");
    }
    return {};
}

QString BriefingReport::dataYear() const
{
    return m_context->year() > 0 ? QString::number(m_context->year()) : tr("latest year of each indicator");
}

// A block under the last one on the current page, or at the top of a new page.
void BriefingReport::place(Block block, double height, bool newPage)
{
    if (newPage || m_pages.isEmpty()) {
        m_pages.append(PageSpec {});
        m_y = contentTop;
    }
    block.top = m_y;
    m_y += height + blockGap;
    m_pages.last().blocks.append(block);
}

void BriefingReport::planPages()
{
    m_pages.clear();
    const double fullPage = contentBottom - contentTop;
    place({ Kind::Cover, 0, 0, {} }, fullPage, true);
    place({ Kind::Contents, 0, 0, tr("Contents") }, fullPage, true);
    place({ Kind::KeyMessages, 0, 0, tr("Key messages") }, fullPage, true);
    place({ Kind::Summary, 0, 0, tr("Summary") }, fullPage, true);
    for (int p = 0; p < pillars().size(); ++p)
        planPillar(p);
    // The sector diagnosis follows the sector pillar's last rows where it fits under them (its chart up to
    // 130 pt shorter).
    Block sectorFit { Kind::SectorFit, 0, 0, tr("Sector diagnosis") };
    sectorFit.chartHeight = 330;
    double height = measured([&](QPainter &p) { return drawSectorFit(p, contentTop, sectorFit.chartHeight); }) - contentTop;
    if (const double over = m_y + height - contentBottom; over > 0 && over <= 130) {
        sectorFit.chartHeight -= over;
        height -= over;
    }
    place(sectorFit, height, m_y + height > contentBottom);
    place({ Kind::Ranking, 0, 0, tr("Ranking of %1").arg(m_context->rankedPhrase()) }, fullPage, true);
    place({ Kind::Plans, 0, 0, tr("Plans") }, fullPage, true);
    planTargets();
    if (m_scenarioPage)
        place({ Kind::Scenario, 0, 0, tr("If the plans come true") },
            measured([this](QPainter &p) { return drawScenario(p); }) - contentTop, true);
    place({ Kind::Method, 0, 0, tr("Data notes and method") }, measured([this](QPainter &p) { return drawMethod(p); }) - contentTop,
        true);
    planGaps();
    planSources();
}

// Plan targets, as many rows as fit (cells wrap, so rows differ in height); a last page that would hold a
// few rows alone takes rows from the page before.
void BriefingReport::planTargets()
{
    const double fullPage = contentBottom - contentTop;
    QList<int> counts;
    for (int first = 0; first < m_targets.size();) {
        const double room = contentBottom - contentTop - (first == 0 ? 32 : 0);
        int count = 1;
        while (first + count < m_targets.size() && tableHeight(targetColumns(), targetRows(first, count + 1), 7) <= room)
            ++count;
        counts << count;
        first += count;
    }
    if (counts.size() >= 2) {
        const double third = (contentBottom - contentTop) / 3;
        int &before = counts[counts.size() - 2];
        int &last = counts.last();
        auto height = [this](int first, int count) { return tableHeight(targetColumns(), targetRows(first, count), 7); };
        while (before > 1 && height(int(m_targets.size()) - last, last) < third
            && height(int(m_targets.size()) - last - before + 1, before - 1) >= third) {
            --before;
            ++last;
        }
    }
    for (int i = 0, first = 0; i < counts.size(); first += counts[i++])
        place({ Kind::Targets, first, counts[i], first == 0 ? tr("Plan targets") : QString() }, fullPage, true);
}

// The missing figures worth chasing (자료 공백), under the method where its opening and first rows fit:
// the method, then as many rows as fit per page. Without any gap the section says so in one sentence.
void BriefingReport::planGaps()
{
    m_gaps.clear();
    for (const GapText::Row &r : GapText::rows(*m_context))
        m_gaps << QStringList { r.indicator, r.year, r.status, r.rankIfLowest, r.rankIfHighest, r.spread, r.where };
    const int total = int(m_gaps.size());
    bool newPage = m_y + gapsOpening() + tableHeight(gapColumns(), gapRows(0, std::min(total, 3)), 7) > contentBottom;
    int first = 0;
    do {
        const double top = newPage ? contentTop : m_y;
        const double opening = first == 0 ? gapsOpening() : 0;
        const double room = contentBottom - top - opening;
        int count = total == 0 ? 0 : 1;
        while (first + count < total && tableHeight(gapColumns(), gapRows(first, count + 1), 7) <= room)
            ++count;
        if (const int left = total - first - count; left > 0 && left < 3 && count > 3)
            count -= 3 - left; // no table continues with one or two rows alone
        place({ Kind::Gaps, first, count, first == 0 ? tr("Data gaps") : QString() },
            opening + (count > 0 ? tableHeight(gapColumns(), gapRows(first, count), 7) : 0), newPage);
        first += count;
        newPage = true;
    } while (first < total);
}

double BriefingReport::gapsOpening() const
{
    const double width = pageWidth - 2 * margin;
    return 32 + paragraphHeight(GapText::headline(*m_context), width, font(10, true)) + 4
        + paragraphHeight(GapText::method(*m_context), width, font(9)) + 4
        + paragraphHeight(GapText::howToFill(false), width, font(9)) + 8;
}

void BriefingReport::drawGaps(QPainter &p, int first, int count, double top) const
{
    double y = top;
    if (first == 0) {
        const double width = pageWidth - 2 * margin;
        y += sectionTitle(p, tr("Data gaps"), top);
        y += paragraph(p, GapText::headline(*m_context), margin, y, width, font(10, true)) + 4;
        y += paragraph(p, GapText::method(*m_context), margin, y, width, font(9)) + 4;
        y += paragraph(p, GapText::howToFill(false), margin, y, width, font(9), QColor(0x44, 0x44, 0x44)) + 8;
    }
    if (count > 0)
        table(p, margin, y, gapColumns(), gapRows(first, count), 7);
}

QList<Column> BriefingReport::gapColumns() const
{
    const QStringList t = GapText::columnTitles();
    return { { t[0], 112 }, { t[1], 34, Qt::AlignRight }, { t[2], 72 }, { t[3], 44, Qt::AlignRight },
        { t[4], 44, Qt::AlignRight }, { t[5], 34, Qt::AlignRight }, { t[6], 159 } };
}

QList<QStringList> BriefingReport::gapRows(int first, int count) const
{
    return m_gaps.mid(first, count);
}

// A pillar starts under the block before it where its title, text, chart and first rows fit; its table
// continues on pages of its own when its rows do not fit under the chart.
void BriefingReport::planPillar(int p)
{
    const QString key = pillars()[p];
    const PillarTable t = pillarTable(key);
    const int rows = int(t.rows.size());
    const double width = pageWidth - 2 * margin;
    const QString gap = pillarChartGap(key);
    IndicatorValuesModel relative;
    relativeToNation(relative, key);
    const int categories = ChartedRows(relative).rowCount();
    const QString rest = pillarChartRest(key);
    // The height its category labels need to be drawn whole (Qt Charts cuts them with "..." otherwise), in
    // a smaller font where a page would not hold the chart under its title and text.
    double labelsNeed = 0, labelPoints = chartLabelPoints;
    if (gap.isEmpty()) {
        const double room = contentBottom - contentTop - 32 - paragraphHeight(pillarIntro(key), width, font(10)) - 6 - 10
            - (rest.isEmpty() ? 0 : paragraphHeight(rest, width, font(8)) + 8);
        for (;; labelPoints -= 0.5) {
            labelsNeed = pillarChart(key, labelPoints)->heightForWidth(int(width * pillarPixelsPerPoint)) / pillarPixelsPerPoint;
            if (labelsNeed <= room || labelPoints <= smallestChartLabelPoints)
                break;
        }
    }
    double chart = gap.isEmpty() ? chartHeightFor(categories, labelsNeed) : 0;
    auto opening = [&] {
        return 32 + paragraphHeight(pillarIntro(key), width, font(10)) + 6
            + (chart > 0 ? chart + 10 + (rest.isEmpty() ? 0 : paragraphHeight(rest, width, font(8)) + 8)
                         : paragraphHeight(gap, width, font(10)) + 12);
    };
    // On a page begun by another block: a short table whole (never split), a long one with its first rows.
    const double whole = opening() + tableHeight(t.columns, t.rows, 7);
    const bool keepTogether = rows <= shortTable && whole <= contentBottom - contentTop;
    const double lead = keepTogether ? whole
                                     : opening() + (rows > 0 ? tableHeight(t.columns, t.rows.mid(0, std::min(rows, 3)), 7) : 0);
    const bool newPage = m_pages.isEmpty() || m_y + lead > contentBottom;
    const double top = newPage ? contentTop : m_y;
    // A table that runs over by a few rows fits under a chart that much shorter.
    if (chart > 0 && rows > 0) {
        const double over = top + opening() + tableHeight(t.columns, t.rows, 7) - contentBottom;
        if (over > 0 && over <= chart - shortestChartFor(categories, labelsNeed))
            chart -= over;
    }
    int first = rows > 0 ? rowsThatFit(t, 0, top + opening()) : 0;
    if (first < rows && rows - first < 3 && first > 3)
        first = rows - 3; // no table continues with one or two rows alone
    // Nor begins with them (or with a row that does not fit) under a chart that fills the page: it
    // starts on the next page.
    if (first < rows && (first < 3 || tableHeight(t.columns, t.rows.mid(0, first), 7) > contentBottom - top - opening()))
        first = 0;

    Block block { Kind::Pillar, p, first, IndicatorCatalogModel::pillarLabel(key, m_context->language()) };
    block.chartHeight = chart;
    block.labelPoints = labelPoints;
    place(block, opening() + tableHeight(t.columns, t.rows.mid(0, first), 7), newPage);
    for (int from = first; from < rows;) {
        const int count = rowsThatFit(t, from, contentTop + 32);
        place({ Kind::PillarTable, p, count, {}, from }, 32 + tableHeight(t.columns, t.rows.mid(from, count), 7), true);
        from += count;
    }
}

// Sources, as many as fit (wrapped paragraphs): the first under the method where there is room.
void BriefingReport::planSources()
{
    const double width = pageWidth - 2 * margin;
    const QFont f = font(8);
    bool newPage = m_y + 32 + 3 * paragraphHeight(u"-"_s, width, f) > contentBottom;
    for (int first = 0; first < m_sources.size();) {
        const double top = newPage ? contentTop : m_y;
        double y = top + (first == 0 ? 32 : 0);
        int count = 0;
        while (first + count < m_sources.size()) {
            const double h = paragraphHeight(sourceLine(first + count), width, f) + 3;
            if (y + h > contentBottom)
                break;
            y += h;
            ++count;
        }
        count = std::max(count, 1);
        place({ Kind::Sources, first, count, first == 0 ? tr("Sources") : QString() }, y - top, newPage);
        first += count;
        newPage = true;
    }
}

QString BriefingReport::sourceLine(int i) const
{
    const QStringList &s = m_sources[i];
    return u"%1 — %2 %3"_s.arg(s[0], s[1], s[2].isEmpty() ? QString() : u"(%1)"_s.arg(s[2]));
}

QList<BriefingReport::Section> BriefingReport::sections() const
{
    QList<Section> out;
    for (int i = 0; i < m_pages.size(); ++i)
        for (const Block &b : m_pages[i].blocks)
            if (!b.section.isEmpty() && b.kind != Kind::Contents)
                out.append({ b.section, i });
    return out;
}

void BriefingReport::renderPage(QPainter &p, int page) const
{
    if (page < 0 || page >= m_pages.size())
        return;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(0, 0, pageWidth, pageHeight), Qt::white);
    const PageSpec &spec = m_pages[page];
    if (spec.blocks.value(0).kind != Kind::Cover) {
        header(p, tr("%1 AI readiness briefing").arg(m_context->regionName(m_context->focus())), m_date);
        footer(p, page + 1, int(m_pages.size()), tr("Figures with their year and source; “no data” = no source gives it"));
    }
    for (const Block &block : spec.blocks) {
        switch (block.kind) {
        case Kind::Cover: drawCover(p); break;
        case Kind::Contents: drawContents(p); break;
        case Kind::KeyMessages: drawKeyMessages(p); break;
        case Kind::Summary: drawSummary(p); break;
        case Kind::Pillar: drawPillar(p, block); break;
        case Kind::PillarTable: drawPillarTable(p, block.index, block.first, block.count, block.top); break;
        case Kind::SectorFit: drawSectorFit(p, block.top, block.chartHeight); break;
        case Kind::Ranking: drawRanking(p); break;
        case Kind::Plans: drawPlans(p); break;
        case Kind::Targets: drawTargets(p, block.index, block.count); break;
        case Kind::Gaps: drawGaps(p, block.index, block.count, block.top); break;
        case Kind::Scenario: drawScenario(p); break;
        case Kind::Method: drawMethod(p); break;
        case Kind::Sources: drawSources(p, block.index, block.count, block.top); break;
        }
    }
    p.restore();
}

void BriefingReport::drawCover(QPainter &p) const
{
    p.fillRect(QRectF(0, 0, pageWidth, 10), palette::focus());
    double y = 250;
    // The province's own wording for its briefing, in Korean in both languages' reports.
    const QString title = m_context->focus() == u"KR-46"_s ? u"전라남도 AI 준비도 브리핑"_s
                                                          : tr("%1 AI readiness briefing").arg(regionName());
    y += paragraph(p, title, margin, y, pageWidth - 2 * margin, font(28, true), QColor(0x1A, 0x1A, 0x1A));
    if (m_context->language() == u"en"_s)
        y += paragraph(p, tr("%1 AI readiness briefing").arg(regionName()), margin, y + 6, pageWidth - 2 * margin, font(16));
    y += 30;
    const QStringList lines = {
        tr("Region: %1 (compared with %2 and the nation)").arg(regionName(), m_context->regionName(m_context->comparison())),
        tr("Date: %1").arg(m_date),
        tr("Data year: %1").arg(dataYear()),
        m_context->run().dataset.composite
            ? tr("Index shown: the composite of AI readiness and AI opportunity (weight set %1)").arg(m_context->weightSet())
            : tr("Index shown: AI readiness; AI opportunity is scored beside it, not added to it"),
        tr("Weights: %1 · normalisation: %2").arg(weightSetLabel(), normalisationLabel()),
    };
    for (const QString &line : lines)
        y += paragraph(p, line, margin, y, pageWidth - 2 * margin, font(12), QColor(0x44, 0x44, 0x44)) + 4;
    if (const QString note = provisionalNote(*m_context, m_context->run()); !note.isEmpty()) {
        y += 14;
        y += paragraph(p, note, margin, y, pageWidth - 2 * margin, font(12, true), QColor(0x9A, 0x34, 0x12)) + 4;
    }
    paragraph(p, tr("Made with the Jeonnam AI readiness dashboard. Every figure names its year and source; "
                    "estimated and imputed values are marked; missing figures are shown as missing."),
        margin, pageHeight - 120, pageWidth - 2 * margin, font(9), QColor(0x66, 0x66, 0x66));
}

void BriefingReport::drawContents(QPainter &p) const
{
    double y = contentTop + sectionTitle(p, tr("Contents"), contentTop);
    p.setFont(font(11));
    for (const Section &s : sections()) {
        const QRectF row(margin, y, pageWidth - 2 * margin, 20);
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(row, int(Qt::AlignLeft | Qt::AlignVCenter), s.title);
        p.drawText(row, int(Qt::AlignRight | Qt::AlignVCenter), QString::number(s.page + 1));
        p.setPen(QPen(QColor(0xDD, 0xDD, 0xDD), 0.5, Qt::DotLine));
        p.drawLine(QPointF(margin, y + 19), QPointF(pageWidth - margin, y + 19));
        y += 22;
    }
}

void BriefingReport::drawKeyMessages(QPainter &p) const
{
    double y = contentTop + sectionTitle(p, tr("Key messages"), contentTop);
    const double width = pageWidth - 2 * margin;
    const QStringList messages = keyMessages(*m_context);
    for (int i = 0; i < messages.size(); ++i)
        y += paragraph(p, u"%1. %2"_s.arg(i + 1).arg(messages[i]), margin, y, width, font(13)) + 14;
    paragraph(p,
        tr("An order between two regions is stated only where their 5–95 % rank intervals do not overlap; the evidence "
           "behind each pillar is on the summary and method pages."),
        margin, y + 10, width, font(9), QColor(0x55, 0x55, 0x55));
}

void BriefingReport::drawSummary(QPainter &p) const
{
    const IndexRun &run = m_context->run();
    double y = contentTop + sectionTitle(p, tr("Summary"), contentTop);
    const double width = pageWidth - 2 * margin;
    y += paragraph(p, readinessHeadline(*m_context), margin, y, width, font(13, true)) + 4;
    for (const QString &note : { provisionalNote(*m_context, run), selectionNote(*m_context) })
        if (!note.isEmpty())
            y += paragraph(p, note, margin, y, width, font(10, true), QColor(0x9A, 0x34, 0x12)) + 4;
    y += paragraph(p, opportunityHeadline(*m_context), margin, y, width, font(11)) + 8;

    // The findings are the overview's sentences: the same code, so screen and paper say the same.
    PillarScoresModel model;
    const QStringList units = { m_context->focus(), m_context->comparison(), u"KR"_s };
    const QStringList names = { regionName(), m_context->regionName(m_context->comparison()), m_context->regionName(u"KR"_s) };
    model.update(run, m_context->opportunityRun(), units, names, m_context->language());
    PillarScoresModel radarModel;
    radarModel.update(run, m_context->opportunityRun(), units, names, m_context->language(), false);
    ChartPanel radar(tr("Radar of the readiness pillars"));
    showRadarOrBars(&radar, radarModel, { palette::focus(), palette::comparison(), palette::nation() },
        tr("Readiness pillars (0–100, on the scale of %1)").arg(m_context->rankedPhrase()), tr("score (0–100)"));
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells = { model.rowLabel(r) };
        for (int c = 0; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells;
    }
    // What each pillar rests on, beside its scores.
    for (int r = 0; r < model.rowCount() && r < run.dataset.input.framework.pillars.size(); ++r)
        rows[r] << evidenceLine(*m_context, run, run.dataset.input.framework.pillars[r]);
    if (rows.size() > run.dataset.input.framework.pillars.size()) {
        QStringList sectors;
        for (const IndexDataset::Evidence &e : m_context->opportunityRun().dataset.evidence)
            sectors << u"%1 %2"_s.arg(IndicatorCatalogModel::sectorLabel(e.pillar, m_context->language()),
                evidenceLine(*m_context, m_context->opportunityRun(), e.pillar));
        rows.last() << sectors.join(u"; "_s);
    }
    QList<Column> columns = { { tr("Pillar"), 96 } };
    for (const QString &n : names)
        columns.append({ n, 62, Qt::AlignRight });
    columns.append({ tr("Rests on"), width - 96 - 3 * 62 });
    y += table(p, margin, y, columns, rows, 8) + 12;
    drawChart(p, radar, QRectF(margin + 40, y, width - 80, contentBottom - y - 8), 1.1);
}

void BriefingReport::drawPillar(QPainter &p, const Block &block) const
{
    const QString key = pillars()[block.index];
    const QString title = IndicatorCatalogModel::pillarLabel(key, m_context->language());
    double y = block.top + sectionTitle(p, title, block.top);
    IndicatorValuesModel relative;
    relativeToNation(relative, key);
    y += paragraph(p, pillarIntro(key), margin, y, pageWidth - 2 * margin, font(10)) + 6;
    if (block.chartHeight > 0) {
        const QRectF target(margin, y, pageWidth - 2 * margin, block.chartHeight);
        const std::unique_ptr<ChartPanel> chart = pillarChart(key, block.labelPoints);
        layOut(*chart, target, pillarPixelsPerPoint);
        renderChart(p, *chart, target);
        y += block.chartHeight + 10;
        if (const QString rest = pillarChartRest(key); !rest.isEmpty())
            y += paragraph(p, rest, margin, y, pageWidth - 2 * margin, font(8), QColor(0x55, 0x55, 0x55)) + 8;
    } else {
        // No figure to chart: say what is missing instead of drawing empty axes.
        y += paragraph(p, pillarChartGap(key), margin, y, pageWidth - 2 * margin, font(10), QColor(0x55, 0x55, 0x55)) + 12;
    }

    const PillarTable t = pillarTable(key);
    if (block.count > 0)
        table(p, margin, y, t.columns, t.rows.mid(0, block.count), 7, t.styles.mid(0, block.count));
}

QString BriefingReport::pillarIntro(const QString &key) const
{
    const IndexRun &run = m_context->runFor(key);
    const int focusRow = m_context->unitRow(m_context->focus());
    QStringList said;
    if (key == u"sector"_s) {
        const double score = run.result.index[size_t(focusRow)];
        said << (std::isnan(score) ? tr("AI opportunity of %1: no score (evidence insufficient).").arg(regionName())
                                   : tr("AI opportunity of %1: %2 of 100 (a score of its own, not part of readiness).")
                                         .arg(regionName(), QLocale().toString(score, 'f', 1)));
        for (const IndexDataset::Evidence &e : run.dataset.evidence)
            said << u"%1: %2"_s.arg(IndicatorCatalogModel::sectorLabel(e.pillar, m_context->language()),
                evidenceLine(*m_context, run, e.pillar));
    } else {
        const int column = int(run.dataset.input.framework.pillars.indexOf(key));
        const double score = column < 0 ? std::nan("") : run.result.pillarScores.at(focusRow, column);
        const IndexDataset::Evidence *e = run.dataset.evidenceOf(key);
        said << (e && !e->sufficient ? tr("Pillar score: evidence insufficient – not scored (%1).").arg(evidenceLine(*m_context, run, key))
                 : std::isnan(score) ? tr("Pillar score of %1: no figure.").arg(regionName())
                                     : tr("Pillar score of %1: %2 of 100 (%3).")
                                           .arg(regionName(), QLocale().toString(score, 'f', 1), evidenceLine(*m_context, run, key)));
    }
    return said.join(u'\n');
}

// A pillar's chart, as yet of no size: its figures as percentages of the nation's, the categories' labels
// `labelPoints` tall (in the chart's pixels).
std::unique_ptr<ChartPanel> BriefingReport::pillarChart(const QString &key, double labelPoints) const
{
    IndicatorValuesModel relative;
    relativeToNation(relative, key);
    const ChartedRows charted(relative);
    auto chart = std::make_unique<ChartPanel>(IndicatorCatalogModel::pillarLabel(key, m_context->language()));
    showBars(chart.get(), charted, { palette::focus(), palette::nation(), palette::comparison() },
        tr("Figures as a percentage of the national figure"), tr("% of the national figure (nation = 100)"));
    for (QAbstractAxis *axis : chart->chart()->axes())
        if (qobject_cast<QBarCategoryAxis *>(axis))
            axis->setLabelsFont(chartFont(labelPoints));
    return chart;
}

std::unique_ptr<ChartPanel> BriefingReport::pillarChartAsDrawn(int pillar) const
{
    for (const PageSpec &page : m_pages) {
        for (const Block &block : page.blocks) {
            if (block.kind != Kind::Pillar || block.index != pillar || block.chartHeight <= 0)
                continue;
            std::unique_ptr<ChartPanel> chart = pillarChart(pillars()[pillar], block.labelPoints);
            layOut(*chart, QRectF(0, 0, pageWidth - 2 * margin, block.chartHeight), pillarPixelsPerPoint);
            return chart;
        }
    }
    return nullptr;
}

int BriefingReport::pillarCount()
{
    return int(pillars().size());
}

// Under a chart: the indicators it leaves to the table ("" when it shows them all).
QString BriefingReport::pillarChartRest(const QString &key) const
{
    IndicatorValuesModel relative;
    relativeToNation(relative, key);
    const int left = relative.rowCount() - ChartedRows(relative).rowCount();
    if (left <= 0)
        return {};
    return tr("%1 of the %2 indicators have no bar (no national figure, or no figure of %3 or %4): they are in the table only.")
        .arg(left)
        .arg(relative.rowCount())
        .arg(regionName(), m_context->regionName(m_context->comparison()));
}

// A pillar's figures as a percentage of the national figure, as its chart shows them.
void BriefingReport::relativeToNation(IndicatorValuesModel &model, const QString &key) const
{
    const QStringList units = { m_context->focus(), u"KR"_s, m_context->comparison() };
    const QStringList names = { regionName(), m_context->regionName(u"KR"_s), m_context->regionName(m_context->comparison()) };
    model.update(m_context->comparisonModel().lines(), key, m_context->runFor(key), units, names,
        IndicatorValuesModel::Mode::RelativeToNation, m_context->language());
}

// Why a pillar's chart would show no bar ("" when it has one): the chart puts each figure as a percentage
// of the nation's, so it needs the nation's figure and the region's.
QString BriefingReport::pillarChartGap(const QString &key) const
{
    IndicatorValuesModel relative;
    relativeToNation(relative, key);
    if (ChartedRows(relative).rowCount() > 0)
        return {};
    int indicators = 0, national = 0, focus = 0;
    for (const ComparisonModel::Line &line : m_context->comparisonModel().lines()) {
        if (line.indicator.pillar != key)
            continue;
        ++indicators;
        national += line.nation.present ? 1 : 0;
        focus += line.focus.present ? 1 : 0;
    }
    if (indicators == 0)
        return tr("No chart: this pillar has no indicator in the database.");
    if (national == 0)
        return tr("No chart: a figure is charted as a percentage of the national figure, and none of the %1 indicators "
                  "of this pillar has a national figure. %2 has figures for %3 of them; they are in the table below.")
            .arg(indicators)
            .arg(regionName())
            .arg(focus);
    return tr("No chart: none of the %1 indicators of this pillar has a figure of %2 or %3 beside a national figure. "
              "The figures there are in the table below.")
        .arg(indicators)
        .arg(regionName(), m_context->regionName(m_context->comparison()));
}

BriefingReport::PillarTable BriefingReport::pillarTable(const QString &key) const
{
    PillarTable t;
    const IndexRun &run = m_context->runFor(key);
    const auto &lines = m_context->comparisonModel().lines();
    const QStringList names = { regionName(), m_context->regionName(u"KR"_s), m_context->regionName(m_context->comparison()) };
    for (const ComparisonModel::Line &line : lines) {
        if (line.indicator.pillar != key)
            continue;
        const QString unit = unitLabel(line.indicator.denominator.isEmpty() ? line.indicator.unit : line.indicator.ratioUnit,
            m_context->language());
        auto cell = [&](const ComparisonModel::Cell &c) -> QString {
            if (!c.present)
                return tr("no data");
            if (c.status == u"user"_s)
                return formatValue(c.value) + u" ("_s + tr("user edit") + u')';
            return formatValue(c.value) + (c.status == u"estimate"_s ? u" (e)"_s : QString());
        };
        QString label = line.indicator.name(m_context->language());
        if (key == u"sector"_s)
            label = IndicatorCatalogModel::sectorLabel(line.indicator.sector, m_context->language()) + u" · "_s + label;
        const QString &language = m_context->language();
        const QString source = line.focus.present ? line.focus.sourceTitleIn(language)
            : line.nation.present                  ? line.nation.sourceTitleIn(language)
                                                   : line.comparison.sourceTitleIn(language);
        const bool stale = line.year > 0 && run.dataset.referenceYear - line.year > staleAge;
        t.rows << QStringList { label, cell(line.focus), cell(line.nation), cell(line.comparison), unit,
            line.year > 0 ? (stale ? tr("%1 (old)").arg(line.year) : QString::number(line.year)) : QString(), source };
        t.styles << (line.focus.present ? 0 : 2);
    }
    t.columns = { { tr("Indicator"), 128 }, { names[0], 52, Qt::AlignRight }, { names[1], 56, Qt::AlignRight },
        { names[2], 52, Qt::AlignRight }, { tr("Unit"), 62 }, { tr("Year"), 30 }, { tr("Source"), 119 } };
    return t;
}

// The rows of a pillar's table that fit from `top` down, starting at `first` (at least one).
int BriefingReport::rowsThatFit(const PillarTable &t, int first, double top) const
{
    int count = 1;
    while (first + count < t.rows.size()
        && tableHeight(t.columns, t.rows.mid(first, count + 1), 7) <= contentBottom - top)
        ++count;
    return count;
}

void BriefingReport::drawPillarTable(QPainter &p, int pillar, int first, int count, double top) const
{
    const QString key = pillars()[pillar];
    const QString title = tr("%1 (continued)").arg(IndicatorCatalogModel::pillarLabel(key, m_context->language()));
    const double y = top + sectionTitle(p, title, top);
    const PillarTable t = pillarTable(key);
    table(p, margin, y, t.columns, t.rows.mid(first, count), 7, t.styles.mid(first, count));
}

double BriefingReport::drawSectorFit(QPainter &p, double top, double chartHeight) const
{
    double y = top + sectionTitle(p, tr("Sector diagnosis"), top);
    SectorFitModel model;
    model.update(m_context->comparisonModel().lines(), m_context->opportunityRun(), m_context->focus(), m_context->language());
    ChartPanel chart(tr("Sector fit quadrant"));
    showQuadrant(&chart, model, tr("%1: sector size against AI readiness").arg(regionName()), regionName());
    drawChart(p, chart, QRectF(margin, y, pageWidth - 2 * margin, chartHeight));
    y += chartHeight + 10;
    QList<QStringList> rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << QStringList { model.rowLabel(r), model.index(r, 0).data().toString(), model.index(r, 1).data().toString(),
            model.index(r, 0).data(Qt::ToolTipRole).toString() };
    y += table(p, margin, y,
             { { tr("Sector"), 80 }, { tr("Share of the national total (%)"), 110, Qt::AlignRight },
                 { tr("Readiness score"), 80, Qt::AlignRight }, { tr("Size figure"), 229 } },
             rows, 8)
        + 12;
    QStringList strengths, gaps;
    for (int r = 0; r < model.rowCount(); ++r) {
        const QVariant share = model.index(r, 0).data(roleOf(ItemRole::RawValue));
        const QVariant score = model.index(r, 1).data(roleOf(ItemRole::RawValue));
        if (!share.isValid() || share.toDouble() <= model.populationShare())
            continue;
        (score.isValid() && score.toDouble() >= 50 ? strengths : gaps) << model.rowLabel(r);
    }
    return y
        + paragraph(p,
            tr("Sectors larger in %1 than its %2 % share of the population: strengths to build AI on where readiness is at "
               "least 50 (%3); gaps to close where it is lower or cannot be measured yet (%4).")
                .arg(regionName(), QLocale().toString(model.populationShare(), 'f', 1),
                    strengths.isEmpty() ? tr("none") : strengths.join(u", "_s), gaps.isEmpty() ? tr("none") : gaps.join(u", "_s)),
            margin, y, pageWidth - 2 * margin, font(10));
}

void BriefingReport::drawRanking(QPainter &p) const
{
    double y = contentTop + sectionTitle(p, tr("Ranking of %1").arg(m_context->rankedPhrase()), contentTop);
    const IndexRun &run = m_context->run();
    QStringList names;
    for (const QString &code : run.dataset.unitCodes)
        names << m_context->regionName(code);
    RankingModel model;
    model.update(run, m_context->opportunityRun(), names, false, m_context->language());
    const bool provinces = m_context->scope().level == 1;
    // The map where there is one (the provinces, or one province's districts); a country's districts
    // (hundreds of tiles) get the table alone, over the page's width.
    const bool withMap = !layoutMapOf(*m_context).isEmpty() || !m_context->outlines().isEmpty();
    const QString note = tr("Scores 0–100 on the scale of %1; 5–95 %: the range of ranks in 90 % of the uncertainty runs "
                            "(weights ±25 %, min–max or z-score, arithmetic or geometric mean).").arg(m_context->rankedPhrase());
    // The table, sorted by score.
    QList<int> order;
    for (int r = 0; r < model.rowCount(); ++r)
        order << r;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return model.index(a, RankingModel::Score).data(roleOf(ItemRole::RawValue)).toDouble()
            > model.index(b, RankingModel::Score).data(roleOf(ItemRole::RawValue)).toDouble();
    });
    // Up to 45 rows: a country's districts show the top 15, the focus and its neighbours, the last 10.
    const qsizetype focusAt = std::find_if(order.cbegin(), order.cend(), [&](int r) { return model.code(r) == m_context->focus(); })
        - order.cbegin();
    auto shown = [&](qsizetype i) {
        return order.size() <= 45 || i < 15 || i >= order.size() - 10 || std::abs(i - focusAt) <= 5;
    };
    QList<QStringList> rows;
    QList<int> styles;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const int r = order[i];
        if (!shown(i)) {
            if (shown(i - 1)) {
                rows << QStringList { u"…"_s };
                styles << 0;
            }
            continue;
        }
        QStringList cells;
        for (int c : { int(RankingModel::Rank), int(RankingModel::Name), int(RankingModel::Score), int(RankingModel::Interval) })
            cells << model.index(r, c).data().toString();
        for (int c = RankingModel::FirstPillar; c < model.columnCount(); ++c)
            cells << model.index(r, c).data().toString();
        rows << cells;
        styles << (model.code(r) == m_context->focus() ? 1 : 0);
    }
    // The pillars share what the first four columns leave of the page's width.
    // The rank column is wide enough for "no data" on one line.
    QList<Column> columns = { { tr("Rank"), 40, Qt::AlignRight }, { tr("Region"), provinces ? 60.0 : 100.0 },
        { tr("Score"), 40, Qt::AlignRight }, { tr("5–95 %"), 44, Qt::AlignRight } };
    const int pillarColumns = std::max(1, model.columnCount() - int(RankingModel::FirstPillar));
    const double pillarWidth = (pageWidth - 2 * margin - 40 - columns[1].width - 40 - 44) / pillarColumns;
    for (int c = RankingModel::FirstPillar; c < model.columnCount(); ++c)
        columns.append({ model.columnLabel(c), pillarWidth, Qt::AlignRight });
    if (!withMap) { // a country's districts: up to 45 rows, in the smaller type
        const double height = table(p, margin, y, columns, rows, 7, styles);
        paragraph(p, note, margin, y + height + 10, pageWidth - 2 * margin, font(8), QColor(0x55, 0x55, 0x55));
        return;
    }
    // The map with its note beside it, the table over the page's width under them, in the largest
    // map and type that leave room for every row. Drawn by the widget's own painter routine onto the
    // report's painter: tiles and outlines stay vector paths in the PDF.
    TileMap map;
    setUpMap(map, *m_context, model, RankingModel::Score);
    const int mapWidth = map.minimumWidth();
    map.setMinimumSize(0, 0); // as tall as its map and legend need, no taller (a province's districts: less than the provinces)
    map.resize(mapWidth, std::min(440, map.heightForWidth(mapWidth)));
    double mapScale = 0.5;
    int points = 7;
    for (const auto &[scale, size] : { std::pair { 0.75, 8 }, { 0.75, 7 }, { 0.62, 8 }, { 0.62, 7 } }) {
        if (y + map.height() * scale + 10 + tableHeight(columns, rows, size) <= contentBottom) {
            mapScale = scale;
            points = size;
            break;
        }
    }
    p.save();
    p.translate(margin, y);
    p.scale(mapScale, mapScale);
    map.render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.restore();
    const double beside = margin + std::max(map.mapRect().right(), 300.0) * mapScale + 16; // right of the map and its legend
    paragraph(p, note, beside, y + 4, pageWidth - margin - beside, font(9), QColor(0x55, 0x55, 0x55));
    y += map.height() * mapScale + 10;
    table(p, margin, y, columns, rows, points, styles);
}

void BriefingReport::drawPlans(QPainter &p) const
{
    double y = contentTop + sectionTitle(p, tr("Plans"), contentTop);
    PlanCoverageModel model;
    model.update(m_context->storage(), m_context->language());
    y += paragraph(p,
             tr("Which pillars the national, Gyeonggi and Jeonnam plans cover (number of items). “gap”: Jeonnam's plan has no "
                "item where another plan has."),
             margin, y, pageWidth - 2 * margin, font(10))
        + 8;
    QList<QStringList> rows;
    QList<int> styles;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList cells = { model.rowLabel(r) };
        bool gap = false;
        for (int c = 0; c < model.columnCount(); ++c) {
            cells << model.index(r, c).data().toString();
            gap = gap || model.index(r, c).data(roleOf(ItemRole::Status)).toString() == u"gap"_s;
        }
        rows << cells;
        styles << (gap ? 1 : 0);
    }
    QList<Column> columns = { { tr("Pillar"), 170 } };
    for (int c = 0; c < model.columnCount(); ++c)
        columns.append({ model.columnLabel(c), 110, Qt::AlignCenter });
    y += table(p, margin, y, columns, rows, 9, styles) + 16;
    // The items of Jeonnam's plan, pillar by pillar, in words.
    Result<QList<PlanItemRecord>> planItems = m_context->storage().planItems();
    QList<PlanItemRecord> jeonnam;
    for (const PlanItemRecord &item : planItems ? *planItems : QList<PlanItemRecord>())
        if (item.plan == u"jeonnam"_s)
            jeonnam << item;
    std::stable_sort(jeonnam.begin(), jeonnam.end(), [](const PlanItemRecord &a, const PlanItemRecord &b) {
        return std::tie(a.pillar, a.sector, a.item) < std::tie(b.pillar, b.sector, b.item);
    });
    QStringList items;
    for (const PlanItemRecord &item : std::as_const(jeonnam))
        items << u"• [%1] %2 (%3)"_s.arg(IndicatorCatalogModel::pillarLabel(item.pillar, m_context->language()),
            plainDataText(m_context->language() == u"en"_s ? item.titleEn : item.titleKo),
            planStatusLabel(item.status, m_context->language()));
    y += paragraph(p, tr("Jeonnam's strategies and projects"), margin, y, pageWidth - 2 * margin, font(11, true)) + 4;
    paragraph(p, items.join(u'\n'), margin, y, pageWidth - 2 * margin, font(8));
}

void BriefingReport::drawTargets(QPainter &p, int first, int count) const
{
    double y = contentTop;
    if (first == 0)
        y += sectionTitle(p, tr("Plan targets"), contentTop);
    table(p, margin, y, targetColumns(), targetRows(first, count), 7);
}

QList<Column> BriefingReport::targetColumns() const
{
    // "Where it stands" holds the longest texts: the widest column, so that rows stay short.
    return { { tr("Plan"), 72 }, { tr("Item"), 136 }, { tr("Target"), 66, Qt::AlignRight }, { tr("Year"), 30 },
        { tr("Budget"), 58, Qt::AlignRight }, { tr("Where it stands"), 137 } };
}

QList<QStringList> BriefingReport::targetRows(int first, int count) const
{
    QList<QStringList> rows;
    for (int r = first; r < first + count && r < m_targets.size(); ++r) {
        const QStringList &t = m_targets[r];
        rows << QStringList { t.value(0), t.value(1), t.value(2), t.value(3), t.value(4), t.value(6) };
    }
    return rows;
}

double BriefingReport::drawMethod(QPainter &p) const
{
    double y = contentTop + sectionTitle(p, tr("Data notes and method"), contentTop);
    const IndexRun &run = m_context->run();
    const double width = pageWidth - 2 * margin;
    QStringList method = {
        m_context->run().dataset.composite
            ? tr("Index: the composite of AI readiness and AI opportunity, as the weight set %1 asks.").arg(m_context->weightSet())
            : tr("Two questions, two scores: AI readiness (infrastructure, talent, innovation and industry, governance: can the "
                 "region build and use AI?) and AI opportunity (agriculture, marine, energy, medical by their size: where would "
                 "AI pay off?). They are not added together."),
        tr("Evidence rules: an indicator enters when at least two thirds of %1 have a figure no older than %2 years (before "
           "%3); a pillar is scored only with at least two such indicators, otherwise it shows “evidence insufficient” and "
           "the index is provisional. Figures more than %4 years old are marked “old”.")
            .arg(m_context->rankedPhrase())
            .arg(run.dataset.maxAge)
            .arg(run.dataset.referenceYear)
            .arg(staleAge),
        tr("Size and intensity: AI capacity concentrates (Gyeonggi alone holds about half of the country's R&D "
           "spending), so each readiness pillar carries, where the data allow, both a region's share of the national "
           "total (mass) and a rate per resident or worker (intensity); a rate alone would dilute the largest regions, a "
           "share alone the small ones."),
        tr("Indicators: %1 scored; counts are divided by their denominator (per resident, per worker, per km²) region "
           "by region, same year.").arg(run.dataset.input.framework.indicators.size()),
        tr("Year: %1 – for “latest”, each indicator's most recent year with figures for at least two thirds of %2.")
            .arg(dataYear(), m_context->rankedPhrase()),
        tr("Normalisation: %1, on the scale of %3 (the nation and groups placed on it). Weights: %2. "
           "Aggregation: arithmetic mean, indicator → sector → pillar → index; a missing indicator is left out and the "
           "weights rescaled.").arg(normalisationLabel(), weightSetLabel(), m_context->rankedPhrase()),
        tr("Uncertainty: %1 Monte Carlo runs (seed %2) drawing weights ±25 %, min–max or z-score and arithmetic or "
           "geometric aggregation; the ranks' 5th–95th percentiles are reported.").arg(run.options.uncertaintyRuns).arg(run.options.seed),
    };
    y += paragraph(p, method.join(u'\n'), margin, y, width, font(9)) + 10;
    QStringList evidence;
    for (const IndexRun *r : { &m_context->run(), &m_context->opportunityRun() })
        for (const IndexDataset::Evidence &e : r->dataset.evidence)
            evidence << u"%1: %2"_s.arg(IndicatorCatalogModel::groupLabel(e.pillar, m_context->language()),
                evidenceLine(*m_context, *r, e.pillar));
    y += paragraph(p, tr("What each pillar rests on: %1.").arg(evidence.join(u"; "_s)), margin, y, width, font(9)) + 8;
    if (const QString agreement = benchmarkText(*m_context); !agreement.isEmpty())
        y += paragraph(p, agreement, margin, y, width, font(9)) + 8;
    // Left out, estimated, imputed.
    QHash<QString, QString> names;
    const Result<QList<IndicatorInfo>> indicators = IndicatorCatalogModel::loadIndicators(m_context->storage());
    for (const IndicatorInfo &i : indicators ? *indicators : QList<IndicatorInfo>())
        names.insert(i.id, i.name(m_context->language()));
    QStringList leftOut;
    for (const IndexDataset::Excluded &e : run.dataset.excluded)
        leftOut << names.value(e.indicator, e.indicator);
    y += paragraph(p, tr("Left out of the index for want of figures (%1): %2").arg(leftOut.size()).arg(leftOut.join(u", "_s)),
             margin, y, width, font(8), QColor(0x55, 0x55, 0x55))
        + 8;
    int imputed = 0;
    for (const auto &ind : run.result.indicators)
        imputed += ind.imputedCells;
    // Among the figures this report compares: the nation's and the provinces', or the districts'.
    ObservationFilter compared;
    compared.regions = run.dataset.unitCodes; // the regions and the nation (a group's id matches no region)
    const Result<ObservationCounts> counts = m_context->storage().countObservations(compared);
    const qint64 estimates = counts ? counts->byStatus.value(u"estimate"_s) : 0;
    const qint64 userRows = counts ? counts->byOrigin.value(vocabulary::userOrigin) : 0;
    y += paragraph(p,
        tr("Estimates among the nation's and provinces' figures: %1 (marked “(e)” in the tables). Imputed values in this index: %2. Figures entered "
           "or imported by users: %3. Statuses: official = a statistics agency table; reported = a news report of a "
           "release; estimate = with its method in the note.").arg(estimates).arg(imputed).arg(userRows),
        margin, y, width, font(9));
    return y;
}

void BriefingReport::drawSources(QPainter &p, int first, int count, double top) const
{
    double y = top;
    if (first == 0)
        y += sectionTitle(p, tr("Sources"), top);
    const double width = pageWidth - 2 * margin;
    for (int i = first; i < first + count && i < m_sources.size(); ++i)
        y += paragraph(p, sourceLine(i), margin, y, width, font(8)) + 3;
}

QImage BriefingReport::preview(int page, double scale) const
{
    QImage image(QSize(int(pageWidth * scale), int(pageHeight * scale)), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    renderPage(painter, page);
    return image;
}

Status BriefingReport::writePdf(const QString &path) const
{
    // Drawn in memory first (about 150 KB), then saved all or nothing.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72); // painter units are points
        writer.setTitle(tr("%1 AI readiness briefing").arg(regionName()));
        writer.setCreator(u"ai-readiness"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return Problem { path, 0, 0, tr("cannot start the PDF") };
        for (int page = 0; page < pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            renderPage(painter, page);
        }
        painter.end();
    }
    if (Status saved = saveFile(path, buffer.data()); !saved)
        return Problem { path, 0, 0, tr("cannot write the report: %1").arg(saved.problems().first().reason) };
    return Ok {};
}

} // namespace air
