"""Household keys, statuses and registered proxies edited through the services: rows in the
database, audit entries, and refusals that change nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from ttasum_desk.errors import UserError
from ttasum_desk.services import people
from ttasum_desk.services.registration import Walkin, register
from ttasum_desk.storage import audit, recipients
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import AuditLog, Household, ProxyRegistration, Recipient

from .people import Someone, add_people, open_station

FAMILY = [
    Someone("GRAN", "박할머니", "1938-02-03", "vulnerable"),
    Someone("SON", "박아들", "1968-05-06", "public"),
    Someone("KID", "박아이", "2014-07-08", "student"),
]


@pytest.fixture
def family(empty_db: Path) -> dict[str, str]:
    open_station()
    return add_people(FAMILY)


def last_audit() -> AuditLog:
    return AuditLog.select().order_by(AuditLog.seq.desc()).first()


def test_statuses_are_normalised_and_disability_becomes_the_flag() -> None:
    found = people.statuses_of(" Consent, 임산부 ,consent,,CONSENT，장애, ")
    assert found == people.Statuses(frozenset({"consent", "임산부"}), True)
    assert found.text == "consent,임산부"
    decomposed = "\u1112\u1161\u11ab\u1100\u1173\u11af"  # 한글, as macOS writes it
    assert people.statuses_of(decomposed).tags == {"한글"}
    assert people.shown_statuses(frozenset({"consent"}), True) == ("consent", "disability")


@pytest.mark.parametrize(
    "text", [",".join(f"t{n}" for n in range(500)), "x" * 10_000, "bad\x00tag"]
)
def test_hostile_statuses_are_refused(text: str) -> None:
    with pytest.raises(UserError):
        people.statuses_of(text)


def test_a_household_key_gives_the_same_uid_everywhere() -> None:
    first = people.household_of_key("  Kim  Family ")
    assert first is not None
    assert first == people.HouseholdKey(first.uid, "Kim Family")
    again = people.household_of_key("kim family")
    assert again is not None
    assert again.uid == first.uid
    assert people.household_of_key("세대 0412") != people.household_of_key("세대 0413")
    assert people.household_of_key("   ") is None


def test_set_details_writes_the_row_and_audits(family: dict[str, str]) -> None:
    shown = people.set_details(
        "GRAN", household_key="박씨네", tags="Long-term care, 장애", operator="김담당"
    )
    row = Recipient.get_by_id(family["GRAN"])
    key = people.household_of_key("박씨네")
    assert key is not None
    assert (row.tags, row.disability, row.__data__["household"]) == ("long-term care", 1, key.uid)
    assert Household.get_by_id(key.uid).label == "박씨네"
    assert row.updated_at > "2020-03-01"
    assert shown.statuses == ("disability", "long-term care")
    assert shown.household_label == "박씨네"
    entry = last_audit()
    assert (entry.action, entry.entity_uid, entry.operator) == (
        "recipient_edited",
        family["GRAN"],
        "김담당",
    )
    assert json.loads(entry.payload)["household_uid"] == key.uid
    people.set_details("SON", household_key="박씨네")
    members = people.household_members("GRAN")
    assert [(m.card_code, m.masked_name) for m in members] == [("SON", "박*들")]
    people.set_details("GRAN", tags="", disability=False, group="public")
    row = Recipient.get_by_id(family["GRAN"])
    assert (row.tags, row.disability, row.group) == ("", 0, "public")
    people.set_details("SON", household_key="")
    assert Recipient.get_by_id(family["SON"]).__data__["household"] is None
    assert audit.verify() is None


@pytest.mark.parametrize(
    "change",
    [
        {"group": "nobody"},
        {"tags": "장애", "disability": False},
        {"household_key": "x" * 200},
        {"tags": ",".join(str(n) for n in range(500))},
    ],
)
def test_refused_edits_change_nothing(family: dict[str, str], change: dict[str, object]) -> None:
    before = [r.__data__ for r in Recipient.select()], AuditLog.select().count()
    with pytest.raises(UserError):
        people.set_details("GRAN", **change)  # type: ignore[arg-type]
    assert ([r.__data__ for r in Recipient.select()], AuditLog.select().count()) == before


def test_proxies_are_added_renewed_listed_and_removed(family: dict[str, str]) -> None:
    line = people.add_proxy("GRAN", "SON", date(2099, 5, 31), operator="김담당")
    assert line == people.ProxyLine(family["SON"], "SON", "박*들", date(2099, 5, 31))
    people.add_proxy("GRAN", "KID")
    people.add_proxy("GRAN", "SON")  # renewed without end
    assert [(p.card_code, p.until) for p in people.proxies_of("GRAN")] == [
        ("SON", None),
        ("KID", None),
    ]
    people.remove_proxy("GRAN", "KID", operator="김담당")
    assert [p.card_code for p in people.proxies_of(family["GRAN"])] == ["SON"]
    rows = {row.__data__["proxy"]: row for row in ProxyRegistration.select()}
    assert rows[family["KID"]].removed
    assert not rows[family["SON"]].removed
    assert len(rows) == 2
    assert last_audit().action == "proxy_removed"
    assert audit.verify() is None


@pytest.mark.parametrize(
    ("person", "proxy", "until"),
    [
        ("GRAN", "GRAN", None),
        ("GRAN", "NOBODY", None),
        ("NOBODY", "SON", None),
        ("GRAN", "SON", date(2001, 1, 1)),
    ],
)
def test_refused_proxies_change_nothing(
    family: dict[str, str], person: str, proxy: str, until: date | None
) -> None:
    with pytest.raises(UserError):
        people.add_proxy(person, proxy, until)
    with pytest.raises(UserError):
        people.remove_proxy("GRAN", "SON")
    assert ProxyRegistration.select().count() == 0


def test_walkin_registration_takes_a_household_key_and_statuses(family: dict[str, str]) -> None:
    people.set_details("SON", household_key="박씨네")
    new = register(
        Walkin("박손녀", "2016-01-02", "public", district="중앙동", household_key="박씨네",
               tags="Consent, 장애"),
        "김담당",
    )  # fmt: skip
    row = Recipient.get_by_id(new.recipient_uid)
    assert (row.tags, row.disability) == ("consent", 1)
    assert row.__data__["household"] == Recipient.get_by_id(family["SON"]).__data__["household"]


def test_deciding_searches_handouts_by_index(family: dict[str, str]) -> None:
    """The one query behind a decision (person, household size, proxies, the household's
    handouts of the items counted together) reaches handouts through indexes only: a scan
    would read a city's every handout at each Enter."""
    people.set_details("GRAN", household_key="박씨네")
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        found = recipients.with_history("GRAN", {"MASK-KIT", "COTTON-MASK"})
    finally:
        db.connection().set_trace_callback(None)
    assert found is not None
    assert (found.household_size, found.history, found.proxies) == (1, [], ())
    [query] = statements
    plan = [row[3] for row in db.execute_sql("EXPLAIN QUERY PLAN " + query).fetchall()]
    assert [step for step in plan if step.startswith("SCAN") and step != "SCAN p"] == []
    assert any("handout_recipient" in step for step in plan)
