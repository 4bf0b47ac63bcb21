"""A real storage fault at the desk: another program deletes the database's write-ahead log
while the window is open. Enter then says "Not recorded" with the reason, the person stays on
screen to try again after a restart, and nothing is claimed."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ttasum_desk.storage.db import reading
from ttasum_desk.storage.models import Handout, Recipient
from ttasum_desk.ui.desk.banner import BannerState
from ttasum_desk.ui.desk.page import DeskPage

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/fd is Linux's")


def test_a_deleted_log_is_not_recorded_and_keeps_the_person(
    desk: DeskPage, desk_db: Path, qtbot: QtBot
) -> None:
    person = Recipient.select().where(Recipient.group == "student").order_by(Recipient.uid)[0]
    desk.search_field.setText(person.card_code)
    qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)
    assert desk.banner.state == BannerState.ALLOWED
    Path(f"{desk_db}-wal").unlink()
    with qtbot.assertNotEmitted(desk.events.changed):
        qtbot.keyClick(desk.search_field, Qt.Key.Key_Return)
    assert desk.banner.state == BannerState.REFUSED
    assert desk.banner.headline.text() == "Not recorded"
    assert f"{desk_db}-wal" in desk.banner.detail.text()
    assert "Close the app and start it again" in desk.banner.detail.text()
    assert desk.profile is not None
    assert desk.profile.recipient_uid == person.uid
    with reading():
        assert Handout.select().where(Handout.recipient_uid == person.uid).count() == 0
    assert desk.today.log_model.rowCount() == 0
