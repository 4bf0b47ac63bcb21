"""The review as a person reads it: every kind told by card codes, receipt numbers and station
names in full, people's names masked, never a UUID; decisions need a reason, are audited, and
a conflict over a person takes the file's version when chosen."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest

from tests.services import exchange_stations as city
from ttasum_desk.domain.messages import Message
from ttasum_desk.errors import UserError
from ttasum_desk.services import merge, review
from ttasum_desk.services.review import Choice
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Recipient

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
DW01 = "OS-DW01 대원동 행정복지센터"


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return city.three_day_files(tmp_path_factory.mktemp("stations"))


def edit_cell(source: Path, target: Path, sheet: str, column: str, value: object) -> str:
    """Change one cell of the sheet's first row, as someone with Excel might; returns the
    row's key."""
    book = openpyxl.load_workbook(source)
    headers = [cell.value for cell in book[sheet][1]]
    book[sheet].cell(row=2, column=headers.index(column) + 1).value = value
    book.save(target)
    return str(book[sheet].cell(row=2, column=1).value)


def texts(detail: review.ReviewDetail) -> list[str]:
    """Every text the panel would show for the item."""
    messages: list[Message] = [detail.title, detail.left, detail.right]
    messages += [m for f in detail.fields for m in (f.label, f.ours, f.theirs)]
    messages += [detail.note] if detail.note else []
    lines = [" ".join(map(str, vars(line).values())) for line in detail.handouts]
    return [m.english for m in messages] + lines


def only(kind: str, entity: str = "") -> review.ReviewRow:
    rows = [r for r in review.open_rows() if r.kind == kind and entity in r.subject.english]
    assert len(rows) == 1, rows
    return rows[0]


def test_a_conflict_over_a_person_side_by_side_and_the_files_version_taken(
    day_files: list[Path], tmp_path: Path
) -> None:
    edited = tmp_path / "edited.xlsx"
    uid = edit_cell(day_files[1], edited, "Recipients", "district", "세마동")
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(day_files)
        merge.merge([edited])
        row = only("conflict", "person OS-")
        assert DW01 in row.stations
        detail = review.detail(row.uid)
        differing = {f.label.english: (f.ours.english, f.theirs.english) for f in detail.fields}
        assert [f.label.english for f in detail.fields if f.differs] == ["district"]
        person = Recipient.get_by_id(uid)
        assert differing["district"] == (person.district or "", "세마동")
        assert differing["name (masked)"][0] != person.name
        assert "*" in differing["name (masked)"][0]
        assert DW01 in detail.right.english
        assert not any(UUID.search(text) for text in texts(detail))
        assert [choice for choice, _ in detail.choices] == [Choice.OURS, Choice.THEIRS]
        with pytest.raises(UserError):
            review.resolve(row.uid, Choice.THEIRS, "  ", "김조정")
        assert Recipient.get_by_id(uid).district != "세마동"  # refused: nothing changed
        review.resolve(row.uid, Choice.THEIRS, "the resident moved", "김조정")
        assert Recipient.get_by_id(uid).district == "세마동"
        assert row.uid not in {r.uid for r in review.open_rows()}
        operator, payload = db.execute_sql(
            "SELECT operator, payload FROM audit_log WHERE action = 'review_resolved'"
            " AND entity_uid = ?",
            (row.uid,),
        ).fetchone()
        assert operator == "김조정"
        assert json.loads(payload) == {
            "kind": "conflict", "choice": "theirs", "reason": "the resident moved",
        }  # fmt: skip
        with pytest.raises(UserError):  # decided once only
            review.resolve(row.uid, Choice.OURS, "again", "김조정")


def test_a_handout_conflict_is_never_replaced(day_files: list[Path], tmp_path: Path) -> None:
    edited = tmp_path / "edited.xlsx"
    edit_cell(day_files[0], edited, "Handouts", "quantity", 9)
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(day_files)
        merge.merge([edited])
        row = only("conflict", "handout OS-")
        detail = review.detail(row.uid)
        assert "OS-JA01 중앙동 행정복지센터" in detail.right.english
        assert [f.label.english for f in detail.fields if f.differs] == ["quantity"]
        assert not any(UUID.search(text) for text in texts(detail))
        assert [choice for choice, _ in detail.choices] == [Choice.OURS]
        with pytest.raises(UserError):
            review.resolve(row.uid, Choice.THEIRS, "take it", "김조정")
        review.resolve(row.uid, Choice.OURS, "the station's copy was edited", "김조정")
        assert row.uid not in {r.uid for r in review.open_rows()}


def test_a_double_dip_lists_its_handouts_and_the_limit(
    day_files: list[Path], tmp_path: Path
) -> None:
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(day_files)
        row = only("double_dip", "MASK-KIT")
        assert DW01 in row.stations
        assert "중앙동 행정복지센터" in row.stations
        detail = review.detail(row.uid)
        stations = [line.station_code for line in detail.handouts]
        assert stations == ["OS-JA01 중앙동 행정복지센터", DW01]
        assert all(line.receipt_no and line.quantity == 1 for line in detail.handouts)
        assert all("*" in line.name for line in detail.handouts)
        assert detail.note is not None
        assert "allows 1 MASK-KIT" in detail.note.english
        assert not any(UUID.search(text) for text in texts(detail))
        assert not any(UUID.search(r.subject.english + r.stations) for r in review.open_rows())
        with pytest.raises(UserError):
            review.resolve(row.uid, Choice.OURS, "no", "김조정")
        review.resolve(row.uid, Choice.BOTH, "called the resident: both were for the family", "")
        assert row.uid not in {r.uid for r in review.open_rows()}


def test_a_person_registered_twice_both_registrations_side_by_side(
    day_files: list[Path], tmp_path: Path
) -> None:
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(day_files)
        detail = review.detail(only("same_person").uid)
        headings = detail.left.english + detail.right.english
        assert DW01 in headings
        assert "OS-NC01 남촌동 행정복지센터" in headings
        shown = {f.label.english: (f.ours.english, f.theirs.english) for f in detail.fields}
        assert shown["name (masked)"] == ("도*미", "도*미")
        assert shown["card code"][0] != shown["card code"][1]
        differing = [f.label.english for f in detail.fields if f.differs]
        assert "card code" in differing
        assert "name (masked)" not in differing
        assert not any(UUID.search(text) for text in texts(detail))
