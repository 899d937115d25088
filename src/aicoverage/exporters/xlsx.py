"""xlsx exporter: the comparison workbook an analyst opens (needs the ``xlsx`` extra: openpyxl).

Sheets, in order: **About** (what the workbook is, when and from what it was made, the agreement
rule and tolerances, the colour legend, contents as links, what was repaired), **Sources** (one
row per article), **Facts** (facts x sources: each value a real number with a per-unit format,
status as text and as colour through conditional formatting, the spread; each value cell carries
its evidence as a comment with the sentence and a link to its row in Claims), **Claims** (long
format, one row per claim), **Quotes** and **Comments** (reader comments, kept apart). Each data
sheet is an Excel table with a frozen header and autofilter, printed landscape and fit to width.

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
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from aicoverage.errors import ExportError
from aicoverage.exporters._cells import CellText, sheet_title
from aicoverage.exporters._rows import (
    CLAIM_COLUMNS,
    COMMENT_COLUMNS,
    QUOTE_COLUMNS,
    SOURCE_COLUMNS,
    Cell,
    claim_rows,
    comment_rows,
    number,
    quote_rows,
    source_rows,
)
from aicoverage.exporters._xlsxabout import about_rows
from aicoverage.exporters._xlsxfile import save_reproducibly
from aicoverage.model import Bound, Comparison, Fact, Quantity, Status

FONT = "Microsoft YaHei"
"""The workbook's font: Latin, Cyrillic and CJK glyphs in one face (other programs substitute)."""

STATUS_COLOURS = {
    Status.AGREE: "C6EFCE",
    Status.AGREE_WITHIN_ROUNDING: "FFEB9C",
    Status.DISAGREE: "FFC7CE",
    Status.SINGLE_SOURCE: "EDEDED",
}
EVIDENCE_LIMIT = 10_000
"""Facts cells that get a comment and a link; beyond this (huge runs) the Claims sheet has it all."""

FACT_COLUMNS = ("fact", "label", "status", "spread", "unit", "subject", "sources", "note")
_PREFIX = {Bound.APPROX: "~", Bound.AT_LEAST: "≥", Bound.AT_MOST: "≤", Bound.VAGUE: "≈"}
_NAME = re.compile(r"[^A-Za-z0-9_]")


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise ExportError("writing .xlsx needs openpyxl: pip install 'aicoverage[xlsx]'") from None
    return openpyxl


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


