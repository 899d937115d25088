"""Corpus runs on every core: files read and extracted in worker processes, results in input order.

:func:`run` yields, file by file in the order given, the :class:`~aicoverage.runs.work.Result`
list of each; at most a few files per worker are in flight (:data:`AHEAD`), so memory holds
O(jobs) extractions however large the corpus. ``jobs=1`` works in this process. Extract JSON
Lines inputs are read here, streamed, never shipped to a worker whole.

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
"""Files submitted ahead per worker: enough to keep every worker busy, few enough to stay small."""

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
    submit: Callable[[Task], Future[list[Result]]] | None = None,
) -> Iterator[Item]:
    """(path, results) for each task in order; a file of extractions may come in several chunks.

    ``submit`` runs a task elsewhere (a dask client's ``submit``); by default a pool of ``jobs``
    processes does (none when ``jobs`` is 1).
    """
    if submit is None and jobs <= 1:
        for task in tasks:
            yield from _inline(task)
        return
    if submit is not None:
        yield from _ordered(tasks, submit, ahead=AHEAD * max(jobs, 1))
        return
    # Forked workers start with the tables this process already loaded.
    fork = "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if fork else None)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        try:
            yield from _ordered(tasks, lambda t: pool.submit(run_task, t), ahead=AHEAD * jobs)
        finally:
            # Stopped early (the reader went away, Ctrl-C): drop what has not started.
            pool.shutdown(cancel_futures=True)


def _ordered(
    tasks: Iterable[Task | SourceError], submit: Callable[[Task], Any], *, ahead: int
) -> Iterator[Item]:
    """Results in input order, with at most ``ahead`` tasks submitted and not yet yielded."""
    window: deque[tuple[Task | SourceError, Any]] = deque()
    it = iter(tasks)
    for task in it:
        remote = isinstance(task, Task) and not is_extractions(task.path)
        window.append((task, submit(task) if isinstance(task, Task) and remote else None))
        if len(window) >= ahead:
            yield from _pop(window)
    while window:
        yield from _pop(window)


def _pop(window: deque[tuple[Task | SourceError, Any]]) -> Iterator[Item]:
    task, future = window.popleft()
    if future is None or not isinstance(task, Task):
        yield from _inline(task)
        return
    try:
        results: list[Result] = future.result()
    except Exception as e:  # a worker that died (killed, out of memory): the file is lost, not the run
        results = [Result(error=("SourceError", task.path, f"worker failed: {type(e).__name__}: {e}"))]
    yield task.path, results


__all__ = ["AHEAD", "Item", "default_jobs", "list_tasks", "run"]
