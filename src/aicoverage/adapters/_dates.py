"""Publication dates as the source states them: a date, or a datetime when a time is given.

Only full dates count: a bare year or a month without a day is not a publication date (the flaw of
date finders that turn "2007–2008" in the body into 2007-01-01). Accepted: ISO 8601 (with ``T`` or
a space, seconds, fractions and offsets optional), RFC 2822 as in feeds, and day-first dotted dates
(``30.01.2025``).

>>> parse_date("2025-01-30T11:52:43")
datetime.datetime(2025, 1, 30, 11, 52, 43)
>>> parse_date("2026-01-21"), parse_date("2007"), parse_date("30.01.2025")
(datetime.date(2026, 1, 21), None, datetime.date(2025, 1, 30))
>>> parse_date("Mon, 27 Jan 2025 10:00:00 +0000").isoformat()
'2025-01-27T10:00:00+00:00'
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re

ISO_DATE = r"\d{4}-\d{2}-\d{2}"
"""A regex for a full ISO date, for patterns that look for a stated date in text."""
DOTTED_DATE = r"\d{1,2}\.\d{1,2}\.\d{4}"
"""A regex for a day-first dotted date."""

_ISO = re.compile(rf"{ISO_DATE}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")


def parse_date(value: object) -> dt.date | dt.datetime | None:
    """``value`` (a string, date or datetime) as a date or datetime, or None when it states none."""
    if isinstance(value, dt.datetime | dt.date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    if _ISO.fullmatch(text):
        return _from_iso(text)
    m = _DOTTED.fullmatch(text)
    if m:
        try:
            return dt.date(int(m[3]), int(m[2]), int(m[1]))
        except ValueError:
            return None
    if re.search(r"\d{1,2}:\d{2}", text) and re.search(r"[A-Za-z]{3}", text):
        try:
            return email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    return None


def _from_iso(text: str) -> dt.date | dt.datetime | None:
    try:
        if len(text) == 10:
            return dt.date.fromisoformat(text)
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
