"""Where a Windows PC keeps the data and the lock, checked here with Windows-style paths:
the data folder's logic runs with sys.platform and the environment of a Windows user, and
the lock's name is worked out on PureWindowsPath (drive letters, spaces, Hangul)."""

from __future__ import annotations

import sys
from pathlib import Path, PureWindowsPath

import pytest

from ttasum_desk import paths
from ttasum_desk.errors import StorageError
from ttasum_desk.storage.instance_lock import InstanceLock

LOCAL = r"C:\Users\김담당\AppData\Local"


@pytest.fixture
def windows(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("TTASUM_DESK_DATA", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", LOCAL)
    return monkeypatch


def windows_path(path: Path) -> PureWindowsPath:
    """The path as Windows reads it (this machine's Path keeps the backslashes as text)."""
    return PureWindowsPath(str(path))


def test_the_data_folder_is_under_local_app_data(windows: pytest.MonkeyPatch) -> None:
    assert windows_path(paths.data_dir()) == PureWindowsPath(LOCAL, "TTASUM Desk")
    assert windows_path(paths.default_db()) == PureWindowsPath(LOCAL, "TTASUM Desk", "ttasum.db")


def test_without_local_app_data_the_profile_folder_is_used(
    windows: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    windows.delenv("LOCALAPPDATA")
    windows.setattr(Path, "home", staticmethod(lambda: tmp_path))
    assert paths.data_dir() == tmp_path / "AppData" / "Local" / "TTASUM Desk"


def test_a_portable_install_overrides_the_data_folder(windows: pytest.MonkeyPatch) -> None:
    windows.setenv("TTASUM_DESK_DATA", r"E:\TTASUM")
    assert windows_path(paths.data_dir()) == PureWindowsPath(r"E:\TTASUM")


def test_the_lock_sits_beside_the_database_with_its_name() -> None:
    db = PureWindowsPath(r"C:\Users\김담당\AppData\Local\TTASUM Desk\ttasum.db")
    lock = InstanceLock(db)  # type: ignore[arg-type]  # a pure path: only the name is worked out
    assert lock.path == PureWindowsPath(r"C:\Users\김담당\AppData\Local\TTASUM Desk\ttasum.db.lock")
    assert lock.path.with_suffix("") == db  # the refusal names the database


def test_a_lock_in_a_folder_with_spaces_and_hangul_is_held_and_refused(tmp_path: Path) -> None:
    db = tmp_path / "TTASUM Desk" / "중앙동 배부처.db"
    db.parent.mkdir()
    first, second = InstanceLock(db), InstanceLock(db)
    first.acquire()
    try:
        with pytest.raises(StorageError, match="already open in TTASUM Desk"):
            second.acquire()
    finally:
        first.release()
    second.acquire()
    second.release()
    assert (db.parent / "중앙동 배부처.db.lock").exists()
