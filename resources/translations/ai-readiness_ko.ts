<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>air::ComparisonModel</name>
    <message>
        <source>%1: %2 %3 in %4, but no %5 figure for that year to divide by</source>
        <translation>%1: %4년 %2 %3 자료는 있으나 나눌 %5 자료가 그해에 없음</translation>
    </message>
    <message>
        <source>%1: no figure for %2 in %3 (missing in every source we have)</source>
        <translation>%1: %3년 %2 자료 없음 (확보한 어느 출처에도 없음)</translation>
    </message>
    <message>
        <source>Value: %1 %2</source>
        <translation>값: %1 %2</translation>
    </message>
    <message>
        <source>= %1 %2 ÷ %3 %4 × %5</source>
        <translation>= %1 %2 ÷ %3 %4 × %5</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>구분: %1</translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>출처: %1 — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>비고: %1</translation>
    </message>
    <message>
        <source>Entered or imported by a user</source>
        <translation>사용자가 입력하거나 가져온 값</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rank %1 of the %2 regions with a figure in %3 (1 = best; %4)</source>
        <translation>%3년 자료가 있는 %2개 시도 중 %1위 (1위가 가장 좋음, %4)</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
</context>
<context>
    <name>air::ImportDialog</name>
    <message>
        <source>Import data</source>
        <translation>자료 가져오기</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>선택한 파일 없음</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>파일 미리보기</translation>
    </message>
    <message>
        <source>Items and the indicators they fill</source>
        <translation>항목과 연결할 지표</translation>
    </message>
    <message>
        <source>KOSIS item</source>
        <translation>KOSIS 항목</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Overwrite figures that a user entered or imported earlier</source>
        <translation>사용자가 앞서 입력하거나 가져온 값도 덮어쓰기</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>가져오기 결과</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Import CSV files</source>
        <translation>CSV 파일 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 파일 (*.csv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Format: %1 · encoding: %2</source>
        <translation>형식: %1 · 인코딩: %2</translation>
    </message>
    <message>
        <source>Not a recognised format: %1</source>
        <translation>알 수 없는 형식: %1</translation>
    </message>
    <message>
        <source>KOSIS table “%1” · encoding: %2 · %3 rows</source>
        <translation>KOSIS 통계표 “%1” · 인코딩: %2 · %3행</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(건너뜀)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>검사 중…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Import again</source>
        <translation>다시 가져오기</translation>
    </message>
</context>
<context>
    <name>air::IndicatorCatalogModel</name>
    <message>
        <source>higher is better</source>
        <translation>높을수록 좋음</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>낮을수록 좋음</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>분모</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>정의</translation>
    </message>
</context>
<context>
    <name>air::MainWindow</name>
    <message>
        <source>Jeonnam AI readiness</source>
        <translation>전라남도 AI 준비도</translation>
    </message>
    <message>
        <source>Jeonnam compared with the nation and Gyeonggi</source>
        <translation>전라남도와 전국·경기도 비교</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>연도:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>비교표</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>%1 figures (%2 from users) · %3</source>
        <translation>자료 %1건 (사용자 %2건) · %3</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>air::ObservationsModel</name>
    <message>
        <source>Value: %1 %2</source>
        <translation>값: %1 %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>구분: %1</translation>
    </message>
    <message>
        <source>Source: %1 — %2</source>
        <translation>출처: %1 — %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>비고: %1</translation>
    </message>
    <message>
        <source>Entered or imported by a user</source>
        <translation>사용자가 입력하거나 가져온 값</translation>
    </message>
    <message>
        <source>From the bundled dataset</source>
        <translation>기본 제공 자료</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>출처 구분</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1'은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>The status must be official, reported or estimate</source>
        <translation>구분은 official, reported, estimate 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>The database refused the change: %1</source>
        <translation>데이터베이스가 변경을 거부했습니다: %1</translation>
    </message>
    <message>
        <source>Undo edit of %1 %2 (%3)</source>
        <translation>%1 %2 (%3) 수정 취소</translation>
    </message>
    <message>
        <source>Redo edit of %1 %2 (%3)</source>
        <translation>%1 %2 (%3) 수정 다시 하기</translation>
    </message>
    <message>
        <source>The database refused the undo: %1</source>
        <translation>데이터베이스가 취소를 거부했습니다: %1</translation>
    </message>
    <message>
        <source>The database refused the redo: %1</source>
        <translation>데이터베이스가 다시 하기를 거부했습니다: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
</context>
</TS>