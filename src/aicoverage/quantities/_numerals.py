"""TEMPORARY STUB written by the lead so the package imports: the numerals owner replaces this file whole.

Digits only, "." or "," as decimal mark, no magnitudes.
"""

from __future__ import annotations

import re
from decimal import Decimal

from attrs import frozen

_DIGITS = re.compile(r"\d+(?:[.,]\d+)?")


@frozen
class Numeral:
    start: int
    end: int
    low: Decimal
    high: Decimal
    words: bool = False
    magnitude: Decimal | None = None
    vague: bool = False
    grouped: bool = False


def find_numerals(text: str, language: str) -> list[Numeral]:
    out = []
    for m in _DIGITS.finditer(text):
        v = Decimal(m.group().replace(",", "."))
        out.append(Numeral(m.start(), m.end(), v, v))
    return out


def parse_numeral(text: str, language: str) -> Numeral | None:
    found = find_numerals(text, language)
    return found[0] if len(found) == 1 else None
