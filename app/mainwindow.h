#pragma once

#include "database/database.h"

#include <QMainWindow>

class QComboBox;
class QLabel;
class QTableView;

namespace air {

class ComparisonModel;

// The main window: for now the comparison table of Jeonnam, the nation and Gyeonggi, and
// File ▸ Import. The full dashboard (issue 5) grows from here.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Database database, QWidget *parent = nullptr);

    ComparisonModel *comparisonModel() const { return m_comparison; }

public slots:
    void reload();

private slots:
    void importFiles();

private:
    void buildMenus();
    void fillYears();

    Database m_database;
    ComparisonModel *m_comparison = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace air
