"""Facts beyond the regions: bloc-level (수도권, 비수도권), national-only and date-valued figures, which are not a
region's value of an indicator. Written to data/facts.csv with header
id,pillar,sector,scope,text_ko,text_en,value,unit,as_of,source,note.

scope: a region code (KR, KR-46, KR-46-910 …), a region-group id (capital_region, non_capital_region) or empty for
another bloc named in the text. Each fact was read in its source (AI_FACTS.md, LEADS.md and the notes of more/ give
the source of each); nothing here is computed except where the note says how.
"""
from extra_facts import src

FACT_SOURCES = [
    src("news_kollo_kdcc_datacentres_2024", "연합뉴스 via 콜로 (한국데이터센터연합회)", "국내 민간 데이터센터 85곳, 수도권 72.9% (2024)",
        "https://kollo.kr/appcontent?id=ePlrmi", "2024-11-18"),
    src("news_kharn_kepco_datacentres_2022", "한국건축산업신문 (한국전력 발표자료)", "데이터센터 현황과 전력 신청 현황 (2022-06)",
        "https://kharn.kr/news/article.html?no=21029", "2022"),
    src("news_etnews_dc_power_applications_2021", "전자신문 (이소영 의원실, 한국전력)", "데이터센터 전력 사용 신청 현황 (2029년까지)",
        "https://etnews.com/20211005000188", "2021-10-05"),
    src("news_edaily_dc_noncapital_2023", "이데일리 (한국전력)", "비수도권 데이터센터 전력사용예정통지 비중",
        "https://m.edaily.co.kr/news/read?mediaCodeNo=257&newsId=03552246635739136", "2023-09-11"),
    src("news_etnews_5g_2024", "전자신문 (과학기술정보통신부 시군구별 5G 3.5GHz 기지국 구축현황)", "수도권·비수도권 5G 3.5GHz 기지국 (2024년 3분기)",
        "https://etnews.com/20241031000312", "2024-10-31"),
    src("news_daum_kcci_ai_use_2024", "다음 뉴스 (대한상공회의소·산업연구원 500개 기업 조사)", "기업 AI 활용률: 수도권 40.4%, 비수도권 17.9% (2024)",
        "https://v.daum.net/v/20240828130951398", "2024-08-28"),
    src("news_newsis_spri_ai_industry_2023", "뉴시스 (과학기술정보통신부·소프트웨어정책연구소 인공지능산업실태조사)", "2023 인공지능산업실태조사",
        "https://www.newsis.com/view/NISX20231228_0002573764", "2023-12-28"),
    src("news_klb_rnd_capital_2022", "KNN via klb.news (김장겸 의원실, 과학기술정보통신부)", "2022년 총연구개발비 수도권·비수도권",
        "http://klb.news/article/view/159804", "2024-10"),
    src("news_zdnet_venture_survey_2023", "지디넷코리아 (중소벤처기업부 2023 벤처기업정밀실태조사)", "2023 벤처기업정밀실태조사",
        "https://zdnet.co.kr/view/?no=20241226093711", "2024-12-26"),
    src("news_zdnet_ai_quota_2024", "지디넷코리아 (교육부)", "2024학년도 AI 학부 정원 195명 증원", "https://zdnet.co.kr/view/?no=20230428081730",
        "2023-04-28"),
    src("news_zum_ai_departments_applicants_2026", "줌 뉴스 (주요 20개 대학 AI 관련 학과 정시 지원 현황)",
        "2026학년도 정시 AI 관련 학과 지원자 수", "https://news.zum.com/articles/103361000", "2026"),
    src("news_hansbiz_jeonnam_energy_2025", "한스경제 (전라남도)", "전남 에너지미래도시기획전략본부 신설, 재생에너지 잠재량 444GW",
        "https://www.hansbiz.co.kr/news/articleView.html?idxno=782757", "2025-10"),
    src("news_docdocdoc_medical_recruitment_2025", "청년의사 (docdocdoc)", "2025학년도 의대 모집인원 4,567명",
        "https://www.docdocdoc.co.kr/news/articleView.html?idxno=3017608", "2024"),
]

