#pragma once

#include "pages/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QStandardItemModel;

namespace air {

class ObservationsModel;

// The figures themselves: the observations table (editable; every edit a `user` row, with undo),
// the sources, and the import.
class DataPage final : public Page {
    Q_OBJECT
public:
    explicit DataPage(DashboardContext *context, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("data"); }
    QString title() const override { return tr("Data"); }
    void refresh() override;
    void retranslate() override;
    ObservationsModel *observations() const { return m_observations; }
    // The selected figure's changes (the panel under the table).
    QString historyText() const;
    QTableView *observationsView() const { return m_table; }

signals:
    void importRequested();

private:
    void fillFilters();
    void showHistory();
    // A dialog (object name "editConflict"): keep theirs, or save mine over it.
    void askAboutConflict(const QString &message);

    ObservationsModel *m_observations;
    QStandardItemModel *m_sources;
    QComboBox *m_indicator;
    QComboBox *m_region;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QPushButton *m_import;
    QLineEdit *m_reason;
    QLabel *m_history;
    QTableView *m_table;
};

} // namespace air
