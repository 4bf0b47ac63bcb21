"""The review list and its detail panel in the real window at a hub: each kind shows both
sides with the differing fields marked (colour and "≠"), stations named in full, no UUID
anywhere; a decision needs the coordinator's PIN and a reason, is audited, and the item
leaves the list. The purge button asks the PIN, then confirms with the count."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.services import exchange_stations as city
from tests.services.test_review import edit_cell
from ttasum_desk.i18n import install_translators
from ttasum_desk.services import merge, roles
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui import pin_gate
from ttasum_desk.ui.coordinator_page import CoordinatorPage
from ttasum_desk.ui.main_window import MainWindow
from ttasum_desk.ui.pin_dialog import PinDialog
from ttasum_desk.ui.purge_dialog import PurgeDialog
from ttasum_desk.ui.review_panel import DIFFERS, MARK

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
PIN = "1357"


@pytest.fixture(scope="module")
def day_files(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("stations")
    files = city.three_day_files(folder)
    edited = folder / "edited.xlsx"
    edit_cell(files[1], edited, "Recipients", "district", "가상동")
    return [*files, edited]


@pytest.fixture
def hub(tmp_path: Path, day_files: list[Path], qtbot: QtBot) -> Iterator[CoordinatorPage]:
    pin_gate.lock()
    with city.Hub(tmp_path / "hub.db"):
        merge.merge(day_files)
        roles.set_coordinator_pin(PIN, "coordinator")
        window = MainWindow()
        qtbot.addWidget(window)
        window.resize(1024, 768)
        window.show()
        page = window.show_page("CoordinatorPage")
        assert isinstance(page, CoordinatorPage)
        yield page
        window.shutdown()
    pin_gate.lock()


def choose(page: CoordinatorPage, kind: str) -> int:
    model = page.review_model
    row = next(r for r, item in enumerate(model.rows) if item.kind == kind)
    page.review_table.selectRow(row)
    return row


def panel_texts(page: CoordinatorPage) -> list[str]:
    panel = page.review_panel
    tables = (panel.fields, panel.handouts)
    cells = [t.item(r, c).text() for t in tables for r in range(t.rowCount())
             for c in range(t.columnCount())]  # fmt: skip
    headers = [t.horizontalHeaderItem(c).text() for t in tables for c in range(t.columnCount())]
    return [panel.title.text(), panel.note.text(), *cells, *headers]


def list_texts(page: CoordinatorPage) -> list[str]:
    model = page.review_model
    return [str(model.data(model.index(r, c))) for r in range(model.rowCount())
            for c in range(model.columnCount())]  # fmt: skip


def marked_rows(page: CoordinatorPage) -> dict[str, list[str]]:
    table = page.review_panel.fields
    marked = {}
    for row in range(table.rowCount()):
        label = table.item(row, 0)
        if label.text().startswith(MARK):
            assert all(table.item(row, c).background().color() == DIFFERS for c in range(3))
            marked[label.text()] = [table.item(row, c).text() for c in (1, 2)]
    return marked


def test_every_kind_reads_without_uuids(hub: CoordinatorPage) -> None:
    assert hub.review_model.rowCount() >= 4
    assert not any(UUID.search(text) for text in list_texts(hub))
    assert any("OS-DW01 대원동 행정복지센터" in text for text in list_texts(hub))

    choose(hub, "conflict")
    marked = marked_rows(hub)
    assert list(marked) == [MARK + "district"]
    assert marked[MARK + "district"][1] == "가상동"
    assert "OS-DW01 대원동 행정복지센터" in hub.review_panel.fields.horizontalHeaderItem(2).text()
    assert not any(UUID.search(text) for text in panel_texts(hub))

    choose(hub, "double_dip")
    handouts = hub.review_panel.handouts
    assert hub.review_panel.handouts.isVisibleTo(hub)
    assert not hub.review_panel.fields.isVisibleTo(hub)
    stations = {handouts.item(r, 1).text() for r in range(handouts.rowCount())}
    assert "OS-JA01 중앙동 행정복지센터" in stations
    assert "limit" in hub.review_panel.title.text()
    assert not any(UUID.search(text) for text in panel_texts(hub))

    choose(hub, "same_person")
    assert MARK + "card code" in marked_rows(hub)
    names = [t for t in panel_texts(hub) if "도*미" in t]
    assert names
    assert not any("도레미" in t for t in panel_texts(hub))
    assert not any(UUID.search(text) for text in panel_texts(hub))


def test_a_decision_needs_the_pin_and_a_reason(
    hub: CoordinatorPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Ok)
    panel = hub.review_panel
    choose(hub, "conflict")
    uid = panel.detail.uid if panel.detail else ""
    open_before = hub.review_model.rowCount()
    panel.choice.setCurrentIndex(panel.choice.findData("theirs"))
    panel.resolve_button.click()  # no reason: not even the PIN is asked
    assert "reason" in panel.note.text()
    panel.reason.setText("the resident moved to 가상동")
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: "0000"))
    panel.resolve_button.click()
    assert hub.review_model.rowCount() == open_before
    assert not db.execute_sql("SELECT 1 FROM audit_log WHERE action = 'review_resolved'").fetchall()
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: PIN))
    panel.resolve_button.click()
    assert hub.review_model.rowCount() == open_before - 1
    assert uid not in {row.uid for row in hub.review_model.rows}
    assert db.execute_sql(
        "SELECT count(*) FROM audit_log WHERE action = 'review_resolved' AND entity_uid = ?",
        (uid,),
    ).fetchone() == (1,)
    assert Recipient.select().where(Recipient.district == "가상동").count() == 1

    choose(hub, "double_dip")
    panel.reason.setText("both were for the family")
    panel.resolve_button.click()  # unlocked for ten minutes: no second PIN
    assert hub.review_model.rowCount() == open_before - 2


def test_the_purge_confirms_the_count_behind_the_pin(
    hub: CoordinatorPage, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: None))
    hub.purge_button.click()  # the PIN question cancelled: nothing asked, nothing erased
    assert Recipient.select().where(Recipient.name == "").count() == 0
    dialog = PurgeDialog(hub)
    qtbot.addWidget(dialog)
    dialog.since.setDate(date(2020, 3, 19))
    assert dialog.erase_button.isEnabled()
    count = int(re.sub(r"\D", "", dialog.erase_button.text()))
    assert count > 0
    assert f"{count:,}" in dialog.count.text()
    monkeypatch.setattr(PinDialog, "ask", classmethod(lambda cls, *a: PIN))
    monkeypatch.setattr(PurgeDialog, "ask", classmethod(lambda cls, *a: date(2020, 3, 19)))
    hub.purge_button.click()
    assert Recipient.select().where(Recipient.name == "").count() == count


def test_a_conflict_reads_in_korean(hub: CoordinatorPage) -> None:
    """Every label, the title and the person's group in the user's language: no sheet name,
    column name or stored English reason shows through."""
    install_translators("ko")
    try:
        choose(hub, "conflict")
        texts = panel_texts(hub)
        listed = list_texts(hub)
    finally:
        install_translators("en")
    title = hub.review_panel.title.text()
    assert title.startswith("받는 사람 OS-DW01-00001")
    assert title.endswith("총괄 본부의 기록과 다름")
    assert "일반 시민" in texts
    assert "받는 사람 OS-DW01-00001 도*미" in listed
    labels = [hub.review_panel.fields.item(r, 0).text() for r in
              range(hub.review_panel.fields.rowCount())]  # fmt: skip
    assert "특이사항" in labels
    assert "세대 번호" in labels
    assert not [label for label in labels if "_" in label]
    assert not [text for text in texts if re.search(r"\b(?:Recipients|public|tags)\b", text)]
