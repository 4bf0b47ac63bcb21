"""The handout service on a real database: rules loading, records, the chain, voids, stock,
overrides, receipts and the day's log."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.tampering import edit_behind_the_app
from ttasum_desk.domain import chain
from ttasum_desk.domain.clock import now
from ttasum_desk.errors import UserError
from ttasum_desk.paths import resource
from ttasum_desk.printing.receipt import render_receipt
from ttasum_desk.services import batches, handouts, rules
from ttasum_desk.storage import audit
from ttasum_desk.storage import handouts as store
from ttasum_desk.storage.db import db
from ttasum_desk.storage.models import AuditLog, Handout, RuleSet
from ttasum_desk.storage.stock import OutOfStock, on_hand

from .people import OPERATOR, Someone, add_people

KST = timezone(timedelta(hours=9))
MONDAY = datetime(2020, 3, 16, 10, 0, tzinfo=KST)
TTASUM = resource("samples/ttasum2020.toml").read_text(encoding="utf-8")
PEOPLE = [
    Someone("ST1", "김학생", "2011-04-02", "student", "h1"),
    Someone("MUM", "김엄마", "1982-09-30", "public", "h1"),
    Someone("ST2", "이학생", "2009-01-20", "student"),
    Someone("OLD", "박어르신", "1936-02-02", "vulnerable", "h2"),
    Someone("SON", "박아들", "1966-05-05", "public", "h2"),
]


@pytest.fixture
def desk(station_db: Path) -> None:
    """The small demo city plus people made to measure, and Osan's TTASUM rules."""
    add_people(PEOPLE)
    rules.load_text(TTASUM)


def give(
    card: str,
    item: str,
    quantity: int | None = None,
    at: datetime = MONDAY,
    proxy_card: str | None = None,
    override_reason: str = "",
) -> handouts.RecordedHandout:
    request = handouts.HandoutRequest(
        card, item, quantity, at, OPERATOR, proxy_card, override_reason
    )
    return handouts.record(request)


def dump() -> list[str]:
    return list(db.connection().iterdump())


def test_loading_the_same_text_again_changes_nothing(station_db: Path) -> None:
    first = rules.load_text(TTASUM, operator=OPERATOR)
    before = dump()
    again = rules.load_text(TTASUM, operator=OPERATOR)
    assert (first.changed, again.changed) == (True, False)
    assert again.ruleset_uid == first.ruleset_uid
    assert dump() == before


def test_a_changed_text_supersedes_and_keeps_the_history(desk: None) -> None:
    assert handouts.check("ST1", "COTTON-MASK", at=MONDAY).max_quantity == 2
    changed = TTASUM.replace('limit = 2\nperiod = "month"', 'limit = 4\nperiod = "month"')
    result = rules.load_text(changed)
    assert result.changed
    history = list(RuleSet.select().order_by(RuleSet.loaded_at, RuleSet.uid))
    assert [r.text for r in history] == [TTASUM, changed]
    assert history[0].superseded_at is not None
    assert history[1].superseded_at is None
    assert rules.current_rules().for_item("COTTON-MASK")[0].limit == 4
    assert handouts.check("ST1", "COTTON-MASK", at=MONDAY).max_quantity == 4
    assert AuditLog.select().where(AuditLog.action == "rules_loaded").count() == 2


def test_a_rules_file_with_errors_changes_nothing(desk: None) -> None:
    before = dump()
    with pytest.raises(UserError, match=r"line 31: unknown item PAPER-MASK"):
        rules.load_text(TTASUM.replace('item = "COTTON-MASK"', 'item = "PAPER-MASK"'))
    assert dump() == before


def test_a_recorded_handout(desk: None) -> None:
    made = give("ST1", "COTTON-MASK")
    row = Handout.get_by_id(made.handout_uid)
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", row.uid
    )
    assert (row.quantity, row.status, row.operator, row.station_code) == (
        2,
        "ok",
        OPERATOR,
        "OS-JA01",
    )
    assert row.handed_at == "2020-03-16T10:00:00+09:00"
    assert row.receipt_no == made.receipt_no == "OS-JA01-000001"
    assert row.origin == "local"
    assert row.__data__["batch"] is None  # no batch of cotton masks received: stock not tracked yet
    entry = AuditLog.select().order_by(AuditLog.seq.desc()).get()
    assert (entry.action, entry.entity_uid, entry.operator) == ("handout", row.uid, OPERATOR)
    assert audit.verify() is None
    assert give("ST2", "COTTON-MASK", 1).receipt_no == "OS-JA01-000002"


