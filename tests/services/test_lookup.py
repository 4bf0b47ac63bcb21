from __future__ import annotations

from pathlib import Path
from typing import Any

from peewee import fn

from ttasum_desk.domain import hangul
from ttasum_desk.services.lookup import Match, lookup
from ttasum_desk.storage import recipients
from ttasum_desk.storage.models import Recipient


def test_card_code_returns_exactly_that_recipient(station_db: Path) -> None:
    person = Recipient.select().order_by(Recipient.card_code).offset(41).first()
    results = lookup(person.card_code)
    assert [(r.recipient_uid, r.match) for r in results] == [(person.uid, Match.CARD)]
    assert lookup(person.card_code.lower())[0].recipient_uid == person.uid


def test_name_tiers_rank_exact_then_prefix_then_contains(station_db: Path) -> None:
    person = Recipient.select().where(Recipient.group == "student").first()
    exact = lookup(person.name)
    assert exact[0].match == Match.EXACT
    assert all(r.name == person.name for r in exact if r.match == Match.EXACT)
    prefix = lookup(person.name[:2])
    assert {r.match for r in prefix} <= {Match.EXACT, Match.PREFIX, Match.CONTAINS}
    assert all(r.name.startswith(person.name[:2]) for r in prefix if r.match == Match.PREFIX)
    given = lookup(person.name[1:])
    assert person.uid in {r.recipient_uid for r in given}
    tiers = [r.match for r in given]
    assert tiers == sorted(tiers)


def test_initial_consonants_find_the_name(station_db: Path) -> None:
    person = Recipient.select().where(Recipient.group == "public").first()
    results = lookup(hangul.initials(person.name))
    assert person.uid in {r.recipient_uid for r in results}
    assert all(r.match == Match.INITIALS for r in results)
    assert all(hangul.initials(r.name).startswith(hangul.initials(person.name)) for r in results)


def test_one_jamo_off_still_finds_the_name(station_db: Path) -> None:
    def typo(name: str) -> str:
        return "긴" + name[1:]  # ㅁ → ㄴ in the final consonant of 김

    kims = Recipient.select().where(Recipient.name.startswith("김")).order_by(Recipient.uid)
    # someone whose misspelt name is nobody's name in this city, so only a near match finds them
    person = next(p for p in kims if not recipients.name_equals(typo(p.name), 1))
    results = lookup(typo(person.name))
    assert person.uid in {r.recipient_uid for r in results}
    assert {r.match for r in results} == {Match.ONE_OFF}


def test_results_carry_what_tells_homonyms_apart(station_db: Path) -> None:
    shared = (
        Recipient.select(Recipient.name)
        .group_by(Recipient.name)
        .having(fn.COUNT(Recipient.uid) >= 2)
        .order_by(Recipient.name)
    )
    name = shared.scalar()
    namesakes = Recipient.select().where(Recipient.name == name)

    def apart(p: Any) -> tuple[object, ...]:
        return (p.birth_year, p.group, p.school, p.grade, p.klass, p.district, p.phone_last4)

    found = {r.recipient_uid: apart(r) for r in lookup(name) if r.match == Match.EXACT}
    assert found == {p.uid: apart(p) for p in namesakes}  # each with their own details
    assert len(set(found.values())) == len(found) >= 2  # and no two of them look alike


def test_empty_and_unknown_queries(station_db: Path) -> None:
    assert lookup("   ") == []
    assert lookup("zzzz-nobody") == []


def test_initials_show_the_commonest_names_first_and_every_name_gets_a_turn(
    empty_db: Path,
) -> None:
    from ttasum_desk.storage.db import writing

    people = [("김민준", 8), ("강미정", 2), ("김미주", 1)]
    rows = []
    for name, count in people:
        keys = hangul.search_keys(name)
        for n in range(count):
            uid = f"{name}-{n}"
            rows.append(
                (uid, uid, name, keys["name_key"], keys["name_rev"], keys["initials"], None,
                 1980 + n, "public", None, None, None, None, None, None, None, 0, "", "", "",
                 "t", "t")
            )  # fmt: skip
    with writing():
        recipients.insert_many(rows)
    names = [r.name for r in lookup("ㄱㅁㅈ")]
    assert names[:5] == ["김민준"] * 5  # the commonest name first, five of them
    assert names[5:8] == ["강미정", "강미정", "김미주"]  # then every other name
    assert names[8:] == ["김민준"] * 3  # then the rest of the first
