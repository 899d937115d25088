"""The By source sheet: facts x sources, one column per source, each value linked to its evidence.

A row per fact (id, label, status in words), then one cell per source: the first value that
source states for the fact, as a number in its own format. While the budget lasts
(``EVIDENCE_LIMIT`` of :mod:`.xlsx`), a value cell carries its sentence as a comment (and how many
more values the source states) and a link to its Evidence row. Status colours paint the status
and value cells by conditional formatting. Written only for up to ``MATRIX_LIMIT`` sources.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

from aicoverage.exporters._xlsxbook import Styled
from aicoverage.exporters._xlsxfacts import STATUS_WORDS, fact_label
from aicoverage.exporters._xlsxformat import cell_number, number_format
from aicoverage.model import FactClaim

HEAD = ("fact", "label", "status")


def write_matrix(book: Any) -> int:
    """Write the By source sheet of ``book`` (an xlsx ``_Workbook``); the facts written."""
    columns = [*HEAD, *(info.column for info in book.info.values())]
    floor = book.survey.widest
    return int(
        book.write_sheet(
            "By source",
            columns,
            _rows(book),
            total=len(book.comparison.facts),
            freeze="D2",
            floors=dict.fromkeys(range(len(HEAD), len(columns)), floor),
            caps={1: 50.0},
            finish=book.colour(3, len(HEAD) + 1),
        )
    )


def _rows(book: Any) -> Iterator[list[Any]]:
    paths = list(book.info)
    column_of = {p: len(HEAD) + n for n, p in enumerate(paths)}
    for fact in book.comparison.facts:
        ws = book.current
        head = [fact.id, fact_label(fact), STATUS_WORDS[fact.status]]
        values = book.row(ws, head) + [None] * len(paths)
        per_source = Counter(fc.article for fc in fact.claims)
        first = book.first_claim[id(fact)]
        for k, fc in enumerate(fact.claims):
            col = column_of.get(fc.article)
            if col is not None and values[col] is None:
                values[col] = _value_cell(book, ws, fc, first + k, more=per_source[fc.article] - 1)
        yield values


def _value_cell(book: Any, ws: Any, fc: FactClaim, index: int, *, more: int) -> Any:
    """The claim's value as a number in its format; with its evidence while the budget lasts."""
    from openpyxl.comments import Comment
    from openpyxl.worksheet.hyperlink import Hyperlink

    q = fc.claim.quantity
    value = cell_number(q.low)
    fmt = number_format(q)
    if isinstance(value, str):
        return book.text(ws, value)
    if book.evidence >= book.evidence_limit:
        return Styled(value, book.template_of(ws, fmt))
    book.evidence += 1
    c = book.xl.cell.Cell(ws, row=1, column=1, value=value, style_array=book.style_of(ws, fmt))
    cl = fc.claim
    outlet = book.outlets.get(fc.article, fc.article)
    also = f"\n(and {more} more from this source: see Evidence)" if more else ""
    note = book.cells.clean(f"{book.sentence(fc)[:1500]}\n\n{outlet}: “{cl.text}”{also}")
    c.comment = Comment(note, "aicoverage", width=420, height=160)
    c.hyperlink = Hyperlink(ref="", location=book.evidence_location(index))
    return c
