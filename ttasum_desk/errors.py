"""Expected trouble, as typed errors that carry a message for people.

Messages are English source templates with ``{named}`` parameters; the window and the command
line translate them through Qt's "Messages" context before formatting (see ``domain/messages``).
Anything that is not a ``UserError`` is a bug and propagates.
"""

from __future__ import annotations

from typing import Any


class UserError(Exception):
    """Invalid input or a refused operation; nothing was written."""

    exit_code = 2

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.english)

    @property
    def english(self) -> str:
        return self.template.format(**self.params)


class StorageError(UserError):
    """The database can't be used: locked by another instance, corrupt, disk full."""
