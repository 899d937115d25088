"""Agreement between stated values: intervals, rounding tolerance, status and spread.

Every claim's quantity is read as an interval. A point value is ``[v, v]``; a stated range
``[low, high]``; "at least v" is ``[v, inf)`` and "at most v" ``(-inf, v]``. A vague amount ("tens
of millions", "billions") is the *open* interval between its ends: the plural says more than one
of the unit, so a value at an end ("about 10 million" against "tens of millions") does not agree.
Two numbers are close when they differ by no more than the rule's relative tolerance of the larger
or by its absolute tolerance.

>>> from aicoverage.model import Rule
>>> rule = Rule()
>>> six, five_six = Value(Decimal(6_000_000)), Value(Decimal(5_600_000), bound=Bound.APPROX)
>>> is_consistent(six, five_six, rule)
True
>>> judge([six, five_six], articles=2, rule=rule).value
'agree_within_rounding'
>>> tens = Value(Decimal(10**7), Decimal(10**8), Bound.VAGUE)
>>> is_consistent(tens, Value(Decimal(10**7), bound=Bound.APPROX), rule)
False
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from attrs import frozen

from aicoverage.model import Bound, Quantity, Rule, Status

_INF = Decimal("Infinity")
_PLAIN = (Bound.EXACT, Bound.APPROX)
_PAIRWISE = 32
_SPREAD_PLACES = Decimal("0.0001")


@frozen
class Value:
    """A quantity's numbers after any currency conversion: what agreement is judged on."""

    low: Decimal
    high: Decimal | None = None
    bound: Bound = Bound.EXACT

    @property
    def top(self) -> Decimal:
        """The upper end (``low`` for a point)."""
        return self.low if self.high is None else self.high

    @property
    def span(self) -> tuple[Decimal, Decimal]:
        """The closed interval the value allows, with open-ended bounds made infinite."""
        if self.bound is Bound.AT_LEAST:
            return self.low, _INF
        if self.bound is Bound.AT_MOST:
            return -_INF, self.top
        return self.low, self.top


def read_value(quantity: Quantity, *, factor: Decimal = Decimal(1)) -> Value:
    """The :class:`Value` of ``quantity``, multiplied by ``factor`` (an exchange rate).

    >>> from aicoverage.model import Kind
    >>> q = Quantity(kind=Kind.MONEY, low=Decimal(2), high=Decimal(3), currency="EUR")
    >>> read_value(q, factor=Decimal("1.5"))
    Value(low=Decimal('3.0'), high=Decimal('4.5'), bound=<Bound.EXACT: 'exact'>)
    """
    if factor == 1:
        return Value(quantity.low, quantity.high, quantity.bound)  # shares the quantity's numbers
    return Value(quantity.low * factor, quantity.high * factor, quantity.bound)


def _tolerance(x: Decimal, y: Decimal, rule: Rule) -> Decimal:
    return max(rule.absolute_tolerance, rule.relative_tolerance * max(abs(x), abs(y)))


def _close(x: Decimal, y: Decimal, rule: Rule) -> bool:
    if not (x.is_finite() and y.is_finite()):
        return x == y  # open ends (at least / at most) meet only each other
    return abs(x - y) <= _tolerance(x, y, rule)


def _vague_against(vague: Value, other: Value) -> bool:
    lo, hi = other.span
    return lo < vague.top and hi > vague.low


def is_consistent(a: Value, b: Value, rule: Rule) -> bool:
    """True when ``a`` and ``b`` can both be true of one fact (within the rule's tolerance)."""
    if a.bound is Bound.VAGUE and b.bound is Bound.VAGUE:
        return _close(a.low, b.low, rule) and _close(a.top, b.top, rule)
    if a.bound is Bound.VAGUE:
        return _vague_against(a, b)
    if b.bound is Bound.VAGUE:
        return _vague_against(b, a)
    (alo, ahi), (blo, bhi) = a.span, b.span
    if alo == ahi and blo == bhi:
        return _close(alo, blo, rule)
    if _close(alo, blo, rule) and _close(ahi, bhi, rule):
        return True
    # One interval inside the other (a point inside a stated range, a range inside "at least").
    inside_a = alo <= blo and bhi <= ahi
    inside_b = blo <= alo and ahi <= bhi
    if inside_a or inside_b:
        return True
    # Open-ended bounds only need to meet, within tolerance.
    if Bound.AT_LEAST in (a.bound, b.bound) or Bound.AT_MOST in (a.bound, b.bound):
        edge = _tolerance(
            a.low if a.bound is Bound.AT_LEAST else a.top, b.low if b.bound is Bound.AT_LEAST else b.top, rule
        )
        return alo - edge <= bhi and blo - edge <= ahi
    return False


