"""How far a long report has got, for a progress bar and a Cancel: markers placed in a
reportlab story that call back when the page they sit on is drawn, and a call at every page.
The callback may raise to stop the writing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from reportlab.platypus import Flowable

Step = Callable[[int, int, str], None]  # sections done, sections in all, where it is


class StorySteps:
    """Tells ``on_step`` where the writing is: as each section is placed, and at each page (a
    long table of overrides may fill many)."""

    def __init__(self, on_step: Step | None, total: int) -> None:
        self.on_step, self.total = on_step, total
        self.done, self.heading = 0, ""

    def at(self, done: int, heading: str) -> Flowable:
        return _Checkpoint(lambda: self._reached(done, heading))

    def _reached(self, done: int, heading: str) -> None:
        self.done, self.heading = done, heading
        if self.on_step is not None:
            self.on_step(done, self.total, heading)

    def page(self, number: int) -> None:
        if self.on_step is not None:
            where = QCoreApplication.translate("Summary", "page {page}").format(page=number)
            self.on_step(self.done, self.total, f"{self.heading} · {where}".lstrip(" ·"))


class _Checkpoint(Flowable):
    """Takes no room; calls ``reached`` when the page it is placed on is drawn."""

    def __init__(self, reached: Callable[[], None]) -> None:
        super().__init__()
        self.reached = reached

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.reached()
