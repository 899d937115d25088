"""Tests of aicoverage.quantities._digits: what the separators inside a digit run mean."""

from __future__ import annotations

import itertools
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage.quantities._digits import read_digits

EN = {"decimal": ".", "group": ","}
PT = {"decimal": ",", "group": "."}
RU = {"decimal": ",", "group": "\u00a0"}

# (symbols, run, [(value, grouped), ...])
CASES = [
    (EN, "1234", [("1234", False)]),
    (EN, "1,234,567", [("1234567", True)]),
    (EN, "1,234.5", [("1234.5", True)]),
    (EN, "4.800", [("4.800", False)]),  # the locale's decimal mark
    (EN, "1,5", [("1.5", False)]),  # not a 3-digit group: a decimal comma
    (PT, "50.000", [("50000", True)]),
    (PT, "1.5", [("1.5", False)]),
    (PT, "1,000", [("1000", True)]),  # nobody writes a decimal ",000"
    (PT, "1.234,56", [("1234.56", True)]),
    (RU, "10\u00a0000", [("10000", True)]),
    (RU, "10 000,5", [("10000.5", True)]),
    (RU, "1.5", [("1.5", False)]),
    (EN, "12,34,567.89", [("1234567.89", True)]),  # lakh grouping
    (EN, "1,20,000", [("120000", True)]),
    (EN, "192.168.1.2", [("192", False), ("168", False), ("1", False), ("2", False)]),
    (PT, "31.12.2020", [("31", False), ("12", False), ("2020", False)]),
    (EN, "2019 150", [("2019", False), ("150", False)]),
]


@pytest.mark.parametrize(("symbols", "run", "expected"), CASES)
def test_read_digits_reads_separators_by_locale_and_by_shape(
    symbols: dict[str, str], run: str, expected: list[tuple[str, bool]]
) -> None:
    pieces = read_digits(run, **symbols)
    assert [(p.value, p.grouped) for p in pieces] == [(Decimal(v), g) for v, g in expected]


def test_read_digits_pieces_point_into_the_run() -> None:
    run = "192.168.1.2"
    assert [run[p.start : p.end] for p in read_digits(run, **EN)] == ["192", "168", "1", "2"]


runs = st.lists(st.integers(0, 9999).map(str), min_size=1, max_size=5).flatmap(
    lambda parts: st.lists(
        st.sampled_from(". ,\u00a0"), min_size=len(parts) - 1, max_size=len(parts) - 1
    ).map(lambda seps: parts[0] + "".join(s + p for s, p in zip(seps, parts[1:], strict=True)))
)


@given(run=runs, symbols=st.sampled_from([EN, PT, RU]))
def test_read_digits_covers_every_digit_once(run: str, symbols: dict[str, str]) -> None:
    pieces = read_digits(run, **symbols)
    assert pieces
    assert "".join(run[p.start : p.end] for p in pieces).replace(".", "").replace(",", "").replace(
        " ", ""
    ).replace("\u00a0", "") == "".join(ch for ch in run if ch.isdigit())
    for a, b in itertools.pairwise(pieces):
        assert a.end < b.start
