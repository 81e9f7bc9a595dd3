#!/usr/bin/env python3
"""Builds data/sources.csv, data/indicators.csv, data/observations.csv, data/plans.csv and data/facts.csv.

Inputs: ../shared/data/observations.csv (the research notes' figures, each with its source), the second
collection ../shared/data/more/*.csv (innovation, sectors, governance, districts; see more.py),
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
from more import NEW_INDICATORS, MAP, OBS, FACT, ROW_AS_FACT, KEEP_EXISTING  # noqa: E402
from facts import FACT_SOURCES, HAND_FACTS, FACT_LABELS, topic  # noqa: E402
import indicators as framework             # noqa: E402

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

def source_for(text):
    for rule in SOURCE_RULES:
        if rule[0] in text:
            return rule
    raise SystemExit("no source rule for: " + text)


# Calculations first: a calculation that names the population file must not be taken for the population table.
SOURCE_RULES.sort(key=lambda rule: not rule[1].startswith("calc_"))

# Where each KOSIS-origin source was read from and what is known of its dates:
# id -> (table_title, table_id, retrieved, note)
NO_ID = "KOSIS table ID not given in the file read"
NO_PUBLISHED = "publication date not given in the export"
KOSIS_META = {
    "kosis_population_2007_2025": ("주민등록인구(시도/시/군/구)", "", "2026-03-24",
                                   "%s; %s; retrieved = the KOSIS download stamp in the file name" % (NO_ID, NO_PUBLISHED)),
    "kosis_doctors_2007_2024": ("인구 천명당 의료기관 종사 의사수(시도/시/군/구)", "DT_1YL20981", "2026-03-24",
                                "table ID as given for the same table in repo ypyp66/MediMap (district extract); %s; "
                                "retrieved = the KOSIS download stamp in the file name" % NO_PUBLISHED),
    "kosis_ageing_2007_2025": ("고령인구비율(시도/시/군/구)", "", "2026-03-24",
                               "%s; %s; retrieved = the KOSIS download stamp in the file name; a copy is kept in "
                               "tests/data/kosis/" % (NO_ID, NO_PUBLISHED)),
    "kosis_net_migration_2007_2025": ("순이동인구(시도/시/군/구)", "", "2026-03-24",
                                      "%s; %s; retrieved = the KOSIS download stamp in the file name" % (NO_ID, NO_PUBLISHED)),
    "kosis_universities": ("대학 개황(시도별)", "", "2025-06-26",
                           "%s; %s; retrieved = the stamp of the raw export data_raw/대학_개황_20250626194556.xlsx in the "
                           "same repository" % (NO_ID, NO_PUBLISHED)),
    "kosis_graduate_schools": ("대학원 개황(시도별)", "", "",
                               "%s; %s; download date not recorded in the repository" % (NO_ID, NO_PUBLISHED)),
    "kosis_labour_force": ("행정구역(시도)별 경제활동인구", "", "2025-06-26",
                           "%s; %s; retrieved = the stamp of the raw export data_raw/행정구역_시도_별_경제활동인구_"
                           "20250626195127.xlsx" % (NO_ID, NO_PUBLISHED)),
    "kosis_public_hospital_beds": ("시도별 공공의료기관 기능별 병상 수", "", "2025-06-26",
                                   "%s; %s; retrieved = the stamp of the raw export data_raw/시도별_공공의료기관_기능별_"
                                   "병상_수_20250626195003.xlsx" % (NO_ID, NO_PUBLISHED)),
    "kosis_business_census": ("시도·산업·사업체구분별 사업체수, 종사자수 (KSIC-10 대분류)", "", "",
                              "%s; %s; download date not recorded in the repository" % (NO_ID, NO_PUBLISHED)),
    "kosis_population_by_age_2025": ("행정구역(동읍면)별/5세별 주민등록인구", "", "",
                                     "%s; %s; download date not recorded in the repository" % (NO_ID, NO_PUBLISHED)),
    "kosis_renewable_capacity": ("지역별 신·재생에너지 보급용량(발전, 누적)", "", "2025-12-15",
                                 "%s; %s; retrieved = the KOSIS download stamp in the file name" % (NO_ID, NO_PUBLISHED)),
    "calc_higher_ed_students": ("대학 개황(시도별) + 대학원 개황(시도별) ÷ 주민등록인구(시도/시/군/구)", "", "",
                                "calculated from three KOSIS tables (see kosis_universities, kosis_graduate_schools, "
                                "kosis_population_2007_2025 for their dates)"),
    "calc_public_beds_per_1000": ("시도별 공공의료기관 기능별 병상 수 ÷ 주민등록인구(시도/시/군/구)", "", "",
                                  "calculated from two KOSIS tables (see kosis_public_hospital_beds, "
                                  "kosis_population_2007_2025 for their dates)"),
    "calc_business_census_per_resident": ("시도·산업·사업체구분별 사업체수, 종사자수 ÷ 주민등록인구(시도/시/군/구)", "", "",
                                          "calculated from two KOSIS tables (see kosis_business_census, "
                                          "kosis_population_2007_2025)"),
    "calc_share_aged_25_39": ("행정구역(동읍면)별/5세별 주민등록인구 ÷ 주민등록인구(시도/시/군/구)", "", "",
                              "calculated from two KOSIS tables (see kosis_population_by_age_2025, "
                              "kosis_population_2007_2025)"),
}

# Methods of the research notes' calculated rows (SOURCES.md, "Calculated rows"): shared indicator -> (method, inputs)
METHODS = {
    "rnd_expenditure": ("수도권 835,725억 − 경기 610,981억 − 서울 188,712억 = 36,032억원",
                        "the capital-region, Gyeonggi and Seoul totals of the same KISTEP brief"),
    "higher_ed_students_per_1000": ("(4-year university + graduate school enrolment) ÷ registered population (2024 year "
                                    "end) × 1,000, rounded to 0.01",
                                    "KOSIS 대학 개황 and 대학원 개황 (repo yun0612/region-insight) and KOSIS 주민등록인구 "
                                    "(repo runmc3812/Healthcare_Informatics_Integration-2026-)"),
    "public_hospital_beds_per_1000": ("public medical institutions' beds (2023) ÷ registered population (2023 year end) "
                                      "× 1,000, rounded to 0.01",
                                      "KOSIS 시도별 공공의료기관 기능별 병상 수 (repo yun0612/region-insight) and KOSIS "
                                      "주민등록인구 (repo runmc3812/Healthcare_Informatics_Integration-2026-)"),
    "ict_worker_share": ("ICT workers ÷ workers in all industries × 100, 2024, rounded to 0.01",
                         "KOSIS 전국사업체조사 (repo cha0204/Project)"),
    "prof_sci_tech_worker_share": ("professional, scientific and technical workers ÷ workers in all industries × 100, "
                                   "2024, rounded to 0.01", "KOSIS 전국사업체조사 (repo cha0204/Project)"),
    "ict_workers_per_1000_residents": ("ICT workers (2024) ÷ registered population (2024 year end) × 1,000, rounded to "
                                       "0.01", "KOSIS 전국사업체조사 (repo cha0204/Project) and KOSIS 주민등록인구"),
    "ict_workers_change_2021_2024": ("(ICT workers 2024 ÷ ICT workers 2021 − 1) × 100, rounded to 0.1",
                                     "KOSIS 전국사업체조사 (repo cha0204/Project)"),
    "population_aged_25_39": ("sum of the 25-29, 30-34 and 35-39 총인구수 cells",
                              "KOSIS 5세별 주민등록인구 (repo cha0204/Project:youth_population.csv)"),
    "share_aged_25_39": ("residents aged 25-39 ÷ registered population (2025 year end) × 100, rounded to 0.01",
                         "KOSIS 5세별 주민등록인구 (repo cha0204/Project) and KOSIS 주민등록인구"),
}

# Corrections of the first collection's rows (LEADS.md, "Problems found in the bundled rows"):
# (shared indicator, region) -> (year as the source states it, note added)
YEAR_FIXES = {
    ("ai_related_businesses", "광주"): (2024, "basis year 2024: the article reports the '2024년 광주지역 인공지능산업 "
                                          "실태 조사' (광주지역인적자원개발위원회) with '지난해 기준 … 1,810개'; 광주일보 "
                                          "reported the same survey on 2025-03-09"),
}
NOTE_FIXES = {
    ("population_resident_registration", "부산", "2025"):
        "checked: the same 3,241,600 is the 2025 전체인구(B) of a second KOSIS table (고령인구비율(시도/시/군/구), "
        "tests/data/kosis/), and 818,835 ÷ 3,241,600 = 25.3 % is that table's published ratio; the round figure "
        "(men 1,575,600, women 1,666,000) is as KOSIS gives it",
    ("r_costii_index", "경북", "2022"):
        "sources disagree: 연합뉴스 (KISTEP's release) 6.8, 뉴스드림, 이데일리 and zum (홍석준 의원's analysis) 6.7; "
        "6.8 is kept because it is the report of KISTEP's own release",
    ("5g_base_stations", None, "2020"):
        "snapshot of 2020-01-17 (not an annual figure); etnews 2024-10-31 calls the same 92,840 the 2019 total at "
        "commercial launch",
}

# Districts of the second collection: "전남 목포시" -> KR-46-110 (data/regions.csv)
REGION_CODE_SOURCES = [
    dict(id="codes_legal_administration_2020", publisher="행정안전부 (법정동코드 전체자료)",
         title="법정동코드 전체자료 (2020-10-04)",
         url="repo:brainer3220/Korean-legal-administration-code:Korean legal administration code.csv", published="",
         retrieved="", licence="public data (행정안전부 법정동코드)", table_title="", table_id="",
         note="snapshot of 2020-10-04 kept in repo brainer3220/Korean-legal-administration-code: the 5-digit "
              "administrative codes of Jeonnam's 22 시군 (regions.csv, region_aliases.csv kind admin_code); the "
              "same codes in vuski/admdongkor ver20220309 propertiesTable.tsv and the 행정안전부 population file of "
              "iju298/REFrame (../shared/data/more/districts.md); commit 2065e5f4; publication and download dates not "
              "recorded"),
    dict(id="codes_sgis_municipalities_2018", publisher="통계청 SGIS (행정구역 경계)",
         title="통계청 SGIS 시군구 경계 2018 (statistical codes, 2018 and 2022 generations)",
         url="repo:southkorea/southkorea-maps:kostat/2018/json/skorea-municipalities-2018-topo-simple.json", published="",
         retrieved="2018-12-24", licence="public data (통계청 SGIS)", table_title="", table_id="",
         note="repo southkorea/southkorea-maps (SGIS boundary, base year 2018): the statistical codes (36010 …, 2018 "
              "generation) and English names of Jeonnam's 22 시군; the 2022 "
              "generation of the 군 codes (36510 …) from vuski/admdongkor adm_cd8 and kimbongjune/openLayers_test "
              "hangjungdong.js; retrieved = the collection date in its LICENSE.md; publication date not recorded"),
]


def district_codes(shared):
    codes = {}
    for r in csv.DictReader(open(os.path.join(shared, "more", "district_codes.csv"), encoding="utf-8")):
        codes["전남 " + r["name_ko"]] = "KR-46-" + r["admin_code"][2:]
    return codes


def scan_parenthesis(text, start):
    """The text inside the balanced parentheses opening at text[start]."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i]
    return text[start + 1:]


