"""This computer's preferences (QSettings): operator, printing, large type, language, font.

They belong to the PC at the desk, not to the database, so they live in QSettings. The one
exception is the operator: operators are a station's, so the choice is kept per database
(keyed by its path), and a database opened on this PC never borrows another's operator.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QSettings

from ttasum_desk import paths

PRINT_MODES = ("direct", "preview", "pdf", "none")
RECEIPT_FORMATS = ("58mm", "80mm", "a4")


def _get(key: str, default: str = "") -> str:
    return str(QSettings().value(key, default) or default)


def _put(key: str, value: object) -> None:
    QSettings().setValue(key, value)


_database = ""  # the open database's location, which the operator is kept for


def use_database(location: Path | str) -> None:
    """The database the window works on (its resolved file, or a hub's server URL): the
    operator read and written is this one's."""
    global _database
    _database = str(location)


def _operator_key() -> str:
    return "operator/" + hashlib.sha1(_database.encode("utf-8")).hexdigest()[:16]


def operator() -> str:
    """The operator chosen for the open database; empty when none is."""
    return _get(_operator_key())


def set_operator(name: str) -> None:
    _put(_operator_key(), name)


def print_mode() -> str:
    mode = _get("print/mode", "pdf")
    return mode if mode in PRINT_MODES else "pdf"


def set_print_mode(mode: str) -> None:
    _put("print/mode", mode)


def printer_name() -> str:
    """Empty means the system's default printer."""
    return _get("print/printer")


def set_printer_name(name: str) -> None:
    _put("print/printer", name)


def receipt_format() -> str:
    fmt = _get("print/format", "80mm")
    return fmt if fmt in RECEIPT_FORMATS else "80mm"


def set_receipt_format(fmt: str) -> None:
    _put("print/format", fmt)


def receipt_folder() -> Path:
    """Where receipt PDFs are written (every print mode keeps the PDF): the folder chosen in
    Settings, else one beside the database (``station-receipts/`` for ``station.db``). Each
    database numbers its receipts from 1, so a folder shared by default let one database's
    receipt overwrite another's. A hub on a PostgreSQL server keeps them in the data folder."""
    chosen = chosen_receipt_folder()
    if chosen:
        return Path(chosen)
    if not _database or "://" in _database:
        return paths.data_dir() / "receipts"
    database = Path(_database)
    return database.with_name(f"{database.stem}-receipts")


def chosen_receipt_folder() -> str:
    """The folder chosen in Settings; empty for the database's own."""
    return _get("print/folder")


def set_receipt_folder(folder: Path | str) -> None:
    """An empty ``folder`` goes back to the database's own."""
    _put("print/folder", str(folder))


def hangul_font() -> str:
    """A TrueType/OpenType file for printed Hangul; empty: found on the system."""
    return _get("print/font")


def set_hangul_font(path: str) -> None:
    _put("print/font", path)


def large_type() -> bool:
    return _get("desk/large_type", "false") in ("true", "1")


def set_large_type(on: bool) -> None:
    _put("desk/large_type", "true" if on else "false")


def desk_item() -> str:
    """The item the desk offered last."""
    return _get("desk/item")


def set_desk_item(code: str) -> None:
    _put("desk/item", code)


def language() -> str:
    """'ko', 'en', or '' for the system's language."""
    return _get("language")


def set_language(code: str) -> None:
    _put("language", code)
