"""Opening a person at the desk writes one access-log entry naming the signed-in operator; the
coordinator sees it newest first with the name masked."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ttasum_desk.domain.masking import mask_name
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui.access_log_view import AccessLogView
from ttasum_desk.ui.desk.page import DeskPage
from ttasum_desk.ui.main_window import MainWindow

from .test_desk import scan


def test_opening_a_person_writes_one_entry_with_the_operator(
    desk: DeskPage, window: MainWindow, qtbot: QtBot
) -> None:
    person = Recipient.select().order_by(Recipient.card_code).first()
    scan(desk, qtbot, person.card_code)
    assert desk.profile is not None
    rows = db.execute_sql("SELECT operator, action, recipient_uid FROM access_log").fetchall()
    assert rows == [("김담당", "profile", person.uid)]

    view = AccessLogView()
    qtbot.addWidget(view)
    view.reload()
    cells = [view.model.item(0, column).text() for column in range(4)]
    assert cells[1:] == ["김담당", "opened", mask_name(person.name)]
