"""The coordinators' rules reference, in English and Korean: every key is documented, and
its example file loads."""

from __future__ import annotations

import re

import pytest

from ttasum_desk.domain.periods import Period
from ttasum_desk.domain.rule_model import PROXY_SCOPES
from ttasum_desk.domain.rules_file import (
    CAMPAIGN_KEYS,
    CHANGE_KEYS,
    ITEM_KEYS,
    PROXY_KEYS,
    RULE_KEYS,
    parse_rules,
)
from ttasum_desk.domain.targets import TARGET_KEYS
from ttasum_desk.paths import resource

REFERENCES = ["docs/rules-reference.md", "docs/rules-reference.ko.md"]


@pytest.mark.parametrize("name", REFERENCES)
def test_every_key_and_period_is_documented(name: str) -> None:
    text = resource(name).read_text(encoding="utf-8")
    for key in (*CAMPAIGN_KEYS, *ITEM_KEYS, *RULE_KEYS, *PROXY_KEYS, *CHANGE_KEYS, *TARGET_KEYS):
        assert f"`{key}`" in text, key
    for scope in PROXY_SCOPES:
        assert f'`"{scope}"`' in text, scope
    assert '`limit = "none"`' in text
    for period in Period:
        if period != Period.ROLLING:
            assert f'`"{period}"`' in text, period
    assert '`"30 days"`' in text


@pytest.mark.parametrize("name", REFERENCES)
def test_the_example_loads(name: str) -> None:
    text = resource(name).read_text(encoding="utf-8")
    (example,) = re.findall(r"```toml\n(.*?)```", text, re.S)
    book = parse_rules(example)
    assert [(r.item, r.period, r.window_days) for r in book.rules] == [
        ("FOOD-BAG", Period.ROLLING, 30),
        ("EMERGENCY-BAG", Period.YEAR, None),
    ]
    assert book.rules[0].per_household
    assert book.rules[0].limit_by_household_size == ((1, 2), (2, 3), (4, 4))
    assert [p.who for p in book.campaign.proxies] == ["registered"]
