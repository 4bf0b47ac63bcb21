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
    """The database can't be used: locked by another instance, missing, damaged, disk full.

    The kinds below come from SQLite's own errors (``storage.db.mapped_errors``); the command
    line exits 4 when trying again later may work, 5 when the file or the disk needs fixing."""


class DatabaseBusy(StorageError):
    """Another program kept the database locked for longer than the busy timeout."""

    exit_code = 4


class DiskFull(StorageError):
    """SQLite could not grow the database or its write-ahead log (SQLITE_FULL)."""

    exit_code = 5


class DatabaseReadOnly(StorageError):
    """The file or its folder can't be written (read-only file, folder, medium or open)."""

    exit_code = 5


class DatabaseDamaged(StorageError):
    """The file is not an SQLite database, or its pages are corrupt."""

    exit_code = 5


class WriteAheadLogLost(StorageError):
    """The database's ``-wal`` file was deleted or replaced while SQLite had it open."""

    exit_code = 5
