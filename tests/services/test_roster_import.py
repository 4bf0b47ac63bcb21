"""Roster import: a real school's file, re-import, changed files, dry run, refusals."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.exchange import corpus
from ttasum_desk.cli import run
from ttasum_desk.exchange import reader
from ttasum_desk.exchange.roster_mapping import ResidentNumberError
from ttasum_desk.services import roster_import
from ttasum_desk.storage import audit
from ttasum_desk.storage.db import close_db, db, init_db
from ttasum_desk.storage.models import ImportLog, Recipient

HEADERS = ["번호", "성 명", "학년", "반", "생년월일", "연락처(보호자)", "주소", "비고"]
PEOPLE = [
    [1, "가나다", 3, 2, date(2013, 3, 5), 1012345678, "중앙동", None],
    [2, "라마바", "3", "2반", "2013.03.15", "010-2345-0007", "대원동", "알레르기"],
    [3, "사아자", 3, 2, "2013-3-5", None, "남촌동", None],
    [4, "차카타", 3, 2, 20130405, "01077770012", None, None],
    [5, "파하거", "3학년", 2, "20131231", 1099990001, "세마동", None],
    [6, "너더러", 3, 2, "2013. 7. 1.", 12, "초평동", None],  # last four typed as a number
]


def school_roster(path: Path, people: list[list[object]] | None = None) -> Path:
    """Shaped like a real school's list: a merged title, a blank row, Korean headers,
    mixed date formats, phones without the leading 0, blank and duplicate rows."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "3학년 2반"
    sheet.append(["2020학년도 오산초등학교 3학년 2반 학생 명단"])
    sheet.merge_cells("A1:H1")
    sheet.append([])
    sheet.append(HEADERS)
    rows = people if people is not None else PEOPLE
    for index, person in enumerate(rows):
        sheet.append(person)
        if index == 2:
            sheet.append([None] * 8)  # a blank row in the middle
    sheet.append(rows[0])  # the first pupil again
    sheet.append([])
    book.save(path)
    return path


def by_name(name: str) -> Recipient:
    return Recipient.get(Recipient.name == name)


def state() -> tuple[int, int, str]:
    return Recipient.select().count(), ImportLog.select().count(), audit.head()


def test_school_roster_imports_correctly(station_db: Path, tmp_path: Path) -> None:
    before = Recipient.select().count()
    result = roster_import.import_roster(school_roster(tmp_path / "roster.xlsx"))
    assert (result.rows, result.inserted, result.updated, result.unchanged) == (7, 6, 0, 0)
    assert [(r.row, r.reason) for r in result.rejected] == [(11, "The same person as row 4.")]
    assert Recipient.select().count() == before + 6
    first = by_name("가나다")
    assert (first.birth_date, first.birth_year, first.phone_last4) == ("2013-03-05", 2013, "5678")
    assert (first.school, first.grade, first.klass, first.number) == ("오산초등학교", 3, 2, 1)
    assert (first.group, first.district, first.name_key, first.initials) == (
        "student", "중앙동", "가나다", "ㄱㄴㄷ",
    )  # fmt: skip
    assert first.card_code.startswith("OS-JA01-")
    births = {p[1]: by_name(str(p[1])).birth_date for p in PEOPLE}
    assert births == {
        "가나다": "2013-03-05", "라마바": "2013-03-15", "사아자": "2013-03-05",
        "차카타": "2013-04-05", "파하거": "2013-12-31", "너더러": "2013-07-01",
    }  # fmt: skip
    phones = {p[1]: by_name(str(p[1])).phone_last4 for p in PEOPLE}
    assert phones == {
        "가나다": "5678", "라마바": "0007", "사아자": None, "차카타": "0012",
        "파하거": "0001", "너더러": "0012",
    }  # fmt: skip
    assert by_name("라마바").notes == "알레르기"
    log = ImportLog.get()
    assert (log.kind, log.rows, log.inserted, log.rejected) == ("roster", 7, 6, 1)
    assert len(log.sha256) == 64


