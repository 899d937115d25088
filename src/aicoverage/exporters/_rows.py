"""The tables every tabular output writes, made from the one flattening in :mod:`~aicoverage.extract.records`.

Two renderings of the same records:

- **sheet rows** (CSV and the workbook): tuples under human headings (:data:`CLAIM_COLUMNS`, ...),
  numbers as int/float (:func:`number`), flags as bool, text as str, missing as None; each exporter makes the
  values safe for its format;
- **columnar tables** (Parquet, DuckDB, pandas): :data:`TABLES` names six tables, ``articles``,
  ``claims``, ``quotes``, ``comments``, ``facts``, ``fact_claims``, and their typed columns;
  :func:`table_rows` yields their rows as dicts. An exact decimal ``low`` becomes two columns:
  ``low`` (float64) and ``low_exact`` (its exact digits as a string). Ids join the tables:
  ``article_id`` (the article's position, from 0), ``claim_id`` (the claim's position over all
  articles' claims, in article order), ``fact_id`` (the fact's id), ``quote_id``, ``comment_id``.

>>> CLAIM_COLUMNS[:4]
('fact', 'fact label', 'status', 'source')
>>> [name for name, _ in TABLES["fact_claims"]]
['fact_id', 'claim_id', 'article_id']
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal

from aicoverage.extract.records import (
    Record,
    article_record,
    claim_record,
    comment_record,
    digest,
    quote_record,
)
from aicoverage.model import Comparison, Extraction, Fact

__all__ = [
    "CLAIM_COLUMNS",
    "COMMENT_COLUMNS",
    "QUOTE_COLUMNS",
    "SOURCE_COLUMNS",
    "TABLES",
    "Cell",
    "claim_rows",
    "comment_rows",
    "digest",
    "number",
    "quote_rows",
    "source_rows",
    "table_rows",
]

Cell = str | int | float | None

# Sheet heading -> record key, for each sheet.
_CLAIM_SHEET = (
    ("fact", "fact_id"),
    ("fact label", "fact_label"),
    ("status", "status"),
    ("source", "article"),
    ("text", "text"),
    ("low", "low"),
    ("high", "high"),
    ("kind", "kind"),
    ("unit", "unit"),
    ("currency", "currency"),
    ("bound", "bound"),
    ("per", "per"),
    ("subject", "subject"),
    ("holder", "holder"),
    ("measure", "measure"),
    ("period", "period"),
    ("part", "part"),
    ("speaker", "speaker"),
    ("topics", "topics"),
    ("sentence", "sentence"),
    ("start", "start"),
    ("end", "end"),
)
_QUOTE_SHEET = (
    ("source", "article"),
    ("language", "language"),
    ("speaker", "speaker_shown"),
    ("speaker as written", "speaker"),
    ("text", "text"),
    ("cue", "cue"),
    ("attribution", "attribution"),
    ("partial", "partial"),
    ("start", "start"),
    ("end", "end"),
)
_COMMENT_SHEET = (
    ("source", "article"),
    *((k, k) for k in ("author", "posted", "reply", "text", "start", "end")),
)
_SOURCE_SHEET = (
    ("source", "article"),
    *((k, k) for k in ("format", "outlet", "language", "published", "title", "url", "story")),
    *((k, k) for k in ("claims", "quotes", "comments", "problems", "sha256")),
)

CLAIM_COLUMNS = tuple(h for h, _ in _CLAIM_SHEET)
QUOTE_COLUMNS = tuple(h for h, _ in _QUOTE_SHEET)
COMMENT_COLUMNS = tuple(h for h, _ in _COMMENT_SHEET)
SOURCE_COLUMNS = tuple(h for h, _ in _SOURCE_SHEET)

_S, _I, _F, _B = "string", "int64", "float64", "bool"
_CLAIM_FIELDS = (
    ("article", _S),
    ("language", _S),
    ("start", _I),
    ("end", _I),
    ("text", _S),
    ("kind", _S),
    ("low", _F),
    ("low_exact", _S),
    ("high", _F),
    ("high_exact", _S),
    ("unit", _S),
    ("currency", _S),
    ("currency_inferred", _B),
    ("bound", _S),
    ("per", _S),
    ("subject", _S),
    ("holder", _S),
    ("measure", _S),
    ("period", _S),
    ("part", _S),
    ("speaker", _S),
    ("topics", _S),
    ("sentence", _S),
    ("sentence_start", _I),
)
TABLES: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        ("article_id", _I),
        *((k, _S) for k in ("article", "format", "encoding", "outlet", "language", "published")),
        *((k, _S) for k in ("title", "url", "author")),
        ("story", _I),
        *((k, _I) for k in ("claims", "quotes", "comments")),
        ("problems", _S),
        ("sha256", _S),
        ("text", _S),
    ),
    "claims": (("claim_id", _I), ("article_id", _I), ("fact_id", _S), *_CLAIM_FIELDS),
    "quotes": (
        ("quote_id", _I),
        ("article_id", _I),
        *((k, _S) for k in ("article", "language")),
        *((k, _I) for k in ("start", "end")),
        *((k, _S) for k in ("text", "speaker", "speaker_canonical", "cue", "attribution")),
        ("partial", _B),
    ),
    "comments": (
        ("comment_id", _I),
        ("article_id", _I),
        ("article", _S),
        *((k, _I) for k in ("start", "end")),
        *((k, _S) for k in ("text", "author", "posted")),
        ("reply", _B),
    ),
    "facts": (
        *(
            (k, _S)
            for k in (
                "fact_id",
                "label",
                "status",
                "kind",
                "unit",
                "currency",
                "subject",
                "holder",
                "measure",
            )
        ),
        ("spread", _F),
        ("spread_exact", _S),
        ("note", _S),
        *((k, _I) for k in ("sources", "claims")),
    ),
    "fact_claims": (("fact_id", _S), ("claim_id", _I), ("article_id", _I)),
}
"""Table name -> its columns as (name, type), type one of ``string``, ``int64``, ``float64``, ``bool``."""


def number(value: Decimal) -> int | float:
    """``value`` as a spreadsheet number: an int when integral, else the nearest float.

    >>> number(Decimal("6E+6")), number(Decimal("5.6"))
    (6000000, 5.6)
    """
    if value.is_finite() and value == value.to_integral_value():
        return int(value)
    return float(value)


def _cell(value: object) -> Cell:
    if isinstance(value, Decimal):
        return number(value)
    return value  # type: ignore[return-value]


def _sheet(record: Record, columns: Sequence[tuple[str, str]]) -> tuple[Cell, ...]:
    return tuple(_cell(record[key]) for _, key in columns)


# --- records of a comparison, with the ids that join them -------------------------------------


def _claim_ids(comparison: Comparison) -> dict[tuple[str, int, int, str], list[int]]:
    """(path, start, end, text) of every article's claim -> its claim ids, in article order."""
    ids: dict[tuple[str, int, int, str], list[int]] = {}
    n = 0
    for ex in comparison.articles:
        for c in ex.claims:
            ids.setdefault((ex.article.source.path, c.start, c.end, c.text), []).append(n)
            n += 1
    for found in ids.values():
        found.reverse()  # popped from the end: the first id first
    return ids


