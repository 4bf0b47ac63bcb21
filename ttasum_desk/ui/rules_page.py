"""The rules page: the rules in force in plain words, the file as written, and loading a new
file, checked first (its problems listed with their lines, nothing changed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ttasum_desk.domain.rules_file import Problem, RuleBook
from ttasum_desk.errors import UserError
from ttasum_desk.i18n import message, shown
from ttasum_desk.services import rules, rules_text
from ttasum_desk.ui import file_dialogs
from ttasum_desk.ui.events import Changes, Events
from ttasum_desk.ui.file_dialogs import Kind
from ttasum_desk.ui.operations import run_operation, warn
from ttasum_desk.ui.pin_gate import require_coordinator


def plain_words(books: tuple[RuleBook, ...]) -> str:
    """Every campaign and rule of ``books`` in the user's language, with their items."""
    known = rules_text.known_items(books)
    lines: list[str] = []
    for book in books:
        campaign, *each_rule = rules_text.describe_book(book, shown, known)
        lines.append(campaign)
        items = ", ".join(f"{known[i.code].name} ({i.code})" for i in book.items)
        if items:
            lines.append(
                QCoreApplication.translate("RulesPage", "Items: {items}").format(items=items)
            )
        for rule in each_rule:
            lines.extend(["", rule])
        lines.append("")
    return "\n".join(lines).strip()


def problem_lines(problems: tuple[Problem, ...]) -> str:
    return "\n".join(
        QCoreApplication.translate("RulesPage", "Line {line}: {problem}").format(
            line=problem.line, problem=shown(problem.message)
        )
        for problem in problems
    )


def read_only_text(monospace: bool = False) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setReadOnly(True)
    if monospace:
        edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return edit


class RulesPage(QWidget):
    def __init__(self, events: Events, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.events = events
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.load_button = QPushButton(self.tr("Load a rules file…"))
        self.load_button.clicked.connect(self.choose_file)
        row.addWidget(QLabel(self.tr("The rules in force at this station.")))
        row.addStretch(1)
        row.addWidget(self.load_button)
        layout.addLayout(row)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        layout.addWidget(self.problems)
        self.views = QTabWidget()
        self.plain_text, self.raw_text = read_only_text(), read_only_text(monospace=True)
        self.views.addTab(self.plain_text, self.tr("In plain words"))
        self.views.addTab(self.raw_text, self.tr("The file as written"))
        layout.addWidget(self.views, 1)
        self.load()
        events.changed.connect(self._changed)

    def _changed(self, changes: Changes) -> None:
        if changes.rules:
            self.load()

    def load(self) -> None:
        books = rules_text.current_books()
        self.plain_text.setPlainText(plain_words(books) or self.tr("No rules loaded yet."))
        self.raw_text.setPlainText("\n\n".join(book.text for book in books))

    def choose_file(self) -> None:
        operator = require_coordinator(self)
        if operator is None:
            return
        name, _ = file_dialogs.get_open_file_name(
            self, self.tr("Rules file to load"), "", self.tr("Rules (*.toml)"), kind=Kind.RULES
        )
        if name:
            self.load_file(Path(name), operator)

    def load_file(self, path: Path, operator: str) -> bool:
        """Check the file, then load it; a file with problems changes nothing."""
        try:
            text = rules.read_rules_file(path)
        except UserError as error:
            self.problems.setText(message(error))
            return False
        preview = rules_text.preview_text(text)
        if preview.book is None:
            self.problems.setText(
                self.tr("{file} was not loaded:").format(file=path.name)
                + "\n"
                + problem_lines(preview.problems)
            )
            return False
        self.problems.clear()
        return run_operation(
            self.events,
            self,
            lambda: rules.load_text(text, operator=operator, source=path.name),
            Changes(rules=True),
            failure=warn(self, self.tr("Rules")),
        )
