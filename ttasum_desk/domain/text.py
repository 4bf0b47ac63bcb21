"""Text as it enters the app, in one Unicode form.

macOS writes Hangul decomposed (NFD: 홍 as ᄒ + ᅩ + ᆼ), in file names, pasted text and
workbooks saved there; stored as is, such a name differs from the same name typed on
Windows, and masking it character by character prints ``ᄒ*******ᆼ``. So every text that
enters (typed, imported, merged) is composed (NFC) once, where it enters.
"""

from __future__ import annotations

import dataclasses
import unicodedata
from typing import Any, TypeVar

Record = TypeVar("Record")


def nfc(text: str) -> str:
    """The text composed; ASCII (most cells of a workbook) is returned as it is, at once."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def nfc_cells(cells: list[Any]) -> list[Any]:
    """A row of values with each text composed, the other values as they were."""
    return [nfc(cell) if isinstance(cell, str) else cell for cell in cells]


def nfc_fields(record: Record) -> Record:
    """A dataclass instance with each text field composed."""
    changes = {
        field.name: nfc(value)
        for field in dataclasses.fields(record)  # type: ignore[arg-type]
        if isinstance(value := getattr(record, field.name), str)
    }
    return dataclasses.replace(record, **changes)  # type: ignore[type-var]
