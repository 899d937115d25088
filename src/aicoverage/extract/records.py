"""Flat records, the one flattening of articles, claims, quotes and comments into scalar columns.

Every tabular output is made from these records: pandas frames, CSV, the workbook's sheets,
Parquet and DuckDB tables (each only converts the scalars to its own types). One column, one
scalar type: numbers stay :class:`~decimal.Decimal`, enums become their string values, topics a
``;``-joined string, flags are bools, dates ISO strings, missing values None.

>>> import pandas as pd  # doctest: +SKIP
>>> pd.DataFrame(claims_records(extractions))  # doctest: +SKIP

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

import hashlib
from collections.abc import Iterable
from decimal import Decimal

from aicoverage.model import Claim, Comment, Extraction, Quote

Scalar = str | int | bool | Decimal | None
"""What a record's value is."""
Record = dict[str, Scalar]

TOPIC_SEPARATOR = ";"
"""Joins a claim's topic ids in one column (``cost;training``)."""


def claim_record(claim: Claim, *, article: str, language: str | None) -> Record:
    """The flat record of one claim of the article at path ``article``."""
    q = claim.quantity
    return {
        "article": article,
        "language": language,
        "start": claim.start,
        "end": claim.end,
        "text": claim.text,
        "kind": q.kind.value,
        "low": q.low,
        "high": q.high,
        "unit": q.unit,
        "currency": q.currency,
        "currency_inferred": q.currency_inferred,
        "bound": q.bound.value,
        "per": q.per,
        "subject": claim.subject,
        "holder": claim.holder,
        "measure": claim.measure,
        "period": claim.period,
        "part": claim.part,
        "speaker": claim.speaker,
        "topics": TOPIC_SEPARATOR.join(claim.topics) or None,
        "sentence": claim.sentence,
        "sentence_start": claim.sentence_start,
    }


def quote_record(quote: Quote, *, article: str, language: str | None) -> Record:
    """The flat record of one quote of the article at path ``article``."""
    sp = quote.speaker
    return {
        "article": article,
        "language": language,
        "start": quote.start,
        "end": quote.end,
        "text": quote.text,
        "speaker": sp.name if sp else None,
        "speaker_canonical": sp.canonical if sp else None,
        "cue": quote.cue,
        "attribution": quote.attribution,
        "partial": quote.partial,
    }


def comment_record(comment: Comment, *, article: str) -> Record:
    """The flat record of one reader comment of the article at path ``article``."""
    return {
        "article": article,
        "start": comment.start,
        "end": comment.end,
        "text": comment.text,
        "author": comment.author,
        "posted": comment.posted,
        "reply": comment.is_reply,
    }


def digest(extraction: Extraction) -> str:
    """SHA-256 of the article's decoded text: what the comparison was made from."""
    return hashlib.sha256(extraction.article.text.encode("utf-8", "surrogatepass")).hexdigest()


def article_record(extraction: Extraction) -> Record:
    """The flat record of one article: where it came from, what it holds, what went wrong."""
    a = extraction.article
    return {
        "article": a.source.path,
        "format": a.source.format,
        "encoding": a.source.encoding,
        "outlet": a.outlet,
        "language": a.language,
        "published": a.published.isoformat() if a.published else None,
        "title": a.title,
        "url": a.url,
        "author": a.author,
        "claims": len(extraction.claims),
        "quotes": len(extraction.quotes),
        "comments": len(a.comments),
        "problems": "; ".join(f"{p.code}: {p.message}" for p in a.problems) or None,
        "sha256": digest(extraction),
    }


def claims_records(extractions: Iterable[Extraction]) -> list[Record]:
    """One flat record per claim of every extraction, with the article's path and language."""
    return [
        claim_record(c, article=x.article.source.path, language=x.article.language)
        for x in extractions
        for c in x.claims
    ]


def quotes_records(extractions: Iterable[Extraction]) -> list[Record]:
    """One flat record per quote of every extraction, with the article's path and language."""
    return [
        quote_record(q, article=x.article.source.path, language=x.article.language)
        for x in extractions
        for q in x.quotes
    ]
