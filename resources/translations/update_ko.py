#!/usr/bin/env python3
"""Refreshes ai-readiness_ko.ts from the sources (lupdate) and fills the Korean texts from KO below.

Run from the repository after changing user-visible strings:  python3 resources/translations/update_ko.py
A string without a Korean text stays "unfinished" and shows in English; the script lists them.
Translators can equally open the .ts file in Qt Linguist; this script keeps their work (it only fills
empty translations).
"""
import os, subprocess, sys
import xml.etree.ElementTree as ET

TOP = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
TS = os.path.join(TOP, "resources", "translations", "ai-readiness_ko.ts")

KO = {
    "%1: %2 %3 in %4, but no %5 figure for that year to divide by": "%1: %4년 %2 %3 자료는 있으나 나눌 %5 자료가 그해에 없음",
    "%1: no figure for %2 in %3 (missing in every source we have)": "%1: %3년 %2 자료 없음 (확보한 어느 출처에도 없음)",
    "Value: %1 %2": "값: %1 %2",
    "= %1 %2 ÷ %3 %4 × %5": "= %1 %2 ÷ %3 %4 × %5",
    "Status: %1": "구분: %1",
    "Source: %1 — %2": "출처: %1 — %2",
    "Note: %1": "비고: %1",
    "Entered or imported by a user": "사용자가 입력하거나 가져온 값",
    "From the bundled dataset": "기본 제공 자료",
    "no data": "자료 없음",
    "—": "—",
    "Rank %1 of the %2 regions with a figure in %3 (1 = best; %4)": "%3년 자료가 있는 %2개 시도 중 %1위 (1위가 가장 좋음, %4)",
    "lower is better": "낮을수록 좋음",
    "higher is better": "높을수록 좋음",
    "Indicator": "지표",
    "Pillar": "부문",
    "Unit": "단위",
    "Year": "연도",
    "Rank": "순위",
    "Import data": "자료 가져오기",
    "No file chosen": "선택한 파일 없음",
    "Choose files…": "파일 선택…",
    "Preview of the file": "파일 미리보기",
    "Items and the indicators they fill": "항목과 연결할 지표",
    "KOSIS item": "KOSIS 항목",
    "Overwrite figures that a user entered or imported earlier": "사용자가 앞서 입력하거나 가져온 값도 덮어쓰기",
    "Import report": "가져오기 결과",
    "Check": "검사",
    "Import": "가져오기",
    "Import CSV files": "CSV 파일 가져오기",
    "CSV files (*.csv *.txt);;All files (*)": "CSV 파일 (*.csv *.txt);;모든 파일 (*)",
    "Format: %1 · encoding: %2": "형식: %1 · 인코딩: %2",
    "Not a recognised format: %1": "알 수 없는 형식: %1",
    "KOSIS table “%1” · encoding: %2 · %3 rows": "KOSIS 통계표 “%1” · 인코딩: %2 · %3행",
    "(skip)": "(건너뜀)",
    "Checking…": "검사 중…",
    "Importing…": "가져오는 중…",
    "Nothing was written.": "아무것도 저장하지 않았습니다.",
    "Import again": "다시 가져오기",
    "ID": "ID",
    "Sector": "분야",
    "Direction": "방향",
    "Denominator": "분모",
    "Definition": "정의",
    "Jeonnam AI readiness": "전라남도 AI 준비도",
    "Jeonnam compared with the nation and Gyeonggi": "전라남도와 전국·경기도 비교",
    "Year:": "연도:",
    "Comparison table": "비교표",
    "&File": "파일(&F)",
    "&Import…": "가져오기(&I)…",
    "&Quit": "끝내기(&Q)",
    "Latest": "최신",
    "%1 figures (%2 from users) · %3": "자료 %1건 (사용자 %2건) · %3",
    "Region": "지역",
    "Value": "값",
    "Status": "구분",
    "Source": "출처",
    "Note": "비고",
    "Origin": "출처 구분",
    "'%1' is not a number": "'%1'은(는) 숫자가 아닙니다",
    "The status must be official, reported or estimate": "구분은 official, reported, estimate 중 하나여야 합니다",
    "The database refused the change: %1": "데이터베이스가 변경을 거부했습니다: %1",
    "Undo edit of %1 %2 (%3)": "%1 %2 (%3) 수정 취소",
    "Redo edit of %1 %2 (%3)": "%1 %2 (%3) 수정 다시 하기",
    "The database refused the undo: %1": "데이터베이스가 취소를 거부했습니다: %1",
    "The database refused the redo: %1": "데이터베이스가 다시 하기를 거부했습니다: %1",
    "Cannot open the database": "데이터베이스를 열 수 없습니다",
    "&Language": "언어(&L)",
    "한국어": "한국어",
    "English": "English",
    "&Help": "도움말(&H)",
    "&About": "정보(&A)",
}


def main():
    subprocess.run(["/usr/lib/qt6/bin/lupdate", "-no-obsolete", "-locations", "none", "-source-language", "en",
                    "-target-language", "ko", "app", "widgets", "models", "-ts", TS], cwd=TOP, check=True,
                   stdout=subprocess.DEVNULL)
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if translation.text and translation.get("type") != "unfinished":
            continue
        if source in KO:
            translation.text = KO[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    for m in missing:
        print("no Korean text yet:", m, file=sys.stderr)


if __name__ == "__main__":
    main()
