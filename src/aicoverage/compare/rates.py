"""Exchange rates the user gives: parsing ``FROM:TO=RATE`` and converting a claim's currency.

>>> parse_rate("EUR:USD=1.08")
Rate(currency='EUR', target='USD', rate=Decimal('1.08'))
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from aicoverage.errors import RateError
from aicoverage.model import Rate

__all__ = ["check_rates", "convert", "parse_rate"]

_MAX_DIGITS = 30


def parse_rate(text: str) -> Rate:
    """A user's exchange rate written ``FROM:TO=RATE`` (one FROM is worth RATE TO).

    NaN, infinities and numbers too large to be a rate are refused:

    >>> parse_rate("EUR:USD=1e999999999")
    Traceback (most recent call last):
    ...
    aicoverage.errors.RateError: exchange rate 'EUR:USD=1e999999999': RATE must be a finite positive number
    """
    pair, _, number = text.partition("=")
    source, _, target = pair.partition(":")
    try:
        value = Decimal(number.strip())
    except InvalidOperation:
        raise RateError(f"exchange rate {text!r} is not FROM:TO=RATE (EUR:USD=1.08)") from None
    if (
        not value.is_finite()
        or not value > 0
        or value.adjusted() > _MAX_DIGITS
        or value.adjusted() < -_MAX_DIGITS
    ):
        raise RateError(f"exchange rate {text!r}: RATE must be a finite positive number")
    try:
        return Rate(source.strip().upper(), target.strip().upper(), value)
    except ValueError as e:
        raise RateError(f"exchange rate {text!r} is not FROM:TO=RATE (EUR:USD=1.08): {e}") from None


def check_rates(rates: Sequence[Rate]) -> None:
    """All rates convert into one target currency that is not itself converted."""
    targets = {r.target for r in rates}
    sources = {r.currency for r in rates}
    if len(targets) > 1 or targets & sources:
        raise RateError("exchange rates must all convert into one target currency")


def convert(currency: str | None, rates: Sequence[Rate]) -> tuple[str | None, Decimal, Rate | None]:
    """The currency ``currency`` is compared in, the factor to get there and the rate used."""
    for rate in rates:
        if rate.currency == currency:
            return rate.target, rate.rate, rate
    return currency, Decimal(1), None
