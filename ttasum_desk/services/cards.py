"""Cards for many people at once: the people a roster import brought in, a school class, a
selection of search results, or one person. Each function gathers ``CardData`` in one query;
``write_cards`` renders them through printing.cards (A4, ten to a page, in the order given),
page by page with ``progress`` and ``cancelled`` (services.steps), into a file renamed into
place only when whole: a cancelled sheet leaves no PDF."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from peewee import fn

from ttasum_desk.atomic_files import replace_when_written
from ttasum_desk.printing.cards import CardData, render_cards
from ttasum_desk.services.classes import ClassKey
from ttasum_desk.services.stations import current_station
from ttasum_desk.services.steps import Asked, Progress, report, stop_if_cancelled
from ttasum_desk.storage.db import reading
from ttasum_desk.storage.models import Recipient


def _cards(rows: Sequence[Recipient]) -> list[CardData]:
    station = current_station()
    name = station.name if station else ""
    return [CardData(r.name, r.group, r.card_code, name, r.birth_year) for r in rows]


def for_people(recipient_uids: Sequence[str]) -> list[CardData]:
    """Cards for the chosen people (a selection of search results, or one), in that order;
    anyone no longer in the database is left out."""
    with reading():
        found = {
            r.uid: r for r in Recipient.select().where(Recipient.uid.in_(list(recipient_uids)))
        }
        return _cards([found[uid] for uid in recipient_uids if uid in found])


def for_class(key: ClassKey) -> list[CardData]:
    """Cards for a school class, by student number."""
    with reading():
        query = Recipient.select().where(
            (Recipient.school == key.school)
            & (Recipient.grade == key.grade)
            & (Recipient.klass == key.klass)
        )
        return _cards(list(query.order_by(Recipient.number, Recipient.name, Recipient.uid)))


def for_roster_import(file_name: str) -> list[CardData]:
    """Cards for the people the latest import of the roster ``file_name`` brought in (those it
    only updated already hold a card): one import writes them all with the same moment."""
    source = f"roster:{file_name}"
    with reading():
        latest = Recipient.select(fn.MAX(Recipient.created_at)).where(Recipient.source == source)
        query = Recipient.select().where(
            (Recipient.source == source) & (Recipient.created_at == latest)
        )
        return _cards(list(query.order_by(Recipient.card_code)))


def write_cards(
    cards: Sequence[CardData],
    out: Path | str,
    font_file: Path | None = None,
    progress: Progress | None = None,
    cancelled: Asked | None = None,
) -> Path:
    """The cards as an A4 PDF at ``out``; refuses an empty list with a clear message."""

    def page(done: int, total: int) -> None:
        stop_if_cancelled(cancelled)
        report(progress, done, total)

    return replace_when_written(
        Path(out), lambda temp: render_cards(cards, temp, font_file, on_page=page)
    )