# Repository sources of the second collection: id -> (publisher, title, table title)
REPO_META = {
    "repo_iju298_reframe": ("행정안전부 (주민등록 인구통계, jumin.mois.go.kr)",
                            "연령별 인구현황 (연간, 등록구분 거주자, 5세 단위), 2022-2024 (export kept in repo iju298/REFrame)",
                            "연령별 인구현황 (연간, 거주자)"),
    "repo_iju298_reframe_dt_1ju1512": ("통계청 KOSIS (인구주택총조사)",
                                       "건축연도 및 주택의 종류별 미거주 주택(빈집) - 시군구, 2022-2023 (KOSIS export kept in "
                                       "repo iju298/REFrame)", "건축연도 및 주택의 종류별 미거주 주택(빈집) - 시군구"),
    "repo_ypyp66_medimap_dt_1yl20981": ("통계청 KOSIS (e-지방지표; 자료원 국민건강보험공단, 행정안전부)",
                                        "인구 천명당 의료기관 종사 의사수(시도/시/군/구), 2020, 시군 (KOSIS export kept in "
                                        "repo ypyp66/MediMap, commit c864d793)",
                                        "인구 천명당 의료기관 종사 의사수(시도/시/군/구)"),
}


def more_source(text, taken):
    """A source row for a source string of more/*.csv: the first URL or repository path, the publisher and
    title from the parentheses after it, the whole string kept in the note."""
    text = text.strip()
    first = re.match(r"\S+", text).group(0)
    paren = ""
    p = text.find("(")
    if p >= 0:
        paren = scan_parenthesis(text, p)
    publisher, title = paren, paren
    if ";" in paren:
        publisher, title = [x.strip() for x in paren.split(";", 1)]
    # The Hanja of a masthead read in Hangul (月刊시사우리 = 월간 시사우리): the reports' PDF text keeps
    # publishers findable.
    publisher, title = publisher.replace("月刊시사우리", "월간 시사우리"), title.replace("月刊시사우리", "월간 시사우리")
    if first.startswith("http"):
        url = first
        host = re.sub(r"^(www\d?|m\d?|mobile|cm|biz|news|go|ssl|start|v|m3|sports)\.", "", re.sub(r"^https?://", "", url).split("/")[0])
        host = re.sub(r"^(www|m|mobile)\.", "", host).split(".")[0]
        digits = re.findall(r"\d{3,}", url)
        longest = max(digits, key=len) if digits else ""
        sid = "news_%s_%s" % (host.replace("-", "_"), longest[-12:] if longest else re.sub(r"\W", "", url)[-8:].lower())
        licence = CITED
    else:
        url = "repo:" + first
        repo = first.split(":")[0]
        sid = "repo_" + re.sub(r"\W+", "_", repo.lower())
        table = re.search(r"DT_[0-9A-Z]+(?= )", text)
        if table:
            sid += "_" + table.group(0).lower()
        licence = KOGL if "KOSIS" in text else "public data (행정안전부 주민등록 인구통계)"
    published = re.search(r"\b(20\d\d-\d\d-\d\d)\b", paren)
    base, n = sid, 2
    while sid in taken and taken[sid]["note_src"] != text:
        sid = "%s_%d" % (base, n)
        n += 1
    table_id = re.search(r"DT_[0-9A-Z]+(?= )", text)
    table_title = ""
    note = "source as recorded: " + text
    retrieved = ""
    if table_id:
        m = re.search(table_id.group(0) + r"\s+([^;,)]+(?:\([^)]*\))?[^;,)]*)", text)
        table_title = m.group(1).strip() if m else ""
        stamp = re.search(r"downloaded (20\d\d-\d\d-\d\d)", text)
        retrieved = stamp.group(1) if stamp else ""
        note += "; retrieved = the download date given for the export; " + NO_PUBLISHED
    elif url.startswith("repo:"):
        table_title = "연령별 인구현황 (연간, 거주자)" if "연령별인구현황" in text else ""
        note += "; not a KOSIS table: 행정안전부 주민등록 인구통계 (jumin.mois.go.kr); download date not recorded"
    if not published and not url.startswith("repo:"):
        note += "; publication date not printed in the text read"
    if url.startswith("repo:"):
        meta = REPO_META[sid]
        publisher, title, table_title = meta
        published = None
    return dict(id=sid, publisher=publisher or first, title=title or first, url=url,
                published=published.group(1) if published else "", retrieved=retrieved, licence=licence,
                table_title=table_title, table_id=table_id.group(0) if table_id else "", note=note, note_src=text)


