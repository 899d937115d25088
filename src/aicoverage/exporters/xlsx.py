"""xlsx exporter: the comparison workbook an analyst opens (needs the ``xlsx`` extra: openpyxl).

Sheets, in order: **About** (what the workbook is, when and from what it was made, the agreement
rule, the spread, the colour legend, contents as links, what was repaired), **Disagreements**
(each disputed fact, its values per source side by side with their sentences, and a chart),
**Facts** (one row per fact: label, status in words and colour, sources, low / median / high in
the fact's unit, spread, the outlets that state it; facts of many sources first), **By source**
(facts x sources, one column per outlet, each value with its sentence as a comment and a link to
its Evidence row; only up to :data:`MATRIX_LIMIT` sources), **Evidence** (one row per claim:
fact, source, outlet, date, text as written, low and high in the unit's format, holder, measure,
period, part or total, subject, speaker, the signals that joined it to its fact, sentence,
offsets, link), **Sources** (one row per article), **Quotes** and **Comments** (reader comments,
kept apart). Data sheets are Excel tables with a frozen header and autofilter, printed landscape
and fit to width; a sheet past Excel's row limit goes on in "Evidence 2" and so on, and no sheet
has more columns than :data:`MATRIX_LIMIT` sources need.

Any text is safe: text starting with ``=`` is written as text, never as a formula; control
characters and lone surrogates are replaced and cells clipped at 32,767 UTF-16 units; a number
too large for a spreadsheet is written as text (all counted on the About sheet; the JSON output
keeps everything). Rows are streamed (openpyxl write-only mode), so memory stays flat; the file
is written to a temporary file beside the target and renamed over it, so a failed or concurrent
run never leaves a broken workbook; the same input gives a byte-identical file.

>>> import tempfile, openpyxl
>>> from aicoverage.model import Comparison
>>> with tempfile.TemporaryDirectory() as d:
...     export(Comparison(), f"{d}/c.xlsx")
...     openpyxl.load_workbook(f"{d}/c.xlsx").sheetnames
['About', 'Disagreements', 'Facts', 'By source', 'Evidence', 'Sources', 'Quotes', 'Comments']
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from aicoverage.exporters import _xlsxbook
from aicoverage.exporters._excerpt import excerpt
from aicoverage.exporters._rows import (
    COMMENT_COLUMNS,
    QUOTE_COLUMNS,
    SOURCE_COLUMNS,
    comment_rows,
    quote_rows,
    source_rows,
)
from aicoverage.exporters._xlsxabout import Written, about_rows
from aicoverage.exporters._xlsxbook import Book, Styled
from aicoverage.exporters._xlsxdisagree import write_disagreements
from aicoverage.exporters._xlsxevidence import write_evidence
from aicoverage.exporters._xlsxfacts import (
    FACT_COLUMNS,
    SPREAD_NOTE,
    STATUS_WORDS,
    VALUE_COLUMNS,
    fact_row,
    facts_in_order,
)
from aicoverage.exporters._xlsxfile import atomic_file, made_on, save_reproducibly
from aicoverage.exporters._xlsxformat import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    SPREAD_FORMAT,
    number_format,
    plain_format,
)
from aicoverage.exporters._xlsxmatrix import write_matrix
from aicoverage.exporters._xlsxsource import column_names, date_cell, outlet_of, safe_url
from aicoverage.exporters._xlsxwidth import survey_values
from aicoverage.model import Comparison, Fact, FactClaim, Status

__all__ = ["FONT", "MATRIX_LIMIT", "STATUS_COLOURS", "export", "number_format"]

FONT = "Arial"
"""The workbook's font. Excel has Arial everywhere (Windows, macOS) and draws Chinese and Japanese
in it through its font linking; on Linux, fontconfig gives LibreOffice Arial's metric twin
Liberation Sans, or else DejaVu Sans (Latin and Cyrillic), and LibreOffice's glyph fallback draws
CJK text from Noto Sans CJK (Debian: fonts-noto-cjk, fonts-dejavu-core)."""

FONT_NOTE = (
    f"{FONT}: Excel has it (and draws CJK in it through font linking); LibreOffice on Linux draws it"
    " as Liberation Sans or DejaVu Sans, CJK from Noto Sans CJK"
)

STATUS_COLOURS = {
    Status.AGREE: "C6EFCE",
    Status.AGREE_WITHIN_ROUNDING: "FFEB9C",
    Status.DISAGREE: "FFC7CE",
    Status.SINGLE_SOURCE: "EDEDED",
}
EVIDENCE_LIMIT = 2_500
"""By-source cells that get a comment and a link (openpyxl holds comments in memory: about 8 kB
each); beyond this (huge runs) the Evidence sheet has it all, and the About sheet says so."""
LINK_LIMIT = 10_000
"""Source URLs written as hyperlinks (openpyxl holds links in memory); the rest as plain text."""
MATRIX_LIMIT = 40
"""Most sources the By source matrix has columns for; with more, the Evidence sheet stands alone."""


class SourceInfo(NamedTuple):
    """What the sheets show of one source: its outlet, its column name, date and safe URL."""

    outlet: str
    column: str
    published: Any
    url: str | None


class _Workbook(Book):
    """The comparison workbook: the generic book plus the sheets built from facts."""

    def __init__(self, comparison: Comparison) -> None:
        super().__init__(font=FONT)
        self.comparison = comparison
        arts = comparison.articles
        names = column_names(arts)
        self.info = {
            ex.article.source.path: SourceInfo(
                outlet_of(ex), name, date_cell(ex.article.published), safe_url(ex.article.url)
            )
            for ex, name in zip(arts, names, strict=True)
        }
        self.outlets = {path: info.outlet for path, info in self.info.items()}
        self.texts = {ex.article.source.path: ex.article.text for ex in arts}
        self.first_claim: dict[int, int] = {}
        index = 0
        for fact in comparison.facts:
            self.first_claim[id(fact)] = index
            index += len(fact.claims)
        self.claims = index
        self.survey = survey_values(comparison)
        self.evidence = 0
        self.links = 0
        self.evidence_limit = EVIDENCE_LIMIT
        self.matrix = len(arts) <= MATRIX_LIMIT

    def evidence_location(self, index: int) -> str:
        """Where claim number ``index`` (0-based, in Evidence order) sits: "'Evidence 2'!A5"."""
        part, row = divmod(index, _xlsxbook.MAX_ROWS)
        return f"'{self.part_title('Evidence', part)}'!A{row + 2}"

    def sentence(self, fc: FactClaim) -> str:
        """The claim's sentence as shown: a word cut by its window dropped, the cut marked "…"."""
        claim = fc.claim
        return excerpt(claim.sentence, claim.sentence_start, self.texts.get(fc.article))

    def url_cell(self, ws: Any, url: str | None) -> Any:
        """A source URL: a hyperlink while the budget lasts (http/https only), else text."""
        if url is None:
            return None
        if self.links >= LINK_LIMIT:
            return self.text(ws, url)
        self.links += 1
        c = self.cell(ws, self.cells.clean(url), data_type="s")
        c.hyperlink = url
        c.font = self.link_font
        return c

    def number_cell(self, ws: Any, value: Any, fmt: str) -> Any:
        """A number in format ``fmt`` (a shared template cell); text stays text."""
        if isinstance(value, str) or value is None:
            return value
        return Styled(value, self.template_of(ws, fmt))

    # Facts
    def fact_rows(self, facts: Sequence[Fact]) -> Iterator[list[Any]]:
        rates = self.comparison.rule.rates
        for fact in facts:
            ws = self.current
            values, tail = fact_row(fact, self.outlets, rates)
            row = self.row(ws, values)
            for n in VALUE_COLUMNS:
                v = row[n]
                if not isinstance(v, str) and v is not None:
                    row[n] = Styled(v, self.template_of(ws, plain_format(tail, isinstance(v, int))))
            spread = FACT_COLUMNS.index("spread")
            if row[spread] is not None:
                row[spread] = Styled(row[spread], self.template_of(ws, SPREAD_FORMAT))
            yield row

    def facts_sheet(self) -> int:
        facts = facts_in_order(self.comparison)
        floor = self.survey.widest + 3  # a median may add decimals
        return self.write_sheet(
            "Facts",
            FACT_COLUMNS,
            self.fact_rows(facts),
            total=len(facts),
            freeze="C2",
            floors=dict.fromkeys(VALUE_COLUMNS, floor),
            caps={1: 50.0, 9: 40.0, 10: 40.0},
            notes={FACT_COLUMNS.index("spread"): SPREAD_NOTE},
            finish=self.colour(3, len(FACT_COLUMNS) + 1),
        )

    def colour(self, status_column: int, first_value: int) -> Any:
        """A sheet finisher: status colours by conditional formatting on the status cell, and on
        the value cells from column ``first_value`` (1-based) on."""
        from openpyxl.formatting.rule import CellIsRule, FormulaRule
        from openpyxl.styles import PatternFill

        def finish(ws: Any, columns: int, rows: int) -> None:
            if rows == 0:
                return
            last_row = rows + 1
            letter = self.xl.utils.get_column_letter
            status = letter(status_column)
            first, last = letter(first_value), letter(columns)
            for state, colour in STATUS_COLOURS.items():
                words = STATUS_WORDS[state]
                fill = PatternFill(start_color=colour, end_color=colour, fill_type="solid")
                ws.conditional_formatting.add(
                    f"{status}2:{status}{last_row}",
                    CellIsRule(operator="equal", formula=[f'"{words}"'], fill=fill),
                )
                if columns >= first_value:
                    rule = f'AND(NOT(ISBLANK({first}2)),${status}2="{words}")'
                    ws.conditional_formatting.add(
                        f"{first}2:{last}{last_row}", FormulaRule(formula=[rule], fill=fill)
                    )

        return finish

    def date(self, ws: Any, value: Any) -> Any:
        """A date cell: the Excel serial number in a date format (a shared template cell)."""
        if value is None:
            return None
        from openpyxl.utils.datetime import to_excel

        fmt = DATETIME_FORMAT if hasattr(value, "hour") else DATE_FORMAT
        return Styled(to_excel(value), self.template_of(ws, fmt))

    # Sources
    def sources_sheet(self, stories: list[int | None]) -> int:
        outlet = _index(SOURCE_COLUMNS, "outlet")
        published = _index(SOURCE_COLUMNS, "published")
        url = _index(SOURCE_COLUMNS, "url")

        def rows() -> Iterator[list[Any]]:
            for ex, values in zip(
                self.comparison.articles, source_rows(self.comparison, stories), strict=True
            ):
                ws = self.current
                info = self.info[ex.article.source.path]
                row = self.row(ws, values)
                if outlet is not None:
                    row[outlet] = self.text(ws, info.outlet)
                if published is not None:
                    row[published] = self.date(ws, info.published)
                if url is not None and info.url is not None:
                    row[url] = self.url_cell(ws, info.url)
                yield row

        caps = {n: 40.0 for n, c in enumerate(SOURCE_COLUMNS) if c in ("title", "url", "problems")}
        caps.update({n: 20.0 for n, c in enumerate(SOURCE_COLUMNS) if c == "sha256"})
        return self.write_sheet(
            "Sources", SOURCE_COLUMNS, rows(), total=len(self.comparison.articles), caps=caps
        )

    def about_sheet(self, ws: Any, stories: Sequence[int | None], counts: dict[str, int]) -> None:
        from openpyxl.styles import PatternFill
        from openpyxl.worksheet.hyperlink import Hyperlink

        for key, value, kind in about_rows(self.comparison, stories, counts, self.written()):
            first = self.cell(ws, key, font=self.bold) if key else None
            second: Any
            if kind == "link":
                # Contents: the sheet's name, linked, then what it holds.
                first = self.cell(ws, value, font=self.link_font)
                first.hyperlink = Hyperlink(ref="", location=f"'{value}'!A1")
                second = key
            elif kind in STATUS_COLOURS.values():
                second = self.cell(
                    ws, value, fill=PatternFill(start_color=kind, end_color=kind, fill_type="solid")
                )
            elif isinstance(value, int):  # a count reads beside its key, as the text rows do
                second = self.cell(ws, value, alignment=self.left)
            else:
                second = self.text(ws, value) if isinstance(value, str) else value
            ws.append([first, second])

    def written(self) -> Written:
        """What the About sheet reports of the writing itself."""
        return Written(
            when=made_on(self.comparison),
            cells=self.cells,
            sheets=[t for t in self.wb.sheetnames if t != self.titles["About"]],
            titles=self.titles,
            matrix_limit=MATRIX_LIMIT,
            evidence_limit=self.evidence_limit if self.evidence >= self.evidence_limit else None,
            link_limit=LINK_LIMIT if self.links >= LINK_LIMIT else None,
            too_large=self.survey.too_large,
            status_words=STATUS_WORDS,
            colours=STATUS_COLOURS,
            spread=SPREAD_NOTE,
            font=FONT_NOTE,
        )


