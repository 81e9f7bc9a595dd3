// The dashboard window offscreen on the bundled data: every page builds and draws, the selector
// bar reaches every chart (series values checked, not pixels only), the weight editor re-scores,
// the language switch retranslates, and tables export CSV safely. Widgets: QTEST_MAIN.
#include "charts/chartpanel.h"
#include "charts/tilemap.h"
#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "databaseopener.h"
#include "items/dashboardmodels.h"
#include "items/itemroles.h"
#include "items/observationsmodel.h"
#include "language.h"
#include "pages/datapage.h"
#include "pages/overviewpage.h"
#include "pages/pillarpage.h"
#include "pages/rankingpage.h"
#include "pages/trendspage.h"
#include "selectorbar.h"
#include "tableexport.h"
#include "weighteditor.h"

#include "testsupport.h"

#include <QBarSet>
#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QAction>
#include <QStatusBar>
#include <QAbstractBarSeries>
#include <QLineSeries>
#include <QListWidget>
#include <QFile>
#include <QStandardItemModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

template<typename T>
T *page(DashboardWindow &w)
{
    for (Page *p : w.pages())
        if (auto *t = qobject_cast<T *>(p))
            return t;
    return nullptr;
}

PillarPage *pillarPage(DashboardWindow &w, const QString &pillar)
{
    for (Page *p : w.pages())
        if (auto *t = qobject_cast<PillarPage *>(p); t && t->key() == pillar)
            return t;
    return nullptr;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QLineSeries *firstLine(ChartPanel *panel)
{
    for (QAbstractSeries *s : panel->chart()->series())
        if (auto *l = qobject_cast<QLineSeries *>(s))
            return l;
    return nullptr;
}

// The first region a chart shows: a line's name (radar, trends) or the first bar set's label.
QString firstRegionShown(ChartPanel *panel)
{
    if (QLineSeries *l = firstLine(panel))
        return l->name();
    for (QAbstractSeries *s : panel->chart()->series())
        if (auto *b = qobject_cast<QAbstractBarSeries *>(s))
            return b->barSets().isEmpty() ? QString() : b->barSets().first()->label();
    return {};
}

} // namespace

class TestDashboard final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void everyPageBuildsAndDraws();
    void focusRegionReachesEveryChart();
    void yearChangesTheFigures();
    void weightEditorRescores();
    void languageSwitchRetranslates();
    void csvExportDefusesFormulas();
    void editsAreUserRowsWithUndo();
    void readOnlyDatabaseSaysSo();
    void damagedDatabaseOffersAFreshOneBeside();
    void districtLevelThroughTheSelectorBar();
    void bundledJeonnamDistrictsInTheSelectorBar();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::unique_ptr<DashboardWindow> m_window;
};

void TestDashboard::initTestCase()
{
    QCoreApplication::setOrganizationName(u"air-tests"_s);
    QCoreApplication::setApplicationName(u"tst_dashboard"_s);
    Language::applyFonts();
    Language::install(u"ko"_s);
    m_db = test::openTempDatabase();
}

