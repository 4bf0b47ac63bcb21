"""Targets in the rules file: parsed from the demo's campaign, refused with their lines."""

from __future__ import annotations

from datetime import date

import pytest

from ttasum_desk.domain.rules_file import RulesFileError, parse_rules
from ttasum_desk.paths import resource

HEAD = """[campaign]
code = "T"
name = "Test"
starts = 2020-03-16
ends = 2020-12-31

[[items]]
code = "COTTON-MASK"
name = "면마스크"
"""


def test_the_demo_campaign_has_osans_targets() -> None:
    book = parse_rules(resource("samples/ttasum2020.toml").read_text(encoding="utf-8"))
    figures = [(t.item, t.group, t.quantity, t.people, t.by) for t in book.targets]
    assert figures == [
        ("COTTON-MASK", "student", 100000, 46000, date(2020, 6, 30)),
        ("MASK-KIT", "public", 25000, None, date(2020, 6, 30)),
        ("FINISHED-MASK", "vulnerable", 12000, None, date(2020, 12, 31)),
    ]


def test_a_target_without_group_or_day_covers_everyone() -> None:
    (target,) = parse_rules(HEAD + '\n[[targets]]\nitem = "COTTON-MASK"\npeople = 5\n').targets
    assert (target.group, target.quantity, target.people, target.by) == (None, None, 5, None)
    assert target.label == "COTTON-MASK"
    assert target.line == 11


def test_bad_targets_are_refused_with_their_lines() -> None:
    text = HEAD + (
        "\n[[targets]]\n"  # 11
        'item = "KF94"\n'  # 12: unknown item
        "quantity = 5\n"
        "\n[[targets]]\n"  # 15
        'item = "COTTON-MASK"\n'
        "quantity = 10000001\n"  # 17: too large
        "by = 2021-01-01\n"  # 18: after the campaign
        'group = "elderly"\n'  # 19: no such group
        "\n[[targets]]\n"  # 21: neither quantity nor people
        'item = "COTTON-MASK"\n'
        "colour = 1\n"  # 23: unknown key
    )
    with pytest.raises(RulesFileError) as raised:
        parse_rules(text)
    lines = [(p.line, p.message.english) for p in raised.value.problems]
    assert [line for line, _ in lines] == [12, 17, 18, 19, 21, 23]
    assert "unknown item KF94" in lines[0][1]
    assert "at most 10000000" in lines[1][1]
    assert "outside the campaign" in lines[2][1]
    assert "needs" in lines[4][1]
