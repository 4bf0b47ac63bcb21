"""A person's statuses, household and registered proxies travel: set at station A, sent to
the hub in A's day-file and out in the hub's snapshot, they are in station B's tables, and B
decides with them as A does."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.exchange import people_data
from tests.services import exchange_stations as city
from ttasum_desk.domain.records import ProxyRecord, RecipientRecord
from ttasum_desk.services import handouts, merge, registration, rules
from ttasum_desk.services.dayfile import export_day
from ttasum_desk.services.snapshot import export_snapshot, import_snapshot
from ttasum_desk.storage import record_sql
from ttasum_desk.storage.db import close_db, db

MOMENT = "2020-03-17T10:00:00"
# format version 2: a mask kit once; a registered proxy may collect for anyone
REGISTERED_PROXIES = """
[campaign]
code = "TTASUM2020"
name = "오산 따숨 마스크 나눔"
starts = 2020-03-16
format_version = 2

[[items]]
code = "MASK-KIT"
name = "마스크 만들기 키트"
unit = "세트"

[[rules]]
item = "MASK-KIT"
groups = ["public"]
limit = 1
period = "once"

[[proxies]]
who = "registered"
"""


@dataclass(frozen=True)
class Cards:
    person: str  # has statuses and a disability, lives with member
    member: str
    helper: str  # lives elsewhere, registered to collect for person


def collected_by(card: str, proxy_card: str) -> handouts.Decision:
    return handouts.check(card, "MASK-KIT", at=city.at(MOMENT), proxy_card=proxy_card)


def travel(folder: Path, hub_rules: str = "") -> tuple[Cards, list[ProxyRecord]]:
    """Register the people at A, merge A's day-file at the hub (with ``hub_rules`` loaded),
    import the hub's snapshot at B; B's database stays open."""

    def walk_in(name: str, birth: str, household_card: str = "") -> str:
        walkin = registration.Walkin(
            name, birth, "public", district="중앙동", household_card=household_card,
            disability=bool(household_card),
        )  # fmt: skip
        return registration.register(walkin, city.OPERATOR).card_code

    city.open_station(folder / "a.db", "OS-JA01")
    member = walk_in("나보호", "1980-04-04")
    cards = Cards(walk_in("나가족", "1982-06-06", member), member, walk_in("다돕미", "1975-01-01"))
    people_data.set_tags(cards.person, "consent", people_data.today_at("09:00:00"))
    people_data.register_proxy(
        cards.person, cards.helper, people_data.today_at("09:30:00"), "OS-JA01",
        until="2020-12-31",
    )  # fmt: skip
    registered = record_sql.read(ProxyRecord)
    day_file = export_day(folder / "day.xlsx").path
    close_db()
    with city.Hub(folder / "hub.db"):
        merge.merge([day_file])
        if hub_rules:
            rules.load_text(hub_rules)
        export_snapshot(folder / "snapshot.xlsx")
    city.open_station(folder / "b.db", "OS-DW01")
    import_snapshot(folder / "snapshot.xlsx")
    return cards, registered


def test_statuses_household_and_proxies_arrive_at_another_station(tmp_path: Path) -> None:
    cards, registered = travel(tmp_path)
    try:
        assert record_sql.read(ProxyRecord) == registered
        assert [(r.until, r.removed) for r in registered] == [("2020-12-31", False)]
        person = record_sql.read(RecipientRecord, "p.card_code = ?", (cards.person,))[0]
        assert (person.tags, person.disability) == ("consent", True)
        assert person.household_label == "나보호 가구"
        members = db.execute_sql(
            "SELECT count(*) FROM recipient WHERE household_uid = ?", (person.household_uid,)
        ).fetchone()[0]
        assert members == 2
        # format version 1 decides as at A: a household member may collect for a person with
        # a disability; a registration means nothing to it
        assert collected_by(cards.person, cards.member).allowed
        refused = collected_by(cards.person, cards.helper)
        assert not refused.allowed
        assert refused.reasons[0].code == "proxy_not_household"
    finally:
        close_db()


def test_a_proxy_registered_at_one_station_collects_at_another(tmp_path: Path) -> None:
    cards, _ = travel(tmp_path, REGISTERED_PROXIES)
    try:
        assert collected_by(cards.person, cards.helper).allowed
        assert not collected_by(cards.helper, cards.person).allowed  # not the other way
    finally:
        close_db()
