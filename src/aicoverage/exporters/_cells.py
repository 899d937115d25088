"""Safe cell text for spreadsheets: bad characters replaced, long text clipped, sheet names cleaned.

Spreadsheet files break on control characters and lone surrogates (XML cannot hold them), and a
cell holds at most 32,767 UTF-16 code units. :class:`CellText` repairs both and counts what it did,
so the workbook can say so; the JSON output keeps the full text.

>>> cells = CellText()
>>> cells.clean("ok\\x00bad\\ud800")
'ok\\ufffdbad\\ufffd'
>>> cells.replaced, cells.clipped
(2, 0)
>>> len(cells.clean("😀" * 20_000).encode("utf-16-le")) // 2 <= CELL_LIMIT
True
>>> sheet_title("Claims: [draft]/2025?")
'Claims draft 2025'
"""

from __future__ import annotations

import re

CELL_LIMIT = 32_767
"""Excel's limit on a cell's text, in UTF-16 code units."""

FORMULA_STARTS = ("=", "+", "-", "@")
"""First characters a spreadsheet program may read as the start of a formula."""

_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_BAD = re.compile(r"[\[\]:*?/\\]+")
_REPLACEMENT = "\ufffd"


class CellText:
    """Cleans text for cells and counts the characters replaced and the cells clipped."""

    def __init__(self) -> None:
        self.replaced = 0
        self.clipped = 0

    def clean(self, text: str) -> str:
        """``text`` with bad characters replaced by U+FFFD, clipped to :data:`CELL_LIMIT`."""
        if _BAD.search(text):
            text, n = _BAD.subn(_REPLACEMENT, text)
            self.replaced += n
        # A str of n code points is at most 2n UTF-16 units: only long text needs measuring.
        if len(text) > CELL_LIMIT // 2:
            units = text.encode("utf-16-le")
            if len(units) > 2 * CELL_LIMIT:
                text = units[: 2 * CELL_LIMIT].decode("utf-16-le", errors="ignore")
                self.clipped += 1
        return text


def sheet_title(name: str, *, taken: set[str] | None = None) -> str:
    """``name`` as a valid sheet title: no ``[]:*?/\\``, 1..31 characters, unique in ``taken``.

    >>> sheet_title("Facts", taken={"facts"})
    'Facts 2'
    """
    title = " ".join(_SHEET_BAD.sub(" ", _BAD.sub("", name)).split()).strip("'")[:31] or "Sheet"
    if taken is None:
        return title
    base, n = title, 1
    while title.casefold() in taken:
        n += 1
        title = f"{base[: 31 - len(str(n)) - 1]} {n}"
    taken.add(title.casefold())
    return title
