"""Where things live: the user's data folder, the default database, packaged resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "TTASUM Desk"
PACKAGE_ROOT = Path(__file__).resolve().parent
RESOURCES = PACKAGE_ROOT / "resources"  # inside the package, so a wheel carries it


def data_dir() -> Path:
    """The per-user data folder; TTASUM_DESK_DATA overrides it (tests, portable installs)."""
    override = os.environ.get("TTASUM_DESK_DATA")
    if override:
        return Path(override)
    if sys.platform == "win32":  # Local, not Roaming: a live SQLite file must not roam
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / APP_DIR_NAME
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "ttasum-desk"


def default_db() -> Path:
    return data_dir() / "ttasum.db"


def resource(relative: str) -> Path:
    """A file under ttasum_desk/resources/; refuses paths that climb out of it."""
    path = (RESOURCES / relative).resolve()
    if ".." in Path(relative).parts or not path.is_relative_to(RESOURCES.resolve()):
        raise ValueError(f"resource path escapes the resources folder: {relative}")
    return path
