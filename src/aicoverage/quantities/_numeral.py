"""The one record of a number found in a text, shared by every reader (digits, words, CJK, kana).

>>> n = Numeral(0, 4, Decimal(5), Decimal(5), words=True)
>>> (n.low, n.words, n.weak)
(Decimal('5'), True, False)
"""

from __future__ import annotations

from decimal import Decimal

from attrs import frozen


@frozen
class Numeral:
    """One number in a text: ``text[start:end]`` is its surface, ``low``..``high`` its value.

    ``words``: some part is spelled out ("two", "два", "两千"); ``magnitude``: the multiplier of a
    magnitude word or suffix inside the span ("млрд" -> 10**9); ``vague``: an order of magnitude
    rather than an amount ("десятки миллиардов", "billions"); ``grouped``: written with a thousands
    separator ("50.000", "10 000"); ``weak``: a lone word that is a number only in context ("one",
    "um", "一" inside a word), returned only by ``find_numerals(..., keep_weak=True)``; ``more``: an
    "and some" mark says the amount is at least the value read ("500多亿", "十几万").
    """

    start: int
    end: int
    low: Decimal
    high: Decimal
    words: bool = False
    magnitude: Decimal | None = None
    vague: bool = False
    grouped: bool = False
    weak: bool = False
    more: bool = False


_MAX_PLAIN_DIGITS = 60


def tidy(value: Decimal) -> Decimal:
    """``value`` without trailing zeros after the point ("1500000000.0" -> "1500000000")."""
    if value.adjusted() > _MAX_PLAIN_DIGITS:
        return value.normalize()  # "亿亿亿…": writing 10**160000 out in digits would take seconds
    if value == value.to_integral_value():
        return Decimal(int(value))
    return value.normalize()
