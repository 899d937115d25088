"""The command line: parse arguments, call the API, print. No logic of its own.

aicoverage extract FILE_OR_DIR... [--jobs N] [--cache DIR] > corpus.jsonl
aicoverage compare FILE_OR_DIR_OR_JSONL... (--json | -o coverage.xlsx)
aicoverage explain FACT_ID COMPARISON_JSON

Exit status: 0 when every input was read, 1 when some input was not (or no article at all, or
the comparison could not be made or written), 2 for a bad option, 130 on Ctrl-C, 141 when the
reader of standard output went away (``| head``).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import ExitStack, suppress
from typing import Any

from aicoverage.adapters import find_adapters, parse_field_map
from aicoverage.cli._report import Report, say
from aicoverage.compare import compare, parse_rate
from aicoverage.errors import AicoverageError
from aicoverage.exporters import export
from aicoverage.exporters.json import ERRORS, write_facts
from aicoverage.model import Extraction, Rate, Rule
from aicoverage.runs import default_jobs, list_tasks, run
from aicoverage.runs.pool import Item

__all__ = ["main"]


class UsageError(AicoverageError):
    """A bad option value, found before any work."""


def _version() -> str:
    from aicoverage.runs.cache import library_version

    return library_version()


def _field_map(text: str | None) -> tuple[tuple[str, str], ...]:
    if not text:
        return ()
    try:
        mapping = parse_field_map(text)
    except AicoverageError as e:
        hint = "write FIELD=KEY pairs, comma-separated: published=publishedAt"
        raise UsageError(f"--map {text!r}: {e} ({hint})") from None
    return tuple((target, key) for target, keys in mapping.fields.items() for key in keys)


def _check(args: argparse.Namespace) -> tuple[tuple[tuple[str, str], ...], tuple[Rate, ...]]:
    if args.format and args.format not in find_adapters():
        known = ", ".join(sorted(find_adapters()))
        raise UsageError(f"--format {args.format!r}: no such format; known: {known}")
    rates = []
    for text in getattr(args, "rate", ()):
        try:
            rates.append(parse_rate(text))
        except (AicoverageError, ValueError, ArithmeticError) as e:
            raise UsageError(f"--rate: {e}") from None
    return _field_map(args.map), tuple(rates)


def _stdout() -> Any:
    """Standard output as the JSON exporter writes files: UTF-8, a lone surrogate as its escape."""
    out: Any = sys.stdout
    with suppress(AttributeError, ValueError):
        out.reconfigure(encoding="utf-8", errors=ERRORS)
    return out


def _items(args: argparse.Namespace, stack: ExitStack, tasks: list[Any]) -> Iterator[Item]:
    if args.scheduler:
        from aicoverage import dask

        client = stack.enter_context(dask.connect(args.scheduler))
        args.cluster_map = dask.mapper(client)
        return dask.run(tasks, client)
    files = sum(1 for t in tasks if not isinstance(t, AicoverageError))
    return run(tasks, jobs=min(args.jobs or default_jobs(), max(1, files)))


def _results(args: argparse.Namespace, stack: ExitStack, report: Report, *, as_json: bool) -> Iterator[Any]:
    field_map, _ = _check(args)
    tasks = list_tasks(args.paths, format=args.format, field_map=field_map, cache=args.cache, as_json=as_json)
    report.progress(len(tasks), "file")
    last = None
    seen: dict[str, str] = {}
    items = _items(args, stack, tasks)
    stack.callback(getattr(items, "close", lambda: None))  # stopped early: the workers stop too
    for path, results in items:
        if path != last:
            report.step()
            last = path
        for r in results:
            if r.source is not None and r.source in seen:
                # The same article twice (a folder and a file in it, or sources and their extract output).
                report.read_twice(r.source, path)
                continue
            if r.source is not None:
                seen[r.source] = path
            report.add(r)
            if r.error is None:
                yield r
                if args.verbose:
                    for note in r.notes:
                        say(f"{r.source}: note: {note}")
    report.close_bar()


def _extract(args: argparse.Namespace, stack: ExitStack, report: Report) -> None:
    out = _stdout()
    for r in _results(args, stack, report, as_json=True):
        out.write(r.line + "\n")
    out.flush()


def _compare(args: argparse.Namespace, stack: ExitStack, report: Report) -> None:
    _, rates = _check(args)
    # compare's workers start before the extractions are read: forked later, each would hold a
    # copy-on-write image of all of them (the run's peak memory doubled).
    pool = _PoolMap(None if getattr(args, "cluster_map", None) else args.jobs)
    block_map = getattr(args, "cluster_map", None) or stack.enter_context(pool)
    extractions: list[Extraction] = [r.extraction for r in _results(args, stack, report, as_json=False)]
    if not extractions:
        return
    report.progress(len(extractions), "article")
    comparison = compare(
        extractions,
        rule=Rule(rates=rates),
        fact_sheet=args.fact_sheet,
        progress=lambda done, total: report.step(to=done),
        map=block_map,
    )
    pool.close()  # not kept through the export
    report.close_bar()
    if args.output:
        export(comparison, args.output, format=args.export_format)
    if args.json or not args.output:
        out = _stdout()
        write_facts(comparison, out)
        out.flush()


def _started(n: int) -> int:
    return n


class _PoolMap:
    """``map`` over a process pool for compare's per-block work, its workers started on entry."""

    def __init__(self, jobs: int | None) -> None:
        self.jobs = jobs or default_jobs()
        self.pool: Any = None

    def __enter__(self) -> Any:
        if self.jobs <= 1:
            return map
        from concurrent.futures import ProcessPoolExecutor

        self.pool = ProcessPoolExecutor(max_workers=self.jobs)
        list(self.pool.map(_started, range(self.jobs)))  # fork the workers now, while we are small
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (a second call does nothing)."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None

    def __call__(self, fn: Any, *iterables: Any) -> Iterator[Any]:
        return self.pool.map(fn, *iterables, chunksize=8)  # type: ignore[no-any-return]


def _explain(args: argparse.Namespace) -> int:
    from aicoverage.compare import explain_fact

    try:
        text = explain_fact(args.comparison, args.fact_id)
    except AicoverageError as e:
        say(str(e))
        return 1
    out = _stdout()
    out.write(text + "\n")
    out.flush()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    from aicoverage.cli._parser import build_parser

    parser = build_parser(_version())
    args = parser.parse_args(argv)
    if args.command == "explain":
        return _explain(args)
    report = Report(verbose=args.verbose, quiet=args.quiet)
    try:
        with ExitStack() as stack:
            (_extract if args.command == "extract" else _compare)(args, stack, report)
    except UsageError as e:
        report.close_bar()
        say(f"error: {e}")
        return 2
    except AicoverageError as e:
        report.close_bar()
        say(str(e))
        return 1
    except BrokenPipeError:
        # The reader went away (| head): stop quietly, and let no flush at exit complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except KeyboardInterrupt:
        report.close_bar()
        return 130
    report.finish()
    return 1 if report.failed or report.articles == 0 else 0
