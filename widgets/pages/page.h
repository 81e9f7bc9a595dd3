#pragma once

#include <QWidget>

class QAbstractItemModel;
class QTableView;

namespace air {

class ChartPanel;
class DashboardContext;

// One page of the dashboard. Every page follows the context: refresh() redraws it from the
// context's current figures; retranslate() sets its texts; both run on the matching signals.
class Page : public QWidget {
    Q_OBJECT
public:
    Page(DashboardContext *context, QWidget *parent = nullptr);

    virtual QString key() const = 0;   // stable short name (screenshots, settings)
    virtual QString title() const = 0; // in the current language
    virtual void refresh() = 0;
    virtual void retranslate() { }

    QList<ChartPanel *> charts() const;

protected:
    QTableView *makeTable(QAbstractItemModel *model, const QString &accessibleName);
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

    DashboardContext *m_context;
    bool m_stale = true;
};

} // namespace air
