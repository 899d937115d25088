"""Tests of aicoverage.quantities._marks: marks beside a numeral that change how it reads."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aicoverage import find_quantities


@pytest.mark.parametrize(
    ("lang", "text", "low", "currency"),
    [
        ("en", "a loss of -$5 million", Decimal(-5_000_000), "USD"),
        ("en", "(-€3bn)", Decimal(-3_000_000_000), "EUR"),
        ("en", "OpenAI's $6 million", Decimal(6_000_000), "USD"),
        ("en", "Meta’s US$2 billion", Decimal(2_000_000_000), "USD"),
        ("en", "S$6 million", Decimal(6_000_000), "SGD"),  # a real Singapore dollar stays one
    ],
)
def test_signs_and_possessives_before_the_amount(lang: str, text: str, low: Decimal, currency: str) -> None:
    (m,) = find_quantities(text, language=lang)
    assert (m.quantity.low, m.quantity.currency) == (low, currency)


def test_a_hyphen_between_amounts_is_no_minus() -> None:
    (m,) = find_quantities("from $10 -$20", language="en")
    assert (m.quantity.low, m.quantity.high) == (10, 20)


@pytest.mark.parametrize(
    ("text", "low", "unit"),
    [("600兆瓦", 600, "megawatt"), ("5千米", 5, "kilometre"), ("3千万", 30_000_000, None)],
)
def test_a_magnitude_character_that_begins_a_unit_belongs_to_it(
    text: str, low: int, unit: str | None
) -> None:
    (m,) = find_quantities(text, language="zh")
    assert (m.quantity.low, m.quantity.unit) == (low, unit)
