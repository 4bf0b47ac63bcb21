"""The TTASUM loop in figures: kits handed out, finished masks donated back, workshops held.

Kits go out, people make masks at home (with the guide or at a workshop), and some masks come
back as donations for vulnerable residents. The dashboard and the summary report show the same
figures, so they are one type.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LoopFigures:
    kits_out: int = 0  # items marked guide = true, handed out (class counts too)
    masks_returned: int = 0  # finished masks donated, with their batches' corrections
    workshops: int = 0  # sessions
    signed_up: int = 0  # seats taken over every session
    attended: int = 0  # people scanned at a session

    @property
    def returned_percent(self) -> int | None:
        """Masks returned per kit handed out, in percent; None before any kit went out."""
        return self.masks_returned * 100 // self.kits_out if self.kits_out else None

    @property
    def anything(self) -> bool:
        return any((self.kits_out, self.masks_returned, self.workshops))
