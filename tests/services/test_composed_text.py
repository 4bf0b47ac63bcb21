"""Text that enters decomposed (NFD, as macOS writes Hangul) is stored composed (NFC): typed at
registration, read from a roster, merged from a day-file; the receipt's mask is then 홍*동."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl

from tests.services import exchange_stations as city
from tests.services.test_roster_import import PEOPLE, school_roster
from ttasum_desk.domain.masking import mask_name
from ttasum_desk.domain.text import nfc, nfc_fields
from ttasum_desk.services import handouts, merge, registration, roster_import
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.storage.db import close_db
from ttasum_desk.storage.models import Recipient

NAME = "홍길동"
DECOMPOSED = unicodedata.normalize("NFD", NAME)
WALKIN = registration.Walkin(
    name=DECOMPOSED,
    birth="1980-01-02",
    group="public",
    district=unicodedata.normalize("NFD", "중앙동"),
)


def test_nfc_composes_and_leaves_the_rest() -> None:
    assert len(DECOMPOSED) == 9
    assert nfc(DECOMPOSED) == NAME
    assert nfc("OS00000225") == "OS00000225"
    assert nfc_fields(WALKIN) == registration.Walkin(NAME, "1980-01-02", "public", "중앙동")


def test_a_walkin_typed_decomposed_is_stored_composed_and_masked_right(station_db: Path) -> None:
    registered = registration.register(WALKIN, city.OPERATOR)
    row = Recipient.get_by_id(registered.recipient_uid)
    assert (row.name, row.district, row.name_key) == (NAME, "중앙동", NAME)
    assert mask_name(row.name) == "홍*동"


def test_a_roster_with_decomposed_names_is_stored_composed(
    station_db: Path, tmp_path: Path
) -> None:
    people = [
        [*person[:1], unicodedata.normalize("NFD", str(person[1])), *person[2:]]
        for person in PEOPLE
    ]
    result = roster_import.import_roster(school_roster(tmp_path / "roster.xlsx", people))
    assert result.inserted == len(PEOPLE)
    names = {row.name for row in Recipient.select().where(Recipient.school == "오산초등학교")}
    assert {str(person[1]) for person in PEOPLE} <= names
    assert all(unicodedata.is_normalized("NFC", name) for name in names)


def decompose(source: Path, target: Path) -> Path:
    """The workbook as Excel on macOS saves it: every text cell decomposed."""
    book = openpyxl.load_workbook(source)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = unicodedata.normalize("NFD", cell.value)
    book.save(target)
    return target


def test_a_day_file_with_decomposed_names_merges_composed(tmp_path: Path) -> None:
    city.open_station(tmp_path / "station.db", "OS-JA01")
    registered = registration.register(WALKIN, city.OPERATOR)
    handed = handouts.record(
        handouts.HandoutRequest(registered.card_code, "MASK-KIT", 1, operator=city.OPERATOR)
    )
    day_file = export_day(tmp_path / "day.xlsx").path
    close_db()
    with city.Hub(tmp_path / "hub.db"):
        outcome = merge.merge([decompose(day_file, tmp_path / "day-mac.xlsx")]).files[0]
        assert not outcome.altered
        row = Recipient.get_by_id(registered.recipient_uid)
        assert (row.name, row.district) == (NAME, "중앙동")
        receipt = handouts.receipt_data(handed.handout_uid)
        assert mask_name(receipt.recipient_name) == "홍*동"
