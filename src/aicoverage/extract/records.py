"""Flat records (one dict per claim or quote) for pandas or any table tool, without depending on it.

>>> import pandas as pd  # doctest: +SKIP
>>> pd.DataFrame(claims_records(extractions))  # doctest: +SKIP

Values are plain: numbers stay :class:`~decimal.Decimal`, enums become their string values, topics a
``;``-joined string, so every column has one scalar type.

>>> from decimal import Decimal
>>> from aicoverage.model import (Article, Claim, Extraction, Kind, Quantity, Quote, Source,
...                               Speaker)
>>> q = Quantity(kind=Kind.MONEY, low=Decimal(6), high=Decimal(6), currency="USD")
>>> art = Article(source=Source(path="a.txt", format="txt"), text="$6", body="$6")
>>> x = Extraction(article=art, claims=(Claim(start=0, end=2, text="$6", quantity=q,
...                sentence="$6", sentence_start=0, topics=("cost",)),))
>>> row = claims_records([x])[0]
>>> (row["article"], row["kind"], row["low"], row["currency"], row["topics"])
('a.txt', 'money', Decimal('6'), 'USD', 'cost')
"""

from __future__ import annotations

from collections.abc import Iterable

from aicoverage.model import Extraction


def claims_records(extractions: Iterable[Extraction]) -> list[dict[str, object]]:
    """One flat record per claim of every extraction, with the article's path and language."""
    rows: list[dict[str, object]] = []
    for x in extractions:
        for c in x.claims:
            q = c.quantity
            rows.append(
                {
                    "article": x.article.source.path,
                    "language": x.article.language,
                    "start": c.start,
                    "end": c.end,
                    "text": c.text,
                    "kind": q.kind.value,
                    "low": q.low,
                    "high": q.high,
                    "unit": q.unit,
                    "currency": q.currency,
                    "bound": q.bound.value,
                    "per": q.per,
                    "subject": c.subject,
                    "speaker": c.speaker,
                    "topics": ";".join(c.topics),
                    "sentence": c.sentence,
                    "sentence_start": c.sentence_start,
                }
            )
    return rows


def quotes_records(extractions: Iterable[Extraction]) -> list[dict[str, object]]:
    """One flat record per quote of every extraction, with the article's path and language."""
    rows: list[dict[str, object]] = []
    for x in extractions:
        for q in x.quotes:
            rows.append(
                {
                    "article": x.article.source.path,
                    "language": x.article.language,
                    "start": q.start,
                    "end": q.end,
                    "text": q.text,
                    "speaker": q.speaker.name if q.speaker else None,
                    "speaker_canonical": q.speaker.canonical if q.speaker else None,
                    "cue": q.cue,
                    "partial": q.partial,
                }
            )
    return rows
