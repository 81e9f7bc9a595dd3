#include "mainwindow.h"

#include "importdialog.h"
#include "items/comparisonmodel.h"
#include "language.h"
#include "missingvaluedelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
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
    m_comparison->setLanguage(Language::current());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *bar = new QHBoxLayout;
    m_title = new QLabel(central);
    auto *title = m_title;
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    bar->addWidget(title, 1);
    m_yearLabel = new QLabel(central);
    bar->addWidget(m_yearLabel);
    m_year = new QComboBox(central);

    bar->addWidget(m_year);
    layout->addLayout(bar);

    m_table = new QTableView(central);
    m_table->setModel(m_comparison);
    m_table->setItemDelegate(new MissingValueDelegate(m_table));

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
    retranslate();
    fillYears();
    connect(m_year, &QComboBox::currentIndexChanged, this, &MainWindow::reload);
    reload();
    resize(1100, 720);
}

QList<std::pair<QString, QWidget *>> MainWindow::pages() const
{
    return { { u"comparison"_s, centralWidget() } };
}

void MainWindow::showPage(int index)
{
    Q_UNUSED(index); // one page for now; the dashboard's pages arrive with issue 5
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &MainWindow::importFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const auto &[code, label] : { std::pair { u"ko"_s, u"한국어"_s }, std::pair { u"en"_s, u"English"_s } }) {
        QAction *action = m_languageMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(Language::current() == code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [code] {
            Language::install(code);
            Language::save(code);
        });
    }
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Jeonnam AI readiness"));
    m_title->setText(tr("Jeonnam compared with the nation and Gyeonggi"));
    m_yearLabel->setText(tr("Year:"));
    m_year->setAccessibleName(tr("Year"));
    if (m_year->count() > 0)
        m_year->setItemText(0, tr("Latest"));
    m_table->setAccessibleName(tr("Comparison table"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_comparison->setLanguage(Language::current());
        reload();
    }
    QMainWindow::changeEvent(event);
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
