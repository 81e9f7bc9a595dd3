#include "report/slideexport.h"

#include "charts/chartpanel.h"
#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "io/savefile.h"
#include "items/dashboardmodels.h"
#include "charts/chartbuilders.h"
#include "pages/page.h"
#include "pages/pillarpage.h"
#include "pages/trendspage.h"
#include "scoring/indexdataset.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QValueAxis>
#include <QBuffer>
#include <QChart>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QScopeGuard>
#include <QSvgGenerator>
#include <QTextDocumentFragment>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// Slide geometry, in slide pixels (1920×1080).
constexpr qreal margin = 64;
constexpr qreal titleSize = 44;    // px
constexpr qreal subtitleSize = 28;
constexpr qreal noteSize = 22;
constexpr qreal sourceSize = 21;
// The chart is laid out this many times smaller than it is drawn: its 8.5 pt axis labels (11 px at
// 96 dpi) read at about 20 px on the slide, as a slide's smallest text should.
constexpr qreal chartScale = 1.75;

QFont slideFont(qreal pixels, bool bold = false)
{
    QFont f = chartFont(10, bold);
    f.setPixelSize(qRound(pixels));
    return f;
}

// A chart title is rich text (escaped names, <br> before what it leaves out): its lines as plain text.
QStringList plainLines(const QString &richTitle)
{
    QString text = QTextDocumentFragment::fromHtml(richTitle).toPlainText();
    text.replace(QChar::ParagraphSeparator, u'\n').replace(QChar::LineSeparator, u'\n');
    return text.split(u'\n', Qt::SkipEmptyParts);
}

// Draws TEXT in the rectangle's width on as many lines as it needs (at most maxLines, the last
// elided); returns the height used.
qreal drawWrapped(QPainter &p, const QString &text, const QRectF &box, const QFont &font, const QColor &colour, int maxLines)
{
    if (text.isEmpty())
        return 0;
    p.setFont(font);
    p.setPen(colour);
    const QFontMetricsF metrics(font, p.device());
    QStringList lines;
    QString line;
    // Korean wraps between words; a word longer than the line is cut by the elision below.
    for (const QString &word : text.split(u' ')) {
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (metrics.horizontalAdvance(candidate) <= box.width() || line.isEmpty()) {
            line = candidate;
        } else {
            lines << line;
            line = word;
        }
    }
    if (!line.isEmpty())
        lines << line;
    if (lines.size() > maxLines) {
        lines = lines.mid(0, maxLines);
        lines.last() = lines.last() + u" …"_s;
    }
    qreal y = box.top();
    for (QString &l : lines) {
        l = metrics.elidedText(l, Qt::ElideRight, box.width());
        p.drawText(QPointF(box.left(), y + metrics.ascent()), l);
        y += metrics.lineSpacing();
    }
    return y - box.top();
}

// Draws the chart into AREA: laid out at AREA / chartScale (taller when its labels need it), then
// scaled, so that it stays vector on an SVG.
void drawChart(QPainter &p, ChartPanel &panel, const QRectF &area)
{
    QChart *chart = panel.chart();
    const QSizeF before = chart->size();
    const QString title = chart->title();
    chart->setTitle(QString()); // the slide's own title says it, larger
    QSizeF logical(area.width() / chartScale, area.height() / chartScale);
    if (panel.hasHeightForWidth() && panel.heightForWidth(int(logical.width())) > logical.height()) {
        // Taller than the slide at that scale: the narrowest width (labels wrap less as it grows) whose
        // height fits the slide's proportions, drawn smaller.
        const qreal ratio = area.height() / area.width();
        qreal low = logical.width(), high = 4 * logical.width();
        for (int i = 0; i < 20; ++i) {
            const qreal mid = (low + high) / 2;
            (panel.heightForWidth(int(mid)) > mid * ratio ? low : high) = mid;
        }
        logical = QSizeF(high, high * ratio);
    }
    chart->resize(logical);
    if (chart->layout())
        chart->layout()->activate();
    QApplication::processEvents();
    const QRectF source(chart->pos(), logical);
    QSizeF drawn = logical.scaled(area.size(), Qt::KeepAspectRatio);
    const QRectF target(area.left() + (area.width() - drawn.width()) / 2, area.top(), drawn.width(), drawn.height());
    panel.scene()->render(&p, target, source, Qt::KeepAspectRatio);
    chart->setTitle(title);
    chart->resize(before);
    if (chart->layout())
        chart->layout()->activate();
}

