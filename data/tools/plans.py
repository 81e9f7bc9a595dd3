"""Plan items from ../shared/data/PLANS.md and the Jeonnam timeline of AI_FACTS.md, with their sources.

Amounts are in won (budget_krw); targets only where a source states one. Nothing is filled in.
"""
from extra_facts import EXTRA_SOURCES, src

EXTRA_SOURCES += [
    src("plan_seed_article_2025", "AI타임스 (AI Times)",
        "제3차 국가인공지능위원회와 전남 AI 전략 전문가 제언 (the seed article of the project)",
        "document: AI타임스 기사, 제3차 국가인공지능위원회(2025-02-20) 보도와 전남 AI 전략 전문가 제언 (the seed article given "
        "with the project brief)", "2025-02",
        "the article's exact headline and URL were not recorded in the research notes (PLANS.md: 'AI Times article on "
        "the committee, Feb 2025'); it was not found in the stored pages either; cited by document name"),
    src("plan_msit_sovereign_ai_2025", "과학기술정보통신부", "독자 AI 파운데이션 모델 프로젝트 공모·선정 (press release in English)", "",
        "2025-08-04"),
    src("plan_gpu_2025", "중앙일보 / 동아일보 / 뉴시스", "정부 GPU 확보 계획 (1만 장, 1.8만 장, 2030년까지 5.2만 장)", "", "2026-03-03"),
    src("plan_agi_2025", "서울경제 / 국민일보 (과학기술정보통신부)", "AGI 핵심기술 개발사업 예비타당성조사 추진", "", "2025-01-24"),
    src("plan_ai_computing_center_2026", "세계일보 / 아시아경제 / 경향신문", "국가AI컴퓨팅센터 우선협상대상자 선정 (삼성SDS 컨소시엄, 해남 솔라시도)",
        "asiae 2026031016241423164; segye 20260311514616; khan.co.kr 202603102058015", "2026-03-11"),
    src("plan_ai_basic_act", "뉴시스 / 이투데이", "인공지능 기본법 국회 통과·시행", "", "2026-01-22"),
    src("plan_gyeonggi_ordinance", "파이낸셜뉴스 / 머니S", "경기도 인공지능 기본조례 제정 (2024-06-27 도의회 통과)", "", "2024-07"),
    src("plan_gyeonggi_master_plan", "뉴스핌", "경기도 인공지능 종합계획(2026~2030) 수립 착수", "", "2025-02"),
    src("plan_gyeonggi_humanomics", "뉴스핌 / 머니S", "경기도 'AI 휴머노믹스' 비전 (9대 전략, 52개 과제)", "", "2025-04"),
    src("plan_solaseado_dc_park", "이투데이 / 세정일보 / 매일경제", "솔라시도 데이터센터 파크 MOU (산업부·전남·해남·한전 등)", "", "2024-04-24"),
    src("plan_solaseado_supercluster", "포털뉴스 / 뉴스프라임 / 국민일보 / KBC", "솔라시도 AI 슈퍼클러스터 허브 MOA와 본계약 기한 연장",
        "kmib 1740641186; news.ikbc.co.kr kbc202508130010", "2025-02-26"),
    src("plan_sk_openai_dc", "SK 보도자료 / Korea Herald / ikbc", "SK-OpenAI 서남권 AI 데이터센터 MOU", "ikbc.net/post/xWhseyzt", "2025-10-01"),
    src("plan_glocal_universities", "세계일보 / 뉴스1", "순천대·목포대 글로컬대학30 선정과 통합 신청", "", "2024-12-31"),
    src("plan_medical_school", "서울신문 / 오마이뉴스 / SBS", "전남 의과대학 2030년 개교 정원 100명 배정 (보건의료인력정책심의위원회)", "", "2026-02-10"),
    src("plan_jeonnam_gwangju_integration", "서울신문 / 뉴스1", "전남광주통합특별시 특별법 법사위 통과", "", "2026-02-24"),
    src("plan_honam_ai_agriculture", "전남뉴스 / 한국경제TV", "호남권 AI 융합 지능형 농업 생태계 구축사업 선정", "jnnews.co.kr idx=373115; wowtv 2024042283581", "2024-04-22"),
    src("plan_regional_ax", "광남일보", "전남 지역주도형 AI 대전환 사업 선정 (중소벤처기업부)", "gwangnam.co.kr aid=1759449620518587000", "2025-10-02"),
    src("plan_jangseong_gangjin_dc", "아시아경제 / 동아일보", "장성·강진 AI 데이터센터 투자협약", "cm.asiae.co.kr 2026011614353420248; donga 20260119/133182674", "2026-01-16"),
    src("plan_jangseong_pine_dc", "서울신문", "장성 파인데이터센터 착공 (전남 첫 데이터센터)", "go.seoul.co.kr 20260120500076", "2026-01-20"),
    src("plan_energy_ai_dc", "KPI뉴스 / 세계일보", "에너지 특화 AI 데이터센터 MOU (전남·한전KDN·해남군)", "kpinews 1065602969879089; segye 20260109504010", "2026-01-09"),
    src("plan_jeonnam_ai_admin_ordinance", "서울신문", "전라남도 인공지능행정 기반 조성에 관한 조례 본회의 통과", "go.seoul.co.kr 20250922500096", "2025-09-22"),
    src("plan_kentech_funding", "KBC / 한국경제TV", "한국에너지공과대학교(KENTECH) 정부 출연금", "kbc-news kbc202512120039; wowtv 2025081866011", "2025-12-12"),
]

