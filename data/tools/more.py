"""The second collection (../shared/data/more/*.csv): its indicators in the framework, and how each of its
ids is brought in.

Every indicator keeps the id it has in those files, so a figure can be traced back to its row. An id
maps to
  - "obs": its rows become observations of the indicator of the same id (defined in NEW_INDICATORS, or
    already in indicators.py);
  - ("obs", other_id): its rows become observations of another indicator (the same quantity);
  - "fact": its rows are bloc-level, national-only or date-valued figures, not region values; they become
    rows of data/facts.csv (see facts.py), with their source.
Nothing is dropped silently: build_dataset.py refuses an id that is not listed here.
"""

P = "population"

# (id, pillar, sector, name_ko, name_en, unit, direction, group_rule, denominator, scale, ratio_unit, definition,
#  shared_id) -- the same tuple as indicators.py; shared_id is None (these come from more/).
NEW_INDICATORS = [
    # --- context
    ("resident_population", "context", "", "주민등록 거주자 인구", "Registered residents (거주자)", "명", "higher", "sum",
     "", 1, "", "Residents registered as living in the region (행정안전부 주민등록 인구통계, 등록구분 거주자, year end): "
     "excludes residents of unknown whereabouts and nationals abroad, so slightly below the registered population.", None),
    ("population_65plus", "context", "", "65세 이상 거주자", "Residents aged 65 and over (거주자)", "명", "lower", "sum",
     "", 1, "", "Registered residents (거주자) aged 65 and over: the sum of the eight 5-year groups from 65-69 to 100+.", None),
    ("share_65plus", "context", "", "65세 이상 거주자 비중", "Share of residents aged 65 and over (거주자)", "%", "lower",
     "mean:resident_population", "", 1, "", "Residents (거주자) aged 65 and over as a share of all residents (거주자).", None),
    ("vacant_dwellings", "context", "", "미거주 주택(빈집)", "Vacant dwellings", "호", "lower", "sum", "", 1, "",
     "Dwellings nobody lives in (미거주 주택, all types and years of construction), population and housing census "
     "(KOSIS DT_1JU1512).", None),

    # --- infrastructure
    ("5g_base_stations_3_5ghz", "infrastructure", "", "5G 3.5GHz 기지국", "5G 3.5 GHz base stations", "국", "higher", "sum",
     P, 10000, "국/만 명", "5G base stations on 3.5 GHz per 10,000 residents; the dates differ by year (2020-07-11, "
     "2021-12-31, 2022-03-31, 2024 Q3, see each note): compare regions only within one year.", None),
    ("5g_base_stations_3_5ghz_aug2021", "infrastructure", "", "5G 3.5GHz 기지국 (2021년 8월)",
     "5G 3.5 GHz base stations (Aug 2021)", "국", "higher", "sum", P, 10000, "국/만 명",
     "5G 3.5 GHz base stations per 10,000 residents as of August 2021 (one MP's release; counts base stations, "
     "not radio stations or devices).", None),
    ("5g_radio_stations_aug2021", "infrastructure", "", "5G 무선국 (2021년 8월)", "5G radio stations (Aug 2021)", "국",
     "higher", "sum", P, 10000, "국/만 명", "5G radio stations (무선국, licensed transmitters) per 10,000 residents as of "
     "August 2021; a different count from base stations.", None),
    ("5g_radio_stations", "infrastructure", "", "5G 무선국 (시군)", "5G radio stations (districts)", "국", "higher", "sum",
     P, 10000, "국/만 명", "5G radio stations per 10,000 residents in the districts (시군) named in the sources (only the "
     "smallest counts are published).", None),

        ("broadband_penetration_per_population", "infrastructure", "", "초고속인터넷 인구 대비 보급률",
     "Broadband subscriptions per 100 residents", "%", "higher", "mean:population", "", 1, "",
     "Broadband (초고속인터넷) subscriptions per 100 residents (정보통신부, 2007-09-30): history, the latest regional "
     "figures found.", None),
    ("broadband_household_penetration", "infrastructure", "", "초고속인터넷 가구 보급률", "Broadband household penetration",
     "%", "higher", "mean:population", "", 1, "", "Households with a broadband subscription as a share of households "
     "(정보통신부; 2002 and 2007): history.", None),
    ("datacenters_kepco_supplied", "infrastructure", "", "한전 공급 데이터센터", "Data centres supplied by KEPCO", "개",
     "higher", "sum", P, 1000000, "개/백만 명", "Data centres operating or under construction with a KEPCO supply "
     "contract (산업부 count, 2023-09) per million residents.", None),
    ("datacenter_contract_power", "infrastructure", "", "데이터센터 계약전력", "Data-centre contracted power", "MW",
     "higher", "sum", P, 1000, "kW/명", "Contracted power of those data centres (2023-09), kW per resident.", None),
    ("datacenter_power_request_sites_to_2029", "infrastructure", "", "데이터센터 전력 신청 부지 (2029년까지)",
     "Data-centre power applications to 2029 (sites)", "개", "higher", "sum", P, 1000000, "개/백만 명",
     "Sites applying to KEPCO for data-centre power up to 2029 (data of 2021-10) per million residents.", None),
    ("datacenter_power_request_mw_to_2029", "infrastructure", "", "데이터센터 전력 신청 용량 (2029년까지)",
     "Data-centre power applications to 2029 (MW)", "MW", "higher", "sum", P, 1000, "kW/명",
     "Power applied for by data centres up to 2029 (data of 2021-10), kW per resident.", None),
    ("datacenters_operating_regional_release", "infrastructure", "", "가동 데이터센터 (지역 발표)",
     "Data centres in operation (regional release)", "개", "higher", "sum", P, 1000000, "개/백만 명",
     "Data centres in operation as counted in a regional KEPCO release (2023-04) per million residents.", None),
    ("datacenter_operating_capacity_regional_release", "infrastructure", "", "가동 데이터센터 용량 (지역 발표)",
     "Data-centre capacity in operation (regional release)", "MW", "higher", "sum", P, 1000, "kW/명",
     "Capacity of those data centres (2023-04), kW per resident.", None),
    # --- talent: nothing new in the second collection
    # --- industry
    ("rnd_expenditure_share", "industry", "", "연구개발비 전국 대비 비중", "Share of national R&D expenditure", "%", "higher",
     "sum", "", 1, "", "The region's share of the country's gross R&D expenditure (government, public and private "
     "performers), as published to 0.1 pt; the 17 shares sum to 100.0.", None),
    ("gov_rnd_share", "industry", "", "정부연구개발비 전국 대비 비중", "Share of national government R&D", "%", "higher",
     "sum", "", 1, "", "The region's share of the country's government R&D spending (민간 제외), as published.", None),
    ("venture_firms", "industry", "", "벤처기업", "Venture firms", "개", "higher", "sum", P, 10000, "개/만 명",
     "Certified venture firms (벤처확인기업) per 10,000 residents; 2023 figures are as of August 2023.", None),
    ("patent_applications", "industry", "", "특허 출원", "Patent applications", "건", "higher", "sum", P, 10000, "건/만 명",
     "Domestic patent applications by applicants of the region per 10,000 residents (KIPO statistical yearbook).", None),
    ("patent_application_share", "industry", "", "특허 출원 전국 대비 비중", "Share of national patent applications", "%",
     "higher", "sum", "", 1, "", "The region's share of the country's patent applications, as published.", None),
    ("pct_international_applications", "industry", "", "PCT 국제출원", "PCT international applications", "건", "higher",
     "sum", P, 10000, "건/만 명", "International (PCT) patent applications by applicants of the region per 10,000 "
     "residents.", None),
    ("startups", "industry", "", "창업기업", "New firms (start-ups)", "개", "higher", "sum", P, 10000, "개/만 명",
     "New firms of all kinds (창업기업, incl. non-technology) per 10,000 residents.", None),

    # --- benchmark (published indices, never scored)
    ("r_costii_rank", "benchmark", "", "R-COSTII 순위", "R-COSTII rank", "위", "lower", "mean:population", "", 1, "",
     "The region's rank among the 17 in KISTEP's R-COSTII (1 = best), as published; two ranks are implied by the "
     "order of the published scores (tag C, see the notes).", None),

    # --- sector fit: agriculture
    ("farm_population", "sector", "agriculture", "농가 인구", "Farm population", "명", "higher", "sum", P, 100, "%",
     "Members of farm households (농가인구, 농림어업조사, as of 1 December) as a share of registered residents.", None),
    ("cultivated_land_paddy", "sector", "agriculture", "논 면적", "Paddy fields", "ha", "higher", "sum", "area_km2", 1,
     "% (면적 대비)", "Paddy fields (논) as a share of land area (ha per km² equals per cent).", None),
    ("cultivated_land_upland", "sector", "agriculture", "밭 면적", "Upland fields", "ha", "higher", "sum", "area_km2", 1,
     "% (면적 대비)", "Upland fields (밭) as a share of land area (ha per km² equals per cent).", None),
    ("farms_income_over_100m_krw", "sector", "agriculture", "연 매출 1억 원 이상 농가", "Farms selling 100 million won or more",
     "가구", "higher", "sum", "", 1, "", "Farms with annual sales of 100 million won or more (전라남도 survey, 2019).", None),
    # marine
    ("fisheries_production_share", "sector", "marine", "어업생산량 전국 대비 비중", "Share of national fisheries output",
     "%", "higher", "sum", "", 1, "", "The region's share of the country's fisheries output, as published.", None),
    ("islands_total", "sector", "marine", "섬", "Islands", "개", "higher", "sum", "", 1, "",
     "Islands, inhabited and uninhabited (행정안전부·해양수산부·한국섬진흥원 count as of 31 December 2024; the districts' "
     "2023 figures are Jeonnam's own count, another basis). A count, not per area: the land area is known for only "
     "some regions.", None),
    ("islands_inhabited", "context", "marine", "유인도", "Inhabited islands", "개", "higher", "sum", "", 1, "",
     "Inhabited islands (유인도), as counted in the sources; context: a part of islands_total, which is scored.", None),
    ("islands_uninhabited", "context", "marine", "무인도", "Uninhabited islands", "개", "higher", "sum", "", 1, "",
     "Uninhabited islands (무인도), as counted in the sources; context: a part of islands_total, which is scored.", None),
    ("island_population", "sector", "marine", "섬 인구", "Island population", "명", "higher", "sum", P, 100, "%",
     "Residents of islands (31 December 2024) as a share of registered residents.", None),
    ("remote_border_islands", "sector", "marine", "국토 외곽 먼섬", "Remote border islands", "개", "higher", "sum", "", 1,
     "", "Remote islands on the national border (국토 외곽 먼섬) in the district.", None),
    ("fishing_households", "sector", "marine", "어가 수", "Fishing households", "가구", "higher", "sum", P, 1000,
     "가구/천명", "Sea-fishing households (해수면 어가, 농림어업조사, as of 1 December) per 1,000 residents.", None),
    ("fishing_households_share", "sector", "marine", "어가 전국 대비 비중", "Share of national fishing households", "%",
     "higher", "sum", "", 1, "", "The region's share of the country's fishing households, as published.", None),
    ("fisheries_production_change", "sector", "marine", "어업생산량 증감률", "Change in fisheries output", "%", "higher",
     "mean:population", "", 1, "", "Year-on-year change of fisheries output by volume, as published (preliminary).", None),
    ("fisheries_production_aquaculture", "sector", "marine", "해면양식 생산량", "Aquaculture output", "톤", "higher", "sum",
     P, 1000, "톤/천명", "Marine aquaculture output per 1,000 residents.", None),
    ("fisheries_production_coastal_offshore", "sector", "marine", "연근해어업 생산량", "Coastal and offshore fishing output",
     "톤", "higher", "sum", P, 1000, "톤/천명", "Coastal and offshore fishing output per 1,000 residents.", None),
    ("fisheries_production_inland", "sector", "marine", "내수면어업 생산량", "Inland fisheries output", "톤", "higher", "sum",
     P, 1000, "톤/천명", "Inland fisheries output per 1,000 residents.", None),
    ("fisheries_production_value", "sector", "marine", "어업생산금액", "Fisheries output value", "억원", "higher", "sum", P,
     100000000, "원/명", "Value of fisheries output (coastal, offshore, aquaculture and inland) in won per resident.", None),
    ("coastline_share", "sector", "marine", "해안선 전국 대비 비중", "Share of national coastline", "%", "higher", "sum", "",
     1, "", "The region's share of the country's coastline (15,285.4 km in the 2023 release), as published.", None),
    # energy
    ("electricity_generation", "sector", "energy", "발전량", "Electricity generation", "MWh", "higher", "sum", P, 1000,
     "kWh/명", "Electricity generated in the region per resident (한국전력통계 as reported; a secondary source).", None),
    # medical
    ("medical_school_quota_allocated", "sector", "medical", "의대 배정 정원", "Medical school places allocated", "명",
     "higher", "sum", P, 100000, "명/10만 명", "Medical school entry places allocated by the education ministry for the "
     "2025 intake (배정 정원, not the places actually filled: 4,567 were recruited), by the region of the university, "
     "per 100,000 residents.", None),
    ("medical_school_quota", "context", "medical", "의대 입학정원 (증원 전)", "Medical school places (before the increase)",
     "명", "higher", "sum", P, 100000, "명/10만 명", "Medical school entry places for the 2024 intake, before the 2025 "
     "increase, by the region of the university, per 100,000 residents; context: the places before the increase, "
     "beside medical_school_quota_allocated, which is scored.", None),
    ("healthcare_institutions", "sector", "medical", "요양기관", "Healthcare facilities", "개", "higher", "sum", P, 10000,
     "개/만 명", "Healthcare facilities (요양기관: hospitals, clinics, public health facilities and pharmacies) per "
     "10,000 residents; facilities, not beds.", None),

    # --- governance
    ("ai_ordinance_enacted", "governance", "", "AI 조례 제정 (연도별)", "AI ordinance enacted (by year)", "여부(1=제정)",
     "higher", "mean:population", "", 1, "", "1 in the year the sources date the region's provincial AI ordinance "
     "(enacted, passed in plenary, or listed as enacted); the status at the end of 2025 is ai_ordinance.", None),
    ("klid_digital_level_score", "governance", "", "지자체 디지털 수준진단 점수", "Local digital government level (KLID)",
     "점", "higher", "mean:population", "", 1, "", "한국지역정보개발원's digital level diagnosis of local governments, "
     "points out of 100.", None),
    ("public_data_eval_score", "governance", "", "공공데이터 제공 운영실태 평가 점수", "Public data provision score", "점",
     "higher", "mean:population", "", 1, "", "The interior ministry's evaluation of public-data provision, points out "
     "of 100.", None),
    ("public_data_eval_grade", "governance", "", "공공데이터 제공 운영실태 평가 등급", "Public data provision grade",
     "등급(3=우수)", "higher", "mean:population", "", 1, "", "The grade of the same evaluation, coded 3 = 우수 "
     "(excellent), 2 = 보통, 1 = 미흡; only top grades were found in the sources.", None),
    ("public_data_eval_improvement_points", "governance", "", "공공데이터 평가 향상도", "Public data score improvement",
     "점", "higher", "mean:population", "", 1, "", "Points gained over the previous evaluation (향상도), as published.",
     None),
    ("genai_subscription_spend", "governance", "", "생성형 AI 구독 지출", "Generative-AI subscription spending", "만원",
     "higher", "sum", P, 10000, "원/명", "Provincial staff's spending on generative-AI subscriptions (ChatGPT and "
     "others), January 2023 to January 2024, in won per resident.", None),
]

