"""Signed exchange: enrolled station keys at the hub, the pinned hub key at stations, and the
hub's own snapshot sequence; every file here is a real workbook written and read back."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest

from tests.exchange.test_golden import GOLDEN
from tests.services import exchange_stations as city
from ttasum_desk.domain import signing
from ttasum_desk.domain.records import HandoutRecord, ReviewKind
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import read_exchange
from ttasum_desk.services import dayfile, keys, merge, merge_report, snapshot, stations
from ttasum_desk.storage import keys as key_store
from ttasum_desk.storage.db import close_db, db, init_db


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three stations' databases (with their keys) and their signed day-files."""
    found = tmp_path_factory.mktemp("stations")
    city.three_day_files(found)
    return found


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[None]:
    """An open hub database, left closed afterwards."""
    with city.Hub(tmp_path / "hub.db"):
        yield


class _opened:
    """A database opened for a block, closed after it."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> None:
        init_db(self.path)

    def __exit__(self, *exc: object) -> None:
        close_db()


def enrolment_of(station_db: Path, out: Path) -> Path:
    with _opened(station_db):
        keys.export_enrolment(out)
    return out


def dump() -> list[str]:
    return list(db.connection().iterdump())


def forged_day_file(folder: Path, tmp_path: Path) -> Path:
    """The same station's database on another PC (no key file there): it makes its own key
    and signs a day-file that claims OS-JA01."""
    other = tmp_path / "other-pc"
    other.mkdir()
    shutil.copy(folder / "OS-JA01.db", other / "OS-JA01.db")
    with _opened(other / "OS-JA01.db"):
        return dayfile.export_day(other / "day-OS-JA01.xlsx").path


def test_a_day_file_is_signed_with_the_station_key(folder: Path) -> None:
    day_file = read_exchange(folder / "day-OS-JA01.xlsx")
    assert day_file.signature_holds
    assert not day_file.problems
    key_file = folder / f"OS-JA01.db{key_store.KEY_SUFFIX}"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert formats.hash_key(formats.GUIDE) in day_file.meta  # every sheet is covered
    private = bytes.fromhex(key_file.read_text().split()[-1])
    assert day_file.signed_by == signing.Signer(private).public_hex


def test_a_forged_day_file_is_refused_and_nothing_taken(folder: Path, tmp_path: Path) -> None:
    forged = forged_day_file(folder, tmp_path)
    enrolment = enrolment_of(folder / "OS-JA01.db", tmp_path / "enrol-OS-JA01.xlsx")
    with city.Hub(tmp_path / "hub.db"):
        keys.enrol(keys.read_enrolment(enrolment))
        check_forged_is_refused(forged, folder, tmp_path)


def check_forged_is_refused(forged: Path, folder: Path, tmp_path: Path) -> None:
    before = dump()
    result = merge.merge([forged])
    outcome = result.files[0]
    assert outcome.refused
    assert outcome.inserted == 0
    assert "claims to come from OS-JA01 but is signed with key" in outcome.error
    assert dump() == before
    report = merge_report.write_report(result, tmp_path / "report.xlsx")
    refused = list(openpyxl.load_workbook(report)["Refused"].iter_rows(values_only=True))
    assert refused[1][:2] == ("day-OS-JA01.xlsx", "OS-JA01")
    assert "signed with key" in str(refused[1][2])
    genuine = merge.merge([folder / "day-OS-JA01.xlsx"]).files[0]
    assert not genuine.refused
    assert (genuine.conflicts, genuine.rejected, genuine.altered) == (0, 0, False)
    assert genuine.inserted > 0


def test_a_rechained_day_file_is_refused_on_its_signature(
    folder: Path, tmp_path: Path, hub: None
) -> None:
    edited = tmp_path / "rechained.xlsx"
    rechain_with_more(folder / "day-OS-JA01.xlsx", edited)
    assert not read_exchange(edited).problems  # the chain and the Meta hashes all hold
    keys.enrol(keys.Enrolment("OS-JA01", "", read_exchange(edited).signed_by))
    before = dump()
    outcome = merge.merge([edited]).files[0]
    assert outcome.refused
    assert "its signature does not match its content" in outcome.error
    assert dump() == before


def rechain_with_more(source: Path, target: Path) -> None:
    """Raise the first handout's quantity and recompute the chain, the chain head and the
    sheet's Meta hash, as someone who read the format would."""
    rows = sorted(read_exchange(source).sheets[formats.HANDOUTS], key=lambda r: r["receipt_no"])
    rows[0]["quantity"] += 5
    previous = read_exchange(source).meta["chain_start"]
    hashes = {}
    for row in rows:
        row["chain_hash"] = HandoutRecord.from_cells(row).chain_hash_after(previous)
        previous = hashes[row["handout_uid"]] = row["chain_hash"]
    book = openpyxl.load_workbook(source)
    sheet = book[formats.HANDOUTS]
    headers = [cell.value for cell in sheet[1]]
    for cells in sheet.iter_rows(min_row=2):
        row = next(r for r in rows if r["handout_uid"] == cells[0].value)
        cells[headers.index("quantity")].value = row["quantity"]
        cells[headers.index("chain_hash")].value = row["chain_hash"]
    values = [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]
    for key, value in book[formats.META].iter_rows(min_row=2):
        if key.value == formats.hash_key(formats.HANDOUTS):
            value.value = formats.sheet_digest(values)
        if key.value == "chain_head":
            value.value = previous
    book.save(target)


