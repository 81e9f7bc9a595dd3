// The readiness framework worked by hand: the evidence rules (two thirds of the regions, a maximum
// age, two indicators per pillar), readiness apart from opportunity, the rank-interval rule that
// decides whether an order may be claimed, and the Korean particles chosen from the word.
// Made-up figures on a real SQLite file: three regions and the nation, nothing else.
#include "core/korean.h"
#include "import/importer.h"
#include "items/indicatorcatalogmodel.h"
#include "scoring/indexreport.h"

#include "testsupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace air;

namespace {

// Three regions. infrastructure: a (2025: 10, 20, 30), b (2019 only: 1, 2, 3); talent: c (2025);
// energy: e1, e2 (2024); medical: m (2024). The nation has every figure (for national shares).
const QByteArray regions = "code,name_ko,name_en,level,parent\n"
                           "KR,전국,Nation,0,\nKR-91,가,A,1,KR\nKR-92,나,B,1,KR\nKR-93,다,C,1,KR\n";
const QByteArray sources = "id,publisher,title,url,published,retrieved,licence\n"
                           "made_up,TEST,TEST FIGURES,test,,,\n";
const QByteArray indicators =
    "id,pillar,sector,name_ko,name_en,unit,direction,group_rule,denominator,scale,ratio_unit,definition,goal_low,goal_high,"
    "min_value,kind,values_from,as_of\n"
    "a,infrastructure,,가,a,개,higher,sum,,1,,,,,,mass,,2025\n"
    "b,infrastructure,,나,b,개,higher,sum,,1,,,,,,mass,,2019\n"
    "a_share,infrastructure,,가 비중,a share,%,higher,sum,,1,,,,,,mass,a,2025\n"
    "c,talent,,다,c,개,higher,sum,,1,,,,,,intensity,,2025\n"
    "e1,sector,energy,라,e1,개,higher,sum,,1,,,,,,,,2024\n"
    "e2,sector,energy,마,e2,개,higher,sum,,1,,,,,,,,2024\n"
    "m,sector,medical,바,m,개,higher,sum,,1,,,,,,,,2024\n";
const QByteArray observations = "region,indicator,year,value,status,source\n"
                                "KR-91,a,2025,10,estimate,made_up\nKR-92,a,2025,20,estimate,made_up\n"
                                "KR-93,a,2025,30,estimate,made_up\nKR,a,2025,60,estimate,made_up\n"
                                "KR-91,b,2019,1,estimate,made_up\nKR-92,b,2019,2,estimate,made_up\n"
                                "KR-93,b,2019,3,estimate,made_up\n"
                                "KR-91,c,2025,5,estimate,made_up\nKR-92,c,2025,4,estimate,made_up\n"
                                "KR-93,c,2025,3,estimate,made_up\n"
                                "KR-91,e1,2024,3,estimate,made_up\nKR-92,e1,2024,2,estimate,made_up\n"
                                "KR-93,e1,2024,1,estimate,made_up\n"
                                "KR-91,e2,2024,30,estimate,made_up\nKR-92,e2,2024,10,estimate,made_up\n"
                                "KR-93,e2,2024,20,estimate,made_up\n"
                                "KR-91,m,2024,1,estimate,made_up\nKR-92,m,2024,2,estimate,made_up\n"
                                "KR-93,m,2024,3,estimate,made_up\n";

std::unique_ptr<test::TempDatabase> madeUp()
{
    auto t = test::openTempDatabase(false);
    QSqlDatabase db = t->db();
    const QList<InputFile> files = { { u"regions.csv"_s, regions }, { u"sources.csv"_s, sources },
        { u"indicators.csv"_s, indicators }, { u"observations.csv"_s, observations } };
    const auto report = Importer::importData(test::storageOf(db), files, {});
    if (!report)
        qFatal("%s", qPrintable(report.errorText()));
    return t;
}

IndexRun run(test::TempDatabase &t, IndexQuestion question, int maxAge = defaultMaxAge)
{
    QSqlDatabase db = t.db();
    IndexDatasetOptions data;
    data.question = question;
    data.year = 2026;
    data.maxAge = maxAge;
    const Result<IndexRun> r = runIndex(test::storageOf(db), data, index::IndexOptions());
    if (!r)
        qFatal("%s", qPrintable(r.errorText()));
    return *r;
}

double scoreOf(const IndexRun &r, const QString &code)
{
    return r.result.index[size_t(r.dataset.unitCodes.indexOf(code))];
}

} // namespace

