"""Magnitude words and suffixes ("млрд", "milhões", "bn", "万") and the multiplier each stands for.

Taken from CLDR's compact decimal formats through babel (short and long: "0 млрд", "0 milhões",
"0万"), plus the inflections and abbreviations CLDR lacks from ``data/numerals/<language>.toml``
(``[magnitudes]``: value -> words, case-insensitive, ``*`` a stem; ``[magnitudes_cased]``: short
words that are magnitudes only in that case; ``[magnitudes_glued]``: one-letter suffixes that are
magnitudes only glued to the digits and in that case, "10M" but not "10 m" or "10m").

>>> magnitude_of("миллиардов", "ru")
Decimal('1000000000')
>>> magnitude_of("mil milhões", "pt")
Decimal('1000000000')
>>> magnitude_of("万", "zh")
Decimal('10000')
"""

from __future__ import annotations

import functools
from decimal import Decimal

from attrs import frozen

from aicoverage._scripts import ALPHABETIC_LETTER
from aicoverage._tables import read_table
from aicoverage._wordtrie import trie_pattern
from aicoverage.quantities._cldr import locale_of


def _normalise(word: str) -> str:
    return " ".join(word.casefold().split())


def _cldr_words(language: str) -> dict[str, tuple[Decimal, bool]]:
    """Word -> (multiplier, cased) from CLDR's compact patterns; short forms are cased."""
    out: dict[str, tuple[Decimal, bool]] = {}
    formats = locale_of(language).compact_decimal_formats
    for width in ("long", "short"):
        for forms in dict(formats.get(width, {})).values():
            for key, pattern in dict(forms).items():
                raw = getattr(pattern, "pattern", str(pattern))
                zeros = raw.count("0")
                word = raw.replace("0", "").replace("'", "").strip(" \u00a0")
                if not zeros or not word:
                    continue  # "mille": the number itself, not a magnitude
                out[word] = (Decimal(int(key)) / Decimal(10) ** (zeros - 1), width == "short")
    return out


@frozen
class Magnitudes:
    """A language's magnitude words -> multiplier: ``loose`` (any case), ``cased``, ``glued``, and
    ``money``: suffixes that are magnitudes only glued to an amount after a currency sign ("$6m")."""

    loose: dict[str, Decimal]
    cased: dict[str, Decimal]
    glued: dict[str, Decimal]
    money: dict[str, Decimal]


@functools.cache
def magnitude_words(language: str) -> Magnitudes:
    """The magnitude words of ``language``: CLDR's (short forms cased) and the table's."""
    found = Magnitudes({}, {}, {}, {})
    for word, (value, is_cased) in _cldr_words(language).items():
        (found.glued if is_cased and len(word) == 1 else found.cased if is_cased else found.loose)[word] = (
            value
        )
    table = read_table("numerals", language)
    for section, into in (
        ("magnitudes", found.loose),
        ("magnitudes_cased", found.cased),
        ("magnitudes_glued", found.glued),
        ("magnitudes_money", found.money),
    ):
        for value, words in table.get(section, {}).items():
            for word in words:
                into[word] = Decimal(int(Decimal(value)))
    lender = table.get("borrowed_magnitudes")
    if lender:  # "$500 billion" in a Japanese article: the English words, where they are no local word
        for word, value in magnitude_words(lender).loose.items():
            if word.isascii() and word[:1].isalpha() and len(word) > 2:
                found.loose.setdefault(word, value)
    return found


def _branches(words: dict[str, Decimal], flags: str) -> list[str]:
    alpha_end = [w for w in words if _is_alphabetic(w[-1])]
    other = [w for w in words if w not in alpha_end]
    out = []
    if other:  # first: "Mio." before "Mio"
        out.append(f"(?{flags}:{trie_pattern(w.replace(chr(160), ' ') for w in other)})")
    if alpha_end:
        body = trie_pattern(w.replace("\u00a0", " ") for w in alpha_end)
        out.append(f"(?{flags}:{body})(?!{ALPHABETIC_LETTER})")
    return out


def money_suffix_pattern(language: str) -> str:
    """A regex (no groups) for the suffixes of ``[magnitudes_money]`` ("m" in "$6m")."""
    return (
        "(?:" + "|".join(_branches(magnitude_words(language).money, "-i")) + ")"
        if magnitude_words(language).money
        else "(?!)"
    )


def magnitude_pattern(language: str) -> tuple[str, str]:
    """Regexes (no groups) for a magnitude word after a number, and for a suffix glued to it."""
    found = magnitude_words(language)
    # cased words that only differ from a loose one in case are left to the loose trie, where the
    # longest wins ("mil milhões" over "mil"); the rest go first ("mil M" over "mil")
    loose = {_normalise(w) for w in found.loose}
    cased = {w: v for w, v in found.cased.items() if _normalise(w) not in loose}
    spaced = _branches(cased, "-i") + _branches(found.loose, "i")
    glued = _branches(found.glued, "-i")
    return (
        "(?:" + "|".join(spaced) + ")" if spaced else "(?!)",
        "(?:" + "|".join(glued) + ")" if glued else "(?!)",
    )


def _is_alphabetic(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x2E80  # CJK characters need no word boundary


def magnitude_of(word: str, language: str) -> Decimal | None:
    """The multiplier of a magnitude word as matched by :func:`magnitude_pattern`, else None."""
    found = magnitude_words(language)
    if word in found.glued:
        return found.glued[word]
    if word in found.money:
        return found.money[word]
    spaced = " ".join(word.split())  # "mil\u00a0M" as CLDR has it, "mil M" as typed
    cased = _cased_index(language)
    if spaced in cased:
        return cased[spaced]
    key = _normalise(word)
    exact = _loose_index(language)
    if key in exact:
        return exact[key]
    best: tuple[int, Decimal] | None = None
    for stem, value in _stems(language):
        if key.startswith(stem) and (best is None or len(stem) > best[0]):
            best = (len(stem), value)
    return best[1] if best else None


@functools.cache
def _cased_index(language: str) -> dict[str, Decimal]:
    return {" ".join(w.split()): v for w, v in magnitude_words(language).cased.items()}


@functools.cache
def _loose_index(language: str) -> dict[str, Decimal]:
    found = magnitude_words(language)
    return {_normalise(w): v for w, v in found.loose.items() if "*" not in w}


@functools.cache
def _stems(language: str) -> tuple[tuple[str, Decimal], ...]:
    found = magnitude_words(language)
    return tuple((_normalise(w.split("*")[0]), v) for w, v in found.loose.items() if "*" in w)
