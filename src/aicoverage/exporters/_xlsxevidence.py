"""The Evidence sheet's rows: one row per claim, with who said it, when, why it joined its fact.

Columns: the fact (id, label, status in words), the source (path, outlet, date as a date cell),
the text as written, the low and high end as numbers in the claim's own format (bound and unit:
"~5,600,000 USD"; high only for a range), the unit; what the claim states, as the comparison
read it: the holder (whose number it is), the measure (what it counts, in words), the period (the
year it refers to) and whether it is a part or the total; the subject, the speaker, what joined
it to its fact (the signals of :attr:`~aicoverage.model.Fact.evidence`; "first claim" for the
claim the others joined), the sentence (its cut ends marked "…": see :mod:`._excerpt`), the
offsets into the decoded text and a link to the article (the topics are in the fact's label; the
JSON and CSV output list them per claim). Rows go fact by fact, so a fact's claims sit together,
in the order the By source and Disagreements links count them.

This is the hot loop of a big workbook (one row per claim): values that repeat (labels, outlets,
dates) are made once per fact or source, numbers go through shared template cells.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from aicoverage.exporters._xlsxbook import Styled
from aicoverage.exporters._xlsxfacts import STATUS_WORDS, fact_label
from aicoverage.exporters._xlsxformat import cell_number, point_format
from aicoverage.model import Claim, Fact, Quantity

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
    "holder",
    "measure",
    "period",
    "part or total",
    "subject",
    "speaker",
    "joined by",
    "sentence",
    "start",
    "end",
    "link",
)
LOW = EVIDENCE_COLUMNS.index("low")
CAPS = {
    1: 40.0,
    EVIDENCE_COLUMNS.index("joined by"): 40.0,
    EVIDENCE_COLUMNS.index("sentence"): 60.0,
    EVIDENCE_COLUMNS.index("link"): 30.0,
}
"""Widest text of the label, joined by, sentence and link columns."""
FIRST = "first claim"
"""The joined by cell of the first claim of a fact of many: the one the others joined."""


def unit_words(quantity: Quantity) -> str | None:
    """A claim's unit in words: "USD", "month", "percent per year"."""
    what = quantity.currency or quantity.unit or quantity.kind.value
    return f"{what} per {quantity.per}" if quantity.per else what


def joined_by(fact: Fact) -> dict[tuple[str, int, int], str]:
    """What joined each claim of ``fact`` after the first, by (article, start, end): its signals."""
    return {
        (e.article, e.start, e.end): ", ".join(e.signals).replace("_", " ")
        for e in fact.evidence
        if e.guard is None
    }


def _words(value: str | None) -> str | None:
    """An id in words ("training_cost" -> "training cost")."""
    return value.replace("_", " ") if value else None


def _claim_reading(claim: Claim) -> tuple[str | None, ...]:
    """The holder, measure (in words), period and part or total of ``claim``."""
    return (claim.holder, _words(claim.measure), claim.period, claim.part)


def _joined_cell(book: Any, ws: Any, fact: Fact, k: int, signals: str | None) -> Any:
    """The joined by cell of the ``k``-th claim of ``fact``: blank for a fact of one claim."""
    if k == 0:
        return FIRST if len(fact.claims) > 1 else None
    return book.text(ws, signals) if signals else None


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
        joined = joined_by(fact)
        for k, fc in enumerate(fact.claims):
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
                *(text(ws, v) if v else None for v in _claim_reading(claim)),
                text(ws, claim.subject) if claim.subject else None,
                text(ws, claim.speaker) if claim.speaker else None,
                _joined_cell(book, ws, fact, k, joined.get((fc.article, claim.start, claim.end))),
                text(ws, book.sentence(fc)),
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
