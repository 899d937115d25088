"""The Evidence sheet's rows: one row per claim, with who said it, when, and where to read it.

Columns: the fact (id, label, status in words), the source (path, outlet, date as a date cell),
the text as written, the low and high end as numbers in the claim's own format (bound and unit:
"~5,600,000 USD"; high only for a range), the unit, subject, speaker, the sentence, the offsets
into the decoded text and a link to the article (the topics are in the fact's label; the JSON
and CSV output list them per claim). Rows go fact by fact, so a fact's claims sit together, in the
order the By source and Disagreements links count them.

This is the hot loop of a big workbook (one row per claim): values that repeat (labels, outlets,
dates) are made once per fact or source, numbers go through shared template cells.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from aicoverage.exporters._xlsxbook import Styled
from aicoverage.exporters._xlsxfacts import STATUS_WORDS, fact_label
from aicoverage.exporters._xlsxformat import cell_number, point_format
from aicoverage.model import Quantity

EVIDENCE_COLUMNS = (
    "fact",
    "fact label",
    "status",
    "source",
    "outlet",
    "published",
    "as written",
    "low",
    "high",
    "unit",
    "subject",
    "speaker",
    "sentence",
    "start",
    "end",
    "link",
)
LOW = EVIDENCE_COLUMNS.index("low")
CAPS = {1: 40.0, EVIDENCE_COLUMNS.index("sentence"): 60.0, EVIDENCE_COLUMNS.index("link"): 30.0}
"""Widest text of the label, sentence and link columns."""


def unit_words(quantity: Quantity) -> str | None:
    """A claim's unit in words: "USD", "month", "percent per year"."""
    what = quantity.currency or quantity.unit or quantity.kind.value
    return f"{what} per {quantity.per}" if quantity.per else what


def _high(book: Any, ws: Any, quantity: Quantity, high: int | float | str, fmt: str) -> Any:
    """A range's high end; blank for a single value (one styled cell less per row)."""
    if quantity.low == quantity.high:
        return None
    return high if isinstance(high, str) else Styled(high, book.template_of(ws, fmt))


def write_evidence(book: Any) -> int:
    """Write the Evidence sheet (and its parts) of ``book`` (an xlsx ``_Workbook``); the claims written."""
    widest = book.survey.widest
    return int(
        book.write_sheet(
            "Evidence",
            EVIDENCE_COLUMNS,
            evidence_rows(book),
            total=book.claims,
            floors={LOW: widest, LOW + 1: widest},
            caps=CAPS,
        )
    )


def evidence_rows(book: Any) -> Iterator[list[Any]]:
    """The Evidence rows of ``book`` (an xlsx ``_Workbook``), claim by claim, fact by fact."""
    text = book.text
    sources = _SourceCells(book)
    for fact in book.comparison.facts:
        ws = book.current
        head = [text(ws, fact.id), text(ws, fact_label(fact)), STATUS_WORDS[fact.status]]
        for fc in fact.claims:
            ws = book.current
            claim, q = fc.claim, fc.claim.quantity
            fmt = point_format(q)
            low, high = cell_number(q.low), cell_number(q.high)
            source, link = sources.cells(ws, fc.article)
            yield [
                *head,
                *source,
                text(ws, claim.text),
                low if isinstance(low, str) else Styled(low, book.template_of(ws, fmt)),
                _high(book, ws, q, high, fmt),
                unit_words(q),
                text(ws, claim.subject) if claim.subject else None,
                text(ws, claim.speaker) if claim.speaker else None,
                text(ws, claim.sentence),
                claim.start,
                claim.end,
                link,
            ]


class _SourceCells:
    """The source cells of the Evidence rows (path, outlet, date), made once per source and sheet
    part; the link is made for each row (a link cell records its own position)."""

    def __init__(self, book: Any) -> None:
        self.book = book
        self.made: dict[tuple[str, Any], list[Any]] = {}

    def cells(self, ws: Any, path: str) -> tuple[list[Any], Any]:
        book, key = self.book, (path, ws)
        cells = self.made.get(key)
        info = book.info.get(path)
        if cells is None:
            if len(self.made) > 50_000:
                self.made.clear()
            if info is None:
                cells = [book.text(ws, path), None, None]
            else:
                cells = [book.text(ws, path), book.text(ws, info.outlet), book.date(ws, info.published)]
            self.made[key] = cells
        return cells, book.url_cell(ws, info.url) if info else None
