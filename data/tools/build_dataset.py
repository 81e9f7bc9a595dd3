#!/usr/bin/env python3
"""Builds data/sources.csv, data/indicators.csv, data/observations.csv and data/plans.csv.

Inputs: ../shared/data/observations.csv (the research notes' figures, each with its source),
the facts of ../shared/data/AI_FACTS.md and PLANS.md transcribed in extra_facts.py and plans.py,
and two real KOSIS exports kept in tests/data/kosis/ (ageing 2007-2025, doctors 2007-2024).
regions.csv, region_aliases.csv and region_groups.csv are maintained by hand.

Run from the repository: python3 data/tools/build_dataset.py [--shared ../shared/data]
Nothing here invents a number: every row carries the source and the note it came with.
"""
import argparse, csv, os, re, sys

sys.path.insert(0, os.path.dirname(__file__))
from indicators import INDICATORS          # noqa: E402
from extra_facts import EXTRA_SOURCES, EXTRA_OBSERVATIONS  # noqa: E402
from plans import PLAN_ITEMS                # noqa: E402

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DATA = os.path.join(TOP, "data")

SHORT = {"전국": "KR", "서울": "KR-11", "부산": "KR-26", "대구": "KR-27", "인천": "KR-28", "광주": "KR-29",
         "대전": "KR-30", "울산": "KR-31", "세종": "KR-50", "경기": "KR-41", "강원": "KR-42", "충북": "KR-43",
         "충남": "KR-44", "전북": "KR-45", "전남": "KR-46", "경북": "KR-47", "경남": "KR-48", "제주": "KR-49"}
FULL = {"전국": "KR", "서울특별시": "KR-11", "부산광역시": "KR-26", "대구광역시": "KR-27", "인천광역시": "KR-28",
        "광주광역시": "KR-29", "대전광역시": "KR-30", "울산광역시": "KR-31", "세종특별자치시": "KR-50", "경기도": "KR-41",
        "강원특별자치도": "KR-42", "충청북도": "KR-43", "충청남도": "KR-44", "전북특별자치도": "KR-45", "전라남도": "KR-46",
        "경상북도": "KR-47", "경상남도": "KR-48", "제주특별자치도": "KR-49"}

KOGL = "공공누리(KOGL) - KOSIS open data"
CITED = "news report: cited, not copied"

