"""Styled, safe, atomic writing: what goes in comes back exactly, and nothing runs."""

from __future__ import annotations

import gc
import unicodedata
import zipfile
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from ttasum_desk.atomic_files import read_umask
from ttasum_desk.exchange import reader, writer

TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)
RISKY = st.sampled_from(["=", "+", "-", "@", "\t", "\r", "_x000D_", "=cmd|' /C calc'!A0"])
PHONE = st.from_regex(r"\A0[0-9]{3}\Z")


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    # composed (NFC), as the reader composes every text that enters
    name=st.one_of(TEXT, st.tuples(RISKY, TEXT).map("".join)).map(
        lambda text: unicodedata.normalize("NFC", text)
    ),
    emoji=st.sampled_from(["홍길동😀", "김💉철수", "🇰🇷"]),
    phone=PHONE,
    day=st.dates(min_value=date(1900, 3, 1), max_value=date(2099, 12, 31)),
    seconds=st.sampled_from([0, 1, 86_399, 86_400 - 1]),
)
def test_round_trip_is_exact(
    tmp_path: Path, name: str, emoji: str, phone: str, day: date, seconds: int
) -> None:
    moment = f"{day.isoformat()}T{timedelta(seconds=seconds)!s:0>8}+09:00"
    row = [name, emoji, phone, day, moment, 7, None]
    path = writer.write_workbook(
        tmp_path / "round.xlsx",
        [
            writer.SheetSpec(
                "Data", ["name", "emoji", "phone", "day", "moment", "n", "empty"], [row]
            )
        ],
    )
    read = reader.open_workbook(path).rows("Data")
    assert read[0] == ["name", "emoji", "phone", "day", "moment", "n", "empty"]
    assert read[1][:6] == [name, emoji, phone, day, moment, 7]
    assert read[1][6:] in ([], [""])


def test_formula_like_text_is_a_literal_string(tmp_path: Path) -> None:
    risky = ["=1+1", "+82", "-3", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("x")']
    path = writer.write_workbook(
        tmp_path / "t.xlsx", [writer.SheetSpec("S", ["v"], [[v] for v in risky])]
    )
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in xml
    book = openpyxl.load_workbook(path)
    cells = [row[0] for row in book["S"].iter_rows(min_row=2)]
    assert all(cell.data_type == "s" for cell in cells)
    assert all(cell.quotePrefix for cell in cells)
    assert reader.open_workbook(path).rows("S")[1:] == [[v] for v in risky]


def test_header_bold_frozen_widths_dates(tmp_path: Path) -> None:
    spec = writer.SheetSpec(
        "Recipients", ["name", "birth_date"], [["홍길동", date(2013, 3, 5)], ["Kim", None]]
    )
    path = writer.write_workbook(tmp_path / "s.xlsx", [spec])
    sheet = openpyxl.load_workbook(path)["Recipients"]
    assert sheet["A1"].font.b
    assert sheet["B1"].font.b
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width >= len("2013-03-05")
    assert sheet["B2"].is_date
    assert sheet["B2"].value.date() == date(2013, 3, 5)


# openpyxl's abandoned row generator complains when the save fails half-way: that is the point
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_write_is_atomic(tmp_path: Path) -> None:
    target = tmp_path / "day.xlsx"
    target.write_bytes(b"previous good file")

    def failing_rows() -> object:
        yield from ([f"row {n}"] for n in range(500))  # past the width sample: fails mid-save
        raise RuntimeError("disk gone")

    with pytest.raises(RuntimeError):
        writer.write_workbook(target, [writer.SheetSpec("S", ["v"], failing_rows())])  # type: ignore[arg-type]
    assert target.read_bytes() == b"previous good file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["day.xlsx"]
    gc.collect()  # the abandoned generator complains here, where it is expected


def test_headers_and_after_hook_rows_are_never_formulas(tmp_path: Path) -> None:
    """Headers may come from an imported file; hooks append their own styled cells."""
    link = '=HYPERLINK("http://example.invalid","click")'

    def totals(sheet: Any) -> None:
        bold = WriteOnlyCell(sheet, value="=SUM(A2:A3)")
        bold.font = Font(bold=True)
        sheet.append([bold, "+82"])

    spec = writer.SheetSpec("S", [link, "n"], [["a", 1]], after=totals)
    path = writer.write_workbook(tmp_path / "h.xlsx", [spec])
    with zipfile.ZipFile(path) as archive:
        assert b"<f>" not in archive.read("xl/worksheets/sheet1.xml")
    sheet = openpyxl.load_workbook(path)["S"]
    for address, text in (("A1", link), ("A3", "=SUM(A2:A3)"), ("B3", "+82")):
        assert (sheet[address].data_type, sheet[address].value) == ("s", text)
        assert sheet[address].quotePrefix
    assert sheet["A1"].font.b
    assert sheet["A3"].font.b
    assert reader.open_workbook(path).rows("S") == [[link, "n"], ["a", 1], ["=SUM(A2:A3)", "+82"]]


def test_saved_workbook_is_readable_by_others_as_the_umask_allows(tmp_path: Path) -> None:
    out = writer.write_workbook(tmp_path / "report.xlsx", [writer.SheetSpec("S", ["a"], [[1]])])
    assert out.stat().st_mode & 0o777 == 0o666 & ~read_umask()
    assert out.stat().st_mode & 0o044 == 0o044 & ~read_umask()
