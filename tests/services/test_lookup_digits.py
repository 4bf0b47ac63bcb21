"""Four digits at the desk: a phone's last four, and a birth year (19xx, 20xx), each through
its index."""

from __future__ import annotations

from pathlib import Path

from ttasum_desk.services.lookup import Match, lookup
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Recipient

from .people import Someone, add_people


def test_four_digits_find_the_phone_then_the_birth_year(station_db: Path) -> None:
    add_people([Someone("P1", "전화기", "1990-01-01", "public")])
    Recipient.update(phone_last4="1985").where(Recipient.card_code == "P1").execute()
    results = lookup("1985")
    assert results[0].card_code == "P1"
    assert results[0].match == Match.PHONE
    born = [r for r in results if r.match == Match.BIRTH_YEAR]
    expected = Recipient.select().where(Recipient.birth_year == 1985).count()
    assert len(born) == min(expected, 49)
    assert expected > 0
    assert all(r.birth_year == 1985 for r in born)
    assert [r.match for r in lookup("5678") if r.match != Match.PHONE] == []  # no year 5678


def test_the_digit_searches_use_their_indexes(station_db: Path) -> None:
    for column, index in (("phone_last4", "recipient_phone_last4"),
                          ("birth_year", "recipient_birth_year")):  # fmt: skip
        plan = db.execute_sql(
            f"EXPLAIN QUERY PLAN SELECT * FROM recipient WHERE {column} = ?"
            " ORDER BY name_key, card_code LIMIT 50",
            ("1985",),
        ).fetchall()
        assert any(f"USING INDEX {index}" in str(row[-1]) for row in plan), plan
