#include "dashboardwindow.h"

#include "dashboardcontext.h"
#include "importdialog.h"
#include "language.h"
#include "pages/datapage.h"
#include "pages/overviewpage.h"
#include "pages/pillarpage.h"
#include "pages/planspage.h"
#include "pages/rankingpage.h"
#include "pages/sectorfitpage.h"
#include "pages/trendspage.h"
#include "selectorbar.h"
#include "weighteditor.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

DashboardWindow::DashboardWindow(Database database, QWidget *parent)
    : QMainWindow(parent)
    , m_context(new DashboardContext(std::move(database), this))
{
    m_context->setLanguage(Language::current());
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 4);
    m_selector = new SelectorBar(m_context, central);
    outer->addWidget(m_selector);
    auto *body = new QHBoxLayout;
    m_navigation = new QListWidget(central);
    m_navigation->setMaximumWidth(170);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    m_pages << new OverviewPage(m_context, m_stack);
    for (const QString &pillar : { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"sector"_s, u"governance"_s })
        m_pages << new PillarPage(pillar, m_context, m_stack);
    m_pages << new SectorFitPage(m_context, m_stack) << new TrendsPage(m_context, m_stack)
            << new RankingPage(m_context, m_stack) << new PlansPage(m_context, m_stack)
            << new DataPage(m_context, m_stack);
    for (Page *page : m_pages) {
        m_stack->addWidget(page);
        m_navigation->addItem(page->title());
    }
    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    for (int i = 0; i < m_pages.size() && i < 10; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + (i == 9 ? -1 : i))), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { showPage(i); });
    }
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this), &QShortcut::activated, this,
        [this] { showPage((currentPage() + 1) % int(m_pages.size())); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated, this,
        [this] { showPage((currentPage() + int(m_pages.size()) - 1) % int(m_pages.size())); });
    connect(m_selector, &SelectorBar::weightEditorRequested, this, [this] { weightEditor()->show(); });
    for (Page *page : m_pages) {
        if (auto *data = qobject_cast<DataPage *>(page))
            connect(data, &DataPage::importRequested, this, &DashboardWindow::importFiles);
    }
    buildMenus();
    restoreSettings();
    retranslate();
}

DashboardWindow::~DashboardWindow() = default;

int DashboardWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void DashboardWindow::showPage(int index)
{
    if (index >= 0 && index < m_pages.size())
        m_navigation->setCurrentRow(index);
}

WeightEditor *DashboardWindow::weightEditor()
{
    if (!m_weightEditor)
        m_weightEditor = new WeightEditor(m_context, this);
    return m_weightEditor;
}

void DashboardWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_importAction = m_fileMenu->addAction(QString(), this, &DashboardWindow::importFiles);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = menuBar()->addMenu(QString());
    auto *group = new QActionGroup(this);
    for (const auto &[code, label] : { std::pair { u"ko"_s, u"한국어"_s }, std::pair { u"en"_s, u"English"_s } }) {
        QAction *action = m_languageMenu->addAction(label);
        action->setCheckable(true);
        action->setData(code);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        m_languageActions << action;
    }
}

void DashboardWindow::setLanguage(const QString &language)
{
    Language::install(language);
    Language::save(language);
    // The LanguageChange event retranslates the window and the pages.
}

void DashboardWindow::retranslate()
{
    setWindowTitle(tr("Jeonnam AI readiness"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_viewMenu->clear();
    for (int i = 0; i < m_pages.size(); ++i) {
        m_navigation->item(i)->setText(m_pages[i]->title());
        QAction *action = m_viewMenu->addAction(m_pages[i]->title(), this, [this, i] { showPage(i); });
        if (i < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + (i == 9 ? -1 : i))));
    }
    m_navigation->setAccessibleName(tr("Pages"));
    for (QAction *a : m_languageActions)
        a->setChecked(a->data().toString() == Language::current());
    m_selector->retranslate();
    statusBar()->showMessage(tr("%1 · figures with their sources; hover for details").arg(m_context->database().path()));
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        m_context->setLanguage(Language::current());
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void DashboardWindow::importFiles()
{
    ImportDialog dialog(m_context->database(), this);
    connect(&dialog, &ImportDialog::finished, this, [this](bool ok) {
        if (ok)
            m_context->recompute();
    });
    dialog.exec();
}

void DashboardWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1360, 860);
    m_context->setFocus(settings.value(u"selection/focus"_s, u"KR-46"_s).toString());
    m_context->setComparison(settings.value(u"selection/comparison"_s, u"KR-41"_s).toString());
    m_context->setYear(settings.value(u"selection/year"_s, 0).toInt());
    showPage(settings.value(u"window/page"_s, 0).toInt());
    if (currentPage() < 0)
        showPage(0);
}

void DashboardWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/page"_s, currentPage());
    settings.setValue(u"selection/focus"_s, m_context->focus());
    settings.setValue(u"selection/comparison"_s, m_context->comparison());
    settings.setValue(u"selection/year"_s, m_context->year());
}

void DashboardWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

} // namespace air
