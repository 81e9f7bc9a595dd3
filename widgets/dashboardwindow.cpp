#include "dashboardwindow.h"
#include "missingvaluedelegate.h"

#include "dashboardcontext.h"
#include "importdialog.h"
#include "items/indicatorcatalogmodel.h"
#include "language.h"
#include "pages/datapage.h"
#include "pages/gapspage.h"
#include "pages/overviewpage.h"
#include "pages/pillarpage.h"
#include "pages/planspage.h"
#include "pages/rankingpage.h"
#include "pages/scenariopage.h"
#include "pages/sectorfitpage.h"
#include "pages/trendspage.h"
#include "report/reportpreview.h"
#include "report/slideexport.h"
#include "savedview.h"
#include "selectorbar.h"
#include "weighteditor.h"
#include "import/bundleddataset.h"
#include "storage/openstorage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QColor>
#include <QEvent>
#include <QFileDialog>
#include <QProgressDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPalette>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace air {

namespace {

// A message with names from the database in it: as plain text (QMessageBox reads a text that looks
// like HTML as rich text).
QMessageBox::StandardButton plainMessage(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons = QMessageBox::Ok)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setTextFormat(Qt::PlainText);
    return QMessageBox::StandardButton(box.exec());
}

RegionScope rememberedScope()
{
    const QStringList scope = QSettings().value(u"selection/scope"_s, u"1:"_s).toString().split(u':');
    return { scope.value(0).toInt() == 2 ? 2 : 1, scope.value(1) };
}

// What opening the database did or found that the official must know (a network share, a -wal
// file folded in or set aside): a bar above the pages until it is closed, not a status bar
// message that the next one replaces. Null when there is nothing to say. Plain text: the
// notices quote file names.
QWidget *noticeBanner(const QStringList &notices, QWidget *parent)
{
    if (notices.isEmpty())
        return nullptr;
    auto *banner = new QFrame(parent);
    banner->setObjectName(u"storageNotices"_s);
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    QPalette palette = banner->palette();
    palette.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xCE)); // a pale warning yellow
    palette.setColor(QPalette::WindowText, QColor(0x3B, 0x2E, 0x00));
    banner->setPalette(palette);
    auto *layout = new QHBoxLayout(banner);
    auto *text = new QLabel(notices.join(u'\n'), banner);
    text->setObjectName(u"storageNoticesText"_s);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(text, 1);
    auto *close = new QToolButton(banner);
    close->setText(DashboardWindow::tr("Close"));
    close->setAccessibleName(DashboardWindow::tr("Close the database notice"));
    layout->addWidget(close, 0, Qt::AlignTop);
    QObject::connect(close, &QToolButton::clicked, banner, &QWidget::hide);
    return banner;
}

} // namespace

