#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <functional>

class QPainter;

namespace air {

class ChartPanel;
class DashboardContext;
class DashboardWindow;
class Page;

struct SlideText {
    Q_DECLARE_TR_FUNCTIONS(air::Slides)
};

// Slides (슬라이드용 그림): every chart of the window's pages at 16:9 slide size, 1920×1080, drawn by
// one routine as a PNG and as an SVG (vector), each with a title band (the chart's title; the focus
// region, the comparison region and the year of the figures) and a source line, in the window's
// language. The chart itself is laid out at a size where its labels read at slide size (about
// 20 px) and scaled into the slide.
inline constexpr QSize slideSize { 1920, 1080 };

struct SlideCaption {
    QString title;    // the chart's title
    QString subtitle; // regions and year
    QString note;     // what the chart leaves out (from its title's second line), or empty
    QString source;   // "출처: …"
    QString footer;   // the program and the date
};

// Draws one slide on a painter whose device is slideSize.
void drawSlide(QPainter &painter, ChartPanel &chart, const SlideCaption &caption);

// The caption of a chart of a page for the context's selection.
SlideCaption slideCaption(const DashboardContext &context, const Page &page, ChartPanel &chart);

// Writes DIR/NN-PAGE-CHART.png and .svg for every chart of the window (NN the page's number in the
// window, PAGE its key, CHART the chart's name: 01-overview-pillars.png) and nothing else; files of
// those names are replaced, no other file is touched. DIR is created when missing; Invalid when it
// is not a folder or cannot be written to (nothing written then). progress(done, total) is called
// after each chart; returning false stops (the files written so far stay, and are returned).
// The files written, in order.
Result<QStringList> exportSlides(DashboardWindow &window, const QString &dir,
    const std::function<bool(int done, int total)> &progress = {});

} // namespace air
