"""A station counter driven through the command line, for playing a sample rules file.

One database per test: the station is set, the people come from a roster workbook (written
here with openpyxl, with ``household`` and ``tags`` columns) and the sample is loaded, all
through ``ttasum-desk`` run in-process. Each ``Ask`` is then a ``handout`` (or a ``check``)
at its moment, and its outcome is compared with what the published rules say: allowed with
the quantity recorded, or refused with the reason and the next eligible date. A refusal must
leave the handout table as it was.
"""

from __future__ import annotations

import contextlib
import io
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import openpyxl

from ttasum_desk.cli import run
from ttasum_desk.paths import resource

EXIT_OK, EXIT_REFUSED = 0, 3
ROSTER_HEADERS = ("카드번호", "성명", "생년월일", "구분", "household", "tags")


@dataclass(frozen=True)
class Person:
    card: str
    name: str
    born: str  # YYYY-MM-DD
    group: str = "public"
    household: str = ""
    tags: str = ""  # comma-separated statuses


@dataclass(frozen=True)
class Ask:
    """One request and what the rules must answer.

    ``given``: allowed, and this many recorded (``check`` steps: the most allowed);
    else refused with a reason of code ``refusal`` and ``again`` as the next eligible date."""

    when: str  # the local date-time, e.g. 2020-03-09T10:00
    card: str
    given: int | None = None
    refusal: str = ""
    again: str | None = None
    qty: int | None = None
    proxy: str | None = None
    item: str = ""  # default: the counter's item
    check: bool = False  # only ask; record nothing


def gets(when: str, card: str, given: int, **more: Any) -> Ask:
    return Ask(when, card, given=given, **more)


def refused(when: str, card: str, refusal: str, again: str | None, **more: Any) -> Ask:
    return Ask(when, card, refusal=refusal, again=again, **more)


class Counter:
    """A station database with the sample ``rules`` loaded and ``people`` imported."""

    def __init__(
        self, folder: Path, rules: str, item: str, offset: str, people: list[Person]
    ) -> None:
        self.db, self.item, self.offset = folder / "counter.db", item, offset
        self.cli("station", "set", "--code", "OS-JA01", "--name", "중앙동", "--kind", "centre")
        roster = folder / "roster.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(ROSTER_HEADERS)
        for p in people:
            sheet.append([p.card, p.name, p.born, p.group, p.household, p.tags])
        book.save(roster)
        imported = self.cli("import", "roster", str(roster), "--json")
        assert (imported["inserted"], imported["rejected"]) == (len(people), [])
        self.cli("rules", "load", str(resource(f"samples/{rules}")), "--json")

    def cli(self, *argv: str, expect: int = EXIT_OK) -> Any:
        """Run one command; its JSON output (or its text when it printed no JSON)."""
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = run(["--db", str(self.db), *argv])
        assert code == expect, (argv, code, out.getvalue(), err.getvalue())
        text = out.getvalue()
        return json.loads(text) if "--json" in argv and text.strip() else text + err.getvalue()

    def register_proxy(self, on: str, card: str, proxy_card: str, until: str = "") -> None:
        """``proxy_card`` is registered on the day ``on`` to collect for ``card`` (until a
        day, or for good). The campaigns lie in the past, so the registration is entered as
        made on its day, as when paper records are entered late."""
        with mock.patch("ttasum_desk.services.people.now_iso", return_value=on + "T09:00:00"):
            self.cli("proxy", "add", "--card", card, "--proxy-card", proxy_card,
                     *(["--until", until] if until else []))  # fmt: skip

    def handouts(self) -> int:
        with contextlib.closing(sqlite3.connect(self.db)) as connection:
            return int(connection.execute("SELECT count(*) FROM handout").fetchone()[0])

    def play(self, steps: list[Ask]) -> None:
        for number, step in enumerate(steps, 1):
            self.ask(step, f"step {number}: {step}")

    def ask(self, step: Ask, where: str) -> None:
        argv = ["check" if step.check else "handout", "--card", step.card]
        argv += ["--item", step.item or self.item, "--at", step.when + self.offset, "--json"]
        argv += ["--qty", str(step.qty)] if step.qty is not None else []
        argv += ["--proxy-card", step.proxy] if step.proxy else []
        before = self.handouts()
        answer = self.cli(*argv, expect=EXIT_REFUSED if step.given is None else EXIT_OK)
        codes = [reason["code"] for reason in answer["reasons"]]
        if step.given is None:
            assert not answer["allowed"], where
            assert step.refusal in codes, (where, answer["reasons"])
            assert answer["next_eligible"] == step.again, (where, answer["next_eligible"])
            assert self.handouts() == before, where
        elif step.check:
            assert (answer["allowed"], answer["max_quantity"]) == (True, step.given), where
        else:
            assert (answer["allowed"], answer["quantity"]) == (True, step.given), (where, answer)
            assert self.handouts() == before + 1, where
