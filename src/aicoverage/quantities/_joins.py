"""How a number joins its neighbours: ranges ("7-10", "10 bln or 10 tln" is none), intervals of two
opposite bounds ("more than 10 and less than 40") and smaller money units ("$20 and 43c", "五元三毛").

The engine (:mod:`._engine`) asks these about two mentions or numerals side by side; the words in
between come from the language's :class:`~._readings.Lexicon`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from decimal import Decimal

from attrs import evolve

from aicoverage._tables import read_table
from aicoverage.model import Bound, Kind, QuantityMention
from aicoverage.quantities._numeral import Numeral
from aicoverage.quantities._readings import Lexicon, Reading
from aicoverage.quantities._traps import is_year

_OPEN = {Bound.AT_LEAST: 0, Bound.AT_MOST: 1}
_Reader = Callable[[int], Reading | None]
_UNITS_GAP = 40
"""At most this many characters between two numbers of a range that both carry their unit."""
_RANGE_GAP = 64
"""At most this many characters between the two numbers of any range: a connector, a pair's second
word, a currency or unit, and the spaces around them (most numbers of a text stand further apart)."""


def closes_interval(text: str, a: QuantityMention, b: QuantityMention, lex: Lexicon) -> bool:
    """ "more than 10 and less than 40": two opposite bounds joined into one interval."""
    lower, upper = (a, b) if a.bound is Bound.AT_LEAST else (b, a)
    return (
        {a.bound, b.bound} == set(_OPEN)
        and a.kind is b.kind
        and a.currency == b.currency
        and lower.low < upper.high  # "more than 40 and less than 10" are two bounds, no interval
        and lex.bound_joiner.fullmatch(text, a.end, b.start) is not None
    )


_SAME_CLAUSE = 60
"""At most this many characters from an amount of money to a bare amount that shares its currency."""
_CLAUSE_END = re.compile(r"[.!?;。！？；\n]")
MONEY_MAGNITUDE = Decimal(1_000_000)
"""A bare amount this large beside money words or money is money ("a valuation of 3 billion")."""


def in_currency_before(
    text: str, prev: QuantityMention, m: QuantityMention, magnitude: Decimal | None
) -> QuantityMention:
    """ "109 milliards d'euros …, dont 20 milliards", "$10bn, of which 2 billion": a bare amount of
    millions or more soon after an amount of money, in its sentence, is in that currency (inferred)."""
    gap = text[prev.end : m.start]
    if (
        m.kind not in (Kind.COUNT, Kind.MONEY)
        or m.currency is not None
        or m.unit is not None
        or magnitude is None
        or magnitude < MONEY_MAGNITUDE
        or m.low == magnitude  # "15 dollars par million": the magnitude word alone is a unit of price
        or prev.kind is not Kind.MONEY
        or prev.currency is None
        or len(gap) > _SAME_CLAUSE
        or _CLAUSE_END.search(gap)
    ):
        return m
    q = evolve(m.quantity, kind=Kind.MONEY, currency=prev.currency, currency_inferred=True)
    return QuantityMention(start=m.start, end=m.end, text=m.text, quantity=q)


def interval(text: str, a: QuantityMention, b: QuantityMention) -> QuantityMention:
    lower, upper = (a, b) if a.bound is Bound.AT_LEAST else (b, a)
    base = a.quantity if a.unit is not None or b.unit is None else b.quantity
    q = evolve(base, low=lower.low, high=upper.high, bound=Bound.EXACT)
    return QuantityMention(start=a.start, end=b.end, text=text[a.start : b.end], quantity=q)


def add_cents(
    text: str, m: QuantityMention, nxt: Numeral, lex: Lexicon, divisor: int
) -> tuple[QuantityMention, int]:
    """ "$20 and 43c", "20 dollars 43 cents", "двадцать долларов и 43", "五元三毛", "一块二": the
    smaller unit joins the amount. Returns the mention and the divisor of the unit joined (0: none).

    ``divisor`` is that of the unit joined last (1: none yet); a further unit must be smaller.
    """
    if (
        m.kind is not Kind.MONEY
        or not m.quantity.is_point
        or nxt.magnitude
        or (between := lex.cents.fullmatch(text, m.end, nxt.start)) is None
        or nxt.low != nxt.low.to_integral_value()
        or "cur" in lex.read_before(text, m.end, nxt.start)  # "rmb 10 usd 20": two amounts
    ):
        return m, 0
    if divisor == 1 and lex.minor_of(m.text.split()[-1]) is not None:
        return m, 0
    a = lex.read_after(text, nxt.end)
    joined = lex.joined_minor.match(text, nxt.end) if _takes_joined(lex.language, m.currency) else None
    if joined is not None:
        unit, end = lex.joined_divisor(joined.group("jminor")), joined.end()
    elif a is not None and a.group("minor") is not None:
        unit, end = 100, a.end()
        found = lex.minor_of(a.group("minor"))
        if found is not None:
            unit = found[1]
    elif divisor == 1 and a is None and not text[nxt.end :].lstrip()[:1].isalnum():
        surface = text[nxt.start : nxt.end]
        unit, end = lex.bare_minor if nxt.low < lex.bare_minor else 100, nxt.end
        if surface.isdecimal():  # "3元08": digits written out keep their places
            unit = max(unit, 10 ** len(surface))
        inside = lex.cents.match(text, nxt.start)  # the numeral may have read the zero itself
        if between.group("zero") is not None or (inside is not None and inside.group("zero") is not None):
            unit *= 10  # "三块零四": the zero skips the tenths
    else:
        return m, 0
    if unit <= divisor or not 0 < nxt.low < unit:
        return m, 0
    value = m.low + nxt.low / unit
    q = evolve(m.quantity, low=value, high=value)
    return QuantityMention(start=m.start, end=end, text=text[m.start : end], quantity=q), unit


@functools.cache
def _takes_joined(language: str, currency: str | None) -> bool:
    """Whether an amount in ``currency`` takes the joined minor units ("五元三角"; not "10美元又3分钟",
    where 分 is minutes): ``[money] joined_minor_of`` lists the currencies, all when it is absent."""
    of = read_table("quantities", language).get("money", {}).get("joined_minor_of")
    return of is None or currency in of


def ratio_of(
    text: str, n: Numeral, nxt: Numeral, lex: Lexicon, after: _Reader
) -> tuple[Decimal, Decimal, int] | None:
    """Two numerals that make a ratio: its value and where its counted noun stands (the position
    the unit is read at). "one in five", "2 out of 3", "3 из 5"; the noun between ("une entreprise
    sur trois", "one company in three"); the whole first where the language names it so ("3人に1人",
    "每3人中就有1人"). Not "12 in six boxes" or "8 out of 5": the part is no larger than the whole."""
    if n.magnitude or is_year(nxt, text):
        return None
    if nxt.low > 0 and n.low <= nxt.low:
        if lex.ratio.fullmatch(text, n.end, nxt.start):
            return n.low / nxt.low, n.high / nxt.low, nxt.end
        if n.weak and _noun_between(text, n, nxt, lex, after):
            return n.low / nxt.low, n.high / nxt.low, n.end
    if n.low > 0 and nxt.high <= n.low and lex.ratio_reversed.fullmatch(text, n.end, nxt.start):
        return nxt.low / n.low, nxt.high / n.low, nxt.end
    return None


def _noun_between(text: str, n: Numeral, nxt: Numeral, lex: Lexicon, after: _Reader) -> bool:
    """ "une entreprise sur trois": an article numeral, a counted noun of the tables, the ratio
    word, and no unit after the whole ("un bâtiment sur deux étages" counts floors)."""
    m = lex.ratio_noun.fullmatch(text, n.end, nxt.start)
    if m is None:
        return False
    a = after(n.end)
    if a is None or a.group("noun") is None or a.end("noun") != m.end("noun"):
        return False
    return after(nxt.end) is None


def joins_range(
    text: str,
    n: Numeral,
    nxt: Numeral,
    lex: Lexicon,
    after: _Reader,
    *,
    opened: bool,
    currency: str | None = None,
) -> Reading | None:
    """The text between two numerals when it makes them one range ("7-10", "from 10 dollars to 20",
    "15% to 20%", "between $5 and $10"). ``after``: the unit reading at a position (the engine reads
    each once); ``currency``: that of the sign before ``n``, if one stands there."""
    if nxt.start - n.end > _RANGE_GAP or not _may_join(text, n, nxt, lex):
        return None
    m = _between(text, n.end, nxt, lex, opened=opened)
    if m is None and nxt.start - n.end <= _UNITS_GAP:
        m = _past_units(text, n, nxt, lex, after, opened=opened, currency=currency)
    if m is None and lex.classifier_noun is not None:
        # "3社から5社", "3个到5个": the same measure word after both numbers
        cls = lex.classifier_noun.match(text, n.end)
        word = cls.group("cls") if cls is not None else ""
        if word and text.startswith(word, nxt.end) and cls is not None:
            m = lex.read_range(text, cls.end("cls"), nxt.start)
    return m


def _may_join(text: str, n: Numeral, nxt: Numeral, lex: Lexicon) -> bool:
    """Whether a word that joins a range stands between the numbers, or the second starts with a
    hyphen ("10-20"). Every reading of a range's middle below looks within these bounds, and its
    guards see the same text: a word's end touches the next number only where that starts with a
    digit, a hyphen or a sign (a numeral word never continues a word)."""
    if nxt.low < 0 and text[nxt.start : nxt.start + 1] in ("-", "−", "–"):
        return True
    return lex.range_word.search(text, n.end, nxt.start) is not None


def _between(
    text: str, start: int, nxt: Numeral, lex: Lexicon, *, opened: bool, stop: int = -1
) -> Reading | None:
    """``text[start:stop]`` (``stop``: where ``nxt`` starts) as the middle of a range: a connector, a
    minus that is a hyphen ("10-20"), the second word of a pair, a closer's middle ("在20和30之间")."""
    stop = nxt.start if stop < 0 else stop
    m: Reading | None = lex.read_range(text, start, stop)
    if m is None and stop == nxt.start and nxt.low < 0 and text[nxt.start : nxt.start + 1] in ("-", "−", "–"):
        m = lex.read_range(text, start, nxt.start + 1)
    if m is None and opened:
        m = lex.read_range(text, start, stop, paired=True)
    if m is None and lex.closer.match(text, nxt.end):
        m = lex.close_mid.fullmatch(text, start, stop)
    return m