FACT = "fact"
OBS = "obs"

# id in more/*.csv -> how it comes in
MAP = {
    # innovation.csv
    "rnd_expenditure_share": OBS, "rnd_expenditure": OBS, "rnd_expenditure_per_capita": OBS, "gov_rnd_share": OBS,
    "r_costii_index": OBS, "r_costii_rank": OBS, "venture_firms": OBS, "patent_applications": OBS,
    "patent_application_share": OBS, "pct_international_applications": OBS, "startups": OBS,
    # sectors.csv
    "islands_total": OBS, "islands_inhabited": OBS, "islands_uninhabited": OBS, "island_population": OBS,
    "farm_households": OBS, "farm_population": OBS, "cultivated_land_paddy": OBS, "cultivated_land_upland": OBS,
    "cultivated_land_area": OBS, "smart_farm_greenhouse_area": FACT, "fishing_households": OBS,
    "fishing_households_share": OBS, "fisheries_production_change": OBS, "fisheries_production_aquaculture": OBS,
    "fisheries_production_coastal_offshore": OBS, "fisheries_production_inland": OBS,
    "fisheries_production_value": OBS, "fisheries_production_total_incl_distant": FACT,
    "coastline_length": (OBS, "coastline_km"), "coastline_share": OBS, "5g_base_stations_3_5ghz_aug2021": OBS,
    "5g_radio_stations_aug2021": OBS, "5g_base_stations_3_5ghz": OBS, "electricity_generation": OBS,
    "klid_digital_level_score": OBS, "public_data_eval_score": OBS, "medical_school_quota_allocated": OBS,
    "medical_school_quota": OBS, "healthcare_institutions": OBS,
    # governance.csv
    "ai_ordinance_sido_with_ordinance": FACT, "ai_ordinances_sido_total": FACT, "ai_ordinances_all_local_total": FACT,
    "ai_ordinances_sido_count": FACT, "ai_ordinance_enacted": OBS, "ai_ordinance_date": FACT,
    "ai_industry_ordinance_date": FACT, "ai_industry_ordinance_stage_date": FACT, "ai_basic_ordinance_stage_date": FACT,
    "ai_admin_ordinance_stage_date": FACT, "ai_admin_ordinance_date": FACT, "ai_talent_ordinance_stage_date": FACT,
    "ai_council_ordinance_date": FACT, "ai_dept_planned_date": FACT, "ai_dept_created_year": FACT,
    "ai_dept_created_date": FACT, "ai_dept_planned_year": FACT, "ai_dept_made_permanent_date": FACT,
    "ai_dept_proposed_date": FACT, "ai_team_created_date": FACT, "ai_industry_committee_launch_date": FACT,
    "council_ai_special_committee_launch_date": FACT, "ai_budget_plan_2026": FACT, "ai_budget_items_listed_2026": FACT,
    "ai_budget_items_listed_2020": FACT, "ai_budget_sido_total_2020": FACT, "ai_budget_change_2025": FACT,
    "ai_admin_plan_budget": FACT, "informatization_plan_budget_2026_2030": FACT, "informatization_budget_2026": FACT,
    "genai_subscription_spend": OBS, "ai_master_plan_period": FACT, "public_data_eval_grade": OBS,
    "public_data_eval_improvement_points": OBS,
    # research helper's found.csv (data/tools/research/, from /work/research)
    "broadband_penetration_per_population": OBS, "broadband_household_penetration": OBS,
    "datacenters_kepco_supplied": OBS, "datacenter_contract_power": OBS, "datacenter_power_request_sites_to_2029": OBS,
    "datacenter_power_request_mw_to_2029": OBS, "datacenters_operating_regional_release": OBS,
    "datacenter_operating_capacity_regional_release": OBS, "farm_households_metro_cities_total": FACT,
    "fisheries_production_share": OBS, "fisheries_production": OBS, "farms_income_over_100m_krw": OBS,
    # districts.csv
    "resident_population": OBS, "population_65plus": OBS, "share_65plus": OBS, "doctors_per_1000": OBS,
    "doctors_in_medical_institutions": OBS, "registered_population": (OBS, "population"), "vacant_dwellings": OBS,
    "5g_radio_stations": OBS, "5g_base_stations": OBS, "remote_border_islands": OBS,
    "ai_datacentre_planned_capacity": FACT, "ai_datacentre_planned_investment": FACT,
    "datacentre_under_construction_capacity": FACT, "ai_computing_centre_planned_investment": FACT,
    "ai_computing_centre_planned_gpus": FACT,
}

