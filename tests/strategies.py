"""Every hypothesis strategy the tests share, in one place (as in attrs and cattrs)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import strategies as st

from aicoverage.model import Bound, Kind, Quantity, QuantityMention

CURRENCIES = ("USD", "EUR", "RUB", "CNY", "BRL", "JPY", "GBP")
UNITS = ("chip", "gpu", "parameter", "token", "person", "percent", "month", "year")

decimals = st.decimals(
    min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, allow_infinity=False, places=4
)


@st.composite
def quantities(draw: st.DrawFn) -> Quantity:
    a, b = draw(decimals), draw(decimals)
    low, high = min(a, b), max(a, b)
    if draw(st.booleans()):
        high = low
    kind = draw(st.sampled_from(list(Kind)))
    currency = draw(st.sampled_from(CURRENCIES)) if kind is Kind.MONEY else None
    unit = None if kind is Kind.MONEY else draw(st.none() | st.sampled_from(UNITS))
    return Quantity(
        kind=kind,
        low=low,
        high=high,
        unit=unit,
        currency=currency,
        bound=draw(st.sampled_from(list(Bound))),
        per=draw(st.none() | st.sampled_from(("year", "month"))),
        currency_inferred=draw(st.booleans()) if currency else False,
    )


@st.composite
def quantity_mentions(draw: st.DrawFn) -> QuantityMention:
    text = draw(st.text(min_size=1, max_size=20))
    start = draw(st.integers(min_value=0, max_value=10_000))
    return QuantityMention(start=start, end=start + len(text), text=text, quantity=draw(quantities()))