DashboardWindow::DashboardWindow(std::shared_ptr<Storage> storage, QWidget *parent, std::optional<RegionScope> scope)
    : QMainWindow(parent)
    // The rank intervals (500 Monte Carlo runs) wait for the first paint: see paintEvent.
    , m_context(new DashboardContext(std::move(storage), this, scope.value_or(rememberedScope()), true))
{
    m_context->setLanguage(Language::current());
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    outer->setContentsMargins(4, 4, 4, 4);
    if (QWidget *notices = noticeBanner(m_context->storage().notices(), central))
        outer->addWidget(notices);
    m_selector = new SelectorBar(m_context, central);
    outer->addWidget(m_selector);
    auto *body = new QHBoxLayout;
    m_navigation = new QListWidget(central);
    m_navigation->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_stack = new QStackedWidget(central);
    body->addWidget(m_navigation);
    body->addWidget(m_stack, 1);
    outer->addLayout(body, 1);
    setCentralWidget(central);

    // The pages, each built the first time it is shown (start-up builds only the one on screen).
    m_slots.push_back({ [this] {
                           auto *overview = new OverviewPage(m_context, m_stack);
                           connect(overview, &OverviewPage::plansRequested, this,
                               [this, overview] { showPlans(overview->plansPillar()); });
                           return overview;
                       },
        [] { return OverviewPage::tr("Overview"); } });
    for (const QString &pillar : { u"infrastructure"_s, u"talent"_s, u"industry"_s, u"sector"_s, u"governance"_s })
        m_slots.push_back({ [this, pillar] { return new PillarPage(pillar, m_context, m_stack); },
            [this, pillar] { return IndicatorCatalogModel::pillarLabel(pillar, m_context->language()); } });
    m_slots.push_back({ [this] { return new SectorFitPage(m_context, m_stack); }, [] { return SectorFitPage::tr("Sector diagnosis"); } });
    m_slots.push_back({ [this] { return new TrendsPage(m_context, m_stack); }, [] { return TrendsPage::tr("Trends"); } });
    m_slots.push_back({ [this] { return new RankingPage(m_context, m_stack); }, [] { return RankingPage::tr("Ranking"); } });
    m_plansPage = int(m_slots.size());
    m_slots.push_back({ [this] { return new PlansPage(m_context, m_stack); }, [] { return PlansPage::tr("Plans"); } });
    m_slots.push_back({ [this] {
                           auto *data = new DataPage(m_context, m_stack);
                           connect(data, &DataPage::importRequested, this, &DashboardWindow::importFiles);
                           return data;
                       },
        [] { return DataPage::tr("Data"); } });
    m_slots.push_back({ [this] {
                           auto *gaps = new GapsPage(m_context, m_stack);
                           connect(gaps, &GapsPage::importRequested, this, &DashboardWindow::importFiles);
                           return gaps;
                       },
        [] { return GapsPage::tr("Data gaps"); } });
    m_slots.push_back({ [this] { return new ScenarioPage(m_context, m_stack); }, [] { return ScenarioPage::tr("Scenario"); } });
    for (const Slot &slot : m_slots) {
        m_stack->addWidget(new QWidget(m_stack)); // a placeholder until the page is built
        m_navigation->addItem(slot.title());
    }
    // The list's width follows its entries in retranslate(), which the end of the constructor runs.
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (Page *p = page(row))
            m_stack->setCurrentWidget(p);
    });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this), &QShortcut::activated, this,
        [this] { showPage((currentPage() + 1) % pageCount()); });
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this), &QShortcut::activated, this,
        [this] { showPage((currentPage() + pageCount() - 1) % pageCount()); });
    connect(m_selector, &SelectorBar::weightEditorRequested, this, [this] { weightEditor()->show(); });
    buildMenus();
    restoreSettings();
    retranslate();
}

DashboardWindow::~DashboardWindow() = default;

int DashboardWindow::currentPage() const
{
    return m_navigation->currentRow();
}

void DashboardWindow::showPage(int index)
{
    if (index >= 0 && index < pageCount())
        m_navigation->setCurrentRow(index);
}

void DashboardWindow::showPlans(const QString &pillar)
{
    const int index = m_plansPage;
    if (auto *plans = qobject_cast<PlansPage *>(page(index)))
        plans->showPillar(pillar);
    showPage(index);
}

Page *DashboardWindow::page(int index)
{
    if (index < 0 || index >= pageCount())
        return nullptr;
    Slot &slot = m_slots[size_t(index)];
    if (!slot.page) {
        slot.page = slot.make();
        QWidget *placeholder = m_stack->widget(index);
        m_stack->insertWidget(index, slot.page);
        m_stack->removeWidget(placeholder);
        placeholder->deleteLater();
    }
    return slot.page;
}

