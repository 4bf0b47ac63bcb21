"""A visit: every item a rule covers for the person decided from one history query, and the
visit's handouts recorded in one transaction with one receipt, all or nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttasum_desk.paths import resource
from ttasum_desk.printing.receipt import render_receipt
from ttasum_desk.services import batches, handouts, rules
from ttasum_desk.services.handouts import HandoutRequest, RefusedByRule
from ttasum_desk.storage.models import AuditLog, Handout

from .people import OPERATOR, Someone, add_people
from .test_desk_query_budget import BUDGET, counted

PUPIL = Someone("PUPIL", "이학생", "2010-05-01", "student", "h9")
SISTER = Someone("SISTER", "이동생", "2012-07-07", "student", "h7")
ADULT = Someone("ADULT", "박시민", "1975-02-02", "public", "h8")


@pytest.fixture
def campaign(station_db: Path) -> None:
    add_people([PUPIL, SISTER, ADULT])
    rules.load_text(resource("samples/ttasum2020.toml").read_text(encoding="utf-8"))
    batches.receive(batches.BatchRequest("MASK-KIT", "LOT-1", 500, source="test"))
    handouts.record(HandoutRequest(ADULT.card, "MASK-KIT", operator=OPERATOR))  # warm caches


def asked(card: str, *items: str) -> list[HandoutRequest]:
    return [HandoutRequest(card, item, operator=OPERATOR) for item in items]


def test_a_pupils_visit_lists_masks_and_filters_and_the_chosen_item_too(campaign: None) -> None:
    seen = handouts.check_visit(PUPIL.card, also="MASK-KIT")
    decided = {line.item_code: (line.decision.allowed, line.decision.max_quantity) for line in seen}
    assert decided == {
        "COTTON-MASK": (True, 2),
        "FILTER-PACK": (True, 1),
        "MASK-KIT": (False, 0),  # no rule covers a pupil: shown to be overridden
    }
    adult = handouts.check_visit(ADULT.card)
    assert [(line.item_code, line.decision.allowed) for line in adult] == [("MASK-KIT", False)]


def test_a_visit_is_recorded_in_one_transaction_with_one_receipt(
    campaign: None, tmp_path: Path
) -> None:
    visit = handouts.record_visit(asked(PUPIL.card, "COTTON-MASK", "FILTER-PACK"))
    rows = [Handout.get_by_id(done.handout_uid) for done in visit.handouts]
    assert [(row.item.code, row.quantity) for row in rows] == [
        ("COTTON-MASK", 2),
        ("FILTER-PACK", 1),
    ]
    assert visit.receipt.receipt_no == rows[0].receipt_no
    assert [line.receipt_no for line in visit.receipt.more] == [rows[1].receipt_no]
    pdf = tmp_path / "visit.pdf"
    render_receipt(visit.receipt, "80mm", pdf)
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for name in ("면마스크(필터교체형)", "교체용 필터 팩", rows[0].receipt_no, rows[1].receipt_no):
        assert name in text
    assert [line.decision.allowed for line in handouts.check_visit(PUPIL.card)] == [False, False]


def test_a_refused_line_records_none_of_the_visit(campaign: None) -> None:
    before = (Handout.select().count(), AuditLog.select().count())
    with pytest.raises(RefusedByRule):
        handouts.record_visit(asked(PUPIL.card, "COTTON-MASK", "MASK-KIT"))
    assert (Handout.select().count(), AuditLog.select().count()) == before


def test_request_ids_make_a_retried_visit_record_nothing_new(campaign: None) -> None:
    requests = [
        HandoutRequest(PUPIL.card, item, operator=OPERATOR, request_id=f"visit-1-{item}")
        for item in ("COTTON-MASK", "FILTER-PACK")
    ]
    first = handouts.record_visit(requests)
    again = handouts.record_visit(requests)
    assert [done.handout_uid for done in again.handouts] == [
        done.handout_uid for done in first.handouts
    ]
    assert Handout.select().count() == 1 + 2  # the adult's kit, then the visit once


def test_a_visit_decides_from_one_query_and_costs_a_few_statements_per_item(
    campaign: None,
) -> None:
    with counted() as deciding:
        handouts.check_visit(PUPIL.card)
    assert len(deciding) == 1, deciding
    with counted() as one:
        handouts.record_visit(asked(SISTER.card, "COTTON-MASK"))
    with counted() as two:
        handouts.record_visit(asked(PUPIL.card, "COTTON-MASK", "FILTER-PACK"))
    per_item = len(one) - 2  # all but BEGIN and COMMIT
    assert len(one) <= BUDGET
    assert len(two) <= 2 + 2 * per_item, "\n".join(two)
