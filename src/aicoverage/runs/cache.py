"""The extraction cache of ``--cache DIR``: each file's results keyed by its SHA-256 and the version.

A re-run reads a file's bytes, hashes them and, when the same bytes were extracted by the same
library version with the same options, replays the stored JSON lines instead of extracting again.
An entry is a JSON Lines file: a header naming the path it was made from, then one line per
result (an extraction in the interchange, or an error's kind, path and reason). Entries are
written to a temporary file and renamed, so runs sharing a cache never read half an entry.

>>> import tempfile
>>> cache = Cache(tempfile.mkdtemp())
>>> key = cache.key(b"some bytes", options="text")
>>> cache.get(key) is None
True
>>> cache.put(key, "a.txt", ['{"source": {"path": "a.txt"}}'])
>>> cache.get(key)
('a.txt', ['{"source": {"path": "a.txt"}}'])
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import uuid
from collections.abc import Sequence
from pathlib import Path

_FORMAT = 2  # 2: each record line opens with its counts


@functools.cache
def library_version() -> str:
    """The installed aicoverage version (part of every key: a new version extracts anew)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("aicoverage")
    except PackageNotFoundError:
        return "unknown"


class Cache:
    """A cache directory of extraction results."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)

    def key(self, data: bytes, *, options: str = "") -> str:
        """The key of a file's ``data`` read with ``options`` (format, field map) by this version."""
        digest = hashlib.sha256(data).hexdigest()
        tag = f"{_FORMAT}\0{library_version()}\0{options}\0{digest}"
        return hashlib.sha256(tag.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.jsonl"

    def get(self, key: str) -> tuple[str, list[str]] | None:
        """(the path the entry was made from, its lines), or None when there is no entry."""
        try:
            with open(self._path(key), encoding="utf-8", errors="surrogatepass") as fh:
                head = json.loads(fh.readline())
                lines = [line.rstrip("\n") for line in fh]
        except (OSError, ValueError):
            return None
        if not isinstance(head, dict) or head.get("aicoverage_cache") != _FORMAT:
            return None
        return str(head["path"]), lines

    def put(self, key: str, path: str, lines: Sequence[str]) -> None:
        """Store ``lines`` (made from the file at ``path``) under ``key``; a failure is no error."""
        target = self._path(key)
        tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "w", encoding="utf-8", errors="surrogatepass") as fh:
                fh.write(json.dumps({"aicoverage_cache": _FORMAT, "path": path}, ensure_ascii=False) + "\n")
                fh.writelines(line + "\n" for line in lines)
            os.replace(tmp, target)
        except OSError:
            tmp.unlink(missing_ok=True)
