"""Corpus runs: many files on every core (or a dask cluster), in input order, with a cache.

:func:`extract_many` is :func:`~aicoverage.load_many` followed by
:func:`~aicoverage.extract`, run in ``jobs`` worker processes; it yields each article's
:class:`~aicoverage.model.Extraction` (or the error of a file or record) in input order while
the workers go on, and reads extract JSON Lines outputs back as the extractions they hold.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Nvidia sold 5 million chips.", "utf-8")
>>> [len(x.claims) for x in extract_many([d], jobs=1)]
[1]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping

from aicoverage.errors import SourceError
from aicoverage.model import Extraction
from aicoverage.runs.cache import Cache
from aicoverage.runs.interchange import is_extractions, read_extractions
from aicoverage.runs.pool import default_jobs, list_tasks, run
from aicoverage.runs.work import Result, Task, as_error, run_task

__all__ = [
    "Cache",
    "Result",
    "Task",
    "as_error",
    "default_jobs",
    "extract_many",
    "is_extractions",
    "list_tasks",
    "read_extractions",
    "run",
    "run_task",
]


def extract_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    jobs: int | None = None,
    cache: str | os.PathLike[str] | None = None,
    format: str | None = None,
    field_map: Mapping[str, str] | None = None,
) -> Iterator[Extraction | SourceError]:
    """Load and extract every article under ``paths`` in ``jobs`` processes (default: every core).

    ``cache`` names a folder that keeps each file's results by its SHA-256 and the library
    version; ``format`` and ``field_map`` are passed to :func:`~aicoverage.load_many`.
    """
    tasks = list_tasks(
        paths,
        format=format,
        field_map=tuple(sorted((field_map or {}).items())),
        cache=os.fspath(cache) if cache is not None else None,
    )
    for _, results in run(tasks, jobs=jobs or default_jobs()):
        for r in results:
            if r.error is not None:
                yield as_error(r.error)
            elif r.extraction is not None:
                yield r.extraction