# (match on the source text, id, publisher, title, url, published, licence, official)
SOURCE_RULES = [
    ("주민등록인구_시도_시_군_구__20260324172055", "kosis_population_2007_2025", "통계청 KOSIS (행정안전부 주민등록인구현황)",
     "주민등록인구(시도/시/군/구), 2007-2025 (KOSIS export kept in repo runmc3812/Healthcare_Informatics_Integration-2026-)",
     "repo:runmc3812/Healthcare_Informatics_Integration-2026-:6조/data/주민등록인구_시도_시_군_구__20260324172055.csv",
     "", KOGL, True),
    ("인구_천명당_의료기관_종사_의사수", "kosis_doctors_2007_2024", "통계청 KOSIS (e-지방지표)",
     "인구 천명당 의료기관 종사 의사수(시도/시/군/구), 2007-2024",
     "repo:runmc3812/Healthcare_Informatics_Integration-2026-:6조/data/인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv",
     "", KOGL, True),
    ("고령인구비율_시도_시_군_구", "kosis_ageing_2007_2025", "통계청 KOSIS (e-지방지표)",
     "고령인구비율(시도/시/군/구), 2007-2025",
     "repo:runmc3812/Healthcare_Informatics_Integration-2026-:6조/data/고령인구비율_시도_시_군_구__20260324171859.csv",
     "", KOGL, True),
    ("순이동인구_시도_시_군_구", "kosis_net_migration_2007_2025", "통계청 KOSIS (국내인구이동통계)",
     "순이동인구(시도/시/군/구), 2007-2025",
     "repo:runmc3812/Healthcare_Informatics_Integration-2026-:6조/data/순이동인구_시도_시_군_구__20260324172019.csv",
     "", KOGL, True),
    ("university_statistics_long.json + ", "calc_higher_ed_students", "계산 (KOSIS 대학·대학원 개황 ÷ 주민등록인구)",
     "University and graduate enrolment per 1,000 residents, calculated from KOSIS 대학 개황, 대학원 개황 and 주민등록인구",
     "repo:yun0612/region-insight:data/education/ + repo:runmc3812/Healthcare_Informatics_Integration-2026-", "", KOGL, True),
    ("university_statistics_long.json", "kosis_universities", "통계청 KOSIS (교육부 교육기본통계)",
     "대학 개황(시도별), 2000-2024", "repo:yun0612/region-insight:data/education/university_statistics_long.json", "", KOGL, True),
    ("graduate_school_statistics_long.json", "kosis_graduate_schools", "통계청 KOSIS (교육부 교육기본통계)",
     "대학원 개황(시도별), 2000-2024", "repo:yun0612/region-insight:data/education/graduate_school_statistics_long.json", "", KOGL, True),
    ("economically_active_population_long.json", "kosis_labour_force", "통계청 KOSIS (경제활동인구조사)",
     "행정구역(시도)별 경제활동인구, annual", "repo:yun0612/region-insight:data/economy/economically_active_population_long.json", "", KOGL, True),
    ("number of businesses.csv (KOSIS 전국사업체조사 시도·산업·사업체구분별 사업체수, 종사자수, KSIC-10 대분류, 사업체구분=계) ÷",
     "calc_business_census_per_resident", "계산 (KOSIS 전국사업체조사 ÷ 주민등록인구)",
     "ICT workers per 1,000 residents, calculated from the census of establishments and registered population",
     "repo:cha0204/Project:number of businesses.csv", "", KOGL, True),
    ("number of businesses.csv", "kosis_business_census", "통계청 KOSIS (전국사업체조사)",
     "시도·산업·사업체구분별 사업체수, 종사자수 (KSIC-10 대분류), 2021-2024", "repo:cha0204/Project:number of businesses.csv", "", KOGL, True),
    ("youth_population.csv (KOSIS 행정구역(동읍면)별/5세별 주민등록인구, 총인구수, 2025) ÷", "calc_share_aged_25_39",
     "계산 (KOSIS 5세별 주민등록인구 ÷ 주민등록인구)", "Share aged 25-39, calculated from KOSIS registered population by 5-year age group",
     "repo:cha0204/Project:youth_population.csv", "", KOGL, True),
    ("youth_population.csv", "kosis_population_by_age_2025", "통계청 KOSIS (행정안전부 주민등록인구현황)",
     "행정구역(동읍면)별/5세별 주민등록인구, 2021-2025", "repo:cha0204/Project:youth_population.csv", "", KOGL, True),
    ("public_healthcare_beds_statistics_long.json (KOSIS 시도별 공공의료기관 기능별 병상 수; raw data_raw/시도별_공공의료기관_기능별_병상_수_20250626195003.xlsx) ÷",
     "calc_public_beds_per_1000", "계산 (KOSIS 공공의료기관 병상 ÷ 주민등록인구)",
     "Public-hospital beds per 1,000 residents, calculated", "repo:yun0612/region-insight:data/healthcare/public_healthcare_beds_statistics_long.json", "", KOGL, True),
    ("public_healthcare_beds_statistics_long.json", "kosis_public_hospital_beds", "통계청 KOSIS (국립중앙의료원 공공보건의료 통계)",
     "시도별 공공의료기관 기능별 병상 수, 2015-2023", "repo:yun0612/region-insight:data/healthcare/public_healthcare_beds_statistics_long.json", "", KOGL, True),
    ("지역별_신·재생에너지_보급용량", "kosis_renewable_capacity", "통계청 KOSIS (한국에너지공단 신·재생에너지 보급통계)",
     "지역별 신·재생에너지 보급용량(발전, 누적), 2021-2023",
     "repo:kimwjdhyun/KDT_RE_5th_Project:01_DataAnalysis/data/raw/energy/지역별_신·재생에너지_보급용량_발전누적__20251215134828.csv", "", KOGL, True),
    ("imhc.or.kr", "imhc_psychiatric_beds", "인천광역시정신건강복지센터", "정신건강 통계: 시도별 정신의료기관·정신병상",
     "https://www.imhc.or.kr/user/imhc_stats/view.php?lclsf=C&sq=13", "", "cited", False),
    ("news.zum.com/articles/57813948", "news_ddaily_5g_2020", "디지털데일리 (김경진 의원실, 과학기술정보통신부 자료)",
     "지역별 5G 기지국 현황 (2020-01-17 기준)", "https://news.zum.com/articles/57813948", "2020-01-31", CITED, False),
    ("nocutnews.co.kr/news/6298850", "news_nocut_gwangju_ai_survey", "노컷뉴스 (광주지역인적자원개발위원회)",
     "2024년 광주지역 인공지능산업 실태조사", "https://m.nocutnews.co.kr/news/6298850", "", CITED, False),
    ("hellot.net/news/article.html?no=99771", "news_hellot_cadastral_2025", "헬로티 (국토교통부)", "2025년 지적통계 (2024-12-31 기준)",
     "https://hellot.net/news/article.html?no=99771", "2025", CITED, False),
    ("yeongnam.com", "news_yeongnam_cadastral_2025", "영남일보", "2025년 지적통계: 대구 면적",
     "https://www.yeongnam.com/web/view.php?key=20250331022165055", "2025-03-31", CITED, False),
    ("newsway.co.kr", "news_newsway_cadastral_2025", "뉴스웨이", "2025년 지적통계: 서울 면적",
     "https://newsway.co.kr/news/view?ud=2025033114211632385", "2025-03-31", CITED, False),
    ("news1.kr/local/incheon/5744863", "news_news1_incheon_cadastral_2025", "뉴스1", "인천시 2025년 지적통계",
     "https://news1.kr/local/incheon/5744863", "2025", CITED, False),
    ("m.view.nate.com/tech/view/289963", "news_dailian_cultivated_land_2024", "데일리안 (통계청)", "2024년 경지면적조사 결과",
     "https://m.view.nate.com/tech/view/289963", "2025", CITED, False),
    ("aflnews.co.kr", "news_aflnews_cultivated_land_2024", "농수축산신문", "2024년 경지면적: 충북",
     "http://www.aflnews.co.kr/news/articleView.html?idxno=290689", "2025", CITED, False),
    ("klb.news/article/view/175334", "news_g1_farm_households_2024", "G1 (통계청)", "2024년 농림어업조사: 강원",
     "https://www.klb.news/article/view/175334", "2025", CITED, False),
    ("imaeil.com/page/view/2025041716163919495", "news_imaeil_farm_households_2024", "매일신문 (통계청)", "2024년 농림어업조사",
     "https://www.imaeil.com/page/view/2025041716163919495", "2025-04-17", CITED, False),
    ("moneys.co.kr/article/2025022113463130628", "news_moneys_fisheries_2024", "머니S (통계청)", "2024년 어업생산동향조사",
     "https://www.moneys.co.kr/article/2025022113463130628", "2025-02-21", CITED, False),
    ("biz.heraldcorp.com/article/10642328", "news_herald_grdp_2024", "헤럴드경제 (국가데이터처)", "2024년 지역소득(잠정)",
     "https://biz.heraldcorp.com/article/10642328", "2025-12-23", CITED, False),
    ("ajunews.com/view/20251223113619809", "news_aju_grdp_per_capita_2024", "아주경제", "2024년 지역소득(잠정): 1인당 GRDP",
     "https://www5.ajunews.com/view/20251223113619809", "2025-12-23", CITED, False),
    ("medigatenews.com", "news_medigate_beds_2022", "메디게이트뉴스 (신현영 의원실)", "[2022 국감] 지역별 인구 천명당 병상 수 (2022-07 기준)",
     "https://medigatenews.com/section/medical_people/list?page_no=115&page_size=10", "2022", CITED, False),
    ("etnews.com/20210419000177", "news_etnews_datacentres_2019", "전자신문 (한국데이터센터연합회)", "민간 데이터센터 지역 분포 (2019)",
     "https://etnews.com/20210419000177", "2021-04-19", CITED, False),
    ("wowtv.co.kr/NewsCenter/AMP/Read?articleId=AKR20230624039200017", "news_yonhap_rcostii_2022", "연합뉴스 (KISTEP)",
     "2022년 지역 과학기술혁신 역량평가 (R-COSTII)", "https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=AKR20230624039200017", "2023-06-24", CITED, False),
    ("newsdream.net/144154", "news_newsdream_rcostii_2022", "뉴스드림 (홍석준 의원실, KISTEP)", "2022 R-COSTII 분석",
     "https://newsdream.net/144154", "2023", CITED, False),
    ("joongdo.co.kr", "news_joongdo_rnd_2023", "중도일보 (KISTEP)", "2023년 연구개발활동조사 주요결과 브리프",
     "https://joongdo.co.kr/web/view.php?key=20250101010000194", "2025-01-01", CITED, False),
    ("segye.com/view/20241229508707", "news_segye_rnd_2023", "세계일보 (과학기술정보통신부)", "2023년 연구개발활동조사",
     "https://segye.com/view/20241229508707", "2024-12-29", CITED, False),
    ("mobile.newsis.com/view/NISX20250421_0003147285", "news_newsis_renewables_2024", "뉴시스 (전남연구원, 재생에너지 클라우드 플랫폼)",
     "전남 재생에너지 발전량 인포그래픽 (2024)", "https://mobile.newsis.com/view/NISX20250421_0003147285", "2025-04-21", CITED, False),
]

