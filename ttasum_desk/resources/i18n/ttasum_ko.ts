<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name></name>
    <message>
        <source>CloseReport</source>
        <comment>Time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Receipt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Quantity</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Reason</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Operator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Per item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Handouts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Out</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>In</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Left</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Voids</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Overrides</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CloseReport</source>
        <comment>Per operator</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About TTASUM Desk</source>
        <translation>TTASUM Desk 정보</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>TTASUM Desk: fair, offline hand-out of limited goods</source>
        <translation>TTASUM Desk: 한정된 물품의 공정한 오프라인 배부</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Database schema:</source>
        <translation>데이터베이스 스키마:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>데이터베이스:</translation>
    </message>
</context>
<context>
    <name>AccessLogView</name>
    <message>
        <source>looked up</source>
        <translation>조회</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>열람</translation>
    </message>
    <message>
        <source>Access log: who opened whom (names masked)</source>
        <translation>열람 기록: 누가 누구를 열어 보았는지 (이름 가림)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>대상자</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
</context>
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>Recipient cards</source>
        <translation>수령자 카드</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>일반 시민</translation>
    </message>
    <message>
        <source>Vulnerable group</source>
        <translation>취약계층</translation>
    </message>
    <message>
        <source>Recipient card</source>
        <translation>수령자 카드</translation>
    </message>
    <message>
        <source>born {year}</source>
        <translation>{year}년생</translation>
    </message>
</context>
<context>
    <name>ClassPicker</name>
    <message>
        <source>&amp;School</source>
        <translation>학교(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>학년(&amp;G)</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>반(&amp;L)</translation>
    </message>
    <message>
        <source>Grade {grade}</source>
        <translation>{grade}학년</translation>
    </message>
    <message>
        <source>Class {klass}</source>
        <translation>{klass}반</translation>
    </message>
</context>
<context>
    <name>ClassSheet</name>
    <message>
        <source>Class sign-off sheet</source>
        <translation>학급 수령 확인서</translation>
    </message>
    <message>
        <source>{school}, grade {grade}, class {klass}</source>
        <translation>{school} {grade}학년 {klass}반</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>로트</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>{served} of {students} students received {total} {unit}.</source>
        <translation>학생 {students}명 중 {served}명이 {total}{unit} 받았습니다.</translation>
    </message>
    <message>
        <source>Class counts (charged to the class&apos;s pupils): {counts}; in all {total}.</source>
        <translation>학급 집계 (반 학생들에게 배분): {counts}; 모두 {total}.</translation>
    </message>
    <message>
        <source>Teacher in charge: ______________  (signature)</source>
        <translation>담임교사: ______________  (서명)</translation>
    </message>
    <message>
        <source>School nurse: ______________  (signature)</source>
        <translation>보건교사: ______________  (서명)</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
</context>
<context>
    <name>CloseReport</name>
    <message>
        <source>Close report {day}</source>
        <translation>마감 보고 {day}</translation>
    </message>
    <message>
        <source>{code} {name} · made {made}</source>
        <translation>{code} {name} · 작성 {made}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Done: the day-file is {file}, with {rows} rows ({handouts} handouts).</source>
        <translation>완료: 일일 파일 {file}, {rows}행 (지급 {handouts}건).</translation>
    </message>
    <message>
        <source>Cancelled: no day-file was exported.</source>
        <translation>취소했습니다. 일일 파일을 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Checking the records, then writing the day-file…</source>
        <translation>기록을 검사한 다음 일일 파일을 쓰는 중…</translation>
    </message>
    <message>
        <source>End of day</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>지급 건수</translation>
    </message>
    <message>
        <source>In</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>남음</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>예외 지급</translation>
    </message>
    <message>
        <source>Per item</source>
        <translation>물품별</translation>
    </message>
    <message>
        <source>Per operator</source>
        <translation>담당자별</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Voids</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>CloseReportDialog</name>
    <message>
        <source>End of day</source>
        <translation>마감</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF로 저장</translation>
    </message>
    <message>
        <source>Export day-file (F10)</source>
        <translation>일일 파일 내보내기 (F10)</translation>
    </message>
    <message>
        <source>Done: the close report is {file}.</source>
        <translation>완료: 마감 보고는 {file}입니다.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>Day-files and reviews</source>
        <translation>일일 파일과 검토</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>현황판</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>열람 기록</translation>
    </message>
    <message>
        <source>Station keys</source>
        <translation>지점 서명 키</translation>
    </message>
    <message>
        <source>Day-files (drop .xlsx files here)</source>
        <translation>일일 파일 (.xlsx 파일을 여기에 끌어 놓으세요)</translation>
    </message>
    <message>
        <source>Add day-files…</source>
        <translation>일일 파일 추가…</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>목록 비우기</translation>
    </message>
    <message>
        <source>Dry run (write nothing)</source>
        <translation>시험 실행 (저장하지 않음)</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%m개 중 %v개 파일</translation>
    </message>
    <message>
        <source>Add the day-files of the stations, then merge.</source>
        <translation>지점들의 일일 파일을 추가한 뒤 병합하세요.</translation>
    </message>
    <message>
        <source>After the campaign: erase the personal data of people inactive since a day.</source>
        <translation>사업이 끝난 뒤: 어느 날 이후 활동이 없는 사람의 개인정보를 지웁니다.</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>개인정보 지우기…</translation>
    </message>
    <message>
        <source>To review: conflicts, double-dips, people registered twice</source>
        <translation>검토할 것: 충돌, 중복 수령, 두 번 등록된 사람</translation>
    </message>
    <message>
        <source>Export merge report…</source>
        <translation>병합 보고서 내보내기…</translation>
    </message>
    <message>
        <source>Export snapshot…</source>
        <translation>스냅숏 내보내기…</translation>
    </message>
    <message>
        <source>Import snapshot…</source>
        <translation>스냅숏 가져오기…</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>명단 가져오기…</translation>
    </message>
    <message>
        <source>End of day: export day-file…</source>
        <translation>마감: 일일 파일 내보내기…</translation>
    </message>
    <message>
        <source>Summary report…</source>
        <translation>요약 보고서…</translation>
    </message>
    <message>
        <source>Day-files to merge</source>
        <translation>병합할 일일 파일</translation>
    </message>
    <message>
        <source>Stopping after the file at hand…</source>
        <translation>지금 파일까지만 처리하고 멈춥니다…</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>{file} 병합 중…</translation>
    </message>
    <message>
        <source>{files} files: {inserted} rows added, {conflicts} conflicts, {altered} altered, {dips} double-dips.</source>
        <translation>파일 {files}개: {inserted}행 추가, 충돌 {conflicts}, 변조 {altered}, 중복 수령 {dips}.</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not merged.</source>
        <translation>취소됨: 남은 파일은 병합하지 않았습니다.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Save the merge report</source>
        <translation>병합 보고서 저장</translation>
    </message>
    <message>
        <source>Save the snapshot</source>
        <translation>스냅숏 저장</translation>
    </message>
    <message>
        <source>Exporting the snapshot…</source>
        <translation>스냅숏 내보내는 중…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>취소됨: 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Save today&apos;s day-file</source>
        <translation>오늘의 일일 파일 저장</translation>
    </message>
    <message>
        <source>Exporting the day-file…</source>
        <translation>일일 파일 내보내는 중…</translation>
    </message>
    <message>
        <source>Save the summary report</source>
        <translation>요약 보고서 저장</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;엑셀 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the summary report…</source>
        <translation>종합 보고서 작성 중…</translation>
    </message>
    <message>
        <source>Cancelled: the summary report was not written.</source>
        <translation>취소했습니다. 종합 보고서를 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Snapshot to import</source>
        <translation>가져올 스냅숏</translation>
    </message>
    <message>
        <source>Another campaign</source>
        <translation>다른 사업</translation>
    </message>
    <message>
        <source>Importing the snapshot…</source>
        <translation>스냅숏 가져오는 중…</translation>
    </message>
    <message>
        <source>Roster to import</source>
        <translation>가져올 명단</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.xls *.ods *.csv)</source>
        <translation>명단 (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <source>TTASUM Desk</source>
        <translation>따숨 데스크</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>완료.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Not merged: {error}</source>
        <translation>병합하지 않음: {error}</translation>
    </message>
    <message>
        <source>ALTERED: {problems}</source>
        <translation>변조 의심: {problems}</translation>
    </message>
    <message>
        <source>Merged. Note: {notes}</source>
        <translation>병합됨. 참고: {notes}</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>병합됨</translation>
    </message>
    <message>
        <source>Stations</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>발견 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>충돌</translation>
    </message>
    <message>
        <source>Double-dip</source>
        <translation>중복 수령</translation>
    </message>
    <message>
        <source>Registered twice</source>
        <translation>이중 등록</translation>
    </message>
    <message>
        <source>Unsigned file</source>
        <translation>서명 없는 파일</translation>
    </message>
</context>
<context>
    <name>CoordinatorPinPage</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>총괄 PIN</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>PIN(&amp;P)</translation>
    </message>
    <message>
        <source>PIN &amp;again</source>
        <translation>PIN 다시(&amp;A)</translation>
    </message>
    <message>
        <source>Merging, snapshots, roster import, rules and station settings ask for this PIN. A coordinator&apos;s hub needs one.</source>
        <translation>병합, 스냅숏, 명단 가져오기, 규칙, 지점 설정에서 이 PIN을 묻습니다. 총괄 본부에는 꼭 필요합니다.</translation>
    </message>
    <message>
        <source>Merging, snapshots, roster import, rules and station settings ask for this PIN. A small station may leave it empty.</source>
        <translation>병합, 스냅숏, 명단 가져오기, 규칙, 지점 설정에서 이 PIN을 묻습니다. 작은 지점은 비워 두어도 됩니다.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>두 PIN이 다릅니다.</translation>
    </message>
</context>
<context>
    <name>CorrectBatchDialog</name>
    <message>
        <source>Correct lot {lot}</source>
        <translation>로트 {lot} 정정</translation>
    </message>
    <message>
        <source>e.g. the box held 480, not 500</source>
        <translation>예: 500개가 아니라 480개가 들어 있었음</translation>
    </message>
    <message>
        <source>&amp;Really received</source>
        <translation>실제 입고 수량(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>사유(&amp;E)</translation>
    </message>
</context>
<context>
    <name>DailyBackup</name>
    <message>
        <source>Backup</source>
        <translation>백업</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>지급 건수</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Last day-file</source>
        <translation>마지막 일일 파일</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Progress against targets</source>
        <translation>목표 대비 진행</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>새로 고치는 중…</translation>
    </message>
    <message>
        <source>Per station</source>
        <translation>지점별</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>구분별</translation>
    </message>
    <message>
        <source>Per item</source>
        <translation>물품별</translation>
    </message>
    <message>
        <source>Last day-files</source>
        <translation>마지막 일일 파일</translation>
    </message>
    <message>
        <source>Conflicts and double-dips awaiting review: {count}</source>
        <translation>검토 대기 중인 충돌과 중복 수령: {count}건</translation>
    </message>
    <message>
        <source>Handed out per day</source>
        <translation>일별 지급</translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation>7일 평균</translation>
    </message>
    <message>
        <source>Kits handed out {kits} · finished masks returned {returned}</source>
        <translation>키트 배부 {kits} · 기부로 돌아온 완제품 마스크 {returned}</translation>
    </message>
    <message>
        <source>Workshops {sessions} · signed up {signed_up} · attended {attended}</source>
        <translation>만들기 교실 {sessions}회 · 신청 {signed_up} · 참석 {attended}</translation>
    </message>
    <message>
        <source>{done} / {goal} people</source>
        <translation>{done} / {goal}명</translation>
    </message>
    <message>
        <source>{done} people</source>
        <translation>{done}명</translation>
    </message>
    <message>
        <source>{days} days left</source>
        <translation>{days}일 남음</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days}일 지남</translation>
    </message>
</context>
<context>
    <name>DecisionBanner</name>
    <message>
        <source>Decision</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Scan a card or type a name</source>
        <translation>카드를 스캔하거나 이름을 입력하세요</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Void of an earlier handout</source>
        <translation>이전 지급의 취소</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>예외 지급</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>Vulnerable</source>
        <translation>취약계층</translation>
    </message>
    <message>
        <source>{school} grade {grade} class {klass}</source>
        <translation>{school} {grade}학년 {klass}반</translation>
    </message>
    <message>
        <source>{count}+ people: type more</source>
        <translation>{count}명 이상: 더 입력하세요</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count}명</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>생년</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>School / district</source>
        <translation>학교 / 동</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
</context>
<context>
    <name>DeskHandouts</name>
    <message>
        <source>Scan a card or type a name</source>
        <translation>카드를 스캔하거나 이름을 입력하세요</translation>
    </message>
    <message>
        <source>Choose an item</source>
        <translation>물품을 고르세요</translation>
    </message>
    <message>
        <source>Can&apos;t decide</source>
        <translation>판정할 수 없습니다</translation>
    </message>
    <message>
        <source>Allowed: up to {quantity} {unit} for {name}</source>
        <translation>지급 가능: {name} 님, 최대 {quantity}{unit}</translation>
    </message>
    <message>
        <source>Partly used: {quantity} {unit} left for {name}</source>
        <translation>일부 수령: {name} 님, {quantity}{unit} 남음</translation>
    </message>
    <message>
        <source>Enter records.</source>
        <translation>Enter를 누르면 기록합니다.</translation>
    </message>
    <message>
        <source>Stock short: {on_hand} {unit} on hand</source>
        <translation>재고 부족: {on_hand}{unit} 남음</translation>
    </message>
    <message>
        <source>{name} may receive {quantity} {unit}. Hand out {on_hand} at most, or receive a batch first.</source>
        <translation>{name} 님은 {quantity}{unit}까지 받을 수 있습니다. 최대 {on_hand}{unit}만 지급하거나 먼저 입고를 등록하세요.</translation>
    </message>
    <message>
        <source>No batch of {item} was received here. Count the shelf: Enter asks before recording.</source>
        <translation>이 지점에 {item} 입고 기록이 없습니다. 실제 재고를 확인하세요. Enter를 누르면 기록 전에 확인합니다.</translation>
    </message>
    <message>
        <source>Eligible again on {day}.</source>
        <translation>{day}부터 다시 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>F8 overrides with a reason.</source>
        <translation>F8: 사유를 적고 예외 지급.</translation>
    </message>
    <message>
        <source>Enter records: {lines}.</source>
        <translation>Enter로 기록: {lines}.</translation>
    </message>
    <message>
        <source>Refused: {name}</source>
        <translation>지급 불가: {name} 님</translation>
    </message>
    <message>
        <source>Stock short</source>
        <translation>재고 부족</translation>
    </message>
    <message>
        <source>The stock shows {on_hand} {unit} of {item} on hand, fewer than {quantity}. Record the handout anyway?</source>
        <translation>{item} 재고가 {on_hand}{unit}로 {quantity}보다 적습니다. 그래도 지급을 기록할까요?</translation>
    </message>
    <message>
        <source>Who is handing out?</source>
        <translation>누가 지급합니까?</translation>
    </message>
    <message>
        <source>No operator is chosen for this database. Type your name: it is added to the station&apos;s operators and recorded with every handout.</source>
        <translation>이 데이터베이스에 선택된 담당자가 없습니다. 이름을 입력하세요. 지점 담당자로 추가되고 모든 지급 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>기록되지 않았습니다</translation>
    </message>
    <message>
        <source>Recorded: {quantity} {unit} for {name}</source>
        <translation>기록 완료: {name} 님 {quantity}{unit}</translation>
    </message>
    <message>
        <source>Recorded: {lines} for {name}</source>
        <translation>기록함: {name} 님께 {lines}</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}. Next person, please.</source>
        <translation>영수증 {receipt_no}. 다음 분 오세요.</translation>
    </message>
    <message>
        <source>Override a refusal</source>
        <translation>지급 불가 예외 처리</translation>
    </message>
    <message>
        <source>The rules refuse this handout. Why is it handed out anyway?</source>
        <translation>규칙상 지급할 수 없습니다. 그래도 지급하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Already voided: receipt {receipt_no}</source>
        <translation>이미 취소됨: 영수증 {receipt_no}</translation>
    </message>
    <message>
        <source>Choose another handout in today&apos;s log to void it.</source>
        <translation>취소하려면 오늘 지급 목록에서 다른 지급을 고르세요.</translation>
    </message>
    <message>
        <source>Void a handout</source>
        <translation>지급 취소</translation>
    </message>
    <message>
        <source>Void receipt {receipt_no}: {what}. Why is this handout voided?</source>
        <translation>영수증 {receipt_no} 취소: {what}. 이 지급을 취소하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Voided: receipt {receipt_no}</source>
        <translation>취소 완료: 영수증 {receipt_no}</translation>
    </message>
    <message>
        <source>{what} no longer counts. Reason: {reason}</source>
        <translation>{what}: 지급에서 제외되었습니다. 사유: {reason}</translation>
    </message>
    <message>
        <source>Not voided</source>
        <translation>취소되지 않았습니다</translation>
    </message>
    <message>
        <source>{name}, {item} × {quantity}</source>
        <translation>{name}, {item} × {quantity}</translation>
    </message>
    <message>
        <source>Receipt not printed</source>
        <translation>영수증을 인쇄하지 못했습니다</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>{name} is registered with card {card}. Print a card now?</source>
        <translation>{name} 님이 카드 {card}(으)로 등록되었습니다. 지금 카드를 인쇄할까요?</translation>
    </message>
    <message>
        <source>Cards not printed</source>
        <translation>카드를 인쇄하지 못했습니다</translation>
    </message>
    <message>
        <source>Cancelled: no card sheet was written.</source>
        <translation>취소했습니다. 카드 시트를 만들지 않았습니다.</translation>
    </message>
    <message>
        <source>Writing the cards…</source>
        <translation>카드 만드는 중…</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Print cards for the {count} imported people?</source>
        <translation>가져온 {count}명의 카드를 인쇄할까요?</translation>
    </message>
    <message>
        <source>Handed out today: {today}</source>
        <translation>오늘 지급: {today}</translation>
    </message>
    <message>
        <source>Stock left: {stock}</source>
        <translation>남은 재고: {stock}</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Scan a card or type a name (ㅎㄱㄷ works)</source>
        <translation>카드 스캔 또는 이름 입력 (초성 ㅎㄱㄷ 가능)</translation>
    </message>
    <message>
        <source>Card or name</source>
        <translation>카드 또는 이름</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>수령인</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>기록 (Enter)</translation>
    </message>
    <message>
        <source>Override… (F8)</source>
        <translation>예외 지급… (F8)</translation>
    </message>
    <message>
        <source>Proxy (F7)</source>
        <translation>대리 수령 (F7)</translation>
    </message>
    <message>
        <source>Register walk-in (F2)</source>
        <translation>현장 등록 (F2)</translation>
    </message>
    <message>
        <source>No one found for “{text}”</source>
        <translation>“{text}”(으)로 찾은 사람이 없습니다</translation>
    </message>
    <message>
        <source>Check the spelling, try the initial consonants, or register (F2).</source>
        <translation>철자를 확인하거나 초성으로 찾아보거나 새로 등록하세요 (F2).</translation>
    </message>
    <message>
        <source>The person themself</source>
        <translation>본인</translation>
    </message>
    <message>
        <source>Reprint (F5)</source>
        <translation>재발행 (F5)</translation>
    </message>
    <message>
        <source>Void… (F6)</source>
        <translation>취소… (F6)</translation>
    </message>
    <message>
        <source>Today at this station</source>
        <translation>오늘 이 지점의 지급</translation>
    </message>
    <message>
        <source>Day-file exported</source>
        <translation>일일 파일을 내보냈습니다</translation>
    </message>
    <message>
        <source>Day-file not exported</source>
        <translation>일일 파일을 내보내지 못했습니다</translation>
    </message>
    <message>
        <source>Exporting the day-file…</source>
        <translation>일일 파일을 내보내는 중…</translation>
    </message>
    <message>
        <source>Checking the records first.</source>
        <translation>먼저 기록을 검사합니다.</translation>
    </message>
    <message>
        <source>Demo database: try the cards {allowed} (masks and a filter pack in one visit) and {refused} (no masks, but a kit), or scan MASK-KIT, then {household}, then F7: a parent collects for a small child.</source>
        <translation>데모 데이터베이스: 카드 {allowed}(한 번 방문에 마스크와 필터 묶음)와 {refused}(마스크는 안 되지만 키트는 됨)를 입력해 보세요. 또는 MASK-KIT, {household}를 차례로 스캔한 뒤 F7: 부모가 어린 자녀 대신 받습니다.</translation>
    </message>
