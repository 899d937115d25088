"""Entity mentions: the gazetteer's companies, people, models, chips and outlets named in a text.

The gazetteer is data (``aicoverage/data/gazetteer.toml``); a user's file in the same format adds to
it (and wins where both name the same string). All names go into one compiled trie pattern, so
matching costs the same however long the gazetteer grows. Names glued together by scraping
("DarioAmodei"), written in capitals, or garbled by machine translation ("Deepsek") are found; a
name inside an ordinary word is not.

>>> text = "Лян Вэньфэн и DarioAmodei; 英伟达H800GPU, Deepsek."
>>> [(m.text, m.canonical, m.type) for m in find_entities(text)]  # doctest: +NORMALIZE_WHITESPACE
[('Лян Вэньфэн', 'Liang Wenfeng', 'person'), ('DarioAmodei', 'Dario Amodei', 'person'),
 ('英伟达H800', 'Nvidia H800', 'chip'), ('Deepsek', 'DeepSeek', 'company')]
"""

from __future__ import annotations

import functools
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from typing import Any

from attrs import frozen

from aicoverage._tables import read_table
from aicoverage._wordtrie import trie_pattern
from aicoverage.errors import DataTableError
from aicoverage.model import EntityMention, TextSpan

_TYPES = frozenset({"company", "person", "model", "chip", "outlet", "organization", "place"})
_NAME_DOTS = "·・•‧"
_LATIN = re.compile(r"[A-Za-z]")


@frozen
class Gazetteer:
    """Names (every written form) of known entities, and the one pattern that finds them all."""

    names: Mapping[str, tuple[str, str]]
    """Written form -> (canonical name, type)."""
    pattern: re.Pattern[str]

    def canonical_of(self, name: str) -> tuple[str, str] | None:
        """(canonical, type) of a written form, if the gazetteer knows it."""
        return self.names.get(name)


def _variants(name: str, type_: str) -> set[str]:
    forms = {name}
    if _LATIN.search(name):
        forms.add(name.upper())
        if " " not in name:
            forms.add(name[0] + name[1:].lower())
    if type_ == "person":
        if " " in name:
            forms.add(name.replace(" ", ""))
        if any(d in name for d in _NAME_DOTS):
            bare = name
            for d in _NAME_DOTS:
                bare = bare.replace(d, "\0")
            forms.add(bare.replace("\0", ""))
            forms.update(bare.replace("\0", d) for d in _NAME_DOTS)
    return {f for f in forms if len(f) > 1}


def _entries(table: Mapping[str, Any], where: str) -> Iterable[tuple[str, str, list[str], list[str]]]:
    entries = table.get("entity", [])
    if not isinstance(entries, list):
        raise DataTableError(f"{where}: 'entity' must be an array of tables ([[entity]])")
    for i, entry in enumerate(entries):
        canonical, type_ = entry.get("canonical"), entry.get("type")
        names, garbles = entry.get("names", []), entry.get("garbles", [])
        if not isinstance(canonical, str) or not canonical:
            raise DataTableError(f"{where}: entity #{i + 1} has no canonical name")
        if type_ not in _TYPES:
            allowed = ", ".join(sorted(_TYPES))
            raise DataTableError(f"{where}: entity {canonical!r} has type {type_!r}, not one of {allowed}")
        if not all(isinstance(n, str) for n in [*names, *garbles]):
            raise DataTableError(f"{where}: entity {canonical!r}: names must be strings")
        yield canonical, type_, [canonical, *names], list(garbles)


def _read_user_file(path: str) -> dict[str, Any]:
    try:
        with open(path, "rb") as fh:
            return tomllib.load(fh)
    except OSError as e:
        raise DataTableError(f"{path}: cannot read gazetteer: {e.strerror}") from e
    except tomllib.TOMLDecodeError as e:
        raise DataTableError(f"{path}: not a valid TOML gazetteer: {e}") from e


@functools.cache
def load_gazetteer(path: str | None = None) -> Gazetteer:
    """The built-in gazetteer, extended by the TOML file at ``path`` if given (cached per path).

    >>> load_gazetteer().canonical_of("深度求索")
    ('DeepSeek', 'company')
    """
    names: dict[str, tuple[str, str]] = {}
    tables = [(read_table("gazetteer"), "data/gazetteer.toml")]
    if path is not None:
        tables.append((_read_user_file(os.fspath(path)), os.fspath(path)))
    for table, where in tables:
        for canonical, type_, written, garbles in _entries(table, where):
            for name in written:
                for form in _variants(name, type_):
                    names[_key(form)] = (canonical, type_)
            for garble in garbles:
                names[_key(garble)] = (canonical, type_)
    return Gazetteer(names=names, pattern=re.compile(trie_pattern(names)))


def _key(name: str) -> str:
    """A name as looked up: any run of whitespace (NBSP included) is one space, as the pattern matches."""
    return " ".join(name.split())


def _cased(ch: str) -> bool:
    return ch.isupper() or ch.islower()


def _bounded(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands as a word (or as a camel-case part of a glued word)."""
    first, last = text[start], text[end - 1]
    if start > 0:
        prev = text[start - 1]
        if prev.isdigit() and first.isdigit():
            return False
        if _cased(prev) and not (first.isupper() and (prev.islower() or prev.isdigit())):
            return False
        if _cased(prev) and _cased(first) and prev.isupper():
            return False
    if end < len(text):
        nxt = text[end]
        if nxt.isdigit() and last.isdigit():
            return False
        if nxt.islower() and _cased(last):
            return False
        if nxt.isupper() and last.isupper() and len(text[start:end]) < 5:
            return False
    return True


def find_entities(
    text: str, spans: Iterable[TextSpan] | None = None, *, gazetteer: Gazetteer | None = None
) -> list[EntityMention]:
    """Gazetteer entities named in ``text`` (only inside ``spans`` when given), in text order."""
    gaz = gazetteer or load_gazetteer()
    ranges = [(s.start, s.end) for s in spans] if spans is not None else [(0, len(text))]
    out: list[EntityMention] = []
    for lo, hi in ranges:
        for m in gaz.pattern.finditer(text, lo, hi):
            s, e = m.span()
            if not _bounded(text, s, e):
                continue
            canonical, type_ = gaz.names[_key(m.group())]
            out.append(EntityMention(text=m.group(), start=s, end=e, canonical=canonical, type=type_))
    return out
