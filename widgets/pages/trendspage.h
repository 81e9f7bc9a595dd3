#pragma once

#include "pages/page.h"
#include "storage/storage.h"


class QComboBox;
class QListWidget;

namespace air {

class TrendModel;

// An indicator over the years for the focus region, the comparison region, the nation and any
// regions the user ticks.
class TrendsPage final : public Page {
    Q_OBJECT
public:
    explicit TrendsPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("trends"); }
    QString title() const override { return tr("Trends"); }
    void refresh() override;
    void retranslate() override;
    void setIndicator(const QString &id);
    const TrendModel &model() const { return *m_model; }
    QString indicator() const;
    ChartPanel *chart() const { return m_chart; }

private:
    static QString defaultIndicator(Storage &storage);
    void fillIndicators();
    void fillRegions();

    TrendModel *m_model;
    QComboBox *m_indicator;
    QListWidget *m_regions;
    ChartPanel *m_chart;
};

} // namespace air