NAT = dict(plan="national", plan_name_ko="대한민국 정부 AI 정책", plan_name_en="National AI policy", plan_region="KR",
           plan_period="2025-2030")
GG = dict(plan="gyeonggi", plan_name_ko="경기도 인공지능 종합계획", plan_name_en="Gyeonggi AI plan", plan_region="KR-41",
          plan_period="2026-2030")
JN = dict(plan="jeonnam", plan_name_ko="전라남도 AI 전략과 사업", plan_name_en="Jeonnam AI strategies and projects",
          plan_region="KR-46", plan_period="2024-2030")


def item(plan, item, pillar, sector, title_ko, title_en, status, source, note="", target_value="", target_unit="",
         target_year="", budget_krw=""):
    row = dict(plan)
    row.update(item=item, pillar=pillar, sector=sector, title_ko=title_ko, title_en=title_en, status=status,
               source=source, note=note, target_value=target_value, target_unit=target_unit,
               target_year=target_year, budget_krw=budget_krw)
    return row


PLAN_ITEMS = [
    item(NAT, "n01", "governance", "", "AI 국가전략기술 지정, AI 3대 강국 목표", "AI a national strategic technology; aim: top-3 AI country",
         "announced", "plan_seed_article_2025", "3rd National AI Committee, 2025-02-20"),
    item(NAT, "n02", "industry", "", "독자 AI 파운데이션 모델 프로젝트", "Sovereign AI foundation model project", "under_way",
         "plan_msit_sovereign_ai_2025", "call opened 2025-06-20; five teams chosen 2025-08-04; up to 1,000 GPUs per team",
         95, "% of leading global models' performance"),
    item(NAT, "n03", "infrastructure", "", "공공 고성능 GPU 확보", "High-performance GPUs for the public", "under_way", "plan_gpu_2025",
         "10,000 GPUs from a 1.46 trillion won supplementary budget; about 18,000 by H1 2026", 52000, "GPUs", 2030, 1460000000000),
    item(NAT, "n04", "industry", "", "AGI 핵심기술 개발사업", "AGI core technology programme", "planned", "plan_agi_2025",
         "2026-2032, target 'AGI level 2'; 887.5 billion won public; sent to feasibility review", "", "", 2032, 931300000000),
    item(NAT, "n05", "infrastructure", "", "국가AI컴퓨팅센터 (해남 솔라시도)", "National AI Computing Center (Solaseado, Haenam)", "selected",
         "plan_ai_computing_center_2026", "Samsung SDS consortium preferred bidder 2026-03-11; at least 2.9 trillion won over 2026-2030",
         15000, "GPUs", 2028, 2900000000000),
    item(NAT, "n06", "governance", "", "인공지능 기본법", "AI Basic Act", "in_force", "plan_ai_basic_act",
         "passed 2024-12-26; in force 2026-01-22; amended 2025-12-30"),
    item(NAT, "n07", "infrastructure", "", "비수도권 데이터센터 전력공급 우대·AI 가치사슬 세제 지원", "Power-supply preference for data centres outside the capital region; tax benefits across the AI value chain",
         "announced", "plan_seed_article_2025", "under review in the 2025-02 committee plan"),
    item(NAT, "n08", "governance", "", "공공·민간 데이터 개방, 가명정보 제공 평가 반영", "Public and private data opening; pseudonymised-data provision in public-institution evaluations",
         "announced", "plan_seed_article_2025"),
    item(GG, "g01", "governance", "", "경기도 인공지능 기본조례", "Gyeonggi AI basic ordinance", "enacted", "plan_gyeonggi_ordinance",
         "passed 2024-06-27, enacted 2024-07; described as the first in Korea"),
    item(GG, "g02", "governance", "", "경기도 인공지능 종합계획(2026~2030) 수립", "Gyeonggi AI comprehensive plan 2026-2030", "planned",
         "plan_gyeonggi_master_plan", "announced 2025-02; research commissioned from March", "", "", 2030),
    item(GG, "g03", "governance", "", "AI 도민 서비스 확대", "AI services for residents", "planned", "plan_gyeonggi_master_plan",
         "direction 1 of 4"),
    item(GG, "g04", "industry", "", "AI 산업 생태계 조성", "AI industry ecosystem", "planned", "plan_gyeonggi_master_plan", "direction 2 of 4"),
    item(GG, "g05", "governance", "", "AI 혁신 행정 확대", "AI in administration", "planned", "plan_gyeonggi_master_plan", "direction 3 of 4"),
    item(GG, "g06", "infrastructure", "", "안전하고 신뢰할 수 있는 AI 인프라 조성", "Safe and trusted AI infrastructure", "planned",
         "plan_gyeonggi_master_plan", "direction 4 of 4"),
    item(GG, "g07", "governance", "", "AI 휴머노믹스 비전 (9대 전략 52개 과제)", "Vision 'AI Humanomics' (9 strategies, 52 projects)", "announced",
         "plan_gyeonggi_humanomics", "about 100 billion won in 2025", "", "", 2025, 100000000000),
    item(JN, "j01", "governance", "", "전남 AI 전략센터·AI 연구원 설립", "Jeonnam AI strategy centre and AI research institute", "proposed",
         "plan_seed_article_2025", "proposed by experts"),
    item(JN, "j02", "industry", "", "AI 스타트업 지원", "Support for AI start-ups", "proposed", "plan_seed_article_2025", "proposed by experts"),
    item(JN, "j03", "infrastructure", "", "비수도권 인센티브를 활용한 AI 데이터센터·GPU 인프라", "AI data centres and GPUs using non-capital incentives",
         "proposed", "plan_seed_article_2025", "proposed by experts"),
    item(JN, "j04", "talent", "", "순천대·목포대와 AI 인재 양성", "AI talent programmes with Sunchon and Mokpo national universities", "proposed",
         "plan_seed_article_2025", "proposed by experts; experts note too few AI graduates from local universities"),
    item(JN, "j05", "sector", "agriculture", "농업 특화 AI", "AI for agriculture", "proposed", "plan_seed_article_2025", "proposed by experts"),
    item(JN, "j06", "sector", "marine", "해양·수산 특화 AI", "AI for marine and fisheries", "proposed", "plan_seed_article_2025", "proposed by experts"),
    item(JN, "j07", "sector", "energy", "에너지 특화 AI", "AI for energy", "proposed", "plan_seed_article_2025", "proposed by experts"),
    item(JN, "j08", "sector", "medical", "의료 특화 AI", "AI for medical care", "proposed", "plan_seed_article_2025",
         "proposed by experts; Jeonnam has no medical school yet"),
    item(JN, "j09", "governance", "", "도·시군 행정의 AI 도입", "AI in provincial and county administration", "proposed", "plan_seed_article_2025",
         "proposed by experts"),
    item(JN, "j10", "infrastructure", "", "솔라시도 데이터센터 파크 (해남)", "Solaseado data-centre park (Haenam)", "announced",
         "plan_solaseado_dc_park", "MOU 2024-04-24: up to 25 x 40 MW on about 165 ha, in phases to 2037", 1000, "MW", 2037, 10000000000000),
    item(JN, "j11", "infrastructure", "", "솔라시도 AI 슈퍼클러스터 허브", "Solaseado AI super-cluster hub", "announced",
         "plan_solaseado_supercluster", "MOA 2025-02-26; main-contract deadline extended 6 months in 2025-08, investor still raising funds",
         3000, "MW", 2030, 15000000000000),
    item(JN, "j12", "infrastructure", "", "SK-OpenAI 서남권 AI 데이터센터", "SK-OpenAI AI data centre in the south-west", "announced",
         "plan_sk_openai_dc", "MOU 2025-10-01; construction reported from 2026-03", 20, "MW (initial)"),
    item(JN, "j13", "infrastructure", "", "국가AI컴퓨팅센터 유치 (해남 솔라시도)", "National AI Computing Center hosted at Solaseado", "selected",
         "plan_ai_computing_center_2026", "preferred bidder named 2026-03-10; construction from 2026 Q3", 15000, "GPUs", 2028, 2900000000000),
    item(JN, "j14", "talent", "", "순천대·목포대 글로컬대학30과 통합", "Sunchon and Mokpo: Glocal University 30 and merger", "under_way",
         "plan_glocal_universities", "100 billion won each over 5 years; merger application filed 2024-12-31", "", "", "", 200000000000),
    item(JN, "j15", "sector", "medical", "전남 의과대학 신설 (2030년 개교)", "Medical school opening in 2030", "planned", "plan_medical_school",
         "the only first-level region without a medical school; places assigned 2026-02-10", 100, "places", 2030),
    item(JN, "j16", "governance", "", "전남광주통합특별시 출범", "Jeonnam-Gwangju integrated special city", "planned",
         "plan_jeonnam_gwangju_integration", "act through the judiciary committee 2026-02-24; launch planned 2026-07-01", "", "", 2026),
    item(JN, "j17", "governance", "", "전라남도 인공지능산업 육성 및 지원 조례", "Jeonnam AI industry ordinance", "enacted",
         "news_ordinance_jeonnam", "plenary 2024-04-24"),
    item(JN, "j18", "governance", "", "전라남도 인공지능행정 기반 조성 조례", "Jeonnam AI administration ordinance", "enacted",
         "plan_jeonnam_ai_admin_ordinance", "plenary 2025-09-19"),
    item(JN, "j19", "sector", "agriculture", "호남권 AI 융합 지능형 농업 생태계", "Honam AI smart-agriculture ecosystem", "under_way",
         "plan_honam_ai_agriculture", "Jeonnam leads, with Gwangju and Jeonbuk; 28.4 billion won national + 14.2 billion local", "", "", 2028, 42600000000),
    item(JN, "j20", "industry", "", "지역주도형 AI 대전환 (GPU 클러스터 포함)", "Region-led AI transformation (incl. a GPU cluster)", "selected",
         "plan_regional_ax", "won 2025-10-02; 14 billion won national; 2 years", "", "", "", 23300000000),
    item(JN, "j21", "infrastructure", "", "장성 AI 데이터센터 (황룡면)", "Jangseong AI data centre", "announced", "plan_jangseong_gangjin_dc",
         "MOU 2026-01-16", 200, "MW", 2027, 2200000000000),
    item(JN, "j22", "infrastructure", "", "강진 AI 데이터센터 (성전면)", "Gangjin AI data centre", "announced", "plan_jangseong_gangjin_dc",
         "MOU 2026-01-16; build 2027-06 to 2029-06", 300, "MW", 2029, 3300000000000),
    item(JN, "j23", "infrastructure", "", "장성 파인데이터센터", "Jangseong Pine data centre", "under_way", "plan_jangseong_pine_dc",
         "ground broken 2025-12: Jeonnam's first data centre", 26, "MW", "", 395900000000),
    item(JN, "j24", "sector", "energy", "에너지 특화 AI 데이터센터 (해남)", "Energy-specialised AI data centre (Haenam)", "announced",
         "plan_energy_ai_dc", "MOU 2026-01-08 with KEPCO KDN and Haenam"),
    item(JN, "j25", "talent", "energy", "한국에너지공과대학교(KENTECH) 에너지 AI", "KENTECH energy AI", "under_way", "plan_kentech_funding",
         "government funding 20 billion won (2025) to 25 billion won (2026)", "", "", 2026, 25000000000),
]

