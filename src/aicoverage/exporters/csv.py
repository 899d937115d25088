"""CSV exporter: the claims in long format, one row per claim, fact by fact.

Columns are :data:`~aicoverage.exporters._rows.CLAIM_COLUMNS` (fact, fact label, status, source,
text as written, low, high, kind, unit, currency, bound, per, subject, speaker, topics, sentence,
start, end). UTF-8 with a byte-order mark so spreadsheet programs pick the encoding; text that a
spreadsheet would read as a formula (starting with ``= + - @``, a tab or a carriage return) gets a
leading apostrophe, the usual guard against CSV injection; numbers stay numbers. Bad characters
are replaced as in the workbook (the JSON output keeps everything).

>>> import tempfile
>>> from aicoverage.model import Comparison
>>> with tempfile.TemporaryDirectory() as d:
...     export(Comparison(), f"{d}/claims.csv")
...     open(f"{d}/claims.csv", encoding="utf-8-sig").read().split(",")[:3]
['fact', 'fact label', 'status']
"""

from __future__ import annotations

import csv
import os

from aicoverage.errors import ExportError
from aicoverage.exporters._cells import FORMULA_STARTS, CellText
from aicoverage.exporters._rows import CLAIM_COLUMNS, Cell, claim_rows
from aicoverage.model import Comparison

_GUARDED = (*FORMULA_STARTS, "\t", "\r")


def _safe(cells: CellText, value: Cell) -> Cell:
    if not isinstance(value, str):
        return value
    value = cells.clean(value)
    return "'" + value if value.startswith(_GUARDED) else value


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write the claims of ``comparison`` as CSV to ``path``."""
    cells = CellText()
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(CLAIM_COLUMNS)
            writer.writerows(tuple(_safe(cells, v) for v in row) for row in claim_rows(comparison))
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror}") from e
