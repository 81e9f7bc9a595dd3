// Scenarios and the smallest step past a rival (issue 14, points 1 and 2), on the bundled data in a
// real SQLite file: a scenario never changes an observation; every indicator of a region at the best
// value among the regions gives rank 1, at the worst the last rank; a plan-item scenario moves
// exactly the figures its items name; the value --overtake prints, applied with --set, lifts the rank
// above the rival and one step less does not; the scenarios' CSV round trip; the window's page
// and the briefing's page carry the band.
#include "clisupport.h"
#include "testsupport.h"

#include "dashboardcontext.h"
#include "dashboardwindow.h"
#include "io/csvparser.h"
#include "pages/scenariopage.h"
#include "report/briefingreport.h"
#include "scoring/scenario.h"

#include <QApplication>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

namespace air {
namespace {

AssessmentRecipe recipe(int runs = 0)
{
    AssessmentRecipe r;
    r.options.uncertaintyRuns = runs;
    r.options.seed = 11;
    return r;
}

int rankOf(const IndexRun &run, const QString &code)
{
    const int u = int(run.dataset.unitCodes.indexOf(code));
    return u >= 0 ? run.result.rank[size_t(u)] : 0;
}

// The raw figure that puts a region's compared value of one readiness column at `target`, worked out
// here from the definitions (not by the search under test): a national share v / (N - v0 + v) * 100
// (the nation's count moves with the region's), a rate v / d * scale, or the value itself.
double rawFor(const IndexFigures &figures, const IndicatorInfo &info, int year, int unit, double target)
{
    const QString id = info.figuresId();
    const double v0 = figures.raw(id, year, unit);
    if (info.isNationalShare()) {
        const double nation = figures.raw(id, year, figures.nationRow());
        const double rest = std::isnan(v0) ? nation : nation - v0;
        return target * rest / (100.0 - target);
    }
    if (!info.denominator.isEmpty())
        return target * figures.raw(info.denominator, year, unit) / info.scale;
    return target;
}

// Changes that put every readiness indicator of `code` at the best (or worst) value of the other
// scored regions; a figure filling two indicators (a rate and a share) takes the one that is at least
// as good (or as bad) on both.
QList<ScenarioChange> extremes(const IndexFigures &figures, const IndexRun &run, const QString &code, bool best)
{
    const int unit = figures.unitRow(code);
    QHash<QString, const IndicatorInfo *> infos;
    for (const IndicatorInfo &info : figures.indicators())
        infos.insert(info.id, &info);
    QMap<std::pair<QString, int>, double> wanted;
    const auto &specs = run.dataset.input.framework.indicators;
    for (size_t c = 0; c < specs.size(); ++c) {
        const IndicatorInfo &info = *infos.value(specs[c].id);
        const int year = run.dataset.years[qsizetype(c)];
        double target = std::nan("");
        for (int u = 0; u < run.dataset.scoredCount(); ++u) {
            const double x = run.dataset.input.values.at(u, int(c));
            if (u == unit || std::isnan(x))
                continue;
            const bool better = specs[c].higherIsBetter ? x > target : x < target;
            if (std::isnan(target) || better == best)
                target = x;
        }
        const double raw = rawFor(figures, info, year, unit, target);
        const auto key = std::pair { info.figuresId(), year };
        const bool up = specs[c].higherIsBetter == best;
        wanted[key] = wanted.contains(key) ? (up ? std::max(wanted[key], raw) : std::min(wanted[key], raw)) : raw;
    }
    QList<ScenarioChange> out;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        out << ScenarioChange { code, it.key().first, it.key().second, it.value(), u"test"_s, {}, {} };
    return out;
}

// Equal tables of figures, a missing cell (NaN) equal to a missing one.
bool sameFigures(const QHash<QString, std::map<int, std::vector<double>>> &a, const QHash<QString, std::map<int, std::vector<double>>> &b)
{
    if (a.keys().size() != b.keys().size())
        return false;
    for (auto it = a.cbegin(); it != a.cend(); ++it) {
        const auto other = b.constFind(it.key());
        if (other == b.cend() || other->size() != it->size())
            return false;
        for (const auto &[year, column] : *it) {
            const auto o = other->find(year);
            if (o == other->end() || o->second.size() != column.size())
                return false;
            for (size_t u = 0; u < column.size(); ++u)
                if (!(column[u] == o->second[u] || (std::isnan(column[u]) && std::isnan(o->second[u]))))
                    return false;
        }
    }
    return true;
}

QString observationsDump(Storage &storage)
{
    const Result<TableRows> rows = storage.exportRows(u"observations"_s, {});
    QString out;
    for (const QVariantList &row : rows ? rows->rows : QList<QVariantList>()) {
        QStringList fields;
        for (const QVariant &v : row)
            fields << v.toString();
        out += fields.join(u'|') + u'\n';
    }
    return out + QString::number(storage.history({})->size());
}

} // namespace

class TestScenario final : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void scenarioNeverChangesAnObservation();
    void bestValuesGiveRankOneWorstTheLast();
    void planItemsMoveExactlyTheirFigures();
    void planChoicesAreChecked();
    void overtakeValuesLiftTheRankAndOneStepLessDoesNot();
    void overtakeThroughTheCommandLine();
    void scenariosCsvRoundTrip();
    void scenariosCsvBadCellNamesItsPlace();
    void pageAndBriefingCarryTheBand();

private:
    std::unique_ptr<test::TempDatabase> m_db;
    std::shared_ptr<const IndexFigures> m_figures;
    Assessment m_baseline;
};