class TestFramework final : public QObject {
    Q_OBJECT
private slots:
    void onePillarIndicatorIsInsufficient();
    void anOldIndicatorIsLeftOut();
    void readinessAndOpportunityStandApart();
    void nationalShareDividesByTheNation();
    void ordersOnlyWhereIntervalsSeparate();
    void particlesFollowTheWord_data();
    void particlesFollowTheWord();
};

// Talent has one indicator (c): insufficient, no score, and the index provisional.
void TestFramework::onePillarIndicatorIsInsufficient()
{
    auto t = madeUp();
    const IndexRun r = run(*t, IndexQuestion::Readiness);
    QVERIFY(!r.dataset.evidenceOf(u"talent"_s)->sufficient);
    QCOMPARE(r.dataset.evidenceOf(u"talent"_s)->indicators, QStringList { u"c"_s });
    QVERIFY(r.dataset.provisional());
    const int talent = int(r.dataset.input.framework.pillars.indexOf(u"talent"_s));
    QVERIFY(std::isnan(r.result.pillarScores.at(0, talent)));
}

// b's only figures are of 2019: older than 5 years before 2026, left out, and infrastructure keeps a
// and a_share (two indicators: scored). With a maximum age of 10, b enters.
void TestFramework::anOldIndicatorIsLeftOut()
{
    auto t = madeUp();
    const IndexRun r = run(*t, IndexQuestion::Readiness);
    bool left = false;
    for (const IndexDataset::Excluded &e : r.dataset.excluded)
        left = left || (e.indicator == u"b"_s && e.why == IndexDataset::Excluded::Why::TooOld && e.bestYear == 2019);
    QVERIFY(left);
    QCOMPARE(r.dataset.evidenceOf(u"infrastructure"_s)->indicators, (QStringList { u"a"_s, u"a_share"_s }));
    const IndexRun older = run(*t, IndexQuestion::Readiness, 10);
    QVERIFY(older.dataset.evidenceOf(u"infrastructure"_s)->indicators.contains(u"b"_s));
}

// Readiness: infrastructure only (a, a_share: 0, 50, 100 each) → 0, 50, 100. Opportunity: energy
// (e1 100, 50, 0; e2 100, 0, 50 → 100, 25, 25); medical has one indicator: insufficient. So
// opportunity 100, 25, 25: the two questions order the regions differently, and are not added.
void TestFramework::readinessAndOpportunityStandApart()
{
    auto t = madeUp();
    const IndexRun r = run(*t, IndexQuestion::Readiness);
    QCOMPARE(scoreOf(r, u"KR-91"_s), 0.0);
    QCOMPARE(scoreOf(r, u"KR-92"_s), 50.0);
    QCOMPARE(scoreOf(r, u"KR-93"_s), 100.0);
    QVERIFY(!r.dataset.input.framework.pillars.contains(u"sector"_s));
    const IndexRun o = run(*t, IndexQuestion::Opportunity);
    QCOMPARE(scoreOf(o, u"KR-91"_s), 100.0);
    QCOMPARE(scoreOf(o, u"KR-92"_s), 25.0);
    QCOMPARE(scoreOf(o, u"KR-93"_s), 25.0);
    QVERIFY(!o.dataset.evidenceOf(u"medical"_s)->sufficient);
    QVERIFY(o.dataset.provisional());
    QCOMPARE(o.result.rank[0], 1);
    QCOMPARE(r.result.rank[0], 3);
}

