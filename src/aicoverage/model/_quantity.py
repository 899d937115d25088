"""Quantities: the normalised value of a number in a text (kind, ends, unit or currency, bound).

>>> from decimal import Decimal
>>> q = Quantity(kind=Kind.MONEY, low=Decimal(6_000_000), high=Decimal(6_000_000), currency="USD")
>>> q.is_point, q.bound.value
(True, 'exact')
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from attrs import Attribute, field, frozen

FLATTEN = "aicoverage.flatten"
"""Field metadata key: the field's own fields are written inline in the JSON interchange."""


def flat() -> dict[str, bool]:
    return {FLATTEN: True}


class Kind(StrEnum):
    """What a quantity measures."""

    MONEY = "money"
    COUNT = "count"
    PERCENT = "percent"
    MULTIPLE = "multiple"
    DURATION = "duration"


class Bound(StrEnum):
    """How the text qualifies a value: exactly, about, at least, at most, or only vaguely."""

    EXACT = "exact"
    APPROX = "approx"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    VAGUE = "vague"


def _check_low_high(instance: Quantity, attribute: Attribute[Decimal], value: Decimal) -> None:
    if value < instance.low:
        raise ValueError(f"high ({value}) is below low ({instance.low})")


def check_currency(instance: object, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None and not (len(value) == 3 and value.isascii() and value.isupper()):
        raise ValueError(f"currency must be an ISO 4217 code, got {value!r}")


def check_unit(instance: object, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None and (not value or value != value.lower() or value != value.strip()):
        raise ValueError(f"unit must be a lowercase id, got {value!r}")


@frozen
class Quantity:
    """A normalised value: ``low``..``high`` (equal for a point value) of a kind, unit or currency.

    ``unit`` is a lowercase singular English id (``chip``, ``parameter``, ``percent``, ``month``);
    ``currency`` an ISO 4217 code, ``currency_inferred`` true when it was resolved from an ambiguous
    sign such as a bare ``$``. ``per`` keeps the period of a rate ("4x a year" -> ``year``).
    """

    kind: Kind
    low: Decimal
    high: Decimal = field(validator=_check_low_high)
    unit: str | None = field(default=None, validator=check_unit)
    currency: str | None = field(default=None, validator=check_currency)
    bound: Bound = Bound.EXACT
    per: str | None = field(default=None, validator=check_unit)
    currency_inferred: bool = False

    @property
    def is_point(self) -> bool:
        """True when the quantity is one value rather than a range."""
        return self.low == self.high


class QuantityFields:
    """Read-through access to ``self.quantity`` for classes that carry one."""

    quantity: Quantity

    @property
    def kind(self) -> Kind:
        return self.quantity.kind

    @property
    def low(self) -> Decimal:
        return self.quantity.low

    @property
    def high(self) -> Decimal:
        return self.quantity.high

    @property
    def unit(self) -> str | None:
        return self.quantity.unit

    @property
    def currency(self) -> str | None:
        return self.quantity.currency

    @property
    def bound(self) -> Bound:
        return self.quantity.bound


@frozen
class QuantityMention(QuantityFields):
    """A quantity as stated in a text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    quantity: Quantity = field(metadata=flat())
