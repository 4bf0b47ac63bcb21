"""The wording of the engine's reasons, in English; the window and the command line translate
them through the "Messages" context. Kept apart from the engine so that its logic reads alone.

Templates that name a period are whole sentences per period (a translation can't assemble
"this week" into a sentence the way English does); ``{days}`` is a rolling window's length.
``{unit}`` is the item's unit as the services layer writes it after a number ("매", " kg"),
empty in the engine, which knows items only by code.
"""

from __future__ import annotations

from typing import Any

from ttasum_desk.domain.messages import say
from ttasum_desk.domain.periods import Period
from ttasum_desk.domain.rule_model import Reason

USED_TEMPLATES = {
    Period.ONCE: "Up to {max_quantity}{unit} now; {used} of {limit}{unit} received in total.",
    Period.DAY: "Up to {max_quantity}{unit} now; {used} of {limit}{unit} received today.",
    Period.WEEK: "Up to {max_quantity}{unit} now; {used} of {limit}{unit} received this week.",
    Period.MONTH: "Up to {max_quantity}{unit} now; {used} of {limit}{unit} received this month.",
    Period.YEAR: "Up to {max_quantity}{unit} now; {used} of {limit}{unit} received this year.",
    Period.CAMPAIGN: (
        "Up to {max_quantity}{unit} now; {used} of {limit}{unit} received in this campaign."
    ),
    Period.ROLLING: (
        "Up to {max_quantity}{unit} now; {used} of {limit}{unit} received within {days} days."
    ),
}
LIMIT_TEMPLATES = {
    Period.ONCE: "Already received {used} of {limit}{unit}; this item is handed out only once.",
    Period.DAY: "Already received {used} of {limit}{unit} today.",
    Period.WEEK: "Already received {used} of {limit}{unit} this week.",
    Period.MONTH: "Already received {used} of {limit}{unit} this month.",
    Period.YEAR: "Already received {used} of {limit}{unit} this year.",
    Period.CAMPAIGN: "Already received {used} of {limit}{unit} in this campaign.",
    Period.ROLLING: "Already received {used} of {limit}{unit} within {days} days.",
}
HOUSEHOLD_TEMPLATES = {
    Period.ONCE: "The household has already received {used} of its {limit}{unit}.",
    Period.DAY: "The household has already received {used} of its {limit}{unit} today.",
    Period.WEEK: "The household has already received {used} of its {limit}{unit} this week.",
    Period.MONTH: "The household has already received {used} of its {limit}{unit} this month.",
    Period.YEAR: "The household has already received {used} of its {limit}{unit} this year.",
    Period.CAMPAIGN: (
        "The household has already received {used} of its {limit}{unit} in this campaign."
    ),
    Period.ROLLING: (
        "The household has already received {used} of its {limit}{unit} within {days} days."
    ),
}
VISIT_TEMPLATES = {
    Period.ONCE: "Already came {used} of {limit} times; no further visit is allowed.",
    Period.DAY: "Already came {used} of {limit} times today.",
    Period.WEEK: "Already came {used} of {limit} times this week.",
    Period.MONTH: "Already came {used} of {limit} times this month.",
    Period.YEAR: "Already came {used} of {limit} times this year.",
    Period.CAMPAIGN: "Already came {used} of {limit} times in this campaign.",
    Period.ROLLING: "Already came {used} of {limit} times within {days} days.",
}
WEEKDAY_TEMPLATES = (
    "Born in {birth_year}, this person collects on Mondays or at the weekend.",
    "Born in {birth_year}, this person collects on Tuesdays or at the weekend.",
    "Born in {birth_year}, this person collects on Wednesdays or at the weekend.",
    "Born in {birth_year}, this person collects on Thursdays or at the weekend.",
    "Born in {birth_year}, this person collects on Fridays or at the weekend.",
)


# Reasons whose wording doesn't depend on the period or the weekday, by code.
REASON_TEMPLATES = {
    "no_rule": "No rule covers this person for {item}.",
    "not_in_force": "No rule for {item} is in force on {day}.",
    "weekend_received": (
        "Saturdays and Sundays are for people who have received nothing this week."
    ),
    "received_at_weekend": (
        "Already received at the weekend of this week ({day}); a weekend handout is the only "
        "one of its week."
    ),
    "birth_year_unknown": (
        "The birth year is unknown, so this person may collect only at the weekend."
    ),
    "closed": "Nothing of this is handed out on {day}.",
    "outside_month_days": "This is handed out only on days {first} to {last} of each month.",
    "not_a_distribution_day": "{day} is not a distribution day for this item.",
    "proxy_not_permitted": (
        "The rules let no one collect for this person in this way on {day}: the collector "
        "would need a permission under [[proxies]]."
    ),
    "proxy_not_household": "The collector is not a member of this person's household.",
    "proxy_not_allowed": (
        "Someone else may collect only for a person younger than {under}, older than {over} or "
        "with a disability; this person is {age}."
    ),
    "proxy_not_in_cohort": (
        "Someone else may collect only for a person born in {born_from} or later, in "
        "{born_until} or earlier, or with a disability; this person was born in {birth_year}."
    ),
    "over_maximum": (
        "At most {max_quantity}{unit} may be handed out now; {quantity}{unit} were asked for."
    ),
}

# Where a refusal comes from: the deciding rule's line, and the line of the dated change that
# set the deciding key, if one did.
LINE_TEMPLATES = {
    False: "Decided by rules file line {line}.",
    True: "Decided by rules file line {line}, as changed on line {change}.",
}


def reason(code: str, template: str | None = None, **params: Any) -> Reason:
    """The reason ``code`` with ``template`` (default: its entry in REASON_TEMPLATES)."""
    return Reason(code, say(template or REASON_TEMPLATES[code], **params))
