from __future__ import annotations

from pathlib import Path

import pytest

from ttasum_desk.domain.hangul import one_jamo_variants
from ttasum_desk.services.lookup import lookup
from ttasum_desk.services.profiles import profile
from ttasum_desk.services.registration import (
    PossibleDuplicates,
    RegistrationError,
    Walkin,
    parse_birth,
    possible_duplicates,
    register,
)
from ttasum_desk.storage import audit
from ttasum_desk.storage.models import AuditLog, Recipient


def _someone() -> Recipient:
    return Recipient.select().where(Recipient.group == "public").order_by(Recipient.card_code)[0]


def test_walkin_gets_a_station_card_code_and_is_found(station_db: Path) -> None:
    first = register(Walkin("최하늘", "2011.4.5", "public", district="중앙동"), "김담당")
    second = register(Walkin("최바다", "1950", "vulnerable", district="대원동"), "김담당")
    assert (first.card_code, second.card_code) == ("OS-JA01-00001", "OS-JA01-00002")
    row = Recipient.get(Recipient.uid == first.recipient_uid)
    assert (row.birth_date, row.birth_year, row.source) == ("2011-04-05", 2011, "walk-in")
    assert Recipient.get(Recipient.uid == second.recipient_uid).birth_date is None
    assert lookup(first.card_code)[0].recipient_uid == first.recipient_uid
    entry = AuditLog.select().order_by(AuditLog.seq.desc()).first()
    assert (entry.action, entry.entity_uid, entry.operator) == (
        "recipient_registered",
        second.recipient_uid,
        "김담당",
    )
    assert audit.verify() is None


def test_same_name_and_birth_date_is_a_possible_duplicate(station_db: Path) -> None:
    person = _someone()
    walkin = Walkin(person.name, person.birth_date, "public", district="중앙동")
    assert [found.card_code for found in possible_duplicates(walkin)] == [person.card_code]
    before = Recipient.select().count()
    with pytest.raises(PossibleDuplicates) as refused:
        register(walkin, "김담당")
    assert refused.value.found[0].card_code == person.card_code
    assert Recipient.select().count() == before
    register(walkin, "김담당", allow_duplicates=True)
    assert Recipient.select().count() == before + 1


def test_a_name_one_jamo_away_born_the_same_year_is_a_possible_duplicate(
    station_db: Path,
) -> None:
    person = _someone()
    typo = next(v for v in one_jamo_variants(person.name) if not Recipient.get_or_none(name=v))
    near = Walkin(typo, str(person.birth_year), "public", district="중앙동")
    assert person.card_code in [found.card_code for found in possible_duplicates(near)]
    other_year = Walkin(typo, str(person.birth_year - 30), "public", district="중앙동")
    assert person.card_code not in [found.card_code for found in possible_duplicates(other_year)]


def test_household_link_creates_the_household_once(station_db: Path) -> None:
    alone = Recipient.select().where(Recipient.household.is_null()).first()
    joined = register(
        Walkin("나새롬", "2015-01-02", "public", district="중앙동", household_card=alone.card_code),
        "김담당",
    )
    members = profile(joined.recipient_uid).household
    assert [member.card_code for member in members] == [alone.card_code]


@pytest.mark.parametrize(
    ("walkin", "words"),
    [
        (Walkin("", "2000", "public", district="중앙동"), "name"),
        (Walkin("홍길동", "2000-13-01", "public", district="중앙동"), "does not exist"),
        (Walkin("홍길동", "yesterday", "public", district="중앙동"), "not a date"),
        (Walkin("홍길동", "2000", "public"), "district"),
        (Walkin("홍길동", "2012", "student", school="오산초등학교"), "grade"),
        (Walkin("홍길동", "2000", "public", district="중앙동", phone_last4="12"), "last 4"),
        (Walkin("홍길동", "2000", "public", district="중앙동", household_card="NOPE"), "NOPE"),
    ],
)
def test_incomplete_walkins_are_refused_and_nothing_is_saved(
    station_db: Path, walkin: Walkin, words: str
) -> None:
    before = Recipient.select().count()
    with pytest.raises(RegistrationError) as refused:
        register(walkin, "김담당")
    assert words in refused.value.english
    assert Recipient.select().count() == before


def test_birth_forms() -> None:
    assert parse_birth("20130305") == ("2013-03-05", 2013)
    assert parse_birth("2013-3-5") == ("2013-03-05", 2013)
    assert parse_birth(" 1948 ") == (None, 1948)
    with pytest.raises(RegistrationError):
        parse_birth("1850")
