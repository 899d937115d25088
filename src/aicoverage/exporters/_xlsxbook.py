"""A workbook being streamed: openpyxl write-only sheets with safe text, tables and page setup.

Rows go straight to disk (openpyxl write-only mode), so memory stays flat. A sheet longer than
Excel's 1,048,576 rows continues in a numbered sheet ("Evidence 2"), each part its own table.
Column widths fit the header and the first rows (see :mod:`._xlsxwidth`); printed pages name
their sheet in the header.
"""

from __future__ import annotations

import functools
import itertools
import re
import warnings
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any, NamedTuple

from aicoverage.errors import ExportError
from aicoverage.exporters._cells import CellText, sheet_title
from aicoverage.exporters._xlsxwidth import SAMPLE, fit, number_columns

MAX_ROWS = 1_048_575
"""Data rows per sheet: Excel's 1,048,576 rows less the header."""

SHEETS = (
    "About",
    "Disagreements",
    "Facts",
    "By source",
    "Evidence",
    "Sources",
    "Quotes",
    "Comments",
)
_NAME = re.compile(r"[^A-Za-z0-9_]")


def import_openpyxl() -> Any:
    """The openpyxl module, or :class:`ExportError` saying which extra to install."""
    try:
        import openpyxl
    except ImportError:
        raise ExportError("writing .xlsx needs openpyxl: pip install 'aicoverage[xlsx]'") from None
    return openpyxl


@functools.cache
def _template_class() -> Any:
    """openpyxl's Cell with its style id fixed at creation: a template's style never changes,
    and openpyxl would otherwise look the id up (hashing the style) for every value written."""
    from openpyxl.cell import Cell

    class Template(Cell):  # type: ignore[misc]
        __slots__ = ("_has_style", "_style_id")

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._style_id = super().style_id
            self._has_style = any(self._style)

        @property
        def style_id(self) -> int:
            return self._style_id  # type: ignore[no-any-return]

        @property
        def has_style(self) -> bool:
            return self._has_style

    return Template


class Styled(NamedTuple):
    """A number to write through a shared, styled template cell (see :func:`stream`)."""

    value: int | float
    template: Any


def stream(values: Iterable[Any]) -> Iterator[Any]:
    """The row's values, each template cell filled just before openpyxl writes it.

    openpyxl's write-only sheet writes every cell as the row generator yields it, so one cell
    object per number format can carry every value of that format, one after the other.
    """
    for v in values:
        if type(v) is Styled:
            cell = v.template
            cell._value = v.value
            cell.data_type = "n"
            yield cell
        else:
            yield v


def _cells(ws: Any, values: Iterable[Any], row_idx: int) -> Iterator[Any]:
    """openpyxl's write-only ``_values_to_row`` that takes :class:`Styled` values and cell
    objects as they are (openpyxl's own reaches a cell object through a ValueError and then makes
    a fresh cell for the next value: a third of the time of a styled cell)."""
    from openpyxl.cell import Cell, WriteOnlyCell

    cell = WriteOnlyCell(ws)
    for col_idx, value in enumerate(values, 1):
        if value is None:
            continue
        if type(value) is Styled:
            out = value.template
            out._value = value.value
            out.data_type = "n"
        elif isinstance(value, Cell):
            out = value
        else:
            cell.value = value
            out = cell
        out.column = col_idx
        out.row = row_idx
        if out.hyperlink is not None:
            out.hyperlink.ref = out.coordinate
        yield out
        if out is cell and (cell.has_style or cell.hyperlink):
            cell = WriteOnlyCell(ws)


def unique(names: Sequence[str]) -> list[str]:
    """``names`` made unique case-insensitively ("a", "A" -> "a", "A (2)")."""
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


FLAGS = {True: "yes", False: "no"}
"""How a flag (a quote is partial, a comment is a reply) reads in a cell."""