def _fact_claims(comparison: Comparison) -> Iterator[tuple[Fact, int, Record]]:
    """Every claim of every fact with its claim id and its record (the fact's own columns added)."""
    ids = _claim_ids(comparison)
    for fact in comparison.facts:
        for fc in fact.claims:
            c = fc.claim
            found = ids.get((fc.article, c.start, c.end, c.text))
            claim_id = found.pop() if found else -1
            record = claim_record(c, article=fc.article, language=None)
            record.update(fact_id=fact.id, fact_label=fact.label, status=fact.status.value)
            yield fact, claim_id, record


def _stories(comparison: Comparison) -> list[int | None]:
    from aicoverage.compare import group_stories

    return group_stories(comparison.articles, days=comparison.rule.story_days)


def _article_records(comparison: Comparison, stories: Sequence[int | None]) -> Iterator[Record]:
    for ex, story in zip(comparison.articles, stories, strict=True):
        record = article_record(ex)
        record["story"] = story + 1 if story is not None else None
        yield record


def _quote_records(articles: Sequence[Extraction]) -> Iterator[tuple[int, Record]]:
    for n, ex in enumerate(articles):
        for qt in ex.quotes:
            record = quote_record(qt, article=ex.article.source.path, language=ex.article.language)
            record["speaker_shown"] = record["speaker_canonical"] or record["speaker"]
            yield n, record


