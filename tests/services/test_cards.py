"""Cards for many at once: a roster import's new people, a class, a selection; read back from
the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.printing.pdftools import pdf_text
from tests.services.test_roster_import import PEOPLE, school_roster
from ttasum_desk.printing.cards import NoCardsToPrint
from ttasum_desk.services import cards, roster_import
from ttasum_desk.services.classes import ClassKey
from ttasum_desk.storage.models import Recipient


def test_cards_for_the_people_a_roster_import_brought_in(station_db: Path, tmp_path: Path) -> None:
    result = roster_import.import_roster(school_roster(tmp_path / "roster.xlsx"))
    made = cards.for_roster_import("roster.xlsx")
    assert len(made) == result.inserted == 6
    assert sorted(card.name for card in made) == sorted(str(p[1]) for p in PEOPLE)
    again = roster_import.import_roster(school_roster(tmp_path / "roster.xlsx"))
    assert again.inserted == 0
    assert len(cards.for_roster_import("roster.xlsx")) == 6  # the same import's people still
    out = cards.write_cards(made, tmp_path / "cards.pdf")
    text = pdf_text(out)
    for card in made:
        assert card.card_code in text
        assert card.name in text


def test_cards_for_a_class_by_number_and_for_a_selection(station_db: Path, tmp_path: Path) -> None:
    roster_import.import_roster(school_roster(tmp_path / "roster.xlsx"))
    key = ClassKey("오산초등학교", 3, 2)
    made = cards.for_class(key)
    assert [card.name for card in made] == [str(p[1]) for p in PEOPLE]
    chosen = [Recipient.get(Recipient.name == name).uid for name in ("사아자", "가나다")]
    selected = cards.for_people([*chosen, "no-such-uid"])
    assert [card.name for card in selected] == ["사아자", "가나다"]
    assert all(card.station_name for card in selected)
    with pytest.raises(NoCardsToPrint):
        cards.write_cards(cards.for_people([]), tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()
