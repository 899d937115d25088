"""Numbers for spreadsheet cells: per-unit number formats, the text they show, and safe values.

A value is written as a real number whose number format carries the unit and bound ("~5,600,000
USD"), so a reader sees it as stated and can still sort and sum. :func:`shown` renders the text a
spreadsheet program draws for such a cell, to size columns so that no ``###`` appears.
:func:`cell_number` turns a Decimal into a cell value; one too large for a spreadsheet (past
about 1e308, the float range) is returned as text instead, and :func:`is_too_large` says so.

>>> from decimal import Decimal
>>> from aicoverage.model import Kind
>>> q = Quantity(kind=Kind.MONEY, low=Decimal(5600000), high=Decimal(5600000), currency="USD")
>>> fmt = number_format(q)
>>> fmt, shown(5600000, fmt)
('#,##0" USD"_)', '5,600,000 USD ')
>>> cell_number(Decimal("1e400"))
'1E+400'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from decimal import Decimal

from aicoverage.model import Bound, Kind, Quantity

LARGEST = Decimal("9.99e307")
"""The largest magnitude Excel holds as a number (its own limit, just below the float range)."""

PAD = "_)"
"""Ends every number format: a space after the number, so that it never touches the text of the
next (left-aligned) cell."""
SPREAD_FORMAT = "0.0%" + PAD
DATE_FORMAT = "yyyy-mm-dd" + PAD
DATETIME_FORMAT = "yyyy-mm-dd hh:mm" + PAD
_PREFIX = {Bound.APPROX: "~", Bound.AT_LEAST: "≥", Bound.AT_MOST: "≤", Bound.VAGUE: "≈"}
_QUOTED = re.compile(r'"([^"]*)"')


def is_too_large(value: Decimal) -> bool:
    """Whether ``value`` cannot be a spreadsheet number (too large, or not finite)."""
    return not value.is_finite() or abs(value) > LARGEST


def cell_number(value: Decimal) -> int | float | str:
    """``value`` as a cell: an int when integral, else the nearest float; text when too large.

    >>> cell_number(Decimal("6E+6")), cell_number(Decimal("5.6"))
    (6000000, 5.6)
    """
    if is_too_large(value):
        return str(value)
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def unit_tail(*, kind: Kind | None, unit: str | None, currency: str | None, per: str | None) -> str:
    """The text after a number: " USD", "%", " month", "x", with "/year" for a rate."""
    if currency:
        tail = f" {currency}"
    elif unit == "percent":
        tail = "%"
    elif unit:
        tail = f" {unit}"
    elif kind is Kind.MULTIPLE:
        tail = "x"
    else:
        tail = ""
    return f"{tail}/{per}" if per else tail


def _format(head: str, integral: bool, tail: str) -> str:
    digits = "#,##0" if integral else "#,##0.0##"
    quoted = [f'"{part.replace(chr(34), "")}"' if part else "" for part in (head, tail)]
    return f"{quoted[0]}{digits}{quoted[1]}{PAD}"


@functools.lru_cache(maxsize=4096)
def number_format(quantity: Quantity) -> str:
    """An Excel number format that shows ``quantity`` as stated: bound, range end, unit.

    >>> from aicoverage.model import Kind
    >>> q = Quantity(kind=Kind.DURATION, low=Decimal(7), high=Decimal(10), unit="month")
    >>> number_format(q)
    '#,##0"–10 month"_)'
    """
    integral = all(v == v.to_integral_value() for v in (quantity.low, quantity.high))
    high = cell_number(quantity.high)
    tail = "" if quantity.is_point else f"–{high:,}" if not isinstance(high, str) else f"–{high}"
    tail += unit_tail(kind=quantity.kind, unit=quantity.unit, currency=quantity.currency, per=quantity.per)
    return _format(_PREFIX.get(quantity.bound, ""), integral, tail)


@functools.lru_cache(maxsize=4096)
def point_format(quantity: Quantity) -> str:
    """The format of one end of ``quantity`` (its bound and unit, no range): ``"~"#,##0" USD"_)``.

    >>> from aicoverage.model import Kind
    >>> point_format(Quantity(kind=Kind.DURATION, low=Decimal(7), high=Decimal(10), unit="month"))
    '#,##0" month"_)'
    """
    integral = all(v == v.to_integral_value() for v in (quantity.low, quantity.high))
    tail = unit_tail(kind=quantity.kind, unit=quantity.unit, currency=quantity.currency, per=quantity.per)
    return _format(_PREFIX.get(quantity.bound, ""), integral, tail)


@functools.lru_cache(maxsize=1024)
def plain_format(tail: str, integral: bool) -> str:
    """The format of a bare value in a unit (a fact's low, median, high): ``#,##0" USD"_)``."""
    return _format("", integral, tail)


def shown(value: object, fmt: str | None = None) -> str:
    """The text a spreadsheet draws for ``value`` in format ``fmt`` (ours, or General).

    >>> shown(0.0667, SPREAD_FORMAT), shown(7, '#,##0"–10 month"'), shown(2.5, '#,##0.0##"%"')
    ('6.7% ', '7–10 month', '2.5%')
    >>> len(shown(45687.5, DATETIME_FORMAT)) >= len("2025-01-30 12:00 ")
    True
    """
    if isinstance(value, str):
        return value
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, int | float) or isinstance(value, bool):
        return "" if value is None else str(value)
    if fmt == SPREAD_FORMAT:
        return f"{value * 100:.1f}% "
    if fmt in (DATE_FORMAT, DATETIME_FORMAT):  # a date's serial number, drawn as the date
        return fmt
    if fmt is None or fmt == "General" or "#" not in fmt:
        return f"{value:.10g}" if isinstance(value, float) else str(value)
    pad = " " if fmt.endswith(PAD) else ""
    fmt = fmt.removesuffix(PAD)
    parts = _QUOTED.findall(fmt)
    head = parts[0] if fmt.startswith('"') and parts else ""
    tail = parts[-1] if fmt.endswith('"') and parts and (len(parts) > 1 or not head) else ""
    body = _decimals(value) if ".0##" in fmt else f"{round(value):,}"
    return f"{head}{body}{tail}{pad}"


def _decimals(value: float) -> str:
    """``value`` as ``#,##0.0##`` shows it: one to three decimals."""
    text = f"{value:,.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text
