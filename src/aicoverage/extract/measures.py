"""What a number measures, whether it is a part or a total, and the year it refers to.

Measures are language-independent ids (``market_value_change``, ``training_cost``, ``chip_count``)
defined in ``data/measures.toml`` with the kinds of quantity they apply to; the words that signal
them are per language in ``data/measures/<language>.toml``. The nearest word of the number's
clause whose measure fits the quantity's kind wins, a more specific measure (``training_cost``)
beside its parent (``cost``) wins over it, and a unit that tells the measure by itself
(``chip``) decides. Unknown stays None.

>>> from decimal import Decimal
>>> from aicoverage.model import Kind, Quantity
>>> text = "Nvidia lost $589 billion in market value in 2025."
>>> q = Quantity(kind=Kind.MONEY, low=Decimal(589e9), high=Decimal(589e9), currency="USD")
>>> read_measure(text, 0, len(text), 12, 24, q, language="en")
('market_value_change', 7)
>>> read_period(text, 0, len(text), 12, 24)
'2025'
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping, Sequence

from attrs import frozen

from aicoverage._tables import read_table, supported_languages
from aicoverage._wordtrie import words_pattern
from aicoverage.errors import DataTableError
from aicoverage.model import Kind, Quantity

_SPEC_KEYS = frozenset({"kinds", "units", "parent", "label"})
_LANGUAGE_KEYS = frozenset({"words", "parts", "per_unit"})
_PARTS = ("part", "total")
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,]?\d)")
_REACH = 120
_PER_REACH = 12
_DIGIT = re.compile(r"\d")
"""How far (characters) from the number a word may be: keeps the work per claim bounded."""


@frozen
class MeasureSpec:
    """One measure: the kinds it applies to, units that tell it, the measure it refines, its label."""

    id: str
    kinds: frozenset[Kind]
    units: frozenset[str] = frozenset()
    parent: str | None = None
    label: str = ""


@functools.cache
def measure_specs() -> Mapping[str, MeasureSpec]:
    """Every measure of ``data/measures.toml`` by id (a misspelt key is a :class:`DataTableError`)."""
    out: dict[str, MeasureSpec] = {}
    for name, entry in read_table("measures")["measures"].items():
        unknown = set(entry) - _SPEC_KEYS
        if unknown:
            raise DataTableError(f"data table measures: {name}: unknown keys {sorted(unknown)}")
        try:
            kinds = frozenset(Kind(k) for k in entry["kinds"])
        except (KeyError, ValueError) as e:
            raise DataTableError(f"data table measures: {name}: bad or missing kinds: {e}") from None
        out[name] = MeasureSpec(
            name, kinds, frozenset(entry.get("units", ())), entry.get("parent"), entry.get("label", name)
        )
    for spec in out.values():
        if spec.parent is not None and spec.parent not in out:
            raise DataTableError(f"data table measures: {spec.id}: unknown parent {spec.parent!r}")
    return out


def measure_label(measure: str) -> str:
    """The words of a measure's label (the id itself if it is not a known measure).

    >>> measure_label("market_value_change")
    'market value change'
    """
    spec = measure_specs().get(measure)
    return spec.label if spec else measure


def are_related(a: str, b: str) -> bool:
    """The same measure, or one refines the other (``training_cost`` and ``cost``).

    >>> are_related("training_cost", "cost"), are_related("cost", "revenue")
    (True, False)
    """
    specs = measure_specs()
    return a == b or getattr(specs.get(a), "parent", None) == b or getattr(specs.get(b), "parent", None) == a


@frozen
class _Words:
    combined: re.Pattern[str] | None
    each: tuple[tuple[str, re.Pattern[str]], ...]
    """(measure or part id, pattern of its words), to tell which ones a matched word signals."""


def _words(table: Mapping[str, list[str]], known: frozenset[str] | None, where: str) -> _Words:
    every: list[str] = []
    each = []
    for name, words in table.items():
        if known is not None and name not in known:
            raise DataTableError(f"data table {where}: unknown measure {name!r}")
        # matched case-insensitively, not casefolded: "ß" stays ("Bußgeld"), and "ss" is matched too
        folded = list(dict.fromkeys(f(w) for w in words for f in (str.lower, str.casefold)))
        every += folded
        each.append((name, re.compile(words_pattern(folded), re.IGNORECASE)))
    combined = re.compile(words_pattern(every), re.IGNORECASE) if every else None
    return _Words(combined, tuple(each))


@functools.cache
def _language_words(language: str) -> tuple[_Words, _Words]:
    table = read_table("measures", language)
    unknown = set(table) - _LANGUAGE_KEYS
    if unknown:
        raise DataTableError(f"data table measures/{language}: unknown keys {sorted(unknown)}")
    where = f"measures/{language}"
    measures = _words(table.get("words", {}), frozenset(measure_specs()), where)
    parts = _words(table.get("parts", {}), frozenset(_PARTS), where)
    return measures, parts


@functools.cache
def _per_unit(language: str) -> re.Pattern[str] | None:
    words = [w.casefold() for w in read_table("measures", language).get("per_unit", ())]
    return re.compile(f"(?:{words_pattern(words)})\\s*$", re.IGNORECASE) if words else None


def is_unit_of_price(text: str, start: int, *, language: str | None) -> bool:
    """Whether the words right before ``start`` make what follows the unit of a price: "$3 per
    million tokens", "3 dollars par million de jetons".

    >>> is_unit_of_price("$3 per million tokens", 7, language="en")
    True
    """
    if language is None:
        return False
    rx = _per_unit(language)
    return rx is not None and rx.search(text, max(0, start - _PER_REACH), start) is not None


def check_tables() -> None:
    """Read every language's measure table once: raises :class:`DataTableError` on a bad one."""
    for language in supported_languages():
        _language_words(language)