void TestScenario::initTestCase()
{
    m_db = test::openTempDatabase();
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(m_db->store(), {}, false);
    QVERIFY2(figures.ok(), qPrintable(figures.errorText()));
    m_figures = *figures;
    Result<Assessment> baseline = assess(m_db->store(), *m_figures, recipe());
    QVERIFY2(baseline.ok(), qPrintable(baseline.errorText()));
    m_baseline = *baseline;
}

void TestScenario::scenarioNeverChangesAnObservation()
{
    Storage &db = m_db->store();
    const QString before = observationsDump(db);
    const QString everything = test::dumpDatabase(m_db->db());
    Result<QList<ScenarioChange>> plans = changesFromPlans(db, *m_figures, m_baseline, { { u"jeonnam"_s, {} } });
    QVERIFY2(plans.ok(), qPrintable(plans.errorText()));
    QList<ScenarioChange> changes = *plans;
    changes << ScenarioChange { u"KR-46"_s, u"researchers"_s, 2023, 99999, u"typed"_s, {}, {} };
    Result<ScenarioOutcome> outcome = runScenario(db, *m_figures, m_baseline, recipe(50), u"t"_s, changes);
    QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
    // Scored and gone: the database is as it was, row for row.
    QCOMPARE(test::dumpDatabase(m_db->db()), everything);
    // Saved: the scenario's tables hold it, the observations and their history are as they were.
    QVERIFY(db.saveScenario({ u"계획 달성"_s, {}, changes, {}, {}, {}, {} }).ok());
    QCOMPARE(observationsDump(db), before);
    QVERIFY(db.deleteScenario(u"계획 달성"_s).ok());
    QCOMPARE(observationsDump(db), before);
    // The figures the dashboard reads are the stored ones, not the scenario's.
    Result<std::shared_ptr<const IndexFigures>> again = IndexFigures::load(db, {}, false);
    QVERIFY(again.ok());
    QVERIFY(sameFigures((*again)->table(), m_figures->table()));
}

void TestScenario::bestValuesGiveRankOneWorstTheLast()
{
    Storage &db = m_db->store();
    for (const QString &code : { u"KR-46"_s, u"KR-49"_s, u"KR-11"_s }) {
        for (const bool best : { true, false }) {
            const QList<ScenarioChange> changes = extremes(*m_figures, m_baseline.readiness, code, best);
            QVERIFY(!changes.isEmpty());
            Result<ScenarioOutcome> outcome = runScenario(db, *m_figures, m_baseline, recipe(), code, changes);
            QVERIFY2(outcome.ok(), qPrintable(outcome.errorText()));
            const int rank = rankOf(outcome->scenario.readiness, code);
            const int last = outcome->scenario.readiness.dataset.scoredCount();
            QVERIFY2(rank == (best ? 1 : last),
                qPrintable(u"%1 at its %2: rank %3"_s.arg(code, best ? u"best"_s : u"worst"_s).arg(rank)));
        }
    }
}

