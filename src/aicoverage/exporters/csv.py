"""CSV exporter: the claims in long format, one row per claim, fact by fact.

Columns are :data:`~aicoverage.exporters._rows.CLAIM_COLUMNS` (fact, fact label, status, source,
text as written, low, high, kind, unit, currency, bound, per, subject, speaker, topics, sentence,
start, end). UTF-8 with a byte-order mark so spreadsheet programs pick the encoding. Against CSV
injection: every text field is quoted (so a ``;`` or a tab inside it never splits it, whichever
separator the spreadsheet's locale uses), and every piece of text that a spreadsheet would read as
a formula (starting with ``= + - @``, a tab or a carriage return), at the start of the field or
after a ``,``, ``;`` or tab, gets an apostrophe before it; numbers stay numbers. Bad characters
are replaced as in the workbook (the JSON output keeps everything).

>>> import csv, tempfile
>>> from aicoverage.model import Comparison
>>> with tempfile.TemporaryDirectory() as d:
...     export(Comparison(), f"{d}/claims.csv")
...     next(csv.reader(open(f"{d}/claims.csv", encoding="utf-8-sig")))[:3]
['fact', 'fact label', 'status']
"""

from __future__ import annotations

import csv
import os
import re

from aicoverage.errors import ExportError
from aicoverage.exporters._cells import CellText
from aicoverage.exporters._rows import CLAIM_COLUMNS, Cell, claim_rows
from aicoverage.model import Comparison

# A piece starts at the field's start or after a separator (",", ";", tab) and leading spaces.
_FORMULA_PIECE = re.compile(r"(^|[,;\t])([ ]*)(?=[=+\-@\t\r])")


def guard(value: str) -> str:
    """``value`` with an apostrophe before every piece a spreadsheet could read as a formula.

    >>> guard("5%;=2+3"), guard("=1"), guard("a, -b"), guard("6 млн")
    ("5%;'=2+3", "'=1", "a, '-b", '6 млн')
    """
    return _FORMULA_PIECE.sub(r"\1\2'", value)


def _safe(cells: CellText, value: Cell) -> Cell:
    if not isinstance(value, str):
        return value
    return guard(cells.clean(value))


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write the claims of ``comparison`` as CSV to ``path``."""
    cells = CellText()
    try:
        with open(path, "w", encoding="utf-8-sig", newline="") as fh:
            csv.writer(fh).writerow(CLAIM_COLUMNS)
            writer = csv.writer(fh, quoting=csv.QUOTE_NONNUMERIC)
            writer.writerows(tuple(_safe(cells, v) for v in row) for row in claim_rows(comparison))
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror}") from e