def test_unsigned_and_unknown_keys_before_enrolment(folder: Path, hub: None) -> None:
    golden = merge.merge([GOLDEN / "day-OS-JA01.xlsx"]).files[0]
    assert (golden.rows, golden.conflicts, golden.rejected, golden.altered) == (82, 0, 0, False)
    assert "unsigned: OS-JA01 has no key enrolled here" in golden.notes_text()
    unsigned = merge.open_reviews(ReviewKind.UNSIGNED)
    assert [(item.file_name, item.station_code) for item in unsigned] == [
        ("day-OS-JA01.xlsx", "OS-JA01")
    ]
    signed = merge.merge([folder / "day-OS-DW01.xlsx"]).files[0]
    assert "which is not enrolled here" in signed.notes_text()
    assert keys.enrolled_stations() == []


def test_a_key_confirmed_at_the_first_merge_is_enrolled(folder: Path, hub: None) -> None:
    paths = [folder / "day-OS-DW01.xlsx", GOLDEN / "day-OS-JA01.xlsx"]
    asked = keys.unknown_signers(paths)
    assert [enrolment.station_code for enrolment in asked] == ["OS-DW01"]
    confirmed = {(e.station_code, e.public_key) for e in asked}
    merge.merge(paths, confirmed=lambda code, key: (code, key) in confirmed)
    enrolled = keys.enrolled_stations()
    assert [(e.station_code, e.source) for e in enrolled] == [("OS-DW01", "merge")]
    assert signing.fingerprint(enrolled[0].public_key) == asked[0].fingerprint
    stations.set_station("OS-HUB", "허브", "hub")
    # enrolled now: the station's unsigned (old) files are refused
    keys.enrol(keys.Enrolment("OS-JA01", "", asked[0].public_key))
    outcome = merge.merge([GOLDEN / "day-OS-JA01.xlsx"]).files[0]
    assert outcome.refused
    assert "it is unsigned, but OS-JA01 is enrolled" in outcome.error


def hub_snapshot(hub_db: Path, out: Path) -> Path:
    with city.Hub(hub_db) if not hub_db.exists() else _opened(hub_db):
        snapshot.export_snapshot(out)
    return out


