import json
from decimal import Decimal

import pytest
from hypothesis import given

from aicoverage.model import Kind, Quantity, QuantityMention
from aicoverage.serialize import dumps, loads, unstructure
from tests.strategies import quantities, quantity_mentions


@given(quantities())
def test_quantity_json_round_trip(q: Quantity) -> None:
    assert loads(dumps(q), Quantity) == q


@given(quantity_mentions())
def test_mention_json_round_trip_is_flat(m: QuantityMention) -> None:
    data = json.loads(dumps(m))
    assert {"start", "end", "text", "kind", "low", "high", "unit", "currency", "bound"} <= set(data)
    assert "quantity" not in data
    assert loads(dumps(m), QuantityMention) == m


@pytest.mark.parametrize(
    ("value", "written"),
    [
        (Decimal("5600000"), "5600000"),
        (Decimal("1.5E+9"), "1500000000"),
        (Decimal("0.1"), "0.1"),
        (Decimal("350.333333333333333333333"), '"350.333333333333333333333"'),
    ],
)
def test_decimals_are_written_exactly(value: Decimal, written: str) -> None:
    q = Quantity(kind=Kind.COUNT, low=value, high=value)
    assert json.dumps(unstructure(q)["low"]) == written
    assert loads(dumps(q), Quantity).low == value


def test_a_number_of_thousands_of_digits_round_trips() -> None:
    huge = Decimal("9" * 5000)
    q = Quantity(kind=Kind.COUNT, low=huge, high=huge)
    text = dumps(q)
    assert loads(text, Quantity).low == huge
    assert loads(
        dumps(Quantity(kind=Kind.COUNT, low=Decimal("1E+4500"), high=Decimal("1E+4500"))), Quantity
    ).low
