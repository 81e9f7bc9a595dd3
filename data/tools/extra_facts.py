"""Figures transcribed from ../shared/data/AI_FACTS.md and PLANS.md (each with the source those notes cite).

Rows are (region, indicator, year, value, status, source, note). Only what the notes read in a source
(tag F) or counted from a complete list (tag C, method in the note) is here.
"""

CITED = "news report: cited, not copied"


def src(id, publisher, title, url, published=""):
    return dict(id=id, publisher=publisher, title=title, url=url, published=published, retrieved="", licence=CITED)


EXTRA_SOURCES = [
    src("news_kmib_internet_use_2009", "국민일보 (통계청)", "시도별 인터넷 이용률 (2009)", "https://www.kmib.co.kr/article/view.asp?arcid=0004061033", "2010"),
    src("news_aitimes_ai_graduate_schools", "AI타임스 / ZDNet Korea (과학기술정보통신부)", "AI대학원 선정 (2019-2021, 10개교)",
        "aitimes.com idxno=138048; zdnet.co.kr 20210421100108", "2021-04-21"),
    src("news_ai_convergence_graduate_schools", "스마트시티 / 국민일보 / 뉴스1 (과학기술정보통신부)", "AI융합혁신대학원 선정 (2022, 2023)",
        "smartcity.go.kr/?p=29582; kmib 0017073727; news1 5049706", "2023"),
    src("news_timenews_ai_voucher_2020", "타임뉴스 (한국데이터산업진흥원, 조승래 의원실)", "AI 데이터가공 바우처 수요기업 지역 분포 (2019, 2020 상반기)",
        "https://www.timenews.co.kr/web/news/article/1388031", "2020-10-13"),
    src("news_tf_nia_grants_2023", "더팩트 (민형배 의원실, NIA)", "AI 학습용 데이터 구축사업 지역별 수주액 (2023)",
        "https://news.tf.co.kr/read/national/2049586.htm", "2024"),
    src("news_ddaily_sw_businesses_2021", "디지털데일리 (소프트웨어정책연구소 IS-197)", "SW 사업체 권역별 분포 (2021)",
        "https://www1.ddaily.co.kr/page/view/2025031310393527829", "2025-03-13"),
    src("news_islands_2024", "광남일보 / KBS / 뉴시스 (행정안전부·해양수산부·한국섬진흥원 공동조사)", "섬 현황 (2024-12-31 기준)", ""),
    src("news_coastline_2023", "동아일보 / 광주일보 (국립해양조사원)", "해안선 길이 (2023)", ""),
    src("news_ordinance_seoul", "전자신문 / 이투데이", "서울특별시 인공지능 기본조례 본회의 통과 (2025-06-27)", "m.etnews.com/20250630000328; etoday.co.kr/news/view/2488706", "2025-06-30"),
    src("news_ordinance_busan", "부산일보", "부산 인공지능행정 조성 조례 시행 (2025-07-09)", "start.busan.com 2025072818181969585", "2025-07-28"),
    src("news_ordinance_list_2024", "전자신문", "AI 산업 조례를 둔 광역자치단체 목록 (2024-11)", "etnews.com/20241126000232", "2024-11-26"),
    src("news_ordinance_incheon", "전자신문", "AI 조례를 둔 광역자치단체 (2024-12)", "etnews.com/20241216000270", "2024-12-16"),
    src("news_ordinance_gwangju", "AI타임스", "광주 인공지능산업 육성 및 지원 조례 (개정 예고)", "aitimes.com idxno=150464", ""),
    src("news_ordinance_gyeonggi", "서울신문 / AI타임스", "경기도 인공지능 기본 조례 (2024)", "go.seoul.co.kr 20240524500107; aitimes 167662", "2024-05-24"),
    src("news_ordinance_jeonnam", "우리뉴스 / 국민일보", "전라남도 인공지능산업 육성 및 지원 조례 본회의 통과 (2024-04-24)", "urinews.kr/news/2024/04/24/19510.html; kmib 0020031948", "2024-04-24"),
    src("news_ordinance_jeju", "글로벌이코노믹 / KBSN", "제주 인공지능 도입 및 디지털 전환 촉진 조례 (2025-11)", "g-enews.com 2025-11-13; kbsn.kr no=536228", "2025-11-13"),
]

VOUCHER = {"KR-11": (41.2, 51.5), "KR-41": (17.1, 17.9), "KR-28": (2.2, 2.3), "KR-43": (1.6, 1.5), "KR-44": (1.1, 2.3),
           "KR-30": (3.7, 4.5), "KR-47": (3.3, 2.5), "KR-48": (4.1, 1.2), "KR-27": (5.7, 3.0), "KR-31": (2.6, 0.7),
           "KR-26": (5.6, 2.9), "KR-45": (1.3, 2.0), "KR-46": (2.6, 1.6), "KR-29": (3.0, 1.6), "KR-42": (1.7, 2.3),
           "KR-49": (3.2, 2.2)}

LEVEL1 = ["KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-50", "KR-41", "KR-42", "KR-43", "KR-44",
          "KR-45", "KR-46", "KR-47", "KR-48", "KR-49"]

AI_GRAD = {"KR-11": 6, "KR-30": 1, "KR-47": 1, "KR-29": 1, "KR-31": 1}
AI_CONV = {"KR-11": 3, "KR-28": 1, "KR-30": 1, "KR-41": 2, "KR-26": 1, "KR-29": 1}

