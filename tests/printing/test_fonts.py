from __future__ import annotations

from pathlib import Path

import pytest

from tests.printing.pdftools import pdf_text
from ttasum_desk.printing import fonts
from ttasum_desk.printing.fonts import FALLBACK_CID_FONT, HangulFontWarning, hangul_font
from ttasum_desk.printing.receipt import ReceiptData, render_receipt

NANUM = Path("/usr/share/fonts/truetype/nanum/NanumGothic.ttf")
needs_nanum = pytest.mark.skipif(not NANUM.is_file(), reason="fonts-nanum is not installed here")


@needs_nanum
def test_system_search_finds_an_embeddable_hangul_font_with_bold() -> None:
    font = hangul_font()

    assert font.embedded
    assert font.warning is None
    assert font.regular != font.bold
    assert hangul_font() is font  # cached: registered once


@needs_nanum
def test_a_chosen_font_file_wins(tmp_path: Path) -> None:
    chosen = tmp_path / "MyHangul.ttf"
    chosen.write_bytes(NANUM.read_bytes())

    font = hangul_font(chosen, search_dirs=[tmp_path / "nothing-here"])

    assert font.path == chosen
    assert font.warning is None


@needs_nanum
def test_an_unusable_chosen_font_warns_and_falls_back_to_the_system_search(
    tmp_path: Path,
) -> None:
    broken = tmp_path / "broken.ttf"
    broken.write_bytes(b"not a font at all")

    with pytest.warns(HangulFontWarning, match="broken.ttf can't be used"):
        font = hangul_font(broken, search_dirs=[NANUM.parent])

    assert font.path is not None
    assert font.path.parent == NANUM.parent
    assert font.warning is not None


CFF_FONT = Path("/usr/share/fonts/opentype/urw-base35/NimbusSans-Regular.otf")


@needs_nanum
@pytest.mark.skipif(not CFF_FONT.is_file(), reason="no OpenType/CFF font here to try")
def test_fonts_with_postscript_outlines_are_skipped(tmp_path: Path) -> None:
    # Like Noto Sans CJK .otf/.ttc: PostScript (CFF) outlines, which reportlab can't embed.
    (tmp_path / "malgun.ttf").write_bytes(CFF_FONT.read_bytes())
    (tmp_path / "NanumGothic.ttf").write_bytes(NANUM.read_bytes())

    font = hangul_font(search_dirs=[tmp_path])

    assert font.path == tmp_path / "NanumGothic.ttf"
    with pytest.warns(HangulFontWarning, match="postscript outlines"):
        chosen = hangul_font(CFF_FONT, search_dirs=[tmp_path])
    assert chosen.path == tmp_path / "NanumGothic.ttf"


def test_without_any_hangul_font_a_warning_says_how_to_fix_it(tmp_path: Path) -> None:
    with pytest.warns(HangulFontWarning, match="Install NanumGothic") as seen:
        font = hangul_font(search_dirs=[tmp_path])

    assert font.regular == font.bold == FALLBACK_CID_FONT
    assert not font.embedded
    assert "choose a Hangul .ttf/.ttc font in Settings" in str(seen[0].message)
    assert font.warning == str(seen[0].message)


def test_fallback_receipt_still_carries_readable_hangul(
    receipt: ReceiptData,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    empty = tmp_path / "fonts"
    empty.mkdir()
    monkeypatch.setattr(fonts, "font_dirs", lambda: [empty])
    out = tmp_path / "fallback.pdf"

    with pytest.warns(HangulFontWarning):
        render_receipt(receipt, "58mm", out)

    text = pdf_text(out)
    assert "홍*동" in text
    assert "중앙동 행정복지센터" in text
    assert "마스크" in text
    assert FALLBACK_CID_FONT.encode() in out.read_bytes()


@needs_nanum
def test_windows_malgun_gothic_and_its_bold_are_preferred(tmp_path: Path) -> None:
    # Stand-ins with Windows file names: Malgun Gothic is first choice, its bold is malgunbd.ttf.
    (tmp_path / "Fonts").mkdir()
    (tmp_path / "Fonts" / "MALGUN.TTF").write_bytes(NANUM.read_bytes())
    (tmp_path / "Fonts" / "malgunbd.ttf").write_bytes(
        (NANUM.parent / "NanumGothicBold.ttf").read_bytes()
    )
    (tmp_path / "Fonts" / "NanumGothic.ttf").write_bytes(NANUM.read_bytes())

    font = hangul_font(search_dirs=[tmp_path])

    assert font.path == tmp_path / "Fonts" / "MALGUN.TTF"
    assert font.bold != font.regular


def test_platform_font_folders(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(fonts.sys, "platform", "win32")
    monkeypatch.setenv("WINDIR", r"D:\Windows")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path))
    assert fonts.font_dirs() == [
        Path(r"D:\Windows") / "Fonts",
        tmp_path / "Microsoft" / "Windows" / "Fonts",
    ]

    monkeypatch.setattr(fonts.sys, "platform", "darwin")
    assert Path("/Library/Fonts") in fonts.font_dirs()
    assert Path.home() / "Library" / "Fonts" in fonts.font_dirs()

    monkeypatch.setattr(fonts.sys, "platform", "linux")
    monkeypatch.setenv("XDG_DATA_DIRS", f"{tmp_path}/share")
    linux = fonts.font_dirs()
    assert linux[0] == tmp_path / "share" / "fonts"
    assert Path.home() / ".fonts" in linux