// The years of the figures behind a page's chart: "2024년 기준" for a chosen year; for the latest
// figures, the span of the years they are of.
QString yearText(const DashboardContext &context, const QList<int> &years)
{
    if (context.year() > 0)
        return SlideText::tr("as of %1").arg(context.year());
    if (years.isEmpty())
        return SlideText::tr("latest figures");
    const auto [low, high] = std::minmax_element(years.cbegin(), years.cend());
    return *low == *high ? SlideText::tr("latest figures (%1)").arg(*low)
                         : SlideText::tr("latest figures (%1–%2)").arg(*low).arg(*high);
}

// Publishers, in the order first met, as many as fit: "KOSIS 통계청 · 과학기술정보통신부 외 3곳".
QString sourceText(const QStringList &publishers, const QString &prefix)
{
    if (publishers.isEmpty())
        return prefix;
    const int shown = 6;
    QString list = publishers.mid(0, shown).join(u" · "_s);
    if (publishers.size() > shown)
        list = SlideText::tr("%1 and %2 more").arg(list).arg(publishers.size() - shown);
    return prefix.isEmpty() ? SlideText::tr("Source: %1").arg(list) : SlideText::tr("%1 · sources of the figures: %2").arg(prefix, list);
}

QString pageOfChart(const Page &page)
{
    return page.key();
}

} // namespace

SlideCaption slideCaption(const DashboardContext &context, const Page &page, ChartPanel &chart)
{
    SlideCaption caption;
    const QStringList lines = plainLines(chart.chart()->title());
    caption.title = lines.value(0, chart.accessibleName());
    caption.note = lines.mid(1).join(u' ');

    // Which indicators the chart rests on: the page's pillar(s), or the trend's indicator.
    const QString key = pageOfChart(page);
    QStringList pillars;
    QString indicator;
    if (key == u"overview"_s)
        pillars = readinessPillarNames() + QStringList { u"sector"_s }; // readiness, and opportunity beside it
    else if (key == u"sectorfit"_s)
        pillars = { u"sector"_s };
    else if (const auto *trends = qobject_cast<const TrendsPage *>(&page))
        indicator = trends->indicator();
    else
        pillars = { key };
    QList<int> years;
    QStringList publishers;
    for (const ComparisonModel::Line &line : context.comparisonModel().lines()) {
        if (indicator.isEmpty() ? !pillars.contains(line.indicator.pillar)
                                : line.indicator.id != indicator && line.indicator.figuresId() != indicator)
            continue;
        if (line.year > 0 && (line.focus.present || line.nation.present || line.comparison.present))
            years << line.year;
        for (const ComparisonModel::Cell *cell : { &line.focus, &line.nation, &line.comparison })
            if (cell->present && !cell->sourcePublisher.isEmpty() && !publishers.contains(cell->sourcePublisher))
                publishers << cell->sourcePublisher;
    }
    if (const auto *trends = qobject_cast<const TrendsPage *>(&page); trends && trends->model().rowCount() > 0) {
        // A trend spans its years whatever the year chosen.
        const TrendModel &m = trends->model();
        caption.subtitle = SlideText::tr("%1 · %2 · the nation · %3–%4")
                               .arg(context.regionName(context.focus()), context.regionName(context.comparison()),
                                   m.rowLabel(0), m.rowLabel(m.rowCount() - 1));
    } else {
        caption.subtitle = SlideText::tr("%1 · compared with %2 · %3")
                               .arg(context.regionName(context.focus()), context.regionName(context.comparison()),
                                   yearText(context, years));
    }
    if (context.scenario())
        caption.subtitle += u" · "_s + SlideText::tr("scenario: %1").arg(context.scenarioName());
    const bool scores = key == u"overview"_s;
    caption.source = sourceText(publishers, scores ? SlideText::tr("Scores computed by the Jeonnam AI readiness dashboard")
                                                   : QString());
    const QDate today = QDate::currentDate();
    caption.footer = SlideText::tr("Jeonnam AI readiness dashboard · %1")
                         .arg(context.language() == u"en"_s ? QLocale(QLocale::English).toString(today, u"d MMMM yyyy"_s)
                                                            : u"%1년 %2월 %3일"_s.arg(today.year()).arg(today.month()).arg(today.day()));
    return caption;
}