void TestDashboard::init()
{
    m_window = std::make_unique<DashboardWindow>(*m_db->database);
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestDashboard::cleanup()
{
    m_window.reset();
}

void TestDashboard::everyPageBuildsAndDraws()
{
    QCOMPARE(m_window->pages().size(), 11);
    for (int i = 0; i < m_window->pages().size(); ++i) {
        m_window->showPage(i);
        QCoreApplication::processEvents();
        Page *p = m_window->pages()[i];
        QVERIFY2(p->isVisible(), qPrintable(p->key()));
        QVERIFY(!p->title().isEmpty());
        for (ChartPanel *chart : p->charts()) {
            QVERIFY2(!chart->accessibleName().isEmpty(), qPrintable(p->key()));
            const QImage image = chart->toImage(QSize(600, 400));
            QVERIFY2(distinctColours(image) > 20, qPrintable(p->key() + u": a blank chart"_s));
            if (p->key() != u"governance"_s) // governance has no indicator with figures for two thirds of the regions
                QVERIFY2(chart->pointCount() > 0, qPrintable(p->key()));
        }
    }
    QVERIFY(m_window->grab().width() > 1000);

    // A chart saves as a vector SVG with its text as text.
    QTemporaryDir dir;
    m_window->showPage(0);
    QCoreApplication::processEvents();
    ChartPanel *radar = m_window->pages().first()->charts().first();
    QVERIFY(radar->saveSvg(dir.filePath(u"radar.svg"_s)));
    QFile svg(dir.filePath(u"radar.svg"_s));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    const QByteArray text = svg.readAll();
    QVERIFY(text.contains("<svg") && (text.contains("<path") || text.contains("<rect")));
    QVERIFY(text.contains(QString(u"인재"_s).toUtf8()));
    QVERIFY(radar->savePng(dir.filePath(u"radar.png"_s)));
    // From the overview, one click to the plans.
    emit qobject_cast<OverviewPage *>(m_window->pages().first())->plansRequested();
    QCOMPARE(m_window->pages()[m_window->currentPage()]->key(), u"plans"_s);
}

void TestDashboard::focusRegionReachesEveryChart()
{
    DashboardContext *context = m_window->context();
    m_window->showPage(0);
    auto *overview = page<OverviewPage>(*m_window);
    QCOMPARE(firstRegionShown(overview->charts().first()), u"전남"_s);

    context->setFocus(u"KR-29"_s); // Gwangju
    QCoreApplication::processEvents();
    QLineSeries *radar = firstLine(overview->charts().first());
    QCOMPARE(firstRegionShown(overview->charts().first()), u"광주"_s);
    // The radar (or, with fewer than three scored pillars, the bars) starts with Gwangju's first scored pillar.
    const int row = context->unitRow(u"KR-29"_s);
    double firstScore = -1;
    for (int p = 0; p < int(context->run().dataset.input.framework.pillars.size()) && firstScore < 0; ++p) {
        const double v = context->run().result.pillarScores.at(row, p);
        if (!std::isnan(v))
            firstScore = std::clamp(v, 0.0, 100.0);
    }
    if (radar) {
        QCOMPARE(radar->at(0).y(), firstScore);
    } else {
        auto *bars = qobject_cast<QAbstractBarSeries *>(overview->charts().first()->chart()->series().first());
        QVERIFY(bars);
        QCOMPARE(bars->barSets().first()->label(), u"광주"_s);
    }
    QVERIFY(overview->findings().startsWith(u"광주"_s));

    // Every other page, once shown, follows.
    m_window->showPage(m_window->pages().indexOf(pillarPage(*m_window, u"talent"_s)));
    QCoreApplication::processEvents();
    PillarPage *talent = pillarPage(*m_window, u"talent"_s);
    QCOMPARE(talent->model().columnLabel(0), u"광주"_s);
    auto *bars = qobject_cast<QAbstractBarSeries *>(talent->charts().first()->chart()->series().first());
    QCOMPARE(bars->barSets().first()->label(), u"광주"_s);
    // The bars hold the figures relative to the nation (the rows are drawn bottom-up): the bar of 대학
    // 재적학생 is Gwangju's students per 1,000 residents over the nation's, x 100.
    const int rows = talent->model().rowCount();
    int students = -1;
    for (int r = 0; r < rows && students < 0; ++r)
        students = talent->model().rowLabel(r) == u"대학 재적학생"_s ? r : -1;
    QVERIFY(students >= 0);
    const double gwangju = talent->model().index(students, 0).data(roleOf(ItemRole::RawValue)).toDouble();
    const double nation = talent->model().index(students, 1).data(roleOf(ItemRole::RawValue)).toDouble();
    QVERIFY(qFuzzyCompare(bars->barSets().first()->at(rows - 1 - students), 100.0 * gwangju / nation));

    auto *trends = page<TrendsPage>(*m_window);
    m_window->showPage(m_window->pages().indexOf(trends));
    QCoreApplication::processEvents();
    QCOMPARE(firstLine(trends->charts().first())->name(), u"광주"_s);
    // 2007 share aged 65+ in Gwangju: 8.1 (KOSIS).
    QCOMPARE(firstLine(trends->charts().first())->at(0), QPointF(2007, 8.1));
}

void TestDashboard::yearChangesTheFigures()
{
    DashboardContext *context = m_window->context();
    m_window->showPage(0);
    const int jeonnam = context->unitRow(u"KR-46"_s);
    const double latest = context->run().result.index[size_t(jeonnam)];
    context->setYear(2024);
    QCoreApplication::processEvents();
    QCOMPARE(context->year(), 2024);
    const double in2024 = context->run().result.index[size_t(jeonnam)];
    QVERIFY(latest != in2024);
    auto *overview = page<OverviewPage>(*m_window);
    if (QLineSeries *radar = firstLine(overview->charts().first())) {
        double first = -1;
        for (int p = 0; p < int(context->run().dataset.input.framework.pillars.size()) && first < 0; ++p) {
            const double v = context->run().result.pillarScores.at(jeonnam, p);
            if (!std::isnan(v))
                first = std::clamp(v, 0.0, 100.0);
        }
        QCOMPARE(radar->at(0).y(), first);
    }
    // The headline says what the year left out instead of presenting a new rank as a change.
    if (context->run().dataset.provisional())
        QVERIFY2(overview->headline().contains(u"잠정"_s),
            qPrintable(overview->headline()));
    context->setYear(0);
}

void TestDashboard::weightEditorRescores()
{
    DashboardContext *context = m_window->context();
    const int jeonnam = context->unitRow(u"KR-46"_s);
    const double before = context->run().result.index[size_t(jeonnam)];
    // Doubling the weight of a pillar where Jeonnam scores above its index raises the index.
    const auto &pillars = context->run().dataset.input.framework.pillars;
    int above = -1;
    for (int p = 0; p < int(pillars.size()); ++p) {
        if (context->run().result.pillarScores.at(jeonnam, p) > before)
            above = int(DashboardContext::editorPillars().indexOf(pillars[p]));
    }
    QVERIFY(above >= 0);
    m_window->weightEditor()->setPillarPercent(above, 200);
    const double after = context->run().result.index[size_t(jeonnam)];
    QVERIFY2(after > before, qPrintable(u"%1 -> %2"_s.arg(before).arg(after)));
    QVERIFY(context->weightsEdited());
    m_window->weightEditor()->setPillarPercent(above, 100);
    QCOMPARE(context->run().result.index[size_t(jeonnam)], before);
}

void TestDashboard::languageSwitchRetranslates()
{
    QCOMPARE(m_window->windowTitle(), u"전라남도 AI 준비도"_s);
    m_window->setLanguage(u"en"_s);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->windowTitle(), u"Jeonnam AI readiness"_s);
    QCOMPARE(m_window->findChild<QListWidget *>()->item(0)->text(), u"Overview"_s);
    QCOMPARE(m_window->context()->regionName(u"KR-46"_s), u"Jeonnam"_s);
    m_window->setLanguage(u"ko"_s);
    QCoreApplication::processEvents();
    QCOMPARE(m_window->findChild<QListWidget *>()->item(0)->text(), u"개요"_s);
}

