"""Build the app as one folder that runs without Python: ``dist/ttasum-desk/``.

    pip install -e ".[build]"          # PyInstaller
    python resources/build/freeze.py   # from the repository root; --console, --dist DIR

The folder holds Python, the Qt modules the app imports (QtCore, QtGui, QtWidgets,
QtPrintSupport and, from the Addons, QtPdf, which prints the reportlab PDFs) with their
plugins, the package's run-time files (translations, sample rules: the package-data list of
pyproject.toml, so one list serves the wheel and the frozen app) and the migrations as
files, because playhouse.migrations loads them from their folder. Qt modules the app never
imports (WebEngine, 3D, Quick/QML, Multimedia, ...) are left out, and of Qt's own
translations only Korean's qtbase is kept, and the virtual keyboard (which alone drags in QML
and Quick) is dropped. When the build environment has the hub's driver (``pip install -e
".[build,hub]"``), psycopg and its compiled implementation with libpq come along, so the
folder also opens a hub on a PostgreSQL server. Run ``dist/ttasum-desk/ttasum-desk --help``.

Start-up: every module that PyInstaller finds anywhere in the import graph can bring a
run-time hook that runs before the app's first line. ``multiprocessing`` (reached only through
``concurrent.futures.process``, which the app never uses) and ``pdb``/``doctest`` (reached
through the libraries' self-tests, and they reach ``runpy`` and ``pkgutil``) brought two such
hooks, which none of the app needs, so they are left out (tests/perf/README.md has the
figures). ``--script FILE --name NAME`` freezes another one-file script with the same run-time
options: the start-up benchmark freezes a bare window this way for its floor.

The same script builds on each platform, on that platform (PyInstaller does not
cross-compile); what differs:

- Linux: a console program, so the command line prints; ``.ci/run`` builds it and runs a
  smoke test (TTASUM_DESK_SMOKE=1 quits after the window is up) and a handout through it.
- Windows: ``dist\\ttasum-desk\\ttasum-desk.exe``, a windowed program (no console window;
  build with ``--console`` for a copy whose command line prints). Zip the folder; staff
  unpack it anywhere and make a Start-menu shortcut to the .exe (right-click, "Pin to
  Start", or a shortcut in %APPDATA%\\Microsoft\\Windows\\Start Menu\\Programs). Data lives
  in %LOCALAPPDATA%\\TTASUM Desk (see ttasum_desk/paths.py); PDFs find Malgun Gothic in
  C:\\Windows\\Fonts.
- macOS: also ``dist/ttasum-desk.app``, a bundle for the Applications folder (unsigned: the
  first start is through right-click, Open). Fonts come from /System/Library/Fonts and
  /Library/Fonts (Apple SD Gothic Neo); data from ~/Library/Application Support.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "ttasum-desk"
# Qt modules the app never imports: PyInstaller collects only what is imported, and these
# keep an optional import elsewhere (a library probing for Qt) from bringing one in.
UNUSED_QT = (
    "Qt3DCore",
    "QtCharts",
    "QtMultimedia",
    "QtNetwork",
    "QtQml",
    "QtQuick",
    "QtSql",
    "QtSvg",
    "QtTest",
    "QtWebEngineCore",
    "QtWebEngineWidgets",
)
UNUSED_PYTHON = (
    "tkinter",
    "unittest",
    "pydoc",
    "IPython",
    "numpy",
    "PIL.ImageQt",
    "pytest",
    # Their run-time hooks (pyi_rth_multiprocessing, pyi_rth_pkgutil) slow every start.
    "multiprocessing",
    "pdb",
    "doctest",
)
KEPT_QT_TRANSLATIONS = ("qtbase_ko.qm",)
# The virtual keyboard's input plugin is the only part that pulls in QML and Quick (17 MB);
# a station types on a real keyboard.
UNUSED_QT_FILES = ("*qtvirtualkeyboardplugin*", "*Qt6VirtualKeyboard*", "*Qt6Qml*", "*Qt6Quick*")


def data_files() -> list[tuple[Path, str]]:
    """(source, folder in the bundle) for each run-time file: pyproject's package-data."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    files = []
    for package, patterns in config["tool"]["setuptools"]["package-data"].items():
        base = ROOT / package.replace(".", "/")
        for pattern in patterns:
            for path in sorted(base.glob(pattern)):
                files.append((path, str(path.parent.relative_to(ROOT))))
    return files


