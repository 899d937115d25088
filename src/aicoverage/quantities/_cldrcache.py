"""CLDR extracts kept on disk between processes, so that a new process does not load ten locales.

Reading the currency symbols of every symbol locale (:func:`._cldr._symbol_codes`) loads and merges
ten of babel's locale files: about 60 ms, the largest part of the first call of a process. What it
yields depends only on babel's data and on the code that reads it, so it is stored once, as JSON,
under the user's cache directory, keyed by babel's version and a digest of ``_cldr.py``: a new
babel or a changed extraction reads CLDR again. The cache is an optimisation only: a directory that
cannot be written, a missing or damaged file are read around, never an error.

``AICOVERAGE_CACHE_DIR`` names the directory (empty: no cache); otherwise ``$XDG_CACHE_HOME`` or
``~/.cache``, then ``aicoverage``.

>>> import tempfile, os
>>> with tempfile.TemporaryDirectory() as d:
...     os.environ["AICOVERAGE_CACHE_DIR"] = d
...     first = cached("demo", "k1", lambda: {"a": 1})
...     again = cached("demo", "k1", lambda: {"a": 2})  # read from the file: not computed again
...     del os.environ["AICOVERAGE_CACHE_DIR"]
>>> first, again
({'a': 1}, {'a': 1})
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path | None:
    """Where the extracts are kept, or None when caching is switched off."""
    chosen = os.environ.get("AICOVERAGE_CACHE_DIR")
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "aicoverage"


def cached(name: str, key: str, compute: Callable[[], Any]) -> Any:
    """The JSON value stored as ``name`` under ``key``; else ``compute()``, stored for next time."""
    folder = cache_dir()
    path = folder / f"{name}.json" if folder is not None else None
    if path is not None:
        with contextlib.suppress(OSError, ValueError):
            stored = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(stored, dict) and stored.get("key") == key and "value" in stored:
                return stored["value"]
    value = compute()
    if path is not None:
        _write(path, json.dumps({"key": key, "value": value}, ensure_ascii=False))
    return value


def _write(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (a reader sees the old file or the new), if possible."""
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
