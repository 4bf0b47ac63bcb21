"""The decision banner: full width, colour plus icon plus words, never colour alone."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget


class BannerState(StrEnum):
    IDLE = "idle"
    ALLOWED = "allowed"
    PARTLY = "partly"  # allowed, part of the period's amount already received
    REFUSED = "refused"  # refused by the rules, or nothing could be recorded
    DONE = "done"  # recorded
    OVERRIDE = "override"  # recorded against the rules, with a reason
    SHORT = "short"  # allowed, but the stock on hand is less than the quantity
    VOIDED = "voided"  # a handout voided


STATES = {
    # state: (icon, background, text colour)
    BannerState.IDLE: ("", "#eceff1", "#263238"),
    BannerState.ALLOWED: ("✔", "#1b5e20", "#ffffff"),
    BannerState.PARTLY: ("◐", "#ffb300", "#000000"),
    BannerState.REFUSED: ("✖", "#b71c1c", "#ffffff"),
    BannerState.DONE: ("✔", "#0d47a1", "#ffffff"),
    BannerState.OVERRIDE: ("⚠", "#6a1b9a", "#ffffff"),
    BannerState.SHORT: ("⚠", "#e65100", "#ffffff"),
    BannerState.VOIDED: ("↺", "#37474f", "#ffffff"),
}


class DecisionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DecisionBanner")
        self.state = BannerState.IDLE
        self.icon = QLabel()
        self.headline = QLabel()
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.icon.setAccessibleName(self.tr("Decision"))
        text = QVBoxLayout()
        text.addWidget(self.headline)
        text.addWidget(self.detail)
        row = QHBoxLayout(self)
        row.addWidget(self.icon)
        row.addLayout(text, 1)
        self.set_large(False)
        self.show_state(BannerState.IDLE, self.tr("Scan a card or type a name"), "")

    def set_large(self, large: bool) -> None:
        scale = 1.5 if large else 1.0
        self._sizes = (int(40 * scale), int(22 * scale), int(13 * scale))
        self.setMinimumHeight(int(84 * scale))
        self._apply()

    def show_state(self, state: BannerState, headline: str, detail: str) -> None:
        self.state = state
        self.headline.setText(headline)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self._apply()

    def _apply(self) -> None:
        icon, background, colour = STATES[self.state]
        icon_size, head_size, detail_size = self._sizes
        self.icon.setText(icon)
        self.icon.setVisible(bool(icon))
        self.setStyleSheet(
            f"#DecisionBanner {{ background: {background}; border-radius: 6px; }}"
            f"#DecisionBanner QLabel {{ color: {colour}; background: transparent; }}"
        )
        self.icon.setStyleSheet(f"font-size: {icon_size}px; font-weight: bold;")
        self.headline.setStyleSheet(f"font-size: {head_size}px; font-weight: bold;")
        self.detail.setStyleSheet(f"font-size: {detail_size + 3}px;")
