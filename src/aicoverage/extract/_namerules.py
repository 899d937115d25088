"""The names tables compiled: the words around a name the gazetteer lacks, per language.

``data/names/<language>.toml`` (key-checked) gives titles, company suffixes, institution and
product words, inflection endings, the characters that never belong to a CJK name and Chinese
family names; :func:`name_rules` compiles them once per language for :mod:`.names`.

>>> rules = name_rules("en")
>>> "ceo" in rules.titles, "inc" in rules.suffixes
(True, True)
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence

from attrs import frozen
from babel import Locale

from aicoverage._scripts import HAN, KANA
from aicoverage._tables import languages_of, read_table
from aicoverage._wordtrie import words_pattern
from aicoverage.errors import DataTableError

_HAN = re.compile(f"[{HAN}]")
_KANA = re.compile(f"[{KANA}]")


@frozen
class NameRules:
    """The compiled names tables of one language (or all)."""

    title_before: re.Pattern[str]
    title_after: re.Pattern[str]
    suffix_after: re.Pattern[str]
    product_before: re.Pattern[str]
    product_after: re.Pattern[str]
    suffixes: frozenset[str]
    org_words: frozenset[str]
    titles: frozenset[str]
    compound_titles: tuple[str, ...]
    """Titles long enough to end a compound noun ("Handelsministerin"), where nouns are capitalised."""
    function_words: frozenset[str]
    leading: frozenset[str]
    """Function words and titles: words a name never starts with."""
    cjk_marker: re.Pattern[str]
    """A CJK title, suffix or product word: a name stands right before it."""
    cjk_stops: re.Pattern[str]
    surnames: frozenset[str]
    """Family names that open a Chinese person's name (empty: any Han word may be one)."""
    endings: re.Pattern[str] | None
    """The longest inflection ending at a word's end, after at least four letters."""
    nouns_capitalised: bool
    title_end: re.Pattern[str] | None = None
    """A quick necessary test for ``title_before``: a title's last letter ends the text (None: none)."""
    product_end: re.Pattern[str] | None = None
    """The same for ``product_before``."""


def _cjk(words: Iterable[str]) -> list[str]:
    return [w for w in words if _HAN.search(w) or _KANA.search(w)]


_COMPOUND_TITLE = 5


@functools.cache
def _calendar_words(language: str) -> frozenset[str]:
    """The names of months and weekdays in ``language`` (CLDR): "March", "Tuesday" open no name."""
    locale = Locale.parse(language)
    out: set[str] = set()
    for table in (locale.months, locale.days):
        for context in ("format", "stand-alone"):
            out.update(str(w).casefold() for w in table.get(context, {}).get("wide", {}).values())
    return frozenset(w for w in out if w.isalpha())


@functools.cache
def name_rules(language: str | None = None) -> NameRules:
    """The names tables of ``language`` compiled (every language's merged when None or unknown)."""
    keys = ("person_titles", "company_suffixes", "organization_words", "product_words")
    words: dict[str, list[str]] = {k: [] for k in (*keys, "inflection_endings", "cjk_stops", "surnames")}
    function: set[str] = set()
    codes = languages_of(language)
    for code in codes:
        table = read_table("names", code)
        unknown = sorted(set(table) - set(words))
        if unknown:
            raise DataTableError(f"data table names/{code}: unknown keys {', '.join(unknown)}")
        for key in words:
            words[key] += table.get(key, ())
        function.update(w.casefold() for w in read_table("speech", code).get("function_words", ()))
        function.update(_calendar_words(code))
    titles, suffixes = words["person_titles"], words["company_suffixes"]
    products = words["product_words"]
    return NameRules(
        title_before=re.compile(f"(?:{words_pattern(titles)})[ \u00a0]*$", re.IGNORECASE),
        # "Jane Roe, an analyst" (an apposition: a title right after a name may be the next one's)
        title_after=re.compile(
            f"[ \u00a0]*,[ \u00a0]*(?:[^\\W\\d_]+[ \u00a0]+){{0,2}}(?:{words_pattern(titles)})"
            f"|(?:{words_pattern(_cjk(titles))})",
            re.IGNORECASE,
        ),
        suffix_after=re.compile(f"[ \u00a0]*,?[ \u00a0]*(?:{words_pattern(suffixes)})"),
        product_before=re.compile(f'(?:{words_pattern(products)})[ \u00a0]*[«“„"「]?$', re.IGNORECASE),
        product_after=re.compile(f'[»”“"」)）]?[ \u00a0]*(?:{words_pattern(products)})', re.IGNORECASE),
        suffixes=frozenset(w.casefold().rstrip(".") for w in suffixes),
        org_words=frozenset(w.casefold() for w in words["organization_words"]),
        titles=frozenset(w.casefold() for w in titles),
        compound_titles=tuple(sorted({w.casefold() for w in titles if len(w) >= _COMPOUND_TITLE})),
        function_words=frozenset(function),
        leading=frozenset(function) | frozenset(w.casefold() for w in titles),
        cjk_marker=re.compile(words_pattern(_cjk([*titles, *suffixes, *products]))),
        cjk_stops=re.compile(words_pattern(words["cjk_stops"])),
        surnames=frozenset(words["surnames"]),
        # with no language known, no ending is one: "s" inflects German names, not English ones
        endings=_endings(words["inflection_endings"]) if language else None,
        nouns_capitalised=codes == ("de",),
        title_end=_last_letter_before(titles, "[ \u00a0]*$"),
        product_end=_last_letter_before(products, '[ \u00a0]*[«“„"「]?$'),
    )


def _last_letter_before(words: Sequence[str], tail: str) -> re.Pattern[str] | None:
    """A pattern for a text ending in one of ``words``' last letters then ``tail``, or None when a
    word ends in a stem (any letter ends it)."""
    lasts = {w[-1] for w in (" ".join(word.split()) for word in words) if w}
    if "*" in lasts:
        return None
    if not lasts:
        return re.compile("(?!)")
    return re.compile(f"[{''.join(re.escape(ch) for ch in sorted(lasts))}]{tail}", re.IGNORECASE)


def _endings(endings: Sequence[str]) -> re.Pattern[str] | None:
    if not endings:
        return None
    longest_first = sorted({re.escape(e) for e in endings}, key=len, reverse=True)
    return re.compile(f"(?<=.{{4}})(?:{'|'.join(longest_first)})$", re.DOTALL)


def strip_ending(word: str, rules: NameRules) -> str:
    """``word`` without an inflection ending of the language, if what is left is still a name."""
    m = rules.endings.search(word) if rules.endings is not None else None
    return word[: m.start()] if m else word