QList<Page *> DashboardWindow::pages()
{
    QList<Page *> all;
    for (int i = 0; i < pageCount(); ++i)
        all << page(i);
    return all;
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
    m_teamAction = m_fileMenu->addAction(QString(), this, &DashboardWindow::connectTeamDatabase);
    // Live: another desk's import or edit reaches this window (a team database) within a second.
    m_changeTimer = new QTimer(this);
    m_changeTimer->setSingleShot(true);
    m_changeTimer->setInterval(300);
    connect(m_changeTimer, &QTimer::timeout, this, [this] {
        m_context->recompute();
        // The server says "insert|update|delete USER": in words.
        const QString op = m_lastChange.section(u' ', 0, 0);
        const QString who = m_lastChange.section(u' ', 1);
        const QString what = op == u"insert"_s ? tr("%1 added figures").arg(who)
            : op == u"delete"_s               ? tr("%1 deleted figures").arg(who)
                                               : tr("%1 changed figures").arg(who);
        statusBar()->showMessage(tr("Another desk changed the figures (%1): the dashboard shows them now").arg(what), 15000);
    });
    m_context->storage().watchChanges(this, [this](const QString &what) {
        m_lastChange = what;
        m_changeTimer->start();
    });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_reportAction = m_fileMenu->addAction(QString(), this, &DashboardWindow::exportBriefing);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_printAction = m_fileMenu->addAction(QString(), this, [this] {
        ReportPreview preview(m_context, this);
        preview.print();
    });
    m_printAction->setShortcut(QKeySequence::Print);
    m_slidesAction = m_fileMenu->addAction(QString(), this, &DashboardWindow::exportSlidesAsked);
    m_slidesAction->setObjectName(u"exportSlidesAction"_s);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_viewMenu = menuBar()->addMenu(QString());
    // Saved views first, each opened in one click; then the pages.
    m_saveViewAction = m_viewMenu->addAction(QString(), this, &DashboardWindow::saveViewAsked);
    m_saveViewAction->setObjectName(u"saveViewAction"_s);
    m_saveViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_savedViewsSection = m_viewMenu->addSeparator();
    m_deleteViewAction = m_viewMenu->addAction(QString(), this, &DashboardWindow::deleteViewAsked);
    m_deleteViewAction->setObjectName(u"deleteViewAction"_s);
    m_viewMenu->addSeparator();
    // Another desk may have saved one since: the list is read again whenever the menu opens.
    connect(m_viewMenu, &QMenu::aboutToShow, this, &DashboardWindow::refreshSavedViews);
    // One action per page, made once: a second registration of Ctrl+N (a QShortcut beside the
    // action) makes the key ambiguous and it does nothing.
    for (int i = 0; i < pageCount(); ++i) {
        QAction *action = m_viewMenu->addAction(QString(), this, [this, i] { showPage(i); });
        if (i < 10)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + (i == 9 ? -1 : i))));
        m_pageActions << action;
    }
    refreshSavedViews();
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

// The page list as wide as its widest entry in the current language (a fixed 170 px cut English
// names: "Infrastructu", "AI opportu").
void DashboardWindow::fitNavigationToEntries()
{
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 2 * m_navigation->frameWidth() + 12);
}

