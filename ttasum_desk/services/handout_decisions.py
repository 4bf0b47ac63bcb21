"""Deciding a handout: whether the rules let this person have this item now, and how much.

Reads only: the person with their household's history of every item a rule counts together
with the asked one, in one query; the decision's reasons name the item as people know it.
Recording (``services.handout_recording``) and reprints (``services.handout_receipts``) take
the same decision through ``context_of`` and ``decision_for``, so the desk, the receipt and
the audit entry never disagree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Set
from dataclasses import dataclass
from datetime import date, datetime

from ttasum_desk.domain.clock import now, parse_moment
from ttasum_desk.domain.rules import (
    MAX_QUANTITY,
    Decision,
    Person,
    Reason,
    RegisteredProxy,
    decide,
)
from ttasum_desk.domain.who import fits
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import translate
from ttasum_desk.services.class_shares import shares_of
from ttasum_desk.services.rules import current_rules
from ttasum_desk.storage import items, recipients
from ttasum_desk.storage.models import Item, Recipient

# Whether the person may come back later -> the refusal's template.
REFUSAL_TEMPLATES = {
    False: "Refused: {reasons}",
    True: "Refused: {reasons} Eligible again on {next_eligible}.",
}


class RefusedByRule(UserError):
    """The rules refuse the handout; ``decision`` says why and when the person may come back."""

    exit_code = 3

    def __init__(self, decision: Decision) -> None:
        self.decision = decision
        template, params = self._message(lambda reason: reason.english)
        super().__init__(template, **params)

    def _message(self, say: Callable[[Reason], str]) -> tuple[str, dict[str, str]]:
        reasons = " ".join(say(reason) for reason in self.decision.reasons)
        later = self.decision.next_eligible
        if later is None:
            return REFUSAL_TEMPLATES[False], {"reasons": reasons}
        return REFUSAL_TEMPLATES[True], {"reasons": reasons, "next_eligible": later.isoformat()}

    def translated(self) -> str:
        """The message with every reason in the user's language."""
        template, params = self._message(
            lambda r: translate(r.message.template, **r.message.params)
        )
        return translate(template, **params)


@dataclass(frozen=True)
class VisitLine:
    """One item of a visit and the rules' decision on it."""

    item_code: str
    decision: Decision


@dataclass(frozen=True)
class Context:
    """What deciding a request read: recording writes and prints from the same."""

    recipient: Recipient
    item: Item
    proxy: Recipient | None
    moment: datetime
    decision: Decision


def parse_at(text: str | None) -> datetime | None:
    """An ``--at`` value: an ISO date or date-time (local time when naive)."""
    if text is None:
        return None
    try:
        return parse_moment(text)
    except ValueError:
        raise UserError(
            "{text} is not a date. Give a date or date-time such as 2020-03-09 or "
            "2020-03-09T10:30.",
            text=text,
        ) from None


def person_of(
    row: Recipient, household_size: int = 1, proxies: tuple[RegisteredProxy, ...] = ()
) -> Person:
    """The person as the rules see them; ``household_size`` and ``proxies`` come with the
    entitlement's query (a collector needs neither)."""
    return Person(
        uid=row.uid,
        group=row.group,
        birth_date=date.fromisoformat(row.birth_date) if row.birth_date else None,
        birth_year=row.birth_year,
        household_uid=recipients.household_uid(row),
        disability=bool(row.disability),
        tags=recipients.tags_of(row),
        school=row.school,
        grade=row.grade,
        klass=row.klass,
        district=row.district,
        household_size=household_size,
        proxies=proxies,
    )


def with_history(who: str, item: Item) -> recipients.Entitlement:
    """The person with this card code (or uid), with their household's handouts of every
    item a rule counts together with this one and the shares of class counts charged to
    them."""
    return _with_shares(_visitor(who, current_rules().items_sharing(item.code)), item)


def _with_shares(found: recipients.Entitlement, item: Item) -> recipients.Entitlement:
    """``found`` with the shares of the class counts of ``item`` charged to the person."""
    shares = shares_of(found.recipient, item, person_of)
    return dataclasses.replace(found, history=found.history + shares) if shares else found


def known_item(code: str) -> Item:
    """The item with this code (any case), or a refusal that lists the items there are."""
    code = (code or "").strip()
    found = items.by_code(code) or items.by_code(code.upper())
    if found is None:
        known = ", ".join(item.code for item in items.all_items()) or "-"
        raise UserError("There is no item {item}. The items are: {items}.", item=code, items=known)
    return found


