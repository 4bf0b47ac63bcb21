"""One way to run long work off the UI thread, with progress, per-item status and cancel.

In the spirit of Anki's background operations, written for this app: ``start_job`` runs
``work(job)`` on Qt's global thread pool. The work never touches widgets; it talks through the
job, whose methods are safe on any thread: ``job.progress(done, total, what)``,
``job.item_done(outcome)`` as each item (a merged file, a roster file, a snapshot's sheet)
finishes, and ``job.cancelled()``, which it asks between items and at chunk boundaries. A
service raises ``services.steps.Cancelled`` inside the item's transaction, which rolls that
item back; the items finished before stay done and were reported. What comes back arrives on
the UI thread through the callbacks: the result, a ``UserError`` in the user's language (or a
file's ``OSError``), or "stopped" when the cancel escaped the work. When ``changes`` is given,
a job that succeeded announces them like any operation (``ui.operations``). Each job closes
its thread's database connection when done, so no pool thread keeps a stale one.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message
from ttasum_desk.services.steps import Cancelled, Progress
from ttasum_desk.storage.db import close_thread_connection
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.operations import announce

T = TypeVar("T")
QUEUED = Qt.ConnectionType.QueuedConnection


class BackgroundJob(QObject, Generic[T]):
    """One job, seen from both sides: the UI connects to its signals and may ``cancel()``;
    the work calls ``progress``, ``item_done`` and ``cancelled``. ``wait()`` blocks until the
    work has ended."""

    progressed = Signal(int, int, str)
    item_finished = Signal(object)
    succeeded = Signal(object)
    failed = Signal(str)
    stopped = Signal()  # the work ended on a cancel it did not turn into a result
    ended_here = Signal()  # after any of the three above, on the UI thread

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self.cancel_requested = threading.Event()
        self.ended = threading.Event()

    def cancel(self) -> None:
        self.cancel_requested.set()

    def cancelled(self) -> bool:
        return self.cancel_requested.is_set()

    def wait(self) -> None:
        self.ended.wait()

    def progress(self, done: int, total: int, what: str = "") -> None:
        self._emit(self.progressed, done, total, what)

    def item_done(self, outcome: object) -> None:
        self._emit(self.item_finished, outcome)

    def run(self, work: Callable[[BackgroundJob[T]], T]) -> None:
        """The body, on the pool thread (or the caller's, in a test)."""
        try:
            result = work(self)
        except Cancelled:
            self._emit(self.stopped)
        except UserError as error:
            self._emit(self.failed, message(error))
        except OSError as error:  # a file it reads or writes: a stick pulled out, a full disk
            self._emit(self.failed, str(error))
        else:
            self._emit(self.succeeded, result)
        finally:
            close_thread_connection()
            self.ended.set()
            self._emit(self.ended_here)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        with contextlib.suppress(RuntimeError):  # the page was closed meanwhile
            signal.emit(*args)


Work = Callable[[BackgroundJob[T]], T]


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
    item: Callable[[Any], object] | None = None,
    stopped: Callable[[], object] | None = None,
    ended: Callable[[], object] | None = None,
    events: Events | None = None,
    changes: Callable[[T], Changes] | None = None,
    dialog: str | None = None,
) -> BackgroundJob[T]:
    """Start ``work`` on the pool; the callbacks run on the UI thread, in the order the work
    reported, ``done`` before the changes are announced and ``ended`` last, however the work
    ended. ``dialog`` names the job in a progress dialog with Cancel (``progress_dialog``)."""
    job: BackgroundJob[T] = BackgroundJob(parent)
    if dialog is not None and isinstance(parent, QWidget):
        progress_dialog(parent, job, dialog)
    for signal, slot in ((job.progressed, progress), (job.item_finished, item),
                         (job.failed, failed), (job.stopped, stopped)):  # fmt: skip
        if slot is not None:
            signal.connect(slot, QUEUED)

    def succeeded(result: T) -> None:
        if done is not None:
            done(result)
        if events is not None and changes is not None:
            announce(events, changes(result), parent)

    job.succeeded.connect(succeeded, QUEUED)
    if ended is not None:
        job.ended_here.connect(ended, QUEUED)
    QThreadPool.globalInstance().start(_Runnable(job, work))
    return job


def progress_dialog(parent: QWidget, job: BackgroundJob[Any], text: str) -> QProgressDialog:
    """A progress dialog with Cancel for ``job``: it appears only when the job takes more than
    a moment, counts what the job reports and closes when the job ends. It is not modal (a
    modal one runs the event loop inside ``setValue``); the caller disables what must wait."""
    cancel = QCoreApplication.translate("BackgroundJob", "Cancel")
    dialog = QProgressDialog(text, cancel, 0, 0, parent)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progressed(done: int, total: int, what: str) -> None:
        dialog.setRange(0, total)
        dialog.setValue(done)
        if what:
            dialog.setLabelText(f"{text}\n{what}")

    job.progressed.connect(progressed, QUEUED)
    dialog.canceled.connect(job.cancel)
    job.ended_here.connect(dialog.deleteLater, QUEUED)
    return dialog


def wait_for_all_jobs() -> None:
    """Block until every job has ended: before the database closes."""
    QThreadPool.globalInstance().waitForDone()
