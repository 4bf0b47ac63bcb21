"""Hangul search keys: jamo decomposition, initial consonants, normalisation, jamo distance."""

from __future__ import annotations

import unicodedata

SYLLABLE_FIRST = 0xAC00
SYLLABLE_LAST = 0xD7A3
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
MEDIALS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ("", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ")
_INITIAL_SET = frozenset(INITIALS)


def is_syllable(char: str) -> bool:
    return SYLLABLE_FIRST <= ord(char) <= SYLLABLE_LAST


def decompose(char: str) -> tuple[str, ...]:
    """One syllable into its compatibility jamo (초성, 중성[, 종성]); other characters unchanged."""
    if not is_syllable(char):
        return (char,)
    index = ord(char) - SYLLABLE_FIRST
    initial, rest = divmod(index, 21 * 28)
    medial, final = divmod(rest, 28)
    jamo = (INITIALS[initial], MEDIALS[medial])
    return (*jamo, FINALS[final]) if final else jamo


def jamo(text: str) -> str:
    """The whole text as a flat string of jamo."""
    return "".join("".join(decompose(char)) for char in text)


def initial_of(char: str) -> str:
    """The initial consonant of a syllable, or the character itself."""
    if is_syllable(char):
        return INITIALS[(ord(char) - SYLLABLE_FIRST) // (21 * 28)]
    return char


def initials(text: str) -> str:
    """The initial-consonant string: 홍길동 → ㅎㄱㄷ."""
    return "".join(initial_of(char) for char in text)


def is_initials_query(text: str) -> bool:
    """True when the text holds at least one bare initial consonant (ㅎㄱㄷ, 홍ㄱㄷ)."""
    return any(char in _INITIAL_SET for char in text)


def _fold_width(char: str) -> str:
    """Full-width Latin and half-width Hangul to their ordinary forms (U+FF00 block only:
    NFKC elsewhere would turn compatibility jamo such as ㄱ into conjoining ones)."""
    if not "\uff00" <= char <= "\uffef":
        return char
    folded = unicodedata.normalize("NFKC", char)
    if "\u1100" <= folded <= "\u1112":  # half-width Hangul folds to conjoining jamo
        return INITIALS[ord(folded) - 0x1100]
    if "\u1161" <= folded <= "\u1175":
        return MEDIALS[ord(folded) - 0x1161]
    return folded


def normalize(text: str) -> str:
    """The search key of a name: NFC (composes NFD input), width-folded, no spaces, case-folded."""
    composed = "".join(_fold_width(char) for char in unicodedata.normalize("NFC", text))
    return "".join(composed.split()).casefold()


def matches_initials(query: str, name: str) -> bool:
    """Whether each query character matches the name's character at that position, a bare
    initial consonant matching any syllable that starts with it (홍ㄱㄷ matches 홍길동)."""
    if len(query) > len(name):
        return False
    return all(
        q == n or (q in _INITIAL_SET and initial_of(n) == q)
        for q, n in zip(query, name, strict=False)
    )


def search_keys(name: str) -> dict[str, str]:
    """The indexed keys stored with a recipient's name."""
    key = normalize(name)
    return {
        "name_key": key,
        "name_rev": key[::-1],
        "initials": initials(key),
    }


def compose(initial: str, medial: str, final: str = "") -> str:
    index = (INITIALS.index(initial) * 21 + MEDIALS.index(medial)) * 28 + FINALS.index(final)
    return chr(SYLLABLE_FIRST + index)


def syllable_neighbours(char: str) -> list[str]:
    """Every syllable one jamo away from ``char``: another initial, medial or final."""
    if not is_syllable(char):
        return []
    initial, medial, *rest = decompose(char)
    final = rest[0] if rest else ""
    found = [compose(i, medial, final) for i in INITIALS if i != initial]
    found += [compose(initial, m, final) for m in MEDIALS if m != medial]
    found += [compose(initial, medial, f) for f in FINALS if f != final]
    return found


def one_jamo_variants(text: str) -> list[str]:
    """All strings that differ from ``text`` by one jamo within one syllable."""
    return [
        text[:position] + neighbour + text[position + 1 :]
        for position, char in enumerate(text)
        for neighbour in syllable_neighbours(char)
    ]
