"""Every table model of the window passes Qt's model tester."""

from __future__ import annotations

from pathlib import Path

from pytestqt.modeltest import ModelTester

from ttasum_desk.services import handouts
from ttasum_desk.services.handouts import HandoutRequest
from ttasum_desk.services.lookup import lookup
from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui.desk.log import TodayLogModel
from ttasum_desk.ui.desk.results import ResultTableModel


def test_result_model(desk_db: Path, qtmodeltester: ModelTester) -> None:
    model = ResultTableModel()
    model.set_rows(lookup("김"))
    assert model.rowCount() > 1
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_today_log_model(desk_db: Path, qtmodeltester: ModelTester) -> None:
    student = Recipient.select().where(Recipient.group == "student").first()
    recorded = handouts.record(HandoutRequest(student.card_code, "COTTON-MASK", operator="김담당"))
    handouts.void(recorded.handout_uid, "wrong person", "김담당")
    model = TodayLogModel()
    model.set_rows(handouts.today_log())
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
