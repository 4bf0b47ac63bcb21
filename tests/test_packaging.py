"""The wheel carries everything the app reads at run time.

A non-editable install has only what the wheel holds: without the .qm the app opens in English,
without the samples the demo can't load its rules, without the migrations no database opens.
The wheel is built from a copy of the work tree, so the build's own folders (build/,
*.egg-info) never land in the work tree and stale copies from an earlier build can't hide a
missing declaration.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ttasum_desk"
DEVELOPER_ONLY = {".ts"}  # the translation's source: update.py builds the .qm from it


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        PACKAGE, source / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "-q", "-w", str(out), str(source)],
        check=True, capture_output=True, cwd=source,
    )  # fmt: skip
    (built,) = out.glob("ttasum_desk-*.whl")
    return built


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_holds_the_translation_samples_and_migrations(wheel: Path) -> None:
    names = _names(wheel)
    assert "ttasum_desk/resources/i18n/ttasum_ko.qm" in names
    assert {"ttasum_desk/resources/samples/mask2020.toml",
            "ttasum_desk/resources/samples/ttasum2020.toml"} <= names  # fmt: skip
    migrations = {
        path.relative_to(ROOT).as_posix()
        for path in (PACKAGE / "storage" / "migrations").glob("*.py")
    }
    assert "ttasum_desk/storage/migrations/0008_live_views.py" in migrations
    assert migrations <= names


def test_every_run_time_resource_is_in_the_wheel(wheel: Path) -> None:
    """A font or an icon added under ttasum_desk/resources/ but not declared as package data
    fails here rather than in a user's install."""
    shipped = {
        path.relative_to(ROOT).as_posix()
        for path in (PACKAGE / "resources").rglob("*")
        if path.is_file() and path.suffix not in DEVELOPER_ONLY
    }
    assert shipped
    assert shipped - _names(wheel) == set()


def test_the_unpacked_wheel_finds_its_resources(wheel: Path, tmp_path: Path) -> None:
    """Imported from the wheel alone, far from the work tree, ``resource()`` finds the
    samples and Qt loads the Korean translation."""
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    probe = (  # the unpacked wheel first: the test venv has the work tree installed too
        f"import sys; sys.path.insert(0, {str(site)!r})\n"
        "from PySide6.QtCore import QTranslator\n"
        "from ttasum_desk.paths import resource\n"
        "translator = QTranslator()\n"
        "assert translator.load('ttasum_ko', str(resource('i18n')))\n"
        "print(resource('samples/ttasum2020.toml'))\n"
        "print(translator.translate('MainWindow', 'Station desk'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", probe],
        check=True, capture_output=True, text=True, cwd=tmp_path, encoding="utf-8",
    )  # fmt: skip
    sample, title = result.stdout.splitlines()
    assert Path(sample).is_file()
    assert Path(sample).is_relative_to(site)
    assert title == "지급 창구"
