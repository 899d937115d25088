"""Corpus runs on a dask.distributed cluster (needs the ``dask`` extra: ``pip install 'aicoverage[dask]'``).

The same work as ``--jobs`` (:func:`aicoverage.runs.run_task`: load, extract, cache), as dask
tasks of a batch of files each (:func:`batch_size`), run on any ``dask.distributed`` cluster: a
``LocalCluster`` on this machine, or a scheduler others started (``dask scheduler`` on one host,
``dask worker tcp://HOST:8786`` on each of the others, every worker with aicoverage installed and
the files at the same paths, e.g. a shared file system). Results come back in input order, a few
batches at a time.

>>> from dask.distributed import Client  # doctest: +SKIP
>>> client = Client("tcp://scheduler:8786")  # doctest: +SKIP
>>> for x in extract_many(["corpus/"], client=client): ...  # doctest: +SKIP
>>> bag = extract_bag(["corpus/"])  # a dask.bag of Result lists, one per file  # doctest: +SKIP

``aicoverage extract corpus/ --scheduler tcp://scheduler:8786`` and the same option on
``compare`` (whose per-block work then runs as dask tasks too) do this from the command line.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

from aicoverage.errors import AicoverageError, SourceError
from aicoverage.model import Extraction
from aicoverage.runs import Task, as_error, is_extractions, list_tasks, run_task
from aicoverage.runs.pool import Item, run_tasks
from aicoverage.runs.pool import run as run_ordered

__all__ = [
    "BATCH",
    "BATCH_BYTES",
    "PARTITION",
    "TASKS_PER_WORKER",
    "batch_size",
    "connect",
    "extract_bag",
    "extract_many",
    "mapper",
    "run",
]

PARTITION = 16
"""Files per bag partition (one dask task) of :func:`extract_bag`."""
BATCH = (16, 256)
"""Fewest and most files per dask task in :func:`run`."""
BATCH_BYTES = 8 << 20
"""A task's files stop there (a batch of big pages is fewer files)."""
TASKS_PER_WORKER = 8
"""Tasks :func:`batch_size` aims at per worker: enough to even out the last ones."""


def _dask() -> Any:
    try:
        import dask.bag
        import distributed
    except ImportError:
        raise AicoverageError("running on a cluster needs dask: pip install 'aicoverage[dask]'") from None
    return dask.bag, distributed


def connect(address: str) -> Any:
    """A ``distributed.Client`` connected to the scheduler at ``address`` (``tcp://host:8786``)."""
    _, distributed = _dask()
    try:
        return distributed.Client(address, timeout="10s")
    except (OSError, TimeoutError) as e:
        raise AicoverageError(f"cannot reach the dask scheduler at {address}: {e}") from e


def _remote(task: Task | SourceError) -> bool:
    return isinstance(task, Task) and not is_extractions(task.path)


def extract_bag(tasks: Iterable[Task | SourceError], *, partition_size: int = PARTITION) -> Any:
    """A dask bag with one ``list[Result]`` per file to extract (extract outputs and errors are not in it)."""
    bag, _ = _dask()
    remote = [t for t in tasks if _remote(t)]
    return bag.from_sequence(remote, partition_size=partition_size).map(run_task)


def batch_size(files: int, workers: int) -> int:
    """Files per dask task: about ``TASKS_PER_WORKER`` tasks per worker, within ``BATCH``.

    >>> batch_size(10_000, 2), batch_size(100, 2), batch_size(1_000_000, 64)
    (256, 16, 256)
    """
    low, high = BATCH
    return max(low, min(high, files // max(1, workers * TASKS_PER_WORKER)))


def run(
    tasks: Iterable[Task | SourceError],
    client: Any,
    *,
    chunk: int | None = None,
    chunk_bytes: int = BATCH_BYTES,
) -> Iterator[Item]:
    """(path, results) for each task in input order, the files extracted on ``client``'s cluster.

    Files travel ``chunk`` at a time (default :func:`batch_size`), fewer when they reach
    ``chunk_bytes``: one dask task per batch, so the scheduler's cost per task is paid a few
    times per worker, not per file. At most :data:`~aicoverage.runs.pool.AHEAD` batches per
    worker are submitted and not yet yielded; extract outputs are read here, in their place.
    """
    tasks = list(tasks)
    workers = max(1, len(client.scheduler_info().get("workers", {})))
    if chunk is None:
        chunk = batch_size(sum(1 for t in tasks if _remote(t)), workers)

    def submit(batch: list[Task]) -> Any:
        return client.submit(run_tasks, batch, pure=False)

    return run_ordered(tasks, jobs=workers, submit=submit, chunk=chunk, chunk_bytes=chunk_bytes)


def extract_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    client: Any,
    cache: str | os.PathLike[str] | None = None,
    format: str | None = None,
    field_map: Mapping[str, str] | None = None,
) -> Iterator[Extraction | SourceError]:
    """:func:`aicoverage.runs.extract_many` on a dask cluster: extractions in input order."""
    tasks = list_tasks(
        paths,
        format=format,
        field_map=tuple(sorted((field_map or {}).items())),
        cache=os.fspath(cache) if cache is not None else None,
    )
    for _, results in run(tasks, client):
        for r in results:
            if r.error is not None:
                yield as_error(r.error)
            elif r.extraction is not None:
                yield r.extraction


def mapper(client: Any) -> Callable[..., list[Any]]:
    """A ``map`` that runs each call as a dask task on ``client`` (for compare's per-block work)."""

    def cluster_map(fn: Callable[..., Any], *iterables: Iterable[Any]) -> list[Any]:
        return list(client.gather(client.map(fn, *iterables, pure=False)))

    return cluster_map
