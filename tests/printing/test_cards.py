from __future__ import annotations

from pathlib import Path

import pytest

from tests.printing.pdftools import decoded_barcodes, page_sizes_mm, pdf_text
from ttasum_desk.printing.cards import CardCodeTooLong, CardData, NoCardsToPrint, render_cards

NAMES = ["홍길동", "김민준", "남궁민수", "이서연", "박지호", "최수아", "정하준", "강지우", "조예준"]
NAMES += ["윤서윤", "장도윤", "Maria Santos"]
GROUPS = ["student", "public", "vulnerable"]


@pytest.fixture
def cards() -> list[CardData]:
    return [
        CardData(name, GROUPS[n % 3], f"OS{n + 1:08d}", "중앙동 행정복지센터", 2008 + n)
        for n, name in enumerate(NAMES)
    ]


def test_twelve_cards_fill_two_a4_pages(cards: list[CardData], tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    render_cards(cards, out)

    assert page_sizes_mm(out) == [
        pytest.approx((210, 297), abs=0.1),
        pytest.approx((210, 297), abs=0.1),
    ]
    pages = pdf_text(out).split("\f")
    assert all(name in pages[0] for name in NAMES[:10])
    assert all(name in pages[1] for name in NAMES[10:])


def test_cards_carry_the_full_name_group_birth_year_station_and_code(
    cards: list[CardData], tmp_path: Path
) -> None:
    out = tmp_path / "cards.pdf"
    render_cards(cards[:3], out)
    text = pdf_text(out)

    assert "홍길동" in text  # the card is the person's own: the name is not masked
    assert "남궁민수" in text
    for shown in ("Student", "General public", "Vulnerable group", "born 2008", "중앙동"):
        assert shown in text
    for code in ("OS00000001", "OS00000002", "OS00000003"):
        assert code in text


def test_every_code_128_scans_to_its_card_code(cards: list[CardData], tmp_path: Path) -> None:
    out = tmp_path / "cards.pdf"
    render_cards(cards, out)

    assert sorted(decoded_barcodes(out)) == [card.card_code for card in cards]


def test_a_long_card_code_gets_narrower_bars_and_still_scans(tmp_path: Path) -> None:
    card = CardData("김민준", "student", "OSAN-SCHOOL-2020-STU-12345", "오산초등학교", None)
    out = tmp_path / "long.pdf"
    render_cards([card], out)

    assert decoded_barcodes(out) == [card.card_code]
    assert "born" not in pdf_text(out)


def test_a_card_code_too_long_for_a_card_is_refused(tmp_path: Path) -> None:
    card = CardData("김민준", "student", "X" * 60, "오산초등학교", None)
    with pytest.raises(CardCodeTooLong):
        render_cards([card], tmp_path / "x.pdf")


def test_no_cards_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(NoCardsToPrint):
        render_cards([], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()
