"""Field maps: which field of a record (JSON, JSON Lines, CSV, a data frame row) holds what.

The profiles are data (``data/fieldmaps.toml``): a default list of usual field names and built-in
profiles for the news APIs' exports (NewsAPI, GDELT DOC, Media Cloud, Event Registry), each applied
to a record that has its ``detect`` fields. A user's map (``field_map={"published": "publishedAt"}``,
or ``"published=publishedAt,text=content"`` as the CLI's ``--map`` writes it) comes first.

>>> fm = parse_field_map("published=publishedAt,text=content")
>>> fm.fields["published"]
('publishedAt',)
>>> record = {"publishedAt": "2025-01-29T10:00:00Z", "source": {"name": "Wired"}, "content": "Chips."}
>>> profile_of(record), field_value(record, ("source.name",))
('newsapi', 'Wired')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

from attrs import frozen

from aicoverage._tables import read_table
from aicoverage.errors import FieldMapError

TARGETS = ("title", "text", "url", "published", "language", "outlet", "author")
"""The article fields a field map can fill."""


@frozen
class FieldMap:
    """A user's field map: record field names (dotted paths) by article field."""

    fields: dict[str, tuple[str, ...]]


def parse_field_map(value: Mapping[str, str | tuple[str, ...] | list[str]] | FieldMap | str) -> FieldMap:
    """A :class:`FieldMap` from a mapping or a ``"target=field,target=field"`` string.

    An unknown target is a :class:`~aicoverage.errors.FieldMapError` naming the known ones.
    """
    if isinstance(value, FieldMap):
        return value
    pairs: list[tuple[str, Any]]
    if isinstance(value, str):
        pairs = []
        for part in filter(None, (p.strip() for p in value.split(","))):
            target, sep, field = part.partition("=")
            if not sep or not field.strip():
                raise FieldMapError(f"field map entry {part!r} is not TARGET=FIELD")
            pairs.append((target.strip(), field.strip()))
    else:
        pairs = list(value.items())
    fields: dict[str, tuple[str, ...]] = {}
    for target, field in pairs:
        if target not in TARGETS:
            raise FieldMapError(f"unknown field map target {target!r}; known: {', '.join(TARGETS)}")
        names = (field,) if isinstance(field, str) else tuple(str(f) for f in field)
        fields[target] = fields.get(target, ()) + names
    return FieldMap(fields)


@functools.cache
def _table() -> dict[str, Any]:
    table = read_table("fieldmaps")
    for name, profile in {"default": table["default"], **table["profiles"]}.items():
        unknown = set(profile) - {*TARGETS, "detect"}
        if unknown:
            raise FieldMapError(f"data/fieldmaps.toml: profile {name!r} has unknown keys {sorted(unknown)}")
    return table


def containers() -> tuple[str, ...]:
    """Where JSON objects keep their list of records (``articles``, ``articles.results``...)."""
    return tuple(_table()["containers"])


def profile_of(record: Mapping[str, Any]) -> str | None:
    """The built-in profile whose ``detect`` fields ``record`` has, if any."""
    for name, profile in _table()["profiles"].items():
        if all(_lookup(record, key) is not None for key in profile["detect"]):
            return str(name)
    return None


def fields_for(target: str, profile: str | None, user: FieldMap | None) -> tuple[str, ...]:
    """The record fields to try for ``target``: the user's, the profile's, then the default ones."""
    table = _table()
    chosen: list[str] = list(user.fields.get(target, ())) if user else []
    if profile:
        chosen += table["profiles"][profile].get(target, [])
    chosen += table["default"].get(target, [])
    return tuple(dict.fromkeys(chosen))


def field_value(record: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    """The first non-empty value among ``names`` (dotted paths; keys matched case-insensitively)."""
    for name in names:
        value = _lookup(record, name)
        if value not in (None, "", [], {}):
            return value
    return None


def language_code(value: object) -> object:
    """A language name or ISO 639-2 code some API writes (``English``, ``eng``) as ISO 639-1."""
    if isinstance(value, str):
        return _table()["languages"].get(value.strip().casefold(), value)
    return value


def _lookup(record: Any, path: str) -> Any:
    value = record
    for part in path.split("."):
        if isinstance(value, list):
            found = [_lookup(v, part) for v in value]
            names = [str(v) for v in found if isinstance(v, str | int) and str(v).strip()]
            return ", ".join(names) or None
        if not isinstance(value, Mapping):
            return None
        if part in value:
            value = value[part]
            continue
        folded = {str(k).casefold(): k for k in value}
        key = folded.get(part.casefold())
        if key is None:
            return None
        value = value[key]
    return value
