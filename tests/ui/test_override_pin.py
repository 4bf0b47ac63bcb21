"""F8 above the station's override limit asks for the coordinator's PIN before the reason:
a wrong or cancelled PIN records nothing; the right one records the handout, audited with the
operator and the approving coordinator. The limit is set in Settings, behind the PIN."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.test_desk import scan, student
from ttasum_desk.services import handouts, roles
from ttasum_desk.services.handouts import HandoutRequest
from ttasum_desk.storage.models import AuditLog, Handout
from ttasum_desk.ui import pin_gate
from ttasum_desk.ui.desk.dialogs import ReasonDialog
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.main_window import MainWindow
from ttasum_desk.ui.pin_dialog import PinDialog
from ttasum_desk.ui.settings_page import OFF, SettingsPage

PIN = "1357"
REASON = "마스크 분실, 교감 확인"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """What the dialogs asked, in order: the PIN's prompt, the reason's title, each warning."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: seen.append(text))
    monkeypatch.setattr(
        ReasonDialog,
        "ask",
        classmethod(lambda cls, _parent, title, *_: seen.append(title) or REASON),
    )
    pin_gate.lock()
    yield seen
    pin_gate.lock()


def answer_pin(monkeypatch: pytest.MonkeyPatch, seen: list[str], pin: str | None) -> None:
    def ask(cls: type[PinDialog], _parent: object, _title: str, prompt: str) -> str | None:
        seen.append(prompt)
        return pin

    monkeypatch.setattr(PinDialog, "ask", classmethod(ask))


def refused_line(desk: DeskPage, qtbot: QtBot, quantity: int) -> None:
    """A pupil who had this month's cotton masks: refused, asking for ``quantity`` anyway."""
    person = student()
    handouts.record(HandoutRequest(person.card_code, "COTTON-MASK", operator="김담당"))
    scan(desk, qtbot, person.card_code)
    assert desk.banner.state == "refused"
    desk.quantity_spin.setValue(quantity)


def test_f8_above_the_limit_records_only_with_the_coordinators_pin(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, asked: list[str]
) -> None:
    roles.set_coordinator_pin(PIN, "coordinator")
    roles.set_override_limit(1, "coordinator")
    refused_line(desk, qtbot, 2)
    before = Handout.select().count()
    prompt = "An override of more than 1 needs the coordinator's approval. Coordinator PIN:"

    answer_pin(monkeypatch, asked, None)  # cancelled
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F8)
    answer_pin(monkeypatch, asked, "0000")  # wrong
    qtbot.keyClick(desk.search_field, Qt.Key.Key_F8)
    assert asked == [prompt, prompt, "Wrong PIN: nothing was done."]  # no reason asked
    assert Handout.select().count() == before

    answer_pin(monkeypatch, asked, PIN)
    with qtbot.waitSignal(desk.events.changed) as seen:
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F8)
    assert asked[3:] == [prompt, "Override a refusal"]  # the PIN first, then the reason
    row = Handout.get(Handout.uid == seen.args[0].uids[0])
    assert (row.quantity, row.override_reason, row.operator) == (2, REASON, "김담당")
    entry = AuditLog.get((AuditLog.entity_uid == row.uid) & (AuditLog.action == "handout_override"))
    assert entry.operator == "김담당"
    assert json.loads(entry.payload)["approved_by"] == "coordinator"
    assert desk.banner.state == "override"


def test_f8_within_the_limit_asks_only_for_the_reason(
    desk: DeskPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, asked: list[str]
) -> None:
    roles.set_coordinator_pin(PIN, "coordinator")
    roles.set_override_limit(2, "coordinator")
    refused_line(desk, qtbot, 2)
    answer_pin(monkeypatch, asked, None)
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_F8)
    assert asked == ["Override a refusal"]


def test_settings_set_the_limit_behind_the_coordinators_pin(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, asked: list[str]
) -> None:
    roles.set_coordinator_pin(PIN, "coordinator")
    page = window.show_page("SettingsPage")
    assert isinstance(page, SettingsPage)
    assert page.override_limit.value() == OFF
    assert page.override_limit.text() == "Off"
    page.override_limit.setValue(5)
    answer_pin(monkeypatch, asked, "0000")
    page.save_override_limit_button.click()
    assert roles.override_limit() is None
    answer_pin(monkeypatch, asked, PIN)
    page.save_override_limit_button.click()
    assert roles.override_limit() == 5
    page.override_limit.setValue(OFF)
    page.save_override_limit_button.click()  # unlocked for a while: no PIN asked again
    assert roles.override_limit() is None