def decision_for(
    item: Item,
    found: recipients.Entitlement,
    on: datetime,
    quantity: int | None = None,
    proxy: Recipient | None = None,
) -> Decision:
    """The rules' decision, its reasons naming the item and its unit as people know them."""
    decision = decide(
        current_rules().for_item(item.code),
        person_of(found.recipient, found.household_size, found.proxies),
        item.code,
        on,
        found.history,
        quantity,
        person_of(proxy) if proxy is not None else None,
    )
    return dataclasses.replace(
        decision, reasons=tuple(_named(reason, item) for reason in decision.reasons)
    )


def _named(reason: Reason, item: Item) -> Reason:
    """The reason naming the item by its name and quantities with its unit: written right
    after the number, a Latin unit after a space ("30 kg"), a Korean one without ("3매")."""
    params = dict(reason.message.params)
    if params.get("item") == item.code:
        params["item"] = item.name
    if "unit" in params:
        unit = item.unit or ""
        params["unit"] = f" {unit}" if unit[:1].isascii() and unit[:1].isalnum() else unit
    if params == reason.message.params:
        return reason
    return dataclasses.replace(reason, message=dataclasses.replace(reason.message, params=params))


def _quantity(quantity: int | None) -> int | None:
    """A requested quantity: whole and at most MAX_QUANTITY, which the database can store."""
    if quantity is not None and (
        isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1
    ):
        raise UserError(
            "The quantity must be a whole number of 1 or more, not {quantity}.", quantity=quantity
        )
    if quantity is not None and quantity > MAX_QUANTITY:
        raise UserError(
            "The quantity may be at most {most}, not {quantity}.",
            most=MAX_QUANTITY,
            quantity=quantity,
        )
    return quantity


def _proxy(proxy_card: str | None) -> Recipient | None:
    """The collector with this card code, or None when nobody else collects."""
    if not proxy_card or not proxy_card.strip():
        return None
    proxy = recipients.by_card(proxy_card.strip())
    if proxy is None:
        raise UserError(
            "No recipient has the card code {card} given for the collector. Check the code.",
            card=proxy_card.strip(),
        )
    return proxy


def context_of(
    who: str, item_code: str, quantity: int | None, at: datetime | None, proxy_card: str | None
) -> Context:
    """A request checked and decided: the person, the item, the collector and the moment."""
    quantity = _quantity(quantity)
    item = known_item(item_code)
    found = with_history(who, item)
    proxy = _proxy(proxy_card)
    moment = at or now()
    decision = decision_for(item, found, moment, quantity, proxy)
    return Context(found.recipient, item, proxy, moment, decision)


def check(
    recipient: str,
    item_code: str,
    quantity: int | None = None,
    at: datetime | None = None,
    proxy_card: str | None = None,
) -> Decision:
    """The decision for a card code (or recipient uid) and an item; writes nothing. One
    query (two with a collector) needs no transaction to be consistent."""
    return context_of(recipient, item_code, quantity, at, proxy_card).decision


def check_visit(
    recipient: str,
    at: datetime | None = None,
    proxy_card: str | None = None,
    also: str | None = None,
) -> tuple[VisitLine, ...]:
    """The decision on every item a rule covers for this person on the day (by item
    code), and on ``also`` (the item chosen at the desk) even when none does, so
    that its refusal can be shown and overridden. The household's history of every item the
    rules name comes in one query; writes nothing."""
    rules = current_rules()
    named = {code for rule in rules.rules for code in rule.items}
    chosen = known_item(also) if also else None
    codes = named | {chosen.code} if chosen else named
    found = _visitor(recipient, codes)
    moment = at or now()
    proxy = _proxy(proxy_card)
    person = person_of(found.recipient, found.household_size, found.proxies)
    day = moment.date()
    lines = []
    for item in filter(None, (items.cached(code) for code in sorted(codes))):
        covered = any(fits(rule, person, day) for rule in rules.for_item(item.code))
        if covered or item.code == (chosen.code if chosen else None):
            seen = _with_shares(found, item)
            lines.append(VisitLine(item.code, decision_for(item, seen, moment, None, proxy)))
    return tuple(lines)


def _visitor(who: str, codes: Set[str]) -> recipients.Entitlement:
    """The person with their household's handouts of ``codes``; shares come per item."""
    code = (who or "").strip()
    found = recipients.with_history(code, codes) if code else None
    if found is None:
        raise UserError(
            "No recipient has the card code {card}. Check the code, search by name, or "
            "register the person.",
            card=code,
        )
    return found
