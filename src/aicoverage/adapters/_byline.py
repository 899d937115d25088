"""Metadata lines at the top of a text: a date marker, a byline, and the outlet they name.

A date marker is a cue word (``date_markers`` in ``data/boilerplate``) and a full date, glued to the
first sentence (`` date 2026-01-21 Генеральный директор...``), or a year and month after the cue
(`` date 2025-01``: a date stated to the month), or a line that is only a date
(``27 января 2025, 10:32``; see :mod:`._datelines`), maybe followed by its source clause
(``2025-01-31 10:32 来源：观察者网``: ``source_markers``). A byline is a
cue prefix (``bylines``) and a name, in brackets at the start of the text (``[文/观察者网熊超然]``)
or alone on a line (``By Jane Doe``). In a byline glued together, the outlet is told from the
author by a known outlet name (the gazetteer's outlets) or, in Chinese, by the ending of an
outlet's name (``outlet_suffixes``: 网, 报, 社...).

>>> m = match_date_marker(" date 2026-01-21 Генеральный директор", 0)
>>> m.end, m.published
(17, datetime.date(2026, 1, 21))
>>> b = match_byline("[文/观察者网熊超然]连日来", 0)
>>> b.end, b.outlet, b.author
(11, '观察者网', '熊超然')
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from attrs import frozen

from aicoverage._tables import read_table
from aicoverage.adapters._cues import load_cues
from aicoverage.adapters._datelines import match_date
from aicoverage.errors import AicoverageError

_OPEN, _CLOSE = re.escape("[【(（"), re.escape("]】)）")
# A year and a month after a date cue ("date 2025-01"): a date stated to the month.
_MONTH_ONLY = re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})(?![\d-])")


@frozen
class DateMarker:
    """A stated date at ``start``..``end`` (the marker and the whitespace after it); ``precision``
    is ``"month"`` for a month stated without its day (``date 2025-01``: ``published`` is then the
    month's first day)."""

    start: int
    end: int
    published: dt.date | dt.datetime
    precision: str | None = None


@frozen
class Byline:
    """A byline at ``start``..``end`` with what it names."""

    start: int
    end: int
    author: str | None
    outlet: str | None


@functools.cache
def _source_pattern() -> re.Pattern[str]:
    cue = load_cues().source_marker.pattern
    name = r"[^\s,;|:：]{1,30}(?: [^\s,;|:：]{1,30}){0,3}"
    return re.compile(rf"\s*(?:{cue})\s*[:：]\s*(?:(?P<url>https?://\S+)|(?P<name>{name}))\s*$", re.I)


@functools.cache
def _cue_pattern() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{load_cues().date_marker.pattern})\s*[:：]?\s*", re.I)


@functools.cache
def _byline_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    prefix = load_cues().byline_prefix
    bracketed = rf"\s*[{_OPEN}]\s*(?:{prefix})\s*(?P<name>[^{_CLOSE}\n]{{1,60}}?)\s*[{_CLOSE}]\s*"
    # A line of its own: the prefix and a name of at most six words, no sentence punctuation.
    alone = rf"\s*(?:{prefix})\s+(?P<name>[^\W\d_][^.!?。！？;:\n]{{0,60}})\s*$"
    return re.compile(bracketed, re.I), re.compile(alone, re.I | re.M)


def match_date_marker(text: str, pos: int, end: int | None = None) -> DateMarker | None:
    """The date at ``text[pos]``: after a cue word (and maybe glued to the first sentence), or
    alone up to ``end`` (the end of the line)."""
    stop = len(text) if end is None else end
    cue = _cue_pattern().match(text, pos, stop)
    start = cue.end() if cue else pos + len(text[pos:stop]) - len(text[pos:stop].lstrip())
    found = match_date(text, start, stop)
    if found is None:
        month = _MONTH_ONLY.match(text, start, stop) if cue else None
        if month is None or not 1 <= int(month["m"]) <= 12:
            return None
        end_at = month.end() + len(text[month.end() : stop]) - len(text[month.end() : stop].lstrip())
        return DateMarker(pos, end_at, dt.date(int(month["y"]), int(month["m"]), 1), "month")
    date_end, published = found
    if cue is None and text[date_end:stop].strip() and match_source(text, date_end, stop) is None:
        return None  # a date alone on its line, or followed by its source, and nothing else
    while date_end < stop and text[date_end].isspace():
        date_end += 1
    return DateMarker(pos, date_end, published)


def match_source(text: str, pos: int, end: int) -> Byline | None:
    """A source clause filling ``text[pos:end]`` ("来源：观察者网", "Source: Reuters"): the outlet."""
    m = _source_pattern().match(text, pos, end)
    return Byline(m.start(), m.end(), None, m["name"]) if m else None  # a URL names no outlet


def match_byline(text: str, pos: int, end: int | None = None) -> Byline | None:
    """The byline starting at ``text[pos]`` (bracketed, or a whole line up to ``end``), if any."""
    bracketed, alone = _byline_patterns()
    m = bracketed.match(text, pos)
    if m is None:
        m = alone.match(text, pos, len(text) if end is None else end)
        if m is None or len(m["name"].split()) > 6 or not _capitalised(m["name"]):
            return None
    author, outlet = split_name(m["name"].strip())
    return Byline(m.start(), m.end(), author, outlet)


def _capitalised(name: str) -> bool:
    """True unless a cased script's name starts in lowercase ("по данным" is not a byline)."""
    first = name.lstrip()[:1]
    return not (first.lower() != first.upper() and first.islower())


def split_name(name: str) -> tuple[str | None, str | None]:
    """``(author, outlet)`` from a byline's name (``"Jane Doe, Reuters"``, ``"观察者网熊超然"``)."""
    for sep in (",", "，", "|", "/", "／"):
        if sep in name:
            left, right = (part.strip() for part in name.split(sep, 1))
            if find_outlet(left):
                return right or None, left
            return left or None, right or None
    known = find_outlet(name)
    if known and name.startswith(known[1]):
        return name[len(known[1]) :].strip() or None, known[1]
    for m in load_cues().outlet_suffix.finditer(name):
        if m.end() >= 2 and len(name) - m.end() >= 2:
            return name[m.end() :].strip(), name[: m.end()]
    return name or None, None


@functools.cache
def _outlet_names() -> tuple[tuple[str, str], ...]:
    """``(canonical, name)`` of every outlet in the gazetteer, longest name first."""
    try:
        entities = read_table("gazetteer").get("entity", [])
    except AicoverageError:
        return ()
    pairs = [
        (str(e["canonical"]), str(n))
        for e in entities
        if isinstance(e, dict) and e.get("type") == "outlet" and "canonical" in e
        for n in e.get("names", ())
        if len(str(n)) >= 3
    ]
    return tuple(sorted(pairs, key=lambda p: -len(p[1])))


def find_outlet(text: str) -> tuple[str, str] | None:
    """``(canonical, name as written)`` of the first gazetteer outlet named in ``text``."""
    best: tuple[int, str, str] | None = None
    for canonical, name in _outlet_names():
        i = text.find(name)
        if i >= 0 and (best is None or i < best[0]):
            best = (i, canonical, name)
    return (best[1], best[2]) if best else None
