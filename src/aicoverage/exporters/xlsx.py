"""xlsx exporter: the comparison workbook an analyst opens (needs the ``xlsx`` extra: openpyxl).

Sheets, in order: **About** (what the workbook is, when and from what it was made, the agreement
rule and tolerances, the colour legend, contents as links, what was repaired), **Sources** (one
row per article), **Facts** (facts x sources: each value a real number with a per-unit format,
status as text and as colour through conditional formatting, the spread; each value cell carries
its evidence as a comment with the sentence and a link to its row in Claims), **Claims** (long
format, one row per claim), **Quotes** and **Comments** (reader comments, kept apart). Each data
sheet is an Excel table with a frozen header and autofilter, printed landscape and fit to width;
a sheet past Excel's row limit goes on in "Claims 2" and so on.

Any text is safe: text starting with ``=`` is written as text, never as a formula; control
characters and lone surrogates are replaced and cells clipped at 32,767 UTF-16 units (both counted
on the About sheet; the JSON output keeps the full text). Rows are streamed (openpyxl write-only
mode), so memory stays flat, and the same input gives a byte-identical file.

>>> import tempfile, openpyxl
>>> from aicoverage.model import Comparison
>>> with tempfile.TemporaryDirectory() as d:
...     export(Comparison(), f"{d}/c.xlsx")
...     openpyxl.load_workbook(f"{d}/c.xlsx").sheetnames
['About', 'Sources', 'Facts', 'Claims', 'Quotes', 'Comments']
"""

from __future__ import annotations

import functools
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from aicoverage.errors import ExportError
from aicoverage.exporters import _xlsxbook
from aicoverage.exporters._rows import (
    CLAIM_COLUMNS,
    COMMENT_COLUMNS,
    QUOTE_COLUMNS,
    SOURCE_COLUMNS,
    claim_rows,
    comment_rows,
    number,
    quote_rows,
    source_rows,
)
from aicoverage.exporters._xlsxabout import about_rows
from aicoverage.exporters._xlsxbook import Book, Styled, stream
from aicoverage.exporters._xlsxfile import save_reproducibly
from aicoverage.model import Bound, Comparison, Fact, FactClaim, Quantity, Status

FONT = "Microsoft YaHei"
"""The workbook's font: Latin, Cyrillic and CJK glyphs in one face (other programs substitute)."""

STATUS_COLOURS = {
    Status.AGREE: "C6EFCE",
    Status.AGREE_WITHIN_ROUNDING: "FFEB9C",
    Status.DISAGREE: "FFC7CE",
    Status.SINGLE_SOURCE: "EDEDED",
}
EVIDENCE_LIMIT = 2_500
"""Facts cells that get a comment and a link (openpyxl holds comments in memory: about 8 kB each);
beyond this (huge runs) the Claims sheet has it all, and the About sheet says so."""

FACT_COLUMNS = ("fact", "label", "status", "spread", "unit", "subject", "sources", "note")
_PREFIX = {Bound.APPROX: "~", Bound.AT_LEAST: "≥", Bound.AT_MOST: "≤", Bound.VAGUE: "≈"}


@functools.lru_cache(maxsize=4096)
def number_format(quantity: Quantity) -> str:
    """An Excel number format that shows ``quantity`` as stated: bound, range end, unit.

    >>> from decimal import Decimal
    >>> from aicoverage.model import Kind
    >>> q = Quantity(kind=Kind.DURATION, low=Decimal(7), high=Decimal(10), unit="month")
    >>> number_format(q)
    '#,##0"–10 month"'
    """
    integral = all(v == v.to_integral_value() for v in (quantity.low, quantity.high))
    digits = "#,##0" if integral else "#,##0.0##"
    tail = "" if quantity.is_point else f"–{number(quantity.high):,}"
    if quantity.currency:
        tail += f" {quantity.currency}"
    elif quantity.unit == "percent":
        tail += "%"
    elif quantity.unit:
        tail += f" {quantity.unit}"
    elif quantity.kind.value == "multiple":
        tail += "x"
    if quantity.per:
        tail += f"/{quantity.per}"
    head = _PREFIX.get(quantity.bound, "")
    quoted = [f'"{part.replace(chr(34), "")}"' if part else "" for part in (head, tail)]
    return f"{quoted[0]}{digits}{quoted[1]}"


def _unit(fact: Fact) -> str | None:
    what = fact.currency or fact.unit or (fact.kind.value if fact.kind else None)
    per = fact.claims[0].claim.quantity.per if fact.claims else None
    return f"{what} per {per}" if what and per else what


