"""Three stations of the demo city, each on its own database, recording handouts through the
service; a hub that merges their day-files. Some people visit two stations: the planted
double-dips are exactly two."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ttasum_desk.domain.clock import parse_moment
from ttasum_desk.paths import resource
from ttasum_desk.services import batches, classes, demo, handouts, registration, rules, stations
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.storage.db import close_db, db, init_db
from ttasum_desk.storage.models import Recipient

OPERATOR = "김담당"
NAMES = {
    "OS-JA01": "중앙동 행정복지센터",
    "OS-DW01": "대원동 행정복지센터",
    "OS-NC01": "남촌동 행정복지센터",
    "OS-HUB": "오산시청 평생교육과",
}
TWICE = registration.Walkin(name="도레미", birth="1990-05-05", group="public", district="대원동")


@dataclass(frozen=True)
class Cast:
    """Card codes of the people the plan uses (the same in every demo database)."""

    adult: str  # a mask kit at two stations: a double-dip (once, limit 1)
    pupil: str  # 2 + 2 cotton masks in March at two stations: a double-dip (limit 2 a month)
    pupil2: str  # 1 + 1 at two stations: within the limit
    pupil3: str  # 2 voided at one station, 2 at another: within the limit


def at(text: str) -> datetime:
    return parse_moment(text + "+09:00")


def open_station(path: Path, code: str) -> None:
    init_db(path)
    demo.generate("small", 7, history=False)
    stations.set_station(code, NAMES[code], "hub" if code == "OS-HUB" else "centre")
    stations.add_operator(code, OPERATOR)
    rules.load_file(resource("samples/ttasum2020.toml"))
    if code != "OS-HUB":
        for item in ("COTTON-MASK", "MASK-KIT"):
            batches.receive(
                batches.BatchRequest(item, f"{code}-{item}-1", 500, "2020-03-16", "오산시")
            )


def cast() -> Cast:
    adult = Recipient.select().where((Recipient.group == "public") & Recipient.household.is_null())
    pupils = Recipient.select().where(Recipient.group == "student")
    first = adult.order_by(Recipient.card_code).first().card_code
    cards = [r.card_code for r in pupils.order_by(Recipient.card_code).limit(3)]
    return Cast(first, *cards)


def give(card: str, item: str, quantity: int, when: str) -> str:
    request = handouts.HandoutRequest(card, item, quantity, at(when), OPERATOR)
    return handouts.record(request).handout_uid


def run_station(folder: Path, code: str) -> Path:
    """Open the station, record its day as planned, export its day-file."""
    open_station(folder / f"{code}.db", code)
    people = cast()
    if code == "OS-JA01":
        give(people.adult, "MASK-KIT", 1, "2020-03-17T10:00:00")
        give(people.pupil, "COTTON-MASK", 2, "2020-03-17T10:05:00")
        give(people.pupil2, "COTTON-MASK", 1, "2020-03-18T23:59:59")
        voided = give(people.pupil3, "COTTON-MASK", 2, "2020-03-18T00:00:00")
        handouts.void(voided, "wrong child", OPERATOR)
    elif code == "OS-DW01":
        give(people.adult, "MASK-KIT", 1, "2020-03-18T09:00:00")
        give(people.pupil2, "COTTON-MASK", 1, "2020-03-19T11:00:00")
        registration.register(TWICE, OPERATOR)
    else:
        whole_class = classes.ClassKey("오산초등학교", 1, 1)
        classes.serve_count(whole_class, "COTTON-MASK", 10, OPERATOR, at("2020-03-20T09:00:00"))
        give(people.pupil, "COTTON-MASK", 2, "2020-03-20T14:00:00")
        give(people.pupil3, "COTTON-MASK", 2, "2020-03-20T14:30:00")
        registration.register(TWICE, OPERATOR)
    out = export_day(folder / f"day-{code}.xlsx")
    close_db()
    return out.path


def three_day_files(folder: Path) -> list[Path]:
    return [run_station(folder, code) for code in ("OS-JA01", "OS-DW01", "OS-NC01")]


@dataclass
class Hub:
    path: Path

    def __enter__(self) -> Hub:
        open_station(self.path, "OS-HUB")
        return self

    def __exit__(self, *exc: object) -> None:
        close_db()


DUMP = {
    "recipient": "SELECT * FROM recipient ORDER BY uid",
    "household": "SELECT uid, label FROM household ORDER BY uid",
    "handout": "SELECT uid, recipient_uid, item_uid, quantity, batch_uid, station_code, operator,"
    " handed_at, receipt_no, status, void_of, reason, proxy_uid, override_reason, chain_hash,"
    " origin FROM handout ORDER BY uid",
    "batch": "SELECT uid, item_uid, lot_no, quantity, received_at, source, station_code,"
    " corrects_uid FROM batch ORDER BY uid",
    "item": "SELECT code, name, unit FROM item ORDER BY code",
    "class_count": "SELECT uid, station_code, school, grade, klass, item_uid, batch_uid, quantity,"
    " operator, handed_at, status, void_of, reason, chain_hash FROM class_count ORDER BY uid",
    "station": "SELECT code, name, kind FROM station ORDER BY code",
    "review_item": "SELECT fingerprint, kind, entity, entity_key, detail, status FROM review_item"
    " ORDER BY fingerprint",
}


def canonical_dump() -> dict[str, list[tuple[Any, ...]]]:
    """The hub's content, without the moments of merging and the logs of it."""
    return {table: db.execute_sql(sql).fetchall() for table, sql in DUMP.items()}


def table_counts() -> Iterator[tuple[str, int]]:
    for table in DUMP:
        yield table, db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
