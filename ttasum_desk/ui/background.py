"""One way to run long work off the UI thread, with progress and cancel.

``start_job`` runs ``work(progress, cancelled)`` on Qt's global thread pool. The work never
touches widgets: it reports through ``progress(done, total, what)`` and polls ``cancelled()``;
its result, or its ``UserError`` in the user's language, comes back on the UI thread through
the callbacks. When ``changes`` is given, a job that succeeded announces them like any
operation (``ui.operations``). Each job closes its thread's database connection when done,
so no pool thread keeps a stale one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.storage.db import close_thread_connection
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import announce

T = TypeVar("T")
Progress = Callable[[int, int, str], None]  # done, total, the thing at hand
Work = Callable[[Progress, Callable[[], bool]], T]


class BackgroundJob(QObject, Generic[T]):
    """The UI side of one job: ``cancel()`` asks the work to stop, ``wait()`` blocks until
    it has."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.cancel_requested = threading.Event()
        self.ended = threading.Event()

    def cancel(self) -> None:
        self.cancel_requested.set()

    def wait(self) -> None:
        self.ended.wait()

    def run(self, work: Work[T]) -> None:
        """The body, on the pool thread (or the caller's, in a test)."""
        try:
            result = work(self._progress, self.cancel_requested.is_set)
        except UserError as error:
            self._emit(self.failed, message(error))
        else:
            self._emit(self.succeeded, result)
        finally:
            close_thread_connection()
            self.ended.set()

    def _progress(self, done: int, total: int, what: str) -> None:
        self._emit(self.progressed, done, total, what)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            signal.emit(*args)


class _Runnable(QRunnable):
    def __init__(self, job: BackgroundJob[Any], work: Work[Any]) -> None:
        super().__init__()
        self.job, self.work = job, work

    def run(self) -> None:
        self.job.run(self.work)


def start_job(
    parent: QObject,
    work: Work[T],
    *,
    done: Callable[[T], object] | None = None,
    failed: Callable[[str], object] | None = None,
    progress: Progress | None = None,
    events: Events | None = None,
    changes: Callable[[T], Changes] | None = None,
) -> BackgroundJob[T]:
    """Start ``work`` on the pool; the callbacks run on the UI thread, ``done`` before the
    changes are announced."""
    job: BackgroundJob[T] = BackgroundJob(parent)
    queued = Qt.ConnectionType.QueuedConnection
    if progress is not None:
        job.progressed.connect(progress, queued)
    if failed is not None:
        job.failed.connect(failed, queued)

    def succeeded(result: T) -> None:
        if done is not None:
            done(result)
        if events is not None and changes is not None:
            announce(events, changes(result), parent)

    job.succeeded.connect(succeeded, queued)
    QThreadPool.globalInstance().start(_Runnable(job, work))
    return job


def wait_for_all_jobs() -> None:
    """Block until every job has ended: before the database closes."""
    QThreadPool.globalInstance().waitForDone()