def note_for(row):
    parts = []
    note = row["note"].strip()
    src = row["source"]
    m = re.search(r"\)\s*;\s*(.+)$", src)
    if "source rounds" in src:
        parts.append("rounded to 1,000 ha in the source")
    if "약 9만4000ha" in src:
        parts.append('approximate ("약 9만4000ha"), from a sentence calling it the smallest among provinces')
    if row["tag"] == "C":
        method, inputs = METHODS[row["indicator"]]
        parts.insert(0, "calculated: %s; inputs: %s" % (method, inputs))
        if note:
            parts.append(note)
    else:
        if note:
            parts.insert(0, note)
    if m:
        parts.append(m.group(1).strip())
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


LEVEL1 = ["KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-50", "KR-41", "KR-42", "KR-43", "KR-44",
          "KR-45", "KR-46", "KR-47", "KR-48", "KR-49"]
REFERENCE_YEAR = 2026
PILLARS = ["infrastructure", "talent", "industry", "governance", "sector", "benchmark", "context"]
SECTORS = ["agriculture", "marine", "energy", "medical"]


def coverage(indicators, observations):
    """Per indicator: (latest year covering at least 12 of the 17 regions or None, count, missing regions,
    best year and count when none reaches 12). Values as the engine computes them: divided by the
    denominator (same region and year), or, for a twin, the figure of values_from over the nation's."""
    raw = {}
    for (region, ind, year), row in observations.items():
        raw.setdefault((ind, year), {})[region] = float(row[3])
    out = {}
    for i in indicators:
        iid, den, src = i["id"], i["denominator"], i["values_from"] or i["id"]
        years = sorted({y for (ind, y) in raw if ind == src}, reverse=True)
        best = None
        chosen = None
        for y in years:
            vals = raw[(src, y)]
            have = []
            for r in LEVEL1:
                if r not in vals:
                    continue
                if i["values_from"] and not vals.get("KR"):
                    continue
                if den and not raw.get((den, y), {}).get(r):
                    continue
                have.append(r)
            if best is None or len(have) > best[1]:
                best = (y, len(have))
            if len(have) >= 12:
                chosen = (y, have)
                break
        out[iid] = (chosen, best)
    return out


