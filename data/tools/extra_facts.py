"""Figures transcribed from ../shared/data/AI_FACTS.md and PLANS.md (each with the source those notes cite).

Rows are (region, indicator, year, value, status, source, note). Only what the notes read in a source
(tag F) or counted from a complete list (tag C, method in the note) is here.
"""

CITED = "news report: cited, not copied"


def src(id, publisher, title, url, published="", note=""):
    """A cited source. Without a URL, the url column names the document (publisher, title, date) and the note
    says that no URL was recorded."""
    if not url:
        url = "document: %s, '%s' (%s)" % (publisher, title, published or "date not recorded")
        note = "; ".join(x for x in (note, "URL not recorded in the research notes: cited by document name") if x)
    return dict(id=id, publisher=publisher, title=title, url=url, published=published, retrieved="", licence=CITED,
                note=note)


EXTRA_SOURCES = [
    src("news_kmib_internet_use_2009", "국민일보 (통계청)", "시도별 인터넷 이용률 (2009)", "https://www.kmib.co.kr/article/view.asp?arcid=0004061033", "2010"),
    src("news_aitimes_ai_graduate_schools", "AI타임스 / ZDNet Korea (과학기술정보통신부)", "AI대학원 선정 (2019-2021, 10개교)",
        "aitimes.com idxno=138048; zdnet.co.kr 20210421100108", "2021-04-21"),
    src("news_ai_convergence_graduate_schools", "스마트시티 / 국민일보 / 뉴스1 (과학기술정보통신부)", "AI융합혁신대학원 선정 (2022, 2023)",
        "smartcity.go.kr/?p=29582; kmib 0017073727; news1 5049706", "2023"),
    src("news_timenews_ai_voucher_2020", "타임뉴스 (한국데이터산업진흥원, 조승래 의원실)", "AI 데이터가공 바우처 수요기업 지역 분포 (2019, 2020 상반기)",
        "https://www.timenews.co.kr/web/news/article/1388031", "2020-10-13"),
    src("news_tf_nia_grants_2023", "더팩트 (민형배 의원실, NIA)", "AI 학습용 데이터 구축사업 지역별 수주액 (2023)",
        "https://news.tf.co.kr/read/national/2049586.htm", "2023-10-16"),
    src("news_ordinance_jeonnam", "우리뉴스 / 국민일보", "전라남도 인공지능산업 육성 및 지원 조례 본회의 통과 (2024-04-24)",
        "http://urinews.kr/news/2024/04/24/19510.html; https://www.kmib.co.kr/article/view.asp?arcid=0020031948", "2024-04-24"),
    src("news_ddaily_sw_businesses_2021", "디지털데일리 (소프트웨어정책연구소 IS-197)", "SW 사업체 권역별 분포 (2021)",
        "https://www1.ddaily.co.kr/page/view/2025031310393527829", "2025-03-13"),
]

VOUCHER = {"KR-11": (41.2, 51.5), "KR-41": (17.1, 17.9), "KR-28": (2.2, 2.3), "KR-43": (1.6, 1.5), "KR-44": (1.1, 2.3),
           "KR-30": (3.7, 4.5), "KR-47": (3.3, 2.5), "KR-48": (4.1, 1.2), "KR-27": (5.7, 3.0), "KR-31": (2.6, 0.7),
           "KR-26": (5.6, 2.9), "KR-45": (1.3, 2.0), "KR-46": (2.6, 1.6), "KR-29": (3.0, 1.6), "KR-42": (1.7, 2.3),
           "KR-49": (3.2, 2.2)}

LEVEL1 = ["KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-50", "KR-41", "KR-42", "KR-43", "KR-44",
          "KR-45", "KR-46", "KR-47", "KR-48", "KR-49"]

AI_GRAD = {"KR-11": 6, "KR-30": 1, "KR-47": 1, "KR-29": 1, "KR-31": 1}
AI_CONV = {"KR-11": 3, "KR-28": 1, "KR-30": 1, "KR-41": 2, "KR-26": 1, "KR-29": 1}


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