void TestScenario::planItemsMoveExactlyTheirFigures()
{
    Storage &db = m_db->store();
    Result<QList<ScenarioChange>> changes = changesFromPlans(db, *m_figures, m_baseline, { { u"jeonnam"_s, {} } });
    QVERIFY2(changes.ok(), qPrintable(changes.errorText()));
    // Jeonnam's plan states targets in an indicator's unit for the medical school and the ordinances.
    QStringList named;
    for (const ScenarioChange &c : *changes) {
        QCOMPARE(c.region, u"KR-46"_s);
        QVERIFY(!c.plan.isEmpty());
        named << c.indicator;
    }
    named.sort();
    QCOMPARE(named, (QStringList { u"ai_ordinance"_s, u"medical_school_quota_allocated"_s }));
    const std::shared_ptr<const IndexFigures> changed = applyChanges(*m_figures, *changes);
    // Every figure is as stored except the ones the items name (and, for a count, the nation's).
    QSet<QString> expected, found;
    for (const ScenarioChange &c : *changes) {
        if (m_figures->raw(c.indicator, c.year, m_figures->unitRow(c.region)) != c.value)
            expected << u"%1:%2:%3"_s.arg(c.indicator).arg(c.year).arg(c.region);
        QCOMPARE(changed->raw(c.indicator, c.year, changed->unitRow(c.region)), c.value);
    }
    // Laid over the stored figures, not a copy of them: a column no item names is the stored one itself.
    for (const IndicatorInfo &info : m_figures->indicators()) {
        const bool named = std::any_of(changes->cbegin(), changes->cend(),
            [&](const ScenarioChange &c) { return c.indicator == info.figuresId(); });
        for (const int year : m_figures->years(info.figuresId()))
            if (!named)
                QCOMPARE(changed->column(info.figuresId(), year), m_figures->column(info.figuresId(), year));
    }
    const auto before = m_figures->table();
    const auto after = changed->table();
    QCOMPARE(after.keys().size(), before.keys().size());
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        const auto stored = before.constFind(it.key());
        QVERIFY(stored != before.cend());
        for (const auto &[year, column] : it.value()) {
            const auto old = stored->find(year);
            QVERIFY2(old != stored->end(), qPrintable(u"%1 %2: a year the figures do not have"_s.arg(it.key()).arg(year)));
            for (size_t u = 0; u < column.size(); ++u) {
                const double was = old->second[u];
                const bool same = column[u] == was || (std::isnan(column[u]) && std::isnan(was));
                if (!same)
                    found << u"%1:%2:%3"_s.arg(it.key()).arg(year).arg(changed->units()[int(u)].code);
            }
        }
    }
    QSet<QString> withNation = expected;
    for (const ScenarioChange &c : *changes)
        for (const IndicatorInfo &info : m_figures->indicators())
            if (info.id == c.indicator && info.groupRule == u"sum"_s
                && !std::isnan(m_figures->raw(c.indicator, c.year, m_figures->nationRow()))
                && !std::isnan(m_figures->raw(c.indicator, c.year, m_figures->unitRow(c.region))))
                withNation << u"%1:%2:KR"_s.arg(c.indicator).arg(c.year);
    QCOMPARE(found, withNation);
    QVERIFY(found.contains(u"medical_school_quota_allocated:2025:KR-46"_s));
    // The index moves only where those figures enter: the opportunity (medical sector) here.
    Result<ScenarioOutcome> outcome = runScenario(db, *m_figures, m_baseline, recipe(), {}, *changes);
    QVERIFY(outcome.ok());
    const int jeonnam = m_figures->unitRow(u"KR-46"_s);
    QVERIFY(outcome->scenario.opportunity.result.index[size_t(jeonnam)] > m_baseline.opportunity.result.index[size_t(jeonnam)]);
    for (int u = 0; u < m_baseline.readiness.dataset.scoredCount(); ++u)
        QCOMPARE(outcome->scenario.readiness.result.index[size_t(u)], m_baseline.readiness.result.index[size_t(u)]);
}

void TestScenario::planChoicesAreChecked()
{
    Storage &db = m_db->store();
    QVERIFY(!changesFromPlans(db, *m_figures, m_baseline, { { u"nowhere"_s, {} } }).ok());
    QVERIFY(!changesFromPlans(db, *m_figures, m_baseline, { { u"jeonnam"_s, { u"j99"_s } } }).ok());
    // An item without a target in an indicator's unit is named, not skipped silently.
    const Result<QList<ScenarioChange>> noTarget = changesFromPlans(db, *m_figures, m_baseline, { { u"jeonnam"_s, { u"j10"_s } } });
    QVERIFY(!noTarget.ok());
    QVERIFY(noTarget.errorText().contains(u"j10"_s));
    const Result<QList<ScenarioChange>> one = changesFromPlans(db, *m_figures, m_baseline, { { u"jeonnam"_s, { u"j15"_s } } });
    QVERIFY(one.ok());
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().value, 100.0);
    QCOMPARE(parsePlanChoice(u"jeonnam:j15,j17"_s)->items, (QStringList { u"j15"_s, u"j17"_s }));
    QVERIFY(!parsePlanChoice(u"jeonnam:"_s));
}

