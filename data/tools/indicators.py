"""The indicator framework of the bundled dataset: one tuple per indicator.

(id, pillar, sector, name_ko, name_en, unit, direction, group_rule, denominator, scale, ratio_unit, definition,
 shared_id) -- shared_id is the indicator's id in ../shared/data/observations.csv (None: not from that file).
"""

P = "population"
INDICATORS = [
    # --- context: describes regions, serves as denominator or weight, never scored
    ("population", "context", "", "주민등록인구", "Registered population", "명", "higher", "sum", "", 1, "",
     "Resident-registration population at year end (KOSIS).", "population_resident_registration"),
    ("area_km2", "context", "", "면적", "Land area", "km²", "higher", "sum", "", 1, "",
     "Land area by the cadastral statistics, as of 31 December.", "area"),
    ("grdp", "context", "", "지역내총생산(명목)", "GRDP (nominal)", "조원", "higher", "sum", "", 1, "",
     "Gross regional domestic product at current prices, trillion won.", "grdp_nominal"),
    ("grdp_per_capita", "context", "", "1인당 지역내총생산", "GRDP per person", "만원", "higher", "mean:population", "", 1, "",
     "GRDP per resident at current prices, 10,000 won.", "grdp_per_capita_nominal"),
    ("aged_65_plus_share", "context", "", "고령인구비율", "Share aged 65 and over", "%", "lower", "mean:population", "", 1, "",
     "Residents aged 65 and over as a share of all registered residents (KOSIS).", "share_aged_65plus"),
    ("population_aged_65plus", "context", "", "65세 이상 인구", "Residents aged 65 and over", "명", "lower", "sum", "", 1, "",
     "Registered residents aged 65 and over (KOSIS).", "population_aged_65plus"),
    ("population_aged_25_39", "context", "", "25~39세 인구", "Residents aged 25-39", "명", "higher", "sum", "", 1, "",
     "Registered residents aged 25 to 39 (sum of three 5-year groups).", "population_aged_25_39"),
    ("employed_persons", "context", "", "취업자", "Employed persons", "명", "higher", "sum", "", 1, "",
     "Employed persons, annual average of the labour force survey (rounded to 1,000 in the source).", "employed_persons"),
    ("employment_rate", "context", "", "고용률(15세 이상)", "Employment rate (15+)", "%", "higher", "mean:population", "", 1, "",
     "Employed persons as a share of the population aged 15 and over.", "employment_rate"),
    ("employment_rate_15_64", "context", "", "고용률(15~64세)", "Employment rate (15-64)", "%", "higher", "mean:population", "", 1, "",
     "Employment rate of the population aged 15-64 (OECD basis).", "employment_rate_15_64"),
    ("unemployment_rate", "context", "", "실업률", "Unemployment rate", "%", "lower", "mean:population", "", 1, "",
     "Unemployed as a share of the labour force.", "unemployment_rate"),
    ("labour_force_participation_rate", "context", "", "경제활동참가율", "Labour force participation", "%", "higher", "mean:population", "", 1, "",
     "Labour force as a share of the population aged 15 and over.", "labor_force_participation_rate"),
    ("workers_all_industries", "context", "", "전체 종사자", "Workers, all industries", "명", "higher", "sum", "", 1, "",
     "Workers in all establishments (census of establishments).", "workers_all_industries"),
    ("establishments_all_industries", "context", "", "전체 사업체", "Establishments, all industries", "개", "higher", "sum", "", 1, "",
     "Establishments in all industries (census of establishments).", "establishments_all_industries"),
    ("manufacturing_establishments", "context", "", "제조업 사업체", "Manufacturing establishments", "개", "higher", "sum", "", 1, "",
     "Establishments in manufacturing (KSIC C).", "manufacturing_establishments"),
    ("manufacturing_workers", "context", "", "제조업 종사자", "Manufacturing workers", "명", "higher", "sum", "", 1, "",
     "Workers in manufacturing (KSIC C).", "manufacturing_workers"),
    ("prof_sci_tech_establishments", "context", "", "전문·과학·기술 서비스업 사업체", "Professional, scientific and technical establishments", "개", "higher", "sum", "", 1, "",
     "Establishments in professional, scientific and technical services (KSIC M).", "prof_sci_tech_establishments"),
    ("ict_worker_share", "context", "", "정보통신업 종사자 비중(계산)", "ICT worker share (calculated)", "%", "higher", "mean:workers_all_industries", "", 1, "",
     "ICT workers / all workers x 100, as calculated in the research notes (the scored form is ict_workers per all workers).", "ict_worker_share"),
    ("prof_sci_tech_worker_share", "context", "", "전문·과학·기술 종사자 비중(계산)", "Professional/scientific worker share (calculated)", "%", "higher", "mean:workers_all_industries", "", 1, "",
     "Professional, scientific and technical workers / all workers x 100, as calculated in the research notes.", "prof_sci_tech_worker_share"),
    ("ict_workers_per_1000_residents", "context", "", "인구 천명당 정보통신업 종사자(계산)", "ICT workers per 1,000 residents (calculated)", "명/천명", "higher", "mean:population", "", 1, "",
     "ICT workers / registered population x 1,000, as calculated in the research notes.", "ict_workers_per_1000_residents"),
    ("higher_ed_students_per_1000", "context", "", "인구 천명당 대학·대학원 재적학생(계산)", "University and graduate students per 1,000 residents (calculated)", "명/천명", "higher", "mean:population", "", 1, "",
     "(4-year university + graduate school enrolment) / population x 1,000, as calculated in the research notes.", "higher_ed_students_per_1000"),
    ("universities_4yr", "context", "", "4년제 대학 수", "Four-year universities", "개", "higher", "sum", "", 1, "",
     "Four-year universities (KOSIS 대학 개황).", "universities_4yr"),
    ("graduate_schools", "context", "", "대학원 수", "Graduate schools", "개", "higher", "sum", "", 1, "",
     "Graduate schools (KOSIS 대학원 개황).", "graduate_schools"),
    ("university_admissions", "context", "", "대학 입학자", "University entrants", "명", "higher", "sum", "", 1, "",
     "Entrants to four-year universities.", "university_admissions"),
    ("graduate_admissions", "context", "", "대학원 입학자", "Graduate school entrants", "명", "higher", "sum", "", 1, "",
     "Entrants to graduate schools.", "graduate_admissions"),
    ("university_staff", "context", "", "대학 교직원", "University staff", "명", "higher", "sum", "", 1, "",
     "Faculty and staff of four-year universities.", "university_staff"),
    ("doctors_in_medical_institutions", "context", "medical", "의료기관 종사 의사 수", "Doctors in medical institutions", "명", "higher", "sum", "", 1, "",
     "Doctors working in medical institutions (KOSIS).", "doctors_in_medical_institutions"),
    ("psychiatric_beds", "context", "medical", "정신병상 수", "Psychiatric beds", "병상", "higher", "sum", "", 1, "",
     "Psychiatric beds (a subset of all beds).", "psychiatric_beds"),
    ("public_hospital_beds_per_1000", "context", "medical", "인구 천명당 공공의료기관 병상(계산)", "Public-hospital beds per 1,000 residents (calculated)", "병상/천명", "higher", "mean:population", "", 1, "",
     "Public medical institutions' beds / population x 1,000, as calculated in the research notes.", "public_hospital_beds_per_1000"),

    # --- infrastructure
    ("5g_base_stations", "infrastructure", "", "5G 기지국", "5G base stations", "국", "higher", "sum", P, 10000, "국/만 명",
     "5G base stations in service per 10,000 residents (as of 17 Jan 2020).", "5g_base_stations"),
    ("private_datacenter_share", "infrastructure", "", "민간 데이터센터 비중", "Share of private data centres", "%", "higher", "sum", "", 1, "",
     "Share of the country's private data centres located in the region (KDCC); only Seoul, Gyeonggi and Incheon are published.", "private_datacenter_share"),
    ("internet_use_rate", "infrastructure", "", "인터넷 이용률", "Internet use rate", "%", "higher", "mean:population", "", 1, "",
     "Share of residents using the internet; the latest regional figures found are from 2009.", None),

    # --- talent
    ("university_enrolled_students", "talent", "", "대학 재적학생", "University students", "명", "higher", "sum", P, 1000, "명/천명",
     "Students enrolled in four-year universities per 1,000 residents.", "university_enrolled_students"),
    ("graduate_enrolled_students", "talent", "", "대학원 재적학생", "Graduate students", "명", "higher", "sum", P, 1000, "명/천명",
     "Students enrolled in graduate schools per 1,000 residents.", "graduate_enrolled_students"),
    ("researchers", "talent", "", "연구원", "Researchers", "명", "higher", "sum", P, 1000, "명/천명",
     "R&D researchers (head count) per 1,000 residents.", "researchers"),
    ("share_aged_25_39", "talent", "", "25~39세 인구 비중", "Share aged 25-39", "%", "higher", "mean:population", "", 1, "",
     "Registered residents aged 25-39 as a share of all residents: the young workforce.", "share_aged_25_39"),
    ("net_internal_migration", "talent", "", "순이동인구", "Net internal migration", "명", "higher", "sum", P, 1000, "명/천명",
     "In-migrants minus out-migrants per 1,000 residents (negative: the region loses people).", "net_internal_migration"),
    ("ai_graduate_schools", "talent", "", "AI대학원", "AI graduate schools", "개", "higher", "sum", P, 1000000, "개/백만 명",
     "Graduate schools of AI funded by the science ministry (10 in all, 2019-2021), by the region of the university's headquarters, per million residents.", None),
    ("ai_convergence_graduate_schools", "talent", "", "AI융합혁신대학원", "AI convergence graduate schools", "개", "higher", "sum", P, 1000000, "개/백만 명",
     "AI convergence innovation graduate schools selected in 2022 and 2023 (9 in all), by the region of the university's headquarters, per million residents.", None),

    # --- industry
    ("ict_workers", "industry", "", "정보통신업 종사자", "ICT workers", "명", "higher", "sum", "workers_all_industries", 100, "% (전체 종사자 대비)",
     "Workers in information and communication (KSIC J 58-63) as a share of all workers.", "ict_workers"),
    ("ict_establishments", "industry", "", "정보통신업 사업체", "ICT establishments", "개", "higher", "sum", "establishments_all_industries", 100, "% (전체 사업체 대비)",
     "Establishments in information and communication as a share of all establishments.", "ict_establishments"),
    ("prof_sci_tech_workers", "industry", "", "전문·과학·기술 서비스업 종사자", "Professional, scientific and technical workers", "명", "higher", "sum", "workers_all_industries", 100, "% (전체 종사자 대비)",
     "Workers in professional, scientific and technical services (KSIC M) as a share of all workers.", "prof_sci_tech_workers"),
    ("rnd_expenditure", "industry", "", "연구개발비", "R&D expenditure", "억원", "higher", "sum", P, 10000, "만원/명",
     "Gross R&D expenditure per resident (10,000 won per person).", "rnd_expenditure"),
    ("r_costii_index", "benchmark", "", "지역 과학기술혁신역량지수(R-COSTII)", "Regional S&T innovation capacity (R-COSTII)", "점", "higher", "mean:population", "", 1, "",
     "KISTEP's regional science and technology innovation capacity index (R-COSTII), score on its 31-point scale, as published; a published index shown beside the readiness index, never scored.", "r_costii_index"),
    ("ict_workers_change_2021_2024", "industry", "", "정보통신업 종사자 증감률(2021→2024)", "Change in ICT workers 2021-2024", "%", "higher", "mean:workers_all_industries", "", 1, "",
     "Change in ICT workers from 2021 to 2024 (calculated; see the Gwangju series break).", "ict_workers_change_2021_2024"),
    ("ai_data_voucher_demand_share", "industry", "", "AI 데이터바우처 수요기업 전국 대비 비중", "Share of the national AI-data-voucher buyers", "%", "higher", "sum", "", 1, "",
     "The region's share of the country's AI-data-voucher buyer firms (a share of the national total, not a rate per resident or firm; buyers of AI data processing, not AI suppliers); the latest figures cover only the first half of 2020.", None),
    ("nia_ai_training_data_grants", "industry", "", "AI 학습용 데이터 사업 수주액", "AI training-data grants received", "억원", "higher", "sum", P, 100000000, "원/명",
     "NIA AI-training-data project funds received by firms of the region, 2023, in won per resident.", None),
    ("sw_businesses", "industry", "", "SW 사업체", "Software businesses", "개", "higher", "sum", P, 10000, "개/만 명",
     "Software businesses (ICT survey) per 10,000 residents; published only for Seoul, Gyeonggi and Incheon and for blocs of regions.", None),
    ("ai_related_businesses", "industry", "", "AI 관련 사업체", "AI-related businesses", "개", "higher", "sum", P, 10000, "개/만 명",
     "Establishments doing AI-industry activity per 10,000 residents, local survey definition (Gwangju only).", "ai_related_businesses"),

    # --- sector fit: agriculture
    ("cultivated_land_area", "sector", "agriculture", "경지면적", "Cultivated land", "ha", "higher", "sum", "area_km2", 1, "% (면적 대비)",
     "Cultivated land as a share of land area (ha per km² equals per cent).", "cultivated_land_area"),
    ("farm_households", "sector", "agriculture", "농가 수", "Farm households", "가구", "higher", "sum", P, 1000, "가구/천명",
     "Farm households per 1,000 residents.", "farm_households"),
    # marine
    ("fisheries_production", "sector", "marine", "어업생산량", "Fisheries output", "톤", "higher", "sum", P, 1000, "톤/천명",
     "Coastal, offshore, aquaculture and inland fisheries output per 1,000 residents (excludes distant-water).", "fisheries_production"),
    ("coastline_km", "sector", "marine", "해안선 길이", "Coastline", "km", "higher", "sum", "area_km2", 1000, "km/천 km²",
     "Length of coastline per 1,000 km² of land; the regional lengths read are from the 2014 survey (the 2023 release gives only shares).", None),
    # energy
    ("new_and_renewable_capacity", "sector", "energy", "신·재생에너지 설비용량(누적)", "New and renewable capacity", "kW", "higher", "sum", P, 1, "kW/명",
     "Cumulative installed new and renewable generating capacity per resident.", "new_and_renewable_capacity_cumulative"),
    ("solar_capacity", "sector", "energy", "태양광 설비용량(누적)", "Solar capacity", "kW", "higher", "sum", P, 1, "kW/명",
     "Cumulative installed solar capacity per resident.", "solar_capacity_cumulative"),
    ("wind_capacity", "sector", "energy", "풍력 설비용량(누적)", "Wind capacity", "kW", "higher", "sum", P, 1, "kW/명",
     "Cumulative installed wind capacity per resident.", "wind_capacity_cumulative"),
    ("solar_generation", "sector", "energy", "태양광 발전량", "Solar generation", "GWh", "higher", "sum", P, 1000000, "kWh/명",
     "Solar electricity generated per resident.", "solar_generation"),
    ("wind_generation", "sector", "energy", "풍력 발전량", "Wind generation", "GWh", "higher", "sum", P, 1000000, "kWh/명",
     "Wind electricity generated per resident.", "wind_generation"),
    # medical
    ("doctors_per_1000", "sector", "medical", "인구 천명당 의사 수", "Doctors per 1,000 residents", "명/천명", "higher", "mean:population", "", 1, "",
     "Doctors working in medical institutions per 1,000 registered residents (KOSIS; rounded to 0.1).", "doctors_per_1000_residents"),
    ("public_hospital_beds", "sector", "medical", "공공의료기관 병상", "Public-hospital beds", "병상", "higher", "sum", P, 1000, "병상/천명",
     "Beds of public medical institutions per 1,000 residents (public institutions only).", "public_hospital_beds"),
    ("psychiatric_beds_per_1000", "sector", "medical", "인구 천명당 정신병상", "Psychiatric beds per 1,000 residents", "병상/천명", "higher", "mean:population", "", 1, "",
     "Psychiatric beds per 1,000 residents, as published (rounded to 0.1).", "psychiatric_beds_per_1000"),
    ("hospital_beds_per_1000", "sector", "medical", "인구 천명당 병상 수", "Hospital beds per 1,000 residents", "병상/천명", "higher", "mean:population", "", 1, "",
     "All hospital beds per 1,000 residents; only four regions published (2022).", "hospital_beds_per_1000"),

    # --- governance
    ("ai_ordinance", "governance", "", "AI 조례 보유 (2025년 말)", "AI ordinance in force (end of 2025)", "여부(1=제정)", "higher", "mean:population", "", 1, "",
     "1 where the region has a provincial AI ordinance enacted, passed in plenary or listed as enacted by the end of 2025 (ai_ordinance_enacted gives the year); regions with only a committee stage or nothing found stay missing, not 0.", None),
]

