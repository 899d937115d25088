"""Corpus runs on every core: files read and extracted in worker processes, results in input order.

:func:`run` yields, file by file in the order given, the :class:`~aicoverage.runs.work.Result`
list of each; at most a few files per worker are in flight (:data:`CHUNK` files per call,
:data:`AHEAD` calls per worker), so memory holds O(jobs) extractions however large the corpus.
``jobs=1`` works in this process. Extract JSON Lines inputs are read here, streamed, never shipped
to a worker whole.

>>> import pathlib, tempfile
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("Nvidia sold 5 million chips.", "utf-8")
>>> [[r.claims for r in results] for _, results in run(list_tasks([d]), jobs=1)]
[[1]]
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from aicoverage.errors import SourceError
from aicoverage.runs.files import list_files
from aicoverage.runs.interchange import is_extractions
from aicoverage.runs.work import Result, Task, run_extractions_file, run_task

AHEAD = 4
"""Chunks submitted ahead per worker: enough to keep every worker busy, few enough to stay small."""
CHUNK = 8
"""Files per worker call: fewer round trips between processes for short articles."""

Item = tuple[str, list[Result]]


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def list_tasks(paths: Iterable[str | os.PathLike[str]], **options: Any) -> list[Task | SourceError]:
    """A :class:`Task` (with ``options``) per file under ``paths``, or the error of a path not listed."""
    return [Task(f, **options) if isinstance(f, str) else f for f in list_files(paths)]


def _error_result(e: SourceError) -> list[Result]:
    return [Result(error=(type(e).__name__, e.path, e.reason))]


def _inline(task: Task | SourceError) -> Iterator[Item]:
    if isinstance(task, SourceError):
        yield task.path, _error_result(task)
    elif is_extractions(task.path):
        # A big extract output: stream it in chunks rather than hold it whole.
        chunk: list[Result] = []
        for result in run_extractions_file(task):
            chunk.append(result)
            if len(chunk) >= 256:
                yield task.path, chunk
                chunk = []
        yield task.path, chunk
    else:
        yield task.path, run_task(task)


def run(
    tasks: Iterable[Task | SourceError],
    *,
    jobs: int = 1,
    submit: Callable[[list[Task]], Future[list[list[Result]]]] | None = None,
    chunk: int = CHUNK,
    chunk_bytes: int | None = None,
) -> Iterator[Item]:
    """(path, results) for each task in order; a file of extractions may come in several chunks.

    ``submit`` runs a list of tasks elsewhere and gives a future of their results; by default a
    pool of ``jobs`` processes does (none when ``jobs`` is 1). Tasks travel ``chunk`` at a time,
    or fewer when their files reach ``chunk_bytes``.
    """
    if submit is None and jobs <= 1:
        for task in tasks:
            yield from _inline(task)
        return
    if submit is not None:
        yield from _ordered(tasks, submit, ahead=AHEAD * max(jobs, 1), chunk=chunk, chunk_bytes=chunk_bytes)
        return
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)
    tasks = iter(tasks)
    if fork:
        # The first file is read here: forked workers then start with the tables and language
        # models it loaded (shared pages, no cold start in each worker).
        for task in tasks:
            yield from _inline(task)
            if isinstance(task, Task):
                break
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            yield from _ordered(tasks, lambda ts: pool.submit(run_tasks, ts), ahead=AHEAD * jobs, chunk=chunk)
        finally:
            # Stopped early (the reader went away, Ctrl-C): drop what has not started.
            pool.shutdown(cancel_futures=True)


def run_tasks(tasks: list[Task]) -> list[list[Result]]:
    """:func:`~aicoverage.runs.work.run_task` of each task (what one worker call does)."""
    return [run_task(t) for t in tasks]


_Unit = tuple[list[Task], Any] | tuple[SourceError | Task, None]


def _ordered(
    tasks: Iterable[Task | SourceError],
    submit: Callable[[list[Task]], Any],
    *,
    ahead: int,
    chunk: int,
    chunk_bytes: int | None = None,
) -> Iterator[Item]:
    """Results in input order, with at most ``ahead`` chunks submitted and not yet yielded."""
    window: deque[_Unit] = deque()
    batch: list[Task] = []
    size = 0

    def flush() -> None:
        nonlocal size
        if batch:
            window.append((list(batch), submit(list(batch))))
            batch.clear()
            size = 0

    for task in tasks:
        if isinstance(task, Task) and not is_extractions(task.path):
            batch.append(task)
            size += _size(task.path) if chunk_bytes is not None else 0
            if len(batch) >= chunk or (chunk_bytes is not None and size >= chunk_bytes):
                flush()
        else:
            flush()
            window.append((task, None))
        while len(window) >= ahead:
            yield from _pop(window)
    flush()
    while window:
        yield from _pop(window)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the task reports it


def _pop(window: deque[_Unit]) -> Iterator[Item]:
    unit, future = window.popleft()
    if not isinstance(unit, list):
        yield from _inline(unit)
        return
    assert future is not None
    try:
        done: list[list[Result]] = future.result()
    except Exception as e:  # a worker that died (killed, out of memory): its files are lost, not the run
        reason = f"worker failed: {type(e).__name__}: {e}"
        done = [[Result(error=("SourceError", t.path, reason))] for t in unit]
    for task, results in zip(unit, done, strict=True):
        yield task.path, results


__all__ = ["AHEAD", "CHUNK", "Item", "default_jobs", "list_tasks", "run", "run_tasks"]
