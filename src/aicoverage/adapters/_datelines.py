"""Dates written out as people write them ("27 января 2025 г.", "January 27, 2025", "2025年1月27日").

The patterns are built from CLDR (through babel): each supported language's full, long and medium
date formats, with its month names (format and stand-alone, wide and abbreviated) and weekday
names, and those of the regional variants in ``data/datelocales.toml`` (day-first British
English); ISO (``2025-01-27``) and dotted (``27.01.2025``) dates are accepted in every language.
An optional time (``10:32``, ``7:47 PM``) may follow, after a comma or a short word ("в", "at",
"um"). A match needs a day, a month and a year: a bare year is never a date.

>>> find_date("27 января 2025 г., 10:32").isoformat()
'2025-01-27T10:32:00'
>>> find_date("Monday, January 27, 2025"), find_date("2025年1月27日")
(datetime.date(2025, 1, 27), datetime.date(2025, 1, 27))
>>> find_date("27 de janeiro de 2025"), find_date("В 2007 году")
(datetime.date(2025, 1, 27), None)
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

from aicoverage._tables import read_table, supported_languages

_NUMERIC = (
    r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})",
    r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})",
)
_TIME = (
    r"(?:(?:T|[\s,|·–—-]+(?:[^\W\d_]{1,3}\s+)?)(?P<hh>\d{1,2}):(?P<mm>\d{2})(?::(?P<ss>\d{2}))?"
    r"(?:\s?(?P<ampm>[AaPp]\.?[Mm]\.?)(?!\w))?)?"
)
_STARTS = re.compile(r"(?<![\w])(?=\w)|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
_MAX_SEARCH = 200
_TOKEN = re.compile(r"'[^']*'|([A-Za-z])\1*|\s+|[^A-Za-z'\s]+")


@functools.cache
def date_patterns() -> tuple[tuple[re.Pattern[str], dict[str, int]], ...]:
    """``(pattern, month names -> number)`` for every CLDR format and the numeric ones."""
    from babel import Locale

    out: list[tuple[re.Pattern[str], dict[str, int]]] = [(re.compile(p + _TIME), {}) for p in _NUMERIC]
    seen = {p.pattern for p, _ in out}
    locales = read_table("languages")["languages"]
    variants = read_table("datelocales")["variants"]
    for language in supported_languages():
        for name in (locales[language], *variants.get(language, ())):
            _add_locale(Locale.parse(name), out, seen)
    return tuple(out)


def _add_locale(locale: Any, out: list[tuple[re.Pattern[str], dict[str, int]]], seen: set[str]) -> None:
    """The patterns of ``locale``'s full, long and medium date formats, each once."""
    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in locale.months[context][width].items():
                months[name.casefold().rstrip(".")] = int(number)
    days = {
        name.casefold().rstrip(".")
        for width in ("wide", "abbreviated")
        for name in locale.days["format"][width].values()
    }
    for width in ("full", "long", "medium"):
        regex = _compile_cldr(locale.date_formats[width].pattern, months, days) + _TIME
        if regex not in seen:
            seen.add(regex)
            out.append((re.compile(regex, re.IGNORECASE), months))


def _names(names: object) -> str:
    ordered = sorted({str(n) for n in names if n}, key=lambda n: (-len(n), n))  # type: ignore[attr-defined]
    return "|".join(re.escape(n) for n in ordered)


def _compile_cldr(pattern: str, months: dict[str, int], days: set[str]) -> str:
    """A regex for a CLDR date pattern; literals after the last field (Russian "г.") are optional."""
    parts: list[str] = []
    tokens = [m.group() for m in _TOKEN.finditer(pattern)]
    for i, token in enumerate(tokens):
        letter = token[0]
        if letter == "y":
            parts.append(r"(?P<y>\d{4})")
        elif letter in "ML" and len(token) >= 3:
            parts.append(rf"(?P<mn>{_names(months)})\.?")
        elif letter in "ML":
            parts.append(r"(?P<m>\d{1,2})")
        elif letter == "d":
            parts.append(r"(?P<d>\d{1,2})")
        elif letter in "Ec":
            parts.append(rf"(?:{_names(days)})\.?")
        elif token.isspace():
            parts.append(r"\s*")
        elif letter.isascii() and letter.isalpha():
            parts.append(r"\S*")  # a field we do not read (era, quarter)
        else:
            literal = re.escape(token.strip("'"))
            last = not any(t[0].isascii() and t[0].isalpha() for t in tokens[i + 1 :])
            parts.append(f"(?:{literal})?" if last or token.strip("'") in {",", "."} else literal)
    return "".join(parts)


def find_date(text: str) -> dt.date | dt.datetime | None:
    """The date ``text`` is (all of it but surrounding whitespace), or None."""
    stripped = text.strip()
    m = match_date(stripped, 0, len(stripped), whole=True)
    return m[1] if m else None


def match_date(
    text: str, pos: int, end: int, *, whole: bool = False
) -> tuple[int, dt.date | dt.datetime] | None:
    """``(end, date)`` of the date written at ``text[pos:end]`` (all of it when ``whole``), or None.

    Without ``whole``, the date must still end at a word boundary.
    """
    for pattern, months in date_patterns():
        m = pattern.match(text, pos, end)
        if m is None or (whole and m.end() < end) or (m.end() < end and text[m.end()].isalnum()):
            continue
        value = _value(m, months)
        if value is not None:
            return m.end(), value
    return None


def _value(m: re.Match[str], months: dict[str, int]) -> dt.date | dt.datetime | None:
    groups = m.groupdict()
    month = int(groups["m"]) if groups.get("m") else months.get((groups.get("mn") or "").casefold())
    try:
        day = dt.date(int(groups["y"]), month or 0, int(groups["d"]))
        if groups.get("hh"):
            hour = _hour(int(groups["hh"]), groups.get("ampm"))
            return dt.datetime.combine(day, dt.time(hour, int(groups["mm"]), int(groups["ss"] or 0)))
    except (TypeError, ValueError):
        return None
    return day


def _hour(hour: int, ampm: str | None) -> int:
    """A 24-hour clock hour from ``hour`` and an AM/PM mark (12 AM is 0, 12 PM is 12)."""
    if not ampm:
        return hour
    if not 1 <= hour <= 12:
        raise ValueError(f"hour {hour} with {ampm}")
    pm = ampm[0] in "Pp"
    return hour % 12 + (12 if pm else 0)


def search_date(text: str) -> tuple[int, int, dt.date | dt.datetime] | None:
    """``(start, end, date)`` of the first date written anywhere in ``text`` (its first 200
    characters), starting at a word or a digit run.

    >>> search_date("时事 2025-01-28 09:17 四川")
    (3, 19, datetime.datetime(2025, 1, 28, 9, 17))
    >>> search_date("Posted January 29, 2025 at 7:47 PM EST")[2]
    datetime.datetime(2025, 1, 29, 19, 47)
    """
    stop = min(len(text), _MAX_SEARCH)
    for m in _STARTS.finditer(text, 0, stop):
        found = match_date(text, m.start(), len(text))
        if found is not None:
            return m.start(), found[0], found[1]
    return None
