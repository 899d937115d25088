"""The files a run reads: every path given, folders walked exactly as :func:`~aicoverage.load_many` does.

This is the adapters' walk (:mod:`aicoverage.adapters._walk`): sorted, hidden entries skipped,
links to folders followed, a file named twice read once, and a folder that cannot be listed an
error naming it, never a silent gap.

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

from aicoverage.adapters._walk import iter_files
from aicoverage.errors import SourceError


def list_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str | SourceError]:
    """Each file to read, in order (a path that is not a directory is passed on as given)."""
    yield from iter_files(paths)
