"""The rows every tabular exporter writes: claims in long format, quotes, comments, sources.

Values stay typed (numbers as int/float, text as str, missing as None); each exporter makes them
safe for its own format.

>>> CLAIM_COLUMNS[:4]
('fact', 'fact label', 'status', 'source')
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from decimal import Decimal

from aicoverage.model import Comparison, Extraction

Cell = str | int | float | None

CLAIM_COLUMNS = (
    "fact",
    "fact label",
    "status",
    "source",
    "text",
    "low",
    "high",
    "kind",
    "unit",
    "currency",
    "bound",
    "per",
    "subject",
    "speaker",
    "topics",
    "sentence",
    "start",
    "end",
)
QUOTE_COLUMNS = (
    "source",
    "language",
    "speaker",
    "speaker as written",
    "text",
    "cue",
    "partial",
    "start",
    "end",
)
COMMENT_COLUMNS = ("source", "author", "posted", "reply", "text", "start", "end")
SOURCE_COLUMNS = (
    "source",
    "format",
    "outlet",
    "language",
    "published",
    "title",
    "url",
    "story",
    "claims",
    "quotes",
    "comments",
    "problems",
    "sha256",
)


def number(value: Decimal) -> int | float:
    """``value`` as a spreadsheet number: an int when integral, else the nearest float.

    >>> number(Decimal("6E+6")), number(Decimal("5.6"))
    (6000000, 5.6)
    """
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def claim_rows(comparison: Comparison) -> Iterator[tuple[Cell, ...]]:
    """One row per claim, fact by fact (so a fact's claims sit together)."""
    for fact in comparison.facts:
        status = fact.status.value
        for fc in fact.claims:
            c, q = fc.claim, fc.claim.quantity
            yield (
                fact.id,
                fact.label,
                status,
                fc.article,
                c.text,
                number(q.low),
                number(q.high),
                q.kind.value,
                q.unit,
                q.currency,
                q.bound.value,
                q.per,
                c.subject,
                c.speaker,
                ", ".join(c.topics) or None,
                c.sentence,
                c.start,
                c.end,
            )


def quote_rows(comparison: Comparison) -> Iterator[tuple[Cell, ...]]:
    """One row per quote of every article."""
    for ex in comparison.articles:
        for qt in ex.quotes:
            sp = qt.speaker
            yield (
                ex.article.source.path,
                ex.article.language,
                (sp.canonical or sp.name) if sp else None,
                sp.name if sp else None,
                qt.text,
                qt.cue,
                "yes" if qt.partial else None,
                qt.start,
                qt.end,
            )


def comment_rows(comparison: Comparison) -> Iterator[tuple[Cell, ...]]:
    """One row per reader comment of every article."""
    for ex in comparison.articles:
        for cm in ex.article.comments:
            yield (
                ex.article.source.path,
                cm.author,
                cm.posted,
                "yes" if cm.is_reply else None,
                cm.text,
                cm.start,
                cm.end,
            )


def digest(extraction: Extraction) -> str:
    """SHA-256 of the article's decoded text: what the comparison was made from."""
    return hashlib.sha256(extraction.article.text.encode("utf-8", "surrogatepass")).hexdigest()


def source_rows(comparison: Comparison, stories: list[int | None]) -> Iterator[tuple[Cell, ...]]:
    """One row per article: where it came from, what it holds, what went wrong reading it."""
    for ex, story in zip(comparison.articles, stories, strict=True):
        a = ex.article
        yield (
            a.source.path,
            a.source.format,
            a.outlet,
            a.language,
            a.published.isoformat() if a.published else None,
            a.title,
            a.url,
            story + 1 if story is not None else None,
            len(ex.claims),
            len(ex.quotes),
            len(a.comments),
            "; ".join(f"{p.code}: {p.message}" for p in a.problems) or None,
            digest(ex),
        )