SHORT_OF = {v: k for k, v in SHORT.items()}


def write_coverage_table(indicators, observations, readme):
    """Fills the coverage table of data/README.md between its markers, so it never drifts."""
    cov = coverage(indicators, observations)
    lines = ["| pillar / sector | id | 지표 | latest year with ≥ 12 of 17 | age (years, to %d) | regions missing in that "
             "year | as of |" % REFERENCE_YEAR, "|---|---|---|---|---|---|---|"]
    order = {p: n for n, p in enumerate(PILLARS)}
    for i in sorted(indicators, key=lambda i: (order[i["pillar"]], SECTORS.index(i["sector"]) if i["sector"] in SECTORS
                                               else -1)):
        chosen, best = cov[i["id"]]
        where = i["pillar"] + ("/" + i["sector"] if i["sector"] else "")
        if chosen:
            year, have = chosen
            missing = [SHORT_OF[r] for r in LEVEL1 if r not in have]
            lines.append("| %s | `%s` | %s | %d (%d / 17) | %d | %s | %s |" % (
                where, i["id"], i["name_ko"], year, len(have), REFERENCE_YEAR - year, ", ".join(missing) or "–",
                i["as_of"]))
        else:
            detail = "none (best: %d, %d / 17)" % best if best else "none (no figures of its own)"
            lines.append("| %s | `%s` | %s | %s | – | – | %s |" % (where, i["id"], i["name_ko"], detail, i["as_of"]))
    text = open(readme, encoding="utf-8").read()
    begin, end = "<!-- coverage:begin -->", "<!-- coverage:end -->"
    head, rest = text.split(begin, 1)
    _, tail = rest.split(end, 1)
    open(readme, "w", encoding="utf-8").write(head + begin + "\n" + "\n".join(lines) + "\n" + end + tail)


UNIT_KO = {"score (31-point scale)": "점", "points (100)": "점", "tonnes": "톤", "시도 (of 17)": "곳", "ordinances": "건",
           "GPUs": "장", "islands": "개", "households": "가구", "KRW per resident": "원", "ha": "ha", "MW": "MW"}


def fact_value_text(kind, value, unit):
    if kind == "date":
        v = str(int(float(value)))
        return "%s-%s-%s" % (v[:4], v[4:6], v[6:]), "%s-%s-%s" % (v[:4], v[4:6], v[6:])
    if kind == "year":
        return "%d년" % int(float(value)), "%d" % int(float(value))
    number = float(value)
    text = ("{:,.0f}" if number == int(number) else "{:,}").format(number)
    if kind == "amount":
        if abs(number) >= 10000 and number == int(number):
            jo, eok = divmod(int(abs(number)), 10000)
            ko = ("-" if number < 0 else "") + "%d조" % jo + (" {:,}억".format(eok) if eok else "") + " 원"
            return ko, "%s hundred million won" % text
        return "%s억 원" % text, "%s hundred million won" % text
    return "%s%s" % (text, UNIT_KO[unit]) if UNIT_KO[unit] in ("점", "톤", "곳", "건", "장", "개", "원", "가구") else \
        "%s %s" % (text, UNIT_KO[unit]), "%s %s" % (text, unit)


def region_names(regions_csv):
    names = {}
    for r in csv.DictReader(open(regions_csv, encoding="utf-8")):
        names[r["code"]] = (r["name_ko"] if r["level"] != "2" else
                            next(p["name_ko"] for p in csv.DictReader(open(regions_csv, encoding="utf-8"))
                                 if p["code"] == r["parent"]) + " " + r["name_ko"], r["name_en"])
    return names


