"""The decision banner: full width, colour plus icon plus words, never colour alone."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

STATES = {
    # state: (icon, background, text colour)
    "idle": ("", "#eceff1", "#263238"),
    "allowed": ("✔", "#1b5e20", "#ffffff"),
    "partly": ("◐", "#ffb300", "#000000"),
    "refused": ("✖", "#b71c1c", "#ffffff"),
    "done": ("✔", "#0d47a1", "#ffffff"),
    "override": ("⚠", "#6a1b9a", "#ffffff"),
}


class DecisionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DecisionBanner")
        self.state = "idle"
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
        self.show_state("idle", self.tr("Scan a card or type a name"), "")

    def set_large(self, large: bool) -> None:
        scale = 1.5 if large else 1.0
        self._sizes = (int(40 * scale), int(22 * scale), int(13 * scale))
        self.setMinimumHeight(int(84 * scale))
        self._apply()

    def show_state(self, state: str, headline: str, detail: str) -> None:
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
