"""Numbers for cells: per-unit formats, the text they show, values too large for a spreadsheet."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.exporters._xlsxformat import (
    DATE_FORMAT,
    LARGEST,
    SPREAD_FORMAT,
    cell_number,
    is_too_large,
    number_format,
    point_format,
    shown,
)
from aicoverage.model import Bound, Kind, Quantity


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        (Decimal("6E+6"), 6000000),
        (Decimal("5.6"), 5.6),
        (Decimal("1e400"), "1E+400"),
        (Decimal("-1e309"), "-1E+309"),
        (Decimal("9" * 320), "9" * 320),
        (LARGEST, int(LARGEST)),
    ],
)
def test_cell_number_is_text_past_excels_largest(value: Decimal, cell: object) -> None:
    assert cell_number(value) == cell
    assert is_too_large(value) is isinstance(cell, str)


@given(st.decimals(allow_nan=False, allow_infinity=False))
def test_cell_number_never_raises_and_keeps_the_value(value: Decimal) -> None:
    cell = cell_number(value)
    if isinstance(cell, str):
        assert Decimal(cell) == value
    else:
        assert abs(cell) <= 1e308


@pytest.mark.parametrize(
    ("quantity", "range_format", "end_format"),
    [
        (
            Quantity(kind=Kind.DURATION, low=Decimal(7), high=Decimal(10), unit="month"),
            '#,##0"–10 month"_)',
            '#,##0" month"_)',
        ),
        (
            Quantity(kind=Kind.MONEY, low=Decimal(1), high=Decimal("1e400"), currency="USD"),
            '#,##0"–1E+400 USD"_)',
            '#,##0" USD"_)',
        ),
        (
            Quantity(
                kind=Kind.MONEY, low=Decimal("5.6"), high=Decimal("5.6"), currency="USD", bound=Bound.APPROX
            ),
            '"~"#,##0.0##" USD"_)',
            '"~"#,##0.0##" USD"_)',
        ),
    ],
)
def test_formats_of_a_range_and_of_its_ends(quantity: Quantity, range_format: str, end_format: str) -> None:
    assert number_format(quantity) == range_format
    assert point_format(quantity) == end_format


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        (5600000, '"~"#,##0" USD"_)', "~5,600,000 USD "),
        (3.0, '#,##0.0##"x"_)', "3.0x "),
        (1.68, '#,##0.0##"x"_)', "1.68x "),
        (0.684, SPREAD_FORMAT, "68.4% "),
        (45687.0, DATE_FORMAT, "yyyy-mm-dd_)"),
        (1234567, None, "1234567"),
        ("1E+400", '#,##0" USD"_)', "1E+400"),
    ],
)
def test_shown_is_what_a_spreadsheet_draws(value: object, fmt: str | None, text: str) -> None:
    assert shown(value, fmt) == text
