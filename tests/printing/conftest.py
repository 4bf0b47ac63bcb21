from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from ttasum_desk.printing.receipt import ReceiptData

KST = timezone(timedelta(hours=9))


@pytest.fixture
def receipt() -> ReceiptData:
    return ReceiptData(
        station_code="OS-JA01",
        station_name="중앙동 행정복지센터",
        operator="김담당",
        handed_at=datetime(2020, 3, 9, 10, 15, tzinfo=KST),
        receipt_no="OS-JA01-000123",
        recipient_name="홍길동",
        birth_year=1985,
        item_name="KF94 마스크",
        unit="매",
        quantity=2,
        lot_no="L-2020-03-A",
        remaining=1,
        period_label="이번 주",
        handout_uid="0190f3a2-7b6c-7d4e-9a1b-2c3d4e5f6a7b",
    )
