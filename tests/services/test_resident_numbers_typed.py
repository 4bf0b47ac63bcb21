"""A resident registration number typed at the desk is refused, in every field that is kept,
and nothing is written: the law forbids collecting them, and a day-file would carry it on."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttasum_desk.errors import UserError
from ttasum_desk.services import people, registration
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Recipient


def walkin(**typed: str) -> registration.Walkin:
    fields = {"name": "홍길동", "birth": "1980-01-01", "group": "public", "district": "중앙동"}
    return registration.Walkin(**{**fields, **typed})


@pytest.mark.parametrize(
    "typed",
    [
        {"name": "홍길동 800101-1234567"},
        {"district": "중앙동 8001011234567"},
        {"household_key": "800101 - 2234567"},
        {"tags": "consent, 0501013234567"},
    ],
)
def test_a_walk_in_holding_one_is_refused(station_db: Path, typed: dict[str, str]) -> None:
    before = list(db.connection().iterdump())
    with pytest.raises(UserError, match="resident registration number"):
        registration.register(walkin(**typed), operator="김담당")
    assert list(db.connection().iterdump()) == before


def test_a_phone_number_or_a_card_code_passes(station_db: Path) -> None:
    done = registration.register(walkin(name="홍길동", district="중앙동 010-1234-5678"), "김담당")
    assert Recipient.get(Recipient.card_code == done.card_code).district.endswith("5678")


def test_a_profile_edit_holding_one_is_refused(station_db: Path) -> None:
    card = Recipient.select().first().card_code
    before = list(db.connection().iterdump())
    with pytest.raises(UserError, match="resident registration number"):
        people.set_details(card, household_key="8001011234567")
    assert list(db.connection().iterdump()) == before
