from __future__ import annotations

import unicodedata

import pytest

from ttasum_desk.domain import hangul


def test_decompose_syllables_into_jamo() -> None:
    assert hangul.decompose("한") == ("ㅎ", "ㅏ", "ㄴ")
    assert hangul.decompose("가") == ("ㄱ", "ㅏ")
    assert hangul.decompose("닭") == ("ㄷ", "ㅏ", "ㄺ")
    assert hangul.decompose("A") == ("A",)
    assert hangul.jamo("홍길동") == "ㅎㅗㅇㄱㅣㄹㄷㅗㅇ"


def test_compose_is_the_inverse_of_decompose() -> None:
    for code in range(hangul.SYLLABLE_FIRST, hangul.SYLLABLE_LAST + 1, 97):
        char = chr(code)
        assert hangul.compose(*hangul.decompose(char)) == char


def test_initial_consonant_string() -> None:
    assert hangul.initials("홍길동") == "ㅎㄱㄷ"
    assert hangul.initials("김 민준") == "ㄱ ㅁㅈ"
    assert hangul.is_initials_query("ㅎㄱㄷ")
    assert hangul.is_initials_query("홍ㄱㄷ")
    assert not hangul.is_initials_query("홍길동")


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (unicodedata.normalize("NFD", "홍길동"), "홍길동"),
        (" 홍 길동 ", "홍길동"),
        ("ＪＯＨＮ Smith", "johnsmith"),
        ("ㄱㅁㅈ", "ㄱㅁㅈ"),
        ("ﾡ", "ㄱ"),  # half-width Hangul letter
    ],
)
def test_normalize(raw: str, key: str) -> None:
    assert hangul.normalize(raw) == key


def test_matches_initials_mixes_syllables_and_consonants() -> None:
    assert hangul.matches_initials("ㅎㄱㄷ", "홍길동")
    assert hangul.matches_initials("홍ㄱ", "홍길동")
    assert not hangul.matches_initials("김ㄱ", "홍길동")


def jamo_distance(a: str, b: str) -> int:
    """Levenshtein distance over jamo: the oracle for the variants the search generates."""
    left, right = hangul.jamo(a), hangul.jamo(b)
    previous = list(range(len(right) + 1))
    for i, lch in enumerate(left, 1):
        current = [i]
        for j, rch in enumerate(right, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (lch != rch)))
        previous = current
    return previous[-1]


def test_one_jamo_variants_are_exactly_one_edit_away() -> None:
    variants = hangul.one_jamo_variants("민준")
    assert "민즌" in variants
    assert "민준" not in variants
    assert all(jamo_distance("민준", variant) == 1 for variant in variants)
    assert len(variants) == 2 * (18 + 20 + 27)