# Titles that are our own descriptions in English (no publication's title, or a Korean title with our
# English note): `title` takes a Korean description for the Korean report, `title_en` keeps the English
# for the English report. Published Korean titles stay as they are (no title_en: the English report cites
# them as published). Nothing here is a publication's title that the research notes do not give.
KOREAN_TITLES = {
    "calc_business_census_per_resident": (
        "인구 1,000명당 ICT 종사자 수 (전국사업체조사 종사자수 ÷ 주민등록인구로 계산)",
        "ICT workers per 1,000 residents, calculated from the census of establishments and registered population"),
    "calc_higher_ed_students": (
        "인구 1,000명당 대학·대학원 재학생 수 (KOSIS 대학 개황, 대학원 개황 ÷ 주민등록인구로 계산)",
        "University and graduate enrolment per 1,000 residents, calculated from KOSIS 대학 개황, 대학원 개황 and 주민등록인구"),
    "calc_public_beds_per_1000": (
        "인구 1,000명당 공공의료기관 병상 수 (계산)",
        "Public-hospital beds per 1,000 residents, calculated"),
    "calc_share_aged_25_39": (
        "25~39세 인구 비중 (KOSIS 5세별 주민등록인구로 계산)",
        "Share aged 25-39, calculated from KOSIS registered population by 5-year age group"),
    "codes_sgis_municipalities_2018": (
        "통계청 SGIS 시군구 경계 2018 (통계 코드, 2018년·2022년 체계)",
        "통계청 SGIS 시군구 경계 2018 (statistical codes, 2018 and 2022 generations)"),
    "kosis_population_2007_2025": (
        "주민등록인구(시도/시/군/구), 2007-2025 (KOSIS 내려받기 파일, 저장소 runmc3812/Healthcare_Informatics_Integration-2026- 보관)",
        "주민등록인구(시도/시/군/구), 2007-2025 (KOSIS export kept in repo runmc3812/Healthcare_Informatics_Integration-2026-)"),
    "news_unn_560939": (
        "교육부 2025학년도 의과대학 학생정원 대학별 배정 결과 (대학별 합계)",
        "교육부 2025학년도 의과대학 학생정원 대학별 배정 결과, per-university totals"),
    "news_zdnet_240320152229": (
        "교육부 2025학년도 의대 정원 배정 (지역별 합계)",
        "교육부 2025학년도 의대 정원 배정, regional totals"),
    "plan_seed_article_2025": (
        "제3차 국가인공지능위원회와 전남 AI 전략 전문가 제언 (이 프로젝트의 출발점이 된 기사)",
        "제3차 국가인공지능위원회와 전남 AI 전략 전문가 제언 (the seed article of the project)"),
    "plan_msit_sovereign_ai_2025": (
        "독자 AI 파운데이션 모델 프로젝트 공모·선정 (영문 보도자료)",
        "독자 AI 파운데이션 모델 프로젝트 공모·선정 (press release in English)"),
    "repo_iju298_reframe": (
        "연령별 인구현황 (연간, 등록구분 거주자, 5세 단위), 2022-2024 (내려받기 파일, 저장소 iju298/REFrame 보관)",
        "연령별 인구현황 (연간, 등록구분 거주자, 5세 단위), 2022-2024 (export kept in repo iju298/REFrame)"),
    "repo_iju298_reframe_dt_1ju1512": (
        "건축연도 및 주택의 종류별 미거주 주택(빈집) - 시군구, 2022-2023 (KOSIS 내려받기 파일, 저장소 iju298/REFrame 보관)",
        "건축연도 및 주택의 종류별 미거주 주택(빈집) - 시군구, 2022-2023 (KOSIS export kept in repo iju298/REFrame)"),
    "repo_ypyp66_medimap_dt_1yl20981": (
        "인구 천명당 의료기관 종사 의사수(시도/시/군/구), 2020, 시군 (KOSIS 내려받기 파일, 저장소 ypyp66/MediMap 커밋 c864d793 보관)",
        "인구 천명당 의료기관 종사 의사수(시도/시/군/구), 2020, 시군 (KOSIS export kept in repo ypyp66/MediMap, commit c864d793)"),
}

