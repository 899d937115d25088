"""The files a run reads: every path given, directories walked as :func:`~aicoverage.load_many` walks them.

Directories are walked in sorted order, files only, hidden files and folders (``.name``) skipped;
a folder that cannot be listed is an error naming it, never a silent gap.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> for name in ("b.txt", "a.txt", ".hidden"):
...     _ = (d / name).write_text("x", "utf-8")
>>> [pathlib.Path(p).name for p in list_files([d])]
['a.txt', 'b.txt']
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

from aicoverage.errors import SourceError


def list_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | SourceError]:
    """Each file to read, in order (a path that is not a directory is passed on as given)."""
    for path in paths:
        name = os.fspath(path)
        if not os.path.isdir(name):
            yield name
            continue
        problems: list[OSError] = []
        for root, dirs, files in os.walk(name, onerror=problems.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            yield from (os.path.join(root, f) for f in sorted(files) if not f.startswith("."))
            while problems:
                e = problems.pop(0)
                yield SourceError(e.filename or name, f"cannot be listed: {e.strerror or e}")
        while problems:
            e = problems.pop(0)
            yield SourceError(e.filename or name, f"cannot be listed: {e.strerror or e}")
