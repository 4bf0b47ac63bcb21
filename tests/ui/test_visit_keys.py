"""A visit at the desk from the keyboard: the lines a scan shows, Space, + and -, the arrows."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ttasum_desk.storage.models import Handout, Recipient
from ttasum_desk.ui.desk.page import DeskPage

from .test_desk import Return, scan, student


def lines(desk: DeskPage) -> list[tuple[str, bool, int]]:
    return [(line.item.code, line.ticked, line.quantity) for line in desk.visit_lines.lines]


def test_a_scan_shows_every_item_allowed_now_ticked_at_its_most(
    desk: DeskPage, qtbot: QtBot
) -> None:
    scan(desk, qtbot, student().card_code)
    assert desk.visit_lines.isVisible()
    assert lines(desk) == [("COTTON-MASK", True, 2), ("FILTER-PACK", True, 1)]
    assert desk.visit_lines.item(1).text().startswith("✔ 교체용 필터 팩 × 1 팩 — ")


def test_space_unticks_and_minus_lowers_and_enter_records_what_is_left(
    desk: DeskPage, qtbot: QtBot, receipts: Path
) -> None:
    person = student()
    scan(desk, qtbot, person.card_code)
    qtbot.keyClick(desk.search_field, "-")  # the chosen line: the masks
    qtbot.keyClick(desk.search_field, "-")  # never below one
    qtbot.keyClick(desk.search_field, "+")
    qtbot.keyClick(desk.search_field, "-")
    assert desk.quantity_spin.value() == 1
    qtbot.keyClick(desk.search_field, " ")
    assert lines(desk) == [("COTTON-MASK", False, 1), ("FILTER-PACK", True, 1)]
    qtbot.keyClick(desk.search_field, " ")  # ticked again
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Down)
    assert desk.item is not None
    assert desk.item.code == "FILTER-PACK"
    qtbot.keyClick(desk.search_field, " ")
    assert lines(desk) == [("COTTON-MASK", True, 1), ("FILTER-PACK", False, 1)]
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    got = [(row.item.code, row.quantity) for row in Handout.select()]
    assert got == [("COTTON-MASK", 1)]
    receipt = receipts / f"{Handout.get().receipt_no}.pdf"
    assert "교체용 필터 팩" not in PdfReader(receipt).pages[0].extract_text()


def test_a_refused_chosen_item_leaves_the_others_to_record(desk: DeskPage, qtbot: QtBot) -> None:
    """An adult at a desk set to cotton masks: no rule covers them for masks, the kit is
    theirs; the banner says both, and Enter records the kit."""
    adult = Recipient.get(Recipient.card_code == "OS00000001")
    scan(desk, qtbot, adult.card_code)
    assert desk.banner.state == "refused"
    assert lines(desk) == [("COTTON-MASK", False, 1), ("MASK-KIT", True, 1)]
    assert "Enter records: 마스크 만들기 키트 × 1." in desk.banner.detail.text()
    with qtbot.waitSignal(desk.events.changed):
        qtbot.keyClick(desk.search_field, Return)
    assert [(row.item.code, row.recipient_uid) for row in Handout.select()] == [
        ("MASK-KIT", adult.uid)
    ]