def _found(words: _Words, text: str, lo: int, hi: int, start: int, end: int) -> list[tuple[int, int, str]]:
    """(distance to the number, offset, id) of every word in ``text[lo:hi]`` outside the number."""
    if words.combined is None:
        return []
    lo, hi = max(lo, start - _REACH), min(hi, end + _REACH)
    out: list[tuple[int, int, str]] = []
    for m in words.combined.finditer(text, lo, hi):
        if m.start() < end and start < m.end():
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        out.extend((distance, m.start(), name) for name, rx in words.each if rx.fullmatch(m.group()))
    out.sort()
    return out


def read_measure(
    text: str, lo: int, hi: int, start: int, end: int, quantity: Quantity, *, language: str | None
) -> tuple[str | None, int | None]:
    """The measure of the number at ``text[start:end]`` in its clause ``text[lo:hi]``, and the
    offset of the word that tells it (None for a measure told by the unit)."""
    specs = measure_specs()
    for spec in specs.values():
        if quantity.unit is not None and quantity.unit in spec.units and quantity.kind in spec.kinds:
            return spec.id, None
    if language is None:
        return None, None
    measures, _ = _language_words(language)
    digit = _DIGIT.search(text, start, end)  # a bound before the digits may tell it: "within 120 days"
    fits = [
        (d, pos, name)
        for d, pos, name in _found(measures, text, lo, hi, digit.start() if digit else start, end)
        if quantity.kind in specs[name].kinds
    ]
    if not fits:
        return None, None
    _, pos, best = fits[0]
    for _, at, name in fits:
        if specs[name].parent == best:
            return name, at  # a refinement found beside it: "training" beside "cost"
    return best, pos


def read_part(text: str, lo: int, hi: int, start: int, end: int, *, language: str | None) -> str | None:
    """``part`` or ``total`` when a word of the clause says which, else None.

    >>> text = "an initial $100 billion"
    >>> read_part(text, 0, len(text), 11, 23, language="en")
    'part'
    """
    if language is None:
        return None
    _, parts = _language_words(language)
    found = _found(parts, text, lo, hi, start, end)
    return found[0][2] if found else None


def read_period(
    text: str, lo: int, hi: int, start: int, end: int, *, taken: Sequence[tuple[int, int]] = ()
) -> str | None:
    """The year nearest the number in ``text[lo:hi]`` (its sentence; the number itself excluded).

    ``taken``: the spans of the text's amounts, in order; a number inside one is no year ("2048
    chips", "2000 employees").
    """
    best: tuple[int, str] | None = None
    for m in _YEAR.finditer(text, max(lo, start - _REACH), min(hi, end + _REACH)):
        # the first amount ending after the candidate starts
        k = bisect.bisect_right(taken, m.start(), key=lambda span: span[1])
        if (m.start() < end and start < m.end()) or (k < len(taken) and taken[k][0] < m.end()):
            continue
        distance = start - m.end() if m.end() <= start else m.start() - end
        if best is None or distance < best[0]:
            best = (distance, m.group())
    return best[1] if best else None