# Rows of an OBS id that are not region values: an average of the regions stored under 전국, or a
# provincial total on another basis than the series. They become facts instead (same source).
ROW_AS_FACT = {
    ("r_costii_index", "전국"), ("klid_digital_level_score", "전국"), ("public_data_eval_score", "전국"),
    ("rnd_expenditure_per_capita", "전국"),  # national only: a fact, no indicator
    # Jeonnam's own 2023 island count (2,165) is on another basis than the 2024 national count (2,018):
    # kept as a fact so that no chart draws a fall from one to the other.
    ("islands_total", "전남", "2023"), ("islands_inhabited", "전남", "2023"), ("islands_uninhabited", "전남", "2023"),
}

# Where a row of the second collection meets a figure already in the data for the same region, indicator
# and year, and the two differ: which one is kept, and why (written into the kept row's note).
KEEP_EXISTING = {
    # research helper's found.csv (data/tools/research/, from /work/research)
    "broadband_penetration_per_population": OBS, "broadband_household_penetration": OBS,
    "datacenters_kepco_supplied": OBS, "datacenter_contract_power": OBS, "datacenter_power_request_sites_to_2029": OBS,
    "datacenter_power_request_mw_to_2029": OBS, "datacenters_operating_regional_release": OBS,
    "datacenter_operating_capacity_regional_release": OBS, "farm_households_metro_cities_total": FACT,
    "fisheries_production_share": OBS, "fisheries_production": OBS, "farms_income_over_100m_krw": OBS,
    # districts.csv's province rows for 2020 are sums of the 22 시군 (tag C); KOSIS's own province figure of
    # the same table is kept.
    ("doctors_per_1000", "KR-46", 2020): "KOSIS's own province figure is kept; the sum over the 22 시군 of the "
                                         "district extract gives 2.56",
    ("doctors_in_medical_institutions", "KR-46", 2020): "KOSIS's own province figure is kept; the sum over the 22 "
                                                        "시군 of the district extract gives 4,740",
    ("population", "KR-46", 2020): "KOSIS's own province figure is kept; the sum over the 22 시군 of the district "
                                   "extract (DT_1YL20981's denominator) gives 1,851,549",
}
