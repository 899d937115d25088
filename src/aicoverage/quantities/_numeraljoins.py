"""Adjacent numerals that are one number: digits and words mixed around scale words.

The scanner reads "4 thousand" and "3 hundred" as two numerals (digits with a magnitude word each);
written together they are one amount. :func:`join_numerals` merges a numeral that ends in a scale
word with what completes it:

- a smaller amount that ends in a smaller scale, or after a joiner ("and", "e") a smaller amount
  that fills the places of a hundred or a thousand: "4 thousand 3 hundred and 21" = 4321,
  "6 crore and two hundred", "1 млрд 200 млн", "3 mil e 500"; "4000 3 hundred" stays two numbers,
  and so does "200 bilhões e 6 milhões" (a second amount with a big scale word of its own must be
  at least a thousandth of the first to be part of it);
- a fraction in words after a joiner ("and", "com"): "3 million and a quarter" = 3250000;
- the decimals in words after digits and a point word: "1 ponto cinco" = 1.5.

The joiners and point words are the language's (``[words.syntax]`` ``joiners``,
``fraction_joiners``, ``point``, ``fraction_of``).

>>> from aicoverage.quantities._numerals import find_numerals
>>> [(n.start, n.end, str(n.low)) for n in find_numerals("4 thousand 3 hundred and 21 cars", "en")]
[(0, 27, '4321')]
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from aicoverage._tables import read_table
from aicoverage.quantities._magnitudes import magnitude_of
from aicoverage.quantities._wordlexicon import syntax_regex, word_lexicon

if TYPE_CHECKING:
    from aicoverage.quantities._numeral import Numeral

_LAST_WORD = re.compile(r"([^\W\d_]+)\.?$")
_MAX_GAP = 16  # characters between two numerals that may still be one number


@attrs.frozen
class _Gaps:
    space: re.Pattern[str]
    joiner: re.Pattern[str]  # "and", "e": before a smaller amount or a fraction
    fraction: re.Pattern[str]  # "com": before a fraction only
    point: re.Pattern[str]
    of: re.Pattern[str]  # "half of them": a fraction of what follows, not of what precedes


@functools.cache
def _gaps(language: str) -> _Gaps | None:
    if word_lexicon(language) is None:
        return None
    syntax = read_table("numerals", language).get("words", {}).get("syntax", {})
    sp = r"[ \u00a0]+"
    joiner = syntax_regex(language, "joiners") if syntax.get("joiners") else "(?!)"
    fraction = syntax_regex(language, "fraction_joiners") if syntax.get("fraction_joiners") else "(?!)"
    return _Gaps(
        re.compile(sp),
        re.compile(f"{sp}{joiner}{sp}"),
        re.compile(f"{sp}(?:{joiner}|{fraction}){sp}"),
        re.compile(syntax_regex(language, "point")),
        re.compile(f"{sp}{syntax_regex(language, 'fraction_of')}"),
    )


def _scale_at_end(text: str, n: Numeral, language: str) -> Decimal | None:
    """The multiplier of the scale word ``n`` ends with ("4 thousand" -> 1000), else None.

    A suffix glued to the digits ("5k", "$2bn") is no scale word: "$2bn and 5k" are two amounts.
    """
    m = _LAST_WORD.search(text, n.start, n.end)
    if m is None or m.end() != n.end or m.start() == n.start or not text[m.start() - 1].isspace():
        return None
    return magnitude_of(m.group(1), language)


def _power_of_ten(value: Decimal) -> bool:
    return value >= 100 and value == value.to_integral_value() and str(int(value)).rstrip("0") == "1"


def _exact(n: Numeral) -> bool:
    return n.low == n.high and not n.vague and not n.more


def join_numerals(text: str, found: list[Numeral], language: str) -> list[Numeral]:
    """``found`` (in text order) with each run of numerals that is one number merged into one."""
    gaps = _gaps(language)
    if gaps is None or len(found) < 2:
        return found
    out = [found[0]]
    for b in found[1:]:
        a = out[-1]
        joined = _join(text, a, b, language, gaps) if b.start - a.end <= _MAX_GAP else None
        if joined is None:
            out.append(b)
        else:
            out[-1] = joined
    return out


def _join(text: str, a: Numeral, b: Numeral, language: str, gaps: _Gaps) -> Numeral | None:
    if not (_exact(a) and _exact(b)) or a.low < 0 or b.low <= 0:
        return None
    scale = _scale_at_end(text, a, language)
    if scale is None:
        if (  # "1 ponto cinco": the point and its decimals were read as words, ".5"
            not a.words
            and a.magnitude is None
            and a.low == a.low.to_integral_value()
            and b.words
            and b.low < 1
            and gaps.space.fullmatch(text, a.end, b.start)
            and gaps.point.match(text, b.start)
        ):
            return _merged(a, b, a.low + b.low)
        if (  # "2 e 1/4", "2 and 1/4": a whole and a written fraction
            a.magnitude is None
            and a.low == a.low.to_integral_value()
            and b.low < 1
            and "/" in text[b.start : b.end]
            and gaps.joiner.fullmatch(text, a.end, b.start)
        ):
            return _merged(a, b, a.low + b.low)
        return None
    if a.low % scale:
        return None
    if b.low < 1:  # "3 million and a quarter", "cinco trilhões com três quartos"
        if b.words and gaps.fraction.fullmatch(text, a.end, b.start) and not gaps.of.match(text, b.end):
            return _merged(a, b, a.low + b.low * scale)
        return None
    if (a.words and b.words) or not _power_of_ten(scale) or b.low >= scale:
        return None  # two runs of words the word reader kept apart stay apart
    if b.low != b.low.to_integral_value():
        return None
    inner = _scale_at_end(text, b, language)
    # two amounts with big scale words each stand alone unless the second is a real part of the
    # first: "2 milhões e 500 mil" is 2.5 million, "200 bilhões e 6 milhões" two amounts
    smaller = inner is not None and inner < scale and (inner < 1000 or b.low * 1000 >= a.low)
    if gaps.space.fullmatch(text, a.end, b.start) and smaller:
        return _merged(a, b, a.low + b.low)  # "4 thousand 3 hundred", "1 млрд 200 млн"
    if gaps.joiner.fullmatch(text, a.end, b.start) and (smaller or scale <= 1000):
        return _merged(a, b, a.low + b.low)  # "3 hundred and 21", "6 crore and two hundred"
    return None


@functools.cache
def _power_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """(between base and exponent, after the exponent, a "times ten" before the base's power)."""
    power = read_table("numerals", language).get("cjk", {}).get("power")
    if not power:
        return None
    between, after = (re.escape(w) for w in power)
    return re.compile(f" ?{between} ?"), re.compile(f" ?{after}"), re.compile(" ?[×xX*] ?")


def join_powers(text: str, found: list[Numeral], language: str) -> list[Numeral]:
    """ "1.1の23乗" is 1.1**23, "12.32×10の14乗" 12.32 * 10**14 (Japanese powers, ``[cjk] power``)."""
    words = _power_words(language)
    if words is None or len(found) < 2:
        return found
    between, after, times = words
    out: list[Numeral] = []
    i = 0
    while i < len(found):
        base, nxt = found[i], found[i + 1] if i + 1 < len(found) else None
        if nxt is not None and between.fullmatch(text, base.end, nxt.start):
            end = after.match(text, nxt.end)
            exponent = nxt.low
            if (
                end is not None
                and exponent == exponent.to_integral_value()
                and abs(exponent) <= _MAX_EXPONENT
            ):
                value = base.low ** int(exponent) if base.low or exponent > 0 else None
                if value is not None:
                    head = (
                        out[-1]
                        if out and base.low == 10 and times.fullmatch(text, out[-1].end, base.start)
                        else None
                    )
                    if head is not None:  # "12.32×10の14乗"
                        out.pop()
                        base, value = head, head.low * value
                    out.append(_merged(base, attrs.evolve(nxt, end=end.end()), value))
                    i += 2
                    continue
        out.append(base)
        i += 1
    return out


_MAX_EXPONENT = 60


def _merged(a: Numeral, b: Numeral, value: Decimal) -> Numeral:
    value = value.normalize() if value != value.to_integral_value() else Decimal(int(value))
    return attrs.evolve(
        a,
        end=b.end,
        low=value,
        high=value,
        words=a.words or b.words,
        magnitude=a.magnitude or b.magnitude,
        grouped=a.grouped or b.grouped,
        weak=False,
    )