def _shape(v: Value) -> tuple[Decimal, Decimal, bool, Bound | None]:
    open_bound = v.bound if v.bound in (Bound.AT_LEAST, Bound.AT_MOST, Bound.VAGUE) else None
    return v.low, v.top, v.low == v.top, open_bound


def _all_consistent(values: Sequence[Value], rule: Rule) -> bool:
    """Every two of ``values`` consistent. Plain positive points: the smallest against the largest
    decides (exactly). Many other values: each against the extremes (a few stand for them all)."""
    distinct = list(dict.fromkeys(values))
    if all(v.low == v.top and v.low > 0 and v.bound in _PLAIN for v in distinct):
        lo, hi = min(v.low for v in distinct), max(v.top for v in distinct)
        return _close(lo, hi, rule)
    if len(distinct) > _PAIRWISE:
        extremes = (
            min(distinct, key=lambda v: v.low),
            max(distinct, key=lambda v: v.low),
            min(distinct, key=lambda v: v.top),
            max(distinct, key=lambda v: v.top),
        )
        # In the values' own order (a set's order changes with the hash seed, and so did a fact).
        ends = list(dict.fromkeys((*extremes, *(v for v in distinct if v.bound not in _PLAIN))))
        return all(is_consistent(a, b, rule) for a in distinct for b in ends[:_PAIRWISE])
    return all(is_consistent(a, b, rule) for i, a in enumerate(distinct) for b in distinct[i + 1 :])


def judge(values: Sequence[Value], *, articles: int, rule: Rule) -> Status:
    """The status of a fact stated as ``values`` by ``articles`` distinct articles."""
    if articles < 2:
        return Status.SINGLE_SOURCE
    if len({_shape(v) for v in values}) == 1:
        return Status.AGREE
    if _all_consistent(values, rule):
        return Status.AGREE_WITHIN_ROUNDING
    return Status.DISAGREE


def represent(v: Value) -> Decimal:
    """One number standing for ``v``: the value, a range's middle, a vague range's geometric middle.

    >>> represent(Value(Decimal(10), Decimal(1000), Bound.VAGUE))
    Decimal('100')
    """
    if v.bound is Bound.VAGUE and v.low > 0:
        return (v.low * v.top).sqrt()
    if v.bound is Bound.AT_LEAST:
        return v.low
    if v.bound is Bound.AT_MOST:
        return v.top
    return (v.low + v.top) / 2


def measure_spread(values: Sequence[Value]) -> Decimal | None:
    """Relative spread of the values' representatives: (max - min) / max magnitude, 4 places.

    >>> measure_spread([Value(Decimal(6)), Value(Decimal("5.6"))])
    Decimal('0.0667')
    """
    if not values:
        return None
    reps = [represent(v) for v in values]
    lo, hi = min(reps), max(reps)
    scale = max(abs(lo), abs(hi))
    if scale == 0:
        return Decimal(0)
    return ((hi - lo) / scale).quantize(_SPREAD_PLACES)


def ratio_apart(a: tuple[Decimal, Decimal], b: tuple[Decimal, Decimal]) -> Decimal:
    """By what factor two intervals of positive values lie apart (1 when they meet).

    >>> ratio_apart((Decimal(10_000), Decimal(10_000)), (Decimal(50_000), Decimal(50_000)))
    Decimal('5')
    """
    (alo, ahi), (blo, bhi) = a, b
    if alo <= bhi and blo <= ahi:
        return Decimal(1)
    lower_top, upper_low = (ahi, blo) if ahi < blo else (bhi, alo)
    if lower_top <= 0:
        return _INF
    return upper_low / lower_top