def station_copy(folder: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "OS-DW01.db"
    shutil.copy(folder / "OS-DW01.db", copy)
    return copy


def test_an_edited_rules_cell_refuses_the_snapshot(folder: Path, tmp_path: Path) -> None:
    snap = hub_snapshot(tmp_path / "hub.db", tmp_path / "snap.xlsx")
    book = openpyxl.load_workbook(snap)
    rules = book[formats.RULES]
    rules["B2"].value = rules["B2"].value.replace("limit = 1\n", "limit = 500\n")
    chunks = [list(row) for row in rules.iter_rows(min_row=2, values_only=True)]
    for key, value in book[formats.META].iter_rows(min_row=2):
        if key.value == formats.hash_key(formats.RULES):
            value.value = formats.sheet_digest(chunks)
    book.save(snap)
    assert not read_exchange(snap).problems  # the hash was recomputed: only the signature tells
    with _opened(station_copy(folder, tmp_path)):
        before = dump()
        with pytest.raises(keys.RefusedFileError, match="changed after the hub signed it"):
            snapshot.import_snapshot(snap)
        assert dump() == before


def test_a_pinned_station_refuses_another_hub(folder: Path, tmp_path: Path) -> None:
    first = hub_snapshot(tmp_path / "hub.db", tmp_path / "first.xlsx")
    other = hub_snapshot(tmp_path / "hub2.db", tmp_path / "other.xlsx")
    with _opened(station_copy(folder, tmp_path)):
        assert snapshot.import_snapshot(first).sequence == 1
        pinned = keys.key_state().pinned_hub
        assert pinned == signing.fingerprint(read_exchange(first).signed_by)
        with pytest.raises(keys.RefusedFileError, match="not with the key of this station's hub"):
            snapshot.import_snapshot(other)
        assert keys.key_state().pinned_hub == pinned
        assert snapshot.import_snapshot(other, new_hub=True).sequence == 1  # compared, moved
        assert keys.key_state().pinned_hub == signing.fingerprint(read_exchange(other).signed_by)


def test_snapshots_follow_the_hub_sequence_not_its_clock(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub_db = tmp_path / "hub.db"
    ahead = datetime.now().astimezone() + timedelta(days=3 * 365)
    monkeypatch.setattr(snapshot, "now", lambda: ahead)
    first = hub_snapshot(hub_db, tmp_path / "first.xlsx")
    monkeypatch.undo()
    second = hub_snapshot(hub_db, tmp_path / "second.xlsx")
    third = hub_snapshot(hub_db, tmp_path / "third.xlsx")
    with _opened(station_copy(folder, tmp_path)):
        assert snapshot.import_snapshot(first).sequence == 1
        assert snapshot.import_snapshot(second).sequence == 2  # "older" by the clock: taken
        assert snapshot.import_snapshot(third).sequence == 3
        assert snapshot.import_snapshot(third).unchanged
        with pytest.raises(snapshot.SnapshotError, match=r"\(number 2 of its hub\) is older"):
            snapshot.import_snapshot(second)


def test_the_command_line_enrols_and_refuses(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ttasum_desk.cli import run

    station = folder / "OS-NC01.db"
    assert run(["--db", str(station), "station", "key", "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)["fingerprint"]
    enrolment = tmp_path / "enrol.xlsx"
    assert run(["--db", str(station), "station", "enrol-file", "--out", str(enrolment)]) == 0
    assert shown in capsys.readouterr().out
    with city.Hub(tmp_path / "hub.db"):
        pass
    hub_db = str(tmp_path / "hub.db")
    assert run(["--db", hub_db, "hub", "enrol", str(enrolment)]) == 0
    assert shown in capsys.readouterr().out
    assert run(["--db", hub_db, "hub", "stations", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)["stations"]
    assert [(s["station_code"], s["fingerprint"]) for s in listed] == [("OS-NC01", shown)]
    other = tmp_path / "other-pc"
    other.mkdir()
    shutil.copy(station, other / "OS-NC01.db")  # a copy without the key file: another key
    forged = other / "day.xlsx"
    assert run(["--db", str(other / "OS-NC01.db"), "export", "day", "--out", str(forged)]) == 0
    capsys.readouterr()
    report = tmp_path / "report.xlsx"
    assert run(["--db", hub_db, "merge", str(forged), "--report", str(report)]) == 5
    assert "day.xlsx refused: it claims to come from OS-NC01" in capsys.readouterr().err
    assert run(["--db", hub_db, "merge", str(folder / "day-OS-NC01.xlsx")]) == 0
