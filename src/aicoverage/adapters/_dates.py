"""Publication dates as the source states them: a date, or a datetime when a time is given.

Only full dates count: a bare year or a month without a day is not a publication date (the flaw of
date finders that turn "2007–2008" in the body into 2007-01-01). Accepted: ISO 8601 (with ``T`` or
a space, seconds, fractions and offsets optional), compact and slashed ISO dates (``20191119``,
``2019/11/19``), day-first dotted dates (``30.01.2025``) and dates written in English words (RFC
2822 as in feeds among them) with their time, AM/PM and zone (``November 19, 2019, 07:47 PM
EST``), read by python-dateutil; a zone abbreviation counts only where it names one offset in news
use (see ``_ZONES``), another leaves the time without an offset.

A date before 1990 or after next year is a placeholder (CMS defaults such as ``0001-01-01``), never
a publication date.

>>> parse_date("2025-01-30T11:52:43")
datetime.datetime(2025, 1, 30, 11, 52, 43)
>>> parse_date("2026-01-21"), parse_date("2007"), parse_date("30.01.2025")
(datetime.date(2026, 1, 21), None, datetime.date(2025, 1, 30))
>>> parse_date("Mon, 27 Jan 2025 10:00:00 +0000").isoformat()
'2025-01-27T10:00:00+00:00'
>>> parse_date("November 19, 2019, 07:47 PM EST").isoformat()
'2019-11-19T19:47:00-05:00'
>>> parse_date("0001-01-01T00:00:00Z"), parse_date("20191119")
(None, datetime.date(2019, 11, 19))
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

ISO_DATE = r"\d{4}-\d{2}-\d{2}"
"""A regex for a full ISO date, for patterns that look for a stated date in text."""
DOTTED_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"
"""A regex for a day-first dotted date."""
FIRST_YEAR = 1990
"""No publication date is earlier than this (earlier years are CMS placeholders)."""

_ISO = re.compile(rf"{ISO_DATE}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})|(\d{4})/(\d{1,2})/(\d{1,2})")
_MONTH_WORD = re.compile(r"[A-Za-z]{3}")
_MAX_WORDED = 60  # longer strings are sentences, not stated dates
_HOUR = 3600
# Zone abbreviations news pages print, each with the one offset it names in news use ("IST" is
# India's in English-language news; "CST" is the US zone, as in US pages).
_ZONES = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "EST": -5 * _HOUR,
    "EDT": -4 * _HOUR,
    "CST": -6 * _HOUR,
    "CDT": -5 * _HOUR,
    "MST": -7 * _HOUR,
    "MDT": -6 * _HOUR,
    "PST": -8 * _HOUR,
    "PDT": -7 * _HOUR,
    "AKST": -9 * _HOUR,
    "AKDT": -8 * _HOUR,
    "HST": -10 * _HOUR,
    "BST": 1 * _HOUR,
    "WET": 0,
    "WEST": 1 * _HOUR,
    "CET": 1 * _HOUR,
    "CEST": 2 * _HOUR,
    "EET": 2 * _HOUR,
    "EEST": 3 * _HOUR,
    "MSK": 3 * _HOUR,
    "IST": 5 * _HOUR + 1800,
    "SGT": 8 * _HOUR,
    "HKT": 8 * _HOUR,
    "JST": 9 * _HOUR,
    "KST": 9 * _HOUR,
    "AEST": 10 * _HOUR,
    "AEDT": 11 * _HOUR,
}


def parse_date(value: object) -> dt.date | dt.datetime | None:
    """``value`` (a string, date or datetime) as a date or datetime, or None when it states none."""
    if isinstance(value, dt.datetime | dt.date):
        return value if _plausible(value) else None
    if not isinstance(value, str):
        return None
    found = _parse_text(value.strip())
    return found if found is not None and _plausible(found) else None


def _parse_text(text: str) -> dt.date | dt.datetime | None:
    if _ISO.fullmatch(text):
        return _from_iso(text)
    m = _DOTTED.fullmatch(text)
    if m:
        return _ymd(m[3], m[2], m[1])
    m = _COMPACT.fullmatch(text)
    if m:
        return _ymd(m[1], m[2], m[3]) if m[1] else _ymd(m[4], m[5], m[6])
    if len(text) > _MAX_WORDED or not _MONTH_WORD.search(text):
        return None
    return _worded(text)


def _plausible(value: dt.date) -> bool:
    return FIRST_YEAR <= value.year <= dt.date.today().year + 1


def _ymd(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _from_iso(text: str) -> dt.date | dt.datetime | None:
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None


def _worded(text: str) -> dt.date | dt.datetime | None:
    """A date in English words by dateutil, only when the text states day, month and year: it is
    read against two different default dates, and any part taken from a default shows."""
    try:
        from dateutil import parser  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - python-dateutil is a dependency
        return None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            one = parser.parse(text, default=dt.datetime(1904, 1, 1), tzinfos=_ZONES)
            two = parser.parse(text, default=dt.datetime(1908, 2, 2, 1, 1), tzinfos=_ZONES)
        except (ValueError, OverflowError, TypeError):
            return None
    if one.date() != two.date():
        return None  # a day, month or year is missing
    if one.time() != two.time():
        return dt.date(one.year, one.month, one.day)
    offset = one.utcoffset() if one.tzinfo is not None else None
    return one.replace(tzinfo=None if offset is None else dt.timezone(offset))  # type: ignore[no-any-return]
