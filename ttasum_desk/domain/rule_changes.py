"""The rules file's ``[[changes]]``: dated changes to one named rule without restating it.

A change names its rule (``rule = "weekly"``), the day it starts (``from``), optionally its
last day (``until``; afterwards the rule is as it was), and the keys it sets. Changes to one
rule apply in date order, each on top of those before it that still hold, so "three a week from
27 April" and "split purchases from 18 May" combine, and "closed from 1 to 30 June" lifts
again on 1 July. Two changes that start on one day, or two bounded changes whose days meet,
are refused with both lines: which of them should win is not clear.

The loader expands a rule and its changes into dated segments, each a ``Rule`` with its own
``valid_from``/``valid_until``, the rule's number and line, and the lines of the changes that
set its keys (``Rule.changed``), so that a refusal can name them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from ttasum_desk.domain.rule_keys import RULE_KEYS, rule_fields
from ttasum_desk.domain.rule_model import Rule
from ttasum_desk.domain.rules_checks import Checker

FIXED_KEYS = ("item", "items", "name", "valid_from", "valid_until")  # a change can't set these
CHANGE_KEYS = ("rule", "from", "until", *(key for key in RULE_KEYS if key not in FIXED_KEYS))


@dataclass(frozen=True)
class Change:
    rule: str
    starts: date
    until: date | None
    fields: dict[str, Any]
    keys: tuple[str, ...]
    line: int

    def holds_on(self, day: date) -> bool:
        return self.starts <= day and (self.until is None or day <= self.until)


def apply_changes(check: Checker, data: dict[str, Any], rules: list[Rule]) -> list[Rule]:
    """``rules`` with every changed rule replaced by its dated segments."""
    named = {rule.name: rule for rule in rules if rule.name}
    changes: dict[str, list[Change]] = {}
    for index, table in enumerate(check.tables(data, "changes")):
        change = _change(check, table, index, named)
        if change is not None:
            changes.setdefault(change.rule, []).append(change)
    for of_rule in changes.values():
        _refuse_overlaps(check, of_rule)
    expanded: list[Rule] = []
    for rule in rules:
        expanded.extend(segments(rule, changes.get(rule.name, [])) if rule.name else [rule])
    return expanded


def _change(
    check: Checker, table: dict[str, Any], index: int, named: dict[str, Rule]
) -> Change | None:
    check.keys(table, CHANGE_KEYS, "changes", index)
    if not check.required(table, ("rule", "from"), "changes", index):
        return None
    name = check.text(table, "rule", "changes", index)
    rule = named.get(name)
    if name and rule is None:
        check.problem(
            check.where.of("changes", index, "rule"),
            'no rule has the name {name}: give the rule name = "{name}" first',
            name=name,
        )
    starts = check.day(table, "from", "changes", index)
    until = check.day(table, "until", "changes", index)
    check.order(("from", starts), ("until", until), "changes", index)
    keys = tuple(key for key in table if key in CHANGE_KEYS[3:])
    if not keys:
        check.problem(
            check.where.of("changes", index), "this change sets nothing: add the keys it changes"
        )
    fields = rule_fields(check, table, "changes", index)
    if rule is None or starts is None:
        return None
    first, last = _days(rule)
    for key, day in (("from", starts), ("until", until)):
        if day is not None and (day < first or (last is not None and day > last)):
            check.problem(
                check.where.of("changes", index, key),
                '"{key}" ({day}) is outside the days of rule {name}, {first} to {last}',
                key=key,
                day=day.isoformat(),
                name=name,
                first=first.isoformat(),
                last=last.isoformat() if last else "-",
            )
    return Change(name, starts, until, fields, keys, check.where.of("changes", index))


def _days(rule: Rule) -> tuple[date, date | None]:
    """A rule's first and last day (None: open-ended)."""
    first = max(rule.campaign.starts, rule.valid_from or rule.campaign.starts)
    ends = [d for d in (rule.campaign.ends, rule.valid_until) if d is not None]
    return first, min(ends, default=None)


def _refuse_overlaps(check: Checker, changes: list[Change]) -> None:
    ordered = sorted(changes, key=lambda c: (c.starts, c.line))
    for position, earlier in enumerate(ordered):
        for later in ordered[position + 1 :]:
            both_bounded = earlier.until is not None and later.until is not None
            if later.starts == earlier.starts or (both_bounded and earlier.holds_on(later.starts)):
                check.problem(
                    later.line,
                    "this change to rule {name} overlaps the change on line {other}; give "
                    "them days that don't meet",
                    name=later.rule,
                    other=earlier.line,
                )


def segments(rule: Rule, changes: list[Change]) -> list[Rule]:
    """The rule as it holds between consecutive change boundaries."""
    if not changes:
        return [rule]
    first, last = _days(rule)
    ordered = sorted(changes, key=lambda c: c.starts)
    bounds = {first, *(c.starts for c in ordered)}
    bounds |= {
        c.until + timedelta(days=1) for c in ordered if c.until and (not last or c.until < last)
    }
    starts = sorted(bounds)
    pieces = []
    for position, start in enumerate(starts):
        end = starts[position + 1] - timedelta(days=1) if position + 1 < len(starts) else last
        piece = replace(rule, valid_from=start, valid_until=end)
        changed: dict[str, int] = {}
        for change in ordered:
            if change.holds_on(start):
                piece = replace(piece, **change.fields)
                changed.update(dict.fromkeys(change.keys, change.line))
        pieces.append(replace(piece, changed=tuple(sorted(changed.items()))))
    return pieces
