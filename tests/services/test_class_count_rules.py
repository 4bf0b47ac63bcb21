"""A class count is decided by the same rules as a handout and charged to the class's pupils:
at most what they may still receive, refused afterwards where it used them up, released by
a void, and charged the same at the hub after a merge."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ttasum_desk.domain.clock import now
from ttasum_desk.domain.hangul import search_keys
from ttasum_desk.services import classes, demo, handouts, merge, rules, stations
from ttasum_desk.services.class_shares import shares_of
from ttasum_desk.services.classes import ClassKey, ClassServeError, CountAboveEntitlement
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.storage import recipients
from ttasum_desk.storage.db import close_db, init_db, writing
from ttasum_desk.storage.models import AuditLog, ClassCount, Handout, Item

OPERATOR = "김보건"
ITEM = "COTTON-MASK"
SCHOOL = "따숨초등학교"
CLASS = ClassKey(SCHOOL, 3, 2)
EMPTY_CLASS = ClassKey(SCHOOL, 3, 9)
# Listed out of number order: the class is charged by number.
PUPILS = (("PUPIL-3", "박셋", 3), ("PUPIL-1", "김하나", 1), ("PUPIL-2", "이둘", 2))
RULES = """
[campaign]
code = "SCHOOL-WEEK"
name = "학교 마스크"
starts = 2020-03-02

[[items]]
code = "COTTON-MASK"
name = "면마스크"
unit = "매"

