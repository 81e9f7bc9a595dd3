#pragma once

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;

namespace air {

class BriefingReport;
class DashboardContext;

// File ▸ Export briefing…: the report's pages as the PDF will have them (drawn by the same
// renderer), with Save as PDF… and Print…
class ReportPreview final : public QDialog {
    Q_OBJECT
public:
    explicit ReportPreview(DashboardContext *context, QWidget *parent = nullptr);
    ~ReportPreview() override;

    int page() const { return m_page; }
    void showPage(int page);
    const BriefingReport &report() const { return *m_report; }

public slots:
    void savePdf();
    void print();

private:
    DashboardContext *m_context;
    std::unique_ptr<BriefingReport> m_report;
    int m_page = 0;
    QLabel *m_image;
    QLabel *m_pageLabel;
    QPushButton *m_previous;
    QPushButton *m_next;
    QCheckBox *m_scenario; // the page "계획이 달성되면", offered while a scenario is set
};

} // namespace air
