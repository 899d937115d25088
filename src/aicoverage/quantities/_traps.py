"""What looks like a quantity but is none: years, dates, times, codes, names, versions, addresses.

The engine asks :func:`is_trap` about every number it has read with its context, and
:func:`quantity_free_zones` for stretches (URLs, e-mail addresses, phone numbers) it skips whole.

>>> [text for text, _ in quantity_free_zones("see https://x.org/2024/5 or call +1-222-333-4444")]
['https://x.org/2024/5', '+1-222-333-4444']
"""

from __future__ import annotations

import functools
import re

from aicoverage._scripts import ALPHABETIC, FORMAT, HAN, KANA
from aicoverage._tables import read_table
from aicoverage.model import Bound, Kind
from aicoverage.quantities._numeral import Numeral
from aicoverage.quantities._readings import Lexicon

_ALPHA = re.compile(f"[{ALPHABETIC}]")
_DAYS_IN_MONTH = 31
_FORMAT = re.compile(f"[{FORMAT}]")
_SECTION_AFTER = re.compile(r"[.)][ \t\u00a0]+[^\W\d_]")
_LINE_START = re.compile(r"(?:^|\n)[ \t\u00a0]*$")
_NAME_BEFORE = re.compile(r"(?:^|(?<=[^.!?\n\s]))\s*(?<![\w.])([A-Z][\w&+.]*)[ \u00a0]$")
# A token in mixed case or with a sign is a name wherever it stands: "iPhone 16", "S&P 500".
_MIXED_NAME_BEFORE = re.compile(r"(?<![\w.])([a-z]+[A-Z][\w&+.]*|[A-Z]+&[A-Z]+)[ \u00a0]$")
_SLASHED = re.compile(r"(\d+)/(\d+)$")
# a footnote mark glued to CJK prose: "被大大誇大了)1。" (after a bracket or quote, before a clause's
# end), "更加重要2\n" (after a word, before the paragraph's end; "数量为12。" is a number)
_MARK_AFTER_BRACKET = re.compile(r"[)）」』”](?:\d{1,2})(?:[。，、,.;；\n]|$)")
_MARK_AFTER_WORD = re.compile(f"[{HAN}{KANA}](?:\\d{{1,2}})\\n")
_HYPHEN_CODE = re.compile(r"-[^\W\d_]{1,3}(?![^\W\d_])")
_YEAR_MIN, _YEAR_MAX = 1000, 2100
# a year, a dash or slash and a month: "1995-01", "２０２４／５" (a date in any language)
_MONTH_AFTER = re.compile(r"[-‐−－/／](?:[0０]?[1-9１-９]|[1１][0-2０-２])(?!\d)")
# Stretches whose digits are no quantities in any language: addresses, phone numbers, and comparison
# signs in no order a person writes ("<>30", "=>30").
_NO_QUANTITY = (
    ("://", re.compile(r"(?:https?://|www\.)\S+")),
    ("www.", re.compile(r"www\.\S+")),
    ("@", re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")),
    ("+", re.compile(r"\+\d{1,3}(?:[ ./\-−－／]\d{2,5}){2,}")),
    ("＋", re.compile(r"＋\d{1,3}(?:[ ./\-−－／]\d{2,5}){2,}")),  # full-width: "＋１−２２２−２２２２"
    ("<>", re.compile(r"<>\s*\S+")),
    ("=>", re.compile(r"=>\s*\S+")),
    ("=<", re.compile(r"=<\s*\S+")),
)


def quantity_free_zones(text: str) -> list[tuple[str, tuple[int, int]]]:
    """Stretches of ``text`` whose digits are no quantities, in order: (surface, (start, end))."""
    found = {(m.start(), m.end()) for key, rx in _NO_QUANTITY if key in text for m in rx.finditer(text)}
    return [(text[a:b], (a, b)) for a, b in sorted(found)]


_YEAR_BEFORE = re.compile(r"(?<!\d)(\d{4})[-‐−－/／]$")


def _year_month(text: str, first: Numeral, last: Numeral) -> bool:
    """ "1995-01", "2019/11": a year and its month (either number of the pair)."""
    if first is last and is_year(first, text) and _MONTH_AFTER.match(text, last.end):
        return True
    m = _YEAR_BEFORE.search(text, max(0, first.start - 5), first.start)
    return (
        m is not None
        and _YEAR_MIN <= int(m.group(1)) <= _YEAR_MAX
        and _MONTH_AFTER.match(text, first.start - 1) is not None
    )


def _visible(surface: str) -> str:
    """``surface`` without format characters: "2\u200b025" is written as a year all the same."""
    return _FORMAT.sub("", surface) if not surface.isascii() else surface


def is_year(n: Numeral, text: str) -> bool:
    surface = _visible(text[n.start : n.end])
    return (
        len(surface) == 4
        and surface.isdigit()
        and not n.words
        and n.magnitude is None
        and _YEAR_MIN <= n.low <= _YEAR_MAX
    )


@functools.cache
def _bare_years(language: str) -> bool:
    """Whether a four-digit number alone may be a year ("in 2023"); not where years carry their mark
    ("2023年": ``[dates] bare_years = false``), so "1000から1500" is a range of counts."""
    return bool(read_table("quantities", language).get("dates", {}).get("bare_years", True))


@functools.cache
def _discounts(language: str) -> re.Pattern[str]:
    words = read_table("quantities", language).get("percent", {}).get("discounts", [])
    return re.compile(" {0,2}(?:" + "|".join(map(re.escape, words)) + ")" if words else "(?!)")


def _no_discount(text: str, first: Numeral, last: Numeral, lex: Lexicon) -> bool:
    """ "十折": a discount of ten tenths is none; the word takes one to nine tenths ("八折", "7.5折")
    or two digits ("八五折")."""
    return (
        first is last
        and first.low == first.high == 10
        and bool(_discounts(lex.language).match(text, last.end))
    )


def _glued(text: str, n: Numeral, *, currency_before: bool) -> bool:
    """Digits glued to letters or a hyphenated name: "H800", "GPT-4o", "о1", "15xxx19"."""
    if not currency_before and n.start > 0:
        before = text[n.start - 1]
        if _ALPHA.match(before):
            return True
        if before in "-‐" and n.start > 1 and (text[n.start - 2].isalnum()):
            return True
    return False


def _is_time_or_code(text: str, n: Numeral) -> bool:
    surface = _visible(text[n.start : n.end])
    if len(surface) > 1 and surface[0] in "0０" and surface[1].isdigit():
        return True  # "01-31", "007": codes and dates, not amounts
    after = text[n.end : n.end + 2]
    before = text[max(0, n.start - 2) : n.start]
    return (len(after) == 2 and after[0] == ":" and after[1].isdigit()) or (
        len(before) == 2 and before[1] == ":" and before[0].isdigit()
    )


def is_time_or_glued(text: str, n: Numeral, *, currency_before: bool) -> bool:
    """Whether ``n`` is no amount whatever stands after it: a time or a code ("11:52", "01"), or
    digits glued to a name ("H800", "GPT-4o") with no currency before them. The engine asks this
    before it reads a numeral's unit or tries a range: such a numeral opens no range either."""
    return _glued(text, n, currency_before=currency_before) or _is_time_or_code(text, n)


def _is_footnote_mark(text: str, first: Numeral, last: Numeral) -> bool:
    """One or two digits glued to CJK prose before a clause's end: a footnote's mark, no amount."""
    if first is not last or first.start == 0 or first.end - first.start > 2:
        return False
    return any(p.match(text, first.start - 1) is not None for p in (_MARK_AFTER_BRACKET, _MARK_AFTER_WORD))


def _is_section_number(text: str, n: Numeral) -> bool:
    return (
        not n.words
        and n.low < 100
        and _LINE_START.search(text, max(0, n.start - 8), n.start) is not None
        and _SECTION_AFTER.match(text, n.end) is not None
    )


def _is_name(text: str, n: Numeral, lex: Lexicon) -> bool:
    """A number that is part of a name: "Nasdaq 100", "Claude 3.5"."""
    if _MIXED_NAME_BEFORE.search(text, max(0, n.start - 30), n.start):
        return True
    m = _NAME_BEFORE.search(text, max(0, n.start - 30), n.start)
    if m is None or m.start(1) == 0:
        return False
    word = m.group(1)
    return lex.bound_of(word) is Bound.EXACT and word.casefold() not in lex.bounds


def _odd_fraction(text: str, n: Numeral) -> bool:
    """A slash between digits that is no proper fraction: "24/7", "16/5" (3/4 and 20/100 are fine)."""
    m = _SLASHED.match(_visible(text[n.start : n.end]))
    return m is not None and int(m.group(1)) >= int(m.group(2))


def _even_split(text: str, first: Numeral, last: Numeral, *, has_unit: bool) -> bool:
    """The same number on both sides of a hyphen: "50-50" is odds, not a range."""
    return (
        first is not last
        and not has_unit
        and first.low == last.high
        and text[first.end : last.start].strip() in ("-", "–")
    )


def _longer_duration(text: str, last: Numeral, lex: Lexicon, date_end: int) -> bool:
    """Whether the duration word after the number runs past the date word it begins ("日間", "日")."""
    after = lex.read_after(text, last.end)
    return after is not None and after.group("dur") is not None and after.end("dur") > date_end


def is_trap(
    text: str,
    first: Numeral,
    last: Numeral,
    lex: Lexicon,
    *,
    has_unit: bool,
    kind: Kind,
    unit: str | None,
    currency_before: bool,
    bound_after: bool = False,
) -> bool:
    """Whether a number is no quantity: glued to a name, a time or code, a year or date, a section
    number, a version ("3.5 Sonnet") or part of a name ("Nasdaq 100"). ``bound_after``: a bound
    follows the unit ("30日以内")."""
    if is_time_or_glued(text, first, currency_before=currency_before):
        return True
    if not has_unit and last.end < len(text) and _ALPHA.match(text[last.end]):
        return True  # "15xxx19", "3D": letters glued after that are no unit we know
    if not has_unit and _HYPHEN_CODE.match(text, last.end):
        return True  # "10-K", "3-D"
    if _odd_fraction(text, first) or _even_split(text, first, last, has_unit=has_unit):
        return True  # "24/7"; "a 50-50 chance"
    if _year_month(text, first, last):
        return True
    if kind is Kind.PERCENT and _no_discount(text, first, last, lex):
        return True
    years = is_year(first, text) and is_year(last, text) and _bare_years(lex.language)
    if years and ((kind is Kind.COUNT and not has_unit) or unit in ("year", "quarter", "decade")):
        return True
    date_word = lex.date_after.match(text, last.end)
    month_before = lex.date_before.search(text, max(0, first.start - 16), first.start)
    dated = date_word or month_before
    # "за 2 года", "三十年": a year word after a number that can be no year is a duration; so is a
    # day word after one that can be no day of a month ("120日以内") or that a bound follows and
    # no month precedes ("30日以内"), and a duration word that the date word only begins ("2日間")
    spell = kind is Kind.DURATION and (
        (unit == "year" and not (is_year(first, text) or is_year(last, text)))
        or (unit == "day" and (first.low > _DAYS_IN_MONTH or (bound_after and month_before is None)))
        or (date_word is not None and _longer_duration(text, last, lex, date_word.end()))
    )
    if dated and not spell and kind in (Kind.COUNT, Kind.DURATION) and unit in (None, "year", "month", "day"):
        return True
    if kind is Kind.COUNT and lex.ordinal_after.match(text, last.end):
        return True  # "artigo 5º", "3. Quartal"
    if kind in (Kind.COUNT, Kind.DURATION) and lex.reference_before.match(
        text[max(0, first.start - 24) : first.start][::-1]
    ):
        return True  # "№ 1", "статья 275", "第3名", "第一季度" (the first quarter, no duration)
    if has_unit or currency_before:
        return False
    if _is_footnote_mark(text, first, last):
        return True
    if _is_section_number(text, first) or lex.version_after.match(text, last.end):
        return True

    return _is_name(text, first, lex)
