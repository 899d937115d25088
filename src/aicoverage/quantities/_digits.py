"""Read a run of digits and separators ("1.234,5", "10 000", "192.168.1.2") as numbers, by locale.

The scanner matches any run of digits joined by ``.``, ``,`` or a space-like group separator; this
module decides what the separators mean. A separator is a thousands separator only when the groups
after it are exact three-digit groups; otherwise it is a decimal mark, whichever convention the
locale has, so a text that uses the other convention still reads right ("1.5" in Russian, "4,800"
in English, "$1,000" in Portuguese). A run that is no single number (an IP address, a dotted date)
falls apart into its pieces.

>>> [(str(p.value), p.grouped) for p in read_digits("1.234,5", decimal=",", group=".")]
[('1234.5', True)]
>>> [str(p.value) for p in read_digits("192.168.1.2", decimal=".", group=",")]
['192', '168', '1', '2']
"""

from __future__ import annotations

import re
from decimal import Decimal

from attrs import frozen

SPACES = " \u00a0\u202f\u2009"
_SEPARATOR = re.compile(f"[.,{SPACES}]")
# no number has more separators than this ("1,000,000,000,000,000.5"): longer runs are lists, and
# searching them for a good prefix would cost quadratic time
_MAX_SEPARATORS = 8


@frozen
class DigitPiece:
    """One number read from a digit run: its offsets inside the run, value and whether grouped."""

    start: int
    end: int
    value: Decimal
    grouped: bool


def _is_group_run(runs: list[str]) -> bool:
    return 1 <= len(runs[0]) <= 3 and all(len(r) == 3 for r in runs[1:])


def _is_lakh_run(runs: list[str]) -> bool:
    """South Asian grouping: "12,34,567" (lakh, crore)."""
    return (
        len(runs) > 2
        and 1 <= len(runs[0]) <= 2
        and all(len(r) == 2 for r in runs[1:-1])
        and len(runs[-1]) == 3
    )


def _kind(sep: str) -> str:
    return " " if sep in SPACES else sep


def _foreign(decimal: str) -> str:
    """The one of "." and "," that is not the locale's decimal mark."""
    return "." if decimal == "," else ","


def _read_whole(runs: list[str], seps: list[str], decimal: str, group: str) -> tuple[Decimal, bool] | None:
    """The value of the whole run and whether it is grouped, or None if it is no single number."""
    if not seps:
        return Decimal(runs[0]), False
    kinds = [_kind(s) for s in seps]
    last = kinds[-1]
    if all(k == last for k in kinds):
        if last == " " or len(kinds) > 1:
            if _is_group_run(runs) or (last == "," and _is_lakh_run(runs)):
                return Decimal("".join(runs)), True
            return None
        # one "." or ",": grouping if a 3-digit group follows and the locale groups with it or
        # does not take it for its decimal mark (French "2.900 milliards" is 2,900), or if it is
        # "x,000" (nobody writes a decimal ",000"); a decimal mark otherwise
        if _is_group_run(runs) and (last in (_kind(group), _foreign(decimal)) or runs[1] == "000"):
            return Decimal("".join(runs)), True
        return Decimal(f"{runs[0]}.{runs[1]}"), False
    # mixed: groups with one separator, then a different decimal mark ("1.234,56", "10 000,5")
    head = kinds[:-1]
    grouped = _is_group_run(runs[:-1]) or (head[0] == "," and _is_lakh_run(runs[:-1]))
    if last != " " and all(k == head[0] for k in head) and head[0] != last and grouped:
        return Decimal("".join(runs[:-1]) + "." + runs[-1]), True
    return None


def read_digits(surface: str, *, decimal: str, group: str) -> list[DigitPiece]:
    """The numbers in one digit run, with offsets relative to ``surface``.

    ``decimal`` and ``group`` are the locale's symbols (babel); both conventions are read.

    >>> [str(p.value) for p in read_digits("10\u00a0000", decimal=",", group="\u00a0")]
    ['10000']
    >>> [str(p.value) for p in read_digits("4.800", decimal=".", group=",")]
    ['4.800']
    >>> [str(p.value) for p in read_digits("4.800", decimal=",", group=".")]
    ['4800']
    """
    runs = _SEPARATOR.split(surface)
    seps = _SEPARATOR.findall(surface)
    whole = _read_whole(runs, seps, decimal, group)
    if whole is not None:
        return [DigitPiece(0, len(surface), whole[0], whole[1])]
    if len({_kind(s) for s in seps}) > 1 and len(seps) <= _MAX_SEPARATORS:
        # mixed separators: read the longest good prefix, then the rest on its own
        for cut in range(len(seps) - 1, 0, -1):
            head = _read_whole(runs[: cut + 1], seps[:cut], decimal, group)
            if head is not None:
                end = sum(len(r) for r in runs[: cut + 1]) + cut
                rest = read_digits(surface[end + 1 :], decimal=decimal, group=group)
                moved = [DigitPiece(p.start + end + 1, p.end + end + 1, p.value, p.grouped) for p in rest]
                return [DigitPiece(0, end, head[0], head[1]), *moved]
    # a list of integers ("192.168.1.2", "31.12.2020")
    pieces = []
    pos = 0
    for run in runs:
        pieces.append(DigitPiece(pos, pos + len(run), Decimal(run), False))
        pos += len(run) + 1
    return pieces
