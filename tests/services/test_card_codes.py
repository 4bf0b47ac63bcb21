from __future__ import annotations

from pathlib import Path

from ttasum_desk.domain.hangul import search_keys
from ttasum_desk.services.registration import next_card_code
from ttasum_desk.storage import recipients
from ttasum_desk.storage.db import writing


def _person(uid: str, card: str) -> tuple[object, ...]:
    keys = search_keys("홍길동")
    return (
        uid, card, "홍길동", keys["name_key"], keys["name_rev"], keys["initials"], None, 1990,
        "public", None, None, None, None, None, None, None, 0, "", "", "", "t", "t",
    )  # fmt: skip


def test_running_numbers_compare_as_numbers_past_five_digits(empty_db: Path) -> None:
    assert next_card_code("OS-JA01") == "OS-JA01-00001"
    with writing():
        recipients.insert_many(
            [
                _person("a", "OS-JA01-99999"),
                _person("b", "OS-JA01-100000"),
                _person("c", "OS-JA01-7A"),  # not a running number: ignored
                _person("d", "OS-JA01X-500000"),  # another prefix
            ]
        )
    assert next_card_code("OS-JA01") == "OS-JA01-100001"
