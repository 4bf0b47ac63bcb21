"""The write-ahead log deleted or replaced under the running app: SQLite would go on
committing into a file that no longer has the log's name, and the next start would lose those
handouts. The next write is refused instead, and closing the app keeps what was recorded."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from ttasum_desk.errors import WriteAheadLogLost
from ttasum_desk.services import handouts
from ttasum_desk.storage.db import close_db, init_db, reading
from ttasum_desk.storage.models import Handout

from .faults import CARD, ITEM, OPERATOR, handout_db

__all__ = ["handout_db"]  # a fixture
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="/proc/self/fd is Linux's")

REQUEST = handouts.HandoutRequest(CARD, ITEM, quantity=1, operator=OPERATOR, override_reason="t")


def deleted(log: Path) -> None:
    log.unlink()


def replaced(log: Path) -> None:
    """Another file put at the log's name, as a copy tool or a second client would."""
    copy = shutil.copy(log, log.with_name("copy-of-wal"))
    os.replace(copy, log)


@pytest.mark.parametrize("harm", [deleted, replaced])
def test_a_lost_log_refuses_the_next_handout_and_keeps_the_earlier_ones(
    handout_db: Path, harm: Callable[[Path], None]
) -> None:
    init_db(handout_db)
    first = handouts.record(REQUEST).handout_uid
    harm(Path(f"{handout_db}-wal"))
    with pytest.raises(WriteAheadLogLost) as lost:
        handouts.record(REQUEST)
    assert f"{handout_db}-wal" in lost.value.english
    assert "Close the app and start it again" in lost.value.english
    assert lost.value.exit_code == 5
    with reading():
        assert [row.uid for row in Handout.select()] == [first]
    close_db()  # SQLite checkpoints the log it still holds open into the database
    init_db(handout_db)
    assert [row.uid for row in Handout.select()] == [first]
    handouts.record(REQUEST)  # after the restart the log is the app's own again
    assert Handout.select().count() == 2
    close_db()