class _Book:
    """One workbook being written: the openpyxl objects, styles and the text cleaner."""

    def __init__(self, comparison: Comparison) -> None:
        self.xl = _openpyxl()
        from openpyxl.styles import Font
        from openpyxl.utils.indexed_list import IndexedList

        self.comparison = comparison
        self.cells = CellText()
        self.wb = self.xl.Workbook(write_only=True)
        font = Font(name=FONT, sz=11, family=2)
        self.wb._fonts = IndexedList([font])
        self.wb._named_styles[0].font = font
        self.bold = Font(name=FONT, sz=11, family=2, bold=True)
        self.taken: set[str] = set()
        self.titles = {
            name: sheet_title(name, taken=self.taken)
            for name in ("About", "Sources", "Facts", "Claims", "Quotes", "Comments")
        }
        self.evidence = 0
        self.about_ws: Any = None
        self.memo: dict[str, str] = {}
        self.styles: dict[str, Any] = {}
        self.templates: dict[str, Any] = {}

    def cell(self, ws: Any, value: Any, **style: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        c = WriteOnlyCell(ws, value=value)
        for k, v in style.items():
            setattr(c, k, v)
        return c

    def text(self, ws: Any, value: str) -> Any:
        hit = self.memo.get(value)
        if hit is not None:
            return hit
        clean = self.cells.clean(value)
        if clean[:1] == "=" or clean[:1] == "#":
            c = self.cell(ws, clean)
            c.data_type = "s"  # text, never a formula or an error code
            return c
        if clean is value and len(value) < 100:
            # Labels, paths and ids repeat on every row: remember that they are safe as they are.
            if len(self.memo) > 50_000:
                self.memo.clear()
            self.memo[value] = value
        return clean

    def row(self, ws: Any, values: Iterable[Any]) -> list[Any]:
        return [self.text(ws, v) if type(v) is str else v for v in values]

    def sheet(self, name: str, widths: Sequence[int], *, freeze: str = "A2") -> Any:
        from openpyxl.worksheet.properties import PageSetupProperties

        ws = self.wb.create_sheet(self.titles[name])
        for n, width in enumerate(widths, 1):
            ws.column_dimensions[self.xl.utils.get_column_letter(n)].width = width
        ws.freeze_panes = freeze
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        return ws

    def header(self, ws: Any, columns: Sequence[str]) -> list[str]:
        names = _unique([self.cells.clean(c).replace("\n", " ") or "column" for c in columns])
        ws.append([self.cell(ws, n, font=self.bold, data_type="s") for n in names])
        ws.print_title_rows = "1:1"
        return names

    def table(self, ws: Any, name: str, columns: Sequence[str], rows: int) -> None:
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        if rows == 0:
            ws.append([None])
            rows = 1
        last = self.xl.utils.get_column_letter(len(columns))
        table = Table(displayName=_NAME.sub("_", f"t_{name}"), ref=f"A1:{last}{rows + 1}")
        table.tableColumns = [TableColumn(id=n, name=c) for n, c in enumerate(columns, 1)]
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "In write-only mode", UserWarning)  # columns are set above
            ws.add_table(table)

    def data_sheet(
        self, name: str, columns: Sequence[str], rows: Iterable[Sequence[Cell]], widths: Sequence[int]
    ) -> int:
        ws = self.sheet(name, widths)
        names = self.header(ws, columns)
        count = 0
        for values in rows:
            ws.append(self.row(ws, values))
            count += 1
        self.table(ws, name, names, count)
        return count

    def facts_sheet(self) -> int:
        paths = [ex.article.source.path for ex in self.comparison.articles]
        column_of = {p: len(FACT_COLUMNS) + n for n, p in enumerate(paths)}
        ws = self.sheet("Facts", [12, 48, 20, 9, 12, 20, 8, 30] + [16] * len(paths), freeze="C2")
        names = self.header(ws, [*FACT_COLUMNS, *(os.path.basename(p) or p for p in paths)])
        claims_row = 2
        for fact in self.comparison.facts:
            values: list[Any] = [
                fact.id,
                fact.label,
                fact.status.value,
                float(fact.spread) if fact.spread is not None else None,
                _unit(fact),
                fact.subject,
                len({fc.article for fc in fact.claims}),
                fact.note,
            ]
            values = self.row(ws, values) + [None] * len(paths)
            per_source = Counter(fc.article for fc in fact.claims)
            for k, fc in enumerate(fact.claims):
                col = column_of.get(fc.article)
                if col is not None and values[col] is None:
                    more = per_source[fc.article] - 1
                    values[col] = self.value_cell(ws, fc.claim.quantity, fc, claims_row + k, more=more)
            claims_row += len(fact.claims)
            ws.append(_stream(values))
        self.colour(ws, len(names), len(self.comparison.facts))
        self.table(ws, "Facts", names, len(self.comparison.facts))
        return len(self.comparison.facts)

    def value_cell(self, ws: Any, q: Quantity, fc: Any, row: int, *, more: int = 0) -> Any:
        from openpyxl.comments import Comment
        from openpyxl.worksheet.hyperlink import Hyperlink

        if self.evidence >= EVIDENCE_LIMIT:
            return _Styled(number(q.low), self.template_of(ws, q))
        c = self.xl.cell.Cell(ws, row=1, column=1, value=number(q.low), style_array=self.style_of(ws, q))
        self.evidence += 1
        cl = fc.claim
        also = f"\n(and {more} more from this source: see Claims)" if more else ""
        note = self.cells.clean(
            f"{cl.sentence[:1500]}\n\n{fc.article} [{cl.start}:{cl.end}] “{cl.text}”{also}"
        )
        c.comment = Comment(note, "aicoverage", width=420, height=160)
        c.hyperlink = Hyperlink(ref="", location=f"'{self.titles['Claims']}'!A{row}")
        return c

    def style_of(self, ws: Any, q: Quantity) -> Any:
        """The (shared, never changed) cell style showing ``q`` with its number format."""
        fmt = number_format(q)
        style = self.styles.get(fmt)
        if style is None:
            style = self.styles[fmt] = self.cell(ws, 0, number_format=fmt)._style
        return style

    def template_of(self, ws: Any, q: Quantity) -> Any:
        """One cell per number format, refilled for each value cell without evidence."""
        fmt = number_format(q)
        cell = self.templates.get(fmt)
        if cell is None:
            cell = self.templates[fmt] = self.xl.cell.Cell(
                ws, row=1, column=1, style_array=self.style_of(ws, q)
            )
        return cell

    def colour(self, ws: Any, columns: int, rows: int) -> None:
        from openpyxl.formatting.rule import CellIsRule, FormulaRule
        from openpyxl.styles import PatternFill

        if rows == 0:
            return
        last_row = rows + 1
        last = self.xl.utils.get_column_letter(columns)
        for status, colour in STATUS_COLOURS.items():
            fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
            ws.conditional_formatting.add(
                f"C2:C{last_row}", CellIsRule(operator="equal", formula=[f'"{status.value}"'], fill=fill)
            )
            if columns > len(FACT_COLUMNS):
                first = self.xl.utils.get_column_letter(len(FACT_COLUMNS) + 1)
                ws.conditional_formatting.add(
                    f"{first}2:{last}{last_row}",
                    FormulaRule(formula=[f'AND(NOT(ISBLANK({first}2)),$C2="{status.value}")'], fill=fill),
                )

    def about_sheet(self, stories: Sequence[int | None], counts: dict[str, int]) -> None:
        from openpyxl.styles import PatternFill
        from openpyxl.worksheet.hyperlink import Hyperlink

        ws = self.about_ws
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


