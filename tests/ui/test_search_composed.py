"""A name pasted decomposed (NFD, as from macOS) is searched for composed."""

from __future__ import annotations

import unicodedata

from pytestqt.qtbot import QtBot

from ttasum_desk.storage.models import Recipient
from ttasum_desk.ui.desk.page import DeskPage

from .test_desk import type_text


def test_a_decomposed_name_is_searched_composed(desk: DeskPage, qtbot: QtBot) -> None:
    name = Recipient.select().order_by(Recipient.card_code).first().name
    type_text(desk.search_field, unicodedata.normalize("NFD", name))
    assert desk.search_field.query() == name
    qtbot.waitUntil(lambda: getattr(desk, "results_query", None) == name, timeout=60_000)
    assert name in [row.name for row in desk.results_model.rows]