def test_reimport_changes_nothing_and_changed_file_updates(
    station_db: Path, tmp_path: Path
) -> None:
    path = school_roster(tmp_path / "roster.xlsx")
    roster_import.import_roster(path)
    snapshot = [tuple(r.__data__.values()) for r in Recipient.select().order_by(Recipient.uid)]
    again = roster_import.import_roster(path)
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 6)
    assert [tuple(r.__data__.values()) for r in Recipient.select().order_by(Recipient.uid)] == (
        snapshot
    )
    changed = [list(p) for p in PEOPLE]
    changed[1][6] = "신장동"  # moved
    changed[2][5] = "010-1111-2222"  # now has a phone
    uid = by_name("라마바").uid
    result = roster_import.import_roster(school_roster(tmp_path / "roster2.xlsx", changed))
    assert (result.inserted, result.updated, result.unchanged) == (0, 2, 4)
    assert by_name("라마바").uid == uid
    assert by_name("라마바").district == "신장동"
    assert by_name("사아자").phone_last4 == "2222"


def test_dry_run_writes_nothing(station_db: Path, tmp_path: Path) -> None:
    before = state()
    result = roster_import.import_roster(school_roster(tmp_path / "r.xlsx"), dry_run=True)
    assert result.inserted == 6
    assert state() == before


def test_rejections_carry_row_numbers_and_save_as_workbook(
    station_db: Path, tmp_path: Path
) -> None:
    people = [list(p) for p in PEOPLE[:3]]
    people[1][4] = "2013.13.45"
    people[2][1] = ""
    people[2][0] = 99
    result = roster_import.import_roster(school_roster(tmp_path / "r.xlsx", people))
    reasons = {r.row: r.reason for r in result.rejected}
    assert reasons[5].startswith("The birth date 2013.13.45 does not exist")
    assert reasons[6] == "The name is empty."
    out = roster_import.save_rejections(result, HEADERS, tmp_path / "errors.xlsx")
    rows = reader.open_workbook(out).rows("Rejected")
    assert rows[0][:4] == ["sheet", "row", "reason", "번호"]
    assert [row[1] for row in rows[1:]] == [5, 6, 8]