class _Styled(NamedTuple):
    """A number to write through a shared, styled template cell."""

    value: int | float
    template: Any


def _stream(values: list[Any]) -> Iterator[Any]:
    """The row's values, each template cell filled just before openpyxl writes it.

    openpyxl's write-only sheet writes every cell as the row generator yields it, so one cell
    object per number format can carry every value of that format, one after the other.
    """
    for v in values:
        if type(v) is _Styled:
            cell = v.template
            cell._value = v.value
            cell.data_type = "n"
            yield cell
        else:
            yield v


def _unique(names: Sequence[str]) -> list[str]:
    seen: set[str] = set()
    out: list[str] = []
    for name in names:
        candidate, n = name, 1
        while candidate.casefold() in seen:
            n += 1
            candidate = f"{name} ({n})"
        seen.add(candidate.casefold())
        out.append(candidate)
    return out


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

    book = _Book(comparison)
    stories = group_stories(comparison.articles, days=comparison.rule.story_days)
    book.about_ws = book.sheet("About", [26, 110], freeze="A1")
    counts = {
        "sources": book.data_sheet(
            "Sources",
            SOURCE_COLUMNS,
            source_rows(comparison, stories),
            [40, 10, 16, 9, 20, 40, 30, 7, 8, 8, 9, 40, 20],
        ),
        "facts": book.facts_sheet(),
        "claims": book.data_sheet(
            "Claims",
            CLAIM_COLUMNS,
            claim_rows(comparison),
            [10, 36, 20, 30, 24, 14, 14, 10, 10, 9, 9, 7, 18, 18, 20, 70, 8, 8],
        ),
        "quotes": book.data_sheet(
            "Quotes", QUOTE_COLUMNS, quote_rows(comparison), [30, 8, 22, 22, 80, 14, 8, 8, 8]
        ),
        "comments": book.data_sheet(
            "Comments", COMMENT_COLUMNS, comment_rows(comparison), [30, 20, 14, 7, 80, 8, 8]
        ),
    }
    book.about_sheet(stories, counts)
    save_reproducibly(book.wb, out)
