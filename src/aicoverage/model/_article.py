"""What an adapter reads: the article, its source, body spans, sections, comments, what was set aside.

>>> art = Article(source=Source("a.txt", "text"), text="Hi.", body="Hi.", body_spans=(TextSpan(0, 3),))
>>> art.text[art.body_spans[0].start : art.body_spans[0].end]
'Hi.'
"""

from __future__ import annotations

import datetime as dt

from attrs import Attribute, field, frozen


@frozen
class TextSpan:
    """A stretch ``start``..``end`` of the source text."""

    start: int
    end: int


@frozen
class Source:
    """Where an article came from and how it was read."""

    path: str
    format: str
    encoding: str = "utf-8"
    derived: bool = False
    """True when :attr:`Article.text` is text extracted from markup (HTML, JSON), not the file itself."""


@frozen
class Section:
    """A subheading inside the body."""

    title: str
    start: int
    end: int


@frozen
class Comment:
    """A reader comment, kept apart from the article body."""

    text: str
    start: int
    end: int
    author: str | None = None
    posted: str | None = None
    """The time as stated ("01-31 10:32"), never completed with a guessed year."""
    is_reply: bool = False


@frozen
class SetAside:
    """Text that is in the source but not part of the article, and why."""

    text: str
    start: int
    end: int
    reason: str
    """One of ``teaser``, ``disclaimer``, ``caption``, ``share``, ``byline``, ``paywall``,
    ``navigation``, ``front_matter``, ``title``, ``heading_marker``, ``footnote`` (a reference
    number alone on a line), ``truncation`` (a news API's "[+2311 chars]"), ``other``."""


@frozen
class Problem:
    """Something that went wrong while reading, recorded instead of silently dropped."""

    code: str
    message: str


PRECISIONS = ("month",)
"""Values of :attr:`Article.published_precision` besides None (the date is as precise as its type)."""


def _check_precision(instance: object, attribute: Attribute[str | None], value: str | None) -> None:
    if value is not None and value not in PRECISIONS:
        raise ValueError(f"published_precision must be one of {PRECISIONS} or None, got {value!r}")


@frozen
class Article:
    """One article: clean body, metadata and reader comments, with offsets into ``text``.

    ``text`` is the decoded source (or, for markup formats, the text extracted from it: see
    :attr:`Source.derived`). ``body`` is the article's own text: the ``body_spans`` of ``text``
    joined by blank lines. ``published`` is a date or datetime only when the source states one;
    ``published_precision`` is ``"month"`` when the source states only a year and month
    (``published`` is then the month's first day, written ``"2025-01"`` in the JSON interchange).
    """

    source: Source
    text: str
    body: str
    body_spans: tuple[TextSpan, ...] = ()
    language: str | None = None
    title: str | None = None
    published: dt.date | dt.datetime | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    sections: tuple[Section, ...] = ()
    comments: tuple[Comment, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    problems: tuple[Problem, ...] = ()
    published_precision: str | None = field(default=None, validator=_check_precision)
