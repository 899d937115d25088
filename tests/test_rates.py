"""compare.rates: the user's exchange rates."""

from __future__ import annotations

from decimal import Decimal

import pytest

from aicoverage.compare import parse_rate
from aicoverage.compare.rates import check_rates, convert
from aicoverage.errors import AicoverageError, RateError
from aicoverage.model import Rate


def test_a_rate_is_from_to_and_value() -> None:
    assert parse_rate(" eur:usd = 1.08 ") == Rate("EUR", "USD", Decimal("1.08"))


@pytest.mark.parametrize(
    "text",
    [
        # bugs caught (issue 13/15): accepted, then failing later
        "EUR:USD=NaN",
        "EUR:USD=nan",
        "EUR:USD=Infinity",
        "EUR:USD=-Infinity",
        "EUR:USD=1e999999999",
        "EUR:USD=1e-999999999",
        # plainly wrong
        "EUR:USD=0",
        "EUR:USD=-1",
        "EUR:USD=",
        "EUR:USD=abc",
        "EURUSD=1.08",
        "EURO:USD=1.08",
    ],
)
def test_bad_rates_are_refused_with_a_typed_error(text: str) -> None:
    with pytest.raises(RateError, match="exchange rate") as err:
        parse_rate(text)
    assert isinstance(err.value, AicoverageError)
    assert repr(text) in str(err.value)


def test_rates_must_share_one_target() -> None:
    with pytest.raises(RateError):
        check_rates((Rate("EUR", "USD", Decimal(1)), Rate("USD", "RUB", Decimal(90))))


def test_convert_uses_the_matching_rate() -> None:
    rate = Rate("EUR", "USD", Decimal("1.08"))
    assert convert("EUR", (rate,)) == ("USD", Decimal("1.08"), rate)
    assert convert("JPY", (rate,)) == ("JPY", Decimal(1), None)