void TestDashboard::csvExportDefusesFormulas()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({ u"name"_s, u"value"_s });
    model.setItem(0, 0, new QStandardItem(u"=HYPERLINK(\"x\")"_s));
    model.setItem(0, 1, new QStandardItem(u"-3.5"_s));
    model.setItem(1, 0, new QStandardItem(u"@SUM(A1)"_s));
    model.setItem(1, 1, new QStandardItem(u"+1 call"_s));
    const QByteArray csv = modelToCsv(model);
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"x\"\")\",-3.5"), csv.constData());
    QVERIFY(csv.contains("'@SUM(A1),'+1 call"));
}

void TestDashboard::editsAreUserRowsWithUndo()
{
    auto *data = page<DataPage>(*m_window);
    m_window->showPage(m_window->pages().indexOf(data));
    QCoreApplication::processEvents();
    ObservationsModel *model = data->observations();
    QVERIFY(model->rowCount() > 0);
    const QModelIndex value = model->index(0, ObservationsModel::Value);
    const double before = value.data(roleOf(ItemRole::RawValue)).toDouble();
    QVERIFY(model->setData(value, before + 1));
    QCOMPARE(model->index(0, ObservationsModel::Origin).data().toString(), u"user"_s);
    model->undo();
    QCOMPARE(model->index(0, ObservationsModel::Value).data(roleOf(ItemRole::RawValue)).toDouble(), before);
}

void TestDashboard::readOnlyDatabaseSaysSo()
{
    Database::Options options;
    options.readOnly = true;
    options.loadBundledData = false;
    const auto database = Database::open(m_db->path(), options);
    QVERIFY2(database.ok(), qPrintable(database.errorText()));
    DashboardWindow window(*database);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY2(window.windowTitle().contains(u"읽기 전용"_s), qPrintable(window.windowTitle()));
    QVERIFY(window.statusBar()->currentMessage().contains(u"읽기 전용"_s));
    bool importOff = false;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_I))
            importOff = !a->isEnabled();
    QVERIFY(importOff);
    auto *data = page<DataPage>(window);
    window.showPage(window.pages().indexOf(data));
    QCoreApplication::processEvents();
    const QModelIndex value = data->observations()->index(0, ObservationsModel::Value);
    QVERIFY(!(value.flags() & Qt::ItemIsEditable));
}

void TestDashboard::damagedDatabaseOffersAFreshOneBeside()
{
    QTemporaryDir dir;
    const QString damaged = dir.filePath(u"업무.sqlite"_s);
    const QByteArray junk = QByteArray("SQLite format 3") + QByteArray(600, '\x01');
    QVERIFY(test::writeFile(damaged, junk));
    QString message;
    QTimer::singleShot(0, this, [&message] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        QVERIFY(box);
        message = box->informativeText();
        QVERIFY(box->findChild<QPushButton *>(u"openAnother"_s));
        box->findChild<QPushButton *>(u"startFresh"_s)->click();
    });
    const std::optional<Database> database = openDatabaseForWindow(damaged);
    QVERIFY(database.has_value());
    QCOMPARE(database->path(), dir.filePath(u"업무-new.sqlite"_s));
    QVERIFY2(message.contains(u"SQLite 데이터베이스가 아닙니다"_s), qPrintable(message));
    QVERIFY2(message.contains(u"업무-new.sqlite"_s), qPrintable(message));
    QCOMPARE(test::readFile(damaged), junk);
    QSqlDatabase db = database->connection();
    QVERIFY(test::scalar(db, u"SELECT count(*) FROM observations"_s).toInt() > 1000);
}

