"""What a candidate amount's unit is: the words right after its numerals (percent, tenths, a
multiple, a currency, a minor unit, a duration, a counted noun or a measure word and its noun) and
the marks before them (a percent prefix, a multiple word, a currency sign).

:mod:`._engine` finds the candidates and reads what stands before them (:class:`Left`); this module
turns a :class:`Candidate` into a :class:`UnitReading`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from attrs import evolve, frozen

from aicoverage.model import Bound, Kind
from aicoverage.quantities._cjk import read_tenth_parts
from aicoverage.quantities._magnitudes import magnitude_of
from aicoverage.quantities._numeral import Numeral
from aicoverage.quantities._readings import Lexicon, Reading
from aicoverage.quantities._traps import is_year

WINDOW = 48
"""How far before a numeral its context is read (characters)."""
NUMBER_NEXT = re.compile(r"\s*[-+−$€£¥₽]?\s*\d")
"""Another amount starting here."""
_NEXT_WORD = re.compile(r"\s+(\w+)")


@frozen
class Left:
    """What stands right before a candidate: where the mention starts, its bound, a currency sign,
    percent and multiple marks, a range opener ("between", "от")."""

    start: int
    bound: Bound | None
    currency: str | None
    inferred: bool
    percent: bool
    multiple: bool
    opener: str | None
    opener_start: int
    percent_scale: Decimal = Decimal(1)
    time_bound: bool = False
    """The bound word also means "until" or "since" ("bis", "hasta")."""


@frozen
class Candidate:
    """Numerals read as one amount: ``first``..``last`` (one numeral, a range or a ratio)."""

    first: Numeral
    last: Numeral
    low: Decimal
    high: Decimal
    mid_unit: str | None = None  # a currency between the two numbers of a range ("10 dollars to 20")
    upcoming: int | None = None  # where the next numeral starts
    after: Reading | None = None  # the unit reading right after ``last``


@frozen
class UnitReading:
    """What the words around a candidate say, step by step (see :func:`._engine._build`)."""

    kind: Kind
    unit: str | None
    currency: str | None
    inferred: bool
    low: Decimal
    high: Decimal
    end: int
    has_unit: bool


def read_unit(text: str, c: Candidate, left: Left, lex: Lexicon) -> UnitReading:
    """The unit right after the numerals: percent, tenths, a multiple, a currency, a minor unit, a
    duration, a counted noun, or a CJK classifier and its noun."""
    first, last, low, high = c.first, c.last, c.low, c.high
    kind, unit, currency, inferred = Kind.COUNT, None, left.currency, left.inferred
    if currency is None and c.mid_unit is not None:
        currency, inferred = lex.currency_of(c.mid_unit)
    end = last.end
    a = c.after
    has_unit = False
    if a is None and lex.is_multiple_word(text[first.start : last.end]):  # "вчетверо", "fourfold"
        kind, has_unit = Kind.MULTIPLE, True
    if a is not None:
        has_unit = True
        if a.group("pct") is not None:
            kind, unit = Kind.PERCENT, "percent"
        elif a.group("tenth") is not None and not (first.weak or last.weak):  # "一成不变" is an idiom
            kind, unit = Kind.PERCENT, "percent"
            half = Decimal("0.5") if a.group("half") else Decimal(0)
            factor = 10 if high + half <= 10 else 1  # "九折" is 90 %, "十成" 100 %, "九五折" 95 %
            low, high = (low + half) * factor, (high + half) * factor
            parts, end = read_tenth_parts(text, a.end(), lex.language)  # "3割8分7厘"
            low, high = low + parts, high + parts
        elif a.group("mult") is not None:
            kind = Kind.MULTIPLE
            if not _is_factor(text, first.start, left.start, a, lex):
                kind, unit = Kind.COUNT, "time"  # "called Bob 3 times": how often, not how much
        elif a.group("cur") is not None:
            code, guessed = lex.currency_of(a.group("cur"))
            if left.currency is not None and NUMBER_NEXT.match(text, a.end()):
                a, has_unit = None, False  # "$ 20,000.00 $ 37,305.97": the sign opens the next amount
            elif _counts_a_noun(text, a, lex):
                a, has_unit = None, False  # "5万块GPU": the classifier of chips, not yuan ("5万块钱")
            elif code is not None:
                kind, currency, inferred = Kind.MONEY, code, guessed
                w = _NEXT_WORD.match(text, a.end())  # "75 usd million"
                scale = magnitude_of(w.group(1), lex.language) if w and not last.magnitude else None
                if w is not None and scale is not None:
                    low, high, end = low * scale, high * scale, w.end()
        elif a.group("minor") is not None:
            minor = lex.minor_of(a.group("minor"))
            if minor is not None:
                kind, currency, inferred = Kind.MONEY, currency or minor[0], currency is None
                low, high = low / minor[1], high / minor[1]
        elif a.group("dur") is not None:
            kind = Kind.DURATION
            unit, low, high, end = _duration(text, c, a, lex, low, high, end)
        elif a.group("noun") or a.group("ofnoun"):  # not a weak "一成" ("一成不变" is an idiom)
            unit = lex.unit_of(a.group("noun") or a.group("ofnoun"))
            counted = _counted_by(text, a, lex)
            if counted is not None:
                unit, end = counted
    if a is not None:
        end = max(end, a.end())
    elif lex.classifier_noun is not None:
        cls = lex.classifier_noun.match(text, end)
        if cls is not None:
            has_unit = True
            unit = (
                _head_noun(text, cls.end("noun"), lex, lex.unit_of(cls.group("noun")))
                if cls.group("noun")
                else None
            )
            end = cls.end("cls")
    return UnitReading(kind, unit, currency, inferred, low, high, end, has_unit)


def _duration(
    text: str, c: Candidate, a: Reading, lex: Lexicon, low: Decimal, high: Decimal, end: int
) -> tuple[str | None, Decimal, Decimal, int]:
    """A duration's unit, value and end: "and a half" after the unit ("un año y medio", "一年半"),
    decades and quarters in years and months ("two decades": 20 years)."""
    unit = lex.unit_of(a.group("dur"))
    halved = lex.half_after.match(text, a.end()) if lex.half_after is not None and c.first is c.last else None
    if halved is not None and low == high == low.to_integral_value():
        low, high, end = low + Decimal("0.5"), high + Decimal("0.5"), halved.end()
    if unit in lex.duration_scales and not is_year(c.first, text):
        unit, factor = lex.duration_scales[unit]
        low, high = low * factor, high * factor
    return unit, low, high, end


def _head_noun(text: str, end: int, lex: Lexicon, unit: str | None) -> str | None:
    """The unit of a noun compound that a measure word counts: its last counted noun, the head
    ("3万家企业客户": customers, not companies)."""
    for _ in range(2):
        a = lex.read_after(text, end)
        if a is None or a.group("noun") is None or a.start("noun") != end:
            break
        unit, end = lex.unit_of(a.group("noun")) or unit, a.end("noun")
    return unit


def _counted_by(text: str, a: Reading, lex: Lexicon) -> tuple[str, int] | None:
    """A counter that is also a noun, then the noun glue and a counted noun ("3000人の開発者",
    "500社の顧客"): the counter says how they are counted, the noun what; its unit and end."""
    noun = a.group("noun")
    if noun is None or lex.classifier_noun is None or lex.classifier_noun.fullmatch(noun) is None:
        return None
    b = lex.read_after(text, a.end())
    if b is None or b.group("ofnoun") is None or b.start("space") != a.end():
        return None
    unit = lex.unit_of(b.group("ofnoun"))
    return None if unit is None else (unit, b.end())


def _counts_a_noun(text: str, a: Reading, lex: Lexicon) -> bool:
    """Whether a currency word that is also a classifier ("块") counts a known noun after it
    ("5万块先进GPU"); "一块二", "3.04块以上", "5万块钱" stay money."""
    if lex.classifier_noun is None or lex.classifier_noun.fullmatch(a.group("cur")) is None:
        return False
    cls = lex.classifier_noun.match(text, a.start())
    return cls is not None and cls.end("cls") == a.end() and cls.group("noun") is not None


def with_marks_before(r: UnitReading, text: str, c: Candidate, left: Left, lex: Lexicon) -> UnitReading:
    """What stands before the numerals: a percent sign ("百分之"), a per-mille prefix, a multiple
    word, a currency sign (which makes a count money)."""
    if left.percent:
        r = evolve(r, kind=Kind.PERCENT, unit="percent", has_unit=True)
        r = evolve(r, low=r.low / left.percent_scale, high=r.high / left.percent_scale)
    elif r.kind is Kind.COUNT and r.unit is None and lex.scaled_percent.match(text, c.first.start):
        # "千分之一" is read by the numerals as the fraction 1/1000: as a percentage, 0.1 %
        r = evolve(r, kind=Kind.PERCENT, unit="percent", has_unit=True, low=r.low * 100, high=r.high * 100)
    elif left.multiple and r.kind is Kind.COUNT and r.unit is None:
        r = evolve(r, kind=Kind.MULTIPLE, has_unit=True)
    if r.currency is not None and r.kind is Kind.COUNT and (r.unit is None or left.currency is not None):
        r = evolve(r, kind=Kind.MONEY, has_unit=True, unit=None)  # "a $6 million model" costs money
    if r.kind is not Kind.MONEY and (r.currency is not None or r.inferred):
        r = evolve(r, currency=None, inferred=False)
    return r


def _is_factor(text: str, start: int, left_start: int, a: Reading, lex: Lexicon) -> bool:
    """Whether "N times" multiplies ("3 times cheaper", "grew 3 times", "в 3 раза") or counts events
    ("called 3 times"): a word that says both is a factor only beside a comparison or a change."""
    if not lex.is_repeat(a.group("mult")):
        return True
    if lex.factor_after.match(text, a.end()) is not None:
        return True
    return any(
        lex.factor_before.match(text[max(0, pos - WINDOW) : pos][::-1]) is not None
        for pos in {start, left_start}
    )
