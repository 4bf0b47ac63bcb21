"""Errors carry the one message type: the same template and parameters whether an error is
made from a template or from a Message, and the user's language when shown."""

from __future__ import annotations

from ttasum_desk.domain.messages import Message, say
from ttasum_desk.errors import DatabaseBusy, DiskFull, UserError
from ttasum_desk.exchange.roster_mapping import RowProblem
from ttasum_desk.i18n import install_translators, message, shown
from ttasum_desk.services.roster_import import Rejection


def test_an_error_made_from_a_template_carries_its_message() -> None:
    error = UserError("There is no item {code}.", code="PAPER")
    assert error.message == Message("There is no item {code}.", {"code": "PAPER"})
    assert (error.template, dict(error.params)) == ("There is no item {code}.", {"code": "PAPER"})
    assert error.english == str(error) == "There is no item PAPER."
    assert error.exit_code == 2


def test_an_error_made_from_a_message_is_the_same() -> None:
    made = say("There is no item {code}.", code="PAPER")
    assert UserError(made).message == UserError(made.template, **made.params).message
    assert RowProblem(made).english == "There is no item PAPER."


def test_storage_errors_exit_4_when_busy_else_5() -> None:
    assert DatabaseBusy("busy").exit_code == 4
    assert DiskFull("full").exit_code == 5


def test_a_rejected_row_keeps_its_message() -> None:
    rejection = Rejection("Sheet1", 7, say("The birth date is empty."), ["김학생", None])
    assert rejection.reason == "The birth date is empty."
    assert (rejection.message.template, dict(rejection.message.params)) == (
        "The birth date is empty.",
        {},
    )


def test_shown_in_korean() -> None:
    install_translators("ko")
    try:
        error = UserError("Say who is handing out: give the operator's name.")
        assert message(error) == shown(error.message) != error.english
    finally:
        install_translators("en")