ORDINANCE = [
    ("KR-11", "news_ordinance_seoul", "서울특별시 인공지능 기본조례: plenary 2025-06-27, in force 2025-07-14"),
    ("KR-26", "news_ordinance_busan", "부산 인공지능행정 조성에 관한 조례: plenary 2025-06-19, in force 2025-07-09"),
    ("KR-27", "news_ordinance_list_2024", "대구 인공지능 융합산업 육성 및 지원 조례: on the 2024-11 list of enacted ordinances"),
    ("KR-28", "news_ordinance_incheon", "인천: named among provinces with AI ordinances (2024-12); ordinance name not found"),
    ("KR-29", "news_ordinance_gwangju", "광주 인공지능(AI) 산업 육성 및 지원 조례: exists (an amendment was announced); original date not found"),
    ("KR-31", "news_ordinance_list_2024", "울산 인공지능산업 육성 및 지원 조례: on the 2024-11 list of enacted ordinances"),
    ("KR-50", "news_ordinance_list_2024", "세종: on the 2024-11 list of enacted ordinances; name not found"),
    ("KR-41", "news_ordinance_gyeonggi", "경기도 인공지능 기본 조례, described as the first AI basic ordinance: 2024"),
    ("KR-46", "news_ordinance_jeonnam", "전라남도 인공지능산업 육성 및 지원 조례: plenary 2024-04-24"),
    ("KR-48", "news_ordinance_list_2024", "경남 인공지능산업 육성 및 지원 조례: on the 2024-11 list of enacted ordinances"),
    ("KR-49", "news_ordinance_jeju", "제주 인공지능 도입 및 디지털 전환 촉진 조례: reported enacted 2025-11-13"),
]

EXTRA_OBSERVATIONS = []
for region, value in (("KR", 77.2), ("KR-31", 84), ("KR-46", 66.6), ("KR-47", 67.3), ("KR-44", 68.4)):
    EXTRA_OBSERVATIONS.append((region, "internet_use_rate", 2009, value, "reported", "news_kmib_internet_use_2009",
                               "2009: the latest regional figures found; 전남 lowest of 16 regions"))
for region in LEVEL1:
    EXTRA_OBSERVATIONS.append((region, "ai_graduate_schools", 2021, AI_GRAD.get(region, 0), "reported",
                               "news_aitimes_ai_graduate_schools",
                               "counted from the complete list of 10 AI graduate schools, by the university's headquarters"))
    EXTRA_OBSERVATIONS.append((region, "ai_convergence_graduate_schools", 2023, AI_CONV.get(region, 0), "reported",
                               "news_ai_convergence_graduate_schools",
                               "counted from the complete list of 9 schools (2022-2023); 한양대 ERICA counted in 경기, 전남대 in 광주"))
EXTRA_OBSERVATIONS.append(("KR", "ai_graduate_schools", 2021, 10, "reported", "news_aitimes_ai_graduate_schools", "10 in all"))
EXTRA_OBSERVATIONS.append(("KR", "ai_convergence_graduate_schools", 2023, 9, "reported", "news_ai_convergence_graduate_schools", "9 in all"))
for region, (v2019, v2020) in VOUCHER.items():
    EXTRA_OBSERVATIONS.append((region, "ai_data_voucher_demand_share", 2019, v2019, "reported", "news_timenews_ai_voucher_2020",
                               "2019: 1,640 buyer firms"))
    EXTRA_OBSERVATIONS.append((region, "ai_data_voucher_demand_share", 2020, v2020, "reported", "news_timenews_ai_voucher_2020",
                               "first half of 2020 only: 1,420 buyer firms"))
for region, value in (("KR", 2174.49), ("KR-11", 1321.16), ("KR-28", 30.2), ("KR-41", 363.5), ("KR-29", 30.5),
                      ("KR-46", 0), ("KR-45", 0)):
    EXTRA_OBSERVATIONS.append((region, "nia_ai_training_data_grants", 2023, value, "reported", "news_tf_nia_grants_2023",
                               "all Honam grants went to Gwangju firms" if region in ("KR-29", "KR-46", "KR-45") else ""))
for region, value in (("KR", 28037), ("KR-11", 14970), ("KR-41", 5999), ("KR-28", 763)):
    EXTRA_OBSERVATIONS.append((region, "sw_businesses", 2021, value, "reported", "news_ddaily_sw_businesses_2021",
                               "other regions published only as blocs (전북·광주·전남·제주: 1,263)"))
EXTRA_OBSERVATIONS += [
    ("KR-46", "islands", 2024, 2018, "reported", "news_islands_2024", "as of 2024-12-31; 277 inhabited; 59.5% of the country's islands"),
    ("KR", "islands", 2024, 3390, "reported", "news_islands_2024", "as of 2024-12-31"),
    ("KR-46", "coastline_km", 2023, 6743, "reported", "news_coastline_2023", "about 45% of the national coastline"),
    ("KR", "coastline_km", 2023, 15285, "reported", "news_coastline_2023", ""),
]
for region, source, note in ORDINANCE:
    EXTRA_OBSERVATIONS.append((region, "ai_ordinance", 2025, 1, "reported", source,
                               "coded 1 = an AI ordinance passed or listed as enacted by end-2025: " + note))
