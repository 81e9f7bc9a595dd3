#include "report/reportpreview.h"

#include "dashboardcontext.h"
#include "report/briefingreport.h"
#include "report/reportpainter.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

ReportPreview::ReportPreview(DashboardContext *context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_report(std::make_unique<BriefingReport>(context))
{
    setWindowTitle(tr("Briefing report"));
    auto *layout = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    m_image = new QLabel(scroll);
    m_image->setAccessibleName(tr("Page preview"));
    scroll->setWidget(m_image);
    scroll->setWidgetResizable(true);
    scroll->setAlignment(Qt::AlignHCenter);
    layout->addWidget(scroll, 1);
    auto *bar = new QHBoxLayout;
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_pageLabel = new QLabel(this);
    m_previous->setShortcut(QKeySequence(Qt::Key_PageUp));
    m_next->setShortcut(QKeySequence(Qt::Key_PageDown));
    bar->addWidget(m_previous);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    m_scenario = new QCheckBox(tr("Add the page “If the plans come true” (the scenario)"), this);
    m_scenario->setVisible(context->scenario() != nullptr);
    bar->addWidget(m_scenario);
    bar->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    QPushButton *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    bar->addWidget(buttons);
    layout->addLayout(bar);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(save, &QPushButton::clicked, this, &ReportPreview::savePdf);
    connect(printButton, &QPushButton::clicked, this, &ReportPreview::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scenario, &QCheckBox::toggled, this, [this](bool on) {
        m_report = std::make_unique<BriefingReport>(m_context, on);
        showPage(m_page);
    });
    resize(760, 900);
    showPage(0);
}

ReportPreview::~ReportPreview() = default;

void ReportPreview::showPage(int page)
{
    m_page = std::clamp(page, 0, m_report->pageCount() - 1);
    m_image->setPixmap(QPixmap::fromImage(m_report->preview(m_page, 1.2)));
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_report->pageCount()));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_report->pageCount());
}

void ReportPreview::savePdf()
{
    const QString name = u"%1-AI-briefing-%2.pdf"_s.arg(m_context->regionName(m_context->focus()),
        QDate::currentDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the briefing"), name, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const Status s = m_report->writePdf(path); !s)
        QMessageBox::warning(this, tr("Save the briefing"), s.errorText());
}

void ReportPreview::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    const QRectF paper = printer.paperRect(QPrinter::DevicePixel);
    const double scale = paper.width() / report::pageWidth;
    for (int page = 0; page < m_report->pageCount(); ++page) {
        if (page > 0)
            printer.newPage();
        painter.save();
        painter.translate(-printer.pageRect(QPrinter::DevicePixel).topLeft());
        painter.scale(scale, scale);
        m_report->renderPage(painter, page);
        painter.restore();
    }
    painter.end();
}

} // namespace air
