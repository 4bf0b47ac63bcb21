"""A message for people: an English template with ``{named}`` parameters.

The template is the key into Qt's "Messages" translation context (``i18n.translate``), so a
message is kept as template and parameters until it is shown, and only then put into the
user's language. Mark a literal template with ``QT_TRANSLATE_NOOP("Messages", ...)`` where it
is not passed straight to ``Message`` so that lupdate finds it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Message:
    template: str
    params: Mapping[str, Any] = field(default_factory=dict)

    @property
    def english(self) -> str:
        return self.template.format(**self.params)

    def __str__(self) -> str:
        return self.english


def say(template: str, **params: Any) -> Message:
    """``say("the chain breaks at receipt {receipt}", receipt=no)``"""
    return Message(template, params)