def test_one_sheet_per_class(station_db: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    summary = book.active
    summary.title = "요약"
    summary.append(["2020학년도 학생 수", 5])
    for klass, people in ((1, PEOPLE[:3]), (2, [*PEOPLE[3:], PEOPLE[0]])):
        sheet = book.create_sheet(f"3학년 {klass}반")
        sheet.append([f"오산초등학교 3학년 {klass}반"])
        sheet.append(HEADERS)
        for person in people:
            sheet.append([*person[:3], klass, *person[4:]])
    book.save(tmp_path / "classes.xlsx")
    shown = roster_import.preview(tmp_path / "classes.xlsx")
    assert shown.sheets == ["3학년 1반", "3학년 2반"]
    assert shown.data_rows == 7
    result = roster_import.import_roster(tmp_path / "classes.xlsx")
    assert (result.rows, result.inserted) == (7, 6)
    assert [(r.sheet, r.row, r.reason) for r in result.rejected] == [
        ("3학년 2반", 6, "The same person as row 3 of sheet 3학년 1반.")
    ]
    assert by_name("파하거").klass == 2
    assert by_name("가나다").school == "오산초등학교"


def test_resident_number_column_is_refused(station_db: Path, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.append(["성명", "주민등록번호"])
    book.active.append(["홍길동", "130305-3123456"])
    book.save(tmp_path / "rrn.xlsx")
    before = state()
    with pytest.raises(ResidentNumberError):
        roster_import.import_roster(tmp_path / "rrn.xlsx")
    book.active["B1"] = "메모"  # hidden under another header: refused by its values
    book.save(tmp_path / "rrn2.xlsx")
    with pytest.raises(ResidentNumberError):
        roster_import.import_roster(tmp_path / "rrn2.xlsx")
    assert state() == before


def test_preview_and_map_override(station_db: Path, tmp_path: Path) -> None:
    path = school_roster(tmp_path / "r.xlsx")
    shown = roster_import.preview(path)
    assert shown.header_row == 3
    assert shown.school == "오산초등학교"
    assert shown.mapping == {
        0: "number", 1: "name", 2: "grade", 3: "class", 4: "birth_date", 5: "phone",
        6: "district", 7: "notes",
    }  # fmt: skip
    changed = roster_import.preview(path, {"주소": "ignore", "H": "district"})
    assert changed.mapping[7] == "district"
    assert 6 not in changed.mapping


# a roster's formula cells reject their rows only: see test_a_formula_cell_rejects_its_row
@pytest.mark.parametrize("case", sorted(set(corpus.HOSTILE) - {"formula_cells"}))
def test_hostile_file_leaves_database_unchanged(
    station_db: Path, tmp_path: Path, case: str
) -> None:
    build, expected = corpus.HOSTILE[case]
    before = state()
    with pytest.raises(expected):
        roster_import.import_roster(build(tmp_path / f"{case}.xlsx"))
    assert state() == before


def test_cli_import_roster_json(
    station_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = school_roster(tmp_path / "r.xlsx")
    close_db()
    code = run(["--db", str(station_db), "import", "roster", str(path), "--dry-run", "--json"])
    assert code == 0
    dry = json.loads(capsys.readouterr().out)
    assert (dry["rows"], dry["inserted"], dry["dry_run"]) == (7, 6, True)
    code = run([
        "--db", str(station_db), "import", "roster", str(path), "--json",
        "--map", "비고=ignore", "--errors", str(tmp_path / "err.xlsx"),
    ])  # fmt: skip
    done = json.loads(capsys.readouterr().out)
    assert code == 0
    assert {k: done[k] for k in ("rows", "inserted", "updated", "unchanged")} == {
        "rows": 7, "inserted": 6, "updated": 0, "unchanged": 0,
    }  # fmt: skip
    assert done["rejected"] == [
        {"row": 11, "reason": "The same person as row 4.", "file": "r.xlsx", "sheet": "3학년 2반"}
    ]
    assert (tmp_path / "err.xlsx").exists()
    bad = tmp_path / "bad.xlsx"
    corpus.renamed_csv(bad)
    assert run(["--db", str(station_db), "import", "roster", str(bad)]) == 2
    assert "not an Excel workbook" in capsys.readouterr().err
    init_db(station_db)
    assert (
        db.execute_sql("SELECT count(*) FROM recipient WHERE notes = '알레르기'").fetchone()[0] == 0
    )


def test_written_in_pieces_with_running_card_codes(
    station_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roster_import, "FLUSH_ROWS", 2)
    result = roster_import.import_roster(school_roster(tmp_path / "r.xlsx"))
    assert result.inserted == 6
    cards = sorted(by_name(str(p[1])).card_code for p in PEOPLE)
    assert cards == [f"OS-JA01-{n:05d}" for n in range(1, 7)]


def test_a_formula_cell_rejects_its_row_not_the_file(station_db: Path, tmp_path: Path) -> None:
    path = school_roster(tmp_path / "roster.xlsx")
    book = openpyxl.load_workbook(path)
    book.active["C5"] = "=1+2"  # 라마바's grade
    book.save(path)
    result = roster_import.import_roster(path)
    assert (result.inserted, result.updated) == (5, 0)
    rejected = {(r.sheet, r.row, r.reason) for r in result.rejected}
    assert ("3학년 2반", 5, "The cell C5 holds a formula: paste its value instead.") in rejected
    assert Recipient.select().where(Recipient.name == "라마바").count() == 0
    assert by_name("가나다").grade == 3


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_csv_roster_imports(station_db: Path, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "명단.csv"
    lines = ["성명,생년월일,학년,반", "가나다,2013-03-05,3,2", "라마바,2013.04.15,3학년,2반"]
    path.write_bytes("\r\n".join(lines).encode(encoding))
    result = roster_import.import_roster(path, school="오산초등학교")
    assert (result.rows, result.inserted, result.rejected) == (2, 2, [])
    second = by_name("라마바")
    assert (second.birth_date, second.grade, second.klass) == ("2013-04-15", 3, 2)
    assert second.school == "오산초등학교"