</context>
<context>
    <name>Donations</name>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation>기부자</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>로트</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>익명</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>정원</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>참석</translation>
    </message>
</context>
<context>
    <name>DonationsPage</name>
    <message>
        <source>Donations</source>
        <translation>기부</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>만들기 교실</translation>
    </message>
    <message>
        <source>Scan the donor&apos;s card; empty: anonymous</source>
        <translation>기부자 카드를 스캔하세요. 비워 두면 익명</translation>
    </message>
    <message>
        <source>&amp;Record donation (Enter)</source>
        <translation>기부 기록(&amp;R) (Enter)</translation>
    </message>
    <message>
        <source>Donor&apos;s card</source>
        <translation>기부자 카드</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Today&apos;s donations</source>
        <translation>오늘의 기부</translation>
    </message>
    <message>
        <source>Thank you: {quantity} {unit} of {item} taken into stock as lot {lot}.</source>
        <translation>감사합니다. {item} {quantity}{unit}을(를) 로트 {lot}(으)로 입고했습니다.</translation>
    </message>
    <message>
        <source>Where, such as the community centre hall</source>
        <translation>장소 (예: 주민센터 강당)</translation>
    </message>
    <message>
        <source>&amp;Add workshop</source>
        <translation>교실 추가(&amp;A)</translation>
    </message>
    <message>
        <source>Scan a card: Enter marks attended, Ctrl+Enter signs up</source>
        <translation>카드를 스캔하세요: Enter는 참석, Ctrl+Enter는 신청</translation>
    </message>
    <message>
        <source>A&amp;ttended (Enter)</source>
        <translation>참석(&amp;T) (Enter)</translation>
    </message>
    <message>
        <source>&amp;Sign up (Ctrl+Enter)</source>
        <translation>신청(&amp;S) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>정원</translation>
    </message>
    <message>
        <source>Workshop {number} added.</source>
        <translation>{number}번 교실을 추가했습니다.</translation>
    </message>
    <message>
        <source>Choose a workshop in the list first.</source>
        <translation>먼저 목록에서 교실을 고르세요.</translation>
    </message>
    <message>
        <source>Workshop full</source>
        <translation>정원이 찼습니다</translation>
    </message>
    <message>
        <source>{name} attended workshop {number}.</source>
        <translation>{name} 님이 {number}번 교실에 참석했습니다.</translation>
    </message>
    <message>
        <source>{name} signed up for workshop {number}.</source>
        <translation>{name} 님이 {number}번 교실에 신청했습니다.</translation>
    </message>
</context>
<context>
    <name>EnrolledStations</name>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation>키 지문</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>등록일</translation>
    </message>
    <message>
        <source>Enrol from enrolment file…</source>
        <translation>등록 파일로 등록…</translation>
    </message>
    <message>
        <source>Enrol from day-files…</source>
        <translation>일일 파일로 등록…</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>등록 파일</translation>
    </message>
    <message>
        <source>Day-files to take keys from</source>
        <translation>키를 가져올 일일 파일</translation>
    </message>
    <message>
        <source>Station {station} ({name}) signs with key

{fingerprint}

Compare it with the key shown in Settings at the station. Enrol this key?</source>
        <translation>{station} 지점({name})의 서명 키:

{fingerprint}

지점의 설정 화면에 표시된 키와 같은지 비교하세요. 이 키를 등록할까요?</translation>
    </message>
    <message>
        <source>Enrol station</source>
        <translation>지점 등록</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <source>The chosen font {path} can&apos;t be used ({error}).</source>
        <translation>선택한 글꼴 {path}을(를) 쓸 수 없습니다 ({error}).</translation>
    </message>
    <message>
        <source>No Hangul TrueType font was found, so PDFs use the built-in font {font}, which is not embedded and may look different on other computers. Install NanumGothic (fonts-nanum on Linux) or choose a Hangul .ttf/.ttc font in Settings.</source>
        <translation>한글 트루타입 글꼴을 찾지 못해 PDF에 내장 글꼴 {font}을(를) 씁니다. 이 글꼴은 파일에 포함되지 않아 다른 컴퓨터에서 다르게 보일 수 있습니다. 나눔고딕(Linux에서는 fonts-nanum)을 설치하거나 설정에서 한글 .ttf/.ttc 글꼴을 고르세요.</translation>
    </message>
</context>
<context>
    <name>IntegrityBar</name>
    <message>
        <source>Database check</source>
        <translation>데이터베이스 점검</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>TTASUM Desk</source>
        <translation>따숨 데스크</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>데이터베이스를 여는 중…</translation>
    </message>
