"""How a long service call reports and stops, without knowing who listens.

A long call (a merge, a roster or snapshot import) takes optional callbacks: ``progress(done,
total, what)`` and ``cancelled()``. It asks ``stop_if_cancelled`` at chunk boundaries inside
its transaction: ``Cancelled`` then rolls the transaction back, so the item at hand leaves the
database as it was. The window passes a background job's callbacks; the command line none.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int, str], None]  # done, total, the thing at hand
Asked = Callable[[], bool]  # whether someone asked the work to stop


class Cancelled(Exception):
    """Someone asked the work to stop; raised inside a transaction, it rolls it back."""


def stop_if_cancelled(cancelled: Asked | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled


def report(progress: Progress | None, done: int, total: int, what: str = "") -> None:
    if progress is not None:
        progress(done, total, what)
