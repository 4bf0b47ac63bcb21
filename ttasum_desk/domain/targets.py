"""Campaign targets from the rules file's ``[[targets]]`` tables: how much of an item, to how
many people of a group, by which day (resources/docs/rules-reference.md, "Targets").

Targets say what the campaign promised, such as Osan's 100,000 cotton masks to 46,000 students;
they never limit a handout. They travel inside the rules text, so every station that has the
rules has the targets too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ttasum_desk.domain.rules import GROUPS, CampaignSpec
from ttasum_desk.domain.rules_checks import Checker

TARGET_KEYS = ("item", "group", "quantity", "people", "by", "label")
MAX_TARGET = 10_000_000  # a larger figure is a typing error, not a campaign


@dataclass(frozen=True)
class Target:
    """``quantity`` of ``item`` (and/or ``people`` reached) for ``group`` (None: everyone)
    by the day ``by`` (None: the campaign's end)."""

    item: str
    group: str | None
    quantity: int | None
    people: int | None
    by: date | None
    label: str
    line: int


def parse_targets(
    check: Checker, data: dict[str, Any], campaign: CampaignSpec | None, declared: set[str]
) -> list[Target]:
    """Every valid ``[[targets]]`` table; problems go to ``check`` with their lines."""
    targets = []
    for index, table in enumerate(check.tables(data, "targets")):
        target = _target(check, table, index, campaign, declared)
        if target is not None:
            targets.append(target)
    return targets


def _target(
    check: Checker,
    table: dict[str, Any],
    index: int,
    campaign: CampaignSpec | None,
    declared: set[str],
) -> Target | None:
    at = check.where
    check.keys(table, TARGET_KEYS, "targets", index)
    if not check.required(table, ("item",), "targets", index):
        return None
    item = check.text(table, "item", "targets", index)
    if item and item not in declared and item not in check.known_items:
        check.problem(
            at.of("targets", index, "item"),
            "unknown item {item}: list it under [[items]] first",
            item=item,
        )
        item = ""
    group = table.get("group")
    if group is not None and group not in GROUPS:
        check.problem(
            at.of("targets", index, "group"),
            '"group" must be one of {groups}, not {value}',
            groups=", ".join(GROUPS),
            value=str(group),
        )
        group = ""
    quantity = check.whole(table, "quantity", "targets", index, 1, MAX_TARGET)
    people = check.whole(table, "people", "targets", index, 1, MAX_TARGET)
    if "quantity" not in table and "people" not in table:
        check.problem(
            at.of("targets", index),
            '[[targets]] #{number} needs "quantity", "people" or both',
            number=index + 1,
        )
    by = check.day(table, "by", "targets", index)
    if by is not None and campaign is not None and _outside(campaign, by):
        check.problem(
            at.of("targets", index, "by"),
            '"{key}" ({day}) is outside the campaign, which runs from {starts} to {ends}',
            key="by",
            day=by.isoformat(),
            starts=campaign.starts.isoformat(),
            ends=campaign.ends.isoformat() if campaign.ends else "-",
        )
    label = check.text(table, "label", "targets", index) if "label" in table else ""
    if not item or group == "" or (quantity is None and people is None):
        return None
    return Target(
        item=item,
        group=group,
        quantity=quantity,
        people=people,
        by=by,
        label=label or " · ".join(part for part in (item, group) if part),
        line=at.of("targets", index),
    )


def _outside(campaign: CampaignSpec, day: date) -> bool:
    return day < campaign.starts or (campaign.ends is not None and day > campaign.ends)


def share_done(*done_and_goal: tuple[int, int | None]) -> float:
    """The part of a target done, 0.0 and up: the lowest over its goals (quantity, people),
    since a target is met only when every goal it sets is."""
    shares = [done / goal for done, goal in done_and_goal if goal]
    return min(shares) if shares else 0.0
