"""The Disagreements sheet: each disputed fact, its values per source side by side, and a chart.

One block per disputed fact (facts of many sources first): a title row (the fact, how many
sources, the spread), then one row per claim: the outlet, the value as stated (linked to its
Evidence row), the text as written and its sentence. Two hidden columns hold each value's low end
and the rest of its range in the fact's unit, which the block's chart draws (see
:mod:`._xlsxchart`). The first :data:`CHART_LIMIT` blocks get a chart (under the block's
rows); the sheet stops before Excel's row limit and says how many facts did not fit.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from typing import Any

from aicoverage.exporters import _xlsxbook
from aicoverage.exporters._xlsxchart import CHART_ROWS, range_chart
from aicoverage.exporters._xlsxfacts import fact_label, fact_row, facts_in_order, in_fact_unit
from aicoverage.exporters._xlsxformat import cell_number, number_format, plain_format
from aicoverage.exporters._xlsxwidth import SAMPLE, fit, number_columns
from aicoverage.model import Fact, Status

COLUMNS = ("fact", "source", "value", "as written", "sentence", "low", "rest of the range")
HIDDEN = (5, 6)
CHART_LIMIT = 50
"""Disputed facts drawn as a chart (openpyxl holds charts in memory)."""
SENTENCE = 400
"""Characters of a sentence shown here (the Evidence sheet has it whole)."""


def disputed(book: Any) -> list[Fact]:
    """The facts whose sources disagree, those of many sources first."""
    return [f for f in facts_in_order(book.comparison) if f.status is Status.DISAGREE]


def write_disagreements(book: Any) -> int:
    """Write the Disagreements sheet of ``book`` (an xlsx ``_Workbook``); the facts written."""
    facts = disputed(book)
    ws = book.current = book.sheet(book.titles["Disagreements"], freeze="A2")
    names = book.names(COLUMNS)
    charts: list[tuple[Fact, int, int, str]] = []
    written: list[int] = [0]
    rows = _rows(book, ws, facts, charts, written)
    head = list(itertools.islice(rows, SAMPLE))
    book.set_widths(ws, fit(names, head, caps={0: 40.0, 3: 30.0, 4: 70.0}), hidden=HIDDEN)
    book.header(ws, names, right=number_columns(len(names), head))
    for row in itertools.chain(head, rows):
        ws.append(row if book.fast else _xlsxbook.stream(row))
    for fact, first, last, fmt in charts:
        chart = range_chart(
            ws,
            title=fact_label(fact),
            categories=2,
            low=6,
            rest=7,
            rows=(first, last),
            number_format=fmt,
        )
        ws.add_chart(chart, f"B{last + 2}")
    if not facts:
        ws.append([None, "no fact is disputed: every fact stated by several sources agrees"])
    return written[0]


def _rows(
    book: Any,
    ws: Any,
    facts: list[Fact],
    charts: list[tuple[Fact, int, int, str]],
    written: list[int],
) -> Iterator[list[Any]]:
    rates = book.comparison.rule.rates
    row_number = 1  # the header
    for n, fact in enumerate(facts):
        if row_number + 1 + len(fact.claims) + 1 > _xlsxbook.MAX_ROWS:
            yield [book.text(ws, f"… {len(facts) - n:,} more disputed facts: filter Facts by status")]
            return
        values, tail = fact_row(fact, book.outlets, rates)
        spread = f", spread {values[8]:.1%}" if values[8] is not None else ""
        title = book.cell(ws, book.cells.clean(fact_label(fact)), font=book.bold, data_type="s")
        yield [title, None, None, None, book.text(ws, f"{values[3]} sources disagree{spread}")]
        row_number += 1
        first = row_number + 1
        for k, fc in enumerate(fact.claims):
            yield _claim_row(book, ws, fact, fc, book.first_claim[id(fact)] + k, rates)
        row_number += len(fact.claims)
        written[0] += 1
        if n < CHART_LIMIT:
            # The chart goes under the block's rows, from column B: the sheet stays page-wide.
            integral = all(
                v == v.to_integral_value()
                for fc in fact.claims
                for v in (fc.claim.quantity.low, fc.claim.quantity.high)
            )
            charts.append((fact, first, row_number, plain_format(tail, integral)))
            for _ in range(CHART_ROWS):
                yield []
                row_number += 1
        yield []
        row_number += 1


def _claim_row(book: Any, ws: Any, fact: Fact, fc: Any, index: int, rates: Any) -> list[Any]:
    from openpyxl.worksheet.hyperlink import Hyperlink

    q = fc.claim.quantity
    value: Any = cell_number(q.low)
    if not isinstance(value, str):
        value = book.xl.cell.Cell(
            ws, row=1, column=1, value=value, style_array=book.style_of(ws, number_format(q))
        )
        value.hyperlink = Hyperlink(ref="", location=book.evidence_location(index))
    ends = in_fact_unit(fact, q, rates)
    low, rest = (cell_number(ends[0]), cell_number(ends[1] - ends[0])) if ends else (None, None)
    sentence = book.sentence(fc)
    if len(sentence) > SENTENCE:
        sentence = sentence[:SENTENCE] + "…"
    return [
        None,
        book.text(ws, book.outlets.get(fc.article, fc.article)),
        book.text(ws, value) if isinstance(value, str) else value,
        book.text(ws, fc.claim.text),
        book.text(ws, sentence),
        low,
        rest,
    ]