# Our own citation wording (how a figure reached us: via a portal, citing a ministry) in Korean: the
# publisher and, where the notes gave no title, the title are these strings. The English report keeps the
# English wording of a title as title_en; a publisher is a name in both reports.
KOREAN_CITATIONS = {
    "소비자가만드는신문, 장의식, 2007-11-08, citing 정보통신부": "소비자가만드는신문, 장의식, 2007-11-08, 정보통신부 자료 인용",
    "뉴시스 via 다음": "뉴시스 (다음 게재)",
    "전자신문, 2023-09-12, citing 산업통상자원부 서면질의답변서 to 국회 산자위, 방문규 장관 후보자":
        "전자신문, 2023-09-12, 산업통상자원부의 국회 산자위 서면질의답변서(방문규 장관 후보자) 인용",
    "한국경제/연합뉴스 박창욱, 2002-07-19, citing 정보통신부 초고속인터넷 가입자 현황":
        "한국경제/연합뉴스 박창욱, 2002-07-19, 정보통신부 초고속인터넷 가입자 현황 인용",
    "한국경제/연합뉴스, 2021-04-20, 행정안전부 '2020년도 공공데이터 제공 운영실태 평가' 결과: 535 기관, grades 우수·보통·미흡":
        "한국경제/연합뉴스, 2021-04-20, 행정안전부 '2020년도 공공데이터 제공 운영실태 평가' 결과: 535개 기관, 등급 우수·보통·미흡",
    "KNN via klb.news (김장겸 의원실, 과학기술정보통신부)": "KNN (klb.news 게재; 김장겸 의원실, 과학기술정보통신부)",
    "연합뉴스 via 콜로 (한국데이터센터연합회)": "연합뉴스 (콜로 게재; 한국데이터센터연합회)",
    "직썰 via 뉴스픽": "직썰 (뉴스픽 게재)",
    "연합뉴스 via 뉴스픽, 2026-02-02": "연합뉴스 (뉴스픽 게재), 2026-02-02",
    "한국농어민신문 2024-02-29 via 원예산업 포장 협회": "한국농어민신문 2024-02-29 (원예산업 포장 협회 게재)",
    "프레시안, 2023-04-21, 한전 강원본부 release": "프레시안, 2023-04-21, 한전 강원본부 보도자료",
    "제주특별자치도 보도자료 via 스마트시티 코리아": "제주특별자치도 보도자료 (스마트시티 코리아 게재)",
    "연합뉴스 via 한국경제TV": "연합뉴스 (한국경제TV 게재)",
    "행정구역(시도)별 경제활동인구, annual": "행정구역(시도)별 경제활동인구, 연간",
    "prints 경북 2023 = 16만6천21가구": "경북 2023년 16만6천21가구 수록",
    "gives 2022 and 2023 경기": "경기 2022년·2023년 수치 수록",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(TOP, "..", "shared", "data"))
    args = ap.parse_args()

    by_shared = {i[12]: i for i in framework.INDICATORS if i[12]}
    all_indicators = list(framework.INDICATORS) + list(NEW_INDICATORS)
    known = {i[0] for i in all_indicators}
    sources = {}
    observations = {}
    facts = []
    districts = district_codes(args.shared)

    def add_source(rule):
        sid = rule[1]
        title, table_id, retrieved, note = KOSIS_META.get(sid, ("", "", "", ""))
        if not note and not rule[5]:
            note = "publication date not printed in the text read"
        sources[sid] = dict(id=sid, publisher=rule[2], title=rule[3], url=rule[4], published=rule[5],
                            retrieved=retrieved, licence=rule[6], table_title=title, table_id=table_id, note=note)
        return sid

    def add_obs(region, indicator, year, value, status, source, note):
        # A note opening with = + - @ would be defused with an apostrophe by the CSV export (spreadsheet
        # formulas) and not come back the same: "= 1.81% of 전국" is written "value = 1.81% of 전국".
        if note and note[0] in "=+-@":
            note = "value " + note
        if indicator not in known:
            raise SystemExit("indicator not in the framework: " + indicator)
        key = (region, indicator, int(year))
        if key in observations:
            old = observations[key]
            if float(old[3]) != float(value):
                why = KEEP_EXISTING.get((indicator, region, int(year)))
                if why is None:
                    raise SystemExit("conflicting figures for %s: %s vs %s" % (key, old[3], value))
                old[6] = "; ".join(x for x in (old[6], why) if x)
            return
        observations[key] = [region, indicator, int(year), value, status, source, note]

    for row in csv.DictReader(open(os.path.join(args.shared, "observations.csv"), encoding="utf-8")):
        ind = by_shared.get(row["indicator"])
        if ind is None:
            raise SystemExit("indicator not in the framework: " + row["indicator"])
        rule = source_for(row["source"])
        sid = add_source(rule)
        status = "official" if rule[7] else "reported"
        note = note_for(row)
        year = int(row["year"])
        fix = YEAR_FIXES.get((row["indicator"], row["region"]))
        if fix:
            year, added = fix
            note = "; ".join(x for x in (note, added) if x)
        for key in ((row["indicator"], row["region"], row["year"]), (row["indicator"], None, row["year"])):
            if key in NOTE_FIXES and NOTE_FIXES[key] not in note:
                note = "; ".join(x for x in (note, NOTE_FIXES[key]) if x)
        add_obs(SHORT[row["region"]], ind[0], year, row["value"], status, sid, note)

    # Full ageing and doctors series from the real KOSIS exports (the research notes kept 2025 / 2024 only).
    kosis_dir = os.path.join(TOP, "tests", "data", "kosis")
    ageing = read_kosis_wide(os.path.join(kosis_dir, "고령인구비율_시도_시_군_구__20260324171859.csv"),
                             {"aged_65_plus_share": "고령인구비율", "population_aged_65plus": "65세이상인구"})
    sid = add_source(source_for("고령인구비율_시도_시_군_구"))
    for (region, year, ind), value in sorted(ageing.items()):
        add_obs(region, ind, year, value, "official", sid, "")
    doctors = read_kosis_wide(os.path.join(kosis_dir, "인구_천명당_의료기관_종사_의사수_시도_시_군_구__20260324172132.csv"),
                              {"doctors_in_medical_institutions": "의료기관 종사 의사수"})
    sid = add_source(source_for("인구_천명당_의료기관_종사_의사수"))
    for (region, year, ind), value in sorted(doctors.items()):
        add_obs(region, ind, year, value, "official", sid, "")

    for s in EXTRA_SOURCES + FACT_SOURCES:
        s = dict(s)
        s.setdefault("table_title", "")
        s.setdefault("table_id", "")
        if not s.get("note"):
            s["note"] = "" if s["published"] else "publication date not printed in the text read"
        sources[s["id"]] = s
    for region, indicator, year, value, status, source, note in EXTRA_OBSERVATIONS:
        if source not in sources:
            raise SystemExit("unknown source " + source)
        add_obs(region, indicator, year, value, status, source, note)

    # The second collection.
    more_sources = {}
    ordinance_regions = []
    inputs = [os.path.join(args.shared, "more", name + ".csv") for name in ("innovation", "sectors", "governance", "districts")]
    inputs.append(os.path.join(os.path.dirname(__file__), "research", "found.csv"))
    for path in inputs:
        for n, row in enumerate(csv.DictReader(open(path, encoding="utf-8")), start=2):
            mid = row["indicator"]
            if mid not in MAP:
                raise SystemExit("%s:%d: id %s is not mapped in more.py" % (path, n, mid))
            s = more_source(row["source"], more_sources)
            more_sources[s["id"]] = s
            sources[s["id"]] = {k: v for k, v in s.items() if k != "note_src"}
            region = districts.get(row["region"]) or SHORT.get(row["region"])
            if region is None:
                raise SystemExit("%s:%d: unknown region %s" % (path, n, row["region"]))
            how = MAP[mid]
            note = row["note"].strip()
            if row["tag"] == "C":
                note = "calculated: %s; inputs: figures read in the same source" % note
            as_fact = how == FACT or (mid, row["region"]) in ROW_AS_FACT or (mid, row["region"], row["year"]) in ROW_AS_FACT
            if as_fact:
                pillar, sector, label_ko, label_en, kind = FACT_LABELS[mid]
                name_ko = "전국" if region == "KR" else None
                facts.append(dict(mid=mid, region=region, pillar=pillar, sector=sector, label_ko=label_ko,
                                  label_en=label_en, kind=kind, value=row["value"], unit=row["unit"],
                                  year=row["year"], source=s["id"], note=note, name_ko=name_ko))
                continue
            target = how[1] if isinstance(how, tuple) else mid
            status = "official" if s["licence"] == KOGL or "MOIS" in s["note"] or "mois" in s["note_src"] else "reported"
            if mid == "fishing_households" and row["region"] == "전남":
                note += "; kept 16,000 (원양산업정보, the source of the regional shares) rather than 머니S's 15,800"
            if mid == "ai_ordinance_enacted":
                ordinance_regions.append((region, row["year"], s["id"], note))
            add_obs(region, target, row["year"], row["value"], status, s["id"], note)

    # ai_ordinance: the status at the end of 2025, from the dated rows of ai_ordinance_enacted.
    for region, year, sid, note in ordinance_regions:
        add_obs(region, "ai_ordinance", 2025, 1, "reported", sid,
                "calculated: a provincial AI ordinance enacted or listed as enacted in %s is in force at the end of "
                "2025; inputs: the ai_ordinance_enacted row of %s (%s)" % (year, year, note))

    # Indicators, with the columns of issue 12.
    latest = {}
    for (region, ind, year) in observations:
        latest[ind] = max(latest.get(ind, 0), year)
    indicators = []
    may_be_negative = {"net_internal_migration", "ict_workers_change_2021_2024", "fisheries_production_change"}
    for i in all_indicators:
        d = dict(zip(["id", "pillar", "sector", "name_ko", "name_en", "unit", "direction", "group_rule", "denominator",
                      "scale", "ratio_unit", "definition"], i[:12]))
        d.update(goal_low="", goal_high="", min_value="" if i[0] in may_be_negative else 0, values_from="")
        d["kind"] = ("mass" if i[0] in framework.MASS else "intensity") if d["pillar"] in framework.READINESS else ""
        d["as_of"] = framework.AS_OF.get(i[0], str(latest[i[0]]) if i[0] in latest else "")
        d["kosis_table"], d["kosis_item"] = framework.KOSIS_RECIPES.get(i[0], ("", ""))
        indicators.append(d)
    by_id = {d["id"]: d for d in indicators}
    for tid in framework.TWINS:
        base = by_id[tid]
        if not base["denominator"] or base["pillar"] not in framework.READINESS:
            raise SystemExit("twin of %s: not a readiness count with a denominator" % tid)
        stem_ko = re.sub(r"\s*\(.*\)$", "", base["name_ko"])
        twin = dict(base, id=tid + "_national_share", name_ko=stem_ko + " 전국 대비 비중",
                    name_en=base["name_en"] + " share of national total", unit="%", group_rule="sum", denominator="",
                    scale=1, ratio_unit="", kind="mass", values_from=tid, min_value=0, kosis_table="", kosis_item="",
                    definition="The region's share of the national total of %s (same year): the figures of %s divided "
                               "by the nation's figure of the same year x 100." % (base["name_en"].lower(), tid))
        indicators.insert(indicators.index(base) + 1, twin)
        by_id[twin["id"]] = twin
    for d in indicators:
        if d["id"] in latest and not d["as_of"]:
            raise SystemExit("as_of missing for " + d["id"])
        if d["pillar"] in framework.READINESS and d["kind"] not in ("intensity", "mass"):
            raise SystemExit("kind missing for " + d["id"])

    for item in PLAN_ITEMS:
        if item["source"] not in sources:
            raise SystemExit("plan item with unknown source " + item["source"])

    # The code lists behind regions.csv's 22 시군 and region_aliases.csv's codes, cited by two facts.
    for s in REGION_CODE_SOURCES:
        sources[s["id"]] = s

    # Facts: the hand-written ones, then those of the second collection's rows.
    names = region_names(os.path.join(DATA, "regions.csv"))
    fact_rows = [list(f) for f in HAND_FACTS]
    seen = {}
    # A group total stored under 전국 in the research notes is a bloc, not the nation: no scope code.
    bloc = {"farm_households_metro_cities_total": ("특·광역시", "The metropolitan cities")}
    once = set()
    for f in facts:
        # The same figure read in two files of the second collection (sectors.csv and governance.csv) is one fact.
        key = (f["mid"], f["region"], f["year"], float(f["value"]))
        if key in once:
            continue
        once.add(key)
        scope_ko, scope_en = bloc.get(f["mid"], names[f["region"]])
        if f["mid"] in bloc:
            f["region"] = ""
        value_ko, value_en = fact_value_text(f["kind"], f["value"], f["unit"])
        base_id = "%s_%s_%s" % (f["mid"], (f["region"] or "bloc").lower().replace("-", "_"), f["year"])
        seen[base_id] = seen.get(base_id, 0) + 1
        fid = base_id if seen[base_id] == 1 else "%s_%d" % (base_id, seen[base_id])
        text_ko = "%s의 %s %s입니다." % (scope_ko, topic(f["label_ko"]), value_ko)
        text_en = "%s: %s %s." % (scope_en, f["label_en"], value_en)
        value = "" if f["kind"] in ("date", "year") else f["value"]
        unit = "" if f["kind"] in ("date", "year") else ("억원" if f["kind"] == "amount" else f["unit"])
        as_of = value_ko if f["kind"] == "date" else f["year"]
        fact_rows.append([fid, f["pillar"], f["sector"], f["region"], text_ko, text_en, value, unit, as_of, f["source"],
                          f["note"]])
    for f in fact_rows:
        if f[9] not in sources:
            raise SystemExit("fact with unknown source " + f[9])

    used = {o[5] for o in observations.values()} | {p["source"] for p in PLAN_ITEMS} | {f[9] for f in fact_rows}
    for s in sources.values():
        # Say what is not known instead of leaving it silently empty.
        missing = []
        if not s["published"] and "publication date" not in s.get("note", ""):
            missing.append("publication date not printed in the text read")
        if not s["retrieved"] and "retrieved" not in s.get("note", "") and "download date" not in s.get("note", ""):
            missing.append("date read (retrieved) not recorded in the research notes")
        s["note"] = "; ".join(x for x in [s.get("note", "")] + missing if x)
    for s in sources.values():
        for column in ("publisher", "title"):
            korean = KOREAN_CITATIONS.get(s[column])
            if korean:
                if column == "title":
                    s["title_en"] = s["title"]
                s[column] = korean
    for sid, (title, title_en) in KOREAN_TITLES.items():
        if sources[sid]["title"] != title_en:
            raise SystemExit("the English title of %s changed: %s" % (sid, sources[sid]["title"]))
        sources[sid]["title"], sources[sid]["title_en"] = title, title_en
    with open(os.path.join(DATA, "sources.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        cols = ["id", "publisher", "title", "url", "published", "retrieved", "licence", "table_title", "table_id", "note",
                "title_en"]
        w.writerow(cols)
        for sid in sorted(sources):
            if sid in used:
                w.writerow([sources[sid].get(c, "") for c in cols])

    with open(os.path.join(DATA, "indicators.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        cols = ["id", "pillar", "sector", "name_ko", "name_en", "unit", "direction", "group_rule", "denominator",
                "scale", "ratio_unit", "definition", "goal_low", "goal_high", "min_value", "kind", "values_from", "as_of",
                "kosis_table", "kosis_item"]
        w.writerow(cols)
        for d in indicators:
            w.writerow([d[c] for c in cols])

    with open(os.path.join(DATA, "observations.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "indicator", "year", "value", "status", "source", "note"])
        order = {d["id"]: n for n, d in enumerate(indicators)}
        for key in sorted(observations, key=lambda k: (order[k[1]], k[0] != "KR", k[0], k[2])):
            w.writerow(observations[key])

    with open(os.path.join(DATA, "facts.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["id", "pillar", "sector", "scope", "text_ko", "text_en", "value", "unit", "as_of", "source", "note"])
        for row in fact_rows:
            w.writerow(row)

    with open(os.path.join(DATA, "plans.csv"), "w", newline="", encoding="utf-8") as f:
        cols = ["plan", "item", "pillar", "sector", "title_ko", "title_en", "target_value", "target_unit", "target_year",
                "budget_krw", "status", "source", "note", "plan_name_ko", "plan_name_en", "plan_region", "plan_period",
                "note_ko", "target_unit_ko"]  # the Korean notes and target units: plans.py, NOTE_KO, TARGET_UNIT_KO
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for item in PLAN_ITEMS:
            w.writerow([item.get(c, "") for c in cols])

    write_coverage_table(indicators, observations, os.path.join(DATA, "README.md"))
    print("sources %d, indicators %d, observations %d, facts %d, plan items %d" %
          (len(used), len(indicators), len(observations), len(fact_rows), len(PLAN_ITEMS)))


if __name__ == "__main__":
    main()
