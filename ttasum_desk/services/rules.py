"""Loading the rules file, and the rules in force.

``load_text``/``load_file`` validate a rules file, then store its campaign, its items and the
text. The same text again changes nothing; a changed text supersedes the campaign's current one,
which stays in the history. ``current_rules()`` reads and parses the current texts once per open
database and keeps them until another text becomes current: every new text comes through
``load_text`` (a snapshot import too), and no other process writes while this one has the
database, so a handout asks the database nothing about its rules.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ttasum_desk.domain.clock import now_iso
from ttasum_desk.domain.rules import Rule
from ttasum_desk.domain.rules_file import Problem, RuleBook, parse_rules
from ttasum_desk.errors import UserError
from ttasum_desk.storage import audit, rulesets
from ttasum_desk.storage.db import db, writing


@dataclass(frozen=True)
class LoadResult:
    campaign_code: str
    changed: bool  # False: the same text was already current
    ruleset_uid: str
    rules: int  # [[rules]] tables
    items_added: tuple[str, ...]
    warnings: tuple[Problem, ...] = ()  # loaded, but worth the coordinator's look

    def as_json(self) -> dict[str, Any]:
        return {
            **asdict(self),
            "warnings": [{"line": w.line, "message": w.message.english} for w in self.warnings],
        }


@dataclass(frozen=True)
class CurrentRules:
    """Every campaign's current rules."""

    books: tuple[RuleBook, ...]

    @property
    def rules(self) -> tuple[Rule, ...]:
        return tuple(rule for book in self.books for rule in book.rules)

    def for_item(self, item_code: str) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.covers_item(item_code))

    def items_sharing(self, item_code: str) -> frozenset[str]:
        """The item and every item whose quantities a rule counts together with it: the
        history a decision on ``item_code`` needs."""
        return frozenset({item_code}).union(*(rule.items for rule in self.for_item(item_code)))


_cache: tuple[object, CurrentRules] | None = None  # (connection, the rules)


def read_rules_file(path: Path | str) -> str:
    try:
        return Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise UserError(
            "The rules file {path} can't be read ({detail}). Check the path and that it is "
            "UTF-8 text.",
            path=str(path),
            detail=str(error),
        ) from error


def load_file(path: Path | str, operator: str = "") -> LoadResult:
    return load_text(read_rules_file(path), operator=operator, source=Path(path).name)


def load_text(text: str, operator: str = "", source: str = "") -> LoadResult:
    """Validate and store a rules text (one transaction); raises RulesFileError."""
    global _cache
    with writing():
        book = parse_rules(text, rulesets.item_codes())
        campaign = book.campaign
        current = rulesets.current_of(campaign.code)
        if current is not None and current.sha256 == book.sha256:
            return LoadResult(campaign.code, False, current.uid, _count(book), (), book.warnings)
        at = now_iso()
        ends = campaign.ends.isoformat() if campaign.ends else ""
        stored = rulesets.save_campaign(
            campaign.code, campaign.name, campaign.starts.isoformat(), ends, at
        )
        added = tuple(
            item.code
            for item in book.items
            if rulesets.save_item(item.code, item.name, item.unit, at)
        )
        if current is not None:
            rulesets.supersede(current, at)
        ruleset = rulesets.add_ruleset(stored, text, book.sha256, at)
        audit.record(
            "rules_loaded",
            "ruleset",
            ruleset.uid,
            operator,
            campaign=campaign.code,
            sha256=book.sha256,
            source=source,
            superseded=current.uid if current else "",
            items_added=list(added),
        )
        _cache = None
    return LoadResult(campaign.code, True, ruleset.uid, _count(book), added, book.warnings)


def _count(book: RuleBook) -> int:
    """The ``[[rules]]`` tables: a rule with dated changes counts once, not per segment."""
    return len({rule.number for rule in book.rules})


def current_rules() -> CurrentRules:
    """The rules in force, parsed once per current set of texts."""
    global _cache
    key = db.connection()
    if _cache is not None and _cache[0] is key:
        return _cache[1]
    known = rulesets.item_codes()
    books = tuple(parse_rules(text, known) for _, text in rulesets.current_texts())
    _cache = (key, CurrentRules(books))
    return _cache[1]