# (id, pillar, sector, scope, text_ko, text_en, value, unit, as_of, source, note)
HAND_FACTS = [
    ("capital_region_private_datacentres_2019", "infrastructure", "", "capital_region",
     "2019년 민간 데이터센터의 74.2%가 수도권(서울 42%, 경기 27.8%, 인천 4.4%)에 있습니다.",
     "In 2019, 74.2% of private data centres were in the capital region (Seoul 42%, Gyeonggi 27.8%, Incheon 4.4%).",
     "74.2", "%", "2019", "news_etnews_datacentres_2019",
     "calculated: the sum of the three shares printed in the source (42 + 27.8 + 4.4); inputs: the regional shares "
     "of the same article (private_datacenter_share)"),
    ("dc_private_capital_share_2024", "infrastructure", "", "capital_region",
     "수도권에 민간 데이터센터 85곳 중 72.9%가 있습니다 (2024년).",
     "72.9 % of the country's 85 private data centres are in the capital region (2024).",
     "72.9", "%", "2024", "news_kollo_kdcc_datacentres_2024", "한국데이터센터연합회(KDCC); 2022: 76.3 %"),
    ("dc_pipeline_capital_share_2024", "infrastructure", "", "capital_region",
     "추진 중인 데이터센터 사업 36건 중 21건(58.3%)이 수도권에 있습니다 (2024년 11월). 수도권과 부산을 합하면 86.1%입니다.",
     "21 of the 36 data-centre projects under way (58.3 %) are in the capital region (November 2024); with Busan, 86.1 %.",
     "58.3", "%", "2024-11", "news_kollo_kdcc_datacentres_2024", "한국데이터센터연합회(KDCC)"),
    ("dc_operating_capital_2022", "infrastructure", "", "capital_region",
     "가동 중인 데이터센터 146곳 중 86곳(59%), 전력 1,742MW 중 1,220MW(70%)가 수도권에 있습니다 (2022년 6월).",
     "86 of the 146 data centres in operation (59 %) and 1,220 of their 1,742 MW (70 %) are in the capital region (June 2022).",
     "70", "%", "2022-06", "news_kharn_kepco_datacentres_2022", "한국전력 presentation; count share 59 %, capacity share 70 %"),
    ("dc_power_applications_capital_2021", "infrastructure", "", "capital_region",
     "2029년까지 데이터센터 전력 사용 신청 193곳 14.7GW 중 182곳 13.5GW(용량 92.2%)가 수도권입니다 (2021년 10월).",
     "Of the data-centre power applications to 2029 (193 sites, 14.7 GW), 182 sites and 13.5 GW (92.2 % of capacity) are "
     "in the capital region (October 2021).", "92.2", "%", "2021-10", "news_etnews_dc_power_applications_2021",
     "한국전력 figures via 이소영 의원"),
    ("dc_noncapital_power_notices_2023", "infrastructure", "", "non_capital_region",
     "데이터센터 전력사용예정통지 중 비수도권 비중이 22%(2022년 10월)에서 45%(2023년 6월)로 늘었습니다.",
     "The non-capital share of data centres' notices of planned power use rose from 22 % (October 2022) to 45 % (June 2023).",
     "45", "%", "2023-06", "news_edaily_dc_noncapital_2023", "한국전력"),
    ("5g_capital_share_2024", "infrastructure", "", "capital_region",
     "5G 3.5GHz 기지국 340,343국 중 141,313국(41.5%)이 수도권에 있습니다 (2024년 3분기).",
     "141,313 of the 340,343 5G 3.5 GHz base stations (41.5 %) are in the capital region (2024 Q3).",
     "41.5", "%", "2024 Q3", "news_etnews_5g_2024", "capital-region share 55.8 % (early 2019), 47.0 % (2020), 45.5 % "
     "(2021), 44.2 % (2022) in the same article"),
    ("ai_quota_2024_capital", "talent", "", "capital_region",
     "2024학년도 AI 학부 증원 195명 중 수도권이 105명, 비수도권이 90명입니다 (비수도권은 전남대 30명, 전북대 15명, 충북대 15명, 연세대 미래 30명).",
     "Of the 195 extra AI undergraduate places for 2024, 105 went to the capital region and 90 elsewhere "
     "(전남대 30, 전북대 15, 충북대 15, 연세대 미래 30).", "105", "명", "2024", "news_zdnet_ai_quota_2024", ""),
    ("ai_departments_applicants_2026", "talent", "", "",
     "2026학년도 주요 20개 대학 AI 관련 학과 정시 지원자는 서울 11개 대학 3,293명, 경기·인천 2개 대학 353명, 지방 7개 대학 634명입니다.",
     "2026 regular-admission applicants to the AI departments of 20 major universities: 3,293 at 11 universities in "
     "Seoul, 353 at 2 in Gyeonggi and Incheon, 634 at 7 elsewhere.", "634", "명", "2026", "news_zum_ai_departments_applicants_2026",
     "value = the applicants outside the capital region (지방 7개 대학)"),
    ("ai_use_firms_capital_2024", "industry", "", "capital_region",
     "수도권 기업의 40.4%가 AI를 활용합니다 (2024년, 500개 기업 조사).",
     "40.4 % of firms in the capital region use AI (2024, survey of 500 firms).", "40.4", "%", "2024-08",
     "news_daum_kcci_ai_use_2024", "대한상공회의소·산업연구원"),
    ("ai_use_firms_noncapital_2024", "industry", "", "non_capital_region",
     "비수도권 기업은 17.9%만 AI를 활용합니다 (2024년, 500개 기업 조사).",
     "Only 17.9 % of firms outside the capital region use AI (2024, survey of 500 firms).", "17.9", "%", "2024-08",
     "news_daum_kcci_ai_use_2024", "대한상공회의소·산업연구원"),
    ("ai_supplier_firms_2023", "industry", "", "KR",
     "AI 공급기업은 전국 2,354곳, 매출은 약 5.2조 원, AI 인력은 51,425명입니다 (2023년). 지역별 분포는 공표되지 않았습니다.",
     "There are 2,354 AI supplier firms nationwide with about 5.2 trillion won of sales and 51,425 AI workers (2023); "
     "no regional split is published.", "2354", "개", "2023", "news_newsis_spri_ai_industry_2023",
     "인공지능산업실태조사; AI workforce shortage 8,579"),
    ("nia_grants_capital_2022", "industry", "", "capital_region",
     "NIA AI 학습용 데이터 사업 수주액의 77.1%(4,057.73억 원)가 수도권 기업에 돌아갔습니다 (2022년).",
     "77.1 % of NIA AI-training-data project funds (405.773 billion won) went to capital-region firms (2022).",
     "77.1", "%", "2022", "news_tf_nia_grants_2023", "2021: 2,660.51억 원 (77.4 %)"),
    ("rnd_capital_2022", "industry", "", "capital_region",
     "2022년 총연구개발비 112조 6,460억 원 중 수도권이 78조 9,943억 원(70.1%), 비수도권이 33조 6,517억 원(29.9%)입니다.",
     "Of 112.646 trillion won of R&D spending in 2022, the capital region spent 78.9943 trillion (70.1 %) and the rest of "
     "the country 33.6517 trillion (29.9 %).", "70.1", "%", "2022", "news_klb_rnd_capital_2022", ""),
    ("venture_firms_capital_2023", "industry", "", "capital_region",
     "벤처기업 40,081곳 중 63.4%가 수도권에 있습니다 (2023년 벤처기업정밀실태조사).",
     "63.4 % of the 40,081 venture firms are in the capital region (2023 survey).", "63.4", "%", "2023",
     "news_zdnet_venture_survey_2023", "a different count from the August 2023 certified-firm figures of venture_firms"),
    ("sw_businesses_capital_2021", "industry", "", "capital_region",
     "SW 사업체 28,037곳 중 수도권 비중은 2016년 78.8%에서 2021년 77.5%로 거의 변하지 않았습니다. 전북·광주·전남·제주는 합쳐서 1,263곳(4.5%)입니다.",
     "The capital region's share of the 28,037 software businesses barely moved, from 78.8 % (2016) to 77.5 % (2021); "
     "전북, 광주, 전남 and 제주 together have 1,263 (4.5 %).", "77.5", "%", "2021", "news_ddaily_sw_businesses_2021",
     "SPRi IS-197"),
    ("jeonnam_renewable_potential_2025", "sector", "energy", "KR-46",
     "전남의 재생에너지 잠재량은 444GW로 전국 1위입니다 (2025년).",
     "Jeonnam's renewable-energy potential is 444 GW, the largest of any region (2025).", "444", "GW", "2025-10",
     "news_hansbiz_jeonnam_energy_2025", "stated when 전남 set up its 에너지미래도시기획전략본부"),
    ("jeonnam_offshore_wind_pipeline_2025", "sector", "energy", "KR-46",
     "전남에는 해상풍력 26개 사업, 8.2GW가 추진되고 있습니다 (2025년 4월).",
     "26 offshore wind projects with 8.2 GW are being pursued in Jeonnam (April 2025).", "8.2", "GW", "2025-04",
     "news_newsis_renewables_2024", "전남연구원"),
    ("jeonnam_districts_22", "governance", "", "KR-46",
     "전라남도에는 22개 시군(5개 시, 17개 군)이 있습니다.",
     "Jeonnam has 22 districts (시군): 5 cities and 17 counties.", "22", "시군", "2020-10-04",
     "codes_legal_administration_2020", "the 22 codes 4611000000 … 4691000000 marked 존재; the same 22 in the 2024 "
     "행정안전부 population file (../shared/data/more/districts.md)"),
    ("jeonnam_county_codes_2022", "governance", "", "KR-46",
     "전남 17개 군의 통계 코드는 2022년 1월 1일부터 바뀌었습니다(예: 담양군 36310 → 36510). 5개 시의 코드는 그대로입니다.",
     "The statistical codes of Jeonnam's 17 counties changed on 1 January 2022 (e.g. Damyang-gun 36310 → 36510); the "
     "5 cities kept theirs.", "", "", "2022-01-01", "codes_sgis_municipalities_2018",
     "both generations are aliases of the 시군 in region_aliases.csv (kind kosis_code)"),
    ("medical_recruitment_2025", "sector", "medical", "KR",
     "2025학년도 의대 배정 정원은 5,058명이었지만 실제 모집인원은 4,567명(1,509명 증원)이었습니다.",
     "5,058 medical school places were allocated for 2025, but 4,567 (1,509 more than before) were actually recruited.",
     "4567", "명", "2025", "news_docdocdoc_medical_recruitment_2025", "universities cut part of the increase"),
]

