"""A Hangul font for every PDF: found on the system or chosen by the user, registered once.

``hangul_font()`` returns reportlab font names for regular and bold text. It prefers a TrueType
font embedded as a subset (Malgun Gothic, Gulim, Batang on Windows; Apple SD Gothic Neo,
AppleGothic, Nanum on macOS; Nanum, Un, Baekmuk on Linux). Fonts with PostScript (CFF) outlines,
such as Noto CJK ``.otf``/``.ttc``, can't be embedded by reportlab and are skipped. Where no Hangul
TrueType font exists, the result falls back to reportlab's built-in CID font ``HYSMyeongJo-Medium``
(Hangul stays readable and extractable in common viewers, not embedded) and carries a warning
that says how to fix it; the same warning is issued as a ``HangulFontWarning`` and logged.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sys
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

FALLBACK_CID_FONT = "HYSMyeongJo-Medium"
_HANGUL_PROBE = "가한"  # a font must map these to be useful


class HangulFontWarning(UserWarning):
    """No usable Hangul TrueType font: PDFs use a non-embedded fallback."""


@dataclass(frozen=True)
class HangulFont:
    """Registered reportlab font names; ``path`` is None for the built-in CID fallback."""

    regular: str
    bold: str
    path: Path | None
    warning: str | None = None

    @property
    def embedded(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class _Candidate:
    regular: str  # file name, matched case-insensitively
    bold: str | None = None
    subfont: int = 0


# Preference order; the first one found on the system that reportlab can embed wins.
_CANDIDATES: tuple[_Candidate, ...] = (
    _Candidate("malgun.ttf", "malgunbd.ttf"),  # Windows Vista+
    _Candidate("NanumGothic.ttf", "NanumGothicBold.ttf"),  # fonts-nanum, Naver installer
    _Candidate("AppleSDGothicNeo.ttc", None, 0),  # macOS 10.11+ (skipped if CFF)
    _Candidate("AppleGothic.ttf"),  # older macOS
    _Candidate("NanumBarunGothic.ttf", "NanumBarunGothicBold.ttf"),
    _Candidate("gulim.ttc", None, 0),  # Windows: 굴림
    _Candidate("batang.ttc", None, 0),  # Windows: 바탕
    _Candidate("UnDotum.ttf", "UnDotumBold.ttf"),  # fonts-unfonts-core
    _Candidate("NanumMyeongjo.ttf", "NanumMyeongjoBold.ttf"),
    _Candidate("gulim.ttf"),  # fonts-baekmuk
    _Candidate("dotum.ttf"),
    _Candidate("batang.ttf"),
)


def font_dirs() -> list[Path]:
    """Folders where this platform keeps fonts, system-wide and per user."""
    home = Path.home()
    if sys.platform.startswith("win"):
        windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
        dirs = [windir / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return dirs
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    data_dirs = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    dirs = [Path(d) / "fonts" for d in data_dirs.split(":") if d]
    data_home = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
    dirs += [Path(data_home) / "fonts", home / ".fonts", *_fontconfig_dirs()]
    return list(dict.fromkeys(dirs))


@cache
def _fontconfig_dirs(conf: Path = Path("/etc/fonts/fonts.conf")) -> list[Path]:
    """The ``<dir>`` entries of the system fontconfig file (absolute paths and ``~/``)."""
    try:
        text = conf.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    dirs = []
    for entry in re.findall(r"<dir[^>]*>([^<]+)</dir>", text):
        entry = entry.strip()
        if entry.startswith("~/"):
            dirs.append(Path.home() / entry[2:])
        elif entry.startswith("/"):
            dirs.append(Path(entry))
    return dirs


def _index_fonts(dirs: Iterable[Path]) -> dict[str, Path]:
    """Lower-cased file name → first path, walking each folder recursively."""
    found: dict[str, Path] = {}
    for folder in dirs:
        if not folder.is_dir():
            continue
        for root, _subdirs, files in os.walk(folder):
            for name in files:
                if name.lower().endswith((".ttf", ".ttc")):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


_lock = threading.Lock()
_cache: dict[tuple[Path | None, tuple[Path, ...]], HangulFont] = {}


def hangul_font(
    user_font: Path | None = None, search_dirs: Sequence[Path] | None = None
) -> HangulFont:
    """Registered font names for Hangul text; cached, so call it freely.

    ``user_font`` (from settings) wins when it is a usable Hangul TrueType file; otherwise a
    warning says why and the system search runs. ``search_dirs`` replaces the platform's font
    folders (tests point it at an empty folder to see the fallback).
    """
    key = (user_font, tuple(font_dirs() if search_dirs is None else search_dirs))
    with _lock:
        if key not in _cache:
            _cache[key] = _find(user_font, key[1])
        font = _cache[key]
    return font


def _find(user_font: Path | None, search_dirs: Sequence[Path]) -> HangulFont:
    problems: list[str] = []
    if user_font is not None:
        try:
            return _register(Path(user_font), None, 0)
        except (OSError, TTFError, ValueError) as error:
            problems.append(
                QCoreApplication.translate(
                    "Fonts", "The chosen font {path} can't be used ({error})."
                ).format(path=user_font, error=error)
            )
    index = _index_fonts(search_dirs)
    for candidate in _CANDIDATES:
        path = index.get(candidate.regular.lower())
        if path is None:
            continue
        bold = index.get(candidate.bold.lower()) if candidate.bold else None
        try:
            font = _register(path, bold, candidate.subfont)
        except (OSError, TTFError, ValueError) as error:
            log.info("Skipping font %s: %s", path, error)
            continue
        if problems:
            return _warn(HangulFont(font.regular, font.bold, font.path, " ".join(problems)))
        return font
    problems.append(
        QCoreApplication.translate(
            "Fonts",
            "No Hangul TrueType font was found, so PDFs use the built-in font {font}, which is "
            "not embedded and may look different on other computers. Install NanumGothic "
            "(fonts-nanum on Linux) or choose a Hangul .ttf/.ttc font in Settings.",
        ).format(font=FALLBACK_CID_FONT)
    )
    if FALLBACK_CID_FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(UnicodeCIDFont(FALLBACK_CID_FONT))
    return _warn(HangulFont(FALLBACK_CID_FONT, FALLBACK_CID_FONT, None, " ".join(problems)))


def _warn(font: HangulFont) -> HangulFont:
    log.warning("%s", font.warning)
    warnings.warn(font.warning or "", HangulFontWarning, stacklevel=4)
    return font


def _register(path: Path, bold_path: Path | None, subfont: int) -> HangulFont:
    """Register a TrueType file (and its bold) under stable names; raise if it lacks Hangul."""
    regular = _register_file(path, subfont)
    bold = regular
    if bold_path is not None:
        try:
            bold = _register_file(bold_path, 0)
        except (OSError, TTFError, ValueError) as error:
            log.info("Bold font %s unusable, using regular: %s", bold_path, error)
    pdfmetrics.registerFontFamily(
        regular, normal=regular, bold=bold, italic=regular, boldItalic=bold
    )
    return HangulFont(regular, bold, path)


def _register_file(path: Path, subfont: int) -> str:
    digest = hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:8]
    name = f"{path.stem}-{subfont}-{digest}"
    if name in pdfmetrics.getRegisteredFontNames():
        return name
    if not path.is_file():
        raise FileNotFoundError(f"no such file: {path}")
    font = TTFont(name, str(path), subfontIndex=subfont)  # raises TTFError for CFF outlines
    glyphs = font.face.charToGlyph
    if not all(ord(char) in glyphs for char in _HANGUL_PROBE):
        raise ValueError(f"{path.name} has no Hangul glyphs")
    pdfmetrics.registerFont(font)
    return name