def _index(columns: Sequence[str], name: str) -> int | None:
    return columns.index(name) if name in columns else None


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write ``comparison`` as an xlsx workbook to ``path`` (atomically: all or nothing)."""
    with atomic_file(path) as out:
        book = _Workbook(comparison)
        _write(book)
        save_reproducibly(book.wb, out, when=made_on(comparison))


def _write(book: _Workbook) -> None:
    from aicoverage.compare import group_stories

    comparison = book.comparison
    arts = comparison.articles
    stories = list(comparison.stories) or group_stories(arts, days=comparison.rule.story_days)
    about = book.sheet(book.titles["About"], [24, 110], freeze="A1")
    counts = {"disputed": write_disagreements(book)}
    counts["facts"] = book.facts_sheet()
    if book.matrix:
        write_matrix(book)
    counts["claims"] = write_evidence(book)
    counts["sources"] = book.sources_sheet(stories)
    counts["quotes"] = book.data_sheet(
        "Quotes",
        QUOTE_COLUMNS,
        quote_rows(comparison),
        total=sum(len(x.quotes) for x in arts),
        caps={4: 80.0},
    )
    counts["comments"] = book.data_sheet(
        "Comments",
        COMMENT_COLUMNS,
        comment_rows(comparison),
        total=sum(len(x.article.comments) for x in arts),
        caps={4: 80.0},
    )
    book.about_sheet(about, stories, counts)
