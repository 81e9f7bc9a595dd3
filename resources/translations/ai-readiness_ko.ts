<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Database</name>
    <message>
        <source>cannot read the database file: %1</source>
        <translation>데이터베이스 파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>this file is not an SQLite database (it does not start with "SQLite format 3"); it was left untouched</source>
        <translation>이 파일은 SQLite 데이터베이스가 아닙니다("SQLite format 3"으로 시작하지 않음). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>the database file is damaged: it is cut short (%1 bytes); it was left untouched</source>
        <translation>데이터베이스 파일이 손상되었습니다: 중간에 잘려 있습니다(%1바이트). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>the database file is damaged (SQLite: %1); it was left untouched</source>
        <translation>데이터베이스 파일이 손상되었습니다(SQLite: %1). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>데이터베이스를 열 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot use this file as a database: %1</source>
        <translation>이 파일을 데이터베이스로 사용할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the database is read-only and %1; copy it to a folder you can write to</source>
        <translation>데이터베이스가 읽기 전용이며 %1. 쓰기 권한이 있는 폴더로 복사해 주십시오</translation>
    </message>
    <message>
        <source>is not one of this program's</source>
        <translation>이 프로그램의 데이터베이스가 아닙니다</translation>
    </message>
    <message>
        <source>needs an upgrade from schema %1 to %2</source>
        <translation>스키마를 %1에서 %2(으)로 올려야 합니다</translation>
    </message>
    <message>
        <source>this is a directory, not a database file</source>
        <translation>데이터베이스 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot create a database here: the folder %1 is read-only</source>
        <translation>여기에 데이터베이스를 만들 수 없습니다: %1 폴더가 읽기 전용입니다</translation>
    </message>
    <message>
        <source>this is not a regular file (a FIFO, a device or a socket), so it cannot be a database</source>
        <translation>일반 파일이 아니어서(FIFO, 장치 또는 소켓) 데이터베이스로 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>the database is locked by another program (SQLite: %1); try again when it is done</source>
        <translation>다른 프로그램이 데이터베이스를 잠그고 있습니다(SQLite: %1). 그 프로그램이 끝난 뒤 다시 시도해 주십시오</translation>
    </message>
    <message>
        <source>the database has changes in %1 left by an unclean end, which cannot be folded in without write permission (SQLite: %2); copy the file and its -wal to a folder you can write to</source>
        <translation>비정상 종료로 %1 파일에 남은 변경 내용은 쓰기 권한 없이는 반영할 수 없습니다(SQLite: %2). 파일과 -wal 파일을 쓰기 권한이 있는 폴더로 복사해 주십시오</translation>
    </message>
    <message>
        <source>this file is an SQLite database, but not one of this program's (it has no schema version); it was left untouched</source>
        <translation>이 파일은 SQLite 데이터베이스이지만 이 프로그램의 것이 아닙니다(스키마 버전 없음). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>this database was written by a newer version of the program (schema %1; this program knows up to %2); it was left untouched</source>
        <translation>이 데이터베이스는 더 새로운 버전의 프로그램이 만들었습니다(스키마 %1, 이 프로그램은 %2까지 지원). 파일은 그대로 두었습니다</translation>
    </message>
    <message>
        <source>it is cut short (%1 bytes)</source>
        <translation>중간에 잘려 있습니다(%1바이트)</translation>
    </message>
    <message>
        <source>it is not an SQLite write-ahead log</source>
        <translation>SQLite WAL 파일이 아닙니다</translation>
    </message>
    <message>
        <source>it was written for pages of %1 bytes; this database has pages of %2</source>
        <translation>페이지 크기 %1바이트용으로 쓰였으나 이 데이터베이스의 페이지 크기는 %2바이트입니다</translation>
    </message>
    <message>
        <source>its header checksum is wrong, so SQLite would drop all of it</source>
        <translation>머리글 검사합이 맞지 않아 SQLite가 전부 버리게 됩니다</translation>
    </message>
    <message>
        <source>frame %1 of %2 fails its checksum (a damaged byte): SQLite would drop it and the %3 frames after it</source>
        <translation>프레임 %2개 중 %1번째의 검사합이 맞지 않습니다(손상된 바이트). SQLite는 이 프레임과 그 뒤 %3개를 버리게 됩니다</translation>
    </message>
    <message>
        <source>it continues a database whose change counter was %1; this file's is %2</source>
        <translation>변경 카운터가 %1인 데이터베이스의 기록입니다. 이 파일의 변경 카운터는 %2입니다</translation>
    </message>
    <message>
        <source>the -wal file beside it is not this database's (%1), and it could not be set aside; move %2 away and try again</source>
        <translation>옆의 -wal 파일은 이 데이터베이스의 것이 아니며(%1) 옮겨 둘 수 없었습니다. %2 파일을 다른 곳으로 옮긴 뒤 다시 시도해 주십시오</translation>
    </message>
    <message>
        <source>%1 was not this database's (%2): it was set aside as %3 and the database opened as it is</source>
        <translation>%1 파일은 이 데이터베이스의 것이 아니었습니다(%2). %3 이름으로 옮겨 두고 데이터베이스는 그대로 열었습니다</translation>
    </message>
    <message>
        <source>cannot keep a copy of %1 before it is folded in; nothing was changed</source>
        <translation>반영하기 전에 %1 파일의 사본을 남길 수 없습니다. 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); a copy was kept as %3; %4 frames are folded in</source>
        <translation>%1 파일이 손상되었습니다(%2). 사본을 %3 이름으로 남겼고 프레임 %4개를 반영합니다</translation>
    </message>
    <message>
        <source>%1 held %2 transaction(s) left by an unclean end; they are folded in (a copy was kept as %3)</source>
        <translation>%1 파일에 비정상 종료로 남은 트랜잭션 %2개를 반영합니다(사본: %3)</translation>
    </message>
    <message>
        <source>%1 lies on a network file system (%2). SQLite's locks work only within one computer, so two desks writing to this file at once can damage it. For a team, use the team database instead: --db postgresql://USER@HOST/DB, or File ▸ Connect to the team database.</source>
        <translation>%1 파일이 네트워크 파일 시스템(%2)에 있습니다. SQLite의 잠금은 한 컴퓨터 안에서만 동작하므로 두 자리에서 동시에 이 파일에 쓰면 파일이 손상될 수 있습니다. 여러 사람이 함께 쓰려면 팀 데이터베이스를 사용하십시오: --db postgresql://USER@HOST/DB 또는 파일 ▸ 팀 데이터베이스 연결.</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>Cannot open the database</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>The database file cannot be used:</source>
        <translation>데이터베이스 파일을 사용할 수 없습니다:</translation>
    </message>
    <message>
        <source>%1

The file has not been changed. You can open another database file, or start a fresh database (with the bundled figures) beside it as %2.</source>
        <translation>%1

파일은 바뀌지 않았습니다. 다른 데이터베이스 파일을 열거나, 그 옆에 새 데이터베이스(기본 제공 자료 포함)를 %2(으)로 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>다른 파일 열기…</translation>
    </message>
    <message>
        <source>Start a fresh database</source>
        <translation>새 데이터베이스 시작</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 데이터베이스 (*.sqlite *.db);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Another program is using the database file:</source>
        <translation>다른 프로그램이 데이터베이스 파일을 쓰고 있습니다:</translation>
    </message>
    <message>
        <source>%1

The file is not damaged. Close the other program, then try again.</source>
        <translation>%1

파일은 손상되지 않았습니다. 다른 프로그램을 닫은 뒤 다시 시도해 주십시오.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 시도</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export as CSV…</source>
        <translation>CSV로 내보내기…</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>표 내보내기</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>스프레드시트용 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
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
        <source>Export as Excel…</source>
        <translation>엑셀로 내보내기…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>the disk is full: %1 needed, %2 free</source>
        <translation>디스크가 가득 찼습니다: %1 필요, %2 남음</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>파일을 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>this is a FIFO (named pipe) that no program reads from</source>
        <translation>읽는 프로그램이 없는 FIFO(이름 있는 파이프)입니다</translation>
    </message>
    <message>
        <source>%1 is the database this command reads (or its -wal or -shm file); choose another file</source>
        <translation>%1 파일은 이 명령이 읽는 데이터베이스(또는 그 -wal, -shm 파일)입니다. 다른 파일을 고르십시오</translation>
    </message>
    <message>
        <source>this is a directory; name a file</source>
        <translation>폴더입니다. 파일 이름을 지정해 주십시오</translation>
    </message>
    <message>
        <source>this is a device or socket, not a file; name a file</source>
        <translation>파일이 아니라 장치나 소켓입니다. 파일 이름을 지정해 주십시오</translation>
    </message>
