"""The Facts sheet's rows: one row per fact, in words and numbers, facts of many sources first.

Each row: the fact's label, its status in words, how many sources state it, the lowest, median
and highest value in the fact's unit (real numbers), the unit, the spread and the outlets that
state it. :func:`fact_row` is the one place a fact becomes a row (the place to add new fields).

>>> from decimal import Decimal
>>> from aicoverage.model import Claim, Fact, FactClaim, Kind, Quantity, Status
>>> def claim(v):
...     q = Quantity(kind=Kind.MONEY, low=Decimal(v), high=Decimal(v), currency="USD")
...     return Claim(start=0, end=1, text=v, quantity=q, sentence=v, sentence_start=0)
>>> fact = Fact(id="fact-001", label="DeepSeek · cost (USD)", status=Status.DISAGREE,
...             claims=(FactClaim("a", claim("6")), FactClaim("b", claim("10"))),
...             kind=Kind.MONEY, currency="USD", spread=Decimal("0.4"))
>>> fact_row(fact, {"a": "Reuters", "b": "观察者网"}, ()).values[:8]
('fact-001', 'DeepSeek · cost (USD)', 'disagree', 2, 6, 8, 10, 'USD')
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, NamedTuple

from aicoverage.compare.units import compared_in
from aicoverage.exporters._xlsxformat import cell_number, unit_tail
from aicoverage.model import Comparison, Fact, Kind, Quantity, Rate, Status

STATUS_WORDS = {
    Status.AGREE: "agree",
    Status.AGREE_WITHIN_ROUNDING: "agree within rounding",
    Status.DISAGREE: "disagree",
    Status.SINGLE_SOURCE: "one source",
}
"""How a status reads on the sheets (its colour comes from conditional formatting on these)."""

FACT_COLUMNS = (
    "fact",
    "label",
    "status",
    "sources",
    "low",
    "median",
    "high",
    "unit",
    "spread",
    "stated by",
    "note",
)
VALUE_COLUMNS = (4, 5, 6)
"""Indexes of the low, median and high columns (numbers in the fact's unit)."""
SPREAD_NOTE = (
    "spread = (highest - lowest) / highest of the sources' values; a range counts by its middle, "
    "a vague amount by its geometric middle, 'at least'/'at most' by its bound; 0 when all agree"
)


class FactRow(NamedTuple):
    """A fact's row and the number format tail of its values (" USD", "%", " month")."""

    values: tuple[Any, ...]
    tail: str


def fact_label(fact: Fact) -> str:
    """The fact's label as a reader reads it (topic ids in words)."""
    return fact.label.replace("_", " ")


def fact_unit(fact: Fact) -> str | None:
    """The fact's unit in words: "USD", "month", "multiple per year"."""
    what = fact.currency or fact.unit or (fact.kind.value if fact.kind else None)
    per = fact.claims[0].claim.quantity.per if fact.claims else None
    return f"{what} per {per}" if what and per else what


def _factor(currency: str | None, target: str | None, rates: Sequence[Rate]) -> Decimal | None:
    if currency == target:
        return Decimal(1)
    for rate in rates:
        if rate.currency == currency and rate.target == target:
            return rate.rate
    return None


def in_fact_unit(fact: Fact, quantity: Quantity, rates: Sequence[Rate]) -> tuple[Decimal, Decimal] | None:
    """``quantity``'s (low, high) in the fact's currency or, for a duration, in the fact's unit
    ("1.5 years" in a fact of months: 18); None when no rate converts it."""
    factor = _factor(quantity.currency, fact.currency, rates) if fact.currency else Decimal(1)
    if factor is None:
        return None
    if quantity.kind is Kind.DURATION and quantity.unit != fact.unit:
        into, scale = compared_in(quantity.unit)
        factor = factor * scale if into == fact.unit else factor
    if factor == 1:  # exact: Decimal arithmetic would round to 28 digits
        return quantity.low, quantity.high
    return quantity.low * factor, quantity.high * factor


def fact_values(fact: Fact, rates: Sequence[Rate]) -> list[tuple[Decimal, Decimal]]:
    """Each claim's (low, high) in the fact's currency (claims that cannot be converted left out)."""
    values = (in_fact_unit(fact, fc.claim.quantity, rates) for fc in fact.claims)
    return [v for v in values if v is not None]


def _stats(values: Sequence[tuple[Decimal, Decimal]]) -> tuple[Any, Any, Any]:
    if not values:
        return None, None, None
    low = min(v[0] for v in values)
    high = max(v[1] for v in values)
    middle = statistics.median(lo if lo == hi else (lo + hi) / 2 for lo, hi in values)
    return cell_number(low), cell_number(middle), cell_number(high)


def fact_row(fact: Fact, outlets: Mapping[str, str], rates: Sequence[Rate]) -> FactRow:
    """The Facts sheet row of ``fact``; ``outlets`` maps a source path to its outlet."""
    first = fact.claims[0].claim.quantity if fact.claims else None
    tail = unit_tail(
        kind=fact.kind,
        unit=fact.unit,
        currency=fact.currency,
        per=first.per if first else None,
    )
    sources = list(dict.fromkeys(fc.article for fc in fact.claims))
    stated_by = ", ".join(dict.fromkeys(outlets.get(s, s) for s in sources))
    row = (
        fact.id,
        fact_label(fact),
        STATUS_WORDS[fact.status],
        len(sources),
        *_stats(fact_values(fact, rates)),
        fact_unit(fact),
        float(fact.spread) if fact.spread is not None else None,
        stated_by,
        fact.note,
    )
    return FactRow(row, tail)


def facts_in_order(comparison: Comparison) -> list[Fact]:
    """The facts, those stated by more sources first (otherwise in the comparison's order)."""
    return sorted(comparison.facts, key=lambda f: -len({fc.article for fc in f.claims}))
