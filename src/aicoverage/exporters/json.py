"""JSON exporter: the whole comparison in the JSON interchange, full text kept.

Writes ``{"schema": <version>, "rule": {...}, "facts": [...], "articles": [...]}``: facts with
their claims flattened (``article``, ``start``, ``end``, ``text``, ``low``, ...) as
``aicoverage compare --json`` prints them, and every article with its extraction. Nothing is
clipped or replaced here: this is the lossless output beside the workbook.

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

from aicoverage.errors import ExportError
from aicoverage.model import Comparison
from aicoverage.serialize import SCHEMA_VERSION, unstructure


def export(comparison: Comparison, path: str | os.PathLike[str]) -> None:
    """Write ``comparison`` as JSON (UTF-8, exact decimals) to ``path``."""
    data = {
        "schema": SCHEMA_VERSION,
        "rule": unstructure(comparison.rule),
        "facts": unstructure(comparison.facts),
        "articles": unstructure(comparison.articles),
    }
    try:
        # A lone surrogate (text that was never valid) is written as its JSON escape, so the file
        # stays valid UTF-8 and reads back to the very same string.
        with open(path, "w", encoding="utf-8", errors="backslashreplace") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    except OSError as e:
        raise ExportError(f"{os.fspath(path)}: cannot write: {e.strerror}") from e
