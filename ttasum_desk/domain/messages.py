"""A message for people: an English template with ``{named}`` parameters.

The template is the key into Qt's "Messages" translation context (``i18n.translate``), so a
message is kept as template and parameters until it is shown, and only then put into the
user's language. A parameter may itself be a message, or a tuple of messages (joined by
"; "), put into the same language with it. Mark a literal template with
``QT_TRANSLATE_NOOP("Messages", ...)`` where it is not passed straight to ``Message`` so that
lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def english(self) -> str:
        params = {key: rendered(value, _english) for key, value in self.params.items()}
        return self.template.format(**params)

    def __str__(self) -> str:
        return self.english


def rendered(value: Any, text: Callable[[Message], str]) -> Any:
    """A parameter with its messages put into text by ``text``: a nested message, or a tuple
    of messages joined by "; "; anything else as it is."""
    if isinstance(value, Message):
        return text(value)
    if isinstance(value, tuple) and value and all(isinstance(part, Message) for part in value):
        return "; ".join(text(part) for part in value)
    return value


def say(template: str, **params: Any) -> Message:
    """``say("the chain breaks at receipt {receipt}", receipt=no)``"""
    return Message(template, params)


def _english(message: Message) -> str:
    return message.english
