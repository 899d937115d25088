"""Magnitude words and suffixes ("млрд", "milhões", "bn", "万") and the multiplier each stands for.

Taken from CLDR's compact decimal formats through babel (short and long: "0 млрд", "0 milhões",
"0万"), plus the inflections and abbreviations CLDR lacks from ``data/numerals/<language>.toml``
(``[magnitudes]``: exponent -> words, case-insensitive, ``*`` a stem; ``[magnitudes_cased]``: short
suffixes that are magnitudes only in that case, "M" but not "m").

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

from aicoverage._tables import read_table
from aicoverage.quantities._cldr import locale_of
from aicoverage.quantities._wordpattern import words_pattern

_ALPHA = "A-Za-zÀ-ɏͰ-ϿЀ-ԯ"


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


@functools.cache
def magnitude_words(language: str) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """(case-insensitive words, cased suffixes) -> multiplier, for ``language``."""
    loose: dict[str, Decimal] = {}
    cased: dict[str, Decimal] = {}
    for word, (value, is_cased) in _cldr_words(language).items():
        (cased if is_cased else loose)[word] = value
    table = read_table("numerals", language)
    for section, into in (("magnitudes", loose), ("magnitudes_cased", cased)):
        for exponent, words in table.get(section, {}).items():
            for word in words:
                into[word] = Decimal(10) ** int(exponent)
    return loose, cased


def magnitude_pattern(language: str) -> str:
    """A regex (no groups) matching one magnitude word or suffix of ``language``."""
    loose, cased = magnitude_words(language)
    branches = []
    for words, flags in ((loose, "i"), (cased, "")):  # longest wins: "mil milhões" over "mil"
        alpha_end = [w for w in words if w[-1].isalpha() and _is_alphabetic(w[-1])]
        other = [w for w in words if w not in alpha_end]
        if alpha_end:
            body = words_pattern(w.replace("\u00a0", " ") for w in alpha_end)
            branches.append(f"(?{flags or '-i'}:{body})(?![{_ALPHA}])")
        if other:
            branches.append(f"(?{flags or '-i'}:{words_pattern(w.replace(chr(160), ' ') for w in other)})")
    return "(?:" + "|".join(branches) + ")" if branches else "(?!)"


def _is_alphabetic(ch: str) -> bool:
    return ch.isalpha() and ord(ch) < 0x2E80  # CJK characters need no word boundary


def magnitude_of(word: str, language: str) -> Decimal | None:
    """The multiplier of a magnitude word as matched by :func:`magnitude_pattern`, else None."""
    cased = magnitude_words(language)[1]
    if word in cased:
        return cased[word]
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
def _loose_index(language: str) -> dict[str, Decimal]:
    loose, cased = magnitude_words(language)
    index = {_normalise(w): v for w, v in cased.items()}
    index.update({_normalise(w): v for w, v in loose.items() if "*" not in w})
    return index


@functools.cache
def _stems(language: str) -> tuple[tuple[str, Decimal], ...]:
    loose, _ = magnitude_words(language)
    return tuple((_normalise(w.split("*")[0]), v) for w, v in loose.items() if "*" in w)