class Book:
    """The workbook, its fonts and styles, the text cleaner and the sheets written so far."""

    def __init__(self, *, font: str) -> None:
        self.xl = import_openpyxl()
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils.indexed_list import IndexedList

        self.cells = CellText()
        self.wb = self.xl.Workbook(write_only=True)
        # The default font is the workbook's first font: every cell without a style uses it.
        base = Font(name=font, sz=11, family=2)
        self.wb._fonts = IndexedList([base])
        self.wb._named_styles[0].font = base
        self.bold = Font(name=font, sz=11, family=2, bold=True)
        self.link_font = Font(name=font, sz=11, family=2, color="0563C1", underline="single")
        self.left = Alignment(horizontal="left")
        self.right = Alignment(horizontal="right", indent=1)  # as the numbers' "_)" pad
        self.taken: set[str] = set()
        self.titles = {name: sheet_title(name, taken=self.taken) for name in SHEETS}
        self.parts: dict[tuple[str, int], str] = {}
        self.current: Any = None
        self.fast = False
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
        """``value`` cleaned; a cell forced to text when it would read as a formula or error."""
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
        """Sheet row values made safe: text cleaned, flags in words (a spreadsheet shows a bool
        as TRUE/FALSE or, in LibreOffice, as 1/0 beside the next column's text)."""
        return [self.text(ws, v) if type(v) is str else FLAGS[v] if type(v) is bool else v for v in values]

    def style_of(self, ws: Any, fmt: str) -> Any:
        """The (shared, never changed) cell style with number format ``fmt``."""
        style = self.styles.get(fmt)
        if style is None:
            style = self.styles[fmt] = self.cell(ws, 0, number_format=fmt)._style
        return style

    def template_of(self, ws: Any, fmt: str) -> Any:
        """One cell per number format, refilled for every plain value cell of that format."""
        cell = self.templates.get(fmt)
        if cell is None:
            cell = self.templates[fmt] = _template_class()(
                ws, row=1, column=1, style_array=self.style_of(ws, fmt)
            )
        return cell

    def part_title(self, name: str, part: int) -> str:
        """The title of part ``part`` (0-based) of sheet ``name``: "Claims", "Claims 2", ..."""
        key = (name, part)
        if key not in self.parts:
            base = self.titles[name]
            self.parts[key] = base if part == 0 else sheet_title(f"{base} {part + 1}", taken=self.taken)
        return self.parts[key]

    def sheet(self, title: str, widths: Sequence[float] = (), *, freeze: str = "A2") -> Any:
        from openpyxl.worksheet.properties import PageSetupProperties

        ws = self.wb.create_sheet(title)
        self.fast = hasattr(ws, "_values_to_row")  # openpyxl's write-only sheet, as in 3.1
        if self.fast:
            ws._values_to_row = functools.partial(_cells, ws)
        self.set_widths(ws, widths)
        ws.freeze_panes = freeze
        ws.page_setup.orientation = "landscape"
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
        # Printed pages say which sheet they are ("&A") and where in it ("&P of &N").
        ws.oddHeader.center.text = "&A"
        ws.oddFooter.center.text = "page &P of &N"
        return ws

    def set_widths(self, ws: Any, widths: Sequence[float], *, hidden: Sequence[int] = ()) -> None:
        """Column widths (before the sheet's first row is written); ``hidden``: 0-based columns."""
        for n, width in enumerate(widths):
            dim = ws.column_dimensions[self.xl.utils.get_column_letter(n + 1)]
            dim.width = width
            if n in hidden:
                dim.hidden = True

    def names(self, columns: Sequence[str]) -> list[str]:
        """Header names: clean, on one line, unique (a table needs unique column names)."""
        return unique([self.cells.clean(c).replace("\n", " ") or "column" for c in columns])

    def header(
        self,
        ws: Any,
        names: Sequence[str],
        *,
        notes: Mapping[int, str] | None = None,
        right: Collection[int] = (),
    ) -> None:
        """The header row: bold names, ``notes`` as comments, aligned right over the number
        columns ``right`` (0-based), so a name never sits over the column to its left's numbers."""
        from openpyxl.comments import Comment

        cells = [self.cell(ws, n, font=self.bold, data_type="s") for n in names]
        for n in right:
            cells[n].alignment = self.right
        for n, note in (notes or {}).items():
            cells[n].comment = Comment(note, "aicoverage", width=320, height=120)
        ws.append(cells)
        ws.print_title_rows = "1:1"

    def table(self, ws: Any, title: str, columns: Sequence[str], rows: int) -> None:
        from openpyxl.worksheet.filters import AutoFilter
        from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo

        if rows == 0:
            ws.append([None])
            rows = 1
        last = self.xl.utils.get_column_letter(len(columns))
        table = Table(displayName=_NAME.sub("_", f"t_{title}"), ref=f"A1:{last}{rows + 1}")
        table.tableColumns = [TableColumn(id=n, name=c) for n, c in enumerate(columns, 1)]
        table.autoFilter = AutoFilter(ref=table.ref)  # openpyxl adds it only when it names the columns
        table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "In write-only mode", UserWarning)  # columns are set above
            ws.add_table(table)

    def write_sheet(
        self,
        name: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        total: int,
        freeze: str = "A2",
        floors: Mapping[int, float] | None = None,
        caps: Mapping[int, float] | None = None,
        notes: Mapping[int, str] | None = None,
        finish: Callable[[Any, int, int], None] | None = None,
    ) -> int:
        """Write the ``total`` ``rows`` (already safe) as sheet ``name``, in parts of :data:`MAX_ROWS`.

        Column widths fit the header and the first :data:`SAMPLE` rows (``floors``: minimum
        widths, ``caps``: widest text, by column index); ``notes`` are comments on header cells.
        ``self.current`` is the sheet the next row goes to (cells must be made for it);
        ``finish(ws, columns, rows)`` runs on each part before its table is added.
        """
        it = iter(rows)
        count = 0
        names = self.names(columns)
        widths: list[float] | None = None
        right: frozenset[int] | None = None
        for part in range(max(1, -(-total // MAX_ROWS))):
            title = self.part_title(name, part)
            ws = self.current = self.sheet(title, freeze=freeze)
            head = list(itertools.islice(it, min(SAMPLE, MAX_ROWS)))
            if widths is None:
                # Floors guard the rows not measured; a sheet measured whole needs none.
                whole = part == 0 and len(head) == total
                widths = fit(names, head, floors=None if whole else floors, caps=caps)
            if right is None:
                right = number_columns(len(names), head)
            self.set_widths(ws, widths)
            self.header(ws, names, notes=notes, right=right)
            written = 0
            for values in itertools.chain(head, itertools.islice(it, MAX_ROWS - len(head))):
                ws.append(values if self.fast else stream(values))
                written += 1
            count += written
            if finish is not None:
                finish(ws, len(names), written)
            self.table(ws, title, names, written)
        return count

    def data_sheet(
        self,
        name: str,
        columns: Sequence[str],
        rows: Iterable[Sequence[Any]],
        *,
        total: int,
        caps: Mapping[int, float] | None = None,
    ) -> int:
        """Write plain rows (text cleaned here) as sheet ``name``."""
        cleaned = (self.row(self.current, r) for r in rows)
        return self.write_sheet(name, columns, cleaned, total=total, caps=caps)
