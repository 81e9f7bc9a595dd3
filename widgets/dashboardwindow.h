#pragma once

#include "storage/storage.h"
#include "scoring/indexdataset.h"

#include <QMainWindow>

#include <functional>
#include <optional>
#include <vector>

class QListWidget;
class QTimer;
class QStackedWidget;
class QAction;
class QMenu;

namespace air {

class DashboardContext;
class Page;
class SelectorBar;
class WeightEditor;

// The dashboard: the selector bar every page follows, the list of pages (keyboard: Ctrl+1..9,
// Ctrl+PgUp/PgDn), the pages, and the menus (import, language). It lives in air_widgets rather
// than app/ so that the tests can build it: a test never compiles app sources (STYLE.md #1).
class DashboardWindow final : public QMainWindow {
    Q_OBJECT
public:
    // Opens at the scope remembered from last time, or at `scope` when given (--level).
    explicit DashboardWindow(std::shared_ptr<Storage> storage, QWidget *parent = nullptr, std::optional<RegionScope> scope = {});
    ~DashboardWindow() override;

    DashboardContext *context() const { return m_context; }
    // Every page (built on first use: only the page on screen is built at start-up).
    QList<Page *> pages();
    Page *page(int index);
    int pageCount() const { return int(m_slots.size()); }
    int currentPage() const;
    void showPage(int index);
    // The plans page, showing one pillar's items ("" for all): the overview's link passes the
    // pillar of the largest gap.
    void showPlans(const QString &pillar = {});
    WeightEditor *weightEditor();

    // Saved views (보기 ▸ 보기 저장…): the selection shown and the page, under a name in the database.
    // saveView replaces a view of that name; openView applies the whole selection and shows its page;
    // both return the storage's or the view's problem (a read-only database, a scenario gone).
    Status saveView(const QString &name);
    Status openView(const SavedViewRecord &view);
    Status openView(const QString &name);
    // The View menu's saved views, one action each (opened in one click), read again from the database.
    void refreshSavedViews();
    // The key of the page at INDEX (overview, infrastructure, …; pageKeys()).
    QString pageKey(int index) const;
    QList<QAction *> savedViewActions() const { return m_savedViewActions; }

public slots:
    void importFiles();
    // File ▸ 팀 데이터베이스 연결: the team's PostgreSQL server, in a window of its own.
    void connectTeamDatabase();
    void exportBriefing();
    // 보기 ▸ 보기 저장… / 보기 삭제…: ask for the name, then save or delete (errors in a message box).
    void saveViewAsked();
    void deleteViewAsked();
    // File ▸ 슬라이드용 그림 내보내기…: every chart at 1920×1080 (PNG and SVG) into a folder asked for.
    void exportSlidesAsked();
    void setLanguage(const QString &language);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void fitNavigationToEntries();
    void restoreSettings();
    void saveSettings() const;

    DashboardContext *m_context;
    SelectorBar *m_selector;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    struct Slot {
        std::function<Page *()> make;
        std::function<QString()> title;
        Page *page = nullptr;
    };
    std::vector<Slot> m_slots;
    int m_plansPage = -1; // the overview links to it
    WeightEditor *m_weightEditor = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_teamAction = nullptr;
    QTimer *m_changeTimer = nullptr; // another desk's changes, gathered for one refresh
    QString m_lastChange;
    QAction *m_reportAction = nullptr;
    QAction *m_slidesAction = nullptr;
    QAction *m_saveViewAction = nullptr;
    QAction *m_deleteViewAction = nullptr;
    QAction *m_savedViewsSection = nullptr;
    QList<QAction *> m_savedViewActions;
    QAction *m_printAction = nullptr;
    QAction *m_quitAction = nullptr;
    QList<QAction *> m_languageActions;
    QList<QAction *> m_pageActions; // View menu; Ctrl+1…0 are theirs alone
    bool m_painted = false;
};

} // namespace air
