#pragma once

// Drawing primitives of the briefing report, in points on an A4 page (595 x 842): fonts, wrapped
// paragraphs, tables, the running header and the page number. Everything is drawn as text and
// vector shapes, so a PDF keeps its text extractable.
#include <QFont>
#include <QList>
#include <QPainter>
#include <QStringList>

namespace air::report {

constexpr double pageWidth = 595.28;
constexpr double pageHeight = 841.89;
constexpr double margin = 48;
constexpr double contentTop = 72;
constexpr double contentBottom = pageHeight - 56;

// The report's font: Noto Sans CJK KR, with shaping off so that digits inside Latin runs stay
// extractable from the PDF (PITFALLS.md). `pixels` are points on the page.
QFont font(int points, bool bold = false);

// Draws text wrapped to `width` from (x, y); returns the height used.
double paragraph(QPainter &p, const QString &text, double x, double y, double width, const QFont &f,
    const QColor &colour = QColor());
double paragraphHeight(const QString &text, double width, const QFont &f);

struct Column {
    QString header;
    double width;           // points
    Qt::Alignment align = Qt::AlignLeft;
};

// A simple ruled table; a cell's text wraps to its column (never cut), and the row grows to the tallest
// cell; returns the height used. tableHeight() measures the same without drawing.
// `styles` may mark a row: 1 = the focus region (bold), 2 = missing (grey).
double table(QPainter &p, double x, double y, const QList<Column> &columns, const QList<QStringList> &rows,
    int fontPoints = 8, const QList<int> &styles = {});
double tableHeight(const QList<Column> &columns, const QList<QStringList> &rows, int fontPoints = 8);
double rowHeight(int fontPoints);

void header(QPainter &p, const QString &left, const QString &right);
void footer(QPainter &p, int page, int pages, const QString &note);
double sectionTitle(QPainter &p, const QString &title, double y);

} // namespace air::report
