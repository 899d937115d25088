from decimal import Decimal

import pytest

from aicoverage.model import Bound, Kind, Quantity


def test_quantity_rejects_high_below_low() -> None:
    with pytest.raises(ValueError, match="below low"):
        Quantity(kind=Kind.COUNT, low=Decimal(5), high=Decimal(4))


@pytest.mark.parametrize("code", ["usd", "US", "DOLLAR", "€"])
def test_quantity_rejects_currency_that_is_not_iso_4217(code: str) -> None:
    with pytest.raises(ValueError, match="ISO 4217"):
        Quantity(kind=Kind.MONEY, low=Decimal(1), high=Decimal(1), currency=code)


@pytest.mark.parametrize("unit", ["Chip", "", " chip"])
def test_quantity_rejects_unit_that_is_not_a_lowercase_id(unit: str) -> None:
    with pytest.raises(ValueError, match="lowercase id"):
        Quantity(kind=Kind.COUNT, low=Decimal(1), high=Decimal(1), unit=unit)


def test_quantity_is_frozen_and_defaults_to_exact() -> None:
    q = Quantity(kind=Kind.PERCENT, low=Decimal(25), high=Decimal(25), unit="percent")
    assert q.bound is Bound.EXACT
    assert q.is_point
    with pytest.raises(AttributeError):
        q.low = Decimal(1)  # type: ignore[misc]


def test_model_all_is_sorted_and_names_every_public_class_of_its_modules() -> None:
    import inspect

    from aicoverage import model
    from aicoverage.model import _article, _comparison, _extraction, _quantity

    # Sorted as ruff sorts it: constants first.
    assert model.__all__ == sorted(model.__all__, key=lambda n: (not n.isupper(), n))
    defined = {
        name
        for module in (_article, _comparison, _extraction, _quantity)
        for name, value in vars(module).items()
        if inspect.isclass(value) and value.__module__ == module.__name__ and not name.startswith("_")
    }
    # QuantityFields is a mixin of the package, not a model class of its own.
    assert defined - {"QuantityFields"} <= set(model.__all__)
    assert all(getattr(model, name) is not None for name in model.__all__)
