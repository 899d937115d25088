"""Column widths that fit their content, so neither Excel nor LibreOffice draws ``###``.

A column's width is counted in the widths of the digit "0" of the workbook's font. Numbers must
fit whole (a number that does not fit shows as ``###``); text may be cut by the next cell, so
text columns are capped. Widths are measured on a sheet's first rows (:data:`SAMPLE`): a sheet's
writer passes a floor for its number columns measured over every value (see
:func:`survey_values`), so a wide number further down fits as well.

>>> text_width("5,600,000 USD") < text_width("成本约为560万美元")
True
>>> fit(["low", "label"], [[5600000, "DeepSeek · cost"]], floors={0: 14.0})
[17.4, 19.1]
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from aicoverage.exporters._xlsxformat import cell_number, is_too_large, number_format, shown
from aicoverage.model import Comparison

SAMPLE = 2_000
"""Rows of a sheet measured for its column widths."""

TEXT_CAP = 60.0
"""The widest a text column gets (longer text is cut by the next cell or wraps in the editor)."""

NUMBER_CAP = 255.0
"""Excel's widest column."""

_PAD = 2.0
_NARROW = frozenset("0123456789,.:-–+%~≈≤≥ /")


def _char_width(ch: str) -> float:
    if ch in _NARROW:
        return 1.0
    if unicodedata.east_asian_width(ch) in "WF":
        return 2.1
    return 1.15 if ch < "\u0080" else 1.25


def text_width(text: str) -> float:
    """The width ``text`` takes, in digit widths (generous: wider fonts may stand in)."""
    line = max(text.split("\n"), key=len) if "\n" in text else text
    if len(line) > 400:
        return 400.0
    if line.isascii():  # the common case, without a look at each character
        return len(line) * 1.15
    return sum(_char_width(ch) for ch in line)


def cell_width(value: Any) -> tuple[float, bool]:
    """The width of a row value (text, number, date, styled or cell) and whether it is a number."""
    fmt = None
    if hasattr(value, "number_format"):  # an openpyxl cell, or a Styled template
        fmt = value.number_format
        value = value.value
    elif type(value).__name__ == "Styled":
        fmt = value.template.number_format
        value = value.value
    numeric = isinstance(value, int | float) and not isinstance(value, bool)
    return text_width(shown(value, fmt)), numeric


def fit(
    columns: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    floors: Mapping[int, float] | None = None,
    caps: Mapping[int, float] | None = None,
) -> list[float]:
    """Widths of ``columns`` that fit the header and every value of ``rows``.

    Numbers always fit (up to Excel's widest column); text stops at :data:`TEXT_CAP` unless
    ``caps`` says otherwise for its column; ``floors`` are minimum widths.
    """
    widths = [text_width(c) * 1.1 for c in columns]  # headers are bold
    numbers = [0.0] * len(columns)
    for row in rows:
        for n, value in enumerate(row[: len(columns)]):
            if value is None:
                continue
            w, numeric = cell_width(value)
            if numeric:
                numbers[n] = max(numbers[n], w)
            elif w > widths[n]:
                widths[n] = w
    caps = caps or {}
    floors = floors or {}
    out = []
    for n in range(len(columns)):
        text = min(widths[n], caps.get(n, TEXT_CAP))
        # Numbers get a tenth more: a program's digit width at a print scale is rounded.
        width = max(text, numbers[n] * 1.1, floors.get(n, 0.0) * 1.1) + _PAD
        out.append(round(min(width, NUMBER_CAP), 1))
    return out


def number_columns(columns: int, rows: Iterable[Sequence[Any]]) -> frozenset[int]:
    """The columns (0-based) of ``rows`` that hold mostly numbers (dates included): their headers
    are aligned right, over the numbers, as a spreadsheet aligns them.

    >>> sorted(number_columns(3, [["a", 1, None], ["b", 2, "x"]]))
    [1]
    """
    counts = [0] * columns
    for row in rows:
        for n, value in enumerate(row[:columns]):
            if value is not None:
                counts[n] += 1 if cell_width(value)[1] else -1
    return frozenset(n for n, count in enumerate(counts) if count > 0)


class ValueSurvey(NamedTuple):
    """What a pass over every claim value found: the widest as shown, how many are too large."""

    widest: float
    too_large: int


def survey_values(comparison: Comparison) -> ValueSurvey:
    """The width of the widest claim value as its number format shows it, and the values too large
    for a spreadsheet number (written as text), over every claim."""
    widest, too_large = 0.0, 0
    seen: dict[int, int] = {}
    for fact in comparison.facts:
        for fc in fact.claims:
            q = fc.claim.quantity
            large = seen.get(id(q))  # quantities are often shared: measure each once
            if large is None:
                if len(seen) > 10_000:
                    seen.clear()
                large = seen[id(q)] = is_too_large(q.low) + is_too_large(q.high)
                fmt = number_format(q)
                for end in (q.low, q.high):
                    widest = max(widest, text_width(shown(cell_number(end), fmt)))
            too_large += large
    return ValueSurvey(widest, too_large)
