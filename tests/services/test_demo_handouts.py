"""The demo city opens at the desk with rules loaded and some people partly served."""

from __future__ import annotations

from pathlib import Path

from ttasum_desk.domain.clock import now
from ttasum_desk.services import demo, handouts, rules
from ttasum_desk.storage.db import close_db, init_db
from ttasum_desk.storage.models import Handout


def test_demo_history_through_the_services(db_path: Path) -> None:
    init_db(db_path)
    try:
        demo.generate("small", 7)
        assert [book.campaign.code for book in rules.current_rules().books] == ["TTASUM2020"]
        rows = list(Handout.select().order_by(Handout.receipt_no))
        assert [r.status for r in rows].count("ok") == 36
        assert [r.status for r in rows].count("void") == 1
        assert rows[0].receipt_no == "OS-JA01-000001"
        voided = {r.__data__["void_of"] for r in rows if r.status == "void"}
        kept = [r for r in rows if r.status == "ok" and r.uid not in voided]
        month = now().isoformat()[:7]  # the history is the last hours: maybe last month too
        students = sorted(
            {
                r.recipient.card_code
                for r in kept
                if r.item.code == "COTTON-MASK" and r.handed_at.startswith(month)
            }
        )
        decisions = [handouts.check(card, "COTTON-MASK") for card in students]
        assert all(d.allowed and d.partly_used and d.max_quantity == 1 for d in decisions)
        kit = next(r for r in kept if r.item.code == "MASK-KIT")
        assert not handouts.check(kit.recipient.card_code, "MASK-KIT").allowed
    finally:
        close_db()