# --- the columns added for issue 12: kind, values_from, as_of

READINESS = ("infrastructure", "talent", "industry", "governance")

# kind of each readiness indicator: "intensity" (a rate per resident or worker, or a %-rate or a score that does not
# grow with the region's size) or "mass" (a share of the national total). Empty for context, sector and benchmark.
MASS = {"rnd_expenditure_share", "private_datacenter_share", "ai_data_voucher_demand_share", "gov_rnd_share",
        "patent_application_share"}

# Mass twins: a readiness count stored with a per-resident or per-worker denominator gets a twin
# "<id>_national_share" with no figures of its own; the engine divides the figures of `values_from` by the
# nation's figure of the same year x 100.
TWINS = ["5g_base_stations", "university_enrolled_students", "graduate_enrolled_students", "researchers", "ict_workers",
         "ict_establishments", "prof_sci_tech_workers", "ai_graduate_schools", "ai_convergence_graduate_schools",
         "nia_ai_training_data_grants", "sw_businesses", "venture_firms", "startups"]

# as_of: the date or period the latest figure describes, as the source states it; where not listed here it is
# the latest year (an annual figure, or a year-end count).
AS_OF = {
    "5g_base_stations": "2020-01-17",
    "5g_base_stations_3_5ghz": "2024 Q3",
    "5g_base_stations_3_5ghz_aug2021": "2021-08",
    "5g_radio_stations_aug2021": "2021-08",
    "5g_radio_stations": "2021-08",
    "ai_data_voucher_demand_share": "2020 H1",
    "area_km2": "2024-12-31",
    "islands_total": "2024-12-31",
    "islands_inhabited": "2024-12-31",
    "islands_uninhabited": "2024-12-31",
    "island_population": "2024-12-31",
    "healthcare_institutions": "2023 Q1",
    "venture_firms": "2023-08",
    "farm_households": "2024-12-01",
    "farm_population": "2024-12-01",
    "fishing_households": "2024-12-01",
    "fishing_households_share": "2024-12-01",
    "hospital_beds_per_1000": "2022-07",
    "private_datacenter_share": "2019",
    "genai_subscription_spend": "2024-01",
    "resident_population": "2024-12-31",
    "population_65plus": "2024-12-31",
    "share_65plus": "2024-12-31",
    "ai_ordinance": "2025-12-31",
    "ai_related_businesses": "2024",
    "broadband_penetration_per_population": "2007-09-30",
    "broadband_household_penetration": "2007-09-30",
    "datacenters_kepco_supplied": "2023-09",
    "datacenter_contract_power": "2023-09",
    "datacenter_power_request_sites_to_2029": "2021-10",
    "datacenter_power_request_mw_to_2029": "2021-10",
    "datacenters_operating_regional_release": "2023-04",
    "datacenter_operating_capacity_regional_release": "2023-04",
}

