#include "charts/chartbuilders.h"

#include "charts/chartpanel.h"
#include "charts/palette.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"

#include <QBarCategoryAxis>
#include <QCoreApplication>
#include <QBarSet>
#include <QHash>
#include <QLocale>
#include <QCategoryAxis>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QMap>
#include <QLineSeries>
#include <QPolarChart>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QTextDocument>
#include <QFontMetricsF>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace air {
namespace {

// A text on lines no wider than `width` pixels in `metrics`, broken at spaces; a word wider than a line
// is broken between its characters.
QStringList wrapToWidth(const QString &text, const QFontMetricsF &metrics, double width)
{
    QStringList lines;
    QString line;
    for (QString word : text.split(u' ', Qt::SkipEmptyParts)) {
        const QString joined = line.isEmpty() ? word : line + u' ' + word;
        if (metrics.horizontalAdvance(joined) <= width) {
            line = joined;
            continue;
        }
        if (!line.isEmpty())
            lines << line;
        while (word.size() > 1 && metrics.horizontalAdvance(word) > width) {
            qsizetype k = word.size() - 1;
            while (k > 1 && metrics.horizontalAdvance(word.left(k)) > width)
                --k;
            lines << word.left(k);
            word = word.mid(k);
        }
        line = word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

std::optional<double> rawAt(const GridModel &m, int row, int column)
{
    const QVariant v = m.index(row, column).data(roleOf(ItemRole::RawValue));
    return v.isValid() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// The charts' texts, under one translation context.
struct ChartText {
    Q_DECLARE_TR_FUNCTIONS(air::Charts)
};

void niceRange(QValueAxis *axis, double lo, double hi)
{
    if (!(hi > lo)) {
        lo = std::min(lo, 0.0);
        hi = lo + 1;
    }
    axis->setRange(lo, hi);
    axis->applyNiceNumbers();
}

// Qt Charts draws titles, legends, axis titles and category labels as rich text: every string
// that can hold a name from data goes through here (issue 18, 2; names are already plain text,
// core/datatext.h).
QString rich(const QString &text)
{
    return text.toHtmlEscaped();
}

// Qt Charts (6.4) lays a category label out as rich text, so a "\n" in it is a space, and cuts a label that
// does not fit with "..." (ChartPresenter::truncatedText): the left axis gets at most 40 % of the width
// left for the axes (CartesianChartLayout's maxAxisPortion), and each label the height of that region's
// bottom / (categories + 2) less twice the label padding of 4 px (VerticalAxis::updateGeometry). So the
// labels are broken into lines with <br> at the width the axis gets, and the chart says how tall it must
// be for its tallest label to fit (ChartPanel::setHeightForWidth).
class BarLabels final {
public:
    explicit BarLabels(QStringList plain)
        : m_plain(std::move(plain))
    {
    }

    // The labels, as rich text, for a chart `width` pixels wide.
    QStringList fitted(const QFont &font, double width) const
    {
        const QFontMetricsF metrics(font);
        // The chart's margins (6 px a side) and a reserve for the axis' padding, its line and rounding.
        const double lineWidth = std::max(40.0, maxAxisPortion * (width - 12) - 16);
        QStringList labels;
        for (const QString &text : m_plain) {
            QStringList lines = wrapToWidth(text, metrics, lineWidth);
            for (QString &line : lines)
                line = rich(line);
            labels << lines.join(u"<br>"_s);
        }
        return labels;
    }

    // The height (pixels) a chart `width` pixels wide needs for its tallest label, with a legend
    // `legendHeight` pixels tall under the axes.
    int chartHeight(const QFont &font, double width, double legendHeight) const
    {
        double tallest = 0;
        for (const QString &label : fitted(font, width)) {
            QTextDocument document; // as Qt Charts measures a label: a text item with a margin of 0.5 px
            document.setDocumentMargin(0.5);
            document.setDefaultFont(font);
            document.setHtml(label);
            tallest = std::max(tallest, document.size().height());
        }
        const double slot = tallest + 2 * labelPadding + 2; // 2 px to spare for rounding
        return int(std::ceil(double(m_plain.size() + 2) * slot + 6 + legendHeight + 4));
    }

private:
    static constexpr double maxAxisPortion = 0.4;
    static constexpr double labelPadding = 4;
    QStringList m_plain;
};

// A legend at the chart's right gets at most 40 % of the width left for it (AbstractChartLayout's
// golden_ratio) and Qt Charts cuts an entry wider than that with "...": each entry is broken into lines
// (<br>) at that width instead, whenever the chart is resized. `names` are the series' names as plain text.
void wrapLegendEntries(QChart *chart, const QHash<QAbstractSeries *, QString> &names)
{
    auto fit = [chart, names] {
        const QFontMetricsF metrics(chart->legend()->font());
        // The chart's margins, the legend's own and each entry's marker and spacing.
        const double lineWidth = std::max(60.0, 0.4 * (chart->size().width() - 12) - 3 * metrics.height() - 24);
        for (auto it = names.cbegin(); it != names.cend(); ++it) {
            QStringList lines = wrapToWidth(it.value(), metrics, lineWidth);
            for (QString &line : lines)
                line = rich(line);
            const QString label = lines.join(u"<br>"_s);
            for (QLegendMarker *marker : chart->legend()->markers(it.key()))
                if (marker->label() != label)
                    marker->setLabel(label);
        }
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, fit);
    fit();
}

} // namespace

void showBars(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title,
    const QString &valueTitle)
{
    auto *chart = new QChart;
    auto *series = new QHorizontalBarSeries;
    QStringList categories; // plain text; BarLabels breaks them into lines
    double lo = 0, hi = 0;
    // Qt draws the first category at the bottom: add rows in reverse so the table's order reads top-down.
    for (int r = model.rowCount() - 1; r >= 0; --r) {
        // Each missing bar in the words of its cell: 자료 없음, 자료 부족, 지수 제외, 전국 수치 없음.
        QMap<QString, QStringList> missing;
        for (int c = 0; c < model.columnCount(); ++c) {
            if (!rawAt(model, r, c))
                missing[model.cell(r, c).text].append(model.columnLabel(c));
        }
        QString label = model.rowLabel(r);
        QStringList why;
        for (auto it = missing.cbegin(); it != missing.cend(); ++it)
            why << (it->size() == model.columnCount() ? it.key() : u"%1: %2"_s.arg(it.key(), it->join(u", "_s)));
        if (!why.isEmpty())
            label += u" ("_s + why.join(u"; "_s) + u')';
        categories << label;
    }
    for (int c = 0; c < model.columnCount(); ++c) {
        auto *set = new QBarSet(rich(model.columnLabel(c)));
        set->setColor(colours.value(c, palette::extra(c)));
        set->setBorderColor(colours.value(c, palette::extra(c)));
        for (int r = model.rowCount() - 1; r >= 0; --r) {
            const auto v = rawAt(model, r, c);
            set->append(v.value_or(0.0));
            if (v) {
                lo = std::min(lo, *v);
                hi = std::max(hi, *v);
            }
        }
        series->append(set);
    }
    chart->addSeries(series);
    // The bar's own text: the model's tooltip, copied now (the model changes before the chart does).
    QList<QStringList> tips; // [column][bar index]
    for (int c = 0; c < model.columnCount(); ++c) {
        QStringList column;
        for (int r = model.rowCount() - 1; r >= 0; --r)
            column << model.index(r, c).data(Qt::ToolTipRole).toString();
        tips << column;
    }
    QObject::connect(series, &QAbstractBarSeries::hovered, panel,
        [panel, series, tips](bool status, int index, QBarSet *set) {
            const int c = int(series->barSets().indexOf(set));
            panel->showHover(status && c >= 0 ? tips.value(c).value(index) : QString());
        });
    auto *categoryAxis = new QBarCategoryAxis;
    const auto labels = std::make_shared<BarLabels>(categories);
    categoryAxis->append(labels->fitted(chartFont(8.5), 800));
    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(rich(valueTitle));
    valueAxis->setLabelFormat(hi - lo >= 100 ? u"%.0f"_s : u"%.3g"_s);
    niceRange(valueAxis, lo, hi);
    chart->addAxis(categoryAxis, Qt::AlignLeft);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->setTitle(rich(title));
    chart->legend()->setAlignment(Qt::AlignBottom);
    panel->replaceChart(chart); // styles the fonts the labels are measured in
    auto fit = [chart, categoryAxis, labels] {
        const QStringList fitted = labels->fitted(categoryAxis->labelsFont(), chart->size().width());
        if (fitted != categoryAxis->categories())
            categoryAxis->setCategories(fitted);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, categoryAxis, fit);
    fit();
    panel->setHeightForWidth([chart, categoryAxis, labels](int width) {
        const double legend = chart->legend()->isVisible()
            ? chart->legend()->effectiveSizeHint(Qt::PreferredSize, QSizeF(width, -1)).height()
            : 0.0;
        return labels->chartHeight(categoryAxis->labelsFont(), width, legend);
    });
}

void showRadar(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title)
{
    auto *chart = new QPolarChart;
    QList<int> axes;
    QStringList left;
    for (int r = 0; r < model.rowCount(); ++r) {
        bool any = false;
        for (int c = 0; c < model.columnCount(); ++c)
            any = any || rawAt(model, r, c).has_value();
        if (any)
            axes << r;
        else
            left << rich(model.rowLabel(r));
    }
    auto *angular = new QCategoryAxis;
    angular->setRange(0, 360);
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const double step = axes.isEmpty() ? 360 : 360.0 / double(axes.size());
    for (int i = 0; i < axes.size(); ++i)
        angular->append(rich(model.rowLabel(axes[i])), i * step);
    auto *radial = new QValueAxis;
    radial->setRange(0, 100);
    radial->setTickCount(6);
    radial->setLabelFormat(u"%d"_s);
    chart->addAxis(angular, QPolarChart::PolarOrientationAngular);
    chart->addAxis(radial, QPolarChart::PolarOrientationRadial);
    for (int c = 0; c < model.columnCount(); ++c) {
        auto *line = new QLineSeries;
        line->setName(rich(model.columnLabel(c)));
        QPen pen(colours.value(c, palette::extra(c)));
        pen.setWidthF(c == 0 ? 3.0 : 2.0);
        line->setPen(pen);
        line->setPointsVisible(true);
        std::optional<QPointF> first;
        for (int i = 0; i < axes.size(); ++i) {
            if (const auto v = rawAt(model, axes[i], c)) {
                const QPointF p(i * step, std::clamp(*v, 0.0, 100.0));
                line->append(p);
                if (!first)
                    first = p;
            }
        }
        if (first)
            line->append(QPointF(360, first->y()));
        chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
        QStringList tips; // by axis
        for (int i = 0; i < axes.size(); ++i) {
            const QString tip = model.index(axes[i], c).data(Qt::ToolTipRole).toString();
            const auto v = rawAt(model, axes[i], c);
            tips << u"%1 · %2\n%3"_s.arg(model.columnLabel(c), model.rowLabel(axes[i]),
                !tip.isEmpty() ? tip
                : v            ? ChartText::tr("%1 of 100").arg(QLocale().toString(*v, 'f', 1))
                               : ChartText::tr("no data"));
        }
        QObject::connect(line, &QLineSeries::hovered, panel, [panel, tips, step](const QPointF &point, bool state) {
            const int i = int(std::lround(point.x() / step)) % int(std::max<qsizetype>(1, tips.size()));
            panel->showHover(state ? tips.value(i) : QString());
        });
    }
    chart->setTitle(left.isEmpty() ? rich(title) : rich(title) + u"<br>"_s + ChartText::tr("not enough figures: %1").arg(left.join(u", "_s)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    panel->replaceChart(chart);
}

void showQuadrant(ChartPanel *panel, const SectorFitModel &model, const QString &title, const QString &regionName)
{
    auto *chart = new QChart;
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    double xMax = std::max(10.0, model.populationShare() * 2);
    QStringList absent;
    QHash<QAbstractSeries *, QString> names; // plain text, for the legend
    for (int r = 0; r < model.rowCount(); ++r) {
        const auto share = rawAt(model, r, 0);
        const auto score = rawAt(model, r, 1);
        if (!share || !score) {
            absent << u"%1 (%2)"_s.arg(rich(model.rowLabel(r)), !share ? ChartText::tr("no size figure") : ChartText::tr("no readiness score"));
            continue;
        }
        auto *point = new QScatterSeries;
        names.insert(point, u"%1: %2 %, %3"_s.arg(model.rowLabel(r)).arg(*share, 0, 'f', 1).arg(*score, 0, 'f', 1));
        point->setName(rich(names.value(point)));
        point->setMarkerSize(16);
        point->setColor(palette::extra(r));
        point->append(*share, *score);
        point->setPointLabelsVisible(true);
        point->setPointLabelsClipping(false); // a name at the plot's edge is drawn whole, not cut
        point->setPointLabelsFormat(rich(model.rowLabel(r)));
        point->setPointLabelsFont(chartFont(9, true));
        chart->addSeries(point);
        xMax = std::max(xMax, *share * 1.15);
    }
    auto addLine = [&](QPointF a, QPointF b, const QString &name) {
        auto *line = new QLineSeries;
        line->setName(rich(name));
        names.insert(line, name);
        QPen pen(palette::nation());
        pen.setStyle(Qt::DashLine);
        line->setPen(pen);
        line->append(a);
        line->append(b);
        chart->addSeries(line);
    };
    addLine(QPointF(model.populationShare(), 0), QPointF(model.populationShare(), 100),
        ChartText::tr("%1's share of the population: %2 %").arg(regionName).arg(model.populationShare(), 0, 'f', 1));
    addLine(QPointF(0, 50), QPointF(xMax, 50), ChartText::tr("middle of the scale"));
    xAxis->setRange(0, xMax);
    xAxis->setTitleText(ChartText::tr("Share of the national total (%)"));
    xAxis->setLabelFormat(u"%.0f"_s);
    yAxis->setRange(0, 100);
    yAxis->setTitleText(ChartText::tr("Readiness score (0–100)"));
    yAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    chart->setTitle(absent.isEmpty() ? rich(title) : rich(title) + u"<br>"_s + ChartText::tr("not shown: %1").arg(absent.join(u"; "_s)));
    chart->legend()->setAlignment(Qt::AlignRight);
    panel->replaceChart(chart); // styles the legend's font the entries are measured in
    wrapLegendEntries(chart, names);
}

void showRadarOrBars(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title,
    const QString &valueTitle)
{
    int rowsWithValues = 0;
    for (int r = 0; r < model.rowCount(); ++r) {
        bool any = false;
        for (int c = 0; c < model.columnCount(); ++c)
            any = any || model.cell(r, c).raw.isValid();
        rowsWithValues += any ? 1 : 0;
    }
    if (rowsWithValues >= 3)
        showRadar(panel, model, colours, title);
    else
        showBars(panel, model, colours, title, valueTitle);
}

void showReadinessOpportunity(ChartPanel *panel, const QList<RegionPoint> &points, const QString &title,
    const QString &xTitle, const QString &yTitle)
{
    auto *chart = new QChart;
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    for (const RegionPoint &p : points) {
        if (p.role == RegionPoint::Role::Other)
            continue;
        auto *point = new QScatterSeries;
        point->setName(rich(p.name));
        point->setMarkerSize(15);
        point->setColor(p.role == RegionPoint::Role::Focus ? palette::focus() : palette::comparison());
        point->append(p.readiness, p.opportunity);
        point->setPointLabelsVisible(true);
        point->setPointLabelsClipping(false); // a name at the plot's edge is drawn whole, not cut
        point->setPointLabelsFormat(rich(p.name));
        point->setPointLabelsFont(chartFont(9, true));
        chart->addSeries(point);
    }
    // Names beside the grey points: a point label format is per series in Qt Charts 6.4, so each
    // grey point is a labelled series of one.
    for (const RegionPoint &p : points) {
        if (p.role != RegionPoint::Role::Other)
            continue;
        auto *point = new QScatterSeries;
        point->setName(QString());
        point->setMarkerSize(9);
        point->setColor(palette::nation());
        point->append(p.readiness, p.opportunity);
        point->setPointLabelsVisible(true);
        point->setPointLabelsClipping(false); // a name at the plot's edge is drawn whole, not cut
        point->setPointLabelsFormat(rich(p.name));
        point->setPointLabelsFont(chartFont(7));
        chart->addSeries(point);
    }
    xAxis->setRange(0, 100);
    xAxis->setTitleText(rich(xTitle));
    xAxis->setLabelFormat(u"%d"_s);
    yAxis->setRange(0, 100);
    yAxis->setTitleText(rich(yTitle));
    yAxis->setLabelFormat(u"%d"_s);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *series : chart->series()) {
        series->attachAxis(xAxis);
        series->attachAxis(yAxis);
    }
    chart->setTitle(rich(title));
    chart->legend()->setAlignment(Qt::AlignBottom);
    // Only the highlighted regions in the legend; the grey points carry their names as labels.
    for (QLegendMarker *marker : chart->legend()->markers()) {
        if (marker->label().isEmpty())
            marker->setVisible(false);
    }
    panel->replaceChart(chart);
}

void showLines(ChartPanel *panel, const GridModel &model, const QList<QColor> &colours, const QString &title,
    const QString &valueTitle)
{
    auto *chart = new QChart;
    auto *xAxis = new QValueAxis;
    auto *yAxis = new QValueAxis;
    double lo = 1e300, hi = -1e300, first = 1e9, last = -1e9;
    for (int c = 1; c < model.columnCount(); ++c) {
        auto *line = new QLineSeries;
        line->setName(rich(model.columnLabel(c)));
        QPen pen(colours.value(c - 1, palette::extra(c)));
        pen.setWidthF(c == 1 ? 3.0 : 2.0);
        line->setPen(pen);
        line->setPointsVisible(true); // a year without a figure shows as a missing point
        QHash<int, QString> tips; // by year
        for (int r = 0; r < model.rowCount(); ++r) {
            const auto year = rawAt(model, r, 0);
            const auto v = rawAt(model, r, c);
            if (!year || !v)
                continue;
            const QString tip = model.index(r, c).data(Qt::ToolTipRole).toString();
            tips.insert(int(*year), !tip.isEmpty() ? tip
                                                   : u"%1 · %2: %3 %4"_s.arg(model.columnLabel(c)).arg(int(*year))
                                                         .arg(QLocale().toString(*v, 'g', 6), valueTitle));
            line->append(*year, *v);
            lo = std::min(lo, *v);
            hi = std::max(hi, *v);
            first = std::min(first, *year);
            last = std::max(last, *year);
        }
        chart->addSeries(line);
        QObject::connect(line, &QLineSeries::hovered, panel, [panel, tips](const QPointF &point, bool state) {
            panel->showHover(state ? tips.value(int(std::lround(point.x()))) : QString());
        });
    }
    if (lo > hi) {
        lo = 0;
        hi = 1;
        first = 2000;
        last = 2025;
    }
    // Ticks on whole years only (evenly spread ticks fell between years: "2025 2025 2025 2026"); a
    // single year is one point with its year under it.
    const double span = last - first;
    if (span < 1)
        xAxis->setRange(first - 0.5, first + 0.5);
    else
        xAxis->setRange(first, last);
    xAxis->setLabelFormat(u"%d"_s);
    xAxis->setTickType(QValueAxis::TicksDynamic);
    xAxis->setTickAnchor(first);
    xAxis->setTickInterval(std::max(1.0, std::ceil(span / 9)));
    yAxis->setTitleText(rich(valueTitle));
    yAxis->setLabelFormat(u"%.3g"_s);
    niceRange(yAxis, lo, hi);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    chart->setTitle(rich(title));
    chart->legend()->setAlignment(Qt::AlignBottom);
    panel->replaceChart(chart);
}

} // namespace air