// a_share takes a's figures over the nation's 60: 16.67 %, 33.33 %, 50 %.
void TestFramework::nationalShareDividesByTheNation()
{
    auto t = madeUp();
    QSqlDatabase db = t->db();
    Result<std::shared_ptr<const IndexFigures>> figures = IndexFigures::load(test::storageOf(db), {}, false);
    QVERIFY(figures.ok());
    const IndicatorInfo *share = nullptr;
    for (const IndicatorInfo &i : (*figures)->indicators())
        share = i.id == u"a_share"_s ? &i : share;
    QVERIFY(share && share->isNationalShare());
    QCOMPARE((*figures)->value(*share, 2025, (*figures)->unitRow(u"KR-92"_s)), 20.0 / 60.0 * 100.0);
    QCOMPARE((*figures)->value(*share, 2025, (*figures)->unitRow(u"KR"_s)), 100.0);
}

// Intervals 1–2 and 2–3 overlap: no order may be claimed; 1–1 and 3–3 are separate.
void TestFramework::ordersOnlyWhereIntervalsSeparate()
{
    IndexRun r;
    r.dataset.input.scoredUnits = 3;
    r.result.rank = { 1, 2, 3 };
    index::Uncertainty u;
    u.runs = 100;
    u.rankP05 = { 1, 2, 3 };
    u.rankP95 = { 2, 3, 3 };
    r.result.uncertainty = u;
    QVERIFY(!ranksSeparated(r, 0, 1)); // 1–2 against 2–3
    QVERIFY(ranksSeparated(r, 0, 2));  // 1–2 against 3–3
    QVERIFY(!ranksSeparated(r, 1, 2)); // 2–3 against 3–3
    r.result.uncertainty.reset();
    QVERIFY(!ranksSeparated(r, 0, 2)); // without uncertainty runs, never
}

void TestFramework::particlesFollowTheWord_data()
{
    QTest::addColumn<QString>("written");
    QTest::addColumn<QString>("expected");
    QTest::newRow("final consonant: 은") << u"전남은(는) 앞섭니다"_s << u"전남은 앞섭니다"_s;
    QTest::newRow("no final consonant: 는") << u"전라남도은(는) 앞섭니다"_s << u"전라남도는 앞섭니다"_s;
    QTest::newRow("ㄹ final: 로, not 으로") << u"서울(으)로"_s << u"서울로"_s;
    QTest::newRow("other final: 으로") << u"부산(으)로"_s << u"부산으로"_s;
    QTest::newRow("vowel: 로") << u"경기(으)로"_s << u"경기로"_s;
    QTest::newRow("이/가 after a vowel") << u"세종이(가)"_s << u"세종이"_s;
    QTest::newRow("과/와 after a vowel") << u"경기과(와) 전남"_s << u"경기와 전남"_s;
    QTest::newRow("을/를 after a consonant") << u"인천을(를)"_s << u"인천을"_s;
    QTest::newRow("(이)나 after ㄹ") << u"서울(이)나 전국"_s << u"서울이나 전국"_s;
    QTest::newRow("(이)나 after a vowel") << u"경기(이)나 전국"_s << u"경기나 전국"_s;
    QTest::newRow("a digit read aloud: 3 삼") << u"3은(는)"_s << u"3은"_s;
    QTest::newRow("a digit read aloud: 2 이") << u"2은(는)"_s << u"2는"_s;
    QTest::newRow("a bracket looked through") << u"인프라(지표 2개)은(는)"_s << u"인프라(지표 2개)는"_s;
    QTest::newRow("two in one sentence") << u"전남은(는) 경기과(와)"_s << u"전남은 경기와"_s;
    QTest::newRow("English untouched") << u"Jeonnam lags"_s << u"Jeonnam lags"_s;
}

void TestFramework::particlesFollowTheWord()
{
    QFETCH(QString, written);
    QFETCH(QString, expected);
    QCOMPARE(korean::resolveParticles(written), expected);
}

QTEST_GUILESS_MAIN(TestFramework)
#include "tst_framework.moc"