void TestScenario::overtakeValuesLiftTheRankAndOneStepLessDoesNot()
{
    Storage &db = m_db->store();
    Result<Overtake> found = findOvertake(db, *m_figures, recipe(100), u"KR-46"_s, u"KR-48"_s);
    QVERIFY2(found.ok(), qPrintable(found.errorText()));
    QVERIFY(!found->alreadyAbove);
    int checked = 0;
    for (const OvertakeStep &s : found->alone) {
        if (!s.needed)
            continue;
        const double step = std::pow(10.0, -s.decimals) * (*s.needed >= s.current ? 1 : -1);
        for (const bool less : { false, true }) {
            const double value = std::stod(formatChangeValue(*s.needed - (less ? step : 0), s.decimals).toStdString());
            Result<ScenarioOutcome> o = runScenario(db, *m_figures, m_baseline, recipe(), {},
                { ScenarioChange { u"KR-46"_s, s.indicator, s.year, value, {}, {}, {} } });
            QVERIFY(o.ok());
            const bool above = rankOf(o->scenario.readiness, u"KR-46"_s) < rankOf(o->scenario.readiness, u"KR-48"_s);
            QVERIFY2(above != less, qPrintable(u"%1 = %2: %3"_s.arg(s.indicator).arg(value).arg(above ? u"above"_s : u"not above"_s)));
        }
        ++checked;
    }
    QVERIFY(checked > 0);
    // The combination puts the focus above too.
    QVERIFY(!found->combination.isEmpty());
    QList<ScenarioChange> all;
    for (const OvertakeStep &s : found->combination)
        all << ScenarioChange { u"KR-46"_s, s.indicator, s.year, *s.needed, {}, {}, {} };
    Result<ScenarioOutcome> o = runScenario(db, *m_figures, m_baseline, recipe(), {}, all);
    QVERIFY(o.ok());
    QVERIFY(rankOf(o->scenario.readiness, u"KR-46"_s) < rankOf(o->scenario.readiness, u"KR-48"_s));
    // A region already above its rival needs nothing.
    Result<Overtake> above = findOvertake(db, *m_figures, recipe(), u"KR-11"_s, u"KR-46"_s);
    QVERIFY(above.ok());
    QVERIFY(above->alreadyAbove);
}

// The test as an official would run it: the value --overtake prints, given to --set.
void TestScenario::overtakeThroughTheCommandLine()
{
    const QString db = m_db->path();
    const test::CliRun overtake = test::runCli({ u"--db"_s, db, u"scenario"_s, u"--overtake"_s, u"경남"_s, u"--region"_s,
        u"전남"_s, u"--uncertainty"_s, u"50"_s });
    QVERIFY2(overtake.exitCode == 0, qPrintable(overtake.err));
    QStringList lines = overtake.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.takeFirst(), u"indicator,year,current,needed,holds_in_band"_s);
    int tried = 0;
    for (const QString &line : std::as_const(lines)) {
        const QStringList f = line.split(u',');
        QCOMPARE(f.size(), 5);
        if (f[3].isEmpty() || tried >= 3)
            continue;
        const int decimals = f[3].contains(u'.') ? int(f[3].size() - f[3].indexOf(u'.') - 1) : 0;
        const double needed = f[3].toDouble();
        const double less = needed - std::pow(10.0, -decimals) * (needed >= f[2].toDouble() ? 1 : -1);
        for (const double value : { needed, less }) {
            const test::CliRun set = test::runCli({ u"--db"_s, db, u"scenario"_s, u"--set"_s,
                u"KR-46:%1:%2=%3"_s.arg(f[0], f[1], QString::number(value, 'f', decimals)), u"--uncertainty"_s, u"0"_s });
            QVERIFY2(set.exitCode == 0, qPrintable(set.err));
            int jeonnam = 0, rival = 0;
            for (const QString &row : set.out.split(u'\n')) {
                const QStringList cells = row.split(u',');
                if (cells.value(0) == u"KR-46"_s)
                    jeonnam = cells.value(4).toInt();
                if (cells.value(0) == u"KR-48"_s)
                    rival = cells.value(4).toInt();
            }
            QVERIFY(jeonnam > 0 && rival > 0);
            QVERIFY2((jeonnam < rival) == (value == needed), qPrintable(u"%1 = %2: rank %3 against %4"_s.arg(f[0]).arg(value).arg(jeonnam).arg(rival)));
        }
        ++tried;
    }
    QVERIFY(tried > 0);
    // The scenario table: the header the issue gives, one row per region.
    const test::CliRun plans = test::runCli({ u"--db"_s, db, u"scenario"_s, u"--plans"_s, u"jeonnam"_s, u"--uncertainty"_s, u"20"_s });
    QVERIFY2(plans.exitCode == 0, qPrintable(plans.err));
    QVERIFY(plans.out.startsWith(u"region,baseline_readiness,baseline_rank,scenario_readiness,scenario_rank,scenario_p05,scenario_p95,"_s));
    QCOMPARE(plans.out.count(u'\n'), 18);
}