</context>
<context>
    <name>TileMap</name>
    <message>
        <source>No score: no indicator has recent figures for two thirds of these regions</source>
        <translation>점수 없음: 이 지역들의 3분의 2 이상에 최근 자료가 있는 지표가 없음</translation>
    </message>
    <message>
        <source>Year: latest figure of each indicator (%1)</source>
        <translation>연도: 지표별 최신 자료 (%1년)</translation>
    </message>
    <message>
        <source>Year: as of %1 (figures of %2)</source>
        <translation>연도: %1년 기준 (%2년 자료)</translation>
    </message>
    <message>
        <source>Source: computed by this program from the published statistics listed on the data page (indicators: %1)</source>
        <translation>출처: 자료 페이지에 출처를 밝힌 공표 통계로 이 프로그램이 계산 (지표 %1개)</translation>
    </message>
    <message>
        <source>Boundaries imported for %1 of %2 regions: tiles until every one has its boundary (missing: %3).</source>
        <translation>경계 자료가 %2곳 중 %1곳에만 있어, 모든 지역의 경계가 갖춰질 때까지 타일로 표시합니다 (없는 지역: %3).</translation>
    </message>
    <message>
        <source>The stored boundaries cannot be read (%1): tiles instead.</source>
        <translation>저장된 경계를 읽을 수 없어 (%1) 타일로 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>air::BriefingReport</name>
    <message>
        <source>latest year of each indicator</source>
        <translation>지표별 최신 연도</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>목차</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Plan targets</source>
        <translation>계획 목표</translation>
    </message>
    <message>
        <source>Data notes and method</source>
        <translation>자료 설명과 방법</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>%1 AI readiness briefing</source>
        <translation>%1 AI 준비도 브리핑</translation>
    </message>
    <message>
        <source>Figures with their year and source; “no data” = no source gives it</source>
        <translation>모든 수치에 연도와 출처를 밝힘 · ‘자료 없음’은 출처가 없는 수치</translation>
    </message>
    <message>
        <source>Region: %1 (compared with %2 and the nation)</source>
        <translation>지역: %1 (%2 및 전국과 비교)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>작성일: %1</translation>
    </message>
    <message>
        <source>Data year: %1</source>
        <translation>자료 연도: %1</translation>
    </message>
    <message>
        <source>Weights: %1 · normalisation: %2</source>
        <translation>가중치: %1 · 정규화: %2</translation>
    </message>
    <message>
        <source>Made with the Jeonnam AI readiness dashboard. Every figure names its year and source; estimated and imputed values are marked; missing figures are shown as missing.</source>
        <translation>전라남도 AI 준비도 대시보드로 작성. 모든 수치는 연도와 출처를 밝히며, 추정·대체값은 표시하고, 없는 수치는 없는 것으로 보여 줍니다.</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Figures as a percentage of the national figure</source>
        <translation>전국 대비 비율</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
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
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Sector fit quadrant</source>
        <translation>특화 분야 사분면</translation>
    </message>
    <message>
        <source>%1: sector size against AI readiness</source>
        <translation>%1: 분야 규모와 AI 준비도</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Share of the national total (%)</source>
        <translation>전국 대비 비중 (%)</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>준비도 점수</translation>
    </message>
    <message>
        <source>Size figure</source>
        <translation>규모 지표</translation>
    </message>
    <message>
        <source>Sectors larger in %1 than its %2 % share of the population: strengths to build AI on where readiness is at least 50 (%3); gaps to close where it is lower or cannot be measured yet (%4).</source>
        <translation>%1의 인구 비중(%2 %)보다 규모가 큰 분야 중 준비도 50 이상은 AI를 접목할 강점 분야(%3), 그보다 낮거나 아직 측정할 수 없는 분야는 보완할 과제(%4)입니다.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>5–95 %</source>
        <translation>5–95 %</translation>
    </message>
    <message>
        <source>Which pillars the national, Gyeonggi and Jeonnam plans cover (number of items). “gap”: Jeonnam's plan has no item where another plan has.</source>
        <translation>국가·경기도·전라남도 계획이 다루는 부문 (과제 수). ‘공백’: 다른 계획에는 있으나 전라남도 계획에 없는 부문.</translation>
    </message>
    <message>
        <source>Jeonnam's strategies and projects</source>
        <translation>전라남도의 전략과 사업</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Indicators: %1 scored; counts are divided by their denominator (per resident, per worker, per km²) region by region, same year.</source>
        <translation>지표: %1개 반영. 건수 지표는 같은 해의 분모(인구, 종사자, 면적)로 나눔.</translation>
    </message>
    <message>
        <source>Uncertainty: %1 Monte Carlo runs (seed %2) drawing weights ±25 %, min–max or z-score and arithmetic or geometric aggregation; the ranks' 5th–95th percentiles are reported.</source>
        <translation>불확실성: 몬테카를로 %1회(시드 %2) – 가중치 ±25 %, 최소–최대 또는 z-점수, 산술 또는 기하 집계를 무작위로 바꾸어 순위의 5–95 백분위를 보고.</translation>
    </message>
    <message>
        <source>Left out of the index for want of figures (%1): %2</source>
        <translation>자료 부족으로 지수에서 제외한 지표 (%1개): %2</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>보고서를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot start the PDF</source>
        <translation>PDF를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>Min–max (0–100)</source>
        <translation>최소–최대 (0–100)</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-점수</translation>
    </message>
    <message>
        <source>Distance to target</source>
        <translation>목표 대비 거리</translation>
    </message>
    <message>
        <source>% of the national figure (nation = 100)</source>
        <translation>전국 대비 % (전국 = 100)</translation>
    </message>
    <message>
        <source>Estimates among the nation's and provinces' figures: %1 (marked “(e)” in the tables). Imputed values in this index: %2. Figures entered or imported by users: %3. Statuses: official = a statistics agency table; reported = a news report of a release; estimate = with its method in the note.</source>
        <translation>전국·시도 자료 중 추정치: %1건 (표에 ‘(e)’로 표시). 이 지수의 대체값: %2건. 사용자가 입력하거나 가져온 수치: %3건. 구분: 공식 통계 = 통계기관 통계표, 보도·발표 자료 = 발표 내용을 전한 보도, 추정 = 비고에 방법을 밝힌 추정.</translation>
    </message>
    <message>
        <source>Ranking of %1</source>
        <translation>%1 순위</translation>
    </message>
    <message>
        <source>Scores 0–100 on the scale of %1; 5–95 %: the range of ranks in 90 % of the uncertainty runs (weights ±25 %, min–max or z-score, arithmetic or geometric mean).</source>
        <translation>점수는 %1 기준 0–100. 5–95 %: 불확실성 분석(가중치 ±25 %, 최소–최대 또는 z-점수, 산술 또는 기하 평균)에서 90 %의 순위 범위.</translation>
    </message>
    <message>
        <source>Year: %1 – for “latest”, each indicator's most recent year with figures for at least two thirds of %2.</source>
        <translation>연도: %1 – ‘최신’은 지표별로 %2 중 3분의 2 이상의 자료가 있는 가장 최근 연도.</translation>
    </message>
    <message>
        <source>Normalisation: %1, on the scale of %3 (the nation and groups placed on it). Weights: %2. Aggregation: arithmetic mean, indicator → sector → pillar → index; a missing indicator is left out and the weights rescaled.</source>
        <translation>정규화: %1, %3 기준 척도(전국과 권역은 같은 척도에 배치). 가중치: %2. 집계: 산술평균, 지표 → 분야 → 부문 → 지수. 자료가 없는 지표는 빼고 가중치를 다시 맞춤.</translation>
    </message>
    <message>
        <source>Key messages</source>
        <translation>핵심 메시지</translation>
    </message>
    <message>
        <source>Index shown: the composite of AI readiness and AI opportunity (weight set %1)</source>
        <translation>표시 지수: AI 준비도와 AI 활용 기회의 종합 지수 (가중치 %1)</translation>
    </message>
    <message>
        <source>Index shown: AI readiness; AI opportunity is scored beside it, not added to it</source>
        <translation>표시 지수: AI 준비도 (AI 활용 기회는 별도 점수로 함께 제시하며 합산하지 않음)</translation>
    </message>
    <message>
        <source>An order between two regions is stated only where their 5–95 % rank intervals do not overlap; the evidence behind each pillar is on the summary and method pages.</source>
        <translation>두 지역의 선후는 5–95% 순위 범위가 겹치지 않을 때만 말합니다. 부문별 근거 지표는 요약과 방법 쪽에 있습니다.</translation>
    </message>
    <message>
        <source>Radar of the readiness pillars</source>
        <translation>AI 준비도 부문 방사형 차트</translation>
    </message>
    <message>
        <source>Readiness pillars (0–100, on the scale of %1)</source>
        <translation>AI 준비도 부문 점수 (0–100, %1 기준 척도)</translation>
    </message>
    <message>
        <source>Rests on</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>AI opportunity of %1: no score (evidence insufficient).</source>
        <translation>%1의 AI 활용 기회: 점수 없음 (자료 부족).</translation>
    </message>
    <message>
        <source>AI opportunity of %1: %2 of 100 (a score of its own, not part of readiness).</source>
        <translation>%1의 AI 활용 기회: %2점 (AI 준비도와 별도의 점수).</translation>
    </message>
    <message>
        <source>Pillar score: evidence insufficient – not scored (%1).</source>
        <translation>부문 점수: 자료 부족으로 산출하지 않음 (%1).</translation>
    </message>
    <message>
        <source>Pillar score of %1: no figure.</source>
        <translation>%1의 부문 점수: 자료 없음.</translation>
    </message>
    <message>
        <source>Pillar score of %1: %2 of 100 (%3).</source>
        <translation>%1의 부문 점수: %2점 (%3).</translation>
    </message>
    <message>
        <source>%1 (old)</source>
        <translation>%1 (오래된 자료)</translation>
    </message>
    <message>
        <source>Index: the composite of AI readiness and AI opportunity, as the weight set %1 asks.</source>
        <translation>지수: 가중치 %1에 따른 AI 준비도와 AI 활용 기회의 종합 지수.</translation>
    </message>
    <message>
        <source>Two questions, two scores: AI readiness (infrastructure, talent, innovation and industry, governance: can the region build and use AI?) and AI opportunity (agriculture, marine, energy, medical by their size: where would AI pay off?). They are not added together.</source>
        <translation>두 질문, 두 점수: AI 준비도(인프라, 인재, 산업·혁신, 거버넌스: 지역이 AI를 만들고 쓸 수 있는가)와 AI 활용 기회(농업, 해양·수산, 에너지, 의료의 규모: AI가 어디에서 효과를 내는가). 두 점수는 합산하지 않습니다.</translation>
    </message>
    <message>
        <source>Evidence rules: an indicator enters when at least two thirds of %1 have a figure no older than %2 years (before %3); a pillar is scored only with at least two such indicators, otherwise it shows “evidence insufficient” and the index is provisional. Figures more than %4 years old are marked “old”.</source>
        <translation>근거 규칙: 지표는 %1 중 3분의 2 이상에 %3년 기준 %2년 이내의 수치가 있을 때 지수에 들어갑니다. 부문은 그런 지표가 2개 이상일 때만 점수를 내며, 그렇지 않으면 ‘자료 부족’으로 표시하고 지수는 잠정입니다. %4년보다 오래된 수치는 ‘오래된 자료’로 표시합니다.</translation>
    </message>
    <message>
        <source>What each pillar rests on: %1.</source>
        <translation>부문별 근거: %1.</translation>
    </message>
    <message>
        <source>Size and intensity: AI capacity concentrates (Gyeonggi alone holds about half of the country's R&amp;D spending), so each readiness pillar carries, where the data allow, both a region's share of the national total (mass) and a rate per resident or worker (intensity); a rate alone would dilute the largest regions, a share alone the small ones.</source>
        <translation>규모와 밀도: AI 역량은 한곳에 모입니다(경기 한 곳이 전국 연구개발비의 약 절반). 그래서 각 준비도 부문은 자료가 허락하는 한 전국 대비 비중(규모)과 인구·종사자당 비율(밀도)을 함께 씁니다. 비율만 쓰면 큰 지역이, 비중만 쓰면 작은 지역이 묻힙니다.</translation>
    </message>
    <message>
        <source>score (0–100)</source>
        <translation>점수 (0–100)</translation>
    </message>
    <message>
        <source>Sector diagnosis</source>
        <translation>특화 분야 진단</translation>
    </message>
    <message>
        <source>user edit</source>
        <translation>사용자 수정</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (계속)</translation>
    </message>
    <message>
        <source>%1 of the %2 indicators have no bar (no national figure, or no figure of %3 or %4): they are in the table only.</source>
        <translation>지표 %2개 중 %1개는 막대가 없습니다 (전국 수치 또는 %3·%4 수치가 없음). 이 지표는 표에만 있습니다.</translation>
    </message>
    <message>
        <source>No chart: this pillar has no indicator in the database.</source>
        <translation>그래프 없음: 이 부문의 지표가 데이터베이스에 없습니다.</translation>
    </message>
    <message>
        <source>No chart: a figure is charted as a percentage of the national figure, and none of the %1 indicators of this pillar has a national figure. %2 has figures for %3 of them; they are in the table below.</source>
        <translation>그래프 없음: 그래프는 수치를 전국 대비 비율로 그리는데, 이 부문의 지표 %1개 모두 전국 수치가 없습니다. %2의 수치는 %3개 지표에 있으며 아래 표에 있습니다.</translation>
    </message>
    <message>
        <source>No chart: none of the %1 indicators of this pillar has a figure of %2 or %3 beside a national figure. The figures there are in the table below.</source>
        <translation>그래프 없음: 이 부문의 지표 %1개 중 전국 수치와 함께 %2 또는 %3 수치가 있는 지표가 없습니다. 있는 수치는 아래 표에 있습니다.</translation>
    </message>
    <message>
        <source>Data gaps</source>
        <translation>자료 공백</translation>
    </message>
    <message>
        <source>If the plans come true</source>
        <translation>계획이 달성되면</translation>
    </message>
    <message>
        <source>What the scenario changes</source>
        <translation>시나리오가 바꾸는 수치</translation>
    </message>
    <message>
        <source>Each plan item alone</source>
        <translation>계획 항목별 단독 효과</translation>
    </message>
</context>
<context>
    <name>air::ChartPanel</name>
    <message>
        <source>Copy chart</source>
        <translation>차트 복사</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG로 저장…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>차트 저장</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>SVG로 저장…</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 이미지 (*.svg)</translation>
    </message>
</context>
<context>
    <name>air::Charts</name>
    <message>
        <source>not enough figures: %1</source>
        <translation>자료 부족: %1</translation>
    </message>
    <message>
        <source>no size figure</source>
        <translation>규모 자료 없음</translation>
    </message>
    <message>
        <source>no readiness score</source>
        <translation>준비도 점수 없음</translation>
    </message>
    <message>
        <source>%1's share of the population: %2 %</source>
        <translation>%1 인구 비중: %2 %</translation>
    </message>
    <message>
        <source>middle of the scale</source>
        <translation>척도 중간값 (50)</translation>
    </message>
    <message>
        <source>Share of the national total (%)</source>
        <translation>전국 대비 비중 (%)</translation>
    </message>
    <message>
        <source>Readiness score (0–100)</source>
        <translation>준비도 점수 (0–100)</translation>
    </message>
    <message>
        <source>not shown: %1</source>
        <translation>표시하지 않음: %1</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
</context>
<context>
    <name>air::Cli</name>
    <message>
        <source>database: %1
</source>
        <translation>데이터베이스: %1
</translation>
    </message>
    <message>
        <source>export-csv: --table is required (see ai-readiness export-csv --help)</source>
        <translation>export-csv: --table이 필요합니다(ai-readiness export-csv --help 참고)</translation>
    </message>
    <message>
        <source>export-csv: --year %1 is not a year</source>
        <translation>export-csv: --year %1: 연도가 아닙니다</translation>
    </message>
    <message>
        <source>export-csv: cannot write %1: %2</source>
        <translation>export-csv: 쓸 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>export-pdf: name one FILE</source>
        <translation>export-pdf: 파일 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>export-pdf: --lang takes ko or en</source>
        <translation>export-pdf: --lang에는 ko나 en을 쓰십시오</translation>
    </message>
    <message>
        <source>export-pdf: the database has no districts for --level 2%1</source>
        <translation>export-pdf: 데이터베이스에 --level 2%1의 시군구가 없습니다</translation>
    </message>
    <message>
        <source>export-pdf: --compare names no region</source>
        <translation>export-pdf: --compare에 지역이 없습니다</translation>
    </message>
    <message>
        <source>export-pdf: --compare takes one region for now (the briefing compares the focus with one region); given %1: %2</source>
        <translation>export-pdf: --compare에는 지금은 지역 하나만 쓸 수 있습니다(브리핑은 기준 지역을 한 지역과 비교함). 지정한 지역 %1곳: %2</translation>
    </message>
    <message>
        <source>export-pdf: --year takes a year or latest</source>
        <translation>export-pdf: --year에는 연도나 latest를 쓰십시오</translation>
    </message>
    <message>
        <source>export-pdf: the index could not be computed (unknown weight set?)</source>
        <translation>export-pdf: 지수를 계산할 수 없습니다(알 수 없는 가중치 세트?)</translation>
    </message>
    <message>
        <source>%1: %2 pages in %3 ms</source>
        <translation>%1: %2쪽, %3 ms</translation>
    </message>
    <message>
        <source>--%1 %2: expected TEXT=VALUE</source>
        <translation>--%1 %2: 글자=값 형식이어야 합니다</translation>
    </message>
    <message>
        <source>import: name at least one FILE (see ai-readiness import --help)</source>
        <translation>import: 파일을 하나 이상 지정하십시오(ai-readiness import --help 참고)</translation>
    </message>
    <message>
        <source>index: --year takes a year or latest, not '%1'</source>
        <translation>index: --year에는 연도나 latest를 쓰십시오('%1' 불가)</translation>
    </message>
    <message>
        <source>index: an option has a value it does not take (see ai-readiness index --help)</source>
        <translation>index: 선택 사항에 받을 수 없는 값이 있습니다(ai-readiness index --help 참고)</translation>
    </message>
    <message>
        <source>index: cannot write %1: %2</source>
        <translation>index: 쓸 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>uncertainty: %1 runs, seed %2; mean absolute rank change when only one choice varies: weights %3, normalisation %4, aggregation %5</source>
        <translation>불확실성 분석: %1회, 시드 %2. 한 가지 선택만 바꿀 때 평균 순위 변화(절댓값): 가중치 %3, 정규화 %4, 집계 %5</translation>
    </message>
    <message>
        <source>note: %1 is open read-only (no write permission on the file or its folder)</source>
        <translation>참고: 읽기 전용으로 열었습니다(파일이나 폴더에 쓰기 권한 없음): %1</translation>
    </message>
    <message>
        <source>%1: %2 '%3' names several regions (%4): give the code</source>
        <translation>%1: %2 '%3': 여러 지역(%4)에 해당합니다. 코드를 쓰십시오</translation>
    </message>
    <message>
        <source>%1: %2: unknown region '%3'; give a code, a name or an alias (KR-46, 전라남도, 전남, Jeonnam, Jeollanam-do); the regions at this level are %4</source>
        <translation>%1: %2: 알 수 없는 지역 '%3'. 코드, 이름 또는 별칭(KR-46, 전라남도, 전남, Jeonnam, Jeollanam-do)을 쓰십시오. 이 단위의 지역: %4</translation>
    </message>
    <message>
        <source>screenshot: name one DIR</source>
        <translation>screenshot: 폴더 하나를 지정하십시오</translation>
    </message>
    <message>
        <source>screenshot: cannot create %1</source>
        <translation>screenshot: %1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>screenshot: cannot write %1</source>
        <translation>screenshot: 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>note: %1 is read-only for this user (a viewer of the team database)</source>
        <translation>참고: 이 사용자에게 %1 데이터베이스는 읽기 전용입니다 (팀 데이터베이스 열람자)</translation>
    </message>
    <message>
        <source>team: say init or grant (see ai-readiness team --help)</source>
        <translation>team: init 또는 grant를 지정하십시오 (ai-readiness team --help 참고)</translation>
    </message>
    <message>
        <source>team grant: give a user and a role: team grant USER viewer|editor|owner</source>
        <translation>team grant: 사용자와 역할을 지정하십시오: team grant 사용자 viewer|editor|owner</translation>
    </message>
    <message>
        <source>%1: the schema and the roles air_viewer, air_editor and air_owner are ready
</source>
        <translation>%1: 스키마와 역할(air_viewer, air_editor, air_owner)을 준비했습니다
</translation>
    </message>
    <message>
        <source>%1 is now %2 of %3
</source>
        <translation>%1 사용자는 이제 %3의 %2입니다
</translation>
    </message>
    <message>
        <source>history: unexpected argument '%1' (see ai-readiness history --help)</source>
        <translation>history: 알 수 없는 인수 '%1'(ai-readiness history --help 참고)</translation>
    </message>
    <message>
        <source>history: --year %1 is not a year</source>
        <translation>history: --year %1: 연도가 아닙니다</translation>
    </message>
    <message>
        <source>history: --indicator: unknown indicator '%1'; similar ones: %2</source>
        <translation>history: --indicator: 알 수 없는 지표 '%1'. 비슷한 지표: %2</translation>
    </message>
    <message>
        <source>history: --indicator: unknown indicator '%1'; the indicators are %2</source>
        <translation>history: --indicator: 알 수 없는 지표 '%1'. 지표 목록: %2</translation>
    </message>
    <message>
        <source>history: cannot write %1: %2</source>
        <translation>history: 쓸 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>참고: %1</translation>
    </message>
    <message>
        <source>copy: give --from SOURCE and --to TARGET</source>
        <translation>copy: --from 원본과 --to 대상을 지정하십시오</translation>
    </message>
    <message>
        <source>copied %1 rows from %2 to %3
</source>
        <translation>%1행을 복사했습니다: %2 → %3
</translation>
    </message>
    <message>
        <source>source: %1
</source>
        <translation>원본: %1
</translation>
    </message>
    <message>
        <source>check ok</source>
        <translation>점검 이상 없음</translation>
    </message>
    <message>
        <source>target: %1
</source>
        <translation>대상: %1
</translation>
    </message>
    <message>
        <source>history: --imports lists whole imports; it takes no --indicator, --region or --year</source>
        <translation>history: --imports는 가져오기 단위로 나열하므로 --indicator, --region, --year를 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>gaps: --year takes a year or latest, not '%1'</source>
        <translation>gaps: --year에는 연도나 latest를 쓰십시오('%1' 불가)</translation>
    </message>
    <message>
        <source>gaps: --max-age takes a number of years from 0 to 100, not '%1'</source>
        <translation>gaps: --max-age에는 0부터 100까지의 햇수를 쓰십시오('%1' 불가)</translation>
    </message>
    <message>
        <source>gaps: --normalise takes minmax, zscore, rank or goalposts, not '%1'</source>
        <translation>gaps: --normalise에는 minmax, zscore, rank, goalposts 중 하나를 쓰십시오('%1' 불가)</translation>
    </message>
    <message>
        <source>gaps: cannot write %1: %2</source>
        <translation>gaps: 쓸 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>%1: readiness rank %2 of %3; figures worth chasing: %4</source>
        <translation>%1: AI 준비도 %3곳 중 %2위, 찾아볼 수치 %4개</translation>
    </message>
    <message>
        <source>export-pdf: no saved scenario '%1' (ai-readiness scenario --list)</source>
        <translation>export-pdf: 저장된 시나리오가 없습니다: '%1' (ai-readiness scenario --list 참고)</translation>
    </message>
    <message>
        <source>export-pdf: --plans takes PLAN or PLAN:ITEM,ITEM, not '%1'</source>
        <translation>export-pdf: --plans에는 PLAN 또는 PLAN:ITEM,ITEM을 적습니다 (받은 값: '%1')</translation>
    </message>
    <message>
        <source>plans %1</source>
        <translation>계획 %1</translation>
    </message>
    <message>
        <source>export-pdf: the scenario changes no figure: no scenario page</source>
        <translation>export-pdf: 시나리오가 바꾸는 수치가 없어 시나리오 쪽을 넣지 않습니다</translation>
    </message>
    <message>
        <source>scenario: cannot write %1: %2</source>
        <translation>scenario: 쓸 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>scenario: cannot read %1: %2</source>
        <translation>scenario: 읽을 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>scenario: %1: scenario '%2': unknown region '%3'</source>
        <translation>scenario: %1: 시나리오 '%2': 알 수 없는 지역 '%3'</translation>
    </message>
    <message>
        <source>scenario: %1: scenario '%2': unknown indicator '%3'</source>
        <translation>scenario: %1: 시나리오 '%2': 알 수 없는 지표 '%3'</translation>
    </message>
    <message>
        <source>scenario '%1' saved (changes: %2)</source>
        <translation>시나리오 '%1' 저장 (변경 %2건)</translation>
    </message>
    <message>
        <source>scenario: unexpected argument '%1' (see ai-readiness scenario --help)</source>
        <translation>scenario: 알 수 없는 인수 '%1'(ai-readiness scenario --help 참고)</translation>
    </message>
    <message>
        <source>scenario: --rename needs --name (the scenario to rename)</source>
        <translation>scenario: --rename에는 --name(이름을 바꿀 시나리오)이 필요합니다</translation>
    </message>
    <message>
        <source>scenario: --year takes a year or latest, not '%1'</source>
        <translation>scenario: --year에는 연도 또는 latest를 적습니다 (받은 값: '%1')</translation>
    </message>
    <message>
        <source>scenario: --uncertainty and --seed take whole numbers</source>
        <translation>scenario: --uncertainty와 --seed에는 정수를 적습니다</translation>
    </message>
    <message>
        <source>scenario: --set takes REGION:INDICATOR:YEAR=VALUE (e.g. KR-46:researchers:2023=12000), not '%1'</source>
        <translation>scenario: --set에는 지역:지표:연도=값을 적습니다 (예: KR-46:researchers:2023=12000). 받은 값: '%1'</translation>
    </message>
    <message>
        <source>scenario: --plans takes PLAN or PLAN:ITEM,ITEM, not '%1'</source>
        <translation>scenario: --plans에는 PLAN 또는 PLAN:ITEM,ITEM을 적습니다 (받은 값: '%1')</translation>
    </message>
    <message>
        <source>scenario '%1' deleted</source>
        <translation>시나리오 '%1' 삭제</translation>
    </message>
    <message>
        <source>scenario: no saved scenario '%1'; saved: %2</source>
        <translation>scenario: 저장된 시나리오가 없습니다: '%1'. 저장된 시나리오: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>scenario '%1' renamed to '%2'</source>
        <translation>시나리오 이름 변경: '%1' → '%2'</translation>
    </message>
    <message>
        <source>scenario: --set: unknown indicator '%1'</source>
        <translation>scenario: --set: 알 수 없는 지표 '%1'</translation>
    </message>
    <message>
        <source>scenario: --set: %1 takes its figures from %2: change %2</source>
        <translation>scenario: --set: %1 지표는 %2 지표의 수치를 씁니다. %2 지표를 바꾸십시오</translation>
    </message>
    <message>
        <source>overtake: %1 (rank %2) is already above %3 (rank %4)</source>
        <translation>overtake: 이미 앞서 있습니다: %1 %2위, %3 %4위</translation>
    </message>
    <message>
        <source>overtake: %1 is rank %2, %3 rank %4 in readiness; %5 indicator(s) can do it alone; the combination takes %6 indicator(s)%7</source>
        <translation>overtake: AI 준비도 %1 %2위, %3 %4위. 단독으로 앞설 수 있는 지표 %5개, 조합에 필요한 지표 %6개%7</translation>
    </message>
    <message>
        <source> (not found: even every indicator at its best is not enough)</source>
        <translation> (찾지 못함: 모든 지표를 최고 수준으로 올려도 부족)</translation>
    </message>
    <message>
        <source>, and it holds in the 5-95 % band</source>
        <translation>, 5–95% 범위에서도 유지</translation>
    </message>
    <message>
        <source>, but not in the 5-95 % band</source>
        <translation>, 5–95% 범위에서는 유지되지 않음</translation>
    </message>
    <message>
        <source>scenario: %1 is outside the regions scored here: left out</source>
        <translation>scenario: 점수를 내는 지역 밖이라 제외: %1</translation>
    </message>
    <message>
        <source>scenario%1: changes: %2; readiness rank of %3: %4 -&gt; %5; opportunity: %6 -&gt; %7</source>
        <translation>시나리오%1: 변경 %2건, %3의 AI 준비도 순위 %4 → %5, AI 활용 기회 %6 → %7</translation>
    </message>
    <message>
        <source>screenshot: no saved scenario '%1'</source>
        <translation>screenshot: 저장된 시나리오가 없습니다: '%1'</translation>
    </message>
    <message>
        <source>export-csv: --xlsx and --excel exclude each other (--excel is CSV for spreadsheets)</source>
        <translation>export-csv: --xlsx와 --excel은 함께 쓸 수 없습니다 (--excel은 스프레드시트용 CSV)</translation>
    </message>
    <message>
        <source>export-csv: --xlsx writes a workbook, not text: name the file with -o FILE</source>
        <translation>export-csv: --xlsx는 텍스트가 아니라 통합 문서를 씁니다. -o FILE로 파일을 지정하십시오</translation>
    </message>
    <message>
        <source>export-pdf: --normalise takes minmax, zscore, rank or goalposts, not '%1'</source>
        <translation>export-pdf: --normalise에는 minmax, zscore, rank, goalposts 중 하나를 쓰십시오 (지정한 값: '%1')</translation>
    </message>
    <message>
        <source>export-slides: name one DIR</source>
        <translation>export-slides: 폴더(DIR)를 하나 지정하십시오</translation>
    </message>
    <message>
        <source>export-slides: --lang takes ko or en</source>
        <translation>export-slides: --lang에는 ko나 en을 쓰십시오</translation>
    </message>
    <message>
        <source>%1: --view: no saved view '%2'; the database has none (ai-readiness view save NAME)</source>
        <translation>%1: --view: 저장된 보기가 없습니다: '%2' (데이터베이스에 저장된 보기가 하나도 없습니다: ai-readiness view save 이름)</translation>
    </message>
    <message>
        <source>%1: --view: no saved view '%2'; the saved views are: %3</source>
        <translation>%1: --view: 저장된 보기가 없습니다: '%2' (저장된 보기: %3)</translation>
    </message>
    <message>
        <source>view: cannot write %1: %2</source>
        <translation>view: 쓸 수 없습니다(%1): %2</translation>
    </message>
    <message>
        <source>view: name an action: save NAME, list, history or delete NAME</source>
        <translation>view: 동작을 지정하십시오: save 이름, list, history, delete 이름</translation>
    </message>
    <message>
        <source>view %1: name one view</source>
        <translation>view %1: 보기 이름을 하나 적으십시오</translation>
    </message>
    <message>
        <source>view %1: takes no name</source>
        <translation>view %1: 이름 없이 쓰십시오</translation>
    </message>
    <message>
        <source>view '%1' deleted</source>
        <translation>'%1' 보기를 삭제했습니다</translation>
    </message>
    <message>
        <source>view: --page takes one of %1, not '%2'</source>
        <translation>view: --page에는 %1 중 하나를 쓰십시오 (지정한 값: '%2')</translation>
    </message>
    <message>
        <source>view: --normalise takes minmax, zscore, rank or goalposts, not '%1'</source>
        <translation>view: --normalise에는 minmax, zscore, rank, goalposts 중 하나를 쓰십시오 (지정한 값: '%1')</translation>
    </message>
    <message>
        <source>view: --year takes a year or latest, not '%1'</source>
        <translation>view: --year에는 연도나 latest를 쓰십시오 (지정한 값: '%1')</translation>
    </message>
    <message>
        <source>view: unknown weight set '%1'; the database has: %2</source>
        <translation>view: 알 수 없는 가중치 '%1'. 데이터베이스에 있는 가중치: %2</translation>
    </message>
    <message>
        <source>view: --year %1: no figure of that year for these regions; the years with figures are %2</source>
        <translation>view: --year %1: 이 지역들의 그해 수치가 없습니다. 수치가 있는 연도: %2</translation>
    </message>
    <message>
        <source>view '%1' saved</source>
        <translation>'%1' 보기를 저장했습니다</translation>
    </message>
    <message>
        <source>import: a GeoJSON file of boundaries is imported on its own, not with other files</source>
        <translation>import: GeoJSON 경계 파일은 다른 파일과 함께가 아니라 따로 가져옵니다</translation>
    </message>
    <message>
        <source>screenshot: %1 is a link or not a file: nothing was written</source>
        <translation>screenshot: %1: 링크이거나 파일이 아니므로 아무것도 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>%1: the database has no districts for this --level/--within</source>
        <translation>%1: 데이터베이스에 이 --level/--within의 시군구 자료가 없습니다</translation>
    </message>
</context>
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
        <translation>%3년 자료가 있는 %2곳 중 %1위 (1위가 가장 좋음, %4)</translation>
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
    <message>
        <source>user edit</source>
        <translation>사용자 수정</translation>
    </message>
</context>
<context>
    <name>air::DashboardContext</name>
    <message>
        <source>the %1 regions</source>
        <translation>%1개 시도</translation>
    </message>
    <message>
        <source>the %1 districts</source>
        <translation>시군구 %1곳</translation>
    </message>
    <message>
        <source>the %1 districts of %2</source>
        <translation>%2 시군구 %1곳</translation>
    </message>
</context>
<context>
    <name>air::DashboardModels</name>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
</context>
<context>
    <name>air::DashboardWindow</name>
    <message>
        <source>Jeonnam AI readiness</source>
        <translation>전라남도 AI 준비도</translation>
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
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>화면</translation>
    </message>
    <message>
        <source>%1 · figures with their sources; hover for details</source>
        <translation>%1 · 모든 수치에 출처가 있습니다. 마우스를 올리면 자세히 보입니다</translation>
    </message>
    <message>
        <source>Export &amp;briefing…</source>
        <translation>브리핑 내보내기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Print briefing…</source>
        <translation>브리핑 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>Jeonnam AI readiness (read-only)</source>
        <translation>전라남도 AI 준비도 (읽기 전용)</translation>
    </message>
    <message>
        <source>%1 · read-only (no write permission on the file or its folder): imports and edits are off</source>
        <translation>%1 · 읽기 전용 (파일이나 폴더에 쓰기 권한 없음): 가져오기와 수정을 할 수 없습니다</translation>
    </message>
    <message>
        <source>Another desk changed the figures (%1): the dashboard shows them now</source>
        <translation>다른 사용자가 수치를 바꿨습니다 (%1). 대시보드에 반영했습니다</translation>
    </message>
    <message>
        <source>Connect to the &amp;team database…</source>
        <translation>팀 데이터베이스 연결(&amp;T)…</translation>
    </message>
    <message>
        <source>%1 · read-only for %2 (a viewer of the team database): imports and edits are off</source>
        <translation>%1 · %2 사용자는 읽기 전용 (팀 데이터베이스 열람자): 가져오기와 수정을 할 수 없습니다</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>팀 데이터베이스</translation>
    </message>
    <message>
        <source>Address of the team's PostgreSQL database (postgresql://USER@HOST:PORT/DBNAME):</source>
        <translation>팀 PostgreSQL 데이터베이스 주소 (postgresql://사용자@호스트:포트/데이터베이스):</translation>
    </message>
    <message>
        <source>Not a team database address: %1
Write it as postgresql://USER@HOST:PORT/DBNAME.</source>
        <translation>팀 데이터베이스 주소가 아닙니다: %1
postgresql://사용자@호스트:포트/데이터베이스 형식으로 적으십시오.</translation>
    </message>
    <message>
        <source>Password of %1 (leave empty if the server needs none):</source>
        <translation>%1 사용자의 비밀번호 (서버가 요구하지 않으면 비워 두십시오):</translation>
    </message>
    <message>
        <source>Cannot open the team database:
%1</source>
        <translation>팀 데이터베이스를 열 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Close the database notice</source>
        <translation>데이터베이스 알림 닫기</translation>
    </message>
    <message>
        <source>%1 added figures</source>
        <translation>%1 사용자가 수치 추가</translation>
    </message>
    <message>
        <source>%1 deleted figures</source>
        <translation>%1 사용자가 수치 삭제</translation>
    </message>
    <message>
        <source>%1 changed figures</source>
        <translation>%1 사용자가 수치 수정</translation>
    </message>
    <message>
        <source>Export charts for &amp;slides…</source>
        <translation>슬라이드용 그림 내보내기(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Save view…</source>
        <translation>보기 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>The database is read-only: views cannot be saved</source>
        <translation>데이터베이스가 읽기 전용이라 보기를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Delete view…</source>
        <translation>보기 삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>View “%1” opened</source>
        <translation>‘%1’ 보기를 열었습니다</translation>
    </message>
    <message>
        <source>latest figures</source>
        <translation>최신 자료</translation>
    </message>
    <message>
        <source>%1 · compared with %2 · %3 · weights %4 · saved by %5, %6</source>
        <translation>%1 · 비교 지역: %2 · %3 · 가중치: %4 · 저장: %5, %6</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>동일 가중치</translation>
    </message>
    <message>
        <source>Open view</source>
        <translation>보기 열기</translation>
    </message>
    <message>
        <source>The view “%1” cannot be opened:
%2</source>
        <translation>‘%1’ 보기를 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <source>The view was not saved:
%1</source>
        <translation>보기를 저장하지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>Name of the view (the regions, year, weights, normalisation, scenario and page shown now):</source>
        <translation>보기 이름 (지금 보이는 지역, 연도, 가중치, 정규화, 시나리오, 쪽을 함께 저장합니다):</translation>
    </message>
    <message>
        <source>A view named “%1” exists. Replace it?</source>
        <translation>‘%1’ 보기가 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>View “%1” saved</source>
        <translation>‘%1’ 보기를 저장했습니다</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>보기 삭제</translation>
    </message>
    <message>
        <source>View to delete:</source>
        <translation>삭제할 보기:</translation>
    </message>
    <message>
        <source>The view was not deleted:
%1</source>
        <translation>보기를 삭제하지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>View “%1” deleted</source>
        <translation>‘%1’ 보기를 삭제했습니다</translation>
    </message>
    <message>
        <source>Folder for the slide pictures</source>
        <translation>슬라이드 그림을 저장할 폴더</translation>
    </message>
    <message>
        <source>Drawing the charts at slide size…</source>
        <translation>슬라이드 크기로 그래프를 그리는 중…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Export charts for slides</source>
        <translation>슬라이드용 그림 내보내기</translation>
    </message>
    <message>
        <source>No slide pictures were written:
%1</source>
        <translation>슬라이드 그림을 쓰지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>%1 slide pictures (PNG and SVG, 1920×1080) written to %2</source>
        <translation>슬라이드 그림 파일 %1개(PNG와 SVG, 1920×1080)를 저장했습니다: %2</translation>
    </message>
    <message>
        <source>the weights changed in the weight editor (the view keeps the weight set %1)</source>
        <translation>가중치 조정에서 바꾼 가중치 (보기에 저장된 가중치 세트: %1)</translation>
    </message>
    <message>
        <source>the scenario's changes that are not saved as a scenario (save it on the scenario page first)</source>
        <translation>시나리오로 저장하지 않은 변경 (먼저 시나리오 쪽에서 저장하십시오)</translation>
    </message>
    <message>
        <source>The view “%1” is saved without:
%2</source>
        <translation>‘%1’ 보기를 저장했지만 다음은 담기지 않았습니다:
%2</translation>
    </message>
    <message>
        <source>Opening the view “%1” replaces the weights changed in the weight editor and the scenario's changes that are not saved. Open it?</source>
        <translation>보기 “%1” 열기: 가중치 조정 창에서 바꾼 가중치와 저장하지 않은 시나리오 변경은 보기의 것으로 바뀝니다. 여시겠습니까?</translation>
    </message>
</context>
<context>
    <name>air::DataPage</name>
    <message>
        <source>Observations</source>
        <translation>관측값</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>수정할 수 없음</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>모든 지표</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>모든 지역</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 하기</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>자료</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>발행처</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>URL or path</source>
        <translation>주소 또는 경로</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>발행일</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>이용 조건</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있습니다</translation>
    </message>
    <message>
        <source>Select a figure to see its changes.</source>
        <translation>값을 선택하면 변경 이력이 보입니다.</translation>
    </message>
    <message>
        <source>This figure has not been changed.</source>
        <translation>이 값은 수정된 적이 없습니다.</translation>
    </message>
    <message>
        <source>Changes of this figure:</source>
        <translation>이 값의 변경 이력:</translation>
    </message>
    <message>
        <source>Reason for the next edits (default: user edit)</source>
        <translation>수정 사유 (비우면 ‘사용자 수정’)</translation>
    </message>
    <message>
        <source>Reason for the edit</source>
        <translation>수정 사유</translation>
    </message>
    <message>
        <source>Changed by another user</source>
        <translation>다른 사용자가 변경함</translation>
    </message>
    <message>
        <source>Your change (%1) was not saved. Keep theirs, or save yours over it (the change is recorded in the figure's history).</source>
        <translation>내 변경(%1)은 저장되지 않았습니다. 다른 사용자의 값을 그대로 두거나 내 값으로 저장할 수 있습니다(변경 이력에 기록됩니다).</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>그대로 두기</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>내 값으로 저장</translation>
    </message>
</context>
<context>
    <name>air::Findings</name>
    <message>
        <source>%1 (z-score: 0 is the mean of the regions)</source>
        <translation>%1 (z-점수: 0이 지역 평균)</translation>
    </message>
    <message>
        <source>%1 (rank score: the share of regions below, 0–100)</source>
        <translation>%1 (순위 점수: 아래 지역의 비율, 0–100)</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>AI opportunity</source>
        <translation>AI 활용 기회</translation>
    </message>
    <message>
        <source>AI readiness and opportunity (composite)</source>
        <translation>AI 준비도·활용 기회 종합</translation>
    </message>
    <message>
        <source>AI readiness</source>
        <translation>AI 준비도</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>순위 없음</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>%2 중 %1위</translation>
    </message>
    <message>
        <source>%1 (rank %2 in 90 % of the uncertainty runs)</source>
        <translation>%1 (불확실성 분석 90%에서 %2위)</translation>
    </message>
    <message>
        <source>%1 (ranks %2–%3 in 90 % of the uncertainty runs)</source>
        <translation>%1 (불확실성 분석 90%에서 %2~%3위)</translation>
    </message>
    <message>
        <source>latest figures up to %1</source>
        <translation>%1년까지의 최신 자료</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1년 기준</translation>
    </message>
    <message>
        <source>Provisional: evidence insufficient for %1 (%2), left out of the score</source>
        <translation>잠정: %1 부문 자료 부족으로 점수에서 제외 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 %2: no score (evidence insufficient)</source>
        <translation>%1 %2: 점수 없음 (자료 부족)</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4</source>
        <translation>%1 %2 %3, %4</translation>
    </message>
    <message>
        <source> · provisional</source>
        <translation> · 잠정</translation>
    </message>
    <message>
        <source>AI opportunity: no score (evidence insufficient)</source>
        <translation>AI 활용 기회: 점수 없음 (자료 부족)</translation>
    </message>
    <message>
        <source>AI opportunity (where AI would pay off: agriculture, marine, energy, medical): %1, %2</source>
        <translation>AI 활용 기회 (농업·해양·에너지·의료): %1, %2</translation>
    </message>
    <message>
        <source>%1 rests on:</source>
        <translation>%1 부문의 근거 지표:</translation>
    </message>
    <message>
        <source> – old figure (%1)</source>
        <translation> – 오래된 자료 (%1년)</translation>
    </message>
    <message>
        <source>· no indicator with figures for two thirds of the regions within %1 years</source>
        <translation>· 최근 %1년 이내에 지역 3분의 2 이상의 수치가 있는 지표 없음</translation>
    </message>
    <message>
        <source>Left out of the index:</source>
        <translation>지수 제외:</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>fewer than two thirds of the regions (%1 %2)</source>
        <translation>지역 2/3 미만 (%1%2)</translation>
    </message>
    <message>
        <source>old figures (%1, more than %2 years)</source>
        <translation>오래된 자료 (%1년, %2년 초과)</translation>
    </message>
    <message>
        <source>its pillar lacks a second indicator</source>
        <translation>부문에 두 번째 지표가 없음</translation>
    </message>
    <message>
        <source>%1 has no figure for: %2 (its pillar is averaged over the others)</source>
        <translation>%1은(는) 다음 지표의 자료가 없습니다: %2 (해당 부문은 나머지 지표로 평균)</translation>
    </message>
    <message>
        <source>%1's %2 is %3, %4.</source>
        <translation>%1의 %2 점수는 %3으로 %4입니다.</translation>
    </message>
    <message>
        <source>.</source>
        <translation>.</translation>
    </message>
    <message>
        <source>The ranks of %1 and %2 are statistically indistinguishable (their 5–95 % rank intervals overlap).</source>
        <translation>%1과(와) %2의 순위는 통계적으로 구분되지 않습니다 (5–95% 순위 범위가 겹칩니다).</translation>
    </message>
    <message>
        <source>%1 lags behind %2 by %3 points (their rank intervals do not overlap).</source>
        <translation>%1은(는) %2보다 %3점 낮아 뒤처집니다 (순위 범위가 겹치지 않습니다).</translation>
    </message>
    <message>
        <source>%1 is ahead of %2 by %3 points (their rank intervals do not overlap).</source>
        <translation>%1은(는) %2보다 %3점 높아 앞섭니다 (순위 범위가 겹치지 않습니다).</translation>
    </message>
    <message>
        <source>The largest gap to %1 is in %2 (%3 against %4).</source>
        <translation>%1 대비 가장 큰 격차는 %2 부문입니다 (%3점 대 %4점).</translation>
    </message>
    <message>
        <source> %1's plans have no item for this pillar.</source>
        <translation> %1의 계획에는 이 부문의 사업이 없습니다.</translation>
    </message>
    <message>
        <source> %1's plans have %2 items for it: %3.</source>
        <translation> %1의 계획에는 이 부문의 사업이 %2건 있습니다: %3.</translation>
    </message>
    <message>
        <source> and others</source>
        <translation> 등</translation>
    </message>
    <message>
        <source>AI opportunity (the size of agriculture, marine, energy and medical) is %1, %2%3.</source>
        <translation>AI 활용 기회(농업·해양·에너지·의료의 규모)는 %1으로 %2입니다%3.</translation>
    </message>
    <message>
        <source> (provisional: some sectors lack evidence)</source>
        <translation> (잠정: 일부 분야 자료 부족)</translation>
    </message>
    <message>
        <source>Indicators without a figure for %1 (%2) are left out of its pillar scores.</source>
        <translation>%1의 자료가 없는 지표(%2)는 부문 점수에서 빠져 있습니다.</translation>
    </message>
    <message>
        <source>%1 (readiness %2, benchmark %3)</source>
        <translation>%1 (준비도 %2위, 비교 지수 %3위)</translation>
    </message>
    <message>
        <source>Agreement with %1 (%2, %3 regions): Spearman %4, Kendall %5.</source>
        <translation>%1과(와)의 일치도 (%2년, %3개 지역): 스피어만 %4, 켄들 %5.</translation>
    </message>
    <message>
        <source> Largest differences: %1.</source>
        <translation> 차이가 가장 큰 지역: %1.</translation>
    </message>
    <message>
        <source> The agreement is low: this readiness index measures something other than %1 (see the method page); the weights are not tuned to it.</source>
        <translation> 일치도가 낮습니다. 이 준비도 지수는 %1과(와) 다른 것을 잽니다 (방법 쪽 참조). 가중치를 비교 지수에 맞추지 않았습니다.</translation>
    </message>
    <message>
        <source>equal weights</source>
        <translation>동일 가중치</translation>
    </message>
    <message>
        <source>custom (%1 × %2)</source>
        <translation>사용자 지정 (%1 × %2)</translation>
    </message>
    <message>
        <source>evidence insufficient (1 indicator with enough recent figures; two needed)</source>
        <translation>자료 부족 (최근 자료가 충분한 지표 1개, 2개 필요)</translation>
    </message>
    <message>
        <source>evidence insufficient (%1 indicators with enough recent figures; two needed)</source>
        <translation>자료 부족 (최근 자료가 충분한 지표 %1개, 2개 필요)</translation>
    </message>
    <message>
        <source>%1 indicators, %2</source>
        <translation>지표 %1개, %2년</translation>
    </message>
    <message>
        <source>left out against the latest figures: %1</source>
        <translation>최신 자료 기준과 달리 빠진 지표: %1</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>더해진 지표: %1</translation>
    </message>
    <message>
        <source>As of %1, the index rests on other indicators than with the latest figures (%2): a different rank reflects the figures used, not a change in the region.</source>
        <translation>%1년 기준 지수는 최신 자료 기준과 다른 지표로 계산됩니다 (%2). 순위가 달라져도 지역의 변화가 아니라 사용한 자료의 차이입니다.</translation>
    </message>
</context>
<context>
    <name>air::GapText</name>
    <message>
        <source>no rank</source>
        <translation>순위 없음</translation>
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
        <source>Status of the figure</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rank at the lowest value</source>
        <translation>최저값일 때 순위</translation>
    </message>
    <message>
        <source>Rank at the highest value</source>
        <translation>최고값일 때 순위</translation>
    </message>
    <message>
        <source>Rank spread</source>
        <translation>순위 차이</translation>
    </message>
    <message>
        <source>Where to get it</source>
        <translation>구할 곳</translation>
    </message>
    <message>
        <source>old figure (%1)</source>
        <translation>오래된 자료 (%1)</translation>
    </message>
    <message>
        <source>no data (enters the index when found)</source>
        <translation>자료 없음 (찾으면 지수에 들어감)</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>Unit: %1
Year: %2
Source of the other regions' figures: %3
Among the other regions: %4 (%5) to %6 (%7)
Enters: %8</source>
        <translation>단위: %1
연도: %2
다른 지역 수치의 출처: %3
다른 지역의 범위: %4(%5) ~ %6(%7)
들어가는 지표: %8</translation>
    </message>
    <message>
        <source>rank %1 of %2</source>
        <translation>%2 중 %1위</translation>
    </message>
    <message>
        <source>%1 has every figure that enters AI readiness, none older than %2 years (%3).</source>
        <translation>%1의 AI 준비도에 들어가는 수치는 모두 있고, %2년보다 오래된 수치도 없습니다 (%3).</translation>
    </message>
    <message>
        <source>%1: missing or old figures that enter AI readiness: %2, the one that could move the rank furthest first (now %3).</source>
        <translation>%1의 AI 준비도에 들어가는 수치 중 없거나 오래된 수치 %2개: 순위를 가장 크게 바꿀 수 있는 수치부터 (현재 %3)</translation>
    </message>
    <message>
        <source>The figures of %1 that are missing, or older than %2 years, among those that enter AI readiness (or would enter it once found). Each is put at the lowest and at the highest value among the other regions and the readiness rank computed again; the list starts with the widest spread of the two ranks. Nothing is filled in: a missing figure stays missing.</source>
        <translation>%1의 AI 준비도에 들어가는(또는 찾으면 들어갈) 수치 중 없거나 %2년보다 오래된 수치입니다. 각 수치에 다른 지역 중 가장 낮은 값과 가장 높은 값을 넣어 준비도 순위를 다시 계산했고, 두 순위의 차이가 큰 수치부터 적었습니다. 빈 칸은 채우지 않습니다: 없는 수치는 없는 채로 둡니다.</translation>
    </message>
    <message>
        <source>import it with the button below or on the data page</source>
        <translation>아래 단추나 자료 쪽에서 가져오십시오</translation>
    </message>
    <message>
        <source>import it on the data page of the dashboard or with ai-readiness import FILE</source>
        <translation>대시보드의 자료 쪽이나 ai-readiness import 파일 명령으로 가져오십시오</translation>
    </message>
    <message>
        <source>To fill a gap: download the table named under “Where to get it” from KOSIS (kosis.kr) or from the publisher as CSV, and %1. A KOSIS table the catalogue has a recipe for is recognised by its title and imported without a mapping; another needs its item mapped to the indicator. The figure then enters with its source.</source>
        <translation>공백 채우기: ‘구할 곳’에 적힌 통계표를 KOSIS(kosis.kr)나 발행 기관에서 CSV로 내려받아 %1. 카탈로그에 KOSIS 규칙이 있는 통계표는 제목으로 알아보고 항목 연결 없이 들어갑니다. 다른 통계표는 항목을 지표에 연결해야 합니다. 가져온 수치는 출처와 함께 들어갑니다.</translation>
    </message>
</context>
<context>
    <name>air::Gaps</name>
    <message>
        <source>'%1' is not one of the regions ranked here</source>
        <translation>순위를 매기는 지역이 아닙니다: '%1'</translation>
    </message>
</context>
<context>
    <name>air::GapsPage</name>
    <message>
        <source>Data gaps</source>
        <translation>자료 공백</translation>
    </message>
    <message>
        <source>Import a downloaded table…</source>
        <translation>내려받은 통계표 가져오기…</translation>
    </message>
</context>
<context>
    <name>air::GridModel</name>
    <message>
        <source>evidence insufficient</source>
        <translation>자료 부족</translation>
    </message>
    <message>
        <source>Fewer than two indicators with figures for two thirds of the regions within %1 years: no score</source>
        <translation>최근 %1년 이내에 지역 3분의 2 이상의 수치가 있는 지표가 2개 미만: 점수 없음</translation>
    </message>
</context>
<context>
    <name>air::Import</name>
    <message>
        <source>import failed: nothing was written</source>
        <translation>가져오기 실패: 아무것도 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>빈 파일입니다</translation>
    </message>
    <message>
        <source>unknown header "%1": expected one of the project's formats, %2, or a KOSIS export</source>
        <translation>알 수 없는 머리글 "%1": 이 프로그램의 형식(%2) 중 하나이거나 KOSIS에서 내려받은 파일이어야 합니다</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4 rows read, %5 written, %6 replaced, %7 unchanged</source>
        <translation>%1 (%2, %3): %4행 읽음, %5행 저장, %6행 교체, %7행 변동 없음</translation>
    </message>
    <message>
        <source>, %1 skipped
</source>
        <translation>, %1행 건너뜀
</translation>
    </message>
    <message>
        <source>  skipped %1: %2
</source>
        <translation>  건너뜀 %1행: %2
</translation>
    </message>
    <message>
        <source>  note: %1
</source>
        <translation>  참고: %1
</translation>
    </message>
    <message>
        <source>check only: the files are valid; nothing was written
</source>
        <translation>검사만 함: 파일에 문제가 없습니다. 아무것도 저장하지 않았습니다
</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>this is a directory, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>no permission to read this file</source>
        <translation>이 파일을 읽을 권한이 없습니다</translation>
    </message>
    <message>
        <source>the file is too large to import in one go (%1 MB; the limit is %2 MB): split it into smaller files</source>
        <translation>파일이 너무 커서 한 번에 가져올 수 없습니다(%1 MB, 한도 %2 MB). 작은 파일로 나누어 주십시오</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>파일을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the database is open read-only (no write permission on the file or its folder): nothing can be imported</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있습니다(파일이나 폴더에 쓰기 권한 없음). 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>--map %1=%2 matched no item in any file</source>
        <translation>--map %1=%2: 어느 파일의 항목과도 맞지 않습니다</translation>
    </message>
    <message>
        <source>(stopped after %1 problems; nothing was written)</source>
        <translation>(문제 %1건에서 멈춤. 아무것도 저장하지 않았습니다)</translation>
    </message>
    <message>
        <source>%1, %2, %3 appears twice in this file (the same region, indicator and year)</source>
        <translation>%1, %2, %3: 이 파일에 두 번 나옵니다(지역, 지표, 연도가 같음)</translation>
    </message>
    <message>
        <source>the database refused this row: %1</source>
        <translation>데이터베이스가 이 행을 받지 않았습니다: %1</translation>
    </message>
    <message>
        <source>kept the user's own figure</source>
        <translation>사용자가 입력한 값을 유지함</translation>
    </message>
    <message>
        <source>would overwrite your own figure %1 for %2, %3, %4 with %5; import with --replace to overwrite it</source>
        <translation>사용자가 입력한 %2, %3, %4 값(%1)을 새 값(%5)으로 덮어쓰게 됩니다. 덮어쓰려면 --replace로 가져오십시오</translation>
    </message>
    <message>
        <source>would overwrite your own %1 row %2; import with --replace to overwrite it</source>
        <translation>사용자가 입력한 %1 행(%2)을 덮어쓰게 됩니다. 덮어쓰려면 --replace로 가져오십시오</translation>
    </message>
    <message>
        <source>kept the user's own version</source>
        <translation>사용자가 입력한 내용을 유지함</translation>
    </message>
    <message>
        <source>recorded the source "%1" for the figures of this file</source>
        <translation>이 파일의 값에 출처("%1")를 기록함</translation>
    </message>
    <message>
        <source>, … (%1 in all)</source>
        <translation>, … (모두 %1개)</translation>
    </message>
    <message>
        <source>unknown region '%1': not a region, district or subtotal (읍부, 면부, 동부) this program knows</source>
        <translation>알 수 없는 지역 '%1': 이 프로그램이 아는 시도, 시군구, 소계(읍부, 면부, 동부)가 아닙니다</translation>
    </message>
    <message>
        <source>unknown region '%1': not a region, district or subtotal (읍부, 면부, 동부) this program knows; nearest: %2</source>
        <translation>알 수 없는 지역 '%1': 이 프로그램이 아는 시도, 시군구, 소계(읍부, 면부, 동부)가 아닙니다. 가장 가까운 이름: %2</translation>
    </message>
    <message>
        <source>district rows (시군구) not known to this program, skipped: %1</source>
        <translation>이 프로그램이 모르는 시군구 행, 건너뜀: %1</translation>
    </message>
    <message>
        <source>'%1' names a district in several provinces (%2) and no province row stands above it: keep the province's row above its districts, or write the province before the name ('%3 %1')</source>
        <translation>'%1': 여러 시도(%2)에 같은 이름의 시군구가 있는데 위에 시도 행이 없습니다. 시군구 위에 시도 행을 두거나 이름 앞에 시도를 쓰십시오('%3 %1')</translation>
    </message>
    <message>
        <source>rows whose region is not a known province or district, skipped: %1</source>
        <translation>아는 시도나 시군구가 아닌 행, 건너뜀: %1</translation>
    </message>
    <message>
        <source>%1 (values: %2)</source>
        <translation>%1 (값: %2)</translation>
    </message>
    <message>
        <source>--filter %1=%2 matches no row; the values of %1 are: %3</source>
        <translation>--filter %1=%2: 맞는 행이 없습니다. %1의 값: %3</translation>
    </message>
    <message>
        <source>this table has classifications besides region and period; choose one value of each with --filter COLUMN=VALUE: %1</source>
        <translation>이 통계표에는 지역과 시점 밖의 분류가 있습니다. 분류마다 --filter 열=값으로 값 하나를 고르십시오: %1</translation>
    </message>
    <message>
        <source>--map %1=%2: unknown indicator '%2'</source>
        <translation>--map %1=%2: 알 수 없는 지표 '%2'</translation>
    </message>
    <message>
        <source>two items would fill the same indicator '%1': "%2" and "%3"; make the --map text more specific</source>
        <translation>두 항목이 같은 지표 '%1'에 들어가게 됩니다: "%2", "%3". --map의 글자를 더 자세히 쓰십시오</translation>
    </message>
    <message>
        <source>items not mapped, skipped: %1</source>
        <translation>지표에 연결하지 않은 항목, 건너뜀: %1</translation>
    </message>
    <message>
        <source>only annual figures can be imported; this table has sub-annual periods</source>
        <translation>연간 자료만 가져올 수 있습니다. 이 통계표에는 1년보다 짧은 시점이 있습니다</translation>
    </message>
    <message>
        <source>filtered out (--filter)</source>
        <translation>걸러냄 (--filter)</translation>
    </message>
    <message>
        <source>item not mapped</source>
        <translation>지표에 연결하지 않은 항목</translation>
    </message>
    <message>
        <source>urban/rural subtotal (읍부·면부·동부), not a region</source>
        <translation>읍부·면부·동부 소계(지역이 아님)</translation>
    </message>
    <message>
        <source>district (시군구) row: this import is at province level</source>
        <translation>시군구 행: 이번 가져오기는 시도 단위임</translation>
    </message>
    <message>
        <source>district (시군구) not known in the province above it</source>
        <translation>위 시도에 없는 시군구</translation>
    </message>
    <message>
        <source>unknown region name</source>
        <translation>알 수 없는 지역 이름</translation>
    </message>
    <message>
        <source>no figure in the source ('-')</source>
        <translation>출처에 값 없음('-')</translation>
    </message>
    <message>
        <source>suppressed in the source (X)</source>
        <translation>출처에서 비공개(X)</translation>
    </message>
    <message>
        <source>'%1' is not a number</source>
        <translation>'%1'은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>the first column should name the region classification (행정구역별), not a period</source>
        <translation>첫 열은 시점이 아니라 지역 분류(행정구역별)여야 합니다</translation>
    </message>
    <message>
        <source>no period columns (years) found in the first row of this KOSIS table</source>
        <translation>이 KOSIS 통계표의 첫 행에 시점(연도) 열이 없습니다</translation>
    </message>
    <message>
        <source>'%1' is not a period: after the classification columns the first row must hold periods</source>
        <translation>'%1': 시점이 아닙니다. 첫 행에는 분류 열 다음에 시점이 와야 합니다</translation>
    </message>
    <message>
        <source>the item row has %1 columns but the period row above it has %2: the two header rows disagree</source>
        <translation>항목 행은 %1열인데 위의 시점 행은 %2열입니다. 두 머리글 행이 맞지 않습니다</translation>
    </message>
    <message>
        <source>the second header row (item names) is missing: period %1 appears in more than one column</source>
        <translation>두 번째 머리글 행(항목명)이 없습니다. 시점 %1: 여러 열에 나옵니다</translation>
    </message>
    <message>
        <source>this row has %1 columns but the header has %2</source>
        <translation>이 행은 %1열인데 머리글은 %2열입니다</translation>
    </message>
    <message>
        <source>no region column (행정구역별) in this KOSIS table</source>
        <translation>이 KOSIS 통계표에 지역 열(행정구역별)이 없습니다</translation>
    </message>
    <message>
        <source>no item columns after the period column (시점)</source>
        <translation>시점 열 다음에 항목 열이 없습니다</translation>
    </message>
    <message>
        <source>'%1' is not a period (시점)</source>
        <translation>'%1': 시점이 아닙니다</translation>
    </message>
    <message>
        <source>this looks like a KOSIS list export (a title line) but no header with a 시점 column follows</source>
        <translation>KOSIS 목록형 파일(제목 줄)로 보이지만 시점 열이 있는 머리글이 뒤따르지 않습니다</translation>
    </message>
    <message>
        <source>a header only: the KOSIS table has no data rows</source>
        <translation>머리글뿐입니다. KOSIS 통계표에 자료 행이 없습니다</translation>
    </message>
    <message>
        <source>%1 is empty; it is required</source>
        <translation>%1: 비어 있습니다. 꼭 있어야 하는 값입니다</translation>
    </message>
    <message>
        <source>%1 '%2' is not one of: %3</source>
        <translation>%1 '%2': 다음 중 하나여야 합니다: %3</translation>
    </message>
    <message>
        <source>ignored columns: %1</source>
        <translation>무시한 열: %1</translation>
    </message>
    <message>
        <source>a header only: the file has no data rows</source>
        <translation>머리글뿐입니다. 파일에 자료 행이 없습니다</translation>
    </message>
    <message>
        <source>%1 names the unknown indicator '%2'</source>
        <translation>%1: 알 수 없는 지표 '%2'</translation>
    </message>
    <message>
        <source>'%1' is not a region code (KR, KR-46, ...)</source>
        <translation>'%1': 지역 코드가 아닙니다(KR, KR-46, ...)</translation>
    </message>
    <message>
        <source>a level 2 region (시군구) needs its parent province</source>
        <translation>2수준 지역(시군구)에는 상위 시도가 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown parent region '%1'</source>
        <translation>알 수 없는 상위 지역 '%1'</translation>
    </message>
    <message>
        <source>unknown region '%1'</source>
        <translation>알 수 없는 지역 '%1'</translation>
    </message>
    <message>
        <source>'%1' is not a group id (lower case, digits, _)</source>
        <translation>'%1': 권역 ID가 아닙니다(영문 소문자, 숫자, _)</translation>
    </message>
    <message>
        <source>'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)</source>
        <translation>'%1': 날짜가 아닙니다(YYYY, YYYY-MM, YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>'%1' is not an indicator id (snake_case: lower case, digits, _)</source>
        <translation>'%1': 지표 ID가 아닙니다(snake_case: 영문 소문자, 숫자, _)</translation>
    </message>
    <message>
        <source>an indicator of the sector-fit pillar needs its sector</source>
        <translation>특화 분야 부문의 지표에는 분야가 있어야 합니다</translation>
    </message>
    <message>
        <source>group_rule '%1' is neither sum nor mean:INDICATOR</source>
        <translation>group_rule '%1': sum도 mean:지표도 아닙니다</translation>
    </message>
    <message>
        <source>an indicator cannot take its figures from itself</source>
        <translation>지표가 자기 자신의 값을 가져올 수는 없습니다</translation>
    </message>
    <message>
        <source>'%1' is not a date or period (YYYY, YYYY-MM, YYYY-MM-DD, YYYY H1, YYYY Q3)</source>
        <translation>'%1': 날짜나 기간이 아닙니다(YYYY, YYYY-MM, YYYY-MM-DD, YYYY H1, YYYY Q3)</translation>
    </message>
    <message>
        <source>scale '%1' is not a positive number</source>
        <translation>scale '%1': 양수가 아닙니다</translation>
    </message>
    <message>
        <source>unknown indicator '%1'</source>
        <translation>알 수 없는 지표 '%1'</translation>
    </message>
    <message>
        <source>'%1' is not a year between 1900 and 2100</source>
        <translation>'%1': 1900년과 2100년 사이의 연도가 아닙니다</translation>
    </message>
    <message>
        <source>the value is empty: leave a missing figure out of the file</source>
        <translation>값이 비어 있습니다. 값이 없으면 그 행을 파일에서 빼십시오</translation>
    </message>
    <message>
        <source>'%1' is not a finite number</source>
        <translation>'%1': 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is below %2, the smallest value indicator '%3' can take (a count cannot be negative)</source>
        <translation>%1: 지표 '%3'의 최솟값 %2보다 작습니다(개수는 음수일 수 없음)</translation>
    </message>
    <message>
        <source>unknown source '%1' (import its sources file first)</source>
        <translation>알 수 없는 출처 '%1' (출처 파일을 먼저 가져오십시오)</translation>
    </message>
    <message>
        <source>'%1' is not a plan id (lower case, digits, _)</source>
        <translation>'%1': 계획 ID가 아닙니다(영문 소문자, 숫자, _)</translation>
    </message>
    <message>
        <source>'%1' is not a year</source>
        <translation>'%1': 연도가 아닙니다</translation>
    </message>
    <message>
        <source>unknown source '%1'</source>
        <translation>알 수 없는 출처 '%1'</translation>
    </message>
    <message>
        <source>'%1' is not a weight-set name (lower case, digits, _)</source>
        <translation>'%1': 가중치 세트 이름이 아닙니다(영문 소문자, 숫자, _)</translation>
    </message>
    <message>
        <source>unknown %1 '%2'</source>
        <translation>알 수 없는 %1 '%2'</translation>
    </message>
    <message>
        <source>the database refused this row</source>
        <translation>데이터베이스가 이 행을 받지 않았습니다</translation>
    </message>
    <message>
        <source>'%1' is not a fact id (lower case, digits, _)</source>
        <translation>'%1': 사실 ID가 아닙니다(영문 소문자, 숫자, _)</translation>
    </message>
    <message>
        <source>a fact of the sector pillar needs its sector</source>
        <translation>특화 분야 부문의 사실에는 분야가 있어야 합니다</translation>
    </message>
    <message>
        <source>unbalanced quote: the quoted field that starts here is never closed</source>
        <translation>따옴표 짝이 맞지 않습니다. 여기서 시작한 따옴표 칸이 닫히지 않습니다</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (a quote inside a quoted field must be doubled)</source>
        <translation>닫는 따옴표 뒤에 글자가 있습니다(따옴표 칸 안의 따옴표는 두 번 써야 함)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>따옴표 없는 칸 안에 따옴표가 있습니다(칸 전체를 따옴표로 묶고 안의 따옴표는 두 번 쓰십시오)</translation>
    </message>
    <message>
        <source>this is not CSV: it is a ZIP archive (an Excel .xlsx workbook is one). Save the sheet as CSV and import that file.</source>
        <translation>CSV가 아니라 ZIP 압축 파일입니다(엑셀 .xlsx 통합 문서도 ZIP임). 시트를 CSV로 저장해 그 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>this is not CSV: it is a PDF document.</source>
        <translation>CSV가 아니라 PDF 문서입니다.</translation>
    </message>
    <message>
        <source>this is not a CSV text file: it contains a NUL byte (binary data, or UTF-16 text)</source>
        <translation>CSV 텍스트 파일이 아닙니다. NUL 바이트가 있습니다(이진 자료나 UTF-16 텍스트)</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence in a file that starts with a UTF-8 byte-order mark</source>
        <translation>UTF-8 BOM으로 시작하는 파일에 잘못된 UTF-8 바이트가 있습니다</translation>
    </message>
    <message>
        <source>mixed text encodings: the file starts as UTF-8 but this byte is not UTF-8 (part of the file was probably saved as CP949). Save the whole file in one encoding.</source>
        <translation>인코딩이 섞여 있습니다. 파일은 UTF-8로 시작하는데 이 바이트는 UTF-8이 아닙니다(일부가 CP949로 저장된 듯함). 파일 전체를 한 인코딩으로 저장하십시오.</translation>
    </message>
    <message>
        <source>the text is neither valid UTF-8 nor valid CP949 (a character is cut or the file is damaged)</source>
        <translation>올바른 UTF-8도 CP949도 아닙니다(글자가 잘렸거나 파일이 손상됨)</translation>
    </message>
    <message>
        <source>this system cannot decode CP949 (ICU's windows-949 is missing)</source>
        <translation>이 시스템에서는 CP949를 읽을 수 없습니다(ICU의 windows-949가 없음)</translation>
    </message>
    <message>
        <source>the text could not be decoded as CP949</source>
        <translation>CP949로 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>'%1' is not a weight (0, or a number between 0.001 and 1000)</source>
        <translation>가중치가 아닙니다: '%1' (0, 또는 0.001에서 1000 사이의 수)</translation>
    </message>
    <message>
        <source>the database is not ready for an import: %1</source>
        <translation>데이터베이스가 가져오기를 받을 준비가 되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>KOSIS recipe of the catalogue used for the table "%1" (no --map given): %2</source>
        <translation>카탈로그의 KOSIS 규칙을 썼습니다(--map 없음), 통계표 "%1": %2</translation>
    </message>
    <message>
        <source>no item of this KOSIS table is mapped to an indicator, and the catalogue has no KOSIS recipe for a table titled "%1"; add --map TEXT=INDICATOR for one of: %2</source>
        <translation>이 KOSIS 통계표의 어느 항목도 지표에 연결되지 않았고, 카탈로그에 "%1" 통계표의 KOSIS 규칙도 없습니다. 다음 중 하나에 --map 글자=지표를 더하십시오: %2</translation>
    </message>
    <message>
        <source>a KOSIS recipe needs both the table's title (kosis_table) and its item (kosis_item)</source>
        <translation>KOSIS 규칙에는 통계표 제목(kosis_table)과 항목(kosis_item)이 모두 있어야 합니다</translation>
    </message>
    <message>
        <source>a target in an indicator's unit needs the indicator</source>
        <translation>지표 단위의 목표에는 지표(indicator)가 필요합니다</translation>
    </message>
    <message>
        <source>%1, sheet %2, cell %3</source>
        <translation>%1, 시트 %2, 셀 %3</translation>
    </message>
    <message>
        <source>%1, sheet %2, row %3</source>
        <translation>%1, 시트 %2, %3행</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, 시트 %2</translation>
    </message>
    <message>
        <source>Excel, sheet %1</source>
        <translation>엑셀, 시트 %1</translation>
    </message>
    <message>
        <source>the file is named like an Excel workbook but is none (an .xlsx workbook is a ZIP archive; this file is not one)</source>
        <translation>파일 이름은 엑셀 통합 문서이지만 내용은 아닙니다(.xlsx 통합 문서는 ZIP 압축 파일인데 이 파일은 아님)</translation>
    </message>
    <message>
        <source>the sheet is empty</source>
        <translation>시트가 비어 있습니다</translation>
    </message>
    <message>
        <source>this is not CSV: it is an old Excel (.xls) workbook. Save it as an Excel workbook (.xlsx) or the sheet as CSV, and import that file.</source>
        <translation>CSV가 아니라 예전 엑셀(.xls) 통합 문서입니다. 엑셀 통합 문서(.xlsx)로 저장하거나 시트를 CSV로 저장해 그 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 (part %2 of the workbook)</source>
        <translation>%1 (통합 문서의 %2 부분)</translation>
    </message>
    <message>
        <source>the workbook holds a document type declaration (DTD), which a workbook never has: refused</source>
        <translation>통합 문서에 문서 형식 선언(DTD)이 있습니다. 통합 문서에는 없는 것이므로 거부합니다</translation>
    </message>
    <message>
        <source>the workbook is damaged: broken XML at line %1 (%2)</source>
        <translation>통합 문서가 손상되었습니다: %1번째 줄의 XML이 깨졌습니다 (%2)</translation>
    </message>
    <message>
        <source>the workbook names more sheets than it could hold: it is damaged</source>
        <translation>통합 문서가 담을 수 있는 것보다 많은 시트를 가리킵니다(파일 손상)</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>통합 문서에 시트가 없습니다</translation>
    </message>
    <message>
        <source>this is not an Excel workbook: its part %1 is missing</source>
        <translation>엑셀 통합 문서가 아닙니다: %1 부분이 없습니다</translation>
    </message>
    <message>
        <source>the workbook names more parts than it could hold: it is damaged</source>
        <translation>통합 문서가 담을 수 있는 것보다 많은 부분을 가리킵니다(파일 손상)</translation>
    </message>
    <message>
        <source>the workbook holds more than %1 different texts, more than this program reads</source>
        <translation>통합 문서의 서로 다른 텍스트가 이 프로그램이 읽는 한도인 %1개를 넘습니다</translation>
    </message>
    <message>
        <source>the workbook holds more cell styles than Excel allows: it is damaged</source>
        <translation>통합 문서의 셀 스타일이 엑셀 허용 한도보다 많습니다(파일 손상)</translation>
    </message>
    <message>
        <source>the cell holds a formula: import reads figures, not formulas. Copy the sheet and paste it as values, then import again</source>
        <translation>셀에 수식이 있습니다. 가져오기는 수식이 아니라 수치를 읽습니다. 시트를 복사해 값으로 붙여 넣은 뒤 다시 가져오십시오</translation>
    </message>
    <message>
        <source>the cell holds a formula (=%1): import reads figures, not formulas. Copy the sheet and paste it as values, then import again</source>
        <translation>셀에 수식(=%1)이 있습니다. 가져오기는 수식이 아니라 수치를 읽습니다. 시트를 복사해 값으로 붙여 넣은 뒤 다시 가져오십시오</translation>
    </message>
    <message>
        <source>the cell refers to shared text %1, but the workbook holds %2 (it is damaged)</source>
        <translation>셀이 공유 텍스트 %1번을 가리키지만 통합 문서에는 %2개뿐입니다(파일 손상)</translation>
    </message>
    <message>
        <source>the cell is a true/false cell holding '%1' (it is damaged)</source>
        <translation>참/거짓 셀에 '%1' 값이 있습니다(파일 손상)</translation>
    </message>
    <message>
        <source>the cell holds the spreadsheet error %1, not a figure</source>
        <translation>셀에 수치가 아니라 스프레드시트 오류(%1)가 있습니다</translation>
    </message>
    <message>
        <source>the cell has a type this program does not know ('%1')</source>
        <translation>이 프로그램이 모르는 셀 형식입니다('%1')</translation>
    </message>
    <message>
        <source>the cell is formatted as a date but holds '%1', which is no date</source>
        <translation>날짜 서식 셀에 날짜가 아닌 '%1' 값이 있습니다</translation>
    </message>
    <message>
        <source>the workbook is damaged: row %1 is out of order or out of range</source>
        <translation>통합 문서가 손상되었습니다: %1행의 순서나 번호가 잘못되었습니다</translation>
    </message>
    <message>
        <source>the workbook is damaged: cell '%1' is not in row %2</source>
        <translation>통합 문서가 손상되었습니다: '%1' 셀이 %2행에 있지 않습니다</translation>
    </message>
    <message>
        <source>the workbook is damaged: the cells of row %1 are out of order</source>
        <translation>통합 문서가 손상되었습니다: %1행의 셀 순서가 잘못되었습니다</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells, more than this program reads: split it into smaller files</source>
        <translation>시트의 셀이 이 프로그램이 읽는 한도인 %1개를 넘습니다. 더 작은 파일로 나누십시오</translation>
    </message>
    <message>
        <source>the workbook is damaged: merged range '%1' is not a range</source>
        <translation>통합 문서가 손상되었습니다: 병합 범위가 올바르지 않습니다('%1')</translation>
    </message>
    <message>
        <source>the workbook is damaged: too many merged ranges</source>
        <translation>통합 문서가 손상되었습니다: 병합 범위가 너무 많습니다</translation>
    </message>
    <message>
        <source>this is a ZIP archive, not an Excel workbook (it has no xl/workbook.xml): import reads CSV files and Excel .xlsx workbooks</source>
        <translation>엑셀 통합 문서가 아니라 ZIP 압축 파일입니다(xl/workbook.xml 없음). 가져오기는 CSV 파일과 엑셀 .xlsx 통합 문서를 읽습니다</translation>
    </message>
    <message>
        <source>the workbook has no sheet named '%1'; its sheets: %2</source>
        <translation>통합 문서에 '%1' 시트가 없습니다. 시트 목록: %2</translation>
    </message>
    <message>
        <source>the workbook is damaged: sheet '%1' points to no part</source>
        <translation>통합 문서가 손상되었습니다: '%1' 시트가 가리키는 부분이 없습니다</translation>
    </message>
    <message>
        <source>sheet '%1' is a chart, not a table: name another sheet with --sheet</source>
        <translation>'%1' 시트는 표가 아니라 차트입니다. --sheet로 다른 시트를 지정하십시오</translation>
    </message>
    <message>
        <source>sheet '%1' is not a worksheet</source>
        <translation>'%1' 시트는 워크시트가 아닙니다</translation>
    </message>
    <message>
        <source>the workbook could not be written: %1</source>
        <translation>통합 문서를 쓰지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the workbook could not be written: sheet '%1' refused</source>
        <translation>통합 문서를 쓰지 못했습니다: '%1' 시트를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>a text of %1 characters is longer than a spreadsheet cell holds (%2)</source>
        <translation>%1자 텍스트는 스프레드시트 셀 한 칸에 담을 수 있는 길이(%2자)보다 깁니다</translation>
    </message>
    <message>
        <source>the workbook could not be written: no temporary folder (%1)</source>
        <translation>통합 문서를 쓰지 못했습니다: 임시 폴더가 없습니다 (%1)</translation>
    </message>
    <message>
        <source>the workbook could not be written: libxlsxwriter refused to start one</source>
        <translation>통합 문서를 쓰지 못했습니다: libxlsxwriter가 새 통합 문서를 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>the file starts as a ZIP archive (an Excel .xlsx workbook is one) but is not a complete one: it is cut short or damaged</source>
        <translation>파일이 ZIP 압축 파일(엑셀 .xlsx 통합 문서도 ZIP임)로 시작하지만 온전하지 않습니다. 잘렸거나 손상되었습니다</translation>
    </message>
    <message>
        <source>the workbook holds %1 files, more than a workbook would: refused</source>
        <translation>통합 문서 안에 파일이 %1개 있어 통합 문서로 보기에 너무 많습니다. 거부합니다</translation>
    </message>
    <message>
        <source>the workbook is damaged: a file inside it cannot be read</source>
        <translation>통합 문서가 손상되었습니다: 안의 파일을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the workbook is encrypted (protected with a password): save it without a password and import it again</source>
        <translation>통합 문서가 암호로 보호되어 있습니다. 암호 없이 저장한 뒤 다시 가져오십시오</translation>
    </message>
    <message>
        <source>the workbook uses a compression this program does not read (method %1)</source>
        <translation>통합 문서가 이 프로그램이 읽지 못하는 압축 방식(%1)을 씁니다</translation>
    </message>
    <message>
        <source>the workbook declares %1 MB of data in one part, more than the %2 MB this program reads: it is damaged or hostile, or too large (split the sheet into smaller files)</source>
        <translation>통합 문서의 한 부분이 %1 MB라고 적혀 있어 이 프로그램이 읽는 %2 MB를 넘습니다. 손상되었거나 악의적인 파일이거나 너무 큽니다(시트를 더 작은 파일로 나누십시오)</translation>
    </message>
    <message>
        <source>the workbook is damaged: a file inside it cannot be opened</source>
        <translation>통합 문서가 손상되었습니다: 안의 파일을 열 수 없습니다</translation>
    </message>
    <message>
        <source>the workbook is damaged: a file inside it cannot be inflated</source>
        <translation>통합 문서가 손상되었습니다: 안의 파일을 압축 해제할 수 없습니다</translation>
    </message>
    <message>
        <source>the workbook is damaged or hostile: a part inflates to more than its declared size</source>
        <translation>통합 문서가 손상되었거나 악의적입니다: 한 부분이 적힌 크기보다 크게 풀립니다</translation>
    </message>
    <message>
        <source>the workbook is damaged: a part fails its checksum or is cut short</source>
        <translation>통합 문서가 손상되었습니다: 한 부분의 검사합이 맞지 않거나 잘렸습니다</translation>
    </message>
    <message>
        <source>it has no geometry</source>
        <translation>도형(geometry)이 없음</translation>
    </message>
    <message>
        <source>its geometry is a %1; a boundary is a Polygon or a MultiPolygon</source>
        <translation>도형이 %1임. 경계는 Polygon 또는 MultiPolygon이어야 함</translation>
    </message>
    <message>
        <source>(no type)</source>
        <translation>(종류 없음)</translation>
    </message>
    <message>
        <source>its %1 has no coordinates</source>
        <translation>%1에 좌표가 없음</translation>
    </message>
    <message>
        <source>polygon %1 of its MultiPolygon is not a list of rings</source>
        <translation>MultiPolygon의 %1번째 다각형이 고리 목록이 아님</translation>
    </message>
    <message>
        <source>ring %1 is not a list of positions</source>
        <translation>고리 %1: 좌표 목록이 아님</translation>
    </message>
    <message>
        <source>point %1 of ring %2 is not a position (two numbers)</source>
        <translation>고리 %2의 %1번째 점이 좌표(숫자 두 개)가 아님</translation>
    </message>
    <message>
        <source>ring %1 has %2 points; a closed ring needs 4 or more</source>
        <translation>고리 %1: 점이 %2개뿐임. 닫힌 고리에는 4개 이상 필요</translation>
    </message>
    <message>
        <source>ring %1 is not closed: its last point %2 is not its first %3</source>
        <translation>고리 %1: 닫혀 있지 않음 (마지막 점 %2, 첫 점 %3)</translation>
    </message>
    <message>
        <source>point %1 of ring %2 lies outside Korea (%3 is longitude %4, latitude %5): are the coordinates in another system?</source>
        <translation>고리 %2의 %1번째 점이 국토 밖에 있음 (%3 = 경도 %4, 위도 %5): 다른 좌표계가 아닌지 확인하십시오</translation>
    </message>
    <message>
        <source>no property with a region's code or name (%1)</source>
        <translation>지역 코드나 이름을 담은 속성이 없음 (%1)</translation>
    </message>
    <message>
        <source>%1 may be any of %2</source>
        <translation>%1: %2 중 어느 지역인지 알 수 없음</translation>
    </message>
    <message>
        <source>no region with that code or name (%1)</source>
        <translation>그런 코드나 이름의 지역이 없음 (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>일반 파일이 아님</translation>
    </message>
    <message>
        <source>the file is %1 MB; boundaries are read up to %2 MB (simplify or split the file first, e.g. with mapshaper)</source>
        <translation>파일이 %1 MB임. 경계는 %2 MB까지 읽음 (mapshaper 등으로 먼저 단순화하거나 나누십시오)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>읽을 수 없음: %1</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>올바른 JSON이 아님: %1</translation>
    </message>
    <message>
        <source>not a GeoJSON FeatureCollection (its "type" must be "FeatureCollection")</source>
        <translation>GeoJSON FeatureCollection이 아님 ("type"이 "FeatureCollection"이어야 함)</translation>
    </message>
    <message>
        <source>a FeatureCollection needs a "features" list</source>
        <translation>FeatureCollection에는 "features" 목록이 있어야 함</translation>
    </message>
    <message>
        <source>the FeatureCollection has no features</source>
        <translation>FeatureCollection에 객체가 없음</translation>
    </message>
    <message>
        <source>the coordinates are in %1; boundaries are read in WGS84 (EPSG:4326) or UTM-K (EPSG:5179): convert the file first</source>
        <translation>좌표계가 %1임. 경계는 WGS84(EPSG:4326) 또는 UTM-K(EPSG:5179)로 읽음: 먼저 변환하십시오</translation>
    </message>
    <message>
        <source>the file names no coordinate system, and its first point %1 is neither longitude and latitude (WGS84) nor UTM-K metres (EPSG:5179)</source>
        <translation>파일에 좌표계가 없고, 첫 점(%1)의 좌표가 경위도(WGS84)도 UTM-K 미터 좌표(EPSG:5179)도 아님</translation>
    </message>
    <message>
        <source>not a Feature (its "type" must be "Feature")</source>
        <translation>Feature가 아님 ("type"이 "Feature"여야 함)</translation>
    </message>
    <message>
        <source>no feature matches a region; nothing was imported:
%1</source>
        <translation>지역과 맞는 객체가 없어 아무것도 가져오지 않았습니다:
%1</translation>
    </message>
    <message>
        <source>%1: %2 boundaries would be imported (%3; %4 features, %5 points simplified to %6): %7</source>
        <translation>%1: 경계 %2개를 가져올 수 있습니다 (%3, 객체 %4개, 점 %5개를 %6개로 단순화): %7</translation>
    </message>
    <message>
        <source>%1: %2 boundaries imported (%3; %4 features, %5 points simplified to %6): %7</source>
        <translation>%1: 경계 %2개를 가져왔습니다 (%3, 객체 %4개, 점 %5개를 %6개로 단순화): %7</translation>
    </message>
    <message>
        <source>Features that match no region, left out (%1):</source>
        <translation>지역과 맞지 않아 빠진 객체 (%1개):</translation>
    </message>
    <message>
        <source>ring %1 encloses no area (its points lie on one line or on one spot)</source>
        <translation>고리 %1: 넓이가 없습니다 (점들이 한 직선이나 한 점 위에 있음)</translation>
    </message>
    <message>
        <source>%1 (a row of lines %2 to %3)</source>
        <translation>%1 (%2~%3행 중 한 행)</translation>
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
    <message>
        <source>The import is still running: the dialog closes when it has finished.</source>
        <translation>가져오기가 아직 진행 중입니다. 끝나면 창을 닫을 수 있습니다.</translation>
    </message>
    <message>
        <source>the catalogue's KOSIS recipe for this table proposes the mapping</source>
        <translation>카탈로그의 KOSIS 규칙대로 항목 연결을 채웠습니다</translation>
    </message>
    <message>
        <source>CSV files, Excel workbooks and GeoJSON boundaries (*.csv *.txt *.xlsx *.geojson *.json);;All files (*)</source>
        <translation>CSV 파일, 엑셀 통합문서, GeoJSON 경계 (*.csv *.txt *.xlsx *.geojson *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>GeoJSON boundaries: Check reads the outlines and matches them to regions, Import stores them (a boundary file is imported on its own).</source>
        <translation>GeoJSON 경계 자료: 검사는 경계를 읽어 지역과 맞추고, 가져오기는 경계를 저장합니다 (경계 파일은 따로 가져옵니다).</translation>
    </message>
    <message>
        <source>a GeoJSON file of boundaries is imported on its own, not with other files</source>
        <translation>GeoJSON 경계 파일은 다른 파일과 함께가 아니라 따로 가져옵니다</translation>
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
    <name>air::IndicatorValuesModel</name>
    <message>
        <source>%1: %2 of 100 (%3)</source>
        <translation>%1: 100점 중 %2점 (%3)</translation>
    </message>
    <message>
        <source>%1 · %2 (%3)
Value: %4 %5
Status: %6
Source: %7 — %8</source>
        <translation>%1 · %2 (%3년)
값: %4 %5
구분: %6
출처: %7 — %8</translation>
    </message>
    <message>
        <source>%1: no figure for %2</source>
        <translation>%1: %2 자료 없음</translation>
    </message>
    <message>
        <source>%1: %2 % of the national figure (%3)</source>
        <translation>%1: 전국 대비 %2 % (%3)</translation>
    </message>
    <message>
        <source>left out of the index</source>
        <translation>지수 제외</translation>
    </message>
    <message>
        <source>too few regions have recent figures</source>
        <translation>최근 자료가 있는 지역이 너무 적음</translation>
    </message>
    <message>
        <source>its figures are of %1, more than %2 years old</source>
        <translation>수치가 %1년 자료로 %2년보다 오래됨</translation>
    </message>
    <message>
        <source>its pillar has fewer than two indicators with recent figures</source>
        <translation>부문에 최근 자료가 있는 지표가 2개 미만</translation>
    </message>
    <message>
        <source>fewer than two thirds of the regions have a figure</source>
        <translation>수치가 있는 지역이 3분의 2 미만</translation>
    </message>
    <message>
        <source>%1 is left out of the index: %2</source>
        <translation>%1: 지수 제외 (%2)</translation>
    </message>
    <message>
        <source>no national figure</source>
        <translation>전국 수치 없음</translation>
    </message>
    <message>
        <source>%1: no national figure for %2, so no ratio to the nation can be computed</source>
        <translation>%1: %2의 전국 수치 없음 (전국 대비 비율 계산 불가)</translation>
    </message>
    <message>
        <source>%1: no figure for %2 (no source gives it)</source>
        <translation>%1: %2 자료 없음 (어느 출처에도 없음)</translation>
    </message>
    <message>
        <source>user edit</source>
        <translation>사용자 수정</translation>
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
        <source>%1 (%2, old)</source>
        <translation>%1 (%2년, 오래된 자료)</translation>
    </message>
    <message>
        <source>old</source>
        <translation>오래된 자료</translation>
    </message>
    <message>
        <source>A figure of %1: more than %2 years before %3</source>
        <translation>%1년 수치: %3년 기준 %2년보다 오래됨</translation>
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
        <source>The database is open read-only: figures cannot be changed</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있어 값을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>%1 is too close to 0 to compute with</source>
        <translation>%1: 0에 너무 가까워 계산에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>변경 이력:</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>알 수 없는 사용자</translation>
    </message>
    <message>
        <source>User edit</source>
        <translation>사용자 수정</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>%1 (%2; %3 — %4)</source>
        <translation>%1 (%2, %3 — %4)</translation>
    </message>
    <message>
        <source>%1, %2: %3 → %4 (%5)</source>
        <translation>%1, %2: %3 → %4 (%5)</translation>
    </message>
    <message>
        <source>The status must be official, reported, estimate or user</source>
        <translation>구분은 official, reported, estimate, user 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>다시 실행: %1</translation>
    </message>
    <message>
        <source>%1 is below %2, the smallest value this indicator can take</source>
        <translation>%1: 이 지표가 가질 수 있는 가장 작은 값 %2보다 작습니다</translation>
    </message>
    <message>
        <source>time unknown</source>
        <translation>시각 모름</translation>
    </message>
    <message>
        <source>Changed by another user: %1 → %2 (%3, %4)</source>
        <translation>다른 사용자가 변경함: %1 → %2 (%3, %4)</translation>
    </message>
</context>
<context>
    <name>air::OverviewPage</name>
    <message>
        <source>Findings</source>
        <translation>주요 결과</translation>
    </message>
    <message>
        <source>Pillar scores</source>
        <translation>부문별 점수</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>What do the national, Gyeonggi and Jeonnam plans say about each pillar? →</source>
        <translation>국가·경기도·전라남도 계획은 부문별로 무엇을 담고 있나? →</translation>
    </message>
    <message>
        <source>Radar of the readiness pillars</source>
        <translation>AI 준비도 부문 방사형 차트</translation>
    </message>
    <message>
        <source>Readiness against opportunity</source>
        <translation>준비도와 활용 기회</translation>
    </message>
    <message>
        <source>Readiness pillars (0–100, on the scale of %1)</source>
        <translation>AI 준비도 부문 점수 (0–100, %1 기준 척도)</translation>
    </message>
    <message>
        <source>%1: no score (evidence insufficient)</source>
        <translation>%1: 점수 없음 (자료 부족)</translation>
    </message>
    <message>
        <source>%1 %2 (difference %3)</source>
        <translation>%1 %2 (차이 %3)</translation>
    </message>
    <message>
        <source>AI readiness against AI opportunity, %1</source>
        <translation>AI 준비도와 AI 활용 기회, %1</translation>
    </message>
    <message>
        <source>AI readiness (0–100)</source>
        <translation>AI 준비도 (0–100)</translation>
    </message>
    <message>
        <source>AI opportunity (0–100)</source>
        <translation>AI 활용 기회 (0–100)</translation>
    </message>
    <message>
        <source>What do the plans say about %1, the largest gap to %2? →</source>
        <translation>%2 대비 격차가 가장 큰 %1 부문, 계획은 무엇을 말하나? →</translation>
    </message>
    <message>
        <source>score (0–100)</source>
        <translation>점수 (0–100)</translation>
    </message>
</context>
<context>
    <name>air::PillarPage</name>
    <message>
        <source>Show the index's normalised scores (0–100) instead of the figures</source>
        <translation>원자료 대신 지수의 정규화 점수(0–100)로 보기</translation>
    </message>
    <message>
        <source>Hover a bar or a cell for its year, status and source. “no data” means no source gives the figure; (e) marks an estimate; italic cells are estimates or imputed.</source>
        <translation>막대나 칸에 마우스를 올리면 연도, 구분, 출처가 보입니다. ‘자료 없음’은 어느 출처에도 수치가 없다는 뜻이며, (e)는 추정치, 기울임꼴은 추정·대체값입니다.</translation>
    </message>
    <message>
        <source>%1: normalised scores</source>
        <translation>%1: 정규화 점수</translation>
    </message>
    <message>
        <source>score (0–100)</source>
        <translation>점수 (0–100)</translation>
    </message>
    <message>
        <source>%1: figures as a percentage of the national figure (figures and units in the table)</source>
        <translation>%1: 전국 대비 비율 (원자료와 단위는 표 참조)</translation>
    </message>
    <message>
        <source>% of the national figure (nation = 100)</source>
        <translation>전국 대비 % (전국 = 100)</translation>
    </message>
    <message>
        <source>AI opportunity: no score (evidence insufficient)</source>
        <translation>AI 활용 기회: 점수 없음 (자료 부족)</translation>
    </message>
    <message>
        <source>AI opportunity of %1: %2 of 100 – a score of its own, not part of readiness</source>
        <translation>%1의 AI 활용 기회: %2점 – AI 준비도와 별도의 점수</translation>
    </message>
    <message>
        <source>%1 rests on: %2</source>
        <translation>%1 부문의 근거: %2</translation>
    </message>
    <message>
        <source>Left out of the chart (a change or a balance, not a level; its figures are in the table): %1.</source>
        <translation>그래프에서 제외(수준이 아니라 증감이나 순증감이므로 표에만 표시): %1.</translation>
    </message>
</context>
<context>
    <name>air::PillarScoresModel</name>
    <message>
        <source>Score %1 of 100 on the regions' scale</source>
        <translation>시도 기준 척도로 100점 중 %1점</translation>
    </message>
    <message>
        <source>No figure for this pillar (see the data notes)</source>
        <translation>이 부문의 자료 없음 (자료 설명 참조)</translation>
    </message>
    <message>
        <source>AI opportunity: a score of its own (the four sectors), not part of readiness</source>
        <translation>AI 활용 기회: 네 특화 분야의 별도 점수이며 AI 준비도에 합산하지 않음</translation>
    </message>
</context>
<context>
    <name>air::PlanCoverageModel</name>
    <message>
        <source>No item of this plan here</source>
        <translation>이 계획에는 해당 과제가 없습니다</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>공백</translation>
    </message>
    <message>
        <source>Jeonnam's plan has no item here, while another plan has</source>
        <translation>다른 계획에는 있으나 전라남도 계획에는 해당 과제가 없습니다</translation>
    </message>
</context>
<context>
    <name>air::PlanTargetsModel</name>
    <message>
        <source>No measured current value in the database</source>
        <translation>데이터베이스에 측정된 현재 값이 없습니다</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>과제</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>목표 연도</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>예산</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>현황</translation>
    </message>
</context>
<context>
    <name>air::PlansPage</name>
    <message>
        <source>Plan coverage</source>
        <translation>계획별 부문 포괄</translation>
    </message>
    <message>
        <source>Plan targets</source>
        <translation>계획 목표</translation>
    </message>
    <message>
        <source>Which pillars each plan covers (number of items; hover for the titles). Shaded in orange: a gap in Jeonnam's plan where another plan has items.</source>
        <translation>각 계획이 다루는 부문 (과제 수, 마우스를 올리면 과제명). 주황색: 다른 계획에는 있으나 전라남도 계획에 없는 공백.</translation>
    </message>
    <message>
        <source>Items with a target or a budget, and where they stand according to their sources</source>
        <translation>목표나 예산이 있는 과제와 출처에 따른 현황</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>All pillars</source>
        <translation>모든 부문</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Which pillars each plan covers (number of items; hover for the titles). No gap: Jeonnam's plan has items wherever another plan has.</source>
        <translation>각 계획이 다루는 부문 (과제 수, 마우스를 올리면 과제명). 공백 없음: 다른 계획에 과제가 있는 부문에는 전라남도 계획에도 과제가 있습니다.</translation>
    </message>
</context>
<context>
    <name>air::RankingModel</name>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Rank 5–95 %</source>
        <translation>순위 5–95 %</translation>
    </message>
    <message>
        <source>Groups are scored on the regions' scale but not ranked</source>
        <translation>권역은 시도 기준 척도로 점수를 매기되 순위는 매기지 않습니다</translation>
    </message>
    <message>
        <source>In %1 Monte Carlo runs (weights ±25 %, normalisation, aggregation), the rank was between these in 90 % of runs</source>
        <translation>몬테카를로 %1회(가중치 ±25 %, 정규화, 집계 방식 변경) 중 90 %에서 순위가 이 범위에 있었습니다</translation>
    </message>
    <message>
        <source>Composite</source>
        <translation>종합</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>준비도</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>활용 기회</translation>
    </message>
    <message>
        <source>Opportunity rank</source>
        <translation>활용 기회 순위</translation>
    </message>
</context>
<context>
    <name>air::RankingPage</name>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Map: %1</source>
        <translation>지도: %1</translation>
    </message>
    <message>
        <source>Map: AI readiness</source>
        <translation>지도: AI 준비도</translation>
    </message>
    <message>
        <source>Map: AI opportunity</source>
        <translation>지도: AI 활용 기회</translation>
    </message>
    <message>
        <source>Show the capital region, the other regions and Jeonnam with Gwangju</source>
        <translation>수도권, 비수도권, 전남+광주 함께 보기</translation>
    </message>
</context>
<context>
    <name>air::ReportPreview</name>
    <message>
        <source>Briefing report</source>
        <translation>브리핑 보고서</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>쪽 미리보기</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF로 저장…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>브리핑 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Add the page “If the plans come true” (the scenario)</source>
        <translation>‘계획이 달성되면’ 쪽 넣기 (시나리오)</translation>
    </message>
</context>
<context>
    <name>air::SavedView</name>
    <message>
        <source>view '%1': %2</source>
        <translation>보기 '%1': %2</translation>
    </message>
    <message>
        <source>the database has no districts</source>
        <translation>데이터베이스에 시군구 자료가 없습니다</translation>
    </message>
    <message>
        <source>the database has no districts of %1</source>
        <translation>데이터베이스에 %1의 시군구 자료가 없습니다</translation>
    </message>
    <message>
        <source>the region %1 is not among %2</source>
        <translation>%2 중에 없는 지역입니다: %1</translation>
    </message>
    <message>
        <source>the comparison region %1 is not among %2</source>
        <translation>%2 중에 없는 비교 지역입니다: %1</translation>
    </message>
    <message>
        <source>the database has no figure of %1 for these regions</source>
        <translation>이 지역들의 %1년 수치가 데이터베이스에 없습니다</translation>
    </message>
    <message>
        <source>the weight set '%1' is no longer in the database</source>
        <translation>데이터베이스에 더 이상 없는 가중치입니다: '%1'</translation>
    </message>
    <message>
        <source>unknown normalisation '%1'</source>
        <translation>알 수 없는 정규화 방법: '%1'</translation>
    </message>
    <message>
        <source>the scenario '%1' is no longer in the database</source>
        <translation>데이터베이스에 더 이상 없는 시나리오입니다: '%1'</translation>
    </message>
</context>
<context>
    <name>air::ScenarioPage</name>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Plan items</source>
        <translation>계획 항목</translation>
    </message>
    <message>
        <source>Typed changes</source>
        <translation>직접 입력한 변경</translation>
    </message>
    <message>
        <source>Baseline and scenario per pillar</source>
        <translation>부문별 기준과 시나리오</translation>
    </message>
    <message>
        <source>Plan items by rank places gained alone</source>
        <translation>단독으로 올리는 순위별 계획 항목</translation>
    </message>
    <message>
        <source>The smallest step past a rival</source>
        <translation>앞서기 위한 최소 변화</translation>
    </message>
    <message>
        <source>Tick the plan items of %1 that state a target in an indicator's unit, or type a changed figure: the index is computed again with them beside the baseline. Nothing here changes a figure.</source>
        <translation>지표 단위의 목표가 있는 %1 계획 항목을 고르거나 바뀐 수치를 입력하십시오. 지수를 다시 계산해 기준과 나란히 보여 줍니다. 이 화면은 어떤 수치도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>저장…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>저장된 시나리오</translation>
    </message>
    <message>
        <source>Plan items of %1 (ticked: in the scenario)</source>
        <translation>%1 계획 항목 (선택: 시나리오에 포함)</translation>
    </message>
    <message>
        <source>Typed changes (the indicator's own unit, before any per-resident division)</source>
        <translation>직접 입력한 변경 (지표 자체 단위, 인구 등으로 나누기 전)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Why (recorded with the change)</source>
        <translation>사유 (변경과 함께 기록)</translation>
    </message>
    <message>
        <source>Region of the change</source>
        <translation>변경할 지역</translation>
    </message>
    <message>
        <source>Indicator of the change</source>
        <translation>변경할 지표</translation>
    </message>
    <message>
        <source>Year of the change</source>
        <translation>변경할 연도</translation>
    </message>
    <message>
        <source>Plan items ranked by the rank places each would gain alone</source>
        <translation>계획 항목별 단독으로 올리는 순위</translation>
    </message>
    <message>
        <source>The smallest step past</source>
        <translation>앞서기 위한 최소 변화:</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Rival region</source>
        <translation>앞설 지역</translation>
    </message>
    <message>
        <source>%1 (changes: %2)</source>
        <translation>%1 (변경 %2건)</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>계획 항목</translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation>지표 (단위)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Target year</source>
        <translation>목표 연도</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>%1
Applied to the figure of %2 (the year the index uses); the target year stays in the reason.
%3</source>
        <translation>%1
%2년 수치(지수가 쓰는 연도)에 적용합니다. 목표 연도는 사유에 남습니다.
%3</translation>
    </message>
    <message>
        <source>%1
The plan states no value in this indicator's unit (for example one site's capacity, not the region's total): not applied.
%2</source>
        <translation>%1
계획이 이 지표 단위의 값을 제시하지 않아(예: 지역 전체가 아닌 한 곳의 용량) 적용하지 않습니다.
%2</translation>
    </message>
    <message>
        <source>no target in this unit</source>
        <translation>이 단위의 목표 없음</translation>
    </message>
    <message>
        <source>'%1' is not a number.</source>
        <translation>수가 아닙니다: '%1'</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>No scenario yet: tick a plan item or add a change.</source>
        <translation>아직 시나리오가 없습니다. 계획 항목을 고르거나 변경을 추가하십시오.</translation>
    </message>
    <message>
        <source>Scores 0–100 on the scale of %1; baseline with the figures as stored, scenario with the changes listed on the left.</source>
        <translation>%1 기준 0–100점. 기준은 저장된 수치, 시나리오는 왼쪽의 변경을 반영한 값입니다.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Figure now</source>
        <translation>현재 수치</translation>
    </message>
    <message>
        <source>Needed alone</source>
        <translation>단독으로 필요한 값</translation>
    </message>
    <message>
        <source>Holds in the 5–95 % band</source>
        <translation>5–95% 범위에서도 유지</translation>
    </message>
    <message>
        <source>not enough alone</source>
        <translation>단독으로는 부족</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>%1 is already above %2 in AI readiness (rank %3 against %4).</source>
        <translation>%1은(는) AI 준비도에서 이미 %2보다 앞섭니다 (%3위, %4위).</translation>
    </message>
    <message>
        <source>Even every indicator at the best value among the regions would not lift %1 above %2.</source>
        <translation>모든 지표를 지역 중 최고 수준으로 올려도 %1은(는) %2보다 앞서지 못합니다.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message>
        <source>The combination with the smallest total change (in normalised units): %1. %2</source>
        <translation>정규화 단위로 변화의 합이 가장 작은 조합: %1. %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>It holds in the 5–95 % band of the uncertainty runs too.</source>
        <translation>불확실성 분석의 5–95% 범위에서도 유지됩니다.</translation>
    </message>
    <message>
        <source>It does not hold in the 5–95 % band of the uncertainty runs.</source>
        <translation>불확실성 분석의 5–95% 범위에서는 유지되지 않습니다.</translation>
    </message>
    <message>
        <source>Save the scenario</source>
        <translation>시나리오 저장</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Rename the scenario</source>
        <translation>시나리오 이름 바꾸기</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>새 이름:</translation>
    </message>
    <message>
        <source>Delete the scenario</source>
        <translation>시나리오 삭제</translation>
    </message>
    <message>
        <source>Delete the scenario '%1'? The figures are not affected.</source>
        <translation>시나리오를 삭제할까요? '%1' (수치는 바뀌지 않습니다.)</translation>
    </message>
    <message>
        <source>Export the scenarios</source>
        <translation>시나리오 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import scenarios</source>
        <translation>시나리오 가져오기</translation>
    </message>
    <message>
        <source>%1: scenario '%2': unknown region or indicator (%3, %4); nothing was imported.</source>
        <translation>%1: 시나리오 '%2': 알 수 없는 지역 또는 지표 (%3, %4). 아무것도 가져오지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>air::ScenarioText</name>
    <message>
        <source>unsaved</source>
        <translation>저장 안 됨</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>AI readiness</source>
        <translation>AI 준비도</translation>
    </message>
    <message>
        <source>AI opportunity</source>
        <translation>AI 활용 기회</translation>
    </message>
    <message>
        <source>%1 of %2: %3 → %4</source>
        <translation>%2 %1: %3 → %4</translation>
    </message>
    <message>
        <source>Pillar</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>시나리오</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <source>no figure</source>
        <translation>값 없음</translation>
    </message>
    <message>
        <source>evidence insufficient</source>
        <translation>자료 부족</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Indicator (unit)</source>
        <translation>지표 (단위)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Figure now</source>
        <translation>현재 수치</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Plan item</source>
        <translation>계획 항목</translation>
    </message>
    <message>
        <source>Target (year applied)</source>
        <translation>목표 (적용 연도)</translation>
    </message>
    <message>
        <source>Readiness rank</source>
        <translation>AI 준비도 순위</translation>
    </message>
    <message>
        <source>Opportunity rank</source>
        <translation>활용 기회 순위</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>변화 없음</translation>
    </message>
    <message>
        <source>up by %1</source>
        <translation>%1계단 상승</translation>
    </message>
    <message>
        <source>down by %1</source>
        <translation>%1계단 하락</translation>
    </message>
    <message>
        <source>left out of the index</source>
        <translation>지수 제외</translation>
    </message>
    <message>
        <source>A scenario is not data: its changed figures are kept apart from the observations and never replace one. The other regions keep their figures as they are; a count changed for a region moves the national total by the same amount. Ranks are among the regions scored, with the 5–95 % interval of the uncertainty runs (weights ±25 %, normalisation, aggregation).</source>
        <translation>시나리오는 자료가 아닙니다. 바꾼 수치는 관측값과 따로 보관하며 관측값을 대신하지 않습니다. 다른 지역의 수치는 그대로 두고, 한 지역의 수량을 바꾸면 전국 합계도 같은 만큼 바뀝니다. 순위는 점수를 내는 지역 사이의 순위이며, 불확실성 분석(가중치 ±25%, 정규화, 집계 방식)의 5–95% 범위를 함께 보입니다.</translation>
    </message>
</context>
<context>
    <name>air::SectorFitModel</name>
    <message>
        <source>%1: %2 of the national %3 (%4, %5)</source>
        <translation>%1 %2 / 전국 %3 (%4, %5년)</translation>
    </message>
    <message>
        <source>No figure for %1 in the region or the nation</source>
        <translation>해당 지역이나 전국의 %1 자료가 없습니다</translation>
    </message>
    <message>
        <source>Readiness in this sector: %1 of 100 (mean of its scored indicators)</source>
        <translation>이 분야의 준비도: 100점 중 %1점 (지수에 반영된 지표의 평균)</translation>
    </message>
    <message>
        <source>No indicator of this sector has figures for two thirds of the regions</source>
        <translation>이 분야에는 시도 3분의 2 이상의 자료가 있는 지표가 없습니다</translation>
    </message>
    <message>
        <source>Share of the national total (%)</source>
        <translation>전국 대비 비중 (%)</translation>
    </message>
    <message>
        <source>Readiness score</source>
        <translation>준비도 점수</translation>
    </message>
</context>
<context>
    <name>air::SectorFitPage</name>
    <message>
        <source>Sector fit quadrant</source>
        <translation>특화 분야 사분면</translation>
    </message>
    <message>
        <source>%1: sector size against AI readiness</source>
        <translation>%1: 분야 규모와 AI 준비도</translation>
    </message>
    <message>
        <source> (readiness not measurable)</source>
        <translation> (준비도 측정 불가)</translation>
    </message>
    <message>
        <source>Right of the dashed line, the sector is larger in %1 than its share of the population. Upper right: strengths to build AI on (%2). Lower right: sectors where %1 is big but not ready (%3).</source>
        <translation>점선 오른쪽은 %1의 분야 비중이 인구 비중보다 큰 분야입니다. 오른쪽 위: AI를 접목할 강점 분야 (%2). 오른쪽 아래: %1에서 규모는 크나 준비가 부족한 분야 (%3).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Sector diagnosis</source>
        <translation>특화 분야 진단</translation>
    </message>
</context>
<context>
    <name>air::SelectorBar</name>
    <message>
        <source>Latest</source>
        <translation>최신</translation>
    </message>
    <message>
        <source>Equal weights</source>
        <translation>동일 가중치</translation>
    </message>
    <message>
        <source>Min–max (0–100)</source>
        <translation>최소–최대 (0–100)</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z-점수</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Distance to target</source>
        <translation>목표 대비 거리</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>지역(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>비교 지역(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Weights:</source>
        <translation>가중치(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Normalisation:</source>
        <translation>정규화(&amp;N):</translation>
    </message>
    <message>
        <source>Adjust weights…</source>
        <translation>가중치 조정…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>비교 지역</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Weight set</source>
        <translation>가중치 세트</translation>
    </message>
    <message>
        <source>Normalisation</source>
        <translation>정규화</translation>
    </message>
    <message>
        <source>%1: districts (%2)</source>
        <translation>%1 시군구 (%2곳)</translation>
    </message>
    <message>
        <source>No districts in the database: import a regions file with level 2 regions</source>
        <translation>데이터베이스에 시군구가 없습니다. 시군구(2수준) 지역 파일을 먼저 가져오세요</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>단위(&amp;L):</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>비교 단위</translation>
    </message>
    <message>
        <source>Custom (from %1)</source>
        <translation>사용자 지정 (%1 기준)</translation>
    </message>
    <message>
        <source>Provinces (17)</source>
        <translation>시도 (17곳)</translation>
    </message>
    <message>
        <source>All districts (%1)</source>
        <translation>전국 시군구 (%1곳)</translation>
    </message>
    <message>
        <source>Compare provinces, or the districts of a province or of the country</source>
        <translation>시도끼리, 또는 한 도나 전국의 시군구끼리 비교합니다</translation>
    </message>
</context>
<context>
    <name>air::Slides</name>
    <message>
        <source>as of %1</source>
        <translation>%1년 기준</translation>
    </message>
    <message>
        <source>latest figures</source>
        <translation>최신 자료</translation>
    </message>
    <message>
        <source>latest figures (%1)</source>
        <translation>최신 자료 (%1년)</translation>
    </message>
    <message>
        <source>latest figures (%1–%2)</source>
        <translation>최신 자료 (%1–%2년)</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 외 %2곳</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>출처: %1</translation>
    </message>
    <message>
        <source>%1 · sources of the figures: %2</source>
        <translation>%1 · 지표 출처: %2</translation>
    </message>
    <message>
        <source>%1 · %2 · the nation · %3–%4</source>
        <translation>%1 · %2 · 전국 · %3–%4년</translation>
    </message>
    <message>
        <source>%1 · compared with %2 · %3</source>
        <translation>%1 · 비교 지역: %2 · %3</translation>
    </message>
    <message>
        <source>scenario: %1</source>
        <translation>시나리오: %1</translation>
    </message>
    <message>
        <source>Scores computed by the Jeonnam AI readiness dashboard</source>
        <translation>점수: 전남 AI 준비도 대시보드 산출</translation>
    </message>
    <message>
        <source>Jeonnam AI readiness dashboard · %1</source>
        <translation>전남 AI 준비도 대시보드 · %1 작성</translation>
    </message>
    <message>
        <source>cannot draw %1</source>
        <translation>그림을 그릴 수 없습니다: %1</translation>
    </message>
    <message>
        <source>name a folder for the slides</source>
        <translation>슬라이드 그림을 저장할 폴더를 지정하십시오</translation>
    </message>
    <message>
        <source>%1 is not a folder: the slides go into a folder</source>
        <translation>폴더가 아닙니다: %1 (슬라이드 그림은 폴더에 저장합니다)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write to the folder %1 (no permission)</source>
        <translation>폴더에 쓸 수 없습니다 (쓰기 권한 없음): %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a file: nothing was written</source>
        <translation>파일이 아닌 같은 이름의 항목이 있습니다: %1 (아무것도 쓰지 않았습니다)</translation>
    </message>
    <message>
        <source>Indicators without a bar to draw (%1) are left out: they are in the page's table.</source>
        <translation>그릴 막대가 없는 지표 %1개는 뺐습니다. 대시보드의 표에 있습니다.</translation>
    </message>
    <message>
        <source>%1 is a link: nothing was written</source>
        <translation>%1: 링크이므로 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>air::Storage</name>
    <message>
        <source>cannot start the import: %1</source>
        <translation>가져오기를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the import could not be saved: %1</source>
        <translation>가져오기를 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>this PostgreSQL database has tables, but is not one of this program's (it has no schema version); name an empty database</source>
        <translation>이 PostgreSQL 데이터베이스에는 표가 있지만 이 프로그램의 데이터베이스가 아닙니다(스키마 버전 없음). 빈 데이터베이스를 지정하십시오</translation>
    </message>
    <message>
        <source>this server was set up by a newer version of the program (schema %1; this program knows up to %2)</source>
        <translation>이 서버는 더 새 버전의 프로그램이 설정했습니다 (스키마 %1, 이 프로그램은 %2까지 지원)</translation>
    </message>
    <message>
        <source>this server holds schema %1, older than any team database this program made</source>
        <translation>이 서버의 스키마 버전(%1)은 이 프로그램이 만든 어떤 팀 데이터베이스보다 오래되었습니다</translation>
    </message>
    <message>
        <source>this database user may not create the program's tables: ask the team's owner to run 'ai-readiness team init --db URL' (%1)</source>
        <translation>이 데이터베이스 사용자는 프로그램의 표를 만들 수 없습니다. 팀 관리자에게 'ai-readiness team init --db URL' 실행을 요청하십시오 (%1)</translation>
    </message>
    <message>
        <source>cannot set up the team's roles: %1</source>
        <translation>팀 역할을 설정할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the role is viewer, editor or owner, not '%1'</source>
        <translation>역할은 viewer, editor, owner 중 하나입니다 ('%1' 아님)</translation>
    </message>
    <message>
        <source>the server has no user '%1' (the server's administrator creates it: CREATE ROLE ... LOGIN)</source>
        <translation>서버에 없는 사용자입니다: '%1' (서버 관리자가 CREATE ROLE ... LOGIN으로 만듭니다)</translation>
    </message>
    <message>
        <source>cannot grant the role: %1</source>
        <translation>역할을 부여할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>not a team database address: %1 (write postgresql://USER@HOST[:PORT]/DBNAME)</source>
        <translation>팀 데이터베이스 주소가 아닙니다: %1 (postgresql://USER@HOST[:PORT]/DBNAME 형식으로 쓰십시오)</translation>
    </message>
    <message>
        <source>the server refused the user '%1': %2 (give the password in PGPASSWORD or ~/.pgpass)</source>
        <translation>서버가 사용자 '%1'의 접속을 거부했습니다: %2 (비밀번호는 PGPASSWORD나 ~/.pgpass로 주십시오)</translation>
    </message>
    <message>
        <source>cannot reach the team database: %1</source>
        <translation>팀 데이터베이스에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the team database is read-only for %1 (a viewer): nothing can be imported</source>
        <translation>팀 데이터베이스에서 %1 사용자는 열람자라 읽기만 할 수 있습니다. 가져오기를 할 수 없습니다</translation>
    </message>
    <message>
        <source>unknown weight set '%1'; the database has: %2</source>
        <translation>알 수 없는 가중치 묶음: '%1' (데이터베이스에 있는 묶음: %2)</translation>
    </message>
    <message>
        <source>the database is open read-only: the change was not saved</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있어 변경을 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>the figure %1, %2, %3 no longer exists (another desk deleted it)</source>
        <translation>수치가 더 이상 없습니다: %1, %2, %3년 (다른 사용자가 삭제함)</translation>
    </message>
    <message>
        <source>cannot start the change: %1</source>
        <translation>변경을 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the change could not be saved: %1</source>
        <translation>변경을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the changed figure cannot be read back</source>
        <translation>변경한 수치를 다시 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot start reading: %1</source>
        <translation>읽기를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the target is read-only: nothing was copied</source>
        <translation>대상이 읽기 전용입니다. 아무것도 복사하지 않았습니다</translation>
    </message>
    <message>
        <source>the target already holds regions or figures: copy into a new file or an empty database</source>
        <translation>대상에 이미 지역이나 수치가 있습니다. 새 파일이나 빈 데이터베이스로 복사하십시오</translation>
    </message>
    <message>
        <source>cannot start the copy: %1</source>
        <translation>복사를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>the copy could not be saved: %1</source>
        <translation>복사본을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>unknown table '%1'; one of: %2</source>
        <translation>알 수 없는 표: '%1' (쓸 수 있는 표: %2)</translation>
    </message>
    <message>
        <source>--indicator, --region and --year apply to the observations table only</source>
        <translation>--indicator, --region, --year 옵션은 observations 표에만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>team roles need a team database: --db postgresql://USER@HOST[:PORT]/DBNAME (this is a file)</source>
        <translation>팀 역할은 팀 데이터베이스에만 있습니다: --db postgresql://USER@HOST[:PORT]/DBNAME (지금 연 것은 파일입니다)</translation>
    </message>
    <message>
        <source>cannot read the saved views</source>
        <translation>저장된 보기를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>no saved view named '%1'</source>
        <translation>저장된 보기가 없습니다: '%1'</translation>
    </message>
    <message>
        <source>a view needs a name</source>
        <translation>보기 이름을 적으십시오</translation>
    </message>
    <message>
        <source>view '%1': %2</source>
        <translation>보기 '%1': %2</translation>
    </message>
    <message>
        <source>the level is 1 (provinces) or 2 (districts), not %1</source>
        <translation>단위는 1(시도) 또는 2(시군구)여야 합니다 (지정한 값: %1)</translation>
    </message>
    <message>
        <source>a province to rank districts within (%1) needs level 2</source>
        <translation>시군구를 비교할 시도(%1)는 단위 2에서만 지정할 수 있습니다</translation>
    </message>
    <message>
        <source>unknown normalisation '%1' (minmax, zscore, rank or goalposts)</source>
        <translation>알 수 없는 정규화 방법: '%1' (minmax, zscore, rank, goalposts 중 하나)</translation>
    </message>
    <message>
        <source>unknown province '%1'</source>
        <translation>알 수 없는 시도: '%1'</translation>
    </message>
    <message>
        <source>unknown region '%1'</source>
        <translation>알 수 없는 지역 '%1'</translation>
    </message>
    <message>
        <source>the database has no figure of the year %1</source>
        <translation>데이터베이스에 %1년 수치가 없습니다</translation>
    </message>
    <message>
        <source>unknown weight set '%1'</source>
        <translation>알 수 없는 가중치: '%1'</translation>
    </message>
    <message>
        <source>no saved scenario named '%1'</source>
        <translation>저장된 시나리오가 없습니다: '%1'</translation>
    </message>
    <message>
        <source>cannot save the view</source>
        <translation>보기를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot delete the view</source>
        <translation>보기를 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the saved views' history</source>
        <translation>저장된 보기의 이력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the database is open read-only: %1</source>
        <translation>데이터베이스가 읽기 전용으로 열려 있습니다: %1</translation>
    </message>
    <message>
        <source>there is no scenario '%1'</source>
        <translation>'%1' 시나리오가 없습니다</translation>
    </message>
    <message>
        <source>scenario '%1': unknown region '%2' (%3)</source>
        <translation>시나리오 '%1': 알 수 없는 지역 '%2' (%3)</translation>
    </message>
    <message>
        <source>scenario '%1': unknown indicator '%2' (%3)</source>
        <translation>시나리오 '%1': 알 수 없는 지표 '%2' (%3)</translation>
    </message>
    <message>
        <source>scenario '%1': %2 is not a finite number</source>
        <translation>시나리오 '%1': %2의 값이 유한한 수가 아닙니다</translation>
    </message>
    <message>
        <source>scenario '%1': %2 is changed twice</source>
        <translation>시나리오 '%1': %2 변경이 두 번 있습니다</translation>
    </message>
    <message>
        <source>the scenario was not saved</source>
        <translation>시나리오를 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>a scenario needs a name</source>
        <translation>시나리오에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>the scenario was not renamed</source>
        <translation>시나리오 이름을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>a scenario named '%1' exists already</source>
        <translation>'%1' 시나리오가 이미 있습니다</translation>
    </message>
    <message>
        <source>the scenario was not deleted</source>
        <translation>시나리오를 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>the view was not saved</source>
        <translation>보기를 저장하지 않았습니다</translation>
    </message>
    <message>
        <source>the view was not deleted</source>
        <translation>보기를 삭제하지 않았습니다</translation>
    </message>
    <message>
        <source>cannot read the region boundaries</source>
        <translation>지역 경계를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the stored boundary of %1 is not an outline</source>
        <translation>저장된 %1 경계가 윤곽선이 아닙니다</translation>
    </message>
    <message>
        <source>no boundary was imported</source>
        <translation>경계를 하나도 가져오지 않았습니다</translation>
    </message>
    <message>
        <source>two boundaries for %1</source>
        <translation>%1의 경계가 두 개입니다</translation>
    </message>
    <message>
        <source>a ring of %1 is not a closed ring of four points or more</source>
        <translation>%1의 고리 하나가 점 4개 이상으로 닫힌 고리가 아닙니다</translation>
    </message>
    <message>
        <source>the boundary of %1 has no ring</source>
        <translation>%1의 경계에 고리가 없습니다</translation>
    </message>
    <message>
        <source>cannot import the boundaries</source>
        <translation>경계를 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>cannot import the boundary of %1</source>
        <translation>%1의 경계를 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the scenarios</source>
        <translation>시나리오를 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the scenarios' changes</source>
        <translation>시나리오의 변경을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot save the scenario</source>
        <translation>시나리오를 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot save the scenario's changes</source>
        <translation>시나리오의 변경을 저장할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot rename the scenario</source>
        <translation>시나리오 이름을 바꿀 수 없습니다</translation>
    </message>
    <message>
        <source>cannot delete the scenario</source>
        <translation>시나리오를 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the scenarios' history</source>
        <translation>시나리오 이력을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>districts</source>
        <translation>시군 단위</translation>
    </message>
    <message>
        <source>districts of %1</source>
        <translation>%1의 시군</translation>
    </message>
    <message>
        <source>latest year</source>
        <translation>최근 연도</translation>
    </message>
    <message>
        <source>the server refused a figure</source>
        <translation>서버가 수치를 받지 않았습니다</translation>
    </message>
</context>
<context>
    <name>air::TileMap</name>
    <message>
        <source>Tile map of the regions</source>
        <translation>시도 타일 지도</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>자료 없음</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>Rank: %1</source>
        <translation>순위: %1</translation>
    </message>
    <message>
        <source>Click to make it the focus region</source>
        <translation>누르면 기준 지역으로 선택합니다</translation>
    </message>
    <message>
        <source>No boundary imported for: %1</source>
        <translation>경계 자료가 없는 지역: %1</translation>
    </message>
    <message>
        <source>No tile layout for these regions: tiles in code order, not in their geographic place.</source>
        <translation>이 지역들의 타일 배치 자료가 없어 지리적 위치가 아닌 코드 순서로 배치했습니다.</translation>
    </message>
    <message>
        <source>Regions without a place in the tile layout (%1): under the map, in code order.</source>
        <translation>타일 배치 자료에 없는 지역(%1곳)은 지도 아래에 코드 순서로 배치했습니다.</translation>
    </message>
    <message>
        <source>Score (of 100), in classes of 20 points</source>
        <translation>점수 (100점 만점, 20점 단위 구간)</translation>
    </message>
</context>
<context>
    <name>air::TrendModel</name>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
</context>
<context>
    <name>air::TrendsPage</name>
    <message>
        <source>Indicator</source>
        <translation>지표</translation>
    </message>
    <message>
        <source>More regions</source>
        <translation>추가 지역</translation>
    </message>
    <message>
        <source>More regions:</source>
        <translation>추가 지역:</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>추세</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>추세</translation>
    </message>
</context>
<context>
    <name>air::WeightEditor</name>
    <message>
        <source>Pillar weights</source>
        <translation>부문 가중치</translation>
    </message>
    <message>
        <source>Each pillar's weight relative to the weight set (100 % = as set). The index and every page follow at once.</source>
        <translation>가중치 세트 대비 각 부문의 가중치 (100 % = 그대로). 지수와 모든 화면이 바로 바뀝니다.</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 가중치</translation>
    </message>
</context>
</TS>