OFFICIAL_INDICATORS_FROM_NEWS = set()  # news reports of a release stay "reported"


def source_for(text):
    for rule in SOURCE_RULES:
        if rule[0] in text:
            return rule
    raise SystemExit("no source rule for: " + text)


def note_for(row):
    parts = []
    note = row["note"].strip()
    if note:
        parts.append(note)
    src = row["source"]
    m = re.search(r"\)\s*;\s*(.+)$", src)
    if m:
        parts.append(m.group(1).strip())
    if "source rounds" in src:
        parts.append("rounded to 1,000 ha in the source")
    if "약 9만4000ha" in src:
        parts.append('approximate ("약 9만4000ha"), from a sentence calling it the smallest among provinces')
    if row["tag"] == "C":
        parts.insert(0, "calculated (see data/README.md for the method)")
    return "; ".join(dict.fromkeys(parts))


def read_kosis_wide(path, wanted_items):
    """Reads one of the two KOSIS wide exports in tests/data/kosis: {(region, year, item): value}."""
    rows = list(csv.reader(open(path, encoding="utf-8")))
    years, items = rows[0], rows[1]
    out = {}
    for r in rows[2:]:
        code = FULL[r[0]]
        for c in range(1, len(r)):
            item = re.sub(r"<[^>]*>", "", items[c])
            for key, prefix in wanted_items.items():
                if item.startswith(prefix) and r[c] not in ("-", ""):
                    out[(code, int(years[c]), key)] = r[c]
    return out