void TestScenario::scenariosCsvRoundTrip()
{
    const QList<ScenarioRecord> scenarios = {
        { u"솔라시도, \"AI\" 클러스터"_s, u"=not a formula"_s,
            { { u"KR-46"_s, u"researchers"_s, 2023, 12345.678, u"계획: 연구원, 2030년"_s, {}, {} },
                { u"KR-46"_s, u"medical_school_quota_allocated"_s, 2025, 100, u"계획"_s, u"jeonnam"_s, u"j15"_s } },
            {}, {}, {}, {} },
        { u"empty"_s, {}, {}, {}, {}, {}, {} },
    };
    Result<QList<ScenarioRecord>> back = parseScenariosCsv(scenariosCsv(scenarios), u"s.csv"_s);
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QCOMPARE(back->size(), 2);
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(back->at(i).name, scenarios[i].name);
        QCOMPARE(back->at(i).description, scenarios[i].description);
        QCOMPARE(back->at(i).changes, scenarios[i].changes);
    }
}

void TestScenario::scenariosCsvBadCellNamesItsPlace()
{
    const QByteArray bad = "scenario,region,indicator,year,value\nA,KR-46,researchers,2023,1\nA,KR-46,researchers,20x3,2\n";
    Result<QList<ScenarioRecord>> parsed = parseScenariosCsv(bad, u"bad.csv"_s);
    QVERIFY(!parsed.ok());
    const Problem p = parsed.problems().first();
    QCOMPARE(p.file, u"bad.csv"_s);
    QCOMPARE(p.line, 3);
    QCOMPARE(p.column, 4);
    QVERIFY(!parseScenariosCsv("region,value\nKR-46,1\n", u"x.csv"_s).ok());
    QVERIFY(!parseTypedChange(u"KR-46:researchers=1"_s));
    QCOMPARE(parseTypedChange(u"전남:researchers:2023=1.5"_s)->value, 1.5);
}

void TestScenario::pageAndBriefingCarryTheBand()
{
    DashboardWindow window(m_db->storage);
    window.resize(1360, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.context()->completeUncertainty();
    ScenarioPage *page = nullptr;
    for (int i = 0; i < window.pageCount(); ++i)
        if (window.page(i)->key() == u"scenario"_s) {
            window.showPage(i);
            page = qobject_cast<ScenarioPage *>(window.page(i));
        }
    QVERIFY(page);
    page->refresh();
    QVERIFY(!page->bandVisible());
    // Ticking a plan item must not move the list under the mouse: in a real window (Xvfb, xdotool)
    // the band appearing pushed the list down a row's height, and the next click unticked the item
    // above the one aimed at.
    QTableView *planList = nullptr;
    for (QTableView *view : page->findChildren<QTableView *>())
        if (view->accessibleName() == ScenarioPage::tr("Plan items"))
            planList = view;
    QVERIFY(planList);
    QApplication::processEvents();
    const QPoint listBefore = planList->mapTo(&window, QPoint(0, 0));
    page->choosePlanItems({ u"jeonnam:j15"_s });
    QApplication::processEvents();
    QCOMPARE(planList->mapTo(&window, QPoint(0, 0)), listBefore);
    QVERIFY(page->bandVisible());
    QCOMPARE(page->bandText(), u"Scenario: unsaved"_s);
    window.context()->setScenario(u"솔라시도 AI 클러스터"_s, window.context()->scenarioChanges());
    QCOMPARE(page->bandText(), u"Scenario: 솔라시도 AI 클러스터"_s);
    QCOMPARE(window.context()->scenarioChanges().size(), 1);
    QVERIFY(page->pillarModel().rowCount() >= 10); // the two indices, four pillars, four sectors
    QVERIFY(page->gainModel().rowCount() >= 1);
    // The briefing's page says it shows a scenario, and only when asked for.
    const BriefingReport without(window.context());
    const BriefingReport with(window.context(), true);
    QCOMPARE(with.pageCount(), without.pageCount() + 1);
    bool listed = false;
    for (const BriefingReport::Section &s : with.sections())
        listed = listed || s.title == BriefingReport::tr("If the plans come true");
    QVERIFY(listed);
}

} // namespace air

// QTEST_MAIN: the last case builds the window and draws the briefing.
QTEST_MAIN(air::TestScenario)
#include "tst_scenario.moc"