void DashboardWindow::retranslate()
{
    const bool readOnly = m_context->storage().readOnly();
    setWindowTitle(readOnly ? tr("Jeonnam AI readiness (read-only)") : tr("Jeonnam AI readiness"));
    m_fileMenu->setTitle(tr("&File"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setEnabled(!readOnly);
    m_teamAction->setText(tr("Connect to the &team database…"));
    m_reportAction->setText(tr("Export &briefing…"));
    m_printAction->setText(tr("&Print briefing…"));
    m_slidesAction->setText(tr("Export charts for &slides…"));
    m_saveViewAction->setText(tr("&Save view…"));
    m_saveViewAction->setEnabled(!readOnly);
    m_saveViewAction->setToolTip(readOnly ? tr("The database is read-only: views cannot be saved") : QString());
    m_deleteViewAction->setText(tr("&Delete view…"));
    m_deleteViewAction->setEnabled(!readOnly && !m_savedViewActions.isEmpty());
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    for (int i = 0; i < pageCount(); ++i) {
        const QString title = m_slots[size_t(i)].title();
        m_navigation->item(i)->setText(title);
        m_pageActions[i]->setText(title);
    }
    fitNavigationToEntries();
    m_navigation->setAccessibleName(tr("Pages"));
    for (QAction *a : m_languageActions)
        a->setChecked(a->data().toString() == Language::current());
    m_selector->retranslate();
    const bool server = isServerLocator(m_context->storage().locator());
    statusBar()->showMessage(readOnly
            ? (server ? tr("%1 · read-only for %2 (a viewer of the team database): imports and edits are off")
                            .arg(m_context->storage().locator(), m_context->storage().userName())
                      : tr("%1 · read-only (no write permission on the file or its folder): imports and edits are off")
                            .arg(m_context->storage().locator()))
            : tr("%1 · figures with their sources; hover for details").arg(m_context->storage().locator()));
}

void DashboardWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu) {
        m_context->setLanguage(Language::current());
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void DashboardWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    if (!m_painted) {
        m_painted = true;
        QTimer::singleShot(0, m_context, &DashboardContext::completeUncertainty);
    }
}

void DashboardWindow::exportBriefing()
{
    ReportPreview preview(m_context, this);
    preview.exec();
}

void DashboardWindow::connectTeamDatabase()
{
    QSettings settings;
    bool ok = false;
    const QString address = QInputDialog::getText(this, tr("Team database"),
        tr("Address of the team's PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME):"), QLineEdit::Normal,
        settings.value(u"team/address"_s).toString(), &ok).trimmed();
    if (!ok || address.isEmpty())
        return;
    QUrl url(address, QUrl::StrictMode);
    if (!isServerLocator(address) || !url.isValid() || url.userName().isEmpty()) {
        QMessageBox::warning(this, tr("Team database"),
            tr("Not a team database address: %1\nWrite it as postgresql://USER@HOST:PORT/DBNAME.").arg(address));
        return;
    }
    // libpq's own means first (PGPASSWORD, ~/.pgpass); otherwise ask, and keep it nowhere.
    if (url.password().isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        const QString password = QInputDialog::getText(this, tr("Team database"),
            tr("Password of %1 (leave empty if the server needs none):").arg(url.userName()), QLineEdit::Password,
            QString(), &ok);
        if (!ok)
            return;
        if (!password.isEmpty())
            url.setPassword(password);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<std::shared_ptr<Storage>> team = openWithBundledData(url.toString());
    QApplication::restoreOverrideCursor();
    if (!team) {
        QMessageBox::warning(this, tr("Team database"), tr("Cannot open the team database:\n%1").arg(team.errorText()));
        return;
    }
    settings.setValue(u"team/address"_s, address);
    auto *window = new DashboardWindow(*team);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    close();
}

void DashboardWindow::importFiles()
{
    ImportDialog dialog(m_context->sharedStorage(), this);
    connect(&dialog, &ImportDialog::importFinished, this, [this](bool ok, const QString &, bool checkOnly) {
        if (ok && !checkOnly)
            m_context->recompute();
    });
    dialog.exec();
}

QString DashboardWindow::pageKey(int index) const
{
    return pageKeys().value(index);
}

Status DashboardWindow::saveView(const QString &name)
{
    const Status saved = m_context->storage().saveView(viewOf(*m_context, name, pageKey(currentPage())));
    refreshSavedViews();
    return saved;
}

Status DashboardWindow::openView(const SavedViewRecord &view)
{
    const Status applied = applyView(*m_context, view);
    m_selector->syncFromContext();
    if (applied && !view.page.isEmpty())
        showPage(int(pageKeys().indexOf(view.page)));
    if (applied)
        statusBar()->showMessage(tr("View “%1” opened").arg(view.name), 10000);
    return applied;
}

Status DashboardWindow::openView(const QString &name)
{
    const Result<SavedViewRecord> view = m_context->storage().savedView(name);
    if (!view)
        return view.problems();
    return openView(*view);
}

void DashboardWindow::refreshSavedViews()
{
    for (QAction *a : std::as_const(m_savedViewActions)) {
        m_viewMenu->removeAction(a);
        a->deleteLater();
    }
    m_savedViewActions.clear();
    const Result<QList<SavedViewRecord>> views = m_context->storage().savedViews();
    if (views) {
        for (const SavedViewRecord &v : *views) {
            // An '&' in a name is a character, not a shortcut.
            auto *action = new QAction(QString(v.name).replace(u'&', u"&&"_s), this);
            action->setObjectName(u"savedView:"_s + v.name);
            action->setData(v.name);
            const QString year = v.year > 0 ? QString::number(v.year) : tr("latest figures");
            action->setToolTip(MissingValueDelegate::plainToolTip(
                tr("%1 · compared with %2 · %3 · weights %4 · saved by %5, %6")
                    .arg(m_context->regionName(v.region), m_context->regionName(v.comparison), year,
                        v.weightSet == u"equal"_s ? tr("Equal weights") : v.weightSet, v.savedBy,
                        v.savedAt.left(16).replace(u'T', u' '))));
            connect(action, &QAction::triggered, this, [this, name = v.name] {
                // A view holds a stored weight set and a saved scenario: what is neither is lost, so ask.
                const bool unsaved = m_context->weightsEdited()
                    || (m_context->scenarioName().isEmpty() && !m_context->scenarioChanges().isEmpty());
                if (unsaved
                    && plainMessage(this, QMessageBox::Question, tr("Open view"),
                           tr("Opening the view “%1” replaces the weights changed in the weight editor and the scenario's "
                              "changes that are not saved. Open it?")
                               .arg(name),
                           QMessageBox::Yes | QMessageBox::No)
                        != QMessageBox::Yes)
                    return;
                if (Status s = openView(name); !s)
                    plainMessage(this, QMessageBox::Warning, tr("Open view"),
                        tr("The view “%1” cannot be opened:\n%2").arg(name, s.errorText()));
            });
            m_viewMenu->insertAction(m_deleteViewAction, action);
            m_savedViewActions << action;
        }
    }
    m_viewMenu->setToolTipsVisible(true);
    if (m_deleteViewAction)
        m_deleteViewAction->setEnabled(!m_context->storage().readOnly() && !m_savedViewActions.isEmpty());
}

void DashboardWindow::saveViewAsked()
{
    if (m_context->storage().readOnly()) {
        plainMessage(this, QMessageBox::Warning, tr("Save view"),
            tr("The view was not saved:\n%1").arg(m_context->storage().saveView(viewOf(*m_context, u"-"_s, {})).errorText()));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save view"),
        tr("Name of the view (the regions, year, weights, normalisation, scenario and page shown now):"), QLineEdit::Normal,
        QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_context->storage().savedView(name).ok()
        && plainMessage(this, QMessageBox::Question, tr("Save view"), tr("A view named “%1” exists. Replace it?").arg(name),
               QMessageBox::Yes | QMessageBox::No)
            != QMessageBox::Yes)
        return;
    if (Status s = saveView(name); !s) {
        plainMessage(this, QMessageBox::Warning, tr("Save view"), tr("The view was not saved:\n%1").arg(s.errorText()));
        return;
    }
    statusBar()->showMessage(tr("View “%1” saved").arg(name), 10000);
    // What a view cannot hold, said at once rather than found out when it is opened.
    QStringList left;
    if (m_context->weightsEdited())
        left << tr("the weights changed in the weight editor (the view keeps the weight set %1)").arg(m_context->weightSet());
    if (m_context->scenarioName().isEmpty() && !m_context->scenarioChanges().isEmpty())
        left << tr("the scenario's changes that are not saved as a scenario (save it on the scenario page first)");
    if (!left.isEmpty())
        plainMessage(this, QMessageBox::Information, tr("Save view"),
            tr("The view “%1” is saved without:\n%2").arg(name, u"• "_s + left.join(u"\n• "_s)));
}

void DashboardWindow::deleteViewAsked()
{
    QStringList names;
    for (const QAction *a : std::as_const(m_savedViewActions))
        names << a->data().toString();
    if (names.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Delete view"), tr("View to delete:"), names, 0, false, &ok);
    if (!ok || name.isEmpty())
        return;
    if (Status s = m_context->storage().deleteView(name); !s)
        plainMessage(this, QMessageBox::Warning, tr("Delete view"), tr("The view was not deleted:\n%1").arg(s.errorText()));
    else
        statusBar()->showMessage(tr("View “%1” deleted").arg(name), 10000);
    refreshSavedViews();
}

void DashboardWindow::exportSlidesAsked()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the slide pictures"),
        QSettings().value(u"slides/folder"_s).toString());
    if (dir.isEmpty())
        return;
    QSettings().setValue(u"slides/folder"_s, dir);
    QProgressDialog progress(tr("Drawing the charts at slide size…"), tr("Stop"), 0, 0, this);
    progress.setWindowTitle(tr("Export charts for slides"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<QStringList> written = exportSlides(*this, dir, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    progress.reset();
    if (!written) {
        QMessageBox::warning(this, tr("Export charts for slides"), tr("No slide pictures were written:\n%1").arg(written.errorText()));
        return;
    }
    statusBar()->showMessage(tr("%1 slide pictures (PNG and SVG, 1920×1080) written to %2").arg(written->size()).arg(dir), 15000);
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
    settings.setValue(u"selection/scope"_s, u"%1:%2"_s.arg(m_context->scope().level).arg(m_context->scope().within));
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
