"""Reading back what ``aicoverage extract --json`` wrote: JSON Lines of extractions, gzipped or not.

:func:`is_extractions` sniffs a file's first bytes (the interchange's first key is the article's
``source``), so an extract output given to ``compare`` (or found in a folder) is read as the
extractions it holds, never as an article. Each line becomes an
:class:`~aicoverage.model.Extraction`; a line that is not one is a
:class:`~aicoverage.errors.FormatError` naming ``file#line`` and the rest is read on.
A corpus repeats short strings (outlets, languages, units, currencies, kinds, holders, measures,
names) in every record: :func:`share_values` makes each line's equal values one object, so a
corpus held whole takes about half the memory it would.

>>> import pathlib, tempfile
>>> from aicoverage.model import Article, Extraction, Source
>>> from aicoverage.serialize import dumps
>>> path = pathlib.Path(tempfile.mkdtemp()) / "corpus.jsonl"
>>> x = Extraction(article=Article(Source("a.txt", "text"), "Hi.", "Hi."))
>>> _ = path.write_text(dumps(x) + "\\n" + "{}\\n", "utf-8")
>>> is_extractions(path)
True
>>> [type(item).__name__ for item in read_extractions(path)]
['Extraction', 'FormatError']
"""

from __future__ import annotations

import gzip
import json
import os
import stat
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Any

from aicoverage.adapters import is_extraction_file
from aicoverage.adapters._outputs import is_extraction_record
from aicoverage.errors import FormatError, SourceError
from aicoverage.model import Extraction
from aicoverage.serialize import structure

_GZIP = b"\x1f\x8b"
_SNIFF = 1 << 20
_SHORT = 64
"""Strings up to this length are interned (shared by every record); longer ones (texts,
sentences) are shared within their record only, so nothing outlives the extractions holding it."""


def _open(path: str | os.PathLike[str], head: bytes) -> IO[bytes]:
    if head.startswith(_GZIP):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def is_extractions(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a regular file of extraction JSON Lines (plain or gzip)."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # never open a FIFO or a device to sniff it
        with open(path, "rb") as fh:
            head = fh.read(len(_GZIP))
    except OSError:
        return False
    if not head.startswith(_GZIP):
        return is_extraction_file(path)
    try:
        with gzip.open(path, "rb") as fz:
            first = fz.readline(_SNIFF)
        return is_extraction_record(json.loads(first.decode("utf-8", "replace").lstrip("\ufeff")))
    except (OSError, EOFError, ValueError, RecursionError):
        return False


def read_lines(path: str | os.PathLike[str]) -> Iterator[tuple[int, str]]:
    """The non-blank lines of the file with their numbers (from 1), decoded as UTF-8."""
    with open(path, "rb") as fh:
        head = fh.read(2)
    with _open(path, head) as fh:
        for n, raw in enumerate(fh, 1):
            line = raw.decode("utf-8", "surrogateescape").strip()
            if line:
                yield n, line


def share_values(data: Any) -> Any:
    """``data`` (parsed JSON) with its equal strings made one object, and a quantity's ``high``
    the very object of its ``low`` when they are the same number: the same values, less memory.

    >>> a, b = share_values([{"unit": "chip" + "s", "low": 5, "high": 5}, {"unit": "chips"}])
    >>> a["unit"] is b["unit"], a["low"] is a["high"], a["low"]
    (True, True, Decimal('5'))
    """
    seen: dict[str, str] = {}

    def share(value: Any) -> Any:
        if isinstance(value, str):
            return sys.intern(value) if len(value) <= _SHORT else seen.setdefault(value, value)
        if isinstance(value, dict):
            for key, inner in value.items():
                value[key] = share(inner)  # a key's value replaced in place: the dict keeps its size
            if "high" in value:
                _share_bounds(value)
        elif isinstance(value, list):
            value[:] = [share(inner) for inner in value]
        return value

    return share(data)


def _share_bounds(data: dict[str, Any]) -> None:
    """One Decimal for ``low`` and ``high`` when they are the same (in digits and exponent too)."""
    low, high = data.get("low"), data["high"]
    if type(low) is not type(high):
        return
    if type(low) is int and low == high:
        data["low"] = data["high"] = Decimal(low)
    elif type(low) is float and repr(low) == repr(high):  # json.loads without parse_float
        data["low"] = data["high"] = Decimal(repr(low))
    elif isinstance(low, Decimal) and isinstance(high, Decimal) and low.compare_total(high) == 0:
        data["high"] = low


def parse_line(line: str, *, path: str, number: int) -> Extraction | SourceError:
    """One line of the interchange as an :class:`Extraction`, or the error naming ``path#number``."""
    try:
        return structure(share_values(json.loads(line, parse_float=Decimal)), Extraction)
    except (Exception, RecursionError) as e:  # cattrs' ClassValidationError groups field errors
        return FormatError(f"{path}#{number}", f"not an extraction record: {_reason(e)}")


def _reason(e: BaseException) -> str:
    found = getattr(e, "exceptions", None)
    if found:
        return "; ".join(_reason(inner) for inner in found[:3])
    return f"{type(e).__name__}: {e}"


def read_extractions(path: str | os.PathLike[str]) -> Iterator[Extraction | SourceError]:
    """The extractions of an extract JSON Lines file, one per line, errors in their place."""
    name = os.fspath(path)
    try:
        for n, line in read_lines(name):
            yield parse_line(line, path=name, number=n)
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        yield SourceError(name, f"cannot be read: {getattr(e, 'strerror', None) or e}")