# Korean text of the notes and target units (issue 12, stretch; plans.csv columns note_ko, target_unit_ko): the same sources' wording, only text, no new
# numbers (every figure is the one of the English note).
NOTE_KO = {
    "n01": "제3차 국가인공지능위원회, 2025-02-20",
    "n02": "공모 2025-06-20; 2025-08-04 5개 팀 선정; 팀당 GPU 최대 1,000장",
    "n03": "추가경정예산 1조 4,600억 원으로 GPU 10,000장; 2026년 상반기까지 약 18,000장",
    "n04": "2026~2032년, 목표 'AGI 레벨 2'; 국비 8,875억 원; 예비타당성조사 대상",
    "n05": "2026-03-11 삼성SDS 컨소시엄 우선협상대상자; 2026~2030년 최소 2조 9,000억 원",
    "n06": "2024-12-26 국회 통과; 2026-01-22 시행; 2025-12-30 개정",
    "n07": "2025년 2월 위원회 계획에서 검토 중",
    "n08": "",
    "g01": "2024-06-27 도의회 통과, 2024-07 제정; 전국 최초로 소개됨",
    "g02": "2025-02 발표; 3월부터 연구용역",
    "g03": "4대 방향 중 1",
    "g04": "4대 방향 중 2",
    "g05": "4대 방향 중 3",
    "g06": "4대 방향 중 4",
    "g07": "2025년 약 1,000억 원",
    "j01": "전문가 제언",
    "j02": "전문가 제언",
    "j03": "전문가 제언",
    "j04": "전문가 제언; 지역 대학의 AI 졸업생이 너무 적다는 지적",
    "j05": "전문가 제언",
    "j06": "전문가 제언",
    "j07": "전문가 제언",
    "j08": "전문가 제언; 전남에는 아직 의과대학이 없음",
    "j09": "전문가 제언",
    "j10": "2024-04-24 업무협약: 약 165ha에 40MW × 최대 25개, 2037년까지 단계별",
    "j11": "2025-02-26 투자협약(MOA); 2025-08 본계약 기한 6개월 연장, 투자자 자금 조달 중",
    "j12": "2025-10-01 업무협약; 2026-03부터 착공 보도",
    "j13": "2026-03-10 우선협상대상자 선정; 2026년 3분기 착공",
    "j14": "5년간 각 1,000억 원; 2024-12-31 통합 신청",
    "j15": "의과대학이 없는 유일한 광역자치단체; 2026-02-10 정원 배정",
    "j16": "2026-02-24 국회 법제사법위원회 통과; 2026-07-01 출범 예정",
    "j17": "2024-04-24 본회의 통과",
    "j18": "2025-09-19 본회의 통과",
    "j19": "전남 주관, 광주·전북 참여; 국비 284억 원 + 지방비 142억 원",
    "j20": "2025-10-02 선정; 국비 140억 원; 2년",
    "j21": "2026-01-16 업무협약",
    "j22": "2026-01-16 업무협약; 2027-06부터 2029-06까지 건설",
    "j23": "2025-12 착공: 전남 첫 데이터센터",
    "j24": "2026-01-08 한전KDN·해남군과 업무협약",
    "j25": "정부 출연금 200억 원(2025)에서 250억 원(2026)으로",
}
TARGET_UNIT_KO = {
    "": "",
    "% of leading global models' performance": "% (글로벌 최고 모델 성능 대비)",
    "GPUs": "장 (GPU)",
    "MW": "MW",
    "MW (initial)": "MW (초기)",
    "places": "명 (정원)",
}
for _item in PLAN_ITEMS:
    _item["note_ko"] = NOTE_KO[_item["item"]]
    _item["target_unit_ko"] = TARGET_UNIT_KO[_item.get("target_unit", "")]


