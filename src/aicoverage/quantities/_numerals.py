"""Numerals in running text: digits with locale separators, magnitudes, number words, CJK numerals.

This is the bottom layer of the quantity engine: it says where the numbers are and what they are
worth, never what they count (that is :mod:`._engine`'s job, which also decides that a number is a
year, a date or part of a model name). One compiled pattern per language (cached) combines every
reader; the text is scanned once with ``finditer``.

>>> [(n.start, n.end, str(n.low)) for n in find_numerals("фонд на 1,5 млрд и 10\u00a0000 чипов", "ru")]
[(8, 16, '1500000000'), (19, 25, '10000')]
>>> parse_numeral(" 50.000 ", "pt").low
Decimal('50000')
>>> parse_numeral("50.000 carros", "pt") is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal

from attrs import frozen

from aicoverage._tables import check_language
from aicoverage.quantities._cldr import locale_of
from aicoverage.quantities._digits import SPACES, read_digits
from aicoverage.quantities._magnitudes import magnitude_of, magnitude_pattern


@frozen
class Numeral:
    """One number in a text: ``text[start:end]`` is its surface, ``low``..``high`` its value.

    ``words``: some part is spelled out ("two", "два", "两千"); ``magnitude``: the multiplier of a
    magnitude word or suffix inside the span ("млрд" -> 10**9); ``vague``: an order of magnitude
    rather than an amount ("десятки миллиардов", "billions"); ``grouped``: written with a thousands
    separator ("50.000", "10 000").
    """

    start: int
    end: int
    low: Decimal
    high: Decimal
    words: bool = False
    magnitude: Decimal | None = None
    vague: bool = False
    grouped: bool = False


@frozen
class _Symbols:
    decimal: str
    group: str


@functools.cache
def _symbols(language: str) -> _Symbols:
    symbols = locale_of(language).number_symbols
    latn = symbols.get("latn", symbols)
    return _Symbols(str(latn.get("decimal", ".")), str(latn.get("group", ",")))


def _digits_pattern(language: str) -> str:
    """Digits with separators, an optional sign, fraction and magnitude word or suffix."""
    group = _symbols(language).group
    spaces = SPACES if group in SPACES else SPACES.replace(" ", "")
    sep = rf"(?:[.,](?=\d)|[{spaces}](?=\d{{3}}(?!\d)))"
    return (
        r"(?P<neg>(?<![\w.,/\-−–])[-−](?=\d))?"
        rf"(?P<num>\d+(?:{sep}\d+)*)"
        r"(?:/(?P<den>\d{1,3})(?![\d/]))?"
        rf"(?:[ \u00a0\u202f]?(?P<mag>{magnitude_pattern(language)}))?"
    )


_Reader = Callable[[re.Match[str], str], list[Numeral]]


@functools.cache
def _scanner(language: str) -> re.Pattern[str]:
    return re.compile(_digits_pattern(language))


def _read_number(m: re.Match[str], language: str) -> list[Numeral]:
    symbols = _symbols(language)
    base = m.start("num")
    pieces = read_digits(m.group("num"), decimal=symbols.decimal, group=symbols.group)
    den = m.group("den")
    mag_word = m.group("mag")
    magnitude = magnitude_of(mag_word, language) if mag_word else None
    out = []
    for i, piece in enumerate(pieces):
        start, end, value = base + piece.start, base + piece.end, piece.value
        if i == 0 and m.group("neg"):
            start, value = m.start("neg"), -value
        if i == len(pieces) - 1:
            if den is not None:
                if len(pieces) == 1 and len(m.group("num")) <= 2 and int(den) > 0:
                    value, end = value / Decimal(den), m.end("den")
                else:  # "2020/21": two numbers, not a fraction
                    out.append(Numeral(start, end, value, value, grouped=piece.grouped))
                    start = m.start("den")
                    value = Decimal(den)
                    end = m.end("den")
            if magnitude is not None:
                value, end = value * magnitude, m.end("mag")
        value = tidy(value)
        mag = magnitude if mag_word and end == m.end("mag") else None
        out.append(Numeral(start, end, value, value, magnitude=mag, grouped=piece.grouped))
    return out


def tidy(value: Decimal) -> Decimal:
    """``value`` without trailing zeros after the point ("1500000000.0" -> "1500000000")."""
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()


def find_numerals(text: str, language: str) -> list[Numeral]:
    """Every numeral in running ``text``, in order, non-overlapping, longest match first.

    ``language`` is an ISO 639-1 code ("pt-BR" is read as "pt").

    >>> [(str(n.low), n.magnitude is not None) for n in find_numerals("$2bn and 5k, 4.800", "en")]
    [('2000000000', True), ('5000', True), ('4.8', False)]
    """
    lang = check_language(language)
    out: list[Numeral] = []
    for m in _scanner(lang).finditer(text):
        out.extend(_read_number(m, lang))
    return out


def parse_numeral(text: str, language: str) -> Numeral | None:
    """The numeral that the whole of ``text`` is (surrounding whitespace aside), else None.

    Offsets are into ``text`` as given.

    >>> n = parse_numeral("  1,5 млрд", "ru")
    >>> (n.start, n.end, n.low, n.magnitude)
    (2, 10, Decimal('1500000000'), Decimal('1000000000'))
    """
    lang = check_language(language)
    body = text.strip()
    if not body:
        return None
    first = len(text) - len(text.lstrip())
    found = find_numerals(text, lang)
    if len(found) == 1 and found[0].start == first and found[0].end == first + len(body):
        return found[0]
    return None