class _Workbook(Book):
    """The comparison workbook: the generic book plus the Facts matrix and the About sheet."""

    def __init__(self, comparison: Comparison) -> None:
        super().__init__(font=FONT)
        self.comparison = comparison
        self.evidence = 0

    def fact_rows(self) -> Iterator[Any]:
        """The Facts matrix row by row; value cells link to their claim's row (part) in Claims."""
        paths = [ex.article.source.path for ex in self.comparison.articles]
        column_of = {p: len(FACT_COLUMNS) + n for n, p in enumerate(paths)}
        claim_index = 0
        for fact in self.comparison.facts:
            ws = self.current
            head = [
                fact.id,
                fact.label,
                fact.status.value,
                float(fact.spread) if fact.spread is not None else None,
                _unit(fact),
                fact.subject,
                len({fc.article for fc in fact.claims}),
                fact.note,
            ]
            values = self.row(ws, head) + [None] * len(paths)
            per_source = Counter(fc.article for fc in fact.claims)
            for k, fc in enumerate(fact.claims):
                col = column_of.get(fc.article)
                if col is not None and values[col] is None:
                    values[col] = self.value_cell(ws, fc, claim_index + k, more=per_source[fc.article] - 1)
            claim_index += len(fact.claims)
            yield stream(values)

    def value_cell(self, ws: Any, fc: FactClaim, index: int, *, more: int) -> Any:
        """The claim's value as a number in its format; with its evidence while the budget lasts."""
        from openpyxl.comments import Comment
        from openpyxl.worksheet.hyperlink import Hyperlink

        q = fc.claim.quantity
        fmt = number_format(q)
        if self.evidence >= EVIDENCE_LIMIT:
            return Styled(number(q.low), self.template_of(ws, fmt))
        self.evidence += 1
        c = self.xl.cell.Cell(ws, row=1, column=1, value=number(q.low), style_array=self.style_of(ws, fmt))
        cl = fc.claim
        also = f"\n(and {more} more from this source: see Claims)" if more else ""
        note = self.cells.clean(
            f"{cl.sentence[:1500]}\n\n{fc.article} [{cl.start}:{cl.end}] “{cl.text}”{also}"
        )
        c.comment = Comment(note, "aicoverage", width=420, height=160)
        part, row = divmod(index, _xlsxbook.MAX_ROWS)
        c.hyperlink = Hyperlink(ref="", location=f"'{self.part_title('Claims', part)}'!A{row + 2}")
        return c

    def colour(self, ws: Any, columns: int, rows: int) -> None:
        """Status colours through conditional formatting: the status cell and the row's values."""
        from openpyxl.formatting.rule import CellIsRule, FormulaRule
        from openpyxl.styles import PatternFill

        if rows == 0:
            return
        last_row = rows + 1
        last = self.xl.utils.get_column_letter(columns)
        first = self.xl.utils.get_column_letter(len(FACT_COLUMNS) + 1)
        for status, colour in STATUS_COLOURS.items():
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            ws.conditional_formatting.add(
                f"C2:C{last_row}", CellIsRule(operator="equal", formula=[f'"{status.value}"'], fill=fill)
            )
            if columns > len(FACT_COLUMNS):
                ws.conditional_formatting.add(
                    f"{first}2:{last}{last_row}",
                    FormulaRule(formula=[f'AND(NOT(ISBLANK({first}2)),$C2="{status.value}")'], fill=fill),
                )

    def facts_sheet(self) -> int:
        paths = [ex.article.source.path for ex in self.comparison.articles]
        columns = [*FACT_COLUMNS, *(os.path.basename(p) or p for p in paths)]
        widths = [12, 48, 20, 9, 12, 20, 8, 30] + [16] * len(paths)
        total = len(self.comparison.facts)
        return self.write_sheet(
            "Facts", columns, self.fact_rows(), widths, total=total, freeze="C2", finish=self.colour
        )

    def about_sheet(self, ws: Any, stories: Sequence[int | None], counts: dict[str, int]) -> None:
        from openpyxl.styles import PatternFill
        from openpyxl.worksheet.hyperlink import Hyperlink

        for key, value, kind in about_rows(self.comparison, stories, counts, self.cells, self.titles):
            first = self.cell(ws, key, font=self.bold) if key else None
            second: Any
            if kind == "link":
                # Contents: the sheet's name, linked, then what it holds.
                first = self.cell(ws, value, font=self.bold)
                first.hyperlink = Hyperlink(ref="", location=f"'{value}'!A1")
                second = key
            elif kind in STATUS_COLOURS.values():
                second = self.cell(
                    ws, value, fill=PatternFill(start_color=kind, end_color=kind, fill_type="solid")
                )
            else:
                second = self.text(ws, value) if isinstance(value, str) else value
            ws.append([first, second])


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write ``comparison`` as an xlsx workbook to ``path``."""
    try:
        out = open(path, "wb")  # noqa: SIM115 - opened before the work, to fail early
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror}") from e
    with out:
        _write(comparison, out)


def _write(comparison: Comparison, out: Any) -> None:
    from aicoverage.compare import group_stories

    book = _Workbook(comparison)
    stories = list(comparison.stories) or group_stories(comparison.articles, days=comparison.rule.story_days)
    about = book.sheet(book.titles["About"], [26, 110], freeze="A1")
    arts = comparison.articles
    counts = {
        "sources": book.data_sheet(
            "Sources",
            SOURCE_COLUMNS,
            source_rows(comparison, stories),
            [40, 10, 16, 9, 20, 40, 30, 7, 8, 8, 9, 40, 20],
            total=len(arts),
        ),
        "facts": book.facts_sheet(),
        "claims": book.data_sheet(
            "Claims",
            CLAIM_COLUMNS,
            claim_rows(comparison),
            [10, 36, 20, 30, 24, 14, 14, 10, 10, 9, 9, 7, 18, 18, 20, 70, 8, 8],
            total=sum(len(f.claims) for f in comparison.facts),
        ),
        "quotes": book.data_sheet(
            "Quotes",
            QUOTE_COLUMNS,
            quote_rows(comparison),
            [30, 8, 22, 22, 80, 14, 8, 8, 8],
            total=sum(len(x.quotes) for x in arts),
        ),
        "comments": book.data_sheet(
            "Comments",
            COMMENT_COLUMNS,
            comment_rows(comparison),
            [30, 20, 14, 7, 80, 8, 8],
            total=sum(len(x.article.comments) for x in arts),
        ),
    }
    book.about_sheet(about, stories, counts)
    save_reproducibly(book.wb, out)