</context>
<context>
    <name>LostCard</name>
    <message>
        <source>The card {old} belongs to {name} (born {year}); the new card is {new}.</source>
        <translation>카드 {old}은(는) {name} ({year}년생)의 카드입니다. 새 카드는 {new}입니다.</translation>
    </message>
    <message>
        <source>Replace a lost card</source>
        <translation>분실 카드 재발급</translation>
    </message>
    <message>
        <source>Give {name} a new card? The card {card} will stop working at every station.</source>
        <translation>{name} 님에게 새 카드를 발급할까요? 카드 {card}은(는) 모든 지점에서 더 이상 쓸 수 없게 됩니다.</translation>
    </message>
    <message>
        <source>New card {card}</source>
        <translation>새 카드 {card}</translation>
    </message>
    <message>
        <source>The card {card} no longer works.</source>
        <translation>카드 {card}은(는) 더 이상 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>Card not replaced</source>
        <translation>카드를 재발급하지 못했습니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Station desk</source>
        <translation>지급 창구</translation>
    </message>
    <message>
        <source>School nurse</source>
        <translation>보건실</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>총괄</translation>
    </message>
    <message>
        <source>Donations and workshops</source>
        <translation>기부·만들기 교실</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Operator:</source>
        <translation>담당자:</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TTASUM Desk</source>
        <translation>TTASUM Desk 정보(&amp;A)</translation>
    </message>
    <message>
        <source>No station set: see Settings</source>
        <translation>지점 미설정: 설정을 확인하세요</translation>
    </message>
    <message>
        <source>Station: {station}</source>
        <translation>지점: {station}</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>담당자: {name}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>데이터베이스: {path}</translation>
    </message>
    <message>
        <source>As of snapshot {date}</source>
        <translation>{date} 스냅숏 기준</translation>
    </message>
    <message>
        <source>No snapshot imported: only this station&apos;s handouts count</source>
        <translation>스냅숏 없음: 이 지점의 지급만 반영됩니다</translation>
    </message>
    <message>
        <source>TTASUM Desk</source>
        <translation>따숨 데스크</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>  row {row}: {reason}</source>
        <translation>  {row}행: {reason}</translation>
    </message>
    <message>
        <source> — ALTERED: {problems}</source>
        <translation> — 변조됨: {problems}</translation>
    </message>
    <message>
        <source>--map takes COLUMN=FIELD, such as --map 연락처=phone or --map C=birth_date.</source>
        <translation>--map은 열=필드 형식입니다. 예: --map 연락처=phone 또는 --map C=birth_date.</translation>
    </message>
    <message>
        <source>A PIN is {low} to {high} digits.</source>
        <translation>PIN은 숫자 {low}~{high}자리입니다.</translation>
    </message>
    <message>
        <source>A backup can&apos;t replace the database {path} itself. Choose another file.</source>
        <translation>백업으로 데이터베이스 {path} 자체를 덮어쓸 수는 없습니다. 다른 파일을 고르세요.</translation>
    </message>
    <message>
        <source>A batch needs its lot number, as printed on the box.</source>
        <translation>입고분에는 상자에 인쇄된 로트 번호가 필요합니다.</translation>
    </message>
    <message>
        <source>A batch&apos;s quantity must be a whole number above 0, not {quantity}.</source>
        <translation>입고 수량은 0보다 큰 정수여야 합니다. {quantity}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>A class count for grade {grade} class {klass} may be at most {most} {unit} of {item}: what its {pupils} pupils may still receive under the rules on {day}. {quantity} is more; record {most} or fewer.</source>
        <translation>{grade}학년 {klass}반의 학급 집계는 {item} 최대 {most}{unit}입니다: {day} 규칙에 따라 학생 {pupils}명이 아직 받을 수 있는 양입니다. {quantity}은(는) 너무 많으니 {most} 이하로 기록하세요.</translation>
    </message>
    <message>
        <source>A class count needs the school, a grade of 1 or more and a class of 1 or more.</source>
        <translation>학급 일괄 지급에는 학교, 1 이상의 학년, 1 이상의 반이 필요합니다.</translation>
    </message>
    <message>
        <source>A coordinator&apos;s hub needs a coordinator PIN.</source>
        <translation>총괄 본부에는 총괄 PIN이 필요합니다.</translation>
    </message>
    <message>
        <source>A station needs a code, a name and a kind (centre, school or hub).</source>
        <translation>지점에는 코드, 이름, 종류(센터, 학교, 총괄)가 필요합니다.</translation>
    </message>
    <message>
        <source>A student needs a school, a grade and a class.</source>
        <translation>학생은 학교, 학년, 반을 입력해야 합니다.</translation>
    </message>
    <message>
        <source>After the merge the database {path} failed its integrity check. Stop using it and restore the newest backup from the folder beside it.</source>
        <translation>병합 후 데이터베이스 {path}가 무결성 검사를 통과하지 못했습니다. 사용을 멈추고 옆 폴더의 가장 최근 백업을 복원하세요.</translation>
    </message>
    <message>
        <source>Allowed: {quantity}.</source>
        <translation>지급 가능: {quantity}.</translation>
    </message>
    <message>
        <source>Already came {used} of {limit} times in this campaign.</source>
        <translation>이번 사업 기간에 이미 {limit}번 중 {used}번 왔습니다.</translation>
    </message>
    <message>
        <source>Already came {used} of {limit} times this month.</source>
        <translation>이번 달에 이미 {limit}번 중 {used}번 왔습니다.</translation>
    </message>
    <message>
        <source>Already came {used} of {limit} times this week.</source>
        <translation>이번 주에 이미 {limit}번 중 {used}번 왔습니다.</translation>
    </message>
    <message>
        <source>Already came {used} of {limit} times this year.</source>
        <translation>올해 이미 {limit}번 중 {used}번 왔습니다.</translation>
    </message>
    <message>
        <source>Already came {used} of {limit} times today.</source>
        <translation>오늘 이미 {limit}번 중 {used}번 왔습니다.</translation>
    </message>
    <message>
        <source>Already came {used} of {limit} times within {days} days.</source>
        <translation>{days}일 안에 이미 {limit}번 중 {used}번 왔습니다.</translation>
    </message>
    <message>
        <source>Already came {used} of {limit} times; no further visit is allowed.</source>
        <translation>이미 {limit}번 중 {used}번 왔습니다. 더 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>Already received at the weekend of this week ({day}); a weekend handout is the only one of its week.</source>
        <translation>이번 주 주말({day})에 이미 받았습니다. 주말에 받으면 그 주에는 더 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>An operator needs a name.</source>
        <translation>담당자 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Already received {used} of {limit}{unit} in this campaign.</source>
        <translation>이번 사업 기간에 이미 {used}{unit} 받았습니다 (한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>&quot;group&quot; must be one of {groups}, not {value}</source>
        <translation>&quot;group&quot;은(는) {groups} 중 하나여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;guide&quot; must be true or false</source>
        <translation>&quot;guide&quot;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;guide_url&quot; must be a web address starting with https://, not {value}</source>
        <translation>&quot;guide_url&quot;은 https://로 시작하는 웹 주소여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list of item codes, not {value}</source>
        <translation>&quot;items&quot;는 물품 코드 목록이어야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;limit_by_household_size&quot; must map household sizes, 1 first, to limits from 1 to {most}, such as {{ 1 = 2, 2 = 3, 4 = 4 }}, not {value}</source>
        <translation>&quot;limit_by_household_size&quot;는 가구원 수(1부터)를 1~{most} 사이의 한도에 대응시켜야 합니다. 예: {{ 1 = 2, 2 = 3, 4 = 4 }}. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;month_days&quot; must be days of the month such as &quot;1-10&quot;, not {value}</source>
        <translation>&quot;month_days&quot;는 &quot;1-10&quot;처럼 달의 날짜여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;per&quot; must be &quot;person&quot; or &quot;household&quot;, not {value}</source>
        <translation>&quot;per&quot;는 &quot;person&quot; 또는 &quot;household&quot;여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;period&quot; must be one of {periods}, not {value}</source>
        <translation>&quot;period&quot;는 {periods} 중 하나여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;timezone&quot; must be a time zone name such as Asia/Seoul or Europe/Berlin, not {value}</source>
        <translation>&quot;timezone&quot;은 Asia/Seoul이나 Europe/Berlin 같은 시간대 이름이어야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;who&quot; must be one of {scopes}, not {value}</source>
        <translation>&quot;who&quot;는 {scopes} 중 하나여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; ({day}) is outside the campaign, which runs from {starts} to {ends}</source>
        <translation>&quot;{key}&quot;({day})가 사업 기간({starts}~{ends}) 밖입니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; ({day}) is outside the days of rule {name}, {first} to {last}</source>
        <translation>&quot;{key}&quot;({day})가 규칙 {name}의 기간({first}~{last}) 밖입니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is missing in {table}</source>
        <translation>{table}에 &quot;{key}&quot;가 없습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a date such as 2020-03-09, not {value}</source>
        <translation>&quot;{key}&quot;는 2020-03-09 같은 날짜여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of text, not {value}</source>
        <translation>&quot;{key}&quot;는 글자들의 목록이어야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a whole number of {least} or more, not {value}</source>
        <translation>&quot;{key}&quot;는 {least} 이상의 정수여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be at most {most}, not {value}</source>
        <translation>&quot;{key}&quot;는 {most} 이하여야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be text</source>
        <translation>&quot;{key}&quot;는 글자여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be true or false</source>
        <translation>&quot;{key}&quot;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must list some of {choices}, not {value}</source>
        <translation>&quot;{key}&quot;는 {choices} 가운데 몇 가지를 나열해야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must list whole numbers from 1 to {most}, not {value}</source>
        <translation>&quot;{key}&quot;는 1~{most} 사이의 정수를 나열해야 합니다. {value}은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>A donation&apos;s quantity must be a whole number from 1 to {most}, not {quantity}.</source>
        <translation>기부 수량은 1부터 {most} 사이의 정수여야 합니다({quantity}은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>A workshop&apos;s places must be a whole number from 1 to {most}, not {capacity}.</source>
        <translation>교실 정원은 1부터 {most} 사이의 정수여야 합니다({capacity}은(는) 쓸 수 없습니다).</translation>
    </message>
    <message>
        <source>All {capacity} places of workshop {number} are taken. Confirm to let {name} in all the same.</source>
        <translation>{number}번 교실의 정원 {capacity}명이 모두 찼습니다. 그래도 {name} 님을 받으려면 확인하세요.</translation>
    </message>
    <message>
        <source>Already received {used} of {limit}{unit} this month.</source>
        <translation>이번 달에 이미 {used}{unit} 받았습니다 (한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>Already received {used} of {limit}{unit} this week.</source>
        <translation>이번 주에 이미 {used}{unit} 받았습니다 (한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>Already received {used} of {limit}{unit} this year.</source>
        <translation>올해 이미 {used}{unit} 받았습니다 (한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>Already received {used} of {limit}{unit} today.</source>
        <translation>오늘 이미 {used}{unit} 받았습니다 (한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>Already received {used} of {limit}{unit} within {days} days.</source>
        <translation>{days}일 안에 이미 {used}{unit} 받았습니다 (한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>Already received {used} of {limit}{unit}; this item is handed out only once.</source>
        <translation>이미 {used}{unit} 받았습니다 (한도 {limit}{unit}). 이 물품은 한 번만 지급합니다.</translation>
    </message>
    <message>
        <source>An override of more than {limit} needs the coordinator&apos;s PIN. Nothing was recorded.</source>
        <translation>{limit}개를 넘는 예외 지급에는 총괄 담당자 PIN이 필요합니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Another program deleted or replaced the file {log}, the database&apos;s log of recent changes, while the app was running, so nothing was recorded. Close the app and start it again before recording anything more.</source>
        <translation>프로그램 실행 중에 다른 프로그램이 데이터베이스의 최근 변경 기록 파일 {log}을(를) 지우거나 바꿔서 아무것도 기록하지 않았습니다. 더 기록하기 전에 프로그램을 닫고 다시 시작하세요.</translation>
    </message>
    <message>
        <source>At most {max_quantity}{unit} may be handed out now; {quantity}{unit} were asked for.</source>
        <translation>지금은 최대 {max_quantity}{unit}까지 지급할 수 있습니다. 요청 수량은 {quantity}{unit}입니다.</translation>
    </message>
    <message>
        <source>Backup written to {path} and checked: {handouts} handout records, {bytes} bytes.</source>
        <translation>백업을 {path}에 쓰고 확인했습니다: 지급 기록 {handouts}건, {bytes}바이트.</translation>
    </message>
    <message>
        <source>Born in {birth_year}, this person collects on Fridays or at the weekend.</source>
        <translation>{birth_year}년생은 금요일 또는 주말에 받습니다.</translation>
    </message>
    <message>
        <source>Born in {birth_year}, this person collects on Mondays or at the weekend.</source>
        <translation>{birth_year}년생은 월요일 또는 주말에 받습니다.</translation>
    </message>
    <message>
        <source>Born in {birth_year}, this person collects on Thursdays or at the weekend.</source>
        <translation>{birth_year}년생은 목요일 또는 주말에 받습니다.</translation>
    </message>
    <message>
        <source>Born in {birth_year}, this person collects on Tuesdays or at the weekend.</source>
        <translation>{birth_year}년생은 화요일 또는 주말에 받습니다.</translation>
    </message>
    <message>
        <source>Born in {birth_year}, this person collects on Wednesdays or at the weekend.</source>
        <translation>{birth_year}년생은 수요일 또는 주말에 받습니다.</translation>
    </message>
    <message>
        <source>Campaign {name} ({code}), from {starts} until further notice</source>
        <translation>캠페인 {name} ({code}), {starts}부터 별도 안내 시까지</translation>
    </message>
    <message>
        <source>Campaign {name} ({code}), {starts} to {ends}</source>
        <translation>캠페인 {name} ({code}), {starts}부터 {ends}까지</translation>
    </message>
    <message>
        <source>Choose a group: student, public or vulnerable.</source>
        <translation>구분을 고르세요: 학생, 일반, 취약계층.</translation>
    </message>
    <message>
        <source>Choose at least one item to record.</source>
        <translation>기록할 물품을 하나 이상 고르세요.</translation>
    </message>
    <message>
        <source>Class count of {count} recorded.</source>
        <translation>학급 일괄 지급 {count}개를 기록했습니다.</translation>
    </message>
    <message>
        <source>Close report for {day} written to {file}.</source>
        <translation>{day} 마감 보고를 {file}에 썼습니다.</translation>
    </message>
    <message>
        <source>Coordinator PIN: </source>
        <translation>총괄 담당자 PIN: </translation>
    </message>
    <message>
        <source>Day-file for {day} written to {file}: {handouts} handouts.</source>
        <translation>{day} 일일 파일을 {file}에 저장했습니다: 지급 {handouts}건.</translation>
    </message>
    <message>
        <source>Decided by rules file line {line}, as changed on line {change}.</source>
        <translation>규칙 파일 {line}행({change}행에서 변경됨)이 결정했습니다.</translation>
    </message>
    <message>
        <source>Decided by rules file line {line}.</source>
        <translation>규칙 파일 {line}행이 결정했습니다.</translation>
    </message>
    <message>
        <source>Demo database ready: {count} recipients.</source>
        <translation>데모 데이터베이스 준비 완료: 수령자 {count}명.</translation>
    </message>
    <message>
        <source>Donation of {quantity} {unit} of {item} taken into stock as lot {lot}.</source>
        <translation>기부받은 {item} {quantity}{unit}을(를) 로트 {lot}(으)로 입고했습니다.</translation>
    </message>
    <message>
        <source>Double-dip: {card} {item} {period} at {stations}: {quantity} of {limit}.</source>
        <translation>중복 수령: {card} {item} {period}, 지점 {stations}: {limit}개 중 {quantity}개.</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Eligible again on {day}.</source>
        <translation>{day}부터 다시 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Enrolment file for {station} written to {file}. Key: {fingerprint}</source>
        <translation>{station} 지점의 등록 파일을 {file}에 저장했습니다. 키: {fingerprint}</translation>
    </message>
    <message>
        <source>Enter the district (동) where the person lives.</source>
        <translation>사는 곳의 동을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>금요일</translation>
    </message>
    <message>
        <source>Give a reason for the decision.</source>
        <translation>결정 사유를 적으세요.</translation>
    </message>
    <message>
        <source>Give a reason for the void.</source>
        <translation>취소 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Grade {grade} class {klass} has no pupils on the class list, and a class count is charged to the class&apos;s pupils. Import the class list first, then record the count or tick the pupils who received.</source>
        <translation>{grade}학년 {klass}반의 학급 명단에 학생이 없습니다. 학급 집계는 그 반 학생들에게 배분됩니다. 먼저 학급 명단을 가져온 뒤 집계를 기록하거나 받은 학생에게 표시하세요.</translation>
    </message>
    <message>
        <source>LOW STOCK</source>
        <translation>재고 부족</translation>
    </message>
    <message>
        <source>Loaded the rules of campaign {campaign}: {count} rules.</source>
        <translation>사업 {campaign}의 규칙을 불러왔습니다: 규칙 {count}개.</translation>
    </message>
    <message>
        <source>Lot {lot} already counts {quantity}; there is nothing to correct.</source>
        <translation>로트 {lot}은(는) 이미 {quantity}개로 되어 있어 고칠 것이 없습니다.</translation>
    </message>
    <message>
        <source>Lot {lot} now counts {quantity} received, {on_hand} on hand.</source>
        <translation>로트 {lot}: 입고 {quantity}개, 재고 {on_hand}개로 고쳤습니다.</translation>
    </message>
    <message>
        <source>Lot {lot} of {item} was already received on {date}. Correct that batch instead, or give this delivery its own lot number.</source>
        <translation>{item}의 로트 {lot}은(는) {date}에 이미 입고되었습니다. 그 입고분을 고치거나, 이번 입고분에 다른 로트 번호를 주세요.</translation>
    </message>
    <message>
        <source>Map one column to name: the roster has no name column.</source>
        <translation>명단에 이름 열이 없습니다. 한 열을 이름(name)으로 지정하세요.</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>월요일</translation>
    </message>
    <message>
        <source>Monday to Friday on the weekday of the birth year&apos;s last digit (1/6 Monday, 2/7 Tuesday, 3/8 Wednesday, 4/9 Thursday, 5/0 Friday); Saturday, Sunday and the open days are open to every birth year</source>
        <translation>월요일부터 금요일까지는 출생연도 끝자리 요일에만(1·6 월, 2·7 화, 3·8 수, 4·9 목, 5·0 금); 토요일, 일요일과 개방일에는 출생연도와 관계없이</translation>
    </message>
    <message>
        <source>Name at least one operator.</source>
        <translation>담당자를 한 명 이상 입력하세요.</translation>
    </message>
    <message>
        <source>Name the close report file .pdf, such as close.pdf.</source>
        <translation>마감 보고 파일 이름은 close.pdf처럼 .pdf로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>Name the summary file .pdf or .xlsx, such as summary.pdf.</source>
        <translation>요약 파일 이름을 .pdf 또는 .xlsx로 지정하세요(예: summary.pdf).</translation>
    </message>
    <message>
        <source>No header row with a name column was found in the first {rows} rows of {file}. Add a header such as 성명 or name above the names, or map the columns by hand.</source>
        <translation>{file}의 처음 {rows}행에서 이름 열이 있는 머리글 행을 찾지 못했습니다. 이름 위에 성명이나 name 같은 머리글을 넣거나, 열을 직접 지정하세요.</translation>
    </message>
    <message>
        <source>No one has the card {card}. Check the household member&apos;s card code.</source>
        <translation>카드 {card}을(를) 가진 사람이 없습니다. 가구 구성원의 카드 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>No recipient has the card code {card} given for the collector. Check the code.</source>
        <translation>수령인으로 입력한 카드 번호 {card}을(를) 가진 사람이 없습니다. 번호를 확인하세요.</translation>
    </message>
    <message>
        <source>No recipient has the card code {card}. Check the code, search by name, or register the person.</source>
        <translation>카드 번호 {card}을(를) 가진 수령자가 없습니다. 번호를 확인하거나, 이름으로 찾거나, 새로 등록하세요.</translation>
    </message>
    <message>
        <source>No recipient has the card {card}.</source>
        <translation>카드 {card}의 수령자가 없습니다.</translation>
    </message>
    <message>
        <source>No recipient has the card {card}. Scan it again, or leave the card empty for an anonymous donation.</source>
        <translation>카드 {card}의 수령자가 없습니다. 다시 스캔하거나, 익명 기부라면 카드를 비워 두세요.</translation>
    </message>
    <message>
        <source>No rule covers this person for {item}.</source>
        <translation>이 사람에게 {item}을(를) 지급하는 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>No rule for {item} is in force on {day}.</source>
        <translation>{day}에 적용되는 {item} 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>No station is enrolled yet.</source>
        <translation>아직 등록된 지점이 없습니다.</translation>
    </message>
    <message>
        <source>No workshops yet.</source>
        <translation>아직 만들기 교실이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing of this is handed out on {day}.</source>
        <translation>{day}에는 이 물품을 지급하지 않습니다.</translation>
    </message>
    <message>
        <source>Only today&apos;s records can be undone here; this one is from {day}. Void it from the day&apos;s log with a reason.</source>
        <translation>여기서는 오늘 기록만 되돌릴 수 있습니다. 이 기록은 {day}의 것입니다. 해당 날짜의 기록에서 사유를 적고 취소하세요.</translation>
    </message>
    <message>
        <source>Open days, on which every weekday restriction lifts: {days}</source>
        <translation>요일 제한이 모두 풀리는 개방일: {days}</translation>
    </message>
    <message>
        <source>Receipt written to {path}.</source>
        <translation>영수증을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Received lot {lot}: {quantity} on hand.</source>
        <translation>로트 {lot} 입고: 재고 {quantity}개.</translation>
    </message>
    <message>
        <source>Recorded {quantity} of {item}: receipt {receipt_no}, handout {uid}.</source>
        <translation>{item} {quantity}개 기록: 영수증 {receipt_no}, 지급 {uid}.</translation>
    </message>
    <message>
        <source>Refused.</source>
        <translation>지급 불가.</translation>
    </message>
    <message>
        <source>Refused: {reasons}</source>
        <translation>지급 불가: {reasons}</translation>
    </message>
    <message>
        <source>Refused: {reasons} Eligible again on {next_eligible}.</source>
        <translation>지급 불가: {reasons} {next_eligible}부터 다시 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Restored {backup} into {path} and checked it: {handouts} handout records. Open it with --db {path}.</source>
        <translation>{backup}을(를) {path}(으)로 복원하고 확인했습니다: 지급 기록 {handouts}건. --db {path}(으)로 여세요.</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>명단 가져오기</translation>
    </message>
    <message>
        <source>Row {row} of sheet {sheet}, column {column}, holds a resident registration number, which may not be collected here (PIPA Art. 24-2). Nothing was imported: delete every such number from the file, save, and import again.</source>
        <translation>{sheet} 시트 {row}행 {column} 열에 주민등록번호가 있습니다. 이 프로그램에서는 주민등록번호를 수집할 수 없습니다(개인정보 보호법 제24조의2). 아무것도 가져오지 않았습니다. 파일에서 주민등록번호를 모두 지우고 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>Rule {number}, {item}</source>
        <translation>규칙 {number}, {item}</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>토요일</translation>
    </message>
    <message>
        <source>Saturdays and Sundays are for people who have received nothing this week.</source>
        <translation>토요일과 일요일에는 이번 주에 받지 않은 사람만 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Say where the workshop is held.</source>
        <translation>교실을 여는 장소를 적으세요.</translation>
    </message>
    <message>
        <source>Say who is handing out: give the operator&apos;s name.</source>
        <translation>지급하는 담당자의 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Say why the batch is corrected, for the audit log.</source>
        <translation>감사 기록을 위해 입고분을 고치는 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Set this station&apos;s code in Settings before exporting.</source>
        <translation>내보내기 전에 설정에서 이 지점의 코드를 정하세요.</translation>
    </message>
    <message>
        <source>Set this station&apos;s code in Settings before importing rosters.</source>
        <translation>명단을 가져오기 전에 설정에서 이 지점의 코드를 정하세요.</translation>
    </message>
    <message>
        <source>Set this station&apos;s code in Settings before registering people.</source>
        <translation>사람을 등록하기 전에 설정에서 이 지점의 코드를 정하세요.</translation>
    </message>
    <message>
        <source>Set up the station first.</source>
        <translation>먼저 지점을 설정하세요.</translation>
    </message>
    <message>
        <source>Snapshot as of {as_of} imported: {people} people and {handouts} handouts added.</source>
        <translation>{as_of} 기준 스냅숏을 가져왔습니다: {people}명, 지급 {handouts}건 추가.</translation>
    </message>
    <message>
        <source>Snapshot as of {as_of} written to {file}.</source>
        <translation>{as_of} 기준 스냅숏을 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Someone else may collect only for a person born in {born_from} or later, in {born_until} or earlier, or with a disability; this person was born in {birth_year}.</source>
        <translation>대리 수령은 {born_from}년 이후 출생자, {born_until}년 이전 출생자 또는 장애인만 가능합니다. 이 사람은 {birth_year}년생입니다.</translation>
    </message>
    <message>
        <source>Someone else may collect only for a person younger than {under}, older than {over} or with a disability; this person is {age}.</source>
        <translation>대리 수령은 {under}세 미만, {over}세 초과 또는 장애인인 경우에만 가능합니다. 이 사람은 {age}세입니다.</translation>
    </message>
    <message>
        <source>Station {station} enrolled with key {fingerprint}. Compare it with the key the station shows in Settings.</source>
        <translation>{station} 지점을 키 {fingerprint}로 등록했습니다. 지점의 설정 화면에 표시된 키와 비교하세요.</translation>
    </message>
    <message>
        <source>Summary written to {file}.</source>
        <translation>요약 보고서를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>일요일</translation>
    </message>
    <message>
        <source>Target {label}: {parts}</source>
        <translation>목표 {label}: {parts}</translation>
    </message>
    <message>
        <source>That choice does not apply to this item.</source>
        <translation>이 항목에는 그 선택을 할 수 없습니다.</translation>
    </message>
    <message>
        <source>That class count is already undone.</source>
        <translation>그 학급 일괄 지급은 이미 되돌렸습니다.</translation>
    </message>
    <message>
        <source>That lot is not a batch of {item} at this station. Pick one of the lots in the stock list.</source>
        <translation>그 로트는 이 지점의 {item} 입고분이 아닙니다. 재고 목록의 로트 중에서 고르세요.</translation>
    </message>
    <message>
        <source>That person is no longer in this database. Search again.</source>
        <translation>그 사람은 이 데이터베이스에 더 이상 없습니다. 다시 찾으세요.</translation>
    </message>
    <message>
        <source>The CSV file {file} is neither UTF-8 nor CP949 (Korean Windows) text. Open it in Excel and save it as an .xlsx workbook or as CSV UTF-8.</source>
        <translation>CSV 파일 {file}은(는) UTF-8도 CP949(한글 Windows)도 아닙니다. Excel에서 열어 .xlsx 통합 문서나 CSV UTF-8로 저장하세요.</translation>
    </message>
    <message>
        <source>The PDF {path} could not be read for printing.</source>
        <translation>인쇄하려는 PDF {path}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The birth date is empty.</source>
        <translation>생년월일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The birth date {text} does not exist. Check the month and the day.</source>
        <translation>생년월일 {text}은(는) 없는 날짜입니다. 월과 일을 확인하세요.</translation>
    </message>
    <message>
        <source>The birth date {text} is not a date. Write it as 2013-03-05, 2013.3.5, 20130305, or the year alone.</source>
        <translation>생년월일 {text}은(는) 날짜가 아닙니다. 2013-03-05, 2013.3.5, 20130305 또는 연도만 쓰세요.</translation>
    </message>
    <message>
        <source>The birth year is unknown, so this person may collect only at the weekend.</source>
        <translation>출생 연도를 알 수 없어 주말에만 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>The birth year {year} is out of range. Check the birth date.</source>
        <translation>출생 연도 {year}은(는) 범위를 벗어납니다. 생년월일을 확인하세요.</translation>
    </message>
    <message>
        <source>The card code {code} is too long to print as a barcode on a card. Use a code of at most about 20 characters.</source>
        <translation>카드 번호 {code}은(는) 너무 길어 카드에 바코드로 인쇄할 수 없습니다. 20자 정도 이하의 번호를 쓰세요.</translation>
    </message>
    <message>
        <source>The cell {cell} holds a formula: paste its value instead.</source>
        <translation>셀 {cell}에 수식이 있습니다. 수식 대신 값을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>The cell {cell} of sheet {sheet} in {file} holds more than {limit} characters, more than Excel allows. Correct the cell and save again.</source>
        <translation>{file}의 {sheet} 시트 {cell} 셀에 엑셀 한도인 {limit}자보다 많은 글자가 있습니다. 셀을 고쳐 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The collector is not a member of this person&apos;s household.</source>
        <translation>수령인이 이 사람과 같은 가구 구성원이 아닙니다.</translation>
    </message>
    <message>
        <source>The column {column} holds resident registration numbers, which may not be collected here (PIPA Art. 24-2). Delete that column from the file and import again.</source>
        <translation>{column} 열에 주민등록번호가 있습니다. 주민등록번호는 여기서 수집할 수 없습니다(개인정보 보호법 제24조의2). 파일에서 그 열을 지우고 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The database address {url} contains a password. Leave it out: put it in the PGPASSWORD environment variable or in the ~/.pgpass file (%APPDATA%\postgresql\pgpass.conf on Windows), then try again.</source>
        <translation>데이터베이스 주소 {url}에 비밀번호가 들어 있습니다. 주소에서 빼고, PGPASSWORD 환경 변수나 ~/.pgpass 파일(Windows에서는 %APPDATA%\postgresql\pgpass.conf)에 넣은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database {path} already exists{side}. A restore never writes over a database: restore into a new file with --db, open that, and keep the old one until the restored copy is checked.</source>
        <translation>데이터베이스 {path}이(가) 이미 있습니다{side}. 복원은 기존 데이터베이스를 절대 덮어쓰지 않습니다. --db로 새 파일에 복원해 그 파일을 열고, 복원본을 확인할 때까지 기존 파일은 보관하세요.</translation>
    </message>
    <message>
        <source>The database {path} already holds data. Use a new --db path for the demo.</source>
        <translation>데이터베이스 {path}에 이미 데이터가 있습니다. 데모에는 새 --db 경로를 쓰세요.</translation>
    </message>
    <message>
        <source>The database {path} can&apos;t be written: the file or its folder is read-only, so the change was not saved. Make both writable, or copy the database to a writable folder and open the copy with --db.</source>
        <translation>데이터베이스 {path}에 쓸 수 없습니다. 파일이나 폴더가 읽기 전용이라 변경 내용을 저장하지 못했습니다. 둘 다 쓸 수 있게 바꾸거나, 쓸 수 있는 폴더에 데이터베이스를 복사한 뒤 --db로 그 사본을 여세요.</translation>
    </message>
    <message>
        <source>The database {path} failed its integrity check, so no backup was made over the good ones. Restore the newest good backup from {folder} into a new file with the restore command.</source>
        <translation>데이터베이스 {path}이(가) 무결성 검사를 통과하지 못해, 정상 백업을 덮어쓰지 않도록 백업하지 않았습니다. restore 명령으로 {folder}의 가장 최근 정상 백업을 새 파일에 복원하세요.</translation>
    </message>
    <message>
        <source>The database {path} is already open in {holder}. Close it there first, or open another database with --db.</source>
        <translation>데이터베이스 {path}은(는) 이미 {holder}에서 열려 있습니다. 그곳에서 먼저 닫거나, --db로 다른 데이터베이스를 여세요.</translation>
    </message>
    <message>
        <source>The database {path} is busy: another program has kept it locked for too long, so nothing was done. Close that program or wait until it has finished, then try again.</source>
        <translation>데이터베이스 {path}을(를) 다른 프로그램이 너무 오래 잠그고 있어 아무것도 하지 않았습니다. 그 프로그램을 닫거나 작업이 끝날 때까지 기다린 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database {path} is busy: {holder} kept it for more than {seconds} seconds, so nothing was done. Try again when it has finished.</source>
        <translation>데이터베이스 {path}을(를) {holder}이(가) {seconds}초 넘게 사용하고 있어 아무것도 하지 않았습니다. 그 작업이 끝나면 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The database {url} holds no hub yet. Open it once with the merge command or the window, which create the hub&apos;s tables.</source>
        <translation>데이터베이스 {url}에는 아직 총괄 본부가 없습니다. merge 명령이나 창으로 한 번 열면 총괄 본부의 표가 만들어집니다.</translation>
    </message>
    <message>
        <source>The disk of the hub database server {path} is full, so the change was not saved. Ask its administrator to free some space, then try again.</source>
        <translation>총괄 본부 데이터베이스 서버 {path}의 디스크가 가득 차서 변경을 저장하지 못했습니다. 관리자에게 공간을 확보해 달라고 한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The disk that holds the database {path} is full, so the change was not saved. Free some space on that disk, then try again.</source>
        <translation>데이터베이스 {path}이(가) 있는 디스크가 가득 차서 변경 내용을 저장하지 못했습니다. 그 디스크의 공간을 확보한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The enrolment file {file} was changed after it was written. Export a new one at the station.</source>
        <translation>등록 파일 {file}이(가) 저장된 뒤 변경되었습니다. 지점에서 새로 내보내세요.</translation>
    </message>
    <message>
        <source>The file has no column {column}. Name a header, a column letter (C) or number (3).</source>
        <translation>파일에 {column} 열이 없습니다. 머리글, 열 문자(C) 또는 번호(3)로 지정하세요.</translation>
    </message>
    <message>
        <source>The file {file} is empty. Choose the saved workbook.</source>
        <translation>파일 {file}이(가) 비어 있습니다. 저장된 통합 문서를 고르세요.</translation>
    </message>
    <message>
        <source>The file {file} is not a roster the app can read. Choose an .xlsx, .xls, .ods or .csv file.</source>
        <translation>파일 {file}은(는) 이 앱이 읽을 수 있는 명단이 아닙니다. .xlsx, .xls, .ods 또는 .csv 파일을 고르세요.</translation>
    </message>
    <message>
        <source>The file {file} is not an Excel workbook (it may be a CSV or text file renamed .xlsx). Open it in Excel and save it as an .xlsx workbook.</source>
        <translation>파일 {file}은(는) 엑셀 통합 문서가 아닙니다(이름만 .xlsx로 바꾼 CSV나 텍스트 파일일 수 있습니다). 엑셀에서 열어 .xlsx 통합 문서로 저장하세요.</translation>
    </message>
    <message>
        <source>The file {file} is password-protected or an old .xls file. Open it in Excel, remove the password and save it as an .xlsx workbook, then try again.</source>
        <translation>파일 {file}은(는) 암호가 걸려 있거나 예전 .xls 파일입니다. 엑셀에서 열어 암호를 풀고 .xlsx 통합 문서로 저장한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The file {file} is {size} MB, more than the limit of {limit} MB. Split the file and import the parts.</source>
        <translation>파일 {file}은(는) {size}MB로 한도 {limit}MB보다 큽니다. 파일을 나누어 각각 가져오세요.</translation>
    </message>
    <message>
        <source>The file {path} already exists. Choose another name, or add --force to replace it.</source>
        <translation>파일 {path}이(가) 이미 있습니다. 다른 이름을 고르거나, 바꾸려면 --force를 붙이세요.</translation>
    </message>
    <message>
        <source>The file {path} is not a TTASUM Desk database or is damaged ({detail}). Restore a backup, or open another file with --db.</source>
        <translation>파일 {path}은(는) 따숨 데스크 데이터베이스가 아니거나 손상되었습니다({detail}). 백업을 복원하거나 --db로 다른 파일을 여세요.</translation>
    </message>
    <message>
        <source>The file {path} is not a whole TTASUM Desk database of this version ({detail}), so nothing was written. Use another backup.</source>
        <translation>파일 {path}은(는) 이 버전의 온전한 TTASUM Desk 데이터베이스가 아니어서({detail}) 아무것도 쓰지 않았습니다. 다른 백업을 사용하세요.</translation>
    </message>
    <message>
        <source>The file&apos;s card code {card} belongs to another person here: keep this version.</source>
        <translation>파일의 카드 번호 {card}은(는) 이곳에서 다른 사람의 것입니다: 이 데이터베이스의 내용을 유지하세요.</translation>
    </message>
    <message>
        <source>The group {value} is unknown: use 학생, 일반 or 취약계층.</source>
        <translation>구분 {value}을(를) 알 수 없습니다. 학생, 일반, 취약계층 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>The handout {receipt_no} is already voided.</source>
        <translation>지급 {receipt_no}은(는) 이미 취소되었습니다.</translation>
    </message>
    <message>
        <source>The household has already received {used} of its {limit}{unit} in this campaign.</source>
        <translation>이 가구는 이번 사업 기간에 이미 {used}{unit} 받았습니다 (가구 한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>The household has already received {used} of its {limit}{unit} this month.</source>
        <translation>이 가구는 이번 달에 이미 {used}{unit} 받았습니다 (가구 한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>The household has already received {used} of its {limit}{unit} this week.</source>
        <translation>이 가구는 이번 주에 이미 {used}{unit} 받았습니다 (가구 한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>The household has already received {used} of its {limit}{unit} this year.</source>
        <translation>이 가구는 올해 이미 {used}{unit} 받았습니다 (가구 한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>The household has already received {used} of its {limit}{unit} today.</source>
        <translation>이 가구는 오늘 이미 {used}{unit} 받았습니다 (가구 한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>The household has already received {used} of its {limit}{unit} within {days} days.</source>
        <translation>이 가구는 {days}일 안에 이미 {used}{unit} 받았습니다 (가구 한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>The household has already received {used} of its {limit}{unit}.</source>
        <translation>이 가구는 이미 {used}{unit} 받았습니다 (가구 한도 {limit}{unit}).</translation>
    </message>
    <message>
        <source>The hub database server {path} could not be reached or refused the connection ({detail}). Check the address, the user, the password (PGPASSWORD or ~/.pgpass), the network and that the server is running, then try again.</source>
        <translation>총괄 본부 데이터베이스 서버 {path}에 연결할 수 없거나 연결이 거부되었습니다({detail}). 주소, 사용자, 비밀번호(PGPASSWORD 또는 ~/.pgpass), 네트워크, 서버 실행 여부를 확인한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The hub database {path} can&apos;t be written with this user: the change was not saved. Ask the server&apos;s administrator for write access.</source>
        <translation>이 사용자로는 총괄 본부 데이터베이스 {path}에 쓸 수 없어 변경을 저장하지 못했습니다. 서버 관리자에게 쓰기 권한을 요청하세요.</translation>
    </message>
    <message>
        <source>The hub database {path} is busy: another coordinator&apos;s work kept it locked for too long, so nothing was done. Wait until it has finished, then try again.</source>
        <translation>총괄 본부 데이터베이스 {path}가 사용 중입니다: 다른 총괄 담당자의 작업이 너무 오래 잠그고 있어 아무것도 하지 않았습니다. 그 작업이 끝난 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The hub {location} is on a PostgreSQL server, which keeps its own backups: back it up with pg_dump and restore it with pg_restore into a new database, then check that with the verify command (resources/docs/hub-postgresql.md, &quot;Back up and restore&quot;).</source>
        <translation>총괄 본부 {location}은(는) 자체 백업을 하는 PostgreSQL 서버에 있습니다: pg_dump로 백업하고 pg_restore로 새 데이터베이스에 복원한 뒤 verify 명령으로 확인하세요(resources/docs/hub-postgresql.md의 &quot;Back up and restore&quot;).</translation>
    </message>
    <message>
        <source>The override limit is a quantity of 0 or more.</source>
        <translation>예외 지급 한도는 0 이상의 수량이어야 합니다.</translation>
    </message>
    <message>
        <source>The {field} holds a resident registration number, which may not be collected here (PIPA Art. 24-2). Remove it and try again.</source>
        <translation>{field}에 주민등록번호가 들어 있습니다. 주민등록번호는 이곳에서 수집할 수 없습니다(개인정보 보호법 제24조의2). 지우고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>There is no workshop {number}. Run &apos;workshop list&apos; to see them.</source>
        <translation>{number}번 교실이 없습니다. &apos;workshop list&apos;로 목록을 보세요.</translation>
    </message>
    <message>
        <source>This item is no longer open: someone decided it already.</source>
        <translation>이 항목은 이미 다른 사람이 결정했습니다.</translation>
    </message>
    <message>
        <source>This person&apos;s personal data was erased after the campaign: an older file&apos;s version can&apos;t bring it back.</source>
        <translation>이 사람의 개인정보는 사업이 끝난 뒤 지워졌습니다: 예전 파일의 내용으로 되살릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Up to {max_quantity}{unit} now; {used} of {limit}{unit} received in this campaign.</source>
        <translation>지금 최대 {max_quantity}{unit}; 이번 사업 기간에 {limit}{unit} 중 {used}{unit} 받음.</translation>
    </message>
    <message>
        <source>Up to {max_quantity}{unit} now; {used} of {limit}{unit} received in total.</source>
        <translation>지금 최대 {max_quantity}{unit}; 지금까지 {limit}{unit} 중 {used}{unit} 받음.</translation>
    </message>
    <message>
        <source>Up to {max_quantity}{unit} now; {used} of {limit}{unit} received this month.</source>
        <translation>지금 최대 {max_quantity}{unit}; 이번 달에 {limit}{unit} 중 {used}{unit} 받음.</translation>
    </message>
    <message>
        <source>Up to {max_quantity}{unit} now; {used} of {limit}{unit} received this week.</source>
        <translation>지금 최대 {max_quantity}{unit}; 이번 주에 {limit}{unit} 중 {used}{unit} 받음.</translation>
    </message>
    <message>
        <source>Up to {max_quantity}{unit} now; {used} of {limit}{unit} received this year.</source>
        <translation>지금 최대 {max_quantity}{unit}; 올해 {limit}{unit} 중 {used}{unit} 받음.</translation>
    </message>
    <message>
        <source>Up to {max_quantity}{unit} now; {used} of {limit}{unit} received today.</source>
        <translation>지금 최대 {max_quantity}{unit}; 오늘 {limit}{unit} 중 {used}{unit} 받음.</translation>
    </message>
    <message>
        <source>Up to {max_quantity}{unit} now; {used} of {limit}{unit} received within {days} days.</source>
        <translation>지금 최대 {max_quantity}{unit}; {days}일 안에 {limit}{unit} 중 {used}{unit} 받음.</translation>
    </message>
    <message>
        <source>Workshop {number} added.</source>
        <translation>{number}번 교실을 추가했습니다.</translation>
    </message>
    <message>
        <source>by the end of the campaign</source>
        <translation>사업 종료까지</translation>
    </message>
    <message>
        <source>by {day}</source>
        <translation>{day}까지</translation>
    </message>
    <message>
        <source>for {group}</source>
        <translation>대상 {group}</translation>
    </message>
    <message>
        <source>line {line}: {problem}</source>
        <translation>{line}행: {problem}</translation>
    </message>
    <message>
        <source>the file&apos;s top level</source>
        <translation>파일 최상위</translation>
    </message>
    <message>
        <source>to {people} people among {group}</source>
        <translation>{group} {people}명에게</translation>
    </message>
    <message>
        <source>{card} attended workshop {number}.</source>
        <translation>{card} 카드 소지자가 {number}번 교실에 참석했습니다.</translation>
    </message>
    <message>
        <source>{card} signed up for workshop {number}.</source>
        <translation>{card} 카드 소지자가 {number}번 교실에 신청했습니다.</translation>
    </message>
    <message>
        <source>{card} {name} {item}</source>
        <translation>{card} {name} {item}</translation>
    </message>
    <message>
        <source>{quantity} {unit} of {item}</source>
        <translation>{item} {quantity}{unit}</translation>
    </message>
    <message>
        <source>{text} is not a date. Write it as 2020-05-16.</source>
        <translation>{text}은(는) 날짜가 아닙니다. 2020-05-16처럼 쓰세요.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>성명이 비어 있습니다.</translation>
    </message>
    <message>
        <source>A person can&apos;t be registered to collect for themselves.</source>
        <translation>자기 자신을 대리인으로 등록할 수 없습니다.</translation>
    </message>
    <message>
        <source>Give either a household member&apos;s card or a household key.</source>
        <translation>세대원의 카드 번호나 세대 키 중 하나를 주세요.</translation>
    </message>
    <message>
        <source>No one is registered to collect for {card}.</source>
        <translation>{card} 카드 소지자를 대신해 받도록 등록된 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Nothing to change: give --household, --tags, --group or --disability.</source>
        <translation>바꿀 내용이 없습니다: --household, --tags, --group, --disability 중 하나를 주세요.</translation>
    </message>
    <message>
        <source>The day {until} has passed: give a later day.</source>
        <translation>{until}은(는) 이미 지났습니다: 더 늦은 날을 주세요.</translation>
    </message>
    <message>
        <source>The household key {key} is too long or holds control characters: at most {most} characters.</source>
        <translation>세대 키 {key}이(가) 너무 길거나 제어 문자를 담고 있습니다: 최대 {most}자입니다.</translation>
    </message>
    <message>
        <source>The phone field takes the last 4 digits only, such as 1234.</source>
        <translation>전화번호는 끝 4자리만 입력합니다. 예: 1234.</translation>
    </message>
    <message>
        <source>The phone number {phone} has fewer than 4 digits.</source>
        <translation>전화번호 {phone}의 숫자가 4자리보다 적습니다.</translation>
    </message>
    <message>
        <source>The printer could not start printing. Check that it is on.</source>
        <translation>프린터가 인쇄를 시작하지 못했습니다. 전원이 켜져 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The printer stopped after page {page}.</source>
        <translation>프린터가 {page}쪽 이후 멈췄습니다.</translation>
    </message>
    <message>
        <source>The printer {name} is not available. Choose another printer in Settings.</source>
        <translation>프린터 {name}을(를) 쓸 수 없습니다. 설정에서 다른 프린터를 고르세요.</translation>
    </message>
    <message>
        <source>The quantity may be at most {most}, not {quantity}.</source>
        <translation>수량은 최대 {most}까지입니다. {quantity}은(는) 안 됩니다.</translation>
    </message>
    <message>
        <source>The quantity must be a whole number of 1 or more, not {quantity}.</source>
        <translation>수량은 1 이상의 정수여야 합니다. {quantity}은(는) 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The request id {request_id} was already used for another handout ({uid}). Give each new handout a new request id.</source>
        <translation>요청 ID {request_id}은(는) 이미 다른 지급({uid})에 쓰였습니다. 새 지급마다 새 요청 ID를 주세요.</translation>
    </message>
    <message>
        <source>The rules file has {count} problem(s): {details}. Correct the file and load it again.</source>
        <translation>규칙 파일에 문제가 {count}개 있습니다: {details}. 파일을 고쳐 다시 불러오세요.</translation>
    </message>
    <message>
        <source>The rules file {path} can&apos;t be read ({detail}). Check the path and that it is UTF-8 text.</source>
        <translation>규칙 파일 {path}을(를) 읽을 수 없습니다({detail}). 경로와 UTF-8 텍스트인지 확인하세요.</translation>
    </message>
    <message>
        <source>The rules let no one collect for this person in this way on {day}: the collector would need a permission under [[proxies]].</source>
        <translation>{day}에는 규칙상 누구도 이런 방식으로 이 사람의 물품을 대리 수령할 수 없습니다: 규칙 파일의 [[proxies]]에 대리 수령 허용이 있어야 합니다.</translation>
    </message>
    <message>
        <source>The rules of campaign {campaign} are already loaded; nothing changed.</source>
        <translation>사업 {campaign}의 규칙은 이미 불러와 있습니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>The same person as row {first} of sheet {sheet}.</source>
        <translation>{sheet} 시트 {first}행과 같은 사람입니다.</translation>
    </message>
    <message>
        <source>The same person as row {first}.</source>
        <translation>{first}행과 같은 사람입니다.</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has a cell at {cell}, far below or to the right of the rest of its data (a sheet of {columns} columns is read up to row {rows}, without long runs of empty rows). It is often a stray cell: delete it, or the empty rows and columns up to it, in Excel, save, and import again.</source>
        <translation>{file}의 {sheet} 시트에 나머지 데이터보다 훨씬 아래나 오른쪽에 있는 셀 {cell}이(가) 있습니다({columns}열짜리 시트는 긴 빈 행 없이 {rows}행까지 읽습니다). 대개 실수로 남은 셀입니다. Excel에서 그 셀이나 그 셀까지의 빈 행과 열을 지우고 저장한 뒤 다시 가져오세요.</translation>
    </message>
    <message>
        <source>The sheet {sheet} of {file} has {rows} rows, more than the limit of {limit}. Split the file and import the parts.</source>
        <translation>{file}의 {sheet} 시트는 {rows}행으로 한도 {limit}행을 넘습니다. 파일을 나누어 가져오세요.</translation>
    </message>
    <message>
        <source>The snapshot as of {as_of} was already imported: nothing changed.</source>
        <translation>{as_of} 기준 스냅숏은 이미 가져왔습니다. 바뀐 것이 없습니다.</translation>
    </message>
    <message>
        <source>The snapshot {file} (number {sequence} of its hub) is older than the one already imported (number {last}). Import the newest snapshot instead.</source>
        <translation>스냅숏 {file}(총괄 본부 번호 {sequence})은 이미 가져온 스냅숏(번호 {last})보다 오래되었습니다. 가장 최근 스냅숏을 가져오세요.</translation>
    </message>
    <message>
        <source>The snapshot {file} has no valid export time in its Meta sheet.</source>
        <translation>스냅숏 {file}의 Meta 시트에 올바른 내보낸 시각이 없습니다.</translation>
    </message>
    <message>
        <source>The snapshot {file} has no valid sequence number in its Meta sheet.</source>
        <translation>스냅숏 {file}의 Meta 시트에 올바른 순번이 없습니다.</translation>
    </message>
    <message>
        <source>The snapshot {file} holds the rules of campaign {theirs}, but this station runs {ours}. Import it only if the station is to take part in {theirs}.</source>
        <translation>스냅숏 {file}에는 {theirs} 사업의 규칙이 들어 있지만 이 지점은 {ours} 사업을 운영합니다. 이 지점이 {theirs}에 참여할 때만 가져오세요.</translation>
    </message>
    <message>
        <source>The snapshot {file} is from {taken}, older than the one already imported ({previous}). Import the newest snapshot instead.</source>
        <translation>스냅숏 {file}은(는) {taken}의 것으로, 이미 가져온 스냅숏({previous})보다 오래되었습니다. 가장 최근 스냅숏을 가져오세요.</translation>
    </message>
    <message>
        <source>The snapshot {file} is signed with key {fingerprint}, not with the key of this station&apos;s hub ({pinned}). If the hub really moved to a new PC, compare the fingerprint with the coordinator and import it as from a new hub.</source>
        <translation>스냅숏 {file}은 이 지점의 총괄 본부 키({pinned})가 아닌 키 {fingerprint}로 서명되었습니다. 총괄 본부가 실제로 새 PC로 옮겨졌다면 총괄 담당자와 키 지문을 비교한 뒤 새 총괄 본부의 스냅숏으로 가져오세요.</translation>
    </message>
    <message>
        <source>The snapshot {file} is unsigned, but this station takes snapshots only from the hub with key {pinned}. Ask the coordinator for a new one.</source>
        <translation>스냅숏 {file}에 서명이 없습니다. 이 지점은 키 {pinned}를 가진 총괄 본부의 스냅숏만 받습니다. 총괄 담당자에게 새 스냅숏을 요청하세요.</translation>
    </message>
    <message>
        <source>The snapshot {file} was changed after it was exported ({problems}). Ask the coordinator for a new one.</source>
        <translation>스냅숏 {file}은(는) 내보낸 뒤 바뀌었습니다({problems}). 총괄 담당자에게 새 스냅숏을 요청하세요.</translation>
    </message>
    <message>
        <source>The snapshot {file} was changed after the hub signed it. Ask the coordinator for a new one.</source>
        <translation>스냅숏 {file}이(가) 총괄 본부의 서명 뒤에 변경되었습니다. 총괄 담당자에게 새 스냅숏을 요청하세요.</translation>
    </message>
    <message>
        <source>The status {status} is too long or holds control characters: a status is a word or two of at most {most} characters.</source>
        <translation>특이사항 {status}이(가) 너무 길거나 제어 문자를 담고 있습니다: 특이사항은 최대 {most}자의 한두 낱말입니다.</translation>
    </message>
    <message>
        <source>The statuses name a disability, but the disability flag is set to no.</source>
        <translation>특이사항에 장애가 있는데 장애 여부는 &quot;아니요&quot;로 되어 있습니다.</translation>
    </message>
    <message>
        <source>The workbook {file} contains XML declarations (DTD or entities, in {part}) that Excel never writes; it was not opened. Save it again from Excel.</source>
        <translation>통합 문서 {file}에 엑셀이 쓰지 않는 XML 선언({part}의 DTD 또는 엔터티)이 있어 열지 않았습니다. 엑셀에서 다시 저장하세요.</translation>
    </message>
    <message>
        <source>The workbook {file} could not be written ({detail}). Choose another folder or close the file in Excel, then try again.</source>
        <translation>통합 문서 {file}을(를) 저장할 수 없습니다({detail}). 다른 폴더를 고르거나 엑셀에서 파일을 닫은 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The workbook {file} has formulas in sheet {sheet} (cells {cells}). Imported data must be plain values: copy the cells and paste them as values, then save.</source>
        <translation>통합 문서 {file}의 {sheet} 시트에 수식이 있습니다(셀 {cells}). 가져올 데이터는 값이어야 합니다. 셀을 복사해 값으로 붙여 넣은 뒤 저장하세요.</translation>
    </message>
    <message>
        <source>The workbook {file} has no sheet named {sheet} (it has: {found}). Choose a file exported by TTASUM Desk.</source>
        <translation>통합 문서 {file}에 {sheet} 시트가 없습니다(있는 시트: {found}). 따숨 데스크가 내보낸 파일을 고르세요.</translation>
    </message>
    <message>
        <source>The workbook {file} is damaged ({detail}). Ask for a new copy of the file.</source>
        <translation>통합 문서 {file}이(가) 손상되었습니다({detail}). 파일을 새로 받으세요.</translation>
    </message>
    <message>
        <source>The workbook {file} is not a TTASUM Desk exchange file ({detail}). Choose a day-file or snapshot exported by the app.</source>
        <translation>통합 문서 {file}은(는) 따숨 데스크 교환 파일이 아닙니다({detail}). 프로그램이 내보낸 일일 파일이나 스냅숏을 고르세요.</translation>
    </message>
    <message>
        <source>The workbook {file} unpacks to far more data than a workbook holds ({detail}); it was not opened. Ask for a new copy of the file.</source>
        <translation>통합 문서 {file}은(는) 압축을 풀면 통합 문서로서는 지나치게 큰 데이터가 되어 열지 않았습니다({detail}). 파일을 새로 받으세요.</translation>
    </message>
    <message>
        <source>The {field} {value} is not a number.</source>
        <translation>{field} 값 {value}은(는) 숫자가 아닙니다.</translation>
    </message>
    <message>
        <source>There are no cards to print. Choose at least one recipient.</source>
        <translation>인쇄할 카드가 없습니다. 수령자를 한 명 이상 고르세요.</translation>
    </message>
    <message>
        <source>There is no backup file {path}.</source>
        <translation>백업 파일 {path}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no class count {uid} to undo.</source>
        <translation>되돌릴 학급 일괄 지급 {uid}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no database at {path}. Create one with the demo command or open the app.</source>
        <translation>{path}에 데이터베이스가 없습니다. demo 명령으로 만들거나 프로그램을 여세요.</translation>
    </message>
    <message>
        <source>There is no file {file}. Check the folder and the file name.</source>
        <translation>{file} 파일이 없습니다. 폴더와 파일 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>There is no handout {uid} to undo.</source>
        <translation>되돌릴 지급 {uid}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no handout {uid}. Copy the id from the receipt or the day&apos;s log.</source>
        <translation>지급 {uid}이(가) 없습니다. 영수증이나 그날 기록에서 번호를 복사하세요.</translation>
    </message>
    <message>
        <source>There is no item {code}. Use one of: {known}.</source>
        <translation>물품 {code}이(가) 없습니다. 다음 중 하나를 쓰세요: {known}.</translation>
    </message>
    <message>
        <source>There is no item {item}. The items are: {items}.</source>
        <translation>물품 {item}이(가) 없습니다. 물품 목록: {items}.</translation>
    </message>
    <message>
        <source>There is no lot {lot} of {item} here. Run &apos;stock&apos; to see the lots.</source>
        <translation>이 지점에는 {item}의 로트 {lot}이(가) 없습니다. &apos;stock&apos; 명령으로 로트를 확인하세요.</translation>
    </message>
    <message>
        <source>There is no operator {name} at this station.</source>
        <translation>이 지점에 {name} 담당자가 없습니다.</translation>
    </message>
    <message>
        <source>There is no received batch {uid} to correct.</source>
        <translation>고칠 입고분 {uid}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>This database has no station yet. Set it first: station set --code C --name N --kind centre.</source>
        <translation>이 데이터베이스에는 아직 지점이 없습니다. 먼저 정하세요: station set --code C --name N --kind centre.</translation>
    </message>
    <message>
        <source>This database has no station yet. Set it in Settings or with &apos;station set&apos; first.</source>
        <translation>이 데이터베이스에는 아직 지점이 없습니다. 설정이나 &apos;station set&apos;으로 먼저 정하세요.</translation>
    </message>
    <message>
        <source>This database is now station {code}.</source>
        <translation>이 데이터베이스는 이제 지점 {code}입니다.</translation>
    </message>
    <message>
        <source>This is handed out only on days {first} to {last} of each month.</source>
        <translation>이 물품은 매달 {first}일부터 {last}일까지만 지급합니다.</translation>
    </message>
    <message>
        <source>This station&apos;s key: {fingerprint}</source>
        <translation>이 지점의 키: {fingerprint}</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>목요일</translation>
    </message>
    <message>
        <source>Tick the students who received, then record.</source>
        <translation>받은 학생을 체크한 뒤 기록하세요.</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>화요일</translation>
    </message>
    <message>
        <source>Unknown receipt format {fmt}. Choose one of {formats}.</source>
        <translation>알 수 없는 영수증 형식 {fmt}입니다. 다음 중 하나를 고르세요: {formats}.</translation>
    </message>
    <message>
        <source>Voided; the void is recorded as {uid}.</source>
        <translation>취소했습니다. 취소 기록: {uid}.</translation>
    </message>
    <message>
        <source>Warning, line {line}: {warning}</source>
        <translation>경고, {line}행: {warning}</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>수요일</translation>
    </message>
    <message>
        <source>Weekly workbook saved: {path}</source>
        <translation>주간 보고 파일을 저장했습니다: {path}</translation>
    </message>
    <message>
        <source>[[targets]] #{number} needs &quot;quantity&quot;, &quot;people&quot; or both</source>
        <translation>[[targets]] {number}번에 &quot;quantity&quot;나 &quot;people&quot;, 또는 둘 다 필요합니다</translation>
    </message>
    <message>
        <source>a calendar month</source>
        <translation>한 달(달력 기준)</translation>
    </message>
    <message>
        <source>a calendar year</source>
        <translation>한 해(달력 기준)</translation>
    </message>
    <message>
        <source>a day</source>
        <translation>하루</translation>
    </message>
    <message>
        <source>a family member (in the household or registered as proxy)</source>
        <translation>가족(같은 가구이거나 대리 수령인으로 등록된 사람)</translation>
    </message>
    <message>
        <source>a household member</source>
        <translation>같은 가구원</translation>
    </message>
    <message>
        <source>a household member may collect for a child under {age}</source>
        <translation>{age}세 미만 어린이는 가구원이 대리 수령 가능</translation>
    </message>
    <message>
        <source>a household member may collect for a person over {age}</source>
        <translation>{age}세 초과인 분은 가구원이 대리 수령 가능</translation>
    </message>
    <message>
        <source>a registered proxy whose registration has not expired</source>
        <translation>등록 기간이 끝나지 않은 등록 대리 수령인</translation>
    </message>
    <message>
        <source>a week (Monday to Sunday)</source>
        <translation>한 주(월요일~일요일)</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>아무 요일</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>누구나</translation>
    </message>
    <message>
        <source>as changed on line(s) {lines}</source>
        <translation>{lines}행에서 변경됨</translation>
    </message>
    <message>
        <source>at most {count} {unit} per household</source>
        <translation>가구당 최대 {count}{unit}</translation>
    </message>
    <message>
        <source>at most {limit} {unit}</source>
        <translation>최대 {limit}{unit}</translation>
    </message>
    <message>
        <source>at most {visits} visit(s) in that time</source>
        <translation>그 기간에 최대 {visits}회 방문</translation>
    </message>
    <message>
        <source>at {values}</source>
        <translation>소속: {values}</translation>
    </message>
    <message>
        <source>closed: nothing is handed out</source>
        <translation>중단: 지급하지 않음</translation>
    </message>
    <message>
        <source>counted for the whole household together</source>
        <translation>가구 전체를 합산</translation>
    </message>
    <message>
        <source>everyone</source>
        <translation>누구나</translation>
    </message>
    <message>
        <source>for the whole campaign</source>
        <translation>사업 기간 전체</translation>
    </message>
    <message>
        <source>from {start}</source>
        <translation>{start}부터</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>{start}부터 {end}까지</translation>
    </message>
    <message>
        <source>give either &quot;item&quot; or &quot;items&quot; in {table}</source>
        <translation>{table}에 &quot;item&quot;과 &quot;items&quot; 중 하나만 쓰세요</translation>
    </message>
    <message>
        <source>in class {values}</source>
        <translation>{values}반</translation>
    </message>
    <message>
        <source>in grade {values}</source>
        <translation>{values}학년</translation>
    </message>
    <message>
        <source>in this campaign</source>
        <translation>이번 사업</translation>
    </message>
    <message>
        <source>in total</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>living in {values}</source>
        <translation>거주지: {values}</translation>
    </message>
    <message>
        <source>card code</source>
        <translation>카드 번호</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>group</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>household</source>
        <translation>세대</translation>
    </message>
    <message>
        <source>school</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>number in class</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>district</source>
        <translation>동</translation>
    </message>
    <message>
        <source>phone, last 4 digits</source>
        <translation>전화번호 끝 4자리</translation>
    </message>
    <message>
        <source>changed at</source>
        <translation>변경 시각</translation>
    </message>
    <message>
        <source>disability</source>
        <translation>장애</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>batch (lot)</source>
        <translation>입고분 (로트)</translation>
    </message>
    <message>
        <source>station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>receipt number</source>
        <translation>영수증 번호</translation>
    </message>
    <message>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>voids receipt</source>
        <translation>취소한 영수증</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>collected by (proxy)</source>
        <translation>대리 수령인</translation>
    </message>
    <message>
        <source>chain hash</source>
        <translation>체인 해시</translation>
    </message>
    <message>
        <source>override reason</source>
        <translation>예외 지급 사유</translation>
    </message>
    <message>
        <source>lot</source>
        <translation>로트</translation>
    </message>
    <message>
        <source>received at</source>
        <translation>입고 시각</translation>
    </message>
    <message>
        <source>source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>corrects lot</source>
        <translation>정정 대상 로트</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>statuses</source>
        <translation>특이사항</translation>
    </message>
    <message>
        <source>household key</source>
        <translation>세대 번호</translation>
    </message>
    <message>
        <source>person</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>handout</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>입고분</translation>
    </message>
    <message>
        <source>class count</source>
        <translation>학급 집계</translation>
    </message>
    <message>
        <source>proxy registration</source>
        <translation>대리인 등록</translation>
    </message>
    <message>
        <source>differs from the hub&apos;s copy</source>
        <translation>총괄 본부의 기록과 다름</translation>
    </message>
    <message>
        <source>its chain hash does not hold</source>
        <translation>체인 해시가 맞지 않음</translation>
    </message>
    <message>
        <source>name (masked)</source>
        <translation>이름 (가림)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>(not in this database)</source>
        <translation>(이 데이터베이스에 없음)</translation>
    </message>
    <message>
        <source>(its chain hash does not hold)</source>
        <translation>(체인 해시가 맞지 않음)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니오</translation>
    </message>
    <message>
        <source>an earlier class count</source>
        <translation>이전 학급 집계</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>기한 없음</translation>
    </message>
    <message>
        <source>no limit on the quantity</source>
        <translation>수량 제한 없음</translation>
    </message>
    <message>
        <source>no rule has the name {name}: give the rule name = &quot;{name}&quot; first</source>
        <translation>이름이 {name}인 규칙이 없습니다: 먼저 그 규칙에 name = &quot;{name}&quot;을 적으세요</translation>
    </message>
    <message>
        <source>not valid TOML ({detail})</source>
        <translation>올바른 TOML이 아닙니다 ({detail})</translation>
    </message>
    <message>
        <source>on the weekday of the birth year&apos;s last digit (1/6 Monday, 2/7 Tuesday, 3/8 Wednesday, 4/9 Thursday, 5/0 Friday); the weekend is open to anyone who has received none that week</source>
        <translation>출생연도 끝자리 요일에 (1·6 월, 2·7 화, 3·8 수, 4·9 목, 5·0 금); 주말에는 그 주에 받지 않은 누구나</translation>
    </message>
    <message>
        <source>once only</source>
        <translation>한 번만</translation>
    </message>
    <message>
        <source>only on days {first} to {last} of each month</source>
        <translation>매달 {first}일부터 {last}일까지만</translation>
    </message>
    <message>
        <source>only on {days} and the open days</source>
        <translation>{days}과(와) 개방일에만</translation>
    </message>
    <message>
        <source>someone collecting for another may also come on his own weekday</source>
        <translation>대리 수령인은 자신의 요일에도 올 수 있음</translation>
    </message>
    <message>
        <source>someone else may collect for a person born in {low} or later, in {high} or earlier, or with a disability</source>
        <translation>{low}년 이후 출생자, {high}년 이전 출생자 또는 장애인은 다른 사람이 대신 받을 수 있음</translation>
    </message>
    <message>
        <source>students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>the file needs a [campaign] table with code, name and starts</source>
        <translation>파일에 code, name, starts가 있는 [campaign] 표가 필요합니다</translation>
    </message>
    <message>
        <source>the item {code} is listed twice</source>
        <translation>물품 {code}이(가) 두 번 나옵니다</translation>
    </message>
    <message>
        <source>the public</source>
        <translation>일반 시민</translation>
    </message>
    <message>
        <source>the rule name {name} is already used on line {other}</source>
        <translation>규칙 이름 {name}은(는) 이미 {other}행에서 쓰고 있습니다</translation>
    </message>
    <message>
        <source>this change sets nothing: add the keys it changes</source>
        <translation>이 변경은 아무것도 바꾸지 않습니다: 바꿀 키를 적으세요</translation>
    </message>
    <message>
        <source>this change to rule {name} overlaps the change on line {other}; give them days that don&apos;t meet</source>
        <translation>규칙 {name}에 대한 이 변경이 {other}행의 변경과 기간이 겹칩니다; 겹치지 않게 날짜를 정하세요</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>이번 달</translation>
    </message>
    <message>
        <source>this rule overlaps the rule on line {line} for {item} but sets a different limit or period; both apply, and the tighter one decides</source>
        <translation>이 규칙은 {item}에 대해 {line}행의 규칙과 겹치지만 한도나 기간이 다릅니다; 둘 다 적용되며 더 엄격한 쪽이 결정합니다</translation>
    </message>
    <message>
        <source>this week</source>
        <translation>이번 주</translation>
    </message>
    <message>
        <source>this year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>unknown item {item}: list it under [[items]] first</source>
        <translation>알 수 없는 물품 {item}: 먼저 [[items]]에 적으세요</translation>
    </message>
    <message>
        <source>unknown key &quot;{key}&quot; in {table}; the keys are: {allowed}</source>
        <translation>{table}에 알 수 없는 키 &quot;{key}&quot;가 있습니다; 쓸 수 있는 키: {allowed}</translation>
    </message>
    <message>
        <source>until {end}</source>
        <translation>{end}까지</translation>
    </message>
    <message>
        <source>up to {limit} {unit} a calendar month</source>
        <translation>한 달(달력 기준)에 최대 {limit}{unit}</translation>
    </message>
    <message>
        <source>up to {limit} {unit} a calendar year</source>
        <translation>한 해(1월~12월)에 최대 {limit}{unit}</translation>
    </message>
    <message>
        <source>up to {limit} {unit} a day</source>
        <translation>하루 최대 {limit}{unit}</translation>
    </message>
    <message>
        <source>up to {limit} {unit} a week (Monday to Sunday)</source>
        <translation>한 주(월~일)에 최대 {limit}{unit}</translation>
    </message>
    <message>
        <source>up to {limit} {unit} for the whole campaign</source>
        <translation>캠페인 전체 기간에 최대 {limit}{unit}</translation>
    </message>
    <message>
        <source>up to {limit} {unit} within any {days} days</source>
        <translation>어느 {days}일 동안에도 최대 {limit}{unit}</translation>
    </message>
    <message>
        <source>vulnerable residents</source>
        <translation>취약계층 주민</translation>
    </message>
    <message>
        <source>with one of the statuses {values}</source>
        <translation>다음 상태 중 하나: {values}</translation>
    </message>
    <message>
        <source>within any {days} days</source>
        <translation>{days}일마다</translation>
    </message>
    <message>
        <source>within {days} days</source>
        <translation>{days}일 안에</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>{card}: group {group}, household {household}, statuses {statuses}.</source>
        <translation>{card}: 구분 {group}, 세대 {household}, 특이사항 {statuses}.</translation>
    </message>
    <message>
        <source>{collector} may collect for {whom}</source>
        <translation>{collector}은(는) {whom}의 물품을 대리 수령할 수 있음</translation>
    </message>
    <message>
        <source>{collector} may collect {items} for {whom}</source>
        <translation>{collector}은(는) {whom}의 {items}을(를) 대리 수령할 수 있음</translation>
    </message>
    <message>
        <source>{count} registered people look like this person. Check them before registering.</source>
        <translation>이 사람과 비슷한 등록자가 {count}명 있습니다. 등록하기 전에 확인하세요.</translation>
    </message>
    <message>
        <source>{count} statuses are too many: give at most {most}, separated by commas.</source>
        <translation>특이사항 {count}개는 너무 많습니다: 쉼표로 구분해 최대 {most}개까지 주세요.</translation>
    </message>
    <message>
        <source>{count} {unit} per household member</source>
        <translation>가구원 1명당 {count}{unit}</translation>
    </message>
    <message>
        <source>{day} is not a distribution day for this item.</source>
        <translation>{day}은(는) 이 물품의 지급일이 아닙니다.</translation>
    </message>
    <message>
        <source>{field} is not a roster field. Use one of: {fields}.</source>
        <translation>{field}은(는) 명단 필드가 아닙니다. 다음 중 하나를 쓰세요: {fields}.</translation>
    </message>
    <message>
        <source>{file}</source>
        <translation>{file}</translation>
    </message>
    <message>
        <source>{file} refused: {reason}</source>
        <translation>{file} 거부됨: {reason}</translation>
    </message>
    <message>
        <source>{file}: {rows} rows, {inserted} new, {duplicates} duplicates, {conflicts} conflicts, {rejected} rejected{altered}.</source>
        <translation>{file}: {rows}행, 신규 {inserted}, 중복 {duplicates}, 충돌 {conflicts}, 거부 {rejected}{altered}.</translation>
    </message>
    <message>
        <source>{file}: {rows} rows, {inserted} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{file}: {rows}행, 신규 {inserted}, 갱신 {updated}, 변경 없음 {unchanged}, 거부 {rejected}.</translation>
    </message>
    <message>
        <source>{first} ({a}) must not exceed {second} ({b})</source>
        <translation>{first}({a})는 {second}({b})보다 클 수 없습니다</translation>
    </message>
    <message>
        <source>{group} is not a group. Use one of: {groups}.</source>
        <translation>{group}은(는) 구분이 아닙니다. 다음 중 하나를 쓰세요: {groups}.</translation>
    </message>
    <message>
        <source>{handed_out} from lot {lot} were already handed out, so it can&apos;t be corrected to {quantity}. Void those handouts first, or correct it to {handed_out} or more.</source>
        <translation>로트 {lot}에서 이미 {handed_out}개를 지급해 {quantity}개로 고칠 수 없습니다. 먼저 그 지급을 취소하거나 {handed_out}개 이상으로 고치세요.</translation>
    </message>
    <message>
        <source>{limit} {unit} for a household of {low} or more</source>
        <translation>{low}명 이상 가구는 {limit}{unit}</translation>
    </message>
    <message>
        <source>{limit} {unit} for a household of {low} to {high}</source>
        <translation>{low}~{high}명 가구는 {limit}{unit}</translation>
    </message>
    <message>
        <source>{limit} {unit} once only</source>
        <translation>{limit}{unit} 한 번만</translation>
    </message>
    <message>
        <source>{name} has already signed up for workshop {number}.</source>
        <translation>{name} 님은 이미 {number}번 교실에 신청했습니다.</translation>
    </message>
    <message>
        <source>{name} is already marked as attended at workshop {number}.</source>
        <translation>{name} 님은 이미 {number}번 교실에 참석으로 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>{number}  {day}  {place}  signed up {signed_up}/{capacity}, attended {attended}</source>
        <translation>{number}  {day}  {place}  신청 {signed_up}/{capacity}, 참석 {attended}</translation>
    </message>
    <message>
        <source>{proxy} is not registered to collect for {card}.</source>
        <translation>{proxy}은(는) {card} 카드 소지자의 대리인으로 등록되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{proxy} may collect for {card} until {until}.</source>
        <translation>{proxy}은(는) {until}까지 {card} 카드 소지자를 대신해 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>{proxy} no longer collects for {card}.</source>
        <translation>{proxy}은(는) 더 이상 {card} 카드 소지자를 대신해 받지 않습니다.</translation>
    </message>
    <message>
        <source>{removed} access log entries from before {day} removed.</source>
        <translation>{day} 이전의 열람 기록 {removed}건을 지웠습니다.</translation>
    </message>
    <message>
        <source>{sheet} {subject}</source>
        <translation>{sheet} {subject}</translation>
    </message>
    <message>
        <source>{students} students need {needed} {unit} of {item}, but only {on_hand} are in stock. Receive a batch first, or tick fewer students.</source>
        <translation>학생 {students}명에게 {item} {needed}{unit}이(가) 필요하지만 재고는 {on_hand}뿐입니다. 먼저 입고하거나 학생을 줄여 체크하세요.</translation>
    </message>
    <message>
        <source>{table} must be written as [[{table}]] tables</source>
        <translation>{table}은(는) [[{table}]] 표로 써야 합니다</translation>
    </message>
    <message>
        <source>{text} is not a date. Give a date or date-time such as 2020-03-09 or 2020-03-09T10:30.</source>
        <translation>{text}은(는) 날짜가 아닙니다. 2020-03-09 또는 2020-03-09T10:30처럼 날짜나 일시를 쓰세요.</translation>
    </message>
    <message>
        <source>{text} is not a date. Give a day such as 2020-05-31.</source>
        <translation>{text}은(는) 날짜가 아닙니다. 2020-05-31처럼 주세요.</translation>
    </message>
    <message>
        <source>{text} is not a date. Write it as 2020-03-05 or 2020-03-05T09:30.</source>
        <translation>{text}은(는) 날짜가 아닙니다. 2020-03-05 또는 2020-03-05T09:30처럼 쓰세요.</translation>
    </message>
    <message>
        <source>{text} is not a date. Write it as 2020-03-05.</source>
        <translation>{text}은(는) 날짜가 아닙니다. 2020-03-05처럼 쓰세요.</translation>
    </message>
    <message>
        <source>{text} is not a whole number.</source>
        <translation>{text}은(는) 정수가 아닙니다.</translation>
    </message>
    <message>
        <source>{uid} is a void itself and can&apos;t be voided. Record the handout again instead.</source>
        <translation>{uid}은(는) 취소 기록이라 다시 취소할 수 없습니다. 대신 지급을 새로 기록하세요.</translation>
    </message>
    <message>
        <source>{value}</source>
        <translation>{value}</translation>
    </message>
    <message>
        <source>{who} aged {high} or under</source>
        <translation>{high}세 이하 {who}</translation>
    </message>
    <message>
        <source>{who} aged {low} or over</source>
        <translation>{low}세 이상 {who}</translation>
    </message>
    <message>
        <source>{who} aged {low} to {high}</source>
        <translation>{low}~{high}세 {who}</translation>
    </message>
    <message>
        <source>{who} born from {low} to {high}</source>
        <translation>{low}~{high}년 출생 {who}</translation>
    </message>
    <message>
        <source>{who} born in {high} or earlier</source>
        <translation>{high}년 이전 출생 {who}</translation>
    </message>
    <message>
        <source>{who} born in {low} or later</source>
        <translation>{low}년 이후 출생 {who}</translation>
    </message>
    <message>
        <source>sheet {sheet} is missing</source>
        <translation>{sheet} 시트가 없습니다</translation>
    </message>
    <message>
        <source>sheet {sheet} has {rows} rows, Meta says {meta}</source>
        <translation>{sheet} 시트는 {rows}행인데 Meta에는 {meta}행으로 적혀 있습니다</translation>
    </message>
    <message>
        <source>the content of sheet {sheet} differs from its Meta hash</source>
        <translation>{sheet} 시트의 내용이 Meta 해시와 다릅니다</translation>
    </message>
    <message>
        <source>an earlier day-file of {station} has not been merged yet: its handouts before this file are missing here</source>
        <translation>{station}의 이전 일일 파일이 아직 병합되지 않았습니다. 이 파일 이전의 지급 기록이 여기에 없습니다</translation>
    </message>
    <message>
        <source>the handout chain breaks at receipt {receipt}</source>
        <translation>영수증 {receipt}에서 지급 해시 사슬이 끊어집니다</translation>
    </message>
    <message>
        <source>the chain head in Meta differs from the last handout</source>
        <translation>Meta의 사슬 끝 해시가 마지막 지급 기록과 다릅니다</translation>
    </message>
    <message>
        <source>the class-count chain breaks at {school} {grade}-{klass}</source>
        <translation>{school} {grade}-{klass} 학급 배부의 해시 사슬이 끊어집니다</translation>
    </message>
    <message>
        <source>[ok] {message}</source>
        <translation>[정상] {message}</translation>
    </message>
    <message>
        <source>[BROKEN] {message}</source>
        <translation>[손상] {message}</translation>
    </message>
    <message>
        <source>The database file is sound.</source>
        <translation>데이터베이스 파일에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore the newest backup that verifies, from {folder}, and export nothing until then.</source>
        <translation>데이터베이스 파일이 손상되었습니다({detail}). {folder}에서 검증을 통과하는 가장 최근 백업을 복원하고, 그때까지는 아무것도 내보내지 마세요.</translation>
    </message>
    <message>
        <source>The handout chain of {station} holds.</source>
        <translation>{station}의 지급 해시 사슬에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>The handout chain of {station} breaks at receipt {receipt}: that row was changed outside the app. Restore the newest backup that verifies, from {folder}, and export nothing until then.</source>
        <translation>{station}의 지급 해시 사슬이 영수증 {receipt}에서 끊어집니다: 그 기록이 앱 밖에서 바뀌었습니다. {folder}에서 검증을 통과하는 가장 최근 백업을 복원하고, 그때까지는 아무것도 내보내지 마세요.</translation>
    </message>
    <message>
        <source>The class-count chain of {station} holds.</source>
        <translation>{station}의 학급 일괄 지급 해시 사슬에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>The class-count chain of {station} breaks at the count for {school} {grade}-{klass} on {day}: that row was changed outside the app. Restore the newest backup that verifies, from {folder}, and export nothing until then.</source>
        <translation>{station}의 학급 일괄 지급 해시 사슬이 {day} {school} {grade}-{klass} 기록에서 끊어집니다: 그 기록이 앱 밖에서 바뀌었습니다. {folder}에서 검증을 통과하는 가장 최근 백업을 복원하고, 그때까지는 아무것도 내보내지 마세요.</translation>
    </message>
    <message>
        <source>The audit log&apos;s chain holds.</source>
        <translation>감사 기록의 해시 사슬에 이상이 없습니다.</translation>
    </message>
    <message>
        <source>The audit log breaks at entry {seq}: it was changed outside the app. Restore the newest backup that verifies, from {folder}, and export nothing until then.</source>
        <translation>감사 기록이 {seq}번 항목에서 끊어집니다: 앱 밖에서 바뀌었습니다. {folder}에서 검증을 통과하는 가장 최근 백업을 복원하고, 그때까지는 아무것도 내보내지 마세요.</translation>
    </message>
    <message>
        <source>Every handout and class count matches the audit log.</source>
        <translation>모든 지급과 학급 일괄 지급이 감사 기록과 일치합니다.</translation>
    </message>
    <message>
        <source>Receipt {receipt} no longer matches audit entry {seq}: it was changed or removed outside the app. Restore the newest backup that verifies, from {folder}, and export nothing until then.</source>
        <translation>영수증 {receipt}이(가) 감사 기록 {seq}번 항목과 더 이상 일치하지 않습니다: 앱 밖에서 바뀌었거나 지워졌습니다. {folder}에서 검증을 통과하는 가장 최근 백업을 복원하고, 그때까지는 아무것도 내보내지 마세요.</translation>
    </message>
    <message>
        <source>The class count {uid} no longer matches audit entry {seq}: it was changed or removed outside the app. Restore the newest backup that verifies, from {folder}, and export nothing until then.</source>
        <translation>학급 일괄 지급 {uid}이(가) 감사 기록 {seq}번 항목과 더 이상 일치하지 않습니다: 앱 밖에서 바뀌었거나 지워졌습니다. {folder}에서 검증을 통과하는 가장 최근 백업을 복원하고, 그때까지는 아무것도 내보내지 마세요.</translation>
    </message>
    <message>
        <source>This station signs its files with key {fingerprint}; {enrolled} stations are enrolled here.</source>
        <translation>이 지점은 키 {fingerprint}로 파일에 서명합니다. 이곳에 등록된 지점: {enrolled}곳.</translation>
    </message>
    <message>
        <source>This station has no signing key beside its database yet: one is made at its next export, and the hub must enrol it again if it had enrolled another; {enrolled} stations are enrolled here.</source>
        <translation>이 지점의 데이터베이스 옆에 아직 서명 키가 없습니다. 다음 내보내기 때 만들어지며, 총괄 본부가 다른 키를 등록해 두었다면 다시 등록해야 합니다. 이곳에 등록된 지점: {enrolled}곳.</translation>
    </message>
    <message>
        <source>Receipt {receipt} is in no audit entry: it was added outside the app. Restore the newest backup that verifies, from {folder}, and export nothing until then.</source>
        <translation>영수증 {receipt}은(는) 어느 감사 기록 항목에도 없습니다: 앱 밖에서 추가되었습니다. {folder}에서 검증을 통과하는 가장 최근 백업을 복원하고, 그때까지는 아무것도 내보내지 마세요.</translation>
    </message>
    <message>
        <source>Close the app and restore it with: ttasum-desk --db NEW.db restore BACKUP.db</source>
        <translation>앱을 닫고 다음 명령으로 복원하세요: ttasum-desk --db NEW.db restore BACKUP.db</translation>
    </message>
    <message>
        <source>This card was replaced on {date}: ask for the new card.</source>
        <translation>이 카드는 {date}에 재발급되었습니다. 새 카드를 요청하세요.</translation>
    </message>
    <message>
        <source>{what} is not a whole number</source>
        <translation>{what} 값이 정수가 아닙니다</translation>
    </message>
    <message>
        <source>unknown {what} {uid}: merge the file that holds it first</source>
        <translation>알 수 없는 {what} {uid}: 이것이 들어 있는 파일을 먼저 병합하십시오</translation>
    </message>
    <message>
        <source>unknown item {code}</source>
        <translation>알 수 없는 물품 {code}</translation>
    </message>
    <message>
        <source>a station needs a name and a kind (centre, school, hub)</source>
        <translation>배부처에는 이름과 종류(센터, 학교, 허브)가 있어야 합니다</translation>
    </message>
    <message>
        <source>an item needs a name</source>
        <translation>물품에는 이름이 있어야 합니다</translation>
    </message>
    <message>
        <source>a recipient needs a name and a card code</source>
        <translation>수령자에게는 이름과 카드 코드가 있어야 합니다</translation>
    </message>
    <message>
        <source>unknown group {group}</source>
        <translation>알 수 없는 구분 {group}</translation>
    </message>
    <message>
        <source>the card code {card} belongs to another person</source>
        <translation>카드 코드 {card}은(는) 다른 사람의 것입니다</translation>
    </message>
    <message>
        <source>unknown status {status}</source>
        <translation>알 수 없는 상태 {status}</translation>
    </message>
    <message>
        <source>a handout needs a recipient</source>
        <translation>지급 기록에는 수령자가 있어야 합니다</translation>
    </message>
    <message>
        <source>station_code {code} is not the file&apos;s station {station}</source>
        <translation>station_code {code}은(는) 이 파일의 지점 {station}이(가) 아닙니다</translation>
    </message>
    <message>
        <source>sheet {sheet} has rows of station {codes}, but Meta says {station}</source>
        <translation>{sheet} 시트에 {codes} 지점의 행이 있지만 Meta에는 {station}(으)로 되어 있습니다</translation>
    </message>
    <message>
        <source>unsigned: {station} has no key enrolled here, so nothing shows who wrote this file</source>
        <translation>서명 없음: {station} 지점의 키가 이곳에 등록되지 않아 누가 이 파일을 썼는지 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>signed with key {fingerprint}, which is not enrolled here: enrol {station} to check its files</source>
        <translation>이곳에 등록되지 않은 키 {fingerprint}로 서명됨: 파일을 확인하려면 {station} 지점을 등록하세요</translation>
    </message>
    <message>
        <source>its signature does not match its content: the file was changed after it was signed</source>
        <translation>서명이 내용과 맞지 않습니다: 서명 뒤에 파일이 변경되었습니다</translation>
    </message>
    <message>
        <source>it is unsigned, but {station} is enrolled with key {enrolled}: only files signed with that key are taken</source>
        <translation>서명이 없지만 {station} 지점은 키 {enrolled}로 등록되어 있습니다: 그 키로 서명된 파일만 받습니다</translation>
    </message>
    <message>
        <source>it claims to come from {station} but is signed with key {fingerprint}, not with the key enrolled for {station} ({enrolled})</source>
        <translation>{station} 지점의 파일이라고 하지만 등록된 키({enrolled})가 아닌 키 {fingerprint}로 서명되었습니다</translation>
    </message>
    <message>
        <source>its sheets differ from what its signature covers ({problems})</source>
        <translation>시트가 서명된 내용과 다릅니다({problems})</translation>
    </message>
    <message>
        <source>Personal data of {people} people inactive since {day} erased.</source>
        <translation>{day} 이후 활동이 없는 {people}명의 개인정보를 지웠습니다.</translation>
    </message>
    <message>
        <source>Dry run: the personal data of {people} people inactive since {day} would be erased. Nothing was written.</source>
        <translation>시험 실행: {day} 이후 활동이 없는 {people}명의 개인정보가 지워질 것입니다. 아무것도 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Keep this database&apos;s version</source>
        <translation>이 데이터베이스의 내용 유지</translation>
    </message>
    <message>
        <source>Take the file&apos;s version</source>
        <translation>파일의 내용 적용</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>둘 다 유지</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>이 데이터베이스</translation>
    </message>
    <message>
        <source>File {file}
{station}</source>
        <translation>파일 {file}
{station}</translation>
    </message>
    <message>
        <source>{card}, registered at
{station}</source>
        <translation>{card}, 등록 지점
{station}</translation>
    </message>
    <message>
        <source>{card}: not in this database</source>
        <translation>{card}: 이 데이터베이스에 없음</translation>
    </message>
    <message>
        <source>{sheet} {subject}: {why}</source>
        <translation>{sheet} {subject}: {why}</translation>
    </message>
    <message>
        <source>{card} {name}: {quantity} {item} where the limit is {limit}</source>
        <translation>{card} {name}: 한도 {limit}인데 {item} {quantity}</translation>
    </message>
    <message>
        <source>The rule allows {limit} {item} ({period}); together these handouts make {quantity}. Each station alone allowed its own. Void a mistaken one in the desk&apos;s log.</source>
        <translation>규칙은 {item} {limit}({period})까지 허용하는데 이 지급을 합하면 {quantity}입니다. 각 지점은 저마다 허용된 만큼 지급했습니다. 잘못된 지급은 지급 기록에서 취소하세요.</translation>
    </message>
    <message>
        <source>{name} ({birth}) registered twice: {cards}</source>
        <translation>{name} ({birth}) 두 번 등록됨: {cards}</translation>
    </message>
    <message>
        <source>Handouts, class counts and batches are never replaced: this database&apos;s version stands. Void a wrong one in the log.</source>
        <translation>지급, 학급 집계, 입고분은 바꾸지 않습니다: 이 데이터베이스의 내용이 유지됩니다. 잘못된 것은 기록에서 취소하세요.</translation>
    </message>
</context>
<context>
    <name>NursePage</name>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>로트</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>입고일</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>재고</translation>
    </message>
    <message>
        <source>Item stock</source>
        <translation>물품 재고</translation>
    </message>
    <message>
        <source>no batch yet</source>
        <translation>입고 없음</translation>
    </message>
    <message>
        <source>{total} - low stock</source>
        <translation>{total} - 재고 부족</translation>
    </message>
    <message>
        <source>Tick</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Received in all</source>
        <translation>총 수령</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Class count</source>
        <translation>학급 일괄 지급</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Receive a &amp;batch…</source>
        <translation>입고 등록(&amp;B)…</translation>
    </message>
    <message>
        <source>C&amp;orrect the selected batch…</source>
        <translation>선택한 입고 정정(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Weekly workbook…</source>
        <translation>주간 보고 파일(&amp;W)…</translation>
    </message>
    <message>
        <source>Lot to hand out from</source>
        <translation>지급할 로트</translation>
    </message>
    <message>
        <source>Scan a student card to tick (F2)</source>
        <translation>학생 카드를 스캔해 체크 (F2)</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>모두 체크(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Record ticked (Ctrl+Enter)</source>
        <translation>체크한 학생 기록(&amp;R) (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo today&apos;s handout of the selected student</source>
        <translation>선택한 학생의 오늘 지급 되돌리기(&amp;U)</translation>
    </message>
    <message>
        <source>Quantity of the class count</source>
        <translation>학급 집계 수량</translation>
    </message>
    <message>
        <source>Record class &amp;count</source>
        <translation>학급 일괄 지급 기록(&amp;C)</translation>
    </message>
    <message>
        <source>U&amp;ndo the selected class count</source>
        <translation>선택한 학급 일괄 지급 되돌리기(&amp;N)</translation>
    </message>
    <message>
        <source>Class counts today (charged to the class&apos;s pupils)</source>
        <translation>오늘의 학급 집계 (반 학생들에게 배분)</translation>
    </message>
    <message>
        <source>Quantity han&amp;ded out</source>
        <translation>지급 수량(&amp;D)</translation>
    </message>
    <message>
        <source>No pupils on the class list: import it to record a count.</source>
        <translation>학급 명단에 학생이 없습니다: 집계를 기록하려면 명단을 가져오세요.</translation>
    </message>
    <message>
        <source>At most {most} for {pupils} pupils</source>
        <translation>학생 {pupils}명에게 최대 {most}</translation>
    </message>
    <message>
        <source>&amp;Print class sheet (Ctrl+P)</source>
        <translation>학급 확인서 인쇄(&amp;P) (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the class&apos;s c&amp;ards</source>
        <translation>학급 카드 인쇄(&amp;A)</translation>
    </message>
    <message>
        <source>Batches and stock</source>
        <translation>입고와 재고</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>물품(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Quantity each</source>
        <translation>1인당 수량(&amp;Q)</translation>
    </message>
    <message>
        <source>Lo&amp;t</source>
        <translation>로트(&amp;T)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Low stock: {items}. Receive a batch soon.</source>
        <translation>재고 부족: {items}. 곧 입고하세요.</translation>
    </message>
    <message>
        <source>{item} {on_hand} {unit} left (warning at {limit})</source>
        <translation>{item} {on_hand}{unit} 남음 (경고 기준 {limit})</translation>
    </message>
    <message>
        <source>First in, first out</source>
        <translation>먼저 들어온 것부터</translation>
    </message>
    <message>
        <source>Lot {lot} ({on_hand} left)</source>
        <translation>로트 {lot} (남은 수량 {on_hand})</translation>
    </message>
    <message>
        <source>Receive a batch</source>
        <translation>입고 등록</translation>
    </message>
    <message>
        <source>Received lot {lot}: {quantity} on hand.</source>
        <translation>로트 {lot} 입고: 재고 {quantity}개.</translation>
    </message>
    <message>
        <source>Select a batch in the stock list first.</source>
        <translation>먼저 재고 목록에서 입고 로트를 선택하세요.</translation>
    </message>
    <message>
        <source>Correct a batch</source>
        <translation>입고 정정</translation>
    </message>
    <message>
        <source>Lot {lot} now counts {quantity} received, {on_hand} on hand.</source>
        <translation>로트 {lot}: 입고 {quantity}, 재고 {on_hand}(으)로 정정했습니다.</translation>
    </message>
    <message>
        <source>No student has the card {card}.</source>
        <translation>카드 {card}을(를) 가진 학생이 없습니다.</translation>
    </message>
    <message>
        <source>Ticked card {card}.</source>
        <translation>카드 {card} 체크함.</translation>
    </message>
    <message>
        <source>Grade {grade} class {klass} keeps its {count} ticks, not yet recorded.</source>
        <translation>{grade}학년 {klass}반의 체크 {count}명은 아직 기록되지 않은 채 그대로 남아 있습니다.</translation>
    </message>
    <message>
        <source>Recorded, receipt {receipt}</source>
        <translation>기록함, 영수증 {receipt}</translation>
    </message>
    <message>
        <source>{recorded} recorded, {refused} refused (see the rows).</source>
        <translation>{recorded}명 기록, {refused}명 거부 (각 행을 확인하세요).</translation>
    </message>
    <message>
        <source>Class count of {count} recorded.</source>
        <translation>학급 일괄 지급 {count}개를 기록했습니다.</translation>
    </message>
    <message>
        <source>Class sheet</source>
        <translation>학급 확인서</translation>
    </message>
    <message>
        <source>Class sheet saved: {path}</source>
        <translation>학급 확인서 저장: {path}</translation>
    </message>
    <message>
        <source>Class cards saved: {path}</source>
        <translation>학급 카드 저장: {path}</translation>
    </message>
    <message>
        <source>Weekly workbook</source>
        <translation>주간 보고 파일</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>엑셀 통합 문서 (*.xlsx)</translation>
    </message>
    <message>
        <source>Weekly workbook saved: {path}</source>
        <translation>주간 보고 파일 저장: {path}</translation>
    </message>
</context>
<context>
    <name>OperatorsPage</name>
    <message>
        <source>Operators</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>The people who hand out here; at least one. Each signs in by choosing their name, with their PIN when they have one (4 to 12 digits).</source>
        <translation>이곳에서 나눠 주는 사람들입니다. 한 명 이상 입력하세요. 각자 이름을 골라 로그인하며, PIN이 있으면 PIN도 입력합니다(숫자 4~12자리).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Operator {number}</source>
        <translation>담당자 {number}</translation>
    </message>
    <message>
        <source>PIN of operator {number}</source>
        <translation>담당자 {number}의 PIN</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>PinGate</name>
    <message>
        <source>Coordinator PIN</source>
        <translation>총괄 PIN</translation>
    </message>
    <message>
        <source>This is the coordinator&apos;s work. Coordinator PIN:</source>
        <translation>총괄 업무입니다. 총괄 PIN:</translation>
    </message>
    <message>
        <source>An override of more than {limit} needs the coordinator&apos;s approval. Coordinator PIN:</source>
        <translation>{limit}개를 넘는 예외 지급에는 총괄 담당자의 승인이 필요합니다. 총괄 담당자 PIN:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>PIN of {name}:</source>
        <translation>{name}의 PIN:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in {seconds} seconds.</source>
        <translation>틀린 PIN이 너무 많습니다. {seconds}초 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Wrong PIN, {tries} times in a row. Try again in {seconds} seconds.</source>
        <translation>PIN이 {tries}번 연속 틀렸습니다. {seconds}초 뒤에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Wrong PIN: nothing was done.</source>
        <translation>PIN이 틀렸습니다. 아무것도 하지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>the same key for everyone who lives together, such as an address</source>
        <translation>함께 사는 사람 모두에게 같은 키 (예: 주소)</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} 정보 수정</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>장애 있음</translation>
    </message>
    <message>
        <source>Household key</source>
        <translation>세대 키</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>특이사항</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>{name}, card {card}</source>
        <translation>{name}, 카드 {card}</translation>
    </message>
</context>
<context>
    <name>Proxies</name>
    <message>
        <source>{who}, registered, no end</source>
        <translation>{who}, 등록 (기한 없음)</translation>
    </message>
    <message>
        <source>{who}, registration expired on {day}</source>
        <translation>{who}, {day}에 등록 만료</translation>
    </message>
    <message>
        <source>{who}, registered until {day}</source>
        <translation>{who}, {day}까지 등록</translation>
    </message>
    <message>
        <source>{name} ({card}), household, born {year}</source>
        <translation>{name} ({card}), 세대원, {year}년생</translation>
    </message>
</context>
<context>
    <name>ProxiesDialog</name>
    <message>
        <source>Who may collect for {name}</source>
        <translation>{name} 님을 대신해 받을 수 있는 사람</translation>
    </message>
    <message>
        <source>Registered proxies</source>
        <translation>등록된 대리인</translation>
    </message>
    <message>
        <source>Remove (Del)</source>
        <translation>삭제 (Del)</translation>
    </message>
    <message>
        <source>card code or name, then Enter</source>
        <translation>카드 번호나 이름을 쓰고 Enter</translation>
    </message>
    <message>
        <source>People found</source>
        <translation>찾은 사람</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty: no end</source>
        <translation>YYYY-MM-DD, 비워 두면 기한 없음</translation>
    </message>
    <message>
        <source>Register as proxy</source>
        <translation>대리인으로 등록</translation>
    </message>
    <message>
        <source>Card or name</source>
        <translation>카드 또는 이름</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Registered to collect for this person:</source>
        <translation>이 사람을 대신해 받도록 등록된 사람:</translation>
    </message>
    <message>
        <source>Register someone else to collect:</source>
        <translation>대신 받을 사람 등록:</translation>
    </message>
    <message>
        <source>{name} (born {year}) · {card}</source>
        <translation>{name} ({year}년생) · {card}</translation>
    </message>
    <message>
        <source>No one found. Check the card code or the name.</source>
        <translation>찾은 사람이 없습니다. 카드 번호나 이름을 확인하세요.</translation>
    </message>
    <message>
        <source>{text} is not a date: write it as 2020-06-30.</source>
        <translation>{text}은(는) 날짜가 아닙니다. 2020-06-30처럼 쓰세요.</translation>
    </message>
    <message>
        <source>Registered: {card} may collect for this person.</source>
        <translation>등록됨: {card} 카드 소지자가 이 사람을 대신해 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>Removed: {card} no longer collects for this person.</source>
        <translation>삭제됨: {card} 카드 소지자는 더 이상 대신 받을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Erase personal data after the campaign</source>
        <translation>사업 종료 후 개인정보 지우기</translation>
    </message>
    <message>
        <source>People with no handout, registration change or class activity since this day lose their name, full birth date, phone digits, class and number, household link, statuses and notes. Card codes, handouts, receipts and counts stay.</source>
        <translation>이 날 이후 지급, 등록 변경, 학급 활동이 없는 사람의 이름, 생년월일(연도 제외), 전화번호, 반과 번호, 세대 연결, 특이사항, 메모를 지웁니다. 카드 번호, 지급 기록, 영수증과 집계는 남습니다.</translation>
    </message>
    <message>
        <source>Inactive since:</source>
        <translation>활동 없는 기간 시작일:</translation>
    </message>
    <message>
        <source>{people} people have been inactive since {day}.</source>
        <translation>{day} 이후 활동이 없는 사람은 {people}명입니다.</translation>
    </message>
    <message>
        <source>Erase the personal data of {people} people</source>
        <translation>{people}명의 개인정보 지우기</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <source>Void slip {receipt_no}</source>
        <translation>취소 전표 {receipt_no}</translation>
    </message>
    <message>
        <source>Receipt {receipt_no}</source>
        <translation>영수증 {receipt_no}</translation>
    </message>
    <message>
        <source>COPY (reissued)</source>
        <translation>사본 (재발행)</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>수령인</translation>
    </message>
    <message>
        <source>How to make it</source>
        <translation>만들기 안내</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Handout receipt</source>
        <translation>지급 영수증</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Left ({period}): {quantity}</source>
        <translation>잔여 ({period}): {quantity}</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>로트</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>영수증 번호</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>수령자</translation>
    </message>
    <message>
        <source>This receipt is cancelled.</source>
        <translation>이 영수증은 취소되었습니다.</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Voided receipt no.</source>
        <translation>취소된 영수증 번호</translation>
    </message>
</context>
<context>
    <name>ReceiveBatchDialog</name>
    <message>
        <source>Receive a batch</source>
        <translation>입고 등록</translation>
    </message>
    <message>
        <source>as printed on the box</source>
        <translation>상자에 인쇄된 대로</translation>
    </message>
    <message>
        <source>e.g. the education office</source>
        <translation>예: 교육지원청</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>물품(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Lot number</source>
        <translation>로트 번호(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>수량(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>입고일(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>출처(&amp;S)</translation>
    </message>
</context>
<context>
    <name>RecipientPanel</name>
    <message>
        <source>Edit… (F3)</source>
        <translation>수정… (F3)</translation>
    </message>
    <message>
        <source>Proxies… (Shift+F7)</source>
        <translation>대리인… (Shift+F7)</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>생년</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>School / district</source>
        <translation>학교 / 동</translation>
    </message>
    <message>
        <source>Phone (last 4)</source>
        <translation>전화 (끝 4자리)</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>가구</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>특이사항</translation>
    </message>
    <message>
        <source>Registered proxies</source>
        <translation>등록 대리인</translation>
    </message>
    <message>
        <source>Received this period</source>
        <translation>이번 기간 수령</translation>
    </message>
    <message>
        <source>No one selected</source>
        <translation>선택된 사람 없음</translation>
    </message>
    <message>
        <source>{group}, with a disability</source>
        <translation>{group}, 장애인</translation>
    </message>
    <message>
        <source>{place}, no. {number}</source>
        <translation>{place} {number}번</translation>
    </message>
    <message>
        <source>lives alone / not linked</source>
        <translation>1인 가구 / 연결 없음</translation>
    </message>
    <message>
        <source>{key}: {members}</source>
        <translation>{key}: {members}</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>아직 없음</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>현장 등록</translation>
    </message>
    <message>
        <source>2013-03-05, or the year alone</source>
        <translation>2013-03-05 또는 출생 연도만</translation>
    </message>
    <message>
        <source>last 4 digits</source>
        <translation>끝 4자리</translation>
    </message>
    <message>
        <source>card code of a household member</source>
        <translation>같은 가구 구성원의 카드 번호</translation>
    </message>
    <message>
        <source>Has a disability</source>
        <translation>장애 있음</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>District (동)</source>
        <translation>주소 (동)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>가구</translation>
    </message>
    <message>
        <source>Household key</source>
        <translation>세대 키</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>특이사항</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>⚠ Possible duplicate. These registered people look like the person you are registering:
{people}
If it is one of them, cancel and use their card.</source>
        <translation>⚠ 중복 가능성. 등록하려는 분과 비슷한 사람이 이미 등록되어 있습니다:
{people}
이 중 한 분이라면 취소하고 그분의 카드를 쓰세요.</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>그래도 등록</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Choose an item in the list to see it here.</source>
        <translation>목록에서 항목을 고르면 여기에 보입니다.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>영수증</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>카드</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>사유 (필수)</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>The two versions differ here</source>
        <translation>두 내용이 여기서 다릅니다</translation>
    </message>
    <message>
        <source>{receipt} (voided)</source>
        <translation>{receipt} (취소됨)</translation>
    </message>
    <message>
        <source>Give a reason for the decision.</source>
        <translation>결정 사유를 적으세요.</translation>
    </message>
</context>
<context>
    <name>RolesBox</name>
    <message>
        <source>PINs</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>No coordinator PIN is set: anyone at this desk can merge, import snapshots and rosters, change the rules and the station. Setting one is recommended.</source>
        <translation>총괄 PIN이 없습니다. 이 자리의 누구나 병합, 스냅숏·명단 가져오기, 규칙과 지점 변경을 할 수 있습니다. PIN을 설정하기를 권합니다.</translation>
    </message>
    <message>
        <source>Set the coordinator PIN…</source>
        <translation>총괄 PIN 설정…</translation>
    </message>
    <message>
        <source>Set this operator&apos;s PIN…</source>
        <translation>이 담당자의 PIN 설정…</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>총괄</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>새 PIN</translation>
    </message>
    <message>
        <source>New PIN for {whose} (empty: no PIN):</source>
        <translation>{whose}의 새 PIN (비우면 PIN 없음):</translation>
    </message>
    <message>
        <source>The same PIN again:</source>
        <translation>같은 PIN을 다시:</translation>
    </message>
    <message>
        <source>The two PINs differ: nothing was changed.</source>
        <translation>두 PIN이 다릅니다. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>the coordinator</source>
        <translation>총괄</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import roster: {file}</source>
        <translation>명단 가져오기: {file}</translation>
    </message>
    <message>
        <source>Used when the file has no school column</source>
        <translation>파일에 학교 열이 없을 때 사용</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Card code</source>
        <translation>카드 번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>District (동)</source>
        <translation>주소 (동)</translation>
    </message>
    <message>
        <source>Phone (last 4 kept)</source>
        <translation>전화 (끝 4자리만 보관)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Household (shared key)</source>
        <translation>세대 (공유 키)</translation>
    </message>
    <message>
        <source>Statuses (comma-separated)</source>
        <translation>특이사항 (쉼표로 구분)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Header found in row {row}; {rows} rows of people in {sheets}. Check what each column holds.</source>
        <translation>{row}행에서 머리글을 찾았습니다. {sheets}에 {rows}명이 있습니다. 각 열이 무엇인지 확인하세요.</translation>
    </message>
    <message>
        <source>%v of %m rows</source>
        <translation>%m행 중 %v행</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>확인 (시험 실행)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>거부된 행 저장…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Stopping: nothing will be imported…</source>
        <translation>멈추는 중: 아무것도 가져오지 않습니다…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation>취소됨: 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Roster import</source>
        <translation>명단 가져오기</translation>
    </message>
    <message>
        <source>{rows} rows: {inserted} new, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{rows}행: 신규 {inserted}, 갱신 {updated}, 변경 없음 {unchanged}, 거부 {rejected}.</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>{row}행: {reason}</translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>시험 실행: 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>거부된 행 저장</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RulesChoicePage</name>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Who may receive what, how much and how often. The items come from the file.</source>
        <translation>누가 무엇을, 얼마나, 얼마나 자주 받는지 정합니다. 품목은 파일에서 가져옵니다.</translation>
    </message>
    <message>
        <source>Another &amp;file…</source>
        <translation>다른 파일(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Rules file</source>
        <translation>규칙 파일(&amp;R)</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>규칙 파일</translation>
    </message>
    <message>
        <source>This file can&apos;t be used:</source>
        <translation>이 파일은 쓸 수 없습니다:</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>Items: {items}</source>
        <translation>품목: {items}</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>{line}행: {problem}</translation>
    </message>
    <message>
        <source>Load a rules file…</source>
        <translation>규칙 파일 불러오기…</translation>
    </message>
    <message>
        <source>The rules in force at this station.</source>
        <translation>이 지점에 적용 중인 규칙입니다.</translation>
    </message>
    <message>
        <source>In plain words</source>
        <translation>쉬운 말로</translation>
    </message>
    <message>
        <source>The file as written</source>
        <translation>파일 원문</translation>
    </message>
    <message>
        <source>No rules loaded yet.</source>
        <translation>아직 불러온 규칙이 없습니다.</translation>
    </message>
    <message>
        <source>Rules file to load</source>
        <translation>불러올 규칙 파일</translation>
    </message>
    <message>
        <source>Rules (*.toml)</source>
        <translation>규칙 (*.toml)</translation>
    </message>
    <message>
        <source>{file} was not loaded:</source>
        <translation>{file}을(를) 불러오지 않았습니다:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>규칙</translation>
    </message>
</context>
<context>
    <name>SafeFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>찾는 위치:</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>파일 이름:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>파일 형식:</translation>
    </message>
    <message>
        <source>Only these files can be opened here: {patterns}</source>
        <translation>여기서는 다음 파일만 열 수 있습니다: {patterns}</translation>
    </message>
    <message>
        <source>There is no file named {name} in this folder.</source>
        <translation>이 폴더에 {name} 파일이 없습니다.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Community centre</source>
        <translation>행정복지센터</translation>
    </message>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Coordinator&apos;s hub</source>
        <translation>총괄 (시청)</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Save station</source>
        <translation>지점 저장</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>서명 키</translation>
    </message>
    <message>
        <source>Name of a new operator</source>
        <translation>새 담당자 이름</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>담당자 추가</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Override limit</source>
        <translation>예외 지급 한도</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>끔</translation>
    </message>
    <message>
        <source>more than </source>
        <translation>초과 기준 </translation>
    </message>
    <message>
        <source>An override of more than this quantity needs the coordinator&apos;s PIN each time. 0: every override. Off: none.</source>
        <translation>이 수량을 넘는 예외 지급은 매번 총괄 담당자 PIN이 필요합니다. 0: 모든 예외 지급. 끔: 없음.</translation>
    </message>
    <message>
        <source>Save limit</source>
        <translation>한도 저장</translation>
    </message>
    <message>
        <source>need the coordinator&apos;s PIN</source>
        <translation>개 넘으면 총괄 담당자 PIN 필요</translation>
    </message>
    <message>
        <source>Receipts and printing</source>
        <translation>영수증과 인쇄</translation>
    </message>
    <message>
        <source>Print directly, no dialog</source>
        <translation>바로 인쇄 (대화상자 없음)</translation>
    </message>
    <message>
        <source>Show a print preview</source>
        <translation>인쇄 미리보기</translation>
    </message>
    <message>
        <source>Save as PDF only</source>
        <translation>PDF로만 저장</translation>
    </message>
    <message>
        <source>No receipt</source>
        <translation>영수증 없음</translation>
    </message>
    <message>
        <source>System default printer</source>
        <translation>시스템 기본 프린터</translation>
    </message>
    <message>
        <source>58 mm thermal roll</source>
        <translation>58mm 감열지</translation>
    </message>
    <message>
        <source>80 mm thermal roll</source>
        <translation>80mm 감열지</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>A4 용지</translation>
    </message>
    <message>
        <source>Found on this computer</source>
        <translation>이 컴퓨터에서 자동으로 찾음</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>After each handout</source>
        <translation>지급할 때마다</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>프린터</translation>
    </message>
    <message>
        <source>Receipt format</source>
        <translation>영수증 형식</translation>
    </message>
    <message>
        <source>Receipt PDF folder</source>
        <translation>영수증 PDF 폴더</translation>
    </message>
    <message>
        <source>Hangul font for printing</source>
        <translation>인쇄용 한글 글꼴</translation>
    </message>
    <message>
        <source>Desk and language</source>
        <translation>창구와 언어</translation>
    </message>
    <message>
        <source>Large type on the desk</source>
        <translation>창구 글자 크게</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>시스템 언어</translation>
    </message>
    <message>
        <source>Save printing and desk settings</source>
        <translation>인쇄·창구 설정 저장</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Save the station first.</source>
        <translation>먼저 지점을 저장하세요.</translation>
    </message>
    <message>
        <source>Hangul font</source>
        <translation>한글 글꼴</translation>
    </message>
    <message>
        <source>Fonts (*.ttf *.otf *.ttc)</source>
        <translation>글꼴 (*.ttf *.otf *.ttc)</translation>
    </message>
    <message>
        <source>The new language applies to everything after a restart of the app.</source>
        <translation>새 언어는 프로그램을 다시 시작하면 모든 화면에 적용됩니다.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Setting up TTASUM Desk</source>
        <translation>TTASUM Desk 설정</translation>
    </message>
</context>
<context>
    <name>StationKeyRow</name>
    <message>
        <source>Export enrolment file…</source>
        <translation>등록 파일 내보내기…</translation>
    </message>
    <message>
        <source>Save the enrolment file</source>
        <translation>등록 파일 저장</translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation>등록 파일</translation>
    </message>
</context>
<context>
    <name>StationPage</name>
    <message>
        <source>This station</source>
        <translation>이 지점</translation>
    </message>
    <message>
        <source>Every handout and day-file carries the station&apos;s code.</source>
        <translation>모든 지급 기록과 일일 파일에 지점 코드가 들어갑니다.</translation>
    </message>
    <message>
        <source>for example OS-JA01</source>
        <translation>예: OS-JA01</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>코드(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>이름(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>종류(&amp;K)</translation>
    </message>
</context>
<context>
    <name>StatusesField</name>
    <message>
        <source>comma-separated, such as consent, pregnancy</source>
        <translation>쉼표로 구분, 예: 동의, 임신</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <source>Conflicts and double-dips awaiting review: {count}</source>
        <translation>검토 대기 중인 충돌과 중복 수령: {count}건</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>달성</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Handed out per day</source>
        <translation>일별 지급</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Handouts from {first} to {last}; made {made}</source>
        <translation>{first}부터 {last}까지의 지급, {made} 작성</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Last day-file</source>
        <translation>마지막 일일 파일</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>No handouts yet; made {made}</source>
        <translation>아직 지급 없음, {made} 작성</translation>
    </message>
    <message>
        <source>No overrides or voids.</source>
        <translation>예외 지급이나 취소가 없습니다.</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>예외 지급</translation>
    </message>
    <message>
        <source>Overrides and voids</source>
        <translation>예외 지급과 취소</translation>
    </message>
    <message>
        <source>Per group</source>
        <translation>구분별</translation>
    </message>
    <message>
        <source>Per item</source>
        <translation>물품별</translation>
    </message>
    <message>
        <source>Per station</source>
        <translation>지점별</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행률</translation>
    </message>
    <message>
        <source>Progress against targets</source>
        <translation>목표 대비 진행률</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>영수증 번호</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Stations not heard from</source>
        <translation>소식 없는 지점</translation>
    </message>
    <message>
        <source>Summary report: {campaign}</source>
        <translation>요약 보고서: {campaign}</translation>
    </message>
    <message>
        <source>Donations and workshops</source>
        <translation>기부와 만들기 교실</translation>
    </message>
    <message>
        <source>page {page}</source>
        <translation>{page}쪽</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>People</source>
        <translation>인원</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 날</translation>
    </message>
    <message>
        <source>(the {count} largest shown)</source>
        <translation>(큰 순서로 {count}개 표시)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Kits handed out</source>
        <translation>키트 배부</translation>
    </message>
    <message>
        <source>Finished masks returned</source>
        <translation>기부로 돌아온 완제품 마스크</translation>
    </message>
    <message>
        <source>Returned per kit</source>
        <translation>키트 대비 회수율</translation>
    </message>
    <message>
        <source>Workshops held</source>
        <translation>열린 만들기 교실</translation>
    </message>
    <message>
        <source>Signed up</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>참석</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{campaign} · page {page}</source>
        <translation>{campaign} · {page}쪽</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>학생</translation>
    </message>
    <message>
        <source>General public</source>
        <translation>일반 시민</translation>
    </message>
    <message>
        <source>Vulnerable residents</source>
        <translation>취약계층</translation>
    </message>
    <message>
        <source>Class counts</source>
        <translation>학급 집계</translation>
    </message>
    <message>
        <source>Counting the handouts</source>
        <translation>지급 건수를 세는 중</translation>
    </message>
    <message>
        <source>Quantity per day</source>
        <translation>일별 수량</translation>
    </message>
</context>
<context>
    <name>VisitLines</name>
    <message>
        <source>Items of this visit</source>
        <translation>이번 방문의 물품</translation>
    </message>
</context>
<context>
    <name>WeeklyWorkbook</name>
    <message>
        <source>School</source>
        <translation>학교</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>학년</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>반</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>물품</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>로트</translation>
    </message>
    <message>
        <source>To students</source>
        <translation>학생별 지급</translation>
    </message>
    <message>
        <source>By class count</source>
        <translation>학급 일괄 지급</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>지급</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>입고일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>입고</translation>
    </message>
    <message>
        <source>Handed out before</source>
        <translation>이전 지급</translation>
    </message>
    <message>
        <source>Handed out this period</source>
        <translation>이번 기간 지급</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>잔량</translation>
    </message>
    <message>
        <source>Handed out per class</source>
        <translation>반별 지급량</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>수량</translation>
    </message>
    <message>
        <source>Per batch: handed out this period and left</source>
        <translation>로트별: 이번 기간 지급량과 남은 재고</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>반별</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>로트별</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>합계</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
</context>
</TS>
