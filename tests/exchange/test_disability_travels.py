"""A person's disability travels with them: registered at one station, sent to the hub in its
day-file and out in the hub's snapshot, it still lets a household member collect for them at
another station, as the rules allow only for people with a disability (or of certain ages)."""

from __future__ import annotations

from pathlib import Path

from tests.services import exchange_stations as city
from ttasum_desk.services import handouts, merge, registration
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.services.snapshot import export_snapshot, import_snapshot
from ttasum_desk.storage.db import close_db

MOMENT = "2020-03-17T10:00:00"


def collected_by(card: str, proxy_card: str) -> handouts.Decision:
    return handouts.check(card, "MASK-KIT", at=city.at(MOMENT), proxy_card=proxy_card)


def test_a_household_member_collects_for_a_person_with_disability_at_another_station(
    tmp_path: Path,
) -> None:
    city.open_station(tmp_path / "a.db", "OS-JA01")
    member = registration.register(
        registration.Walkin("나보호", "1980-04-04", "public", district="중앙동"), city.OPERATOR
    )
    disabled = registration.register(
        registration.Walkin(
            "나장애", "1982-06-06", "public", district="중앙동",
            household_card=member.card_code, disability=True,
        ),
        city.OPERATOR,
    )  # fmt: skip
    assert collected_by(disabled.card_code, member.card_code).allowed
    refused = collected_by(member.card_code, disabled.card_code)
    assert not refused.allowed
    assert [reason.code for reason in refused.reasons] == ["proxy_not_allowed", "rule_line"]
    day_file = export_day(tmp_path / "day.xlsx").path
    close_db()
    with city.Hub(tmp_path / "hub.db"):
        merge.merge([day_file])
        assert collected_by(disabled.card_code, member.card_code).allowed
        export_snapshot(tmp_path / "snapshot.xlsx")
    city.open_station(tmp_path / "b.db", "OS-DW01")
    try:
        assert import_snapshot(tmp_path / "snapshot.xlsx").recipients_added >= 2
        assert collected_by(disabled.card_code, member.card_code).allowed
        assert not collected_by(member.card_code, disabled.card_code).allowed
    finally:
        close_db()
