"""The JSON interchange: one cattrs converter, configured here and nowhere else.

Decimals are written as JSON numbers with their exact digits (never through float); dates as ISO
strings; enums as their values; fields marked as flattened in :mod:`aicoverage.model` are written
inline (a claim's ``low`` sits next to its ``start``), and read back the same way.

>>> from decimal import Decimal
>>> from aicoverage.model import Kind, Quantity
>>> q = Quantity(kind=Kind.COUNT, low=Decimal("1.5E+9"), high=Decimal("1.5E+9"), unit="parameter")
>>> text = dumps(q)
>>> text[:63]
'{"kind": "count", "low": 1500000000, "high": 1500000000, "unit"'
>>> loads(text, Quantity) == q
True
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn

from aicoverage.model import FLATTEN

SCHEMA_VERSION = 1
"""Version of the JSON interchange; bumped on any incompatible change."""

T = TypeVar("T")

_MAX_INT_DIGITS = 4_000
"""Integral decimals with more digits are written as strings (``sys.get_int_max_str_digits``)."""


def _unstructure_decimal(value: Decimal) -> int | float | str:
    """An int when integral, a float when the float's shortest repr is the same decimal, else a string.

    Either way reading it back gives the very same :class:`~decimal.Decimal`.
    """
    if not value.is_finite():
        return str(value)
    if value.adjusted() >= _MAX_INT_DIGITS:
        # Past Python's int <-> str digit limit (4,300) json can neither write nor read the int.
        return str(value)
    if value == value.to_integral_value():
        return int(value)
    as_float = float(value)
    if Decimal(repr(as_float)) == value:
        return as_float
    return str(value)


def _structure_decimal(value: Any, _: type) -> Decimal:
    if isinstance(value, float):
        return Decimal(repr(value))
    return Decimal(value)


def _structure_date(value: Any, _: type) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):
        return value
    text = str(value)
    if len(text) == 7:  # a date stated to the month (Article.published_precision == "month")
        return dt.date.fromisoformat(text + "-01")
    if len(text) == 10:
        return dt.date.fromisoformat(text)
    return dt.datetime.fromisoformat(text)


def _flattened(cls: type) -> list[attrs.Attribute[Any]]:
    attrs.resolve_types(cls)
    return [a for a in attrs.fields(cls) if a.metadata.get(FLATTEN)]


def _make_converter() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Decimal, _unstructure_decimal)
    conv.register_structure_hook(Decimal, _structure_decimal)
    conv.register_unstructure_hook(dt.date, dt.date.isoformat)
    conv.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    conv.register_structure_hook(dt.date | dt.datetime | None, _structure_date)
    conv.register_structure_hook(dt.date | dt.datetime, _structure_date)

    def is_flattening(cls: type) -> bool:
        return attrs.has(cls) and bool(_flattened(cls))

    def unstructure_factory(cls: type) -> Any:
        base: Any = make_dict_unstructure_fn(cls, conv)
        flat = [a.name for a in _flattened(cls)]

        def unstructure(obj: Any) -> dict[str, Any]:
            out: dict[str, Any] = base(obj)
            for name in flat:
                inner = out.pop(name)
                out.update(inner)
            return out

        return unstructure

    def structure_factory(cls: type) -> Any:
        base: Any = make_dict_structure_fn(cls, conv)
        flat = [(a.name, a.type) for a in _flattened(cls)]
        own = {a.name for a in attrs.fields(cls)} - {name for name, _ in flat}

        def structure(data: dict[str, Any], _: type) -> Any:
            data = dict(data)
            for name, typ in flat:
                names = _all_names(typ)
                data[name] = {k: data.pop(k) for k in list(data) if k in names and k not in own}
            return base(data, cls)

        return structure

    conv.register_unstructure_hook_factory(is_flattening, unstructure_factory)
    conv.register_structure_hook_factory(is_flattening, structure_factory)
    _write_partial_dates(conv)
    return conv


def _write_partial_dates(conv: cattrs.Converter) -> None:
    """An article's ``published`` stated to the month is written ``"2025-01"``, not a made-up day."""
    from aicoverage.model import Article

    base: Any = make_dict_unstructure_fn(Article, conv)

    def unstructure(article: Article) -> dict[str, Any]:
        out: dict[str, Any] = base(article)
        if article.published_precision == "month" and article.published is not None:
            out["published"] = article.published.strftime("%Y-%m")
        return out

    conv.register_unstructure_hook(Article, unstructure)


def _all_names(cls: Any) -> set[str]:
    """Every key a flattened ``cls`` writes, its own flattened fields' keys included."""
    names: set[str] = set()
    for a in attrs.fields(cls):
        if a.metadata.get(FLATTEN):
            names |= _all_names(a.type)
        else:
            names.add(a.name)
    return names


converter = _make_converter()
"""The converter for every model class (:func:`unstructure` / :func:`structure` use it)."""


def unstructure(obj: Any) -> Any:
    """``obj`` as plain JSON-ready data."""
    return converter.unstructure(obj)


def structure(data: Any, cls: type[T]) -> T:
    """A ``cls`` instance from plain data."""
    return converter.structure(data, cls)


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """``obj`` as JSON text (UTF-8 characters kept, decimals exact)."""
    return json.dumps(unstructure(obj), ensure_ascii=False, indent=indent)


def loads(text: str, cls: type[T]) -> T:
    """A ``cls`` instance from JSON text; numbers are read as exact decimals."""
    return structure(json.loads(text, parse_float=Decimal), cls)
