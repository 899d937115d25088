"""Marks right beside a numeral that change how it reads: a minus before the currency sign, the "s"
of a possessive before "$", a magnitude character that begins a unit.

>>> from aicoverage import find_quantities
>>> [(m.text, str(m.low), m.currency) for m in find_quantities("DeepSeek's -$6 million", language="en")]
[('-$6 million', '-6000000', 'USD')]
"""

from __future__ import annotations

import re

from attrs import evolve

from aicoverage.model import Kind, QuantityMention
from aicoverage.quantities._numeral import Numeral
from aicoverage.quantities._numerals import parse_numeral
from aicoverage.quantities._readings import Lexicon

_MINUS_BEFORE = re.compile(r"(?:^|(?<=[\s(\[:;]))[-−]$")
_DIGIT_BEFORE = re.compile(r"[\d%]\s*$")


def minus_before_sign(text: str, m: QuantityMention) -> QuantityMention:
    """ "-$5 million" is a loss of five million, not a gain; "10 -$20" stays a range's hyphen."""
    s = m.start
    if m.kind is not Kind.MONEY or m.quantity.low < 0 or text[s : s + 1].isdigit():
        return m
    if not _MINUS_BEFORE.search(text, max(0, s - 2), s) or _DIGIT_BEFORE.search(text, max(0, s - 12), s - 1):
        return m
    q = evolve(m.quantity, low=-m.quantity.high, high=-m.quantity.low)
    return QuantityMention(start=s - 1, end=m.end, text=text[s - 1 : m.end], quantity=q)


def possessive(text: str, g: dict[str, tuple[int, str]]) -> dict[str, tuple[int, str]]:
    """Letters after an apostrophe are the end of a word, not a currency prefix: "DeepSeek's $6
    million" is in dollars, not "S$" (Singapore dollars)."""
    if "cur" not in g:
        return g
    pos, term = g["cur"]
    if not (term[:1].isalpha() and pos > 0 and text[pos - 1] in "'’"):
        return g
    sign = term.lstrip("".join(c for c in term if c.isalpha())).lstrip()
    out = {k: v for k, v in g.items() if k != "cur"}
    if sign:
        out["cur"] = (pos + len(term) - len(sign), sign)
    return out


def unit_inside(text: str, n: Numeral, lex: Lexicon) -> Numeral:
    """A magnitude character that begins a unit belongs to the unit: "600兆瓦" is 600 megawatts,
    "5千米" 5 kilometres (not 6e14 watts, 5000 metres)."""
    for cut in (1, 2):
        if text[n.end - cut : n.end - cut + 1] not in lex.unit_initials:
            continue
        a = lex.read_after(text, n.end - cut)
        if a is None or not a.group("noun") or a.start("noun") != n.end - cut or n.end - cut <= n.start:
            continue
        rest = parse_numeral(text[n.start : n.end - cut], lex.language)
        if rest is not None:
            return evolve(rest, start=n.start, end=n.end - cut, weak=n.weak)
    return n
