"""A morning at the desk: 200 scans typed into the real window at scanner speed.

Good cards of pupils and of the public, cards of people already served before the session,
repeats of cards served earlier in it, and codes no one has, each typed key by key, then Enter
(the scanner's), then Enter to record, each Enter after the desk's guard time (the clock of
tests/ui/conftest.py moves a second a read). What the database holds at the end is worked out
from the rules file by hand, not by the engine: a pupil's visit is two cotton masks and one
filter pack a month, a member of the public gets one kit, once; nobody gets anything twice.
"""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ttasum_desk.services import handouts
from ttasum_desk.services.handouts import HandoutRequest
from ttasum_desk.storage.models import Handout, Recipient
from ttasum_desk.ui import preferences
from ttasum_desk.ui.desk.page import DeskPage

KEY_DELAY_MS = 0  # 5 ms a key, as a USB scanner types, makes this take 50 s, not 12
VISIT = {  # from ttasum2020.toml, read by a person: what one visit of each group receives
    "student": {"COTTON-MASK": 2, "FILTER-PACK": 1},
    "public": {"MASK-KIT": 1},
}


def one_per_household(group: str, count: int, born: tuple[int, int]) -> list[Recipient]:
    """People of a group, no two in one household: no household limit comes into play."""
    chosen: dict[str, Recipient] = {}
    query = Recipient.select().where(
        (Recipient.group == group) & Recipient.birth_year.between(*born)
    )
    for person in query.order_by(Recipient.card_code):
        chosen.setdefault(person.household_uid or person.uid, person)
    assert len(chosen) >= count, f"only {len(chosen)} {group} households"
    return list(chosen.values())[:count]


def scan_and_record(desk: DeskPage, qtbot: QtBot, code: str) -> None:
    QTest.keyClicks(desk.search_field, code, Qt.KeyboardModifier.NoModifier, KEY_DELAY_MS)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)  # the scanner's Enter
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)  # the operator's


def test_two_hundred_scans_record_exactly_what_the_rules_allow(
    desk: DeskPage, qtbot: QtBot, receipts: Path
) -> None:
    preferences.set_print_mode("none")  # receipts have their own tests; this counts handouts
    pupils = one_per_household("student", 70, (2005, 2013))
    public = one_per_household("public", 50, (1950, 1990))
    served_before, fresh = pupils[:15] + public[:10], pupils[15:] + public[10:]
    for person in served_before:
        for item in VISIT[person.group]:
            handouts.record(HandoutRequest(person.card_code, item, operator="김담당"))
    unknown = [f"OS9{n:07d}" for n in range(25)]
    again = fresh[:55]  # come back later the same morning
    codes = [p.card_code for p in fresh + served_before + again] + unknown
    random.Random(20200316).shuffle(codes)
    assert len(codes) == 200

    for code in codes:
        scan_and_record(desk, qtbot, code)

    expected = Counter(
        {
            (p.card_code, item): quantity
            for p in served_before + fresh
            for item, quantity in VISIT[p.group].items()
        }
    )
    rows = Handout.select().where(Handout.status == "ok")
    got: Counter[tuple[str, str]] = Counter()
    for row in rows:
        got[(row.recipient.card_code, row.item.code)] += row.quantity
    assert got == expected
    handout_count = sum(len(VISIT[p.group]) for p in served_before + fresh)
    assert rows.count() == handout_count  # one row per person and item: nothing twice