// With the bundled data alone, the level box offers Jeonnam's 시군 (bundled with their figures): the
// focus box lists the 22. Their figures are too old or too few for an index (tst_districts::bundledDistricts):
// nothing is scored, and no district is ranked.
void TestDashboard::bundledJeonnamDistrictsInTheSelectorBar()
{
    auto t = test::openTempDatabase();
    DashboardWindow window(*t->database);
    window.resize(1360, 860);
    window.show();
    DashboardContext *context = window.context();
    QComboBox *scope = window.findChild<SelectorBar *>()->scopeBox();
    QVERIFY(scope->isEnabled());
    // Provinces; 전남 districts (the only province with districts, so no separate "all districts" entry).
    QCOMPARE(scope->count(), 1 + 1);
    QVERIFY(scope->findData(u"2:KR-46"_s) >= 0);
    scope->setCurrentIndex(scope->findData(u"2:KR-46"_s));
    QCoreApplication::processEvents();
    QCOMPARE(context->scope(), (RegionScope { 2, u"KR-46"_s }));
    QCOMPARE(window.findChild<SelectorBar *>()->focusBox()->count(), 22);
    QCOMPARE(context->focus(), u"KR-46-110"_s); // 목포시, the first in code order
    QCOMPARE(context->run().dataset.input.framework.indicators.size(), size_t(0));
    QCOMPARE(context->run().result.rank[size_t(context->unitRow(u"KR-46-790"_s))], 0); // 화순군: unranked
}

QTEST_MAIN(TestDashboard)
// Jeonnam's districts (three, with made-up test figures: tests/data/kosis/district/README.md) chosen
// in the selector bar: the focus becomes a district, ranked among three; back to provinces, Jeonnam.
void TestDashboard::districtLevelThroughTheSelectorBar()
{
    auto t = test::openTempDatabaseWithDistricts();
    DashboardWindow window(*t->database);
    window.resize(1360, 860);
    window.show();
    DashboardContext *context = window.context();
    QComboBox *scope = window.findChild<SelectorBar *>()->scopeBox();
    QVERIFY(scope->isEnabled());
    QCOMPARE(scope->count(), 1 + 3 + 1); // provinces; 서울, 부산, 전남 districts; all districts
    scope->setCurrentIndex(scope->findData(u"2:KR-46"_s));
    QCoreApplication::processEvents();

    QCOMPARE(context->scope(), (RegionScope { 2, u"KR-46"_s }));
    QCOMPARE(context->focus(), u"KR-46-110"_s); // 목포시, the first of Jeonnam's districts
    QCOMPARE(context->comparison(), u"KR-46"_s);
    QCOMPARE(window.findChild<SelectorBar *>()->focusBox()->count(), 3);
    window.showPage(0);
    QCoreApplication::processEvents();
    auto *overview = page<OverviewPage>(window);
    // 목포 25.0, rank 3 of 3 (worked by hand in tst_districts).
    QVERIFY2(overview->headline().startsWith(u"목포시 AI 준비도 25.0점"_s), qPrintable(overview->headline()));
    QVERIFY2(overview->headline().contains(u"전남 시군구 3곳 중 3위"_s), qPrintable(overview->headline()));
    QVERIFY2(overview->findings().contains(u"전남 시군구 3곳 중"_s), qPrintable(overview->findings()));

    auto *ranking = page<RankingPage>(window);
    window.showPage(int(window.pages().indexOf(ranking)));
    QCoreApplication::processEvents();
    QVERIFY(!ranking->findChild<TileMap *>()->isVisible()); // the tile map knows provinces only
    auto *trends = page<TrendsPage>(window);
    QCOMPARE(trends->findChild<QListWidget *>()->count(), 3);

    // A year change rescores the kept figures: 2024 has no district figure at all.
    context->setYear(2024);
    QCOMPARE(context->run().dataset.input.framework.indicators.size(), size_t(0));
    context->setYear(0);
    QCOMPARE(context->run().result.rank[size_t(context->unitRow(u"KR-46-130"_s))], 1); // 여수

    scope->setCurrentIndex(scope->findData(u"1:"_s));
    QCoreApplication::processEvents();
    QCOMPARE(context->focus(), u"KR-46"_s);
    QCOMPARE(context->rankedCount(), 17);
    QCOMPARE(trends->findChild<QListWidget *>()->count(), 17);
}

#include "tst_dashboard.moc"
