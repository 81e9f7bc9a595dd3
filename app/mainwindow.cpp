#include "mainwindow.h"

#include "importdialog.h"
#include "items/comparisonmodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

MainWindow::MainWindow(Database database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(std::move(database))
{
    setWindowTitle(tr("Jeonnam AI readiness"));
    m_comparison = new ComparisonModel(m_database.connection(), this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Jeonnam compared with the nation and Gyeonggi"), central);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    bar->addWidget(title, 1);
    bar->addWidget(new QLabel(tr("Year:"), central));
    m_year = new QComboBox(central);
    m_year->setAccessibleName(tr("Year"));
    bar->addWidget(m_year);
    layout->addLayout(bar);

    m_table = new QTableView(central);
    m_table->setModel(m_comparison);
    m_table->setAccessibleName(tr("Comparison table"));
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ComparisonModel::Indicator, QHeaderView::Stretch);
    layout->addWidget(m_table);
    setCentralWidget(central);

    m_status = new QLabel(this);
    statusBar()->addPermanentWidget(m_status);
    buildMenus();
    fillYears();
    connect(m_year, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
    reload();
    resize(1100, 720);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"), this, &MainWindow::importFiles);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

void MainWindow::fillYears()
{
    const QVariant current = m_year->currentData();
    m_year->blockSignals(true);
    m_year->clear();
    m_year->addItem(tr("Latest"), 0);
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.exec(u"SELECT DISTINCT year FROM observations ORDER BY year DESC"_s);
    while (q.next())
        m_year->addItem(q.value(0).toString(), q.value(0).toInt());
    const int index = m_year->findData(current);
    m_year->setCurrentIndex(index < 0 ? 0 : index);
    m_year->blockSignals(false);
}

void MainWindow::reload()
{
    m_comparison->setYear(m_year->currentData().toInt());
    m_comparison->reload();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.exec(u"SELECT COUNT(*), SUM(origin = 'user') FROM observations"_s);
    if (q.next())
        m_status->setText(tr("%1 figures (%2 from users) · %3").arg(q.value(0).toLongLong()).arg(q.value(1).toLongLong()).arg(m_database.path()));
}

void MainWindow::importFiles()
{
    ImportDialog dialog(m_database, this);
    connect(&dialog, &ImportDialog::finished, this, [this](bool ok) {
        if (ok) {
            fillYears();
            reload();
        }
    });
    dialog.exec();
}

} // namespace air
