"""JSON exporter: the whole comparison in the JSON interchange, full text kept.

Writes ``{"schema": <version>, "rule": {...}, "facts": [...], "articles": [...]}``: facts with
their claims flattened (``article``, ``start``, ``end``, ``text``, ``low``, ...) as
``aicoverage compare --json`` prints them, and every article with its extraction. Nothing is
clipped or replaced here: this is the lossless output beside the workbook. The file is written
incrementally, one fact or article per line, so memory does not grow with the output.

>>> import tempfile, json as std_json
>>> from aicoverage.model import Comparison
>>> with tempfile.TemporaryDirectory() as d:
...     export(Comparison(), f"{d}/c.json")
...     sorted(std_json.load(open(f"{d}/c.json", encoding="utf-8")))
['articles', 'facts', 'rule', 'schema']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from typing import Any, TextIO

from aicoverage.errors import ExportError
from aicoverage.model import Comparison
from aicoverage.serialize import SCHEMA_VERSION, unstructure

ERRORS = "backslashreplace"
"""How text is encoded: a lone surrogate (text that was never valid) is written as its JSON escape,
so the output stays valid UTF-8 and reads back to the very same string."""


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write ``comparison`` as JSON (UTF-8, exact decimals) to ``path``."""
    try:
        with open(path, "w", encoding="utf-8", errors=ERRORS) as fh:
            write_comparison(comparison, fh)
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror}") from e


def write_comparison(comparison: Comparison, out: TextIO) -> None:
    """Write ``comparison`` to the open text stream ``out``, one fact or article per line."""
    out.write(f'{{"schema": {SCHEMA_VERSION}, "rule": {_dumps(unstructure(comparison.rule))},\n')
    _write_list(out, "facts", comparison.facts)
    out.write(",\n")
    _write_list(out, "articles", comparison.articles)
    out.write("}\n")


def write_facts(comparison: Comparison, out: TextIO) -> None:
    """Write ``{"facts": [...]}`` (what ``compare --json`` prints) to ``out``, a fact per line."""
    out.write("{")
    _write_list(out, "facts", comparison.facts)
    out.write("}\n")


def _write_list(out: TextIO, key: str, items: Iterable[Any]) -> None:
    out.write(f'"{key}": [')
    for n, item in enumerate(items):
        out.write(",\n " if n else "\n ")
        out.write(_dumps(unstructure(item)))
    out.write("\n]")


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False)