# --- the KOSIS recipes (issue 14, 4): for an indicator whose figures come from a KOSIS table, the table's title as
# KOSIS gives it and the item (column) that fills the indicator, so that a download of that table imports without
# --map. Only titles and items read in the research notes or in the exports themselves:
# - 주민등록인구(시도/시/군/구): items `계 (명),남 (명),여 (명)` (SOURCES.md, the export in
#   runmc3812/Healthcare_Informatics_Integration-2026-); the title as in sources.csv (table_title).
# - 고령인구비율(시도/시/군/구): items 고령인구비율 (A÷B×100), 65세이상인구 (A), 전체인구 (B) (SOURCES.md; the export is
#   kept in tests/data/kosis/); data/README.md maps the first two the same way.
# - 인구 천명당 의료기관 종사 의사수(시도/시/군/구) (DT_1YL20981): items 인구 천명당 의료기관 종사 의사수 (A÷B×1000),
#   의료기관 종사 의사수 (A), 주민등록인구 (B) (the export kept in tests/data/kosis/).
# - 대학 개황(시도별): items 학교수, 재적학생수, 입학자수, 교직원수 (SOURCES.md, after the field list of
#   yun0612/region-insight docs/data_fields_desc.md).
# Not recorded: tables that need a classification chosen (순이동인구 has 성별, 전국사업체조사 산업 and 사업체구분,
# 신·재생에너지 보급용량 에너지원), and 대학원 개황, whose items the notes do not list.
KOSIS_RECIPES = {
    "population": ("주민등록인구(시도/시/군/구)", "계"),
    "aged_65_plus_share": ("고령인구비율(시도/시/군/구)", "고령인구비율"),
    "population_aged_65plus": ("고령인구비율(시도/시/군/구)", "65세이상인구"),
    "doctors_per_1000": ("인구 천명당 의료기관 종사 의사수(시도/시/군/구)", "인구 천명당 의료기관 종사 의사수"),
    "doctors_in_medical_institutions": ("인구 천명당 의료기관 종사 의사수(시도/시/군/구)", "의료기관 종사 의사수"),
    "universities_4yr": ("대학 개황(시도별)", "학교수"),
    "university_enrolled_students": ("대학 개황(시도별)", "재적학생수"),
    "university_admissions": ("대학 개황(시도별)", "입학자수"),
    "university_staff": ("대학 개황(시도별)", "교직원수"),
}
