"""Expected trouble, as typed errors that carry a message for people.

An error's text is a ``domain.messages.Message``: an English template with ``{named}``
parameters that the window and the command line translate through Qt's "Messages" context
(``i18n.shown``). Anything that is not a ``UserError`` is a bug and propagates.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ttasum_desk.domain.messages import Message


class UserError(Exception):
    """Invalid input or a refused operation; nothing was written.

    ``UserError("No item {code}.", code=code)`` or ``UserError(message)``."""

    exit_code = 2

    def __init__(self, template: str | Message, **params: Any) -> None:
        self.message = template if isinstance(template, Message) else Message(template, params)
        super().__init__(self.english)

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> Mapping[str, Any]:
        return self.message.params

    @property
    def english(self) -> str:
        return self.message.english


class StorageError(UserError):
    """The database can't be used: missing, damaged, read-only, its disk full. The command
    line exits 5 (the database is unchanged); the person has to fix the file or the disk."""

    exit_code = 5


class DatabaseBusy(StorageError):
    """Another program kept the database locked for longer than the busy timeout: trying
    again later may work, so the command line exits 4."""

    exit_code = 4


class DiskFull(StorageError):
    """SQLite could not grow the database file (SQLITE_FULL)."""


class DatabaseReadOnly(StorageError):
    """The file or its folder can't be written (read-only file, folder, medium or open)."""


class DatabaseDamaged(StorageError):
    """The file is not an SQLite database or its pages are corrupt."""