# The indicator a plan item would move and, where the plan text states the value in that indicator's own
# unit, the target (issue 14; plans.csv columns indicator, indicator_target). Nothing is converted or
# estimated: an item whose promise is in another unit (GPUs, a site's MW against a region's total) names
# its indicator with an empty target, or no indicator at all.
INDICATOR_TARGETS = {
    # 100 medical-school places assigned for the 2030 opening (PLANS.md: "100 places assigned for a 2030
    # opening"); medical_school_quota_allocated is the places allocated to the region's schools, in 명.
    "j15": ("medical_school_quota_allocated", 100),
    # Enacted ordinances (PLANS.md; the ai_ordinance rows cite the same plenaries): ai_ordinance is 1 when a
    # provincial AI ordinance is in force, by its definition.
    "g01": ("ai_ordinance", 1),
    "j17": ("ai_ordinance", 1),
    "j18": ("ai_ordinance", 1),
    # Data-centre sites in MW: one site's capacity, while the indicator is the region's capacity in
    # operation; the plans state no regional total, so no target.
    "j10": ("datacenter_operating_capacity_regional_release", ""),
    "j11": ("datacenter_operating_capacity_regional_release", ""),
    "j12": ("datacenter_operating_capacity_regional_release", ""),
    "j21": ("datacenter_operating_capacity_regional_release", ""),
    "j22": ("datacenter_operating_capacity_regional_release", ""),
    "j23": ("datacenter_operating_capacity_regional_release", ""),
}
for _item in PLAN_ITEMS:
    _indicator, _target = INDICATOR_TARGETS.get(_item["item"], ("", ""))
    _item["indicator"] = _indicator
    _item["indicator_target"] = _target
