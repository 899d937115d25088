"""Units of one family may share a fact (compare/units.py)."""

from __future__ import annotations

import pytest

from aicoverage._tables import read_table, supported_languages
from aicoverage.compare.units import same_kind


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("job", "person"),
        ("employee", "researcher"),
        ("user", "customer"),
        ("gpu", "gpu"),
        ("site", "data_centre"),
    ],
)
def test_units_of_one_family(a: str, b: str) -> None:
    assert same_kind(a, b)
    assert same_kind(b, a)


@pytest.mark.parametrize(
    ("a", "b"), [("user", "chip"), ("job", "model"), ("token", "parameter"), ("gpu", "chip")]
)
def test_units_of_other_families(a: str, b: str) -> None:
    assert not same_kind(a, b)


def test_every_unit_of_a_family_is_one_the_tables_give() -> None:
    given = {
        unit for lang in supported_languages() for unit in read_table("quantities", lang).get("counted", {})
    }
    for units in read_table("units")["families"].values():
        assert set(units) <= given


@pytest.mark.parametrize(
    ("unit", "into", "factor"),
    [
        ("year", "month", 12),
        ("decade", "month", 120),
        ("week", "day", 7),
        ("month", "month", 1),
        (None, None, 1),
    ],
)
def test_a_duration_is_compared_in_one_unit_of_its_scale(
    unit: str | None, into: str | None, factor: int
) -> None:
    from aicoverage.compare.units import compared_in

    assert compared_in(unit) == (into, factor)