[[rules]]
item = "COTTON-MASK"
groups = ["student"]
limit = 2
period = "week"
"""
CREATED_AT = "2020-03-01T09:00:00+09:00"


def _open_school(path: Path, code: str = "OS-TS99", name: str = SCHOOL) -> None:
    """A demo database with a class of three pupils and a two-a-week rule."""
    init_db(path)
    demo.generate("small", 7, history=False)
    stations.set_station(code, name, "hub" if code == "OS-HUB" else "school")
    stations.add_operator(code, OPERATOR)
    rows = []
    for index, (card, name, number) in enumerate(PUPILS, 1):
        keys = search_keys(name)
        rows.append((
            f"00000000-0000-4000-8000-{index:012d}", card, name, keys["name_key"],
            keys["name_rev"], keys["initials"], "2012-05-05", 2012, "student", SCHOOL,
            CLASS.grade, CLASS.klass, number, "중앙동", None, None, 0, "", "test", code,
            CREATED_AT, CREATED_AT,
        ))  # fmt: skip
    with writing():
        recipients.insert_many(rows)
    rules.load_text(RULES)


@pytest.fixture
def school(tmp_path: Path) -> Path:
    path = tmp_path / "school.db"
    _open_school(path)
    yield path
    close_db()


def _next_monday() -> date:
    today = now().astimezone(ZoneInfo("Asia/Seoul")).date()
    return today + timedelta(days=7 - today.weekday())


def _written() -> tuple[int, int, int]:
    return Handout.select().count(), ClassCount.select().count(), AuditLog.select().count()


def _room_of(card: str) -> int:
    return handouts.check(card, ITEM).max_quantity


def _shares() -> dict[str, int]:
    """Card code -> the quantity of class counts charged to the pupil."""
    item = Item.get(Item.code == ITEM)
    charged = {}
    for card, _, _ in PUPILS:
        pupil = recipients.by_card(card)
        assert pupil is not None
        charged[card] = sum(s.quantity for s in shares_of(pupil, item, handouts.person_of))
    return charged


def test_a_count_above_what_the_pupils_may_receive_is_refused(school: Path) -> None:
    before = _written()
    with pytest.raises(CountAboveEntitlement) as refused:
        classes.serve_count(CLASS, ITEM, 100, OPERATOR)
    assert refused.value.exit_code == 3  # as a handout the rules refuse
    assert refused.value.params["most"] == 6
    assert refused.value.params["pupils"] == 3
    assert "may be at most 6 매 of 면마스크" in refused.value.english
    assert _written() == before
    assert classes.class_list(CLASS, ITEM).room.most == 6


def test_a_class_without_pupils_gets_no_count(school: Path) -> None:
    before = _written()
    with pytest.raises(ClassServeError) as refused:
        classes.serve_count(EMPTY_CLASS, ITEM, 1, OPERATOR)
    assert "Import the class list first" in refused.value.english
    assert _written() == before


def test_a_full_count_uses_every_pupils_entitlement_until_it_is_undone(school: Path) -> None:
    recorded = classes.serve_count(CLASS, ITEM, 6, OPERATOR)
    assert ClassCount.get_by_id(recorded.uid).quantity == 6
    assert _shares() == {"PUPIL-1": 2, "PUPIL-2": 2, "PUPIL-3": 2}
    assert classes.class_list(CLASS, ITEM).room.most == 0

    # Each pupil's own handout this week is refused, at the desk, on the class list and the
    # command line's service alike, with the next Monday as the day to come back.
    for card, _, _ in PUPILS:
        decision = handouts.check(card, ITEM)
        assert not decision.allowed
        assert decision.next_eligible == _next_monday()
        with pytest.raises(handouts.RefusedByRule):
            handouts.record(handouts.HandoutRequest(card, ITEM, 1, operator=OPERATOR))
    uids = [m.recipient_uid for m in classes.class_list(CLASS, ITEM).members]
    ticked = classes.serve_ticked(uids, ITEM, 1, OPERATOR)
    assert [o.handout_uid for o in ticked] == [None, None, None]
    assert all(_next_monday().isoformat() in o.refusal for o in ticked)
    assert Handout.select().count() == 0
    with pytest.raises(ClassServeError):
        classes.serve_count(CLASS, ITEM, 1, OPERATOR)

    # The void releases them.
    classes.undo_count(recorded.uid, OPERATOR)
    assert _shares() == {"PUPIL-1": 0, "PUPIL-2": 0, "PUPIL-3": 0}
    served = handouts.record(handouts.HandoutRequest("PUPIL-2", ITEM, 2, operator=OPERATOR))
    assert served.quantity == 2
    assert classes.class_list(CLASS, ITEM).room.most == 4


def test_an_uneven_count_is_charged_in_number_order(school: Path) -> None:
    classes.serve_count(CLASS, ITEM, 3, OPERATOR)
    assert _shares() == {"PUPIL-1": 2, "PUPIL-2": 1, "PUPIL-3": 0}
    assert [_room_of(card) for card in ("PUPIL-1", "PUPIL-2", "PUPIL-3")] == [0, 1, 2]
    # A pupil served on their own first is skipped where their entitlement is used.
    handouts.record(handouts.HandoutRequest("PUPIL-3", ITEM, 2, operator=OPERATOR))
    assert classes.class_list(CLASS, ITEM).room.most == 1
    classes.serve_count(CLASS, ITEM, 1, OPERATOR)
    assert _shares() == {"PUPIL-1": 2, "PUPIL-2": 2, "PUPIL-3": 0}


def test_the_hub_charges_the_merged_counts_alike(tmp_path: Path) -> None:
    _open_school(tmp_path / "school.db")
    try:
        classes.serve_count(CLASS, ITEM, 3, OPERATOR)
        undone = classes.serve_count(CLASS, ITEM, 2, OPERATOR)
        classes.undo_count(undone.uid, OPERATOR)
        at_school = _shares()
        rooms_at_school = {card: _room_of(card) for card, _, _ in PUPILS}
        day_file = export_day(tmp_path / "day-school.xlsx").path
    finally:
        close_db()
    _open_school(tmp_path / "hub.db", "OS-HUB", "오산시청 평생교육과")
    try:
        assert _shares() == {"PUPIL-1": 0, "PUPIL-2": 0, "PUPIL-3": 0}
        merged = merge.merge([day_file], operator=OPERATOR).files[0]
        assert (merged.rejected, merged.conflicts) == (0, 0), merged.conflict_rows
        assert at_school == {"PUPIL-1": 2, "PUPIL-2": 1, "PUPIL-3": 0}
        assert _shares() == at_school
        assert {card: _room_of(card) for card, _, _ in PUPILS} == rooms_at_school
    finally:
        close_db()