# Facts generated from the rows of more/*.csv that are not region values (more.py: FACT, ROW_AS_FACT):
# id in more/ -> (pillar, sector, label_ko, label_en, kind) with kind one of date, year, amount (억원), number.
FACT_LABELS = {
    "ai_ordinance_sido_with_ordinance": ("governance", "", "AI 조례를 제정한 시도 수(17개 중)", "provinces with an AI ordinance (of 17)", "number"),
    "ai_ordinances_sido_total": ("governance", "", "시도 AI 조례 수", "provincial AI ordinances", "number"),
    "ai_ordinances_all_local_total": ("governance", "", "전체 지방자치단체 AI 조례 수", "AI ordinances of all local governments", "number"),
    "ai_ordinances_sido_count": ("governance", "", "시도 AI 조례 수", "provincial AI ordinances", "number"),
    "ai_ordinance_date": ("governance", "", "AI 조례 제정일", "AI ordinance enacted on", "date"),
    "ai_industry_ordinance_date": ("governance", "", "AI 산업 조례 제정일", "AI-industry ordinance enacted on", "date"),
    "ai_industry_ordinance_stage_date": ("governance", "", "AI 산업 조례안의 심의 단계 날짜", "AI-industry ordinance bill: date of a legislative stage", "date"),
    "ai_basic_ordinance_stage_date": ("governance", "", "AI 기본조례안의 심의 단계 날짜", "AI basic ordinance bill: date of a legislative stage", "date"),
    "ai_admin_ordinance_stage_date": ("governance", "", "AI 행정 조례안의 심의 단계 날짜", "AI-administration ordinance bill: date of a legislative stage", "date"),
    "ai_admin_ordinance_date": ("governance", "", "AI 행정 조례 제정일", "AI-administration ordinance enacted on", "date"),
    "ai_talent_ordinance_stage_date": ("governance", "", "AI 인재 양성 조례안의 심의 단계 날짜", "AI-talent ordinance bill: date of a legislative stage", "date"),
    "ai_council_ordinance_date": ("governance", "", "의회 AI 활용 조례 본회의 통과일", "council's own AI-use ordinance passed on", "date"),
    "ai_dept_planned_date": ("governance", "", "AI 전담 조직 신설 예정일", "AI unit planned to start on", "date"),
    "ai_dept_created_year": ("governance", "", "AI 전담 조직(국) 신설 연도", "year the AI directorate was created", "year"),
    "ai_dept_created_date": ("governance", "", "AI 전담 조직 신설일", "AI unit created on", "date"),
    "ai_dept_planned_year": ("governance", "", "AI 전담 조직 신설 예정 연도", "year the AI unit is planned", "year"),
    "ai_dept_made_permanent_date": ("governance", "", "AI 전담 조직 정규화 의결일", "AI unit made permanent on", "date"),
    "ai_dept_proposed_date": ("governance", "", "AI 전담 조직 개편안 발표일", "AI unit proposed on", "date"),
    "ai_team_created_date": ("governance", "", "AI 전담 팀 신설일", "AI team created on", "date"),
    "ai_industry_committee_launch_date": ("governance", "", "AI 산업 육성위원회 출범일", "AI-industry committee launched on", "date"),
    "council_ai_special_committee_launch_date": ("governance", "", "의회 AI 특별위원회 첫 회의일", "council AI special committee first met on", "date"),
    "ai_budget_plan_2026": ("governance", "", "2026년 AI 사업 예산", "AI budget for 2026", "amount"),
    "ai_budget_items_listed_2026": ("governance", "", "2026년 예산 중 보도된 AI 사업 항목의 합(총액 아님)", "AI items named in the 2026 budget (not a total)", "amount"),
    "ai_budget_items_listed_2020": ("governance", "", "2020년 AI 예산 계획 항목", "AI item in the 2020 budget plan", "amount"),
    "ai_budget_sido_total_2020": ("governance", "", "17개 시도의 2020년 AI 예산 계획 합계(최소)", "AI budget plans of the 17 provinces for 2020 (at least)", "amount"),
    "ai_budget_change_2025": ("governance", "", "2025년 AI 관련 예산의 전년 대비 증감", "change of the AI budget in 2025 from the year before", "amount"),
    "ai_admin_plan_budget": ("governance", "", "AI 행정 계획 사업비", "cost of the AI-administration plan", "amount"),
    "informatization_plan_budget_2026_2030": ("governance", "", "2026~2030 정보화 기본계획 사업비", "cost of the 2026-2030 informatization plan", "amount"),
    "informatization_budget_2026": ("governance", "", "2026년 정보화 사업 예산", "informatization budget for 2026", "amount"),
    "ai_master_plan_period": ("governance", "", "AI 종합계획(정보화 기본계획) 시작 연도", "first year of the AI master plan (informatization plan)", "year"),
    "smart_farm_greenhouse_area": ("sector", "agriculture", "스마트 온실 면적", "smart-greenhouse area", "number"),
    "fisheries_production_total_incl_distant": ("sector", "marine", "원양어업을 포함한 어업생산량", "fisheries output including distant-water fishing", "number"),
    "ai_datacentre_planned_capacity": ("infrastructure", "", "계획된 AI 데이터센터 용량", "planned AI data-centre capacity", "number"),
    "ai_datacentre_planned_investment": ("infrastructure", "", "계획된 AI 데이터센터 투자액", "planned AI data-centre investment", "amount"),
    "datacentre_under_construction_capacity": ("infrastructure", "", "착공한 데이터센터 용량", "capacity of the data centre under construction", "number"),
    "ai_computing_centre_planned_investment": ("infrastructure", "", "국가 AI컴퓨팅센터 계획 투자액", "planned investment in the National AI Computing Center", "amount"),
    "ai_computing_centre_planned_gpus": ("infrastructure", "", "국가 AI컴퓨팅센터 계획 GPU 수", "GPUs planned for the National AI Computing Center", "number"),
    "farm_households_metro_cities_total": ("sector", "agriculture", "농가 수 합계", "farm households together", "number"),
    # rows of observation ids kept as facts (ROW_AS_FACT)
    "r_costii_index": ("industry", "", "17개 시도 R-COSTII 점수 평균", "mean R-COSTII score of the 17 provinces", "number"),
    "klid_digital_level_score": ("governance", "", "17개 시도 디지털 수준진단 평균 점수", "mean digital level score of the 17 provinces", "number"),
    "public_data_eval_score": ("governance", "", "광역자치단체 공공데이터 평가 평균 점수", "mean public-data score of the provinces", "number"),
    "rnd_expenditure_per_capita": ("industry", "", "1인당 연구개발비", "R&D spending per resident", "number"),
    "islands_total": ("sector", "marine", "자체 집계 섬 수(2023년 말, 2024년 공식 집계와 기준이 다름)", "islands by Jeonnam's own count (end of 2023; another basis than the 2024 count)", "number"),
    "islands_inhabited": ("sector", "marine", "자체 집계 유인도 수(2023년 말)", "inhabited islands by Jeonnam's own count (end of 2023)", "number"),
    "islands_uninhabited": ("sector", "marine", "자체 집계 무인도 수(2023년 말)", "uninhabited islands by Jeonnam's own count (end of 2023)", "number"),
}


def has_batchim(text):
    """True when the last Hangul syllable of text ends in a consonant (받침); digits read in Korean."""
    for ch in reversed(text):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28 != 0
        if ch.isdigit():
            return ch in "013678"  # 영 일 삼 육 칠 팔 end in a consonant
        if ch.isalpha():
            return False
    return False


def topic(text):
    return text + ("은" if has_batchim(text) else "는")
