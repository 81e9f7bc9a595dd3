#pragma once

#include "database/database.h"

#include <QMainWindow>

class QAction;
class QComboBox;
class QMenu;
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
    // The pages, each with the short name used for screenshots, in menu order.
    QList<std::pair<QString, QWidget *>> pages() const;
    void showPage(int index);

public slots:
    void reload();

private slots:
    void importFiles();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void fillYears();

    Database m_database;
    ComparisonModel *m_comparison = nullptr;
    QTableView *m_table = nullptr;
    QComboBox *m_year = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_yearLabel = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_quitAction = nullptr;
};

} // namespace air