void drawSlide(QPainter &p, ChartPanel &chart, const SlideCaption &caption)
{
    const QRectF page(QPointF(0, 0), QSizeF(slideSize));
    p.fillRect(page, Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    const QColor ink(0x1F, 0x29, 0x37), muted(0x4B, 0x55, 0x63);
    // A band of the focus colour at the top edge, as the briefing's cover has.
    p.fillRect(QRectF(0, 0, page.width(), 10), QColor(0x1D, 0x4E, 0x89));
    const qreal width = page.width() - 2 * margin;
    qreal y = 40;
    y += drawWrapped(p, caption.title, QRectF(margin, y, width, 0), slideFont(titleSize, true), ink, 2) + 6;
    y += drawWrapped(p, caption.subtitle, QRectF(margin, y, width, 0), slideFont(subtitleSize), muted, 1) + 4;
    y += drawWrapped(p, caption.note, QRectF(margin, y, width, 0), slideFont(noteSize), muted, 2);
    y += 16;
    // The source line may take two lines (the overview's scores rest on many publishers).
    const QFontMetricsF footerMetrics(slideFont(sourceSize), p.device());
    const int sourceLines = footerMetrics.horizontalAdvance(caption.source) > width ? 2 : 1;
    const qreal footerTop = page.height() - 36 - (sourceLines + 1) * footerMetrics.lineSpacing();
    p.setPen(QPen(QColor(0xD1, 0xD5, 0xDB), 2));
    p.drawLine(QPointF(margin, footerTop - 12), QPointF(page.width() - margin, footerTop - 12));
    drawChart(p, chart, QRectF(margin, y, width, footerTop - 24 - y));
    qreal fy = footerTop;
    fy += drawWrapped(p, caption.source, QRectF(margin, fy, width, 0), slideFont(sourceSize), muted, sourceLines);
    drawWrapped(p, caption.footer, QRectF(margin, fy, width, 0), slideFont(sourceSize), muted, 1);
}

namespace {

// At most this many indicators on one slide: more make labels too small to read at slide size.
constexpr int rowsPerSlide = 8;

// Some rows of a chart's model, for a slide of its own.
class RowsOf final : public GridModel {
public:
    RowsOf(const GridModel &from, const QList<int> &rows)
        : GridModel(nullptr)
    {
        QStringList labels, columns;
        std::vector<Cell> cells;
        for (int c = 0; c < from.columnCount(); ++c)
            columns << from.columnLabel(c);
        for (const int r : rows) {
            labels << from.rowLabel(r);
            for (int c = 0; c < from.columnCount(); ++c)
                cells.push_back(from.cell(r, c));
        }
        reset(labels, columns, std::move(cells));
    }
};

// A pillar's bars, redrawn for a slide: the indicators with a bar only (the others are in the page's
// table, and the slide says so), at most rowsPerSlide of them. Null where the chart is drawn as it is.
struct SlidePart {
    QList<int> rows; // empty: the chart as it is
    int part = 1;
    int parts = 1;
    int withoutBar = 0;
};

QList<SlidePart> partsOf(const Page &page)
{
    const auto *pillar = qobject_cast<const PillarPage *>(&page);
    if (!pillar)
        return { SlidePart {} };
    const GridModel &model = pillar->chartModel();
    QList<int> withBar;
    for (int r = 0; r < model.rowCount(); ++r) {
        bool any = false;
        for (int c = 0; c < model.columnCount(); ++c)
            any = any || model.cell(r, c).raw.isValid();
        if (any)
            withBar << r;
    }
    const int withoutBar = model.rowCount() - int(withBar.size());
    if (withBar.isEmpty() || (withoutBar == 0 && withBar.size() <= rowsPerSlide))
        return { SlidePart {} };
    QList<SlidePart> parts;
    const int count = int((withBar.size() + rowsPerSlide - 1) / rowsPerSlide);
    // As even as the parts can be: 9 rows are 5 and 4, not 8 and 1.
    const int per = int((withBar.size() + count - 1) / count);
    for (int i = 0; i < count; ++i)
        parts.append({ withBar.mid(i * per, per), i + 1, count, withoutBar });
    return parts;
}

// The colours of a bar chart's sets, its value axis' title and its title's first line.
std::unique_ptr<ChartPanel> redrawn(ChartPanel &original, const RowsOf &rows)
{
    QList<QColor> colours;
    QString valueTitle;
    for (QAbstractSeries *series : original.chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                colours << set->color();
    for (QAbstractAxis *axis : original.chart()->axes())
        if (qobject_cast<QValueAxis *>(axis))
            valueTitle = plainLines(axis->titleText()).join(u' ');
    auto panel = std::make_unique<ChartPanel>(original.accessibleName());
    panel->setObjectName(original.objectName());
    panel->resize(original.size());
    showBars(panel.get(), rows, colours, plainLines(original.chart()->title()).value(0), valueTitle);
    return panel;
}

QString chartName(const ChartPanel &chart, int index)
{
    return chart.objectName().isEmpty() ? u"chart%1"_s.arg(index + 1) : chart.objectName();
}

Status writeSlide(ChartPanel &chart, const SlideCaption &caption, const QString &png, const QString &svg)
{
    // One routine, two devices: the PNG at 1920×1080 pixels, the SVG with a 1920×1080 view box. Both at
    // the chart's own dpi, so that its text has the size it was laid out for.
    const int dpi = chart.logicalDpiX() > 0 ? chart.logicalDpiX() : 96;
    QImage image(slideSize, QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    {
        QPainter p(&image);
        drawSlide(p, chart, caption);
    }
    QByteArray pngBytes;
    {
        QBuffer buffer(&pngBytes);
        buffer.open(QIODevice::WriteOnly);
        if (!image.save(&buffer, "PNG"))
            return storageProblem(ErrorKind::Failed, SlideText::tr("cannot draw %1").arg(png));
    }
    QByteArray svgBytes;
    {
        QBuffer buffer(&svgBytes);
        buffer.open(QIODevice::WriteOnly);
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(slideSize);
        generator.setViewBox(QRect(QPoint(0, 0), slideSize));
        generator.setResolution(dpi);
        generator.setTitle(caption.title);
        generator.setDescription(caption.subtitle + u'\n' + caption.source);
        QPainter p;
        if (!p.begin(&generator))
            return storageProblem(ErrorKind::Failed, SlideText::tr("cannot draw %1").arg(svg));
        drawSlide(p, chart, caption);
        p.end();
    }
    if (Status s = saveFile(png, pngBytes); !s)
        return s;
    return saveFile(svg, svgBytes);
}

} // namespace

Result<QStringList> exportSlides(DashboardWindow &window, const QString &dir, const std::function<bool(int, int)> &progress)
{
    const QFileInfo folder(dir);
    if (dir.isEmpty())
        return storageProblem(ErrorKind::Invalid, SlideText::tr("name a folder for the slides"));
    if (folder.exists() && !folder.isDir())
        return storageProblem(ErrorKind::Invalid, SlideText::tr("%1 is not a folder: the slides go into a folder").arg(dir));
    if (!folder.exists() && !QDir().mkpath(dir))
        return storageProblem(ErrorKind::Invalid, SlideText::tr("cannot create the folder %1").arg(dir));
    if (!QFileInfo(dir).isWritable())
        return storageProblem(ErrorKind::Invalid, SlideText::tr("cannot write to the folder %1 (no permission)").arg(dir));

    // Every page built and brought up to date first, so that the count of charts is known.
    const int shownBefore = window.currentPage();
    // The page the user was on comes back however the export ends (a write refused half-way too).
    const auto backToThePage = qScopeGuard([&] { window.showPage(shownBefore); });
    struct Item {
        int page;
        Page *owner;
        ChartPanel *chart;
        SlidePart part;
        QString base;
    };
    QList<Item> items;
    const QList<Page *> pages = window.pages();
    for (int i = 0; i < pages.size(); ++i) {
        if (window.currentPage() != i) {
            window.showPage(i); // brought up to date: its chart says how many rows it has
            QApplication::processEvents();
        }
        const QList<ChartPanel *> charts = pages[i]->charts();
        for (int c = 0; c < charts.size(); ++c) {
            for (const SlidePart &part : partsOf(*pages[i])) {
                QString base = u"%1-%2-%3"_s.arg(i + 1, 2, 10, QLatin1Char('0')).arg(pages[i]->key(), chartName(*charts[c], c));
                if (part.part > 1)
                    base += u"-%1"_s.arg(part.part);
                items.append({ i, pages[i], charts[c], part, QDir(dir).filePath(base) });
            }
        }
    }
    // A name taken by a folder or by the database is refused before anything is written.
    for (const Item &item : std::as_const(items)) {
        for (const QString &file : QStringList { item.base + u".png"_s, item.base + u".svg"_s }) {
            const QFileInfo info(file);
            // A link would carry the slide to wherever it points, outside the folder asked for.
            if (info.isSymLink())
                return storageProblem(ErrorKind::Invalid, SlideText::tr("%1 is a link: nothing was written").arg(file));
            if (info.exists() && !info.isFile())
                return storageProblem(ErrorKind::Invalid, SlideText::tr("%1 exists and is not a file: nothing was written").arg(file));
            if (const QString reason = protectedOutputReason(file); !reason.isEmpty())
                return storageProblem(ErrorKind::Invalid, reason);
        }
    }
    QStringList written;
    for (qsizetype n = 0; n < items.size(); ++n) {
        const Item &item = items[n];
        if (window.currentPage() != item.page) {
            window.showPage(item.page);
            QApplication::processEvents();
        }
        SlideCaption caption = slideCaption(*window.context(), *item.owner, *item.chart);
        std::unique_ptr<RowsOf> rows;
        std::unique_ptr<ChartPanel> panel;
        if (!item.part.rows.isEmpty()) {
            rows = std::make_unique<RowsOf>(qobject_cast<PillarPage *>(item.owner)->chartModel(), item.part.rows);
            panel = redrawn(*item.chart, *rows);
            if (item.part.parts > 1)
                caption.title += u" (%1/%2)"_s.arg(item.part.part).arg(item.part.parts);
            QStringList notes;
            if (item.part.withoutBar > 0)
                notes << SlideText::tr("Indicators without a bar to draw (%1) are left out: they are in the page's table.")
                             .arg(item.part.withoutBar);
            if (!caption.note.isEmpty())
                notes << caption.note;
            caption.note = notes.join(u' ');
        }
        if (Status s = writeSlide(panel ? *panel : *item.chart, caption, item.base + u".png"_s, item.base + u".svg"_s); !s)
            return s.problems();
        written << item.base + u".png"_s << item.base + u".svg"_s;
        if (progress && !progress(int(n + 1), int(items.size())))
            break;
    }
    return written;
}

} // namespace air