def test_the_station_chain_links_every_row_in_receipt_order(desk: None) -> None:
    first = give("ST1", "COTTON-MASK", 1)
    give("ST2", "FILTER-PACK")
    handouts.void(first.handout_uid, "wrong item", OPERATOR)
    rows = list(
        Handout.select().where(Handout.station_code == "OS-JA01").order_by(Handout.receipt_no)
    )
    previous = chain.GENESIS
    for row in rows:
        fields = {
            **row.__data__,
            "recipient_uid": row.__data__["recipient"],
            "item_code": row.item.code,
            "batch_uid": row.__data__["batch"],
            "void_of": row.__data__["void_of"],
            "proxy_uid": row.__data__["proxy"],
        }
        assert row.chain_hash == store.chain_hash(previous, fields)
        previous = row.chain_hash
    assert store.numbering("OS-JA01")[1] == previous
    assert [r.receipt_no for r in rows] == ["OS-JA01-000001", "OS-JA01-000002", "OS-JA01-000003"]
    assert store.verify_chain("OS-JA01") is None
    edit_behind_the_app(
        Path(db.database), "UPDATE handout SET quantity = 5 WHERE receipt_no = 'OS-JA01-000002'"
    )
    assert store.verify_chain("OS-JA01") == "OS-JA01-000002"


def test_a_refusal_writes_nothing_and_an_override_is_recorded(desk: None) -> None:
    give("ST1", "COTTON-MASK")
    before = dump()
    with pytest.raises(handouts.RefusedByRule) as refused:
        give("ST1", "COTTON-MASK", 1)
    assert refused.value.exit_code == 3
    assert [r.code for r in refused.value.decision.reasons] == ["limit_reached", "rule_line"]
    assert refused.value.decision.next_eligible == date(2020, 4, 1)
    assert dump() == before
    made = give("ST1", "COTTON-MASK", 1, override_reason="lost both on the bus")
    assert made.overridden
    row = Handout.get_by_id(made.handout_uid)
    assert row.override_reason == "lost both on the bus"
    entry = AuditLog.select().order_by(AuditLog.seq.desc()).get()
    assert entry.action == "handout_override"
    assert '"override_reason":"lost both on the bus"' in entry.payload


def test_a_proxy_pickup_is_recorded_with_the_collector(desk: None) -> None:
    made = give("OLD", "FINISHED-MASK", proxy_card="SON")
    assert made.quantity == 5
    assert Handout.get_by_id(made.handout_uid).proxy.card_code == "SON"
    with pytest.raises(handouts.RefusedByRule) as refused:
        give("SON", "MASK-KIT", proxy_card="OLD")
    assert [r.code for r in refused.value.decision.reasons] == ["proxy_not_allowed", "rule_line"]


def test_first_in_first_out_and_never_below_zero(desk: None) -> None:
    for lot, quantity, day in (("A-OLD", 3, "2020-03-01"), ("B-NEW", 10, "2020-03-05")):
        batches.receive(batches.BatchRequest("COTTON-MASK", lot, quantity, day, operator=OPERATOR))
    first = give("ST1", "COTTON-MASK", 2)
    second = give("ST2", "COTTON-MASK", 2)
    lots = {h.uid: h.batch.lot_no for h in Handout.select()}
    assert (lots[first.handout_uid], lots[second.handout_uid]) == ("A-OLD", "B-NEW")
    item_uid = Handout.get_by_id(first.handout_uid).__data__["item"]
    assert on_hand(item_uid) == 9
    handouts.void(first.handout_uid, "returned", OPERATOR)
    assert on_hand(item_uid) == 11  # the void puts the masks back on the shelf


def test_out_of_stock_is_a_clear_refusal(desk: None) -> None:
    batches.receive(batches.BatchRequest("FILTER-PACK", "F-1", 1, "2020-03-01", operator=OPERATOR))
    give("ST1", "FILTER-PACK")
    before = dump()
    with pytest.raises(OutOfStock, match="Only 0"):
        give("ST2", "FILTER-PACK")
    assert dump() == before


