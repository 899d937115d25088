"""Entity mentions: the gazetteer's companies, people, models, chips and outlets, and names it lacks.

The gazetteer is data (``aicoverage/data/gazetteer.toml``); a user's file in the same format adds to
it (and wins where both name the same string). All names go into one compiled trie pattern, so
matching costs the same however long the gazetteer grows. Names glued together by scraping
("DarioAmodei") or written in capitals are found; a name inside an ordinary word is not. A known
name with an inflection ending of the language ("Дипсика", "Deepseekov") or misspelt by machine
translation so that its consonants still agree ("Deepsek", "Amodi": see
:func:`~aicoverage.extract._translit.name_key`) is that entity too. Names no table lists are found
by :mod:`aicoverage.extract.names` (``origin == "text"``).

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
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from attrs import frozen

from aicoverage._tables import read_table
from aicoverage._wordtrie import trie_pattern
from aicoverage.errors import DataTableError
from aicoverage.extract._namerules import NameRules, name_rules, strip_ending
from aicoverage.extract._translit import name_key
from aicoverage.extract.names import discover_names
from aicoverage.model import EntityMention, TextSpan

_TYPES = frozenset({"company", "person", "model", "chip", "outlet", "organization", "place", "product"})
_FUZZY_LETTERS = 7  # a misspelling is trusted only on a name this long, with this many consonants
_FUZZY_KEY = 4
_WORD = re.compile(r"\S+")
_TRUNCATED = 2  # letters a scraped or translated name may have lost at its end ("Anthrop")
_TRUNCATED_MIN = 6
# one or two capitalised words, ending where a glued next word starts ("Dario AmodiO co-fundador")
_UPPER, _LOWER = "A-ZÀ-ÖØ-ÞА-ЯЁ", "a-zß-öø-ÿа-яё"
# The capital is read before the look behind (two characters: no word character before it): a
# pattern that starts with a character class lets the regex engine skip to where one stands.
_TOKEN = re.compile(
    rf"[{_UPPER}](?<![\w-].)[{_LOWER}]{{3,}}(?:[ \u00a0][{_UPPER}][{_LOWER}]{{3,}})?(?![{_LOWER}\d-])"
)
_NAME_DOTS = "·・•‧"
_LATIN = re.compile(r"[A-Za-z]")


@frozen
class Gazetteer:
    """Names (every written form) of known entities, and the one pattern that finds them all."""

    names: Mapping[str, tuple[str, str]]
    """Written form -> (canonical name, type)."""
    pattern: re.Pattern[str]
    folded: Mapping[str, tuple[str, str]]
    """Case-folded forms -> (canonical, type), also cut by up to two letters: inflected and
    truncated forms are looked up here."""
    keys: Mapping[str, tuple[str, str, int, int]]
    """Consonant keys of forms of one entity -> (canonical, type, shortest, longest length of the
    forms): misspellings."""

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
        if not isinstance(entry, dict):
            raise DataTableError(f"{where}: entity #{i + 1} is not a table")
        canonical, type_ = entry.get("canonical"), entry.get("type")
        names, garbles = entry.get("names", []), entry.get("garbles", [])
        if not isinstance(canonical, str) or not canonical:
            raise DataTableError(f"{where}: entity #{i + 1} has no canonical name")
        if type_ not in _TYPES:
            allowed = ", ".join(sorted(_TYPES))
            raise DataTableError(f"{where}: entity {canonical!r} has type {type_!r}, not one of {allowed}")
        if not isinstance(names, list) or not isinstance(garbles, list):
            raise DataTableError(f"{where}: entity {canonical!r}: names and garbles must be arrays")
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
    except UnicodeDecodeError as e:
        raise DataTableError(f"{path}: gazetteer is not UTF-8 ({e.reason} at byte {e.start})") from e
    except RecursionError as e:
        raise DataTableError(f"{path}: gazetteer is nested too deeply to read") from e


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
    return Gazetteer(names=names, pattern=_pattern(names), folded=_folded(names), keys=_keys(names))


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    """One pattern for every form; forms with ``*`` (which the trie reads as a stem) are escaped."""
    plain = [n for n in names if "*" not in n]
    starred = sorted((n for n in names if "*" in n), key=len, reverse=True)
    alternatives = [
        trie_pattern(plain),
        *(re.escape(n).replace("\\ ", "[\\s\u00a0\u202f]+") for n in starred),
    ]
    return re.compile("|".join(f"(?:{a})" for a in alternatives))


def _folded(names: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str] | None] = {}
    for form, value in names.items():
        folded = form.casefold()
        out[folded] = value
        if " " in form or not _TOKEN.fullmatch(form):
            continue
        for cut in range(1, _TRUNCATED + 1):
            if len(folded) - cut >= _TRUNCATED_MIN:
                short = folded[:-cut]
                out[short] = value if out.get(short, value) == value else None
    return {k: v for k, v in out.items() if v is not None}


def _keys(names: Mapping[str, tuple[str, str]]) -> dict[str, tuple[str, str, int, int]]:
    """Consonant keys of Latin or Cyrillic forms, kept only where one entity has them."""
    out: dict[str, tuple[str, str, int, int] | None] = {}
    for form, (canonical, type_) in names.items():
        key = name_key(form)
        short = len(key) < _FUZZY_KEY and " " not in form  # a full name has consonants enough
        if len(form) < _FUZZY_LETTERS or short or not _TOKEN.fullmatch(form):
            continue
        seen = out.get(key, (canonical, type_, len(form), len(form)))
        if seen is None or seen[:2] != (canonical, type_):
            out[key] = None  # two entities share the key: a misspelling could be either
        else:
            out[key] = (canonical, type_, min(seen[2], len(form)), max(seen[3], len(form)))
    return {k: v for k, v in out.items() if v is not None}


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
    text: str,
    spans: Iterable[TextSpan] | None = None,
    *,
    gazetteer: Gazetteer | None = None,
    language: str | None = None,
    discover: bool = True,
) -> list[EntityMention]:
    """Entities named in ``text`` (only inside ``spans`` when given), in text order.

    Gazetteer entities first (also inflected or misspelt), then, with ``discover``, the names the
    gazetteer lacks (:func:`~aicoverage.extract.names.discover_names`). ``language`` picks the
    names tables (every language's when None).

    >>> found = find_entities("Дипсика и Deepsek. CEO Ann Lee.")
    >>> [(m.text, m.canonical, m.origin) for m in found]  # doctest: +NORMALIZE_WHITESPACE
    [('Дипсика', 'DeepSeek', 'gazetteer'), ('Deepsek', 'DeepSeek', 'gazetteer'),
     ('Ann Lee', 'Ann Lee', 'text')]
    """
    gaz = gazetteer or load_gazetteer()
    ranges = [(s.start, s.end) for s in spans] if spans is not None else [(0, len(text))]
    known: list[EntityMention] = []
    for lo, hi in ranges:
        for m in gaz.pattern.finditer(text, lo, hi):
            s, e = m.span()
            if not _bounded(text, s, e):
                continue
            hit = gaz.names.get(_key(m.group()))
            if hit is None:
                continue
            canonical, type_ = hit
            known.append(EntityMention(text=m.group(), start=s, end=e, canonical=canonical, type=type_))
    known = sorted([*known, *_variants_of_known(text, ranges, gaz, known, language)], key=lambda m: m.start)
    if not discover:
        return known
    found = discover_names(text, ranges, language=language, known=known)
    return sorted([*known, *found], key=lambda m: m.start)


def _variant_hit(word: str, gaz: Gazetteer, rules: NameRules) -> tuple[str, str] | None:
    """(canonical, type) of the known name ``word`` is an inflected, cut or misspelt form of."""
    stem = strip_ending(word, rules)
    hit = gaz.folded.get(stem.casefold())
    if hit is None and len(word) >= _FUZZY_LETTERS:
        near = gaz.keys.get(name_key(stem))
        if near is not None and near[2] - 1 <= len(stem) <= near[3] + 1:
            hit = near[:2]
    return hit


def _variants_of_known(
    text: str,
    ranges: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    known: Sequence[EntityMention],
    language: str | None,
) -> list[EntityMention]:
    """Known one-word names inflected ("Дипсика") or misspelt ("Deepsek") that the pattern missed."""
    rules = name_rules(language)
    taken = bytearray(len(text))
    for k in known:
        taken[k.start : k.end] = b"\x01" * (k.end - k.start)
    out = []
    for lo, hi in ranges:
        for m in _TOKEN.finditer(text, lo, hi):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            # the two words as one name ("Dario Amodi"), else each word alone ("Nvidias Chips")
            parts = (
                [m] if _variant_hit(m.group(), gaz, rules) else list(_WORD.finditer(text, m.start(), m.end()))
            )
            for part in parts:
                hit = _variant_hit(part.group(), gaz, rules)
                if hit is not None:
                    word, at = part.group(), part.start()
                    out.append(
                        EntityMention(text=word, start=at, end=at + len(word), canonical=hit[0], type=hit[1])
                    )
    return out