def hub_driver_args() -> list[str]:
    """psycopg, when installed: it picks its implementation by name at run time, and the
    compiled one (psycopg_binary) carries libpq as files beside it."""
    if importlib.util.find_spec("psycopg") is None:
        return []
    args = ["--collect-submodules=psycopg"]
    if importlib.util.find_spec("psycopg_binary") is not None:
        args.append("--collect-all=psycopg_binary")
    return args


def runtime_args(script: Path, name: str, dist: Path, console: bool) -> list[str]:
    """What every frozen program of this build shares: one folder, the left-out modules."""
    args = [
        str(script),
        f"--name={name}",
        "--onedir",
        "--noconfirm",
        f"--distpath={dist}",
        f"--workpath={ROOT / 'build' / 'pyinstaller'}",
        f"--specpath={ROOT / 'build' / 'pyinstaller'}",
        "--console" if console else "--windowed",
    ]
    if sys.platform == "darwin":
        args.append("--osx-bundle-identifier=kr.ttasum.desk")
    for module in UNUSED_QT:
        args.append(f"--exclude-module=PySide6.{module}")
    for module in UNUSED_PYTHON:
        args.append(f"--exclude-module={module}")
    return args


def pyinstaller_args(dist: Path, console: bool) -> list[str]:
    args = [
        *runtime_args(ROOT / "main.py", NAME, dist, console),
        # The pages and the command-line areas are imported by name (importlib).
        "--collect-submodules=ttasum_desk.ui",
        "--collect-submodules=ttasum_desk.cli",
        "--collect-submodules=ttasum_desk.services",
        "--collect-submodules=ttasum_desk.exchange",
        "--collect-submodules=ttasum_desk.printing",
        "--collect-submodules=reportlab.graphics.barcode",  # its widgets import by exec()
        "--hidden-import=playhouse.migrations",
        *hub_driver_args(),
    ]
    for source, folder in data_files():
        args.append(f"--add-data={source}{':' if sys.platform != 'win32' else ';'}{folder}")
    return args


def prune_qt(bundle: Path) -> None:
    """Drop what PyInstaller's Qt hooks bring along unasked: every language's catalogue
    (the app loads only Korean's qtbase) and the virtual keyboard with QML and Quick."""
    for folder in bundle.rglob("translations"):
        if folder.parent.name == "Qt":
            for catalogue in folder.glob("*.qm"):
                if catalogue.name not in KEPT_QT_TRANSLATIONS:
                    catalogue.unlink()
    for pattern in UNUSED_QT_FILES:
        for path in list(bundle.rglob(pattern)):
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists() or path.is_symlink():
                path.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description="Freeze TTASUM Desk with PyInstaller.")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--console",
        action="store_true",
        default=sys.platform.startswith("linux"),
        help="a console program (the default on Linux), so the command line prints",
    )
    parser.add_argument("--script", type=Path, help="freeze this script instead of the app")
    parser.add_argument("--name", default=NAME, help="with --script: the program's name")
    args = parser.parse_args()
    import PyInstaller.__main__

    dist = args.dist.resolve()
    if args.script:
        options = runtime_args(args.script.resolve(), args.name, dist, args.console)
    else:
        options = pyinstaller_args(dist, args.console)
    PyInstaller.__main__.run(options)
    bundle = dist / (args.name if args.script else NAME)
    prune_qt(bundle)
    shutil.rmtree(ROOT / "build" / "pyinstaller", ignore_errors=True)
    print(f"built {bundle}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
