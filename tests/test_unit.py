"""A candidate's unit (quantities/_unit.py): what follows its numerals, and the marks before them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aicoverage import find_quantities
from aicoverage.model import Kind
from aicoverage.quantities._lexicon import lexicon
from aicoverage.quantities._numerals import find_numerals
from aicoverage.quantities._unit import Candidate, Left, read_unit, with_marks_before


def _read(text: str, lang: str) -> tuple[Kind, str | None, str | None, int]:
    lex = lexicon(lang)
    (n,) = find_numerals(text, lang, keep_weak=True)
    left = Left(n.start, None, None, False, False, False, None, n.start)
    c = Candidate(n, n, n.low, n.high, after=lex.read_after(text, n.end))
    r = with_marks_before(read_unit(text, c, left, lex), text, c, left, lex)
    return r.kind, r.unit, r.currency, r.end


@pytest.mark.parametrize(
    ("lang", "text", "kind", "unit", "currency", "end"),
    [
        ("en", "5% more", Kind.PERCENT, "percent", None, 2),
        ("en", "5 dollars", Kind.MONEY, None, "USD", 9),
        ("en", "3 years", Kind.DURATION, "year", None, 7),
        ("en", "3 times cheaper", Kind.MULTIPLE, None, None, 7),
        ("en", "called 3 times", Kind.COUNT, "time", None, 14),  # how often, not how much
        ("zh", "九成", Kind.PERCENT, "percent", None, 2),
        ("zh", "5个数据中心", Kind.COUNT, "data_centre", None, 2),  # the measure word, its noun's unit
        ("ja", "3000人の開発者", Kind.COUNT, "developer", None, 9),
        ("de", "2000 Firmenkunden", Kind.COUNT, "customer", None, 17),
        ("ru", "5 серверов", Kind.COUNT, "server", None, 10),
    ],
)
def test_the_unit_after_the_numerals(
    lang: str, text: str, kind: Kind, unit: str | None, currency: str | None, end: int
) -> None:
    assert _read(text, lang) == (kind, unit, currency, end)


@given(st.integers(1, 10**9), st.sampled_from(["", " dollars", "%", " people", " years", " x"]))
def test_the_reading_never_ends_before_the_numerals(value: int, tail: str) -> None:
    text = f"{value}{tail}"
    assert _read(text, "en")[3] >= len(str(value))


def test_a_currency_sign_before_makes_a_count_money() -> None:
    text = "$5 widgets"
    lex = lexicon("en")
    (n,) = find_numerals(text, "en")
    left = Left(0, None, "USD", True, False, False, None, 0)
    c = Candidate(n, n, Decimal(5), Decimal(5), after=lex.read_after(text, n.end))
    r = with_marks_before(read_unit(text, c, left, lex), text, c, left, lex)
    assert (r.kind, r.currency) == (Kind.MONEY, "USD")


@pytest.mark.parametrize(
    ("lang", "text", "value", "unit"),
    [
        ("en", "two decades", 20, "year"),
        ("de", "zwei Jahrzehnte", 20, "year"),
        ("fr", "deux décennies", 20, "year"),
        ("es", "tres décadas", 30, "year"),
        ("it", "due decenni", 20, "year"),
        ("ru", "три десятилетия", 30, "year"),
        ("de", "3 Quartale", 9, "month"),
        ("en", "2 quarters", 6, "month"),
    ],
)
def test_decades_and_quarters_read_in_years_and_months(lang: str, text: str, value: int, unit: str) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.quantity.kind, m.quantity.low, m.quantity.unit) == (Kind.DURATION, value, unit)


def test_a_year_before_a_period_word_dates_it() -> None:
    assert find_quantities("the 1988 quarter also included gains", language="en") == []


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("fr", "un an et demi", Decimal("1.5")),
        ("es", "dos años y medio", Decimal("2.5")),
        ("it", "due ore e mezza", Decimal("2.5")),
        ("pt", "um ano e meio", Decimal("1.5")),
        ("en", "two years and a half", Decimal("2.5")),
        ("ru", "два года с половиной", Decimal("2.5")),
        ("zh", "两年半", Decimal("2.5")),
        ("ja", "1年半", Decimal("1.5")),
    ],
)
def test_a_half_after_the_unit_of_a_duration(lang: str, text: str, value: Decimal) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.text, m.quantity.low) == (text, value)
