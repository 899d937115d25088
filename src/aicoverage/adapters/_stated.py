"""Metadata a caller or a record states about an article, checked before it is trusted.

A stated date is parsed on purpose (ISO 8601, RFC 2822, dotted, the compact ``20250129T081500Z``
GDELT writes); one that is not a date (``2025-02-30``) is left out and recorded as a problem,
never an error that loses the article.

>>> s = stated_metadata(published="2025-02-30", title=" Chips ")
>>> s.published, s.title, [p.code for p in s.problems]
(None, 'Chips', ['published_unreadable'])
>>> stated_metadata(published="20250129T081500Z").published.isoformat()
'2025-01-29T08:15:00+00:00'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import attrs
from attrs import frozen

from aicoverage.adapters._dates import parse_date
from aicoverage.adapters._language import normalise_language
from aicoverage.model import Article, Problem

_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?")
_MAX_VALUE = 2000


@frozen
class Stated:
    """Checked stated metadata; None where nothing (usable) was stated."""

    title: str | None = None
    published: dt.date | dt.datetime | None = None
    language: str | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    problems: tuple[Problem, ...] = ()

    def keywords(self) -> dict[str, Any]:
        """The keyword arguments of :func:`~aicoverage.adapters._article.build_article`."""
        return {
            "title": self.title,
            "published": self.published,
            "language": self.language,
            "outlet": self.outlet,
            "url": self.url,
            "author": self.author,
        }

    def apply(self, article: Article) -> Article:
        """``article`` with the stated values in place of what its text showed."""
        changes = {k: v for k, v in self.keywords().items() if v is not None}
        if "language" in changes:
            code = normalise_language(changes.pop("language"))
            if code:
                changes["language"] = code
        return attrs.evolve(article, **changes, problems=(*article.problems, *self.problems))


def stated_metadata(
    *,
    title: object = None,
    published: object = None,
    language: object = None,
    outlet: object = None,
    url: object = None,
    author: object = None,
) -> Stated:
    """The stated values as text (numbers kept as written), the date parsed."""
    problems: list[Problem] = []
    date = parse_published(published)
    if published not in (None, "") and date is None:
        shown = repr(published)[:80]
        problems.append(Problem("published_unreadable", f"stated date {shown} is not a date; left out"))
    return Stated(
        title=as_text(title),
        published=date,
        language=as_text(language),
        outlet=as_text(outlet),
        url=as_text(url),
        author=as_text(author),
        problems=tuple(problems),
    )


def parse_published(value: object) -> dt.date | dt.datetime | None:
    """A stated publication date: :func:`~aicoverage.adapters._dates.parse_date`, or compact ISO."""
    if isinstance(value, str) and len(value) > 64:
        return None
    try:
        found = parse_date(value)
    except (ValueError, OverflowError):
        found = None
    if found is not None or not isinstance(value, str):
        return found
    m = _COMPACT.fullmatch(value.strip())
    if m is None:
        return None
    try:
        if m[4] is None:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        y, mo, d, h, mi, sec = (int(m[i]) for i in range(1, 7))
        return dt.datetime(y, mo, d, h, mi, sec, tzinfo=dt.UTC)
    except ValueError:
        return None


def as_text(value: object) -> str | None:
    """A stated scalar as text, whitespace collapsed; a mapping's ``name``/``rendered``; None else."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("rendered")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = " ".join(str(value)[:_MAX_VALUE].split()) if isinstance(value, str) else _number(value)
    return text or None


def _number(value: int | float) -> str:
    try:
        return str(value)
    except ValueError:  # an integer past Python's str() digit limit
        return f"{value:.6e}" if isinstance(value, float) else "<integer too long>"
