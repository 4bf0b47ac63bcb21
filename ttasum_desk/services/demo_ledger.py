"""The demo campaign (``demo_history``) written as the services would have written it, in bulk.

The demo station's own rows are local: each handout, batch, donation and workshop scan has its
audit entry, at the moment it happened, and its handouts extend the station's receipt chain.
Every other station's rows came in its evening day-file, merged the next morning: handouts
with origin ``merge`` and each station's own receipt chain, a merge log entry per day-file
(the dashboard's "last day-file") and its audit entry. So ``verify`` holds on the result.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from ttasum_desk.domain import chain
from ttasum_desk.domain.records import BatchRecord, HandoutRecord, Origin, Status
from ttasum_desk.services.demo_history import KST, Campaign, Handed, Lot
from ttasum_desk.storage import audit, bulk, record_sql
from ttasum_desk.storage.audit import Entry
from ttasum_desk.storage.handouts import RECEIPT_DIGITS
from ttasum_desk.storage.models import Item


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def merged_at(day: date) -> str:
    """When the hub merged a station's day-file of ``day``: the next morning."""
    return iso(datetime.combine(day + timedelta(days=1), time(9, 30), KST))


class Ledger:
    """Turns the planned campaign into rows and audit entries; ``write`` inserts them."""

    def __init__(self, campaign: Campaign, station: str, uid: Callable[[], str]) -> None:
        self.campaign = campaign
        self.station = station
        self.uid = uid
        self.items = {item.code: item.uid for item in Item.select(Item.code, Item.uid)}
        self.entries: list[Entry] = []
        self.day_files: dict[tuple[str, date], int] = {}  # (station, day) -> rows in it

    def write(self) -> None:
        self._batches()
        self._handouts()
        self._donations()
        self._workshops()
        self._merges()
        self.entries.sort(key=lambda entry: entry.at)
        audit.append_many(self.entries)

    def note(
        self, at: str, operator: str, action: str, entity: str, uid: str, **payload: object
    ) -> None:
        self.entries.append(Entry(self.uid(), at, operator, action, entity, uid, payload))

    def created_at(self, station: str, moment: datetime) -> str:
        """A local row is written as it happens; another station's with its day-file."""
        if station == self.station:
            return iso(moment)
        key = (station, moment.date())
        self.day_files[key] = self.day_files.get(key, 0) + 1
        return merged_at(moment.date())

    def _batches(self) -> None:
        records, local = [], []
        for lot in self.campaign.lots:
            records.append(self._batch(lot))
            local.append({
                "item_uid": self.items[lot.item], "operator": lot.operator,
                "created_at": self.created_at(lot.station, lot.received_at),
            })  # fmt: skip
            if lot.station == self.station:
                self.note(
                    iso(lot.received_at), lot.operator, "batch_received", "batch", lot.uid,
                    item_code=lot.item, lot_no=lot.lot_no, quantity=lot.quantity,
                    received_at=iso(lot.received_at), source=lot.source, station_code=lot.station,
                )  # fmt: skip
        record_sql.insert_many(records, local)

    @staticmethod
    def _batch(lot: Lot) -> BatchRecord:
        return BatchRecord.from_fields({
            "uid": lot.uid, "item_code": lot.item, "lot_no": lot.lot_no, "quantity": lot.quantity,
            "received_at": iso(lot.received_at), "source": lot.source, "station_code": lot.station,
        })  # fmt: skip

    def _handouts(self) -> None:
        """Each station's handouts in the order they happened: receipt numbers and chain."""
        by_station: dict[str, list[Handed]] = {}
        for handed in sorted(self.campaign.handed, key=lambda one: one.at):
            by_station.setdefault(handed.station, []).append(handed)
        records, local = [], []
        for station, rows in sorted(by_station.items()):
            previous = chain.GENESIS
            for number, handed in enumerate(rows, 1):
                receipt_no = f"{station}-{number:0{RECEIPT_DIGITS}d}"
                record = self._handout(handed, receipt_no, previous)
                previous = record.chain_hash
                records.append(record)
                origin = Origin.LOCAL if station == self.station else Origin.MERGE
                created_at = self.created_at(station, handed.at)
                local.append(
                    {
                        "item_uid": self.items[handed.item],
                        "origin": origin,
                        "created_at": created_at,
                    }
                )
                if origin == Origin.LOCAL:
                    self.note(
                        record.handed_at, handed.operator, "handout", "handout", record.uid,
                        receipt_no=record.receipt_no, card_code=handed.resident.card,
                        item=handed.item, quantity=handed.quantity, handed_at=record.handed_at,
                        override_reason="", refused=[],
                    )  # fmt: skip
        record_sql.insert_many(records, local)

    def _handout(self, handed: Handed, receipt_no: str, previous: str) -> HandoutRecord:
        """The handout as the desk records it, chained after ``previous``. Its fields are
        given as they are stored, so the record is made directly (``from_fields`` would
        make the same, at a cost that tells at a city's scale)."""
        fields: dict[str, Any] = {
            "uid": self.uid(), "recipient_uid": handed.resident.uid,
            "card_code": handed.resident.card, "item_code": handed.item,
            "quantity": handed.quantity, "batch_uid": handed.lot.uid if handed.lot else None,
            "station_code": handed.station, "operator": handed.operator,
            "handed_at": iso(handed.at), "receipt_no": receipt_no, "status": Status.OK,
            "void_of": None, "reason": "", "proxy_uid": None, "chain_hash": "",
            "override_reason": "",
        }  # fmt: skip
        fields["chain_hash"] = HandoutRecord(**fields).chain_hash_after(previous)
        return HandoutRecord(**fields)

    def _donations(self) -> None:
        """The donor's side of the demo station's donated lots (the lots travel, this not)."""
        rows = []
        for donated in self.campaign.donated:
            lot = donated.lot
            if lot.station != self.station:
                continue
            at = iso(lot.received_at)
            donor = donated.donor
            rows.append(
                (
                    donated.uid,
                    lot.uid,
                    donor.uid if donor else None,
                    lot.station,
                    lot.operator,
                    at,
                    at,
                )
            )
            self.note(
                at, lot.operator, "donation_received", "donation", donated.uid, batch_uid=lot.uid,
                item_code=lot.item, quantity=lot.quantity, donated_at=at,
                donor_card=donor.card if donor else "",
            )  # fmt: skip
        bulk.donations(rows)

    def _workshops(self) -> None:
        """Sessions the demo station booked a fortnight ahead, and their seats."""
        sessions, seats = [], []
        for workshop in self.campaign.workshops:
            operator = workshop.operator
            booked = iso(workshop.held_at - timedelta(days=14))
            held_on = workshop.held_at.date().isoformat()
            sessions.append((
                workshop.uid, workshop.number, held_on, workshop.place, workshop.capacity,
                self.station, operator, booked,
            ))  # fmt: skip
            self.note(
                booked, operator, "workshop_added", "workshop", workshop.uid,
                number=workshop.number, held_on=held_on, place=workshop.place,
                capacity=workshop.capacity,
            )  # fmt: skip
            for person, signed, came, over in workshop.seats:
                attended = iso(came) if came else None
                seats.append((workshop.uid, person.uid, iso(signed), attended, int(over), operator))
                walked_in = came == signed
                action = "workshop_attended" if walked_in else "workshop_signed_up"
                self.note(
                    iso(signed),
                    operator,
                    action,
                    "workshop",
                    workshop.uid,
                    card_code=person.card,
                    over_capacity=over,
                )
                if came and not walked_in:
                    self.note(
                        iso(came),
                        operator,
                        "workshop_attended",
                        "workshop",
                        workshop.uid,
                        card_code=person.card,
                        over_capacity=False,
                    )
        bulk.workshops(sessions)
        bulk.seats(seats)

    def _merges(self) -> None:
        """One merged day-file per station and day with rows, and its audit entry."""
        rows = []
        for (station, day), count in sorted(self.day_files.items()):
            name = f"day-{station}-{day.isoformat()}.xlsx"
            digest = hashlib.sha256(name.encode()).hexdigest()
            at = merged_at(day)
            uid = self.uid()
            outcome = {"day": day.isoformat(), "problems": [], "notes": [], "rejected": [],
                       "conflicts": []}  # fmt: skip
            rows.append((uid, name, digest, station, Origin.MERGE.value, at, count, count,
                         json.dumps(outcome)))  # fmt: skip
            self.note(
                at, "", "day_file_merged", "import_log", uid, file=name, sha256=digest,
                altered=False, rows=count, inserted=count, duplicates=0, conflicts=0, rejected=0,
            )  # fmt: skip
        bulk.merged_day_files(rows)


def write(campaign: Campaign, station: str, uid: Callable[[], str]) -> None:
    """Write ``campaign`` for the demo ``station``, inside the caller's write transaction."""
    Ledger(campaign, station, uid).write()


def kit_households(campaign: Campaign, people: Iterable[tuple[str, str | None]]) -> set[str]:
    """The card codes of ``people`` ((card, household uid)) whose household, or who alone,
    received a kit: the rules give a kit once, so the desk's demo hands them none."""
    kits = [handed.resident for handed in campaign.handed if handed.item == "MASK-KIT"]
    households = {person.household for person in kits if person.household}
    cards = {person.card for person in kits}
    return cards | {card for card, household in people if household in households}
