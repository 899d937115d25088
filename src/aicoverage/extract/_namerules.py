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

from aicoverage._scripts import HAN, KANA, LOWERCASE_LETTER
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
    office_before: re.Pattern[str] | None = None
    """A title then up to three lowercase words ("министр энергетики") ending the text: an office
    phrase, which a capitalised word in the case it governs may follow (None: no such case)."""
    complement: re.Pattern[str] | None = None
    """Endings of a word that, after an office phrase, is the place or body the office belongs to."""
    complement_before_name: re.Pattern[str] | None = None
    """Endings that say so only when a first and a last name follow ("Главы Сбербанка Герман Греф")."""
    patronymic: re.Pattern[str] | None = None
    """A patronymic: with it, the word before is a first name ("Мария Владимировна Захарова")."""


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
    words |= {k: [] for k in _COMPLEMENT_KEYS}
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
        **(_complement_rules(titles, words) if language else {}),
    )


_OFFICE_REACH = 60
_COMPLEMENT_KEYS = (
    "complement_endings",
    "complement_endings_before_name",
    "patronymic_stems",
    "title_stem_letters",
)
# the lowercase words of an office phrase: "министр [иностранных дел]", "Präsident"
_OFFICE_WORDS = f"(?:[ \u00a0]+{LOWERCASE_LETTER}[^\\W\\d_]*(?:-[^\\W\\d_]+)*){{0,3}}[ \u00a0]*$"


def _complement_rules(
    titles: Sequence[str], words: dict[str, list[str]]
) -> dict[str, re.Pattern[str] | None]:
    """The patterns that tell an office's complement from a first name ("Президент Франции
    Эмманюэль Макрон"), for a language whose tables give its endings; none otherwise."""
    endings, named = words["complement_endings"], words["complement_endings_before_name"]
    if not endings and not named:
        return {}
    stems = words["patronymic_stems"]
    offices = words_pattern(_inflected(titles, words["inflection_endings"], words["title_stem_letters"]))
    return {
        "office_before": re.compile(f"(?:{offices}){_OFFICE_WORDS}", re.IGNORECASE),
        "complement": _ending_pattern(endings),
        "complement_before_name": _ending_pattern(named),
        # a patronymic inflects: "Владимировна", "Ивановны", "Оскаровича"
        "patronymic": _ending_pattern(stems, tail="[^\\W\\d_]{0,2}") if stems else None,
    }


def _inflected(titles: Sequence[str], endings: Sequence[str], stem_letters: Sequence[str]) -> list[str]:
    """``titles`` and their inflected forms: "глава", "главы", "министра", "министром" (a title's
    last letter is dropped before an ending when the table lists it: ``title_stem_letters``)."""
    out = set(titles)
    for title in titles:
        stem = title[:-1] if title[-1:] in stem_letters else title
        out.update(stem + e for e in endings if e[:1].isascii() == stem[-1:].isascii())  # one script
    return sorted(out)


def _ending_pattern(endings: Sequence[str], *, tail: str = "") -> re.Pattern[str] | None:
    """A whole word of two letters or more then one of ``endings`` (then ``tail``)."""
    if not endings:
        return None
    longest_first = "|".join(sorted({re.escape(e) for e in endings}, key=len, reverse=True))
    return re.compile(f"[^\\W\\d_]{{2,}}(?:{longest_first}){tail}", re.IGNORECASE)


def office_complement(text: str, words: Sequence[re.Match[str]], rules: NameRules) -> bool:
    """Whether the first of a name's ``words`` is the complement of an office phrase before it, a
    place or body in the case the office governs, not a first name: "Министр энергетики Норвегии
    Ларс Хансен", "Президент Франции Макрон" (an ending only an oblique case has), "Глава
    Сбербанка Герман Греф" (an ending a first name may have, so a first and last name must follow,
    the second word no patronymic: "Министр Мария Владимировна Захарова" is one name).
    """
    if rules.office_before is None or not words:
        return False
    first = words[0].group()
    if rules.complement is None or not rules.complement.fullmatch(first):
        named = rules.complement_before_name
        if named is None or not named.fullmatch(first) or len(words) < 3:
            return False
        if rules.patronymic is not None and rules.patronymic.fullmatch(words[1].group()):
            return False
    s = words[0].start()
    return rules.office_before.search(text, max(0, s - _OFFICE_REACH), s) is not None


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
