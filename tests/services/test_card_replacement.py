"""A lost card replaced: new code, old code blocked with the person shown, history and audit
kept, and the new code in the evening's day-file."""

from __future__ import annotations

from pathlib import Path

import pytest

from ttasum_desk.domain.clock import now
from ttasum_desk.errors import UserError
from ttasum_desk.exchange import formats, reader
from ttasum_desk.services import card_replacement, dayfile, handouts, lookup
from ttasum_desk.services.registration import Walkin, register
from ttasum_desk.storage.models import AuditLog, Recipient

from .people import OPERATOR


def _walkin() -> str:
    walkin = Walkin(
        name="홍분실", birth="1980-05-05", group="public", district="중앙동", phone_last4="4321"
    )
    return register(walkin, OPERATOR).recipient_uid


def test_a_new_code_blocks_the_old_and_keeps_the_history(station_db: Path) -> None:
    uid = _walkin()
    old = Recipient.get_by_id(uid)
    reissued = card_replacement.reissue(uid, OPERATOR)
    person = Recipient.get_by_id(uid)
    assert reissued.old_code == old.card_code
    assert person.card_code == reissued.new_code != old.card_code
    assert person.updated_at == reissued.replaced_at
    assert lookup.lookup(old.card_code) == []  # the old card opens no one
    assert [r.recipient_uid for r in lookup.lookup(reissued.new_code)] == [uid]
    with pytest.raises(UserError):
        handouts.check(old.card_code, "COTTON-MASK")
    scanned = card_replacement.replaced_card(old.card_code.lower())
    assert scanned is not None
    assert scanned.person.recipient_uid == uid
    assert scanned.person.card_code == reissued.new_code
    assert scanned.message.english == (
        f"This card was replaced on {now().date().isoformat()}: ask for the new card."
    )
    assert card_replacement.replaced_card(reissued.new_code) is None
    again = card_replacement.reissue(uid, OPERATOR)
    assert [code for code, _, _ in card_replacement.history(uid)] == [
        old.card_code,
        again.old_code,
    ]
    entries = AuditLog.select().where(AuditLog.action == "card_replaced")
    assert [e.entity_uid for e in entries] == [uid, uid]
    assert reissued.new_code in entries[0].payload


def test_the_new_code_travels_in_the_days_file(station_db: Path, tmp_path: Path) -> None:
    uid = _walkin()
    reissued = card_replacement.reissue(uid, OPERATOR)
    out = dayfile.export_day(tmp_path / "day.xlsx")
    rows = reader.open_workbook(out.path).rows(formats.RECIPIENTS)
    cards = {row[0]: row[1] for row in rows[1:]}
    assert cards[uid] == reissued.new_code


def test_someone_no_longer_here_is_refused(station_db: Path) -> None:
    with pytest.raises(UserError):
        card_replacement.reissue("no-such-uid", OPERATOR)