def write_coverage_table(observations):
    """Fills the coverage table of data/README.md between its markers, so it never drifts."""
    readme = os.path.join(DATA, "README.md")
    if not os.path.exists(readme):
        return
    by = {}
    for (region, indicator, year), row in observations.items():
        by.setdefault(indicator, []).append(row)
    lines = ["| id | pillar / sector | 지표 | years | regions with a figure | nation | sources |",
             "|---|---|---|---|---|---|---|"]
    for i in INDICATORS:
        rows = by.get(i[0], [])
        regions = {r[0] for r in rows if r[0] != "KR"}
        years = sorted({int(r[2]) for r in rows})
        span = str(years[0]) if len(years) == 1 else "%d-%d" % (years[0], years[-1])
        sources = sorted({r[5] for r in rows})
        lines.append("| `%s` | %s | %s | %s | %d / 17 | %s | %s |" % (
            i[0], i[1] + ("/" + i[2] if i[2] else ""), i[3], span, len(regions),
            "yes" if any(r[0] == "KR" for r in rows) else "-", ", ".join("`%s`" % x for x in sources)))
    text = open(readme, encoding="utf-8").read()
    begin, end = "<!-- coverage:begin -->", "<!-- coverage:end -->"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    open(readme, "w", encoding="utf-8").write(head + begin + "\n" + "\n".join(lines) + "\n" + end + tail)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(TOP, "..", "shared", "data"))
    args = ap.parse_args()

    by_shared = {i[12]: i for i in INDICATORS if i[12]}
    sources = {}
    observations = {}

    def add_source(rule):
        sid = rule[1]
        sources[sid] = dict(id=sid, publisher=rule[2], title=rule[3], url=rule[4], published=rule[5],
                            retrieved="", licence=rule[6])
        return sid

    def add_obs(region, indicator, year, value, status, source, note):
        key = (region, indicator, int(year))
        if key in observations:
            old = observations[key]
            if float(old[3]) != float(value):
                raise SystemExit("conflicting figures for %s: %s vs %s" % (key, old[3], value))
            return
        observations[key] = [region, indicator, int(year), value, status, source, note]

    for row in csv.DictReader(open(os.path.join(args.shared, "observations.csv"), encoding="utf-8")):
        ind = by_shared.get(row["indicator"])
        if ind is None:
            raise SystemExit("indicator not in the framework: " + row["indicator"])
        rule = source_for(row["source"])
        sid = add_source(rule)
        status = "official" if rule[7] else "reported"
        add_obs(SHORT[row["region"]], ind[0], row["year"], row["value"], status, sid, note_for(row))

    # Full ageing and doctors series from the real KOSIS exports (the research notes kept 2025 / 2024 only).
    kosis_dir = os.path.join(TOP, "tests", "data", "kosis")
    ageing = read_kosis_wide(os.path.join(kosis_dir, "고령인구비율_시도_시_군_구__20260324171859.csv"),
                             {"aged_65_plus_share": "고령인구비율", "population_aged_65plus": "65세이상인구"})
    rule = source_for("고령인구비율_시도_시_군_구")
    sid = add_source(rule)
    for (region, year, ind), value in sorted(ageing.items()):
        add_obs(region, ind, year, value, "official", sid, "")
    doctors = read_kosis_wide(os.path.join(kosis_dir, "인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv"),
                              {"doctors_in_medical_institutions": "의료기관 종사 의사수"})
    rule = source_for("인구_천명당_의료기관_종사_의사수")
    sid = add_source(rule)
    for (region, year, ind), value in sorted(doctors.items()):
        add_obs(region, ind, year, value, "official", sid, "")

    for s in EXTRA_SOURCES:
        sources[s["id"]] = s
    for region, indicator, year, value, status, source, note in EXTRA_OBSERVATIONS:
        if source not in sources:
            raise SystemExit("unknown source " + source)
        add_obs(region, indicator, year, value, status, source, note)

    for item in PLAN_ITEMS:
        if item["source"] not in sources:
            raise SystemExit("plan item with unknown source " + item["source"])

    with open(os.path.join(DATA, "sources.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "publisher", "title", "url", "published", "retrieved", "licence"])
        for sid in sorted(sources):
            s = sources[sid]
            w.writerow([s["id"], s["publisher"], s["title"], s["url"], s["published"], s["retrieved"], s["licence"]])

    with open(os.path.join(DATA, "indicators.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "pillar", "sector", "name_ko", "name_en", "unit", "direction", "group_rule", "denominator",
                    "scale", "ratio_unit", "definition", "goal_low", "goal_high", "min_value"])
        may_be_negative = {"net_internal_migration", "ict_workers_change_2021_2024"}
        for i in INDICATORS:
            w.writerow(list(i[:10]) + [i[10], i[11], "", "", "" if i[0] in may_be_negative else 0])

    with open(os.path.join(DATA, "observations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "indicator", "year", "value", "status", "source", "note"])
        order = {i[0]: n for n, i in enumerate(INDICATORS)}
        for key in sorted(observations, key=lambda k: (order[k[1]], k[0] != "KR", k[0], k[2])):
            w.writerow(observations[key])

    with open(os.path.join(DATA, "plans.csv"), "w", newline="", encoding="utf-8") as f:
        cols = ["plan", "item", "pillar", "sector", "title_ko", "title_en", "target_value", "target_unit", "target_year",
                "budget_krw", "status", "source", "note", "plan_name_ko", "plan_name_en", "plan_region", "plan_period"]
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for item in PLAN_ITEMS:
            w.writerow([item.get(c, "") for c in cols])

    write_coverage_table(observations)
    print("sources %d, indicators %d, observations %d, plan items %d" %
          (len(sources), len(INDICATORS), len(observations), len(PLAN_ITEMS)))


if __name__ == "__main__":
    main()