def test_void_rules(desk: None) -> None:
    made = give("ST1", "COTTON-MASK")
    with pytest.raises(UserError, match="Give a reason"):
        handouts.void(made.handout_uid, "  ", OPERATOR)
    void_uid = handouts.void(made.handout_uid, "wrong person", OPERATOR)
    row = Handout.get_by_id(void_uid)
    assert (row.status, row.__data__["void_of"], row.reason, row.quantity) == (
        "void",
        made.handout_uid,
        "wrong person",
        -2,
    )
    assert row.receipt_no == "OS-JA01-000002"
    with pytest.raises(UserError, match="already voided"):
        handouts.void(made.handout_uid, "again", OPERATOR)
    with pytest.raises(UserError, match="is a void itself"):
        handouts.void(void_uid, "undo", OPERATOR)
    with pytest.raises(UserError, match="There is no handout"):
        handouts.void("nope", "x", OPERATOR)
    assert handouts.check("ST1", "COTTON-MASK", at=MONDAY).max_quantity == 2
    assert AuditLog.select().where(AuditLog.action == "handout_void").count() == 1


def test_bad_requests_are_user_errors(desk: None) -> None:
    before = dump()
    for card, item, quantity, pattern in (
        ("NOBODY", "COTTON-MASK", None, "No recipient has the card code NOBODY"),
        ("ST1", "PAPER", None, "There is no item PAPER"),
        ("ST1", "COTTON-MASK", 0, "1 or more, not 0"),
        ("ST1", "COTTON-MASK", -1, "1 or more, not -1"),
    ):
        with pytest.raises(UserError, match=pattern):
            give(card, item, quantity)
        with pytest.raises(UserError, match=pattern):
            handouts.check(card, item, quantity)
    with pytest.raises(UserError, match="collector"):
        give("ST1", "COTTON-MASK", proxy_card="NOBODY")
    with pytest.raises(UserError, match="operator"):
        handouts.record(handouts.HandoutRequest("ST1", "COTTON-MASK", at=MONDAY))
    assert dump() == before


def test_check_accepts_a_recipient_uid_and_writes_nothing(desk: None) -> None:
    before = dump()
    by_card = handouts.check("ST1", "COTTON-MASK", at=MONDAY)
    recipient_uid = "00000000-0000-4000-8000-000000000001"
    by_uid = handouts.check(recipient_uid, "cotton-mask", at=MONDAY)
    assert by_card == by_uid
    assert dump() == before


def test_receipt_data_copy_and_void_slip(desk: None, tmp_path: Path) -> None:
    made = give("ST1", "COTTON-MASK", 1)
    data = handouts.receipt_data(made.handout_uid)
    assert (data.receipt_no, data.recipient_name, data.birth_year) == (
        "OS-JA01-000001",
        "김학생",
        2011,
    )
    assert (data.item_name, data.unit, data.quantity, data.remaining) == (
        "면마스크(필터교체형)",
        "매",
        1,
        1,
    )
    assert (data.period_label, data.station_name, data.copy) == (
        "this month",
        "중앙동 행정복지센터",
        False,
    )
    assert handouts.receipt_data(made.handout_uid, copy=True).copy
    out = tmp_path / "receipt.pdf"
    render_receipt(data, "80mm", out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "김*생" in text
    assert "OS-JA01-000001" in text
    void_uid = handouts.void(made.handout_uid, "wrong person", OPERATOR)
    slip = handouts.receipt_data(void_uid)
    assert (slip.receipt_no, slip.void_reason, slip.quantity) == (
        "OS-JA01-000001",
        "wrong person",
        1,
    )
    assert slip.remaining == 2


def test_today_log(desk: None) -> None:
    today = now()
    made = give("ST1", "COTTON-MASK", 1, at=today)
    give("ST2", "COTTON-MASK", 1, at=today - timedelta(days=40))
    void_uid = handouts.void(made.handout_uid, "wrong person", OPERATOR)
    log = handouts.today_log()
    assert [(r.uid, r.status, r.card_code, r.quantity) for r in log] == [
        (void_uid, "void", "ST1", -1),
        (made.handout_uid, "ok", "ST1", 1),
    ]
    assert log[1].voided_by == void_uid
    assert handouts.today_log(today.date() - timedelta(days=40))[0].card_code == "ST2"