def _past_units(
    text: str, n: Numeral, nxt: Numeral, lex: Lexicon, after: _Reader, *, opened: bool, currency: str | None
) -> Reading | None:
    """A range whose numbers both carry the unit: the same unit after both ("15% to 20%", "3 years to
    5 years"), the same currency sign before both ("between $5 and $10")."""
    start, stop = n.end, nxt.start
    a = after(n.end)
    key = _unit_key(a, lex)
    if a is not None and key is not None and a.end() <= stop and key == _unit_key(after(nxt.end), lex):
        start = a.end()
    if currency is not None:
        sign = lex.read_before(text, start, nxt.start).get("cur")
        if sign is not None and lex.currency_of(sign[1])[0] == currency:
            stop = sign[0]
    if (start, stop) == (n.end, nxt.start):
        return None
    return _between(text, start, nxt, lex, opened=opened, stop=stop)


def _unit_key(a: Reading | None, lex: Lexicon) -> tuple[str, str | None] | None:
    """What unit a reading after a number names, to compare two readings: percent or percentage
    points ("rose 2 points to 7 %" is no range), a currency, a duration or counted noun; None for
    none of these."""
    if a is None:
        return None
    if a.group("pct") is not None:
        return ("pct", "points" if lex.is_points(a.group("pct")) else None)
    if a.group("cur") is not None:
        return ("cur", lex.currency_of(a.group("cur"))[0])
    word = a.group("dur") or a.group("noun")
    return None if word is None else ("unit", lex.unit_of(word))


def different_alternatives(n: Numeral, nxt: Numeral, joined: Reading, lex: Lexicon) -> bool:
    """ "10 bln or 10 tln": alternatives of different magnitudes are two amounts, not a range."""
    conn = joined.groupdict().get("conn")
    return (
        conn is not None
        and lex.is_alternative(conn)
        and n.magnitude is not None
        and nxt.magnitude is not None
        and n.magnitude != nxt.magnitude
    )
