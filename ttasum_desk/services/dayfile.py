"""End of day: the station's day-file, the exchange workbook the coordinator merges.

It holds the station's own handouts and voids written that day (a contiguous piece of its hash
chain, with the hash just before it in Meta), the people registered or changed there that day
and everyone those handouts name, the proxy registrations added, changed or removed that day
(with both people of each), the batches received or drawn from, the class counts, and items
and stations for reference. Meta carries the counts, content hashes and audit head, and the
station's signature over all of it (``services.keys``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ttasum_desk import __version__
from ttasum_desk.domain import chain
from ttasum_desk.domain.clock import now, now_iso
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import formats
from ttasum_desk.exchange.workbook import write_exchange
from ttasum_desk.services.keys import station_signer
from ttasum_desk.services.stations import StationInfo, current_station
from ttasum_desk.storage import audit
from ttasum_desk.storage import exchange as store


@dataclass(frozen=True)
class DayFileSummary:
    path: Path
    day: str
    station_code: str
    counts: dict[str, int]

    def as_json(self) -> dict[str, Any]:
        return {"file": str(self.path), "day": self.day, "station_code": self.station_code,
                "rows": self.counts}  # fmt: skip


def this_station() -> StationInfo:
    station = current_station()
    if station is None:
        raise UserError("Set this station's code in Settings before exporting.")
    return station


def reference_sheets() -> dict[str, list[Sequence[Any]]]:
    return {
        formats.ITEMS: list(store.item_rows()),
        formats.STATIONS: list(store.station_rows()),
    }


def base_meta(kind: str, station: StationInfo) -> dict[str, Any]:
    return {
        "kind": kind,
        "station_code": station.code,
        "station_name": station.name,
        "exported_at": now_iso(),
        "app_version": __version__,
        "audit_head": audit.head(),
    }


def suggested_name(day: date | None = None) -> str:
    """day-OS-JA01-2020-03-17.xlsx"""
    station = current_station()
    code = station.code if station else "station"
    return f"day-{code}-{(day or now().date()).isoformat()}.xlsx"


def export_day(out: Path | str, day: date | None = None) -> DayFileSummary:
    """Write the station's day-file for ``day`` (today by default); reads only."""
    station = this_station()
    day_text = (day or now().date()).isoformat()
    handouts = store.station_day_handouts(station.code, day_text)
    counts = store.station_day_class_counts(station.code, day_text)
    batch_refs = [h.batch_uid or "" for h in handouts] + [c.batch_uid or "" for c in counts]
    start = store.chain_before(station.code, handouts[0].receipt_no) if handouts else None
    start = start or chain.GENESIS
    records: dict[str, Sequence[Any]] = {
        formats.RECIPIENTS: store.station_day_recipients(station.code, day_text),
        formats.HANDOUTS: handouts,
        formats.BATCHES: store.station_day_batches(station.code, day_text, batch_refs),
        formats.CLASS_COUNTS: counts,
        formats.PROXIES: store.day_proxies(day_text),
    }
    data: dict[str, list[Sequence[Any]]] = {
        **{sheet: [record.cells() for record in rows] for sheet, rows in records.items()},
        **reference_sheets(),
    }
    meta = {
        **base_meta(formats.KIND_DAY, station),
        "day": day_text,
        "chain_start": start,
        "chain_head": handouts[-1].chain_hash if handouts else start,
        "class_chain_start": store.class_chain_before(station.code, day_text) or chain.GENESIS,
    }
    path = write_exchange(out, meta, data, signer=station_signer())
    return DayFileSummary(path, day_text, station.code, {k: len(v) for k, v in data.items()})
