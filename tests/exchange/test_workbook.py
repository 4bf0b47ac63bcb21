"""The exchange workbook round trip: every field comes back exactly, and Meta agrees."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from ttasum_desk.domain.text import nfc, nfc_cells
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import normalized, read_exchange, write_exchange

TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30
)
RISKY_TEXT = st.one_of(
    TEXT,
    st.tuples(st.sampled_from(["=", "+", "-", "@", "\t", "\r", "홍길동", "😷"]), TEXT).map("".join),
)
DIGITS = st.from_regex(r"\A[0-9]{4}\Z")
BIRTH = st.one_of(
    st.none(),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2030, 12, 31)),
    st.integers(min_value=1900, max_value=2030),
)
NEAR_MIDNIGHT = st.builds(
    lambda day, seconds, hours: (
        datetime.combine(day, time(0), timezone(timedelta(hours=hours)))
        + timedelta(seconds=seconds)
    ),
    st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from([-1, 0, 1, 86_399, 86_400 - 60]),
    st.sampled_from([-5, 0, 9]),
).map(lambda moment: moment.isoformat())
UID = st.uuids().map(str)


@st.composite
def recipient(draw: st.DrawFn) -> list[object]:
    return [
        draw(UID), draw(RISKY_TEXT.filter(bool)), draw(RISKY_TEXT.filter(bool)), draw(BIRTH),
        draw(st.sampled_from(["student", "public", "vulnerable"])), draw(st.none() | UID),
        draw(st.none() | RISKY_TEXT), draw(st.none() | st.integers(1, 6)),
        draw(st.none() | st.integers(1, 15)), draw(st.none() | st.integers(1, 40)),
        draw(st.none() | RISKY_TEXT), draw(st.none() | DIGITS), draw(NEAR_MIDNIGHT),
        draw(st.booleans()),
    ]  # fmt: skip


@st.composite
def handout(draw: st.DrawFn) -> list[object]:
    return [
        draw(UID), draw(UID), draw(RISKY_TEXT), draw(RISKY_TEXT), draw(st.integers(-50, 50)),
        draw(st.none() | UID), draw(RISKY_TEXT), draw(RISKY_TEXT), draw(NEAR_MIDNIGHT),
        draw(DIGITS), draw(st.sampled_from(["ok", "void"])), draw(st.none() | UID),
        draw(RISKY_TEXT), draw(st.none() | UID), draw(st.from_regex(r"\A[0-9a-f]{64}\Z")),
        draw(RISKY_TEXT),
    ]  # fmt: skip


def full(sheet: str, cells: list[object]) -> list[object]:
    """The drawn cells, and the empty value of any column a later field added."""
    empty = list(formats.RECORDS[sheet].empty_cells().values())
    return [*cells, *empty[len(cells) :]]


@settings(max_examples=40, deadline=None)
@given(
    recipients=st.lists(recipient(), min_size=1, max_size=4),
    handouts=st.lists(handout(), max_size=4),
)
def test_every_field_comes_back_equal(
    recipients: list[list[object]], handouts: list[list[object]]
) -> None:
    data = {
        sheet: [full(sheet, row) for row in rows]
        for sheet, rows in ((formats.RECIPIENTS, recipients), (formats.HANDOUTS, handouts))
    }
    with tempfile.TemporaryDirectory() as folder:
        path = write_exchange(Path(folder) / "day.xlsx", {"kind": "day", "station_code": "X"}, data)
        back = read_exchange(path, kind="day")
    assert back.problems == []  # hashed as written
    for sheet, rows in data.items():  # and read composed, as all text that enters
        assert back.sheets[sheet] == [normalized(sheet, nfc_cells(row)) for row in rows]
    first = back.sheets[formats.RECIPIENTS][0]
    assert first["name"] == nfc(str(recipients[0][2])) or recipients[0][2] == ""
    born = recipients[0][3]
    assert first["birth_date"] == (born.isoformat() if isinstance(born, date) else born)