def _comment_records(articles: Sequence[Extraction]) -> Iterator[tuple[int, Record]]:
    for n, ex in enumerate(articles):
        for cm in ex.article.comments:
            yield n, comment_record(cm, article=ex.article.source.path)


# --- sheet rows (CSV, xlsx) --------------------------------------------------------------------


def claim_rows(comparison: Comparison) -> Iterator[tuple[Cell, ...]]:
    """One row per claim, fact by fact (so a fact's claims sit together)."""
    for _, _, record in _fact_claims(comparison):
        yield _sheet(record, _CLAIM_SHEET)


def quote_rows(comparison: Comparison) -> Iterator[tuple[Cell, ...]]:
    """One row per quote of every article."""
    for _, record in _quote_records(comparison.articles):
        yield _sheet(record, _QUOTE_SHEET)


def comment_rows(comparison: Comparison) -> Iterator[tuple[Cell, ...]]:
    """One row per reader comment of every article."""
    for _, record in _comment_records(comparison.articles):
        yield _sheet(record, _COMMENT_SHEET)


def source_rows(comparison: Comparison, stories: list[int | None]) -> Iterator[tuple[Cell, ...]]:
    """One row per article: where it came from, what it holds, what went wrong reading it."""
    for record in _article_records(comparison, stories):
        yield _sheet(record, _SOURCE_SHEET)


# --- columnar tables (Parquet, DuckDB, pandas) -------------------------------------------------


def _columnar(record: Record, columns: Sequence[tuple[str, str]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for name, _ in columns:
        if name.endswith("_exact"):
            exact = record.get(name[: -len("_exact")])
            out[name] = str(exact) if exact is not None else None
        else:
            value = record.get(name)
            out[name] = float(value) if isinstance(value, Decimal) else value
    return out


def table_rows(comparison: Comparison, table: str) -> Iterator[dict[str, object]]:
    """The rows of one of :data:`TABLES` as dicts of its columns, in a stable order."""
    columns = TABLES[table]
    if table == "articles":
        for n, record in enumerate(_article_records(comparison, _stories(comparison))):
            record.update(article_id=n, text=comparison.articles[n].article.text)
            yield _columnar(record, columns)
    elif table in ("claims", "fact_claims"):
        yield from _claim_table(comparison, table)
    elif table in ("quotes", "comments"):
        pairs = (_quote_records if table == "quotes" else _comment_records)(comparison.articles)
        for k, (n, record) in enumerate(pairs):
            record.update({"article_id": n, f"{table[:-1]}_id": k})
            yield _columnar(record, columns)
    elif table == "facts":
        for fact in comparison.facts:
            facts: Record = {
                "fact_id": fact.id,
                "label": fact.label,
                "status": fact.status.value,
                "kind": fact.kind.value if fact.kind else None,
                "unit": fact.unit,
                "currency": fact.currency,
                "subject": fact.subject,
                "holder": fact.holder,
                "measure": fact.measure,
                "spread": fact.spread,
                "note": fact.note,
                "sources": len({fc.article for fc in fact.claims}),
                "claims": len(fact.claims),
            }
            yield _columnar(facts, columns)
    else:
        raise KeyError(table)


def _claim_table(comparison: Comparison, table: str) -> Iterator[dict[str, object]]:
    if table == "fact_claims":
        article_of = {ex.article.source.path: n for n, ex in reversed(list(enumerate(comparison.articles)))}
        for fact, claim_id, record in _fact_claims(comparison):
            row = {
                "fact_id": fact.id,
                "claim_id": claim_id,
                "article_id": article_of.get(str(record["article"])),
            }
            yield row
        return
    facts_of: dict[tuple[str, int, int, str], list[str]] = {}
    for fact in reversed(comparison.facts):
        for fc in reversed(fact.claims):
            c = fc.claim
            facts_of.setdefault((fc.article, c.start, c.end, c.text), []).append(fact.id)
    claim_id = 0
    for n, ex in enumerate(comparison.articles):
        path, language = ex.article.source.path, ex.article.language
        for c in ex.claims:
            found = facts_of.get((path, c.start, c.end, c.text))
            record = claim_record(c, article=path, language=language)
            record.update(claim_id=claim_id, article_id=n, fact_id=found.pop() if found else None)
            claim_id += 1
            yield _columnar(record, TABLES["claims"])
