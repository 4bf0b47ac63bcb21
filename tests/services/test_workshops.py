"""Workshops: places, sign-ups, attendance by card, and attendance in the summary report; the
guide link as a second QR code on a kit's receipt."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.printing.pdftools import decoded_barcodes
from tests.services.test_donations import SAMPLE, loop_db  # noqa: F401  (the fixture)
from ttasum_desk.domain.rules_file import RulesFileError, parse_rules
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import reader
from ttasum_desk.printing.receipt import render_receipt
from ttasum_desk.services import handouts, summary, workshops
from ttasum_desk.storage.db import db

GUIDE = "https://www.osan.go.kr/"  # the sample rules' guide_url


def seats() -> list[tuple[str, bool, bool]]:
    rows = db.execute_sql(
        "SELECT r.card_code, s.attended_at IS NOT NULL, s.over_capacity FROM workshop_seat s"
        " JOIN recipient r ON r.uid = s.recipient_uid ORDER BY r.card_code"
    )
    return [(card, bool(attended), bool(over)) for card, attended, over in rows]


def test_sign_up_then_attend_and_a_full_session_refused_unless_confirmed(
    loop_db: Path,  # noqa: F811
) -> None:
    session = workshops.add("2020-05-16", "중앙동 주민센터 2층", 1, "김담당")
    assert (session.number, session.capacity, session.signed_up) == (1, 1, 0)

    workshops.sign_up(1, "maker1")
    with pytest.raises(workshops.OverCapacity, match="All 1 places of workshop 1 are taken"):
        workshops.attend(1, "ELDER1")
    assert seats() == [("MAKER1", False, False)]

    workshops.attend(1, "MAKER1")  # signed up: no new place needed
    seat = workshops.attend(1, "ELDER1", confirm=True)

    assert (seat.over_capacity, seat.workshop.signed_up, seat.workshop.attended) == (True, 2, 2)
    assert seats() == [("ELDER1", True, True), ("MAKER1", True, False)]
    with pytest.raises(UserError, match="already marked as attended"):
        workshops.attend(1, "ELDER1")


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("2020-02-30", "hall", 10), "not a date"),
        (("2020-05-16", "  ", 10), "where the workshop"),
        (("2020-05-16", "hall", 0), "not 0"),
    ],
)
def test_a_session_without_a_day_place_or_places_is_refused(
    loop_db: Path,  # noqa: F811
    args: tuple[str, str, int],
    words: str,
) -> None:
    with pytest.raises(UserError, match=words):
        workshops.add(*args)
    assert workshops.sessions() == []


def test_attendance_counts_in_the_summary_pdf_and_workbook(
    loop_db: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    workshops.add("2020-05-16", "중앙동 주민센터", 10)
    workshops.add("2020-05-23", "초평동 주민센터", 10)
    workshops.sign_up(1, "MAKER1")
    workshops.sign_up(1, "ELDER1")
    workshops.attend(1, "ELDER1")
    workshops.attend(2, "MAKER1")

    loop = summary.gather().loop
    pdf = summary.write_summary(tmp_path / "summary.pdf")
    book = summary.write_summary(tmp_path / "summary.xlsx")

    assert (loop.workshops, loop.signed_up, loop.attended) == (2, 3, 2)
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    assert "Donations and workshops" in text
    assert "Attended 2" in text
    rows = {row[0]: row[1] for row in reader.open_workbook(book).rows("Loop")[1:]}
    assert rows["참석 attended"] == 2
    assert rows["만들기 교실 workshops"] == 2


def test_a_kit_receipt_carries_the_guide_qr_and_a_mask_receipt_does_not(
    loop_db: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    kit = handouts.record(handouts.HandoutRequest("MAKER1", "MASK-KIT", 1, operator="김담당"))
    mask = handouts.record(handouts.HandoutRequest("ELDER1", "FINISHED-MASK", 2, operator="김담당"))
    for recorded, fmt in ((kit, "58mm"), (kit, "a4"), (mask, "80mm")):
        render_receipt(handouts.receipt_data(recorded.handout_uid), fmt, tmp_path / f"{fmt}.pdf")

    assert sorted(decoded_barcodes(tmp_path / "58mm.pdf")) == sorted([kit.handout_uid, GUIDE])
    assert sorted(decoded_barcodes(tmp_path / "a4.pdf")) == sorted([kit.handout_uid, GUIDE])
    assert decoded_barcodes(tmp_path / "80mm.pdf") == [mask.handout_uid]
    assert "How to make it" in " ".join(
        p.extract_text() for p in PdfReader(tmp_path / "a4.pdf").pages
    )


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ('guide_url = "https://www.osan.go.kr/"', 'guide_url = "www.osan.go.kr"',
         'line 7: "guide_url" must be a web address'),
        ("guide = true", 'guide = "yes"', 'line 23: "guide" must be true or false'),
    ],
)  # fmt: skip
def test_the_guide_link_and_flag_are_checked_with_their_lines(
    old: str, new: str, words: str
) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert parse_rules(text).guide_url == GUIDE
    assert [i.code for i in parse_rules(text).items if i.guide] == ["MASK-KIT"]
    with pytest.raises(RulesFileError, match=words):
        parse_rules(text.replace(old, new))